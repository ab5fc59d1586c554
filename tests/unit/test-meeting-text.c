/* test-meeting-text.c — the words and small decisions of meetings and check-ins
 *
 * src/ui/mentor-meeting-text.c is pure (no GTK), so it is compiled into this
 * test on its own: the rule a cadence suggests, the first day of a series,
 * the first dates a rule gives, "Next: Tue 10 Mar, 09:00", times in two
 * zones, and which reminder comes next. "Now" and "today" are always given,
 * never the clock; the user's zone is given too.
 */
#include "config.h"

#include "mentor-core.h"
#include "mentor-meeting-text.h"
#include "mentor-records-private.h"

#define TODAY "2026-03-10"   /* a Tuesday */

static MentorMeeting *
meeting_new (gint64               series_id,
             const char          *starts_at,
             MentorMeetingStatus  status)
{
  MentorMeeting *meeting = mentor_meeting_new ();

  mentor_meeting_set_mentorship_id (meeting, 1);
  mentor_meeting_set_series_id (meeting, series_id);
  if (series_id != 0)
    mentor_meeting_set_recurrence_id (meeting, starts_at);
  mentor_meeting_set_starts_at (meeting, starts_at);
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  mentor_meeting_set_duration_min (meeting, 45);
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_mentorship_title (meeting, "Ana → Ben");

  return meeting;
}

/* ---- Scheduling ------------------------------------------------------------- */

static void
test_cadence (void)
{
  struct {
    guint cadence;
    const char *first_day;
    MentorRepeatKind kind;
    guint interval;
    GDateWeekday weekday;
    int week_of_month;
  } cases[] = {
    { 14, "2026-03-10", MENTOR_REPEAT_WEEKLY, 2, G_DATE_TUESDAY, 2 },
    { 7, "2026-03-12", MENTOR_REPEAT_WEEKLY, 1, G_DATE_THURSDAY, 2 },
    { 0, "2026-03-10", MENTOR_REPEAT_WEEKLY, 2, G_DATE_TUESDAY, 2 },
    { 1, "2026-03-10", MENTOR_REPEAT_WEEKLY, 1, G_DATE_TUESDAY, 2 },
    { 10, "2026-03-10", MENTOR_REPEAT_WEEKLY, 1, G_DATE_TUESDAY, 2 },
    { 11, "2026-03-10", MENTOR_REPEAT_WEEKLY, 2, G_DATE_TUESDAY, 2 },
    { 21, "2026-03-10", MENTOR_REPEAT_WEEKLY, 3, G_DATE_TUESDAY, 2 },
    { 60, "2026-03-10", MENTOR_REPEAT_WEEKLY, 9, G_DATE_TUESDAY, 2 },
    { 28, "2026-03-10", MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, G_DATE_TUESDAY, 2 },
    { 30, "2026-03-03", MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, G_DATE_TUESDAY, 1 },
    { 31, "2026-03-24", MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, G_DATE_TUESDAY, 4 },
    /* A fifth Tuesday is not in every month: the last one is. */
    { 30, "2026-03-31", MENTOR_REPEAT_MONTHLY_WEEKDAY, 1, G_DATE_TUESDAY, -1 },
    { 365, "2026-03-10", MENTOR_REPEAT_WEEKLY, 52, G_DATE_TUESDAY, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MentorRepeat repeat;

      mentor_meeting_repeat_for_cadence (cases[i].cadence, cases[i].first_day, &repeat);
      g_test_message ("cadence %u from %s", cases[i].cadence, cases[i].first_day);
      g_assert_cmpint (repeat.kind, ==, cases[i].kind);
      g_assert_cmpuint (repeat.interval, ==, cases[i].interval);
      g_assert_cmpuint (repeat.count, ==, 0);
      g_assert_cmpstr (repeat.until, ==, "");
      if (cases[i].kind == MENTOR_REPEAT_WEEKLY)
        g_assert_cmpuint (repeat.weekdays, ==, 1u << (cases[i].weekday - 1));
      else
        {
          g_assert_cmpint (repeat.weekday, ==, cases[i].weekday);
          g_assert_cmpint (repeat.week_of_month, ==, cases[i].week_of_month);
        }
    }
}

static void
test_first_series_day (void)
{
  g_autofree char *tomorrow = mentor_meeting_first_series_day (TODAY, NULL);
  /* Last met on a Thursday: the next Thursday. */
  g_autofree char *thursday = mentor_meeting_first_series_day (TODAY, "2026-02-26");
  /* Last met on a Tuesday (today's weekday): a week from today, not today. */
  g_autofree char *tuesday = mentor_meeting_first_series_day (TODAY, "2026-03-03");
  /* Last met on a Wednesday: tomorrow. */
  g_autofree char *wednesday = mentor_meeting_first_series_day (TODAY, "2026-03-04");
  /* Across the end of a year. */
  g_autofree char *new_year = mentor_meeting_first_series_day ("2026-12-31", "2026-12-28");

  g_assert_cmpstr (tomorrow, ==, "2026-03-11");
  g_assert_cmpstr (thursday, ==, "2026-03-12");
  g_assert_cmpstr (tuesday, ==, "2026-03-17");
  g_assert_cmpstr (wednesday, ==, "2026-03-11");
  g_assert_cmpstr (new_year, ==, "2027-01-04");
}

static void
test_first_dates (void)
{
  g_autofree char *two_weekly =
    mentor_meeting_dup_first_dates ("2026-03-10T09:00:00", "Europe/Berlin",
                                    "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", 3, TODAY);
  g_autofree char *monthly =
    mentor_meeting_dup_first_dates ("2026-11-10T17:30:00", "America/New_York",
                                    "FREQ=MONTHLY;BYDAY=2TU", 3, TODAY);
  g_autofree char *short_series =
    mentor_meeting_dup_first_dates ("2026-03-10T09:00:00", "Europe/Berlin",
                                    "FREQ=WEEKLY;COUNT=2;BYDAY=TU", 3, TODAY);
  g_autofree char *one =
    mentor_meeting_dup_first_dates ("2026-03-10T09:00:00", "Europe/Berlin",
                                    "FREQ=WEEKLY;COUNT=1;BYDAY=TU", 3, TODAY);
  g_autofree char *bad =
    mentor_meeting_dup_first_dates ("2026-03-10T09:00:00", "Europe/Berlin",
                                    "FREQ=SOMETIMES", 3, TODAY);

  g_assert_cmpstr (two_weekly, ==, "Tue 10 Mar, Tue 24 Mar and Tue 7 Apr");
  /* The year shows once it is not this one. */
  g_assert_cmpstr (monthly, ==, "Tue 10 Nov, Tue 8 Dec and Tue 12 Jan 2027");
  g_assert_cmpstr (short_series, ==, "Tue 10 Mar and Tue 17 Mar");
  g_assert_cmpstr (one, ==, "Tue 10 Mar");
  g_assert_null (bad);
}

static void
test_parse_clock (void)
{
  struct { const char *text; gboolean ok; guint h, m; } cases[] = {
    { "9", TRUE, 9, 0 }, { "09:00", TRUE, 9, 0 }, { "9.30", TRUE, 9, 30 },
    { " 17:45 ", TRUE, 17, 45 }, { "0:05", TRUE, 0, 5 }, { "23:59", TRUE, 23, 59 },
    { "5:45 pm", TRUE, 17, 45 }, { "5:45PM", TRUE, 17, 45 }, { "12 am", TRUE, 0, 0 },
    { "12 pm", TRUE, 12, 0 }, { "9am", TRUE, 9, 0 },
    { "24:00", FALSE, 0, 0 }, { "9:60", FALSE, 0, 0 }, { "9:5", FALSE, 0, 0 },
    { "13 pm", FALSE, 0, 0 }, { "", FALSE, 0, 0 }, { "noon", FALSE, 0, 0 },
    { "9:00:00", FALSE, 0, 0 }, { "123", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint h = 99, m = 99;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (mentor_meeting_parse_clock (cases[i].text, &h, &m), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_cmpuint (h, ==, cases[i].h);
          g_assert_cmpuint (m, ==, cases[i].m);
        }
      else
        {
          /* Untouched on failure. */
          g_assert_cmpuint (h, ==, 99);
          g_assert_cmpuint (m, ==, 99);
        }
    }
}

static void
test_following_rule (void)
{
  g_autoptr(GError) error = NULL;
  /* Every 2 weeks on Tuesday from 3 Mar; the one of 17 Mar moves to
   * Wednesday 18 Mar at 10:00. */
  g_autofree char *weekly = mentor_meeting_following_rule ("2026-03-03T09:00:00", "Europe/Berlin",
                                                           "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
                                                           "2026-03-17T08:00:00Z",
                                                           "2026-03-18T10:00:00", "Europe/Berlin", &error);
  /* Six of them: from the third on, four are left. */
  g_autofree char *counted = mentor_meeting_following_rule ("2026-03-03T09:00:00", "Europe/Berlin",
                                                            "FREQ=WEEKLY;BYDAY=TU;COUNT=6",
                                                            "2026-03-17T08:00:00Z",
                                                            "2026-03-17T11:00:00", "Europe/Berlin", &error);
  /* Monthly on the second Tuesday, moved to the fifth Thursday of April:
   * the last Thursday from then on. */
  g_autofree char *monthly = mentor_meeting_following_rule ("2026-03-10T17:30:00", "UTC",
                                                            "FREQ=MONTHLY;BYDAY=2TU",
                                                            "2026-04-14T17:30:00Z",
                                                            "2026-04-30T17:30:00", "UTC", &error);
  /* Daily is not a rule the editor offers: kept as it is. */
  g_autofree char *daily = mentor_meeting_following_rule ("2026-03-10T09:00:00", "UTC",
                                                          "FREQ=DAILY;INTERVAL=3",
                                                          "2026-03-13T09:00:00Z",
                                                          "2026-03-13T10:00:00", "UTC", &error);

  g_assert_no_error (error);
  g_test_message ("%s | %s | %s | %s", weekly, counted, monthly, daily);
  g_assert_nonnull (strstr (weekly, "FREQ=WEEKLY"));
  g_assert_nonnull (strstr (weekly, "INTERVAL=2"));
  g_assert_nonnull (strstr (weekly, "BYDAY=WE"));
  g_assert_null (strstr (weekly, "TU"));
  g_assert_nonnull (strstr (counted, "COUNT=4"));
  g_assert_nonnull (strstr (counted, "BYDAY=TU"));
  g_assert_nonnull (strstr (monthly, "FREQ=MONTHLY"));
  g_assert_nonnull (strstr (monthly, "BYDAY=-1TH"));
  g_assert_cmpstr (daily, ==, "FREQ=DAILY;INTERVAL=3");
}

/* ---- When, in words --------------------------------------------------------- */

static void
test_next_text (void)
{
  g_autofree char *utc = mentor_meeting_dup_next_text ("2026-03-10T09:00:00Z", "UTC", TODAY);
  /* Shown in the user's zone: 09:00 UTC is 10:00 in Berlin in winter… */
  g_autofree char *berlin = mentor_meeting_dup_next_text ("2026-03-10T09:00:00Z", "Europe/Berlin", TODAY);
  /* …and 11:00 in summer. */
  g_autofree char *summer = mentor_meeting_dup_next_text ("2026-04-07T09:00:00Z", "Europe/Berlin", TODAY);
  /* Late in the evening in New York is another day there than in UTC. */
  g_autofree char *new_york = mentor_meeting_dup_next_text ("2026-03-11T02:30:00Z", "America/New_York", TODAY);
  g_autofree char *next_year = mentor_meeting_dup_next_text ("2027-01-05T09:00:00Z", "UTC", TODAY);
  g_autofree char *none = mentor_meeting_dup_next_text (NULL, "UTC", TODAY);

  g_assert_cmpstr (utc, ==, "Next: Tue 10 Mar, 09:00");
  g_assert_cmpstr (berlin, ==, "Next: Tue 10 Mar, 10:00");
  g_assert_cmpstr (summer, ==, "Next: Tue 7 Apr, 11:00");
  g_assert_cmpstr (new_york, ==, "Next: Tue 10 Mar, 22:30");
  g_assert_cmpstr (next_year, ==, "Next: Tue 5 Jan 2027, 09:00");
  g_assert_cmpstr (none, ==, "No check-in planned");
}

static void
test_time_range (void)
{
  g_autoptr(MentorMeeting) meeting = meeting_new (0, "2026-03-10T08:00:00Z", MENTOR_MEETING_SCHEDULED);
  g_autofree char *same = NULL;
  g_autofree char *other = NULL;
  g_autofree char *same_clock = NULL;
  g_autofree char *no_zone = NULL;

  /* Planned in Berlin, seen in Berlin: one time. */
  same = mentor_meeting_dup_time_range (meeting, "Europe/Berlin");
  g_assert_cmpstr (same, ==, "09:00–09:45");

  /* Seen from New York: its own time, then the time it was planned at. */
  other = mentor_meeting_dup_time_range (meeting, "America/New_York");
  g_assert_cmpstr (other, ==, "04:00–04:45 (09:00 Europe/Berlin)");

  /* Another zone with the same clock says nothing more. */
  same_clock = mentor_meeting_dup_time_range (meeting, "Europe/Paris");
  g_assert_cmpstr (same_clock, ==, "09:00–09:45");

  {
    g_autofree char *when = mentor_meeting_dup_when_text (meeting, "America/New_York", TODAY);
    g_autofree char *here = mentor_meeting_dup_when_text (meeting, "Europe/Berlin", "2025-12-31");

    g_assert_cmpstr (when, ==, "Tue 10 Mar, 04:00–04:45 (09:00 Europe/Berlin)");
    g_assert_cmpstr (here, ==, "Tue 10 Mar 2026, 09:00–09:45");
  }

  mentor_meeting_set_tzid (meeting, NULL);
  mentor_meeting_set_duration_min (meeting, 0);
  no_zone = mentor_meeting_dup_time_range (meeting, "UTC");
  g_assert_cmpstr (no_zone, ==, "08:00");
}

static void
test_titles_and_how (void)
{
  g_autoptr(MentorMeeting) one_off = meeting_new (0, "2026-03-10T08:00:00Z", MENTOR_MEETING_SCHEDULED);
  g_autoptr(MentorMeeting) occurrence = meeting_new (4, "2026-03-10T08:00:00Z", MENTOR_MEETING_SCHEDULED);
  g_autofree char *t1 = mentor_meeting_dup_title (one_off);
  g_autofree char *t2 = mentor_meeting_dup_title (occurrence);
  g_autofree char *how_none = NULL;
  g_autofree char *how_mentorship = NULL;
  g_autofree char *how_both = NULL;

  g_assert_cmpstr (t1, ==, "Meeting · Ana → Ben");
  g_assert_cmpstr (t2, ==, "Check-in · Ana → Ben");

  mentor_meeting_set_mode (one_off, MENTOR_N_MODES);
  how_none = mentor_meeting_dup_how (one_off, MENTOR_N_MODES);
  g_assert_null (how_none);
  how_mentorship = mentor_meeting_dup_how (one_off, MENTOR_MODE_PHONE);
  g_assert_cmpstr (how_mentorship, ==, "Phone");

  mentor_meeting_set_mode (one_off, MENTOR_MODE_IN_PERSON);
  mentor_meeting_set_location (one_off, "Room 4.12");
  how_both = mentor_meeting_dup_how (one_off, MENTOR_MODE_PHONE);
  g_assert_cmpstr (how_both, ==, "In Person · Room 4.12");
}

static void
test_duration (void)
{
  struct { guint minutes; const char *text; } cases[] = {
    { 1, "1 minute" }, { 45, "45 minutes" }, { 60, "1 hour" },
    { 90, "1 hour 30 minutes" }, { 120, "2 hours" }, { 121, "2 hours 1 minute" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mentor_meeting_format_duration (cases[i].minutes);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* ---- Reminders -------------------------------------------------------------- */

static GListModel *
upcoming (void)
{
  GListStore *store = g_list_store_new (MENTOR_TYPE_MEETING);
  struct { gint64 series; const char *at; MentorMeetingStatus status; } rows[] = {
    { 0, "2026-03-10T08:00:00Z", MENTOR_MEETING_HELD },       /* past, held */
    { 0, "2026-03-10T09:00:00Z", MENTOR_MEETING_SCHEDULED },  /* started at 09:00 */
    { 7, "2026-03-10T10:00:00Z", MENTOR_MEETING_CANCELLED },  /* cancelled */
    { 7, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED },
    { 0, "2026-03-10T11:00:00Z", MENTOR_MEETING_SCHEDULED },
    { 8, "2026-03-10T11:00:00Z", MENTOR_MEETING_SCHEDULED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(MentorMeeting) meeting = meeting_new (rows[i].series, rows[i].at, rows[i].status);

      g_list_store_append (store, meeting);
    }

  return G_LIST_MODEL (store);
}

static void
test_reminder_next (void)
{
  g_autoptr(GListModel) meetings = upcoming ();
  g_autoptr(GHashTable) notified = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(MentorMeeting) first = NULL;
  g_autoptr(MentorMeeting) off = NULL;
  g_autoptr(MentorMeeting) after = NULL;
  g_autoptr(MentorMeeting) late = NULL;
  g_autoptr(MentorMeeting) none = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due2 = NULL;
  g_autofree char *due3 = NULL;

  /* At 09:05: the one at 09:00 has started, 10:00 is cancelled; the next
   * scheduled one is at 10:30, reminded 10 minutes before. */
  first = mentor_reminder_next (meetings, "2026-03-10T09:05:00Z", 10, notified, &due);
  g_assert_nonnull (first);
  g_assert_cmpstr (mentor_meeting_get_starts_at (first), ==, "2026-03-10T10:30:00Z");
  g_assert_cmpstr (due, ==, "2026-03-10T10:20:00Z");

  /* Off: nothing, ever. */
  off = mentor_reminder_next (meetings, "2026-03-10T09:05:00Z", 0, notified, NULL);
  g_assert_null (off);

  /* Given once, never again: the two at 11:00 come next, both due at 10:50. */
  g_hash_table_add (notified, mentor_reminder_key (first));
  after = mentor_reminder_next (meetings, "2026-03-10T10:20:00Z", 10, notified, &due2);
  g_assert_nonnull (after);
  g_assert_cmpstr (mentor_meeting_get_starts_at (after), ==, "2026-03-10T11:00:00Z");
  g_assert_cmpstr (due2, ==, "2026-03-10T10:50:00Z");
  g_hash_table_add (notified, mentor_reminder_key (after));
  g_clear_object (&after);
  after = mentor_reminder_next (meetings, "2026-03-10T10:50:00Z", 10, notified, NULL);
  g_assert_nonnull (after);
  g_assert_cmpstr (mentor_meeting_get_starts_at (after), ==, "2026-03-10T11:00:00Z");
  g_hash_table_add (notified, mentor_reminder_key (after));
  g_clear_object (&after);
  after = mentor_reminder_next (meetings, "2026-03-10T10:50:00Z", 10, notified, NULL);
  g_assert_null (after);

  /* Opened 5 minutes before one with a lead of 30: due at once, not in the past. */
  g_hash_table_remove_all (notified);
  late = mentor_reminder_next (meetings, "2026-03-10T10:25:00Z", 30, notified, &due3);
  g_assert_nonnull (late);
  g_assert_cmpstr (mentor_meeting_get_starts_at (late), ==, "2026-03-10T10:30:00Z");
  g_assert_cmpstr (due3, ==, "2026-03-10T10:25:00Z");

  /* At 11:00 sharp (Mentor just opened, say): those starting then are under
   * way, and no reminder comes for them. */
  none = mentor_reminder_next (meetings, "2026-03-10T11:00:00Z", 10, NULL, NULL);
  g_assert_null (none);
}

static void
test_reminder_keys (void)
{
  g_autoptr(MentorMeeting) computed = meeting_new (7, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED);
  g_autoptr(MentorMeeting) stored = meeting_new (7, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED);
  g_autoptr(MentorMeeting) moved = meeting_new (7, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED);
  g_autoptr(MentorMeeting) other = meeting_new (0, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED);
  g_autofree char *k1 = NULL, *k2 = NULL, *k3 = NULL, *k4 = NULL;

  /* An occurrence keeps its key once stored (it gets an id). */
  mentor_meeting_set_id (stored, 42);
  mentor_meeting_set_starts_at (moved, "2026-03-10T12:00:00Z");
  mentor_meeting_set_id (other, 42);

  k1 = mentor_reminder_key (computed);
  k2 = mentor_reminder_key (stored);
  k3 = mentor_reminder_key (moved);
  k4 = mentor_reminder_key (other);
  g_assert_cmpstr (k1, ==, k2);
  /* Moved to another time: reminded of again. */
  g_assert_cmpstr (k1, !=, k3);
  g_assert_cmpstr (k2, !=, k4);
}

static void
test_reminder_words (void)
{
  g_autoptr(MentorMeeting) meeting = meeting_new (7, "2026-03-10T10:30:00Z", MENTOR_MEETING_SCHEDULED);
  g_autofree char *ten = mentor_reminder_dup_title (meeting, "2026-03-10T10:20:00Z");
  /* 9 minutes 30 seconds: rounded up to 10. */
  g_autofree char *rounded = mentor_reminder_dup_title (meeting, "2026-03-10T10:20:30Z");
  g_autofree char *one = mentor_reminder_dup_title (meeting, "2026-03-10T10:29:00Z");
  g_autofree char *hour = mentor_reminder_dup_title (meeting, "2026-03-10T09:30:00Z");
  g_autofree char *body = NULL;

  g_assert_cmpstr (ten, ==, "Check-in with Ana → Ben in 10 minutes");
  g_assert_cmpstr (rounded, ==, "Check-in with Ana → Ben in 10 minutes");
  g_assert_cmpstr (one, ==, "Check-in with Ana → Ben in 1 minute");
  g_assert_cmpstr (hour, ==, "Check-in with Ana → Ben in 1 hour");

  mentor_meeting_set_mode (meeting, MENTOR_MODE_VIDEO);
  mentor_meeting_set_location (meeting, "https://meet.example.com/ana-ben");
  body = mentor_reminder_dup_body (meeting, "Europe/Berlin");
  g_assert_cmpstr (body, ==, "11:30–12:15 · Video · https://meet.example.com/ana-ben");
}

static void
test_instants (void)
{
  g_autofree char *later = mentor_instant_add_seconds ("2026-03-10T23:59:30Z", 45);
  g_autofree char *now = mentor_instant_now ();

  g_assert_cmpstr (later, ==, "2026-03-11T00:00:15Z");
  g_assert_cmpint (mentor_instant_diff_seconds ("2026-03-10T10:00:00Z", "2026-03-10T10:30:00Z"), ==, 1800);
  g_assert_cmpint (mentor_instant_diff_seconds ("2026-03-10T10:30:00Z", "2026-03-10T10:00:00Z"), ==, -1800);
  g_assert_cmpuint (strlen (now), ==, 20);
  g_assert_true (g_str_has_suffix (now, "Z"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-text/cadence", test_cadence);
  g_test_add_func ("/meeting-text/first-series-day", test_first_series_day);
  g_test_add_func ("/meeting-text/first-dates", test_first_dates);
  g_test_add_func ("/meeting-text/parse-clock", test_parse_clock);
  g_test_add_func ("/meeting-text/following-rule", test_following_rule);
  g_test_add_func ("/meeting-text/next", test_next_text);
  g_test_add_func ("/meeting-text/time-range", test_time_range);
  g_test_add_func ("/meeting-text/titles-and-how", test_titles_and_how);
  g_test_add_func ("/meeting-text/duration", test_duration);
  g_test_add_func ("/meeting-text/reminder-next", test_reminder_next);
  g_test_add_func ("/meeting-text/reminder-keys", test_reminder_keys);
  g_test_add_func ("/meeting-text/reminder-words", test_reminder_words);
  g_test_add_func ("/meeting-text/instants", test_instants);

  return g_test_run ();
}
