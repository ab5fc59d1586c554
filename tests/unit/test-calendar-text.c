/* test-calendar-text.c — the Calendar view's days, words and groups
 *
 * src/ui/mentor-calendar-text.c is pure (no GTK), so it is compiled into this
 * test on its own. The suite runs in the C locale (weeks start on Sunday
 * there); week starts are passed explicitly wherever they matter, and zones
 * are named, never the machine's.
 */
#include "config.h"

#include <string.h>

#include "mentor-calendar-text.h"
#include "mentor-core.h"

static MentorMeeting *
meeting_new (const char          *starts_at,
             const char          *tzid,
             guint                minutes,
             const char          *title,
             MentorMeetingStatus  status)
{
  MentorMeeting *meeting = mentor_meeting_new ();

  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, tzid);
  mentor_meeting_set_duration_min (meeting, minutes);
  mentor_meeting_set_mentorship_title (meeting, title);
  mentor_meeting_set_status (meeting, status);

  return meeting;
}

static GListModel *
model_of (MentorMeeting *first,
          ...)
{
  GListStore *store = g_list_store_new (MENTOR_TYPE_MEETING);
  MentorMeeting *meeting = first;
  va_list args;

  va_start (args, first);
  while (meeting != NULL)
    {
      g_list_store_append (store, meeting);
      g_object_unref (meeting);
      meeting = va_arg (args, MentorMeeting *);
    }
  va_end (args);

  return G_LIST_MODEL (store);
}

static void
test_week_start (void)
{
  /* en_US, C: counted from a Sunday, first day 1 → Sunday. */
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971130, 1), ==, G_DATE_SUNDAY);
  /* de_DE, fr_FR, en_GB: from a Sunday, first day 2 → Monday. */
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971130, 2), ==, G_DATE_MONDAY);
  /* Locales that count from a Monday. */
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971201, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971201, 7), ==, G_DATE_SUNDAY);
  /* Saturday (as in some Arabic locales). */
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971130, 7), ==, G_DATE_SATURDAY);
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971201, 6), ==, G_DATE_SATURDAY);
  /* What glibc never says falls back to Monday. */
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (20000101, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971130, 0), ==, G_DATE_MONDAY);
  g_assert_cmpint (mentor_calendar_week_start_from_langinfo (19971130, 8), ==, G_DATE_MONDAY);

  /* The suite's C locale starts weeks on Sunday. */
  g_assert_cmpint (mentor_calendar_locale_week_start (), ==, G_DATE_SUNDAY);

  g_assert_cmpint (mentor_calendar_column_weekday (G_DATE_MONDAY, 0), ==, G_DATE_MONDAY);
  g_assert_cmpint (mentor_calendar_column_weekday (G_DATE_MONDAY, 6), ==, G_DATE_SUNDAY);
  g_assert_cmpint (mentor_calendar_column_weekday (G_DATE_SUNDAY, 0), ==, G_DATE_SUNDAY);
  g_assert_cmpint (mentor_calendar_column_weekday (G_DATE_SUNDAY, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (mentor_calendar_column_weekday (G_DATE_SATURDAY, 2), ==, G_DATE_MONDAY);
}

static void
test_grid_days (void)
{
  g_auto(GStrv) monday = mentor_calendar_grid_days ("2026-03-10", G_DATE_MONDAY);
  g_auto(GStrv) sunday = mentor_calendar_grid_days ("2026-03-31", G_DATE_SUNDAY);
  g_auto(GStrv) saturday = mentor_calendar_grid_days ("2026-03-01", G_DATE_SATURDAY);
  g_autofree char *feb = mentor_calendar_grid_first_day ("2026-02-14", G_DATE_SUNDAY);

  /* 1 March 2026 is a Sunday. */
  g_assert_cmpuint (g_strv_length (monday), ==, MENTOR_CALENDAR_GRID_DAYS);
  g_assert_cmpstr (monday[0], ==, "2026-02-23");
  g_assert_cmpstr (monday[6], ==, "2026-03-01");
  g_assert_cmpstr (monday[41], ==, "2026-04-05");

  /* A month that starts on the week's first day starts in the first row. */
  g_assert_cmpstr (sunday[0], ==, "2026-03-01");
  g_assert_cmpstr (sunday[41], ==, "2026-04-11");

  g_assert_cmpstr (saturday[0], ==, "2026-02-28");
  g_assert_cmpstr (saturday[1], ==, "2026-03-01");

  /* February 2026 starts on a Sunday too. */
  g_assert_cmpstr (feb, ==, "2026-02-01");

  g_assert_null (mentor_calendar_grid_first_day ("2026-02-30", G_DATE_MONDAY));
}

/* Every month of twelve years, every week start: the grid starts on the week
 * start, within the week before the first, and holds the whole month in 42
 * consecutive days. */
static void
test_grid_days_all_months (void)
{
  for (guint year = 2020; year < 2032; year++)
    for (guint month = 1; month <= 12; month++)
      for (GDateWeekday start = G_DATE_MONDAY; start <= G_DATE_SUNDAY; start++)
        {
          g_autofree char *first_of_month = g_strdup_printf ("%04u-%02u-01", year, month);
          g_autofree char *mid = g_strdup_printf ("%04u-%02u-15", year, month);
          g_auto(GStrv) days = mentor_calendar_grid_days (mid, start);
          guint in_month = 0;
          GDate first;
          int before;

          g_assert_cmpuint (g_strv_length (days), ==, 42);

          g_date_clear (&first, 1);
          g_date_set_parse (&first, days[0]);
          g_assert_true (g_date_valid (&first));
          g_assert_cmpint (g_date_get_weekday (&first), ==, start);

          before = mentor_date_days_between (days[0], first_of_month);
          g_assert_cmpint (before, >=, 0);
          g_assert_cmpint (before, <, 7);

          for (guint i = 0; i < 42; i++)
            {
              if (i > 0)
                g_assert_cmpint (mentor_date_days_between (days[i - 1], days[i]), ==, 1);
              if (mentor_calendar_same_month (days[i], mid))
                in_month++;
            }
          g_assert_cmpuint (in_month, ==, g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
        }
}

static void
test_add_months (void)
{
  struct {
    const char *date;
    int months;
    const char *expected;
  } cases[] = {
    { "2026-03-10", 1, "2026-04-10" },
    { "2026-03-10", -1, "2026-02-10" },
    { "2026-01-31", 1, "2026-02-28" },
    { "2024-01-31", 1, "2024-02-29" },
    { "2026-03-31", -1, "2026-02-28" },
    { "2026-05-31", 1, "2026-06-30" },
    { "2026-12-15", 1, "2027-01-15" },
    { "2026-01-15", -1, "2025-12-15" },
    { "2026-03-10", -13, "2025-02-10" },
    { "2026-03-10", 0, "2026-03-10" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *moved = mentor_calendar_add_months (cases[i].date, cases[i].months);

      g_assert_cmpstr (moved, ==, cases[i].expected);
    }

  g_assert_true (mentor_calendar_same_month ("2026-03-01", "2026-03-31"));
  g_assert_false (mentor_calendar_same_month ("2026-03-01", "2025-03-01"));
  g_assert_false (mentor_calendar_same_month ("2026-03-31", "2026-04-01"));
  g_assert_false (mentor_calendar_same_month (NULL, "2026-04-01"));
}

static void
test_words (void)
{
  g_autofree char *mon = mentor_calendar_weekday_name (G_DATE_MONDAY, TRUE);
  g_autofree char *sunday = mentor_calendar_weekday_name (G_DATE_SUNDAY, FALSE);
  g_autofree char *month = mentor_calendar_month_title ("2026-03-10");
  g_autofree char *december = mentor_calendar_month_title ("2026-12-01");
  g_autofree char *today = mentor_calendar_day_title ("2026-03-10", "2026-03-10");
  g_autofree char *later = mentor_calendar_day_title ("2026-04-01", "2026-03-10");
  g_autofree char *next_year = mentor_calendar_day_title ("2027-01-08", "2026-03-10");
  g_autofree char *no_today = mentor_calendar_day_title ("2026-03-10", NULL);
  g_autofree char *more = mentor_calendar_more_text (2);
  g_autofree char *one_more = mentor_calendar_more_text (1);

  g_assert_cmpstr (mon, ==, "Mon");
  g_assert_cmpstr (sunday, ==, "Sunday");
  g_assert_cmpstr (month, ==, "March 2026");
  g_assert_cmpstr (december, ==, "December 2026");
  g_assert_cmpstr (today, ==, "Tuesday 10 March");
  g_assert_cmpstr (later, ==, "Wednesday 1 April");
  g_assert_cmpstr (next_year, ==, "Friday 8 January 2027");
  g_assert_cmpstr (no_today, ==, "Tuesday 10 March 2026");
  g_assert_cmpstr (more, ==, "+2 more");
  g_assert_cmpstr (one_more, ==, "+1 more");

  /* Each status has its own icon and class: never color alone. */
  for (MentorMeetingStatus a = 0; a < MENTOR_N_MEETING_STATUSES; a++)
    for (MentorMeetingStatus b = a + 1; b < MENTOR_N_MEETING_STATUSES; b++)
      {
        g_assert_cmpstr (mentor_calendar_status_icon (a), !=, mentor_calendar_status_icon (b));
        g_assert_cmpstr (mentor_calendar_status_class (a), !=, mentor_calendar_status_class (b));
      }
  g_assert_cmpstr (mentor_calendar_status_class (MENTOR_MEETING_CANCELLED), ==, "mentor-cancelled");
}

static void
test_local_times (void)
{
  g_autofree char *berlin_day = mentor_calendar_local_day ("2026-03-09T23:30:00Z", "Europe/Berlin");
  g_autofree char *berlin_time = mentor_calendar_local_time ("2026-03-09T23:30:00Z", "Europe/Berlin");
  g_autofree char *utc_day = mentor_calendar_local_day ("2026-03-09T23:30:00Z", "UTC");
  g_autofree char *utc_time = mentor_calendar_local_time ("2026-03-09T23:30:00Z", "UTC");
  /* After the spring change (29 March 2026, 01:00 UTC) Berlin is UTC+2. */
  g_autofree char *summer = mentor_calendar_local_time ("2026-03-29T07:00:00Z", "Europe/Berlin");
  g_autofree char *winter = mentor_calendar_local_time ("2026-03-28T08:00:00Z", "Europe/Berlin");
  g_autofree char *new_york = mentor_calendar_local_time ("2026-03-09T13:00:00Z", "America/New_York");
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_assert_cmpstr (berlin_day, ==, "2026-03-10");
  g_assert_cmpstr (berlin_time, ==, "00:30");
  g_assert_cmpstr (utc_day, ==, "2026-03-09");
  g_assert_cmpstr (utc_time, ==, "23:30");
  g_assert_cmpstr (summer, ==, "09:00");
  g_assert_cmpstr (winter, ==, "09:00");
  /* New York changed on 8 March: UTC-4. */
  g_assert_cmpstr (new_york, ==, "09:00");

  g_assert_null (mentor_calendar_local_day ("yesterday", "UTC"));
  g_assert_null (mentor_calendar_local_time (NULL, "UTC"));

  g_assert_true (mentor_calendar_day_range ("2026-03-10", 1, "Europe/Berlin", &from, &to));
  g_assert_cmpstr (from, ==, "2026-03-09T23:00:00Z");
  g_assert_cmpstr (to, ==, "2026-03-10T23:00:00Z");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  /* The day of the change is 23 hours long. */
  g_assert_true (mentor_calendar_day_range ("2026-03-29", 1, "Europe/Berlin", &from, &to));
  g_assert_cmpstr (from, ==, "2026-03-28T23:00:00Z");
  g_assert_cmpstr (to, ==, "2026-03-29T22:00:00Z");
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);

  /* A month grid: 42 days. */
  g_assert_true (mentor_calendar_day_range ("2026-02-23", 42, "UTC", &from, &to));
  g_assert_cmpstr (from, ==, "2026-02-23T00:00:00Z");
  g_assert_cmpstr (to, ==, "2026-04-06T00:00:00Z");

  g_assert_false (mentor_calendar_day_range ("2026-02-30", 1, "UTC", &from, &to));
}

/* The view converts instants with zones of its own (kept loaded, for speed);
 * they must read exactly as the store's conversion does, every hour of a
 * year with both daylight-saving changes, in zones that have them. */
static void
test_local_times_agree (void)
{
  const char * const zones[] = { "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC" };
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 1, 1, 0, 30, 0);

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    for (guint hour = 0; hour < 365 * 24; hour += 1)
      {
        g_autoptr(GDateTime) when = g_date_time_add_hours (start, (int) hour);
        g_autofree char *instant = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
        g_autofree char *local = mentor_instant_to_local (instant, zones[z]);
        g_autofree char *day = mentor_calendar_local_day (instant, zones[z]);
        g_autofree char *time = mentor_calendar_local_time (instant, zones[z]);

        g_assert_nonnull (local);
        g_assert_cmpint (strncmp (local, day, 10), ==, 0);
        g_assert_cmpint (strncmp (local + 11, time, 5), ==, 0);
      }

  g_assert_null (mentor_calendar_local_day ("2026-03-10T08:00:00Z", "Mars/Olympus_Mons"));
}

static void
test_meeting_words (void)
{
  g_autoptr(MentorMeeting) held = meeting_new ("2026-03-10T08:00:00Z", "Europe/Berlin", 45,
                                               "Ana Lima → Ben Okafor", MENTOR_MEETING_HELD);
  g_autoptr(MentorMeeting) plain = meeting_new ("2026-03-10T14:30:00Z", "UTC", 0,
                                                "Ana Lima → Ben Okafor", MENTOR_MEETING_SCHEDULED);
  g_autofree char *short_title = mentor_calendar_short_title ("Ana Lima → Ben Okafor");
  g_autofree char *single = mentor_calendar_short_title ("Madonna → Cher");
  g_autofree char *no_arrow = mentor_calendar_short_title ("Ana Lima");
  g_autofree char *line = mentor_calendar_line_text (held, "UTC");
  g_autofree char *line_berlin = mentor_calendar_line_text (held, "Europe/Berlin");
  g_autofree char *time_utc = mentor_calendar_time_text (held, "UTC");
  g_autofree char *time_berlin = mentor_calendar_time_text (held, "Europe/Berlin");
  g_autofree char *time_paris = mentor_calendar_time_text (held, "Europe/Paris");
  g_autofree char *time_plain = mentor_calendar_time_text (plain, "UTC");
  g_autofree char *range = mentor_calendar_range_text (held, "UTC");
  g_autofree char *zone = mentor_calendar_zone_text (held, "UTC");
  g_autofree char *no_zone = mentor_calendar_zone_text (held, "Europe/Berlin");
  g_autofree char *same_clock = mentor_calendar_zone_text (held, "Europe/Paris");
  g_autofree char *a11y = mentor_calendar_meeting_a11y_name (held, "UTC");
  g_autofree char *a11y_berlin = mentor_calendar_meeting_a11y_name (held, "Europe/Berlin");
  g_autofree char *a11y_plain = mentor_calendar_meeting_a11y_name (plain, "UTC");

  g_assert_cmpstr (short_title, ==, "Ana → Ben");
  g_assert_cmpstr (single, ==, "Madonna → Cher");
  g_assert_cmpstr (no_arrow, ==, "Ana Lima");

  g_assert_cmpstr (line, ==, "08:00 Ana → Ben");
  g_assert_cmpstr (line_berlin, ==, "09:00 Ana → Ben");

  /* The planned zone's time only where the wall clocks differ. */
  g_assert_cmpstr (time_utc, ==, "08:00–08:45 (09:00 Europe/Berlin)");
  g_assert_cmpstr (time_berlin, ==, "09:00–09:45");
  g_assert_cmpstr (time_paris, ==, "09:00–09:45");
  /* No duration: the start alone. */
  g_assert_cmpstr (time_plain, ==, "14:30");
  g_assert_cmpstr (range, ==, "08:00–08:45");
  g_assert_cmpstr (zone, ==, "09:00 Europe/Berlin");
  g_assert_null (no_zone);
  g_assert_null (same_clock);

  /* The UI contract's accessible name. */
  g_assert_cmpstr (a11y, ==, "08:00, Ana Lima → Ben Okafor, Held");
  g_assert_cmpstr (a11y_berlin, ==, "09:00, Ana Lima → Ben Okafor, Held");
  g_assert_cmpstr (a11y_plain, ==, "14:30, Ana Lima → Ben Okafor, Scheduled");
}

static void
test_toasts (void)
{
  g_autoptr(MentorMeeting) occurrence = meeting_new ("2026-03-10T08:00:00Z", "Europe/Berlin", 45,
                                                     "Ana Lima → Ben Okafor", MENTOR_MEETING_SCHEDULED);
  g_autoptr(MentorMeeting) one_off = meeting_new ("2026-03-10T23:30:00Z", "UTC", 45,
                                                  "Ana Lima → Ben Okafor", MENTOR_MEETING_SCHEDULED);
  g_autofree char *when = NULL;
  g_autofree char *when_berlin = NULL;
  g_autofree char *held = NULL;
  g_autofree char *missed = NULL;
  g_autofree char *cancelled = NULL;
  g_autofree char *again = NULL;
  g_autofree char *meeting_cancelled = NULL;
  g_autofree char *deleted = NULL;

  mentor_meeting_set_series_id (occurrence, 7);

  when = mentor_calendar_when_text (occurrence, "UTC");
  g_assert_cmpstr (when, ==, "10 Mar 2026, 08:00");
  /* The user's day, not UTC's. */
  when_berlin = mentor_calendar_when_text (one_off, "Europe/Berlin");
  g_assert_cmpstr (when_berlin, ==, "11 Mar 2026, 00:30");

  held = mentor_calendar_status_toast_text (occurrence, MENTOR_MEETING_HELD, "UTC");
  missed = mentor_calendar_status_toast_text (occurrence, MENTOR_MEETING_MISSED, "UTC");
  cancelled = mentor_calendar_status_toast_text (occurrence, MENTOR_MEETING_CANCELLED, "UTC");
  again = mentor_calendar_status_toast_text (occurrence, MENTOR_MEETING_SCHEDULED, "UTC");
  meeting_cancelled = mentor_calendar_status_toast_text (one_off, MENTOR_MEETING_CANCELLED, "UTC");
  deleted = mentor_calendar_deleted_toast_text (occurrence, "UTC");

  g_assert_cmpstr (held, ==, "Check-in on 10 Mar 2026, 08:00 marked held");
  g_assert_cmpstr (missed, ==, "Check-in on 10 Mar 2026, 08:00 marked missed");
  g_assert_cmpstr (cancelled, ==, "Check-in on 10 Mar 2026, 08:00 cancelled");
  g_assert_cmpstr (again, ==, "Check-in on 10 Mar 2026, 08:00 scheduled again");
  g_assert_cmpstr (meeting_cancelled, ==, "Meeting on 10 Mar 2026, 23:30 cancelled");
  g_assert_cmpstr (deleted, ==, "Check-in on 10 Mar 2026, 08:00 deleted");
}

static void
test_place (void)
{
  g_autoptr(MentorMeeting) meeting = meeting_new ("2026-03-10T08:00:00Z", "UTC", 45,
                                                  "Ana Lima → Ben Okafor", MENTOR_MEETING_SCHEDULED);
  g_autofree char *nothing = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *own = NULL;
  g_autofree char *both = NULL;
  g_autofree char *location_only = NULL;
  g_autofree char *repeated = NULL;
  g_autofree char *details = NULL;
  g_autofree char *details_here = NULL;
  g_autofree char *details_zone = NULL;
  g_autofree char *details_none = NULL;

  mentor_meeting_set_mode (meeting, MENTOR_N_MODES);
  mentor_meeting_set_location (meeting, "  ");
  nothing = mentor_calendar_place_text (meeting, MENTOR_N_MODES);
  g_assert_null (nothing);

  /* The mentorship's mode when the meeting has none of its own. */
  fallback = mentor_calendar_place_text (meeting, MENTOR_MODE_IN_PERSON);
  g_assert_cmpstr (fallback, ==, "In Person");

  mentor_meeting_set_mode (meeting, MENTOR_MODE_VIDEO);
  own = mentor_calendar_place_text (meeting, MENTOR_MODE_IN_PERSON);
  g_assert_cmpstr (own, ==, "Video");

  mentor_meeting_set_location (meeting, "meet.example.com/abc");
  both = mentor_calendar_place_text (meeting, MENTOR_N_MODES);
  g_assert_cmpstr (both, ==, "Video · meet.example.com/abc");

  /* A location that only repeats the mode is said once. */
  mentor_meeting_set_mode (meeting, MENTOR_MODE_CHAT);
  mentor_meeting_set_location (meeting, "chat");
  repeated = mentor_calendar_place_text (meeting, MENTOR_N_MODES);
  g_assert_cmpstr (repeated, ==, "Chat");

  mentor_meeting_set_mode (meeting, MENTOR_N_MODES);
  mentor_meeting_set_location (meeting, "Room 4");
  location_only = mentor_calendar_place_text (meeting, MENTOR_N_MODES);
  g_assert_cmpstr (location_only, ==, "Room 4");

  /* The last line of an agenda row: the planned zone's time, then the place. */
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  details = mentor_calendar_details_text (meeting, MENTOR_N_MODES, "UTC");
  g_assert_cmpstr (details, ==, "09:00 Europe/Berlin · Room 4");
  details_here = mentor_calendar_details_text (meeting, MENTOR_N_MODES, "Europe/Berlin");
  g_assert_cmpstr (details_here, ==, "Room 4");
  mentor_meeting_set_location (meeting, NULL);
  details_zone = mentor_calendar_details_text (meeting, MENTOR_N_MODES, "UTC");
  g_assert_cmpstr (details_zone, ==, "09:00 Europe/Berlin");
  details_none = mentor_calendar_details_text (meeting, MENTOR_N_MODES, "Europe/Berlin");
  g_assert_null (details_none);
}

static void
test_day_a11y (void)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *empty = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  empty = mentor_calendar_day_a11y_name ("2026-03-11", "2026-03-10", NULL, "UTC");
  g_assert_cmpstr (empty, ==, "Wednesday 11 March 2026, no check-ins");

  g_ptr_array_add (meetings, meeting_new ("2026-03-10T09:00:00Z", "UTC", 45,
                                          "Ana Lima → Ben Okafor", MENTOR_MEETING_HELD));
  one = mentor_calendar_day_a11y_name ("2026-03-10", "2026-03-10", meetings, "UTC");
  g_assert_cmpstr (one, ==, "Tuesday 10 March 2026, today, 1 check-in: 09:00, Ana Lima → Ben Okafor, Held");

  g_ptr_array_add (meetings, meeting_new ("2026-03-10T14:00:00Z", "UTC", 30,
                                          "Cleo Park → Dev Rao", MENTOR_MEETING_CANCELLED));
  two = mentor_calendar_day_a11y_name ("2026-03-10", "2026-03-09", meetings, "UTC");
  g_assert_cmpstr (two, ==, "Tuesday 10 March 2026, 2 check-ins: 09:00, Ana Lima → Ben Okafor, Held; "
                            "14:00, Cleo Park → Dev Rao, Cancelled");
}

static void
test_bucket_days (void)
{
  g_autoptr(GListModel) model = model_of (
    meeting_new ("2026-02-22T23:30:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),   /* 23 Feb 00:30 Berlin */
    meeting_new ("2026-02-22T22:30:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),   /* 22 Feb 23:30 Berlin: before */
    meeting_new ("2026-03-10T08:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),
    meeting_new ("2026-03-10T16:00:00Z", "UTC", 30, "C → D", MENTOR_MEETING_MISSED),
    meeting_new ("2026-04-05T21:59:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),   /* 5 Apr 23:59 Berlin: last day */
    meeting_new ("2026-04-05T22:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),   /* 6 Apr: after */
    NULL);
  g_autoptr(GPtrArray) days = mentor_calendar_bucket_days (model, "2026-02-23", 42, "Europe/Berlin");
  g_autoptr(GPtrArray) empty = mentor_calendar_bucket_days (NULL, "2026-02-23", 42, "UTC");
  guint total = 0;

  g_assert_cmpuint (days->len, ==, 42);
  g_assert_cmpuint (((GPtrArray *) days->pdata[0])->len, ==, 1);
  /* 10 March is the 16th day from 23 February. */
  g_assert_cmpuint (((GPtrArray *) days->pdata[15])->len, ==, 2);
  g_assert_cmpstr (mentor_meeting_get_starts_at (((GPtrArray *) days->pdata[15])->pdata[0]), ==,
                   "2026-03-10T08:00:00Z");
  g_assert_cmpstr (mentor_meeting_get_starts_at (((GPtrArray *) days->pdata[15])->pdata[1]), ==,
                   "2026-03-10T16:00:00Z");
  g_assert_cmpuint (((GPtrArray *) days->pdata[41])->len, ==, 1);

  for (guint i = 0; i < days->len; i++)
    total += ((GPtrArray *) days->pdata[i])->len;
  g_assert_cmpuint (total, ==, 4);

  g_assert_cmpuint (empty->len, ==, 42);
  g_assert_cmpuint (((GPtrArray *) empty->pdata[0])->len, ==, 0);
}

static void
test_agenda_days (void)
{
  g_autoptr(GListModel) model = model_of (
    meeting_new ("2026-03-09T09:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_HELD),      /* before */
    meeting_new ("2026-03-11T09:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_SCHEDULED),
    meeting_new ("2026-03-11T15:00:00Z", "UTC", 30, "C → D", MENTOR_MEETING_SCHEDULED),
    meeting_new ("2026-03-17T09:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_SCHEDULED),
    meeting_new ("2026-03-25T09:00:00Z", "UTC", 30, "A → B", MENTOR_MEETING_SCHEDULED),
    NULL);
  g_autoptr(GPtrArray) days = mentor_calendar_agenda_days (model, "2026-03-10", 14, 0, "UTC");
  g_autoptr(GPtrArray) capped = mentor_calendar_agenda_days (model, "2026-03-10", 2, 0, "UTC");
  g_autoptr(GPtrArray) on_day = mentor_calendar_agenda_days (model, "2026-03-11", 14, 0, "UTC");
  /* Two meetings listed: no further day, but the day is not cut. */
  g_autoptr(GPtrArray) few = mentor_calendar_agenda_days (model, "2026-03-10", 14, 2, "UTC");
  g_autoptr(GPtrArray) one = mentor_calendar_agenda_days (model, "2026-03-10", 14, 1, "UTC");
  g_autoptr(GPtrArray) nothing = mentor_calendar_agenda_days (NULL, "2026-03-10", 14, 0, "UTC");
  MentorCalendarDay *day;

  /* The selected day always comes first, even with nothing on it. */
  g_assert_cmpuint (days->len, ==, 4);
  day = days->pdata[0];
  g_assert_cmpstr (day->date, ==, "2026-03-10");
  g_assert_cmpuint (day->meetings->len, ==, 0);
  day = days->pdata[1];
  g_assert_cmpstr (day->date, ==, "2026-03-11");
  g_assert_cmpuint (day->meetings->len, ==, 2);
  day = days->pdata[3];
  g_assert_cmpstr (day->date, ==, "2026-03-25");

  /* No more days than asked. */
  g_assert_cmpuint (capped->len, ==, 2);
  g_assert_cmpstr (((MentorCalendarDay *) capped->pdata[1])->date, ==, "2026-03-11");

  /* A selected day with meetings is not listed twice. */
  g_assert_cmpuint (on_day->len, ==, 3);
  g_assert_cmpstr (((MentorCalendarDay *) on_day->pdata[0])->date, ==, "2026-03-11");
  g_assert_cmpuint (((MentorCalendarDay *) on_day->pdata[0])->meetings->len, ==, 2);

  g_assert_cmpuint (nothing->len, ==, 1);

  g_assert_cmpuint (few->len, ==, 2);
  g_assert_cmpuint (((MentorCalendarDay *) few->pdata[1])->meetings->len, ==, 2);
  g_assert_cmpuint (one->len, ==, 2);
  g_assert_cmpuint (((MentorCalendarDay *) one->pdata[1])->meetings->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar-text/week-start", test_week_start);
  g_test_add_func ("/calendar-text/grid-days", test_grid_days);
  g_test_add_func ("/calendar-text/grid-days-all-months", test_grid_days_all_months);
  g_test_add_func ("/calendar-text/add-months", test_add_months);
  g_test_add_func ("/calendar-text/words", test_words);
  g_test_add_func ("/calendar-text/local-times", test_local_times);
  g_test_add_func ("/calendar-text/local-times-agree", test_local_times_agree);
  g_test_add_func ("/calendar-text/meeting-words", test_meeting_words);
  g_test_add_func ("/calendar-text/place", test_place);
  g_test_add_func ("/calendar-text/toasts", test_toasts);
  g_test_add_func ("/calendar-text/day-a11y", test_day_a11y);
  g_test_add_func ("/calendar-text/bucket-days", test_bucket_days);
  g_test_add_func ("/calendar-text/agenda-days", test_agenda_days);

  return g_test_run ();
}
