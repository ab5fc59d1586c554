/* mentor-calendar-text.c — the days, words and groups the Calendar view shows */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "mentor-calendar-text.h"

/* ---- Helpers -------------------------------------------------------------- */

static gboolean
parse_date (const char *date,
            GDate      *out)
{
  guint y, m, d;

  if (date == NULL || !mentor_date_is_valid (date))
    return FALSE;
  if (sscanf (date, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_valid (out);
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* Noon UTC of a day: a GDateTime to format names and numbers with, far from
 * any edge of the day. */
static GDateTime *
date_time_of (const char *date)
{
  GDate d;

  if (!parse_date (date, &d))
    return NULL;

  return g_date_time_new_utc (g_date_get_year (&d), g_date_get_month (&d),
                              g_date_get_day (&d), 12, 0, 0);
}

static const char *
title_of (MentorMeeting *meeting)
{
  const char *title = mentor_meeting_get_mentorship_title (meeting);

  return title != NULL ? title : "";
}

/* ---- Weeks and months ------------------------------------------------------ */

GDateWeekday
mentor_calendar_week_start_from_langinfo (guint week_1stday,
                                          guint first_weekday)
{
  guint origin;   /* 0 = Sunday, 1 = Monday */
  guint start;    /* 0 = Sunday … 6 = Saturday */

  /* glibc says "the week starts on the first_weekday-th day counted from this
   * date", the date being a Sunday or a Monday (as GTK's own calendar reads it). */
  if (week_1stday == 19971130)
    origin = 0;
  else if (week_1stday == 19971201)
    origin = 1;
  else
    return G_DATE_MONDAY;

  if (first_weekday < 1 || first_weekday > 7)
    return G_DATE_MONDAY;

  start = (origin + first_weekday - 1) % 7;

  return start == 0 ? G_DATE_SUNDAY : (GDateWeekday) start;
}

GDateWeekday
mentor_calendar_locale_week_start (void)
{
#ifdef __GLIBC__
  union { unsigned int word; char *string; } week_1stday;
  const char *first_weekday;

  week_1stday.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  first_weekday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);

  if (first_weekday == NULL)
    return G_DATE_MONDAY;

  return mentor_calendar_week_start_from_langinfo (week_1stday.word, (guchar) first_weekday[0]);
#else
  /* ISO 8601, and most of the world. */
  return G_DATE_MONDAY;
#endif
}

GDateWeekday
mentor_calendar_column_weekday (GDateWeekday week_start,
                                guint        column)
{
  g_return_val_if_fail (g_date_valid_weekday (week_start), G_DATE_MONDAY);
  g_return_val_if_fail (column < 7, G_DATE_MONDAY);

  return (GDateWeekday) (((guint) week_start - 1 + column) % 7 + 1);
}

char *
mentor_calendar_grid_first_day (const char   *date,
                                GDateWeekday  week_start)
{
  GDate first;
  guint back;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid_weekday (week_start), NULL);

  if (!parse_date (date, &first))
    return NULL;

  g_date_set_day (&first, 1);
  back = ((guint) g_date_get_weekday (&first) + 7 - (guint) week_start) % 7;
  g_date_subtract_days (&first, back);

  return format_date (&first);
}

GStrv
mentor_calendar_grid_days (const char   *date,
                           GDateWeekday  week_start)
{
  g_autofree char *first = NULL;
  GStrvBuilder *builder;
  GStrv days;
  GDate day;

  g_return_val_if_fail (date != NULL, NULL);

  first = mentor_calendar_grid_first_day (date, week_start);
  if (first == NULL || !parse_date (first, &day))
    return NULL;

  builder = g_strv_builder_new ();
  for (guint i = 0; i < MENTOR_CALENDAR_GRID_DAYS; i++)
    {
      g_autofree char *text = format_date (&day);

      g_strv_builder_add (builder, text);
      g_date_add_days (&day, 1);
    }
  days = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return days;
}

char *
mentor_calendar_add_months (const char *date,
                            int         months)
{
  GDate day;
  guint wanted;
  guint last;

  g_return_val_if_fail (date != NULL, NULL);

  if (!parse_date (date, &day))
    return NULL;

  /* GDate clamps to the last day itself, but say so: that is the rule. */
  wanted = g_date_get_day (&day);
  g_date_set_day (&day, 1);
  if (months >= 0)
    g_date_add_months (&day, (guint) months);
  else
    g_date_subtract_months (&day, (guint) -months);

  last = g_date_get_days_in_month (g_date_get_month (&day), g_date_get_year (&day));
  g_date_set_day (&day, (GDateDay) MIN (wanted, last));

  return format_date (&day);
}

gboolean
mentor_calendar_same_month (const char *a,
                            const char *b)
{
  if (a == NULL || b == NULL || strlen (a) < 7 || strlen (b) < 7)
    return FALSE;

  return strncmp (a, b, 7) == 0;
}

/* ---- Words ------------------------------------------------------------------ */

char *
mentor_calendar_weekday_name (GDateWeekday day,
                              gboolean     abbreviated)
{
  g_autoptr(GDateTime) when = NULL;

  g_return_val_if_fail (g_date_valid_weekday (day), NULL);

  /* 2 March 2026 is a Monday. */
  when = g_date_time_new_utc (2026, 3, 1 + (int) day, 12, 0, 0);

  return g_date_time_format (when, abbreviated ? "%a" : "%A");
}

char *
mentor_calendar_month_title (const char *date)
{
  g_autoptr(GDateTime) when = date_time_of (date);

  g_return_val_if_fail (when != NULL, NULL);

  /* TRANSLATORS: the title of a month in the calendar, for g_date_time_format():
   * "%OB" is the month's name standing alone, "%Y" the year: "March 2026" */
  return g_date_time_format (when, C_("month title", "%OB %Y"));
}

char *
mentor_calendar_day_title (const char *date,
                           const char *today)
{
  g_autoptr(GDateTime) when = date_time_of (date);

  g_return_val_if_fail (when != NULL, NULL);

  if (today != NULL && strlen (today) >= 4 && strncmp (date, today, 4) == 0)
    /* TRANSLATORS: a day heading in the agenda, for g_date_time_format():
     * "%A" the weekday, "%-d" the day of the month, "%B" the month:
     * "Tuesday 10 March" */
    return g_date_time_format (when, C_("day title", "%A %-d %B"));

  /* TRANSLATORS: a day heading in the agenda for a day of another year:
   * "Friday 8 January 2027" */
  return g_date_time_format (when, C_("day title", "%A %-d %B %Y"));
}

char *
mentor_calendar_more_text (guint n)
{
  /* TRANSLATORS: in a day of the month grid, the meetings that do not fit */
  return g_strdup_printf (ngettext ("+%u more", "+%u more", n), n);
}

const char *
mentor_calendar_status_icon (MentorMeetingStatus status)
{
  switch (status)
    {
    case MENTOR_MEETING_SCHEDULED:
      return "alarm-symbolic";
    case MENTOR_MEETING_HELD:
      return "object-select-symbolic";
    case MENTOR_MEETING_CANCELLED:
      return "action-unavailable-symbolic";
    case MENTOR_MEETING_MISSED:
      return "appointment-missed-symbolic";
    case MENTOR_N_MEETING_STATUSES:
    default:
      break;
    }

  g_return_val_if_reached ("alarm-symbolic");
}

const char *
mentor_calendar_status_class (MentorMeetingStatus status)
{
  switch (status)
    {
    case MENTOR_MEETING_SCHEDULED:
      return "mentor-scheduled";
    case MENTOR_MEETING_HELD:
      return "mentor-held";
    case MENTOR_MEETING_CANCELLED:
      return "mentor-cancelled";
    case MENTOR_MEETING_MISSED:
      return "mentor-missed";
    case MENTOR_N_MEETING_STATUSES:
    default:
      break;
    }

  g_return_val_if_reached ("mentor-scheduled");
}

/* ---- Meetings ----------------------------------------------------------------- */

char *
mentor_calendar_local_day (const char *instant,
                           const char *tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, tzid);

  if (local == NULL)
    return NULL;

  return g_strndup (local, 10);
}

char *
mentor_calendar_local_time (const char *instant,
                            const char *tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, tzid);

  if (local == NULL)
    return NULL;

  /* Hours and minutes, always 24-hour as the agenda's accessible names are. */
  return g_strndup (local + 11, 5);
}

gboolean
mentor_calendar_day_range (const char  *first_day,
                           guint        n_days,
                           const char  *tzid,
                           char       **from,
                           char       **to)
{
  g_autofree char *last = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *from_local = NULL;
  g_autofree char *to_local = NULL;
  g_autofree char *zone = NULL;

  g_return_val_if_fail (first_day != NULL, FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  if (!mentor_date_is_valid (first_day))
    return FALSE;

  zone = tzid != NULL ? g_strdup (tzid) : mentor_user_timezone ();
  last = mentor_date_add_days (first_day, (int) n_days);
  from_local = g_strconcat (first_day, "T00:00:00", NULL);
  to_local = g_strconcat (last, "T00:00:00", NULL);

  /* Midnight can be skipped by a daylight-saving change (as in some zones
   * that switch at 00:00); mentor_local_to_instant then moves it forward,
   * which is still the start of that day. */
  start = mentor_local_to_instant (from_local, zone);
  end = mentor_local_to_instant (to_local, zone);
  if (start == NULL || end == NULL)
    return FALSE;

  *from = g_steal_pointer (&start);
  *to = g_steal_pointer (&end);
  return TRUE;
}

static char *
first_word (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  const char *space = strpbrk (trimmed, " \t");

  if (space == NULL)
    return g_steal_pointer (&trimmed);

  return g_strndup (trimmed, space - trimmed);
}

char *
mentor_calendar_short_title (const char *title)
{
  g_auto(GStrv) sides = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;

  if (title == NULL)
    return g_strdup ("");

  /* The store writes "Mentor → Mentee"; names never hold the arrow. */
  sides = g_strsplit (title, " → ", 2);
  if (g_strv_length (sides) != 2)
    return g_strdup (title);

  mentor = first_word (sides[0]);
  mentee = first_word (sides[1]);

  /* TRANSLATORS: the first names of mentor and mentee in a day of the month grid */
  return g_strdup_printf (_("%s → %s"), mentor, mentee);
}

char *
mentor_calendar_line_text (MentorMeeting *meeting,
                           const char    *user_tz)
{
  g_autofree char *time = NULL;
  g_autofree char *who = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  time = mentor_calendar_local_time (mentor_meeting_get_starts_at (meeting), user_tz);
  who = mentor_calendar_short_title (title_of (meeting));

  /* TRANSLATORS: a meeting in a day of the month grid: the start, then who */
  return g_strdup_printf (C_("month grid line", "%s %s"), time != NULL ? time : "", who);
}

char *
mentor_calendar_range_text (MentorMeeting *meeting,
                            const char    *user_tz)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *start_time = NULL;
  g_autofree char *end_time = NULL;
  g_autofree char *end_instant = NULL;
  const char *starts_at;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  starts_at = mentor_meeting_get_starts_at (meeting);
  start_time = mentor_calendar_local_time (starts_at, user_tz);
  if (start_time == NULL)
    return g_strdup ("");

  start = g_date_time_new_from_iso8601 (starts_at, NULL);
  if (start != NULL && mentor_meeting_get_duration_min (meeting) > 0)
    {
      end = g_date_time_add_minutes (start, (int) mentor_meeting_get_duration_min (meeting));
      end_instant = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");
      end_time = mentor_calendar_local_time (end_instant, user_tz);
    }

  if (end_time == NULL)
    return g_steal_pointer (&start_time);

  /* TRANSLATORS: the start and end of a meeting: "09:00–09:45" */
  return g_strdup_printf (C_("time range", "%s–%s"), start_time, end_time);
}

char *
mentor_calendar_zone_text (MentorMeeting *meeting,
                           const char    *user_tz)
{
  g_autofree char *zone = NULL;
  g_autofree char *user_local = NULL;
  g_autofree char *planned_local = NULL;
  const char *starts_at;
  const char *tzid;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  starts_at = mentor_meeting_get_starts_at (meeting);
  tzid = mentor_meeting_get_tzid (meeting);
  zone = user_tz != NULL ? g_strdup (user_tz) : mentor_user_timezone ();

  if (starts_at == NULL || tzid == NULL || *tzid == '\0' || g_strcmp0 (tzid, zone) == 0)
    return NULL;

  /* Only when the wall clocks differ: a meeting planned in Europe/Paris reads
   * the same for someone in Europe/Berlin. */
  user_local = mentor_instant_to_local (starts_at, zone);
  planned_local = mentor_instant_to_local (starts_at, tzid);
  if (user_local == NULL || planned_local == NULL || strlen (planned_local) < 16 ||
      g_strcmp0 (user_local, planned_local) == 0)
    return NULL;

  /* TRANSLATORS: a meeting's start in the zone it was planned in: "15:00 Europe/Berlin" */
  return g_strdup_printf (_("%.5s %s"), planned_local + 11, tzid);
}

char *
mentor_calendar_time_text (MentorMeeting *meeting,
                           const char    *user_tz)
{
  g_autofree char *range = NULL;
  g_autofree char *zone = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  range = mentor_calendar_range_text (meeting, user_tz);
  zone = mentor_calendar_zone_text (meeting, user_tz);
  if (zone == NULL)
    return g_steal_pointer (&range);

  /* TRANSLATORS: a meeting's time for the user, then its start in the zone it
   * was planned in: "09:00–09:45 (15:00 Europe/Berlin)" */
  return g_strdup_printf (_("%s (%s)"), range, zone);
}

char *
mentor_calendar_place_text (MentorMeeting *meeting,
                            MentorMode     fallback_mode)
{
  MentorMode mode;
  const char *location;
  g_autofree char *place = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  mode = mentor_meeting_get_mode (meeting);
  if (mode >= MENTOR_N_MODES)
    mode = fallback_mode;

  location = mentor_meeting_get_location (meeting);
  if (location != NULL)
    {
      place = g_strstrip (g_strdup (location));
      if (*place == '\0')
        g_clear_pointer (&place, g_free);
    }

  /* "Chat · Chat" says nothing more than "Chat". */
  if (mode < MENTOR_N_MODES && place != NULL)
    {
      g_autofree char *folded_place = g_utf8_casefold (place, -1);
      g_autofree char *folded_mode = g_utf8_casefold (mentor_mode_to_label (mode), -1);

      if (g_strcmp0 (folded_place, folded_mode) == 0)
        g_clear_pointer (&place, g_free);
    }

  if (mode < MENTOR_N_MODES && place != NULL)
    /* TRANSLATORS: how and where a meeting takes place: "Video · meet.example.com/abc" */
    return g_strdup_printf (_("%s · %s"), mentor_mode_to_label (mode), place);
  if (mode < MENTOR_N_MODES)
    return g_strdup (mentor_mode_to_label (mode));

  return g_steal_pointer (&place);
}

char *
mentor_calendar_details_text (MentorMeeting *meeting,
                              MentorMode     fallback_mode,
                              const char    *user_tz)
{
  g_autofree char *zone = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  zone = mentor_calendar_zone_text (meeting, user_tz);
  place = mentor_calendar_place_text (meeting, fallback_mode);

  if (zone != NULL && place != NULL)
    /* TRANSLATORS: a meeting's time in its planned zone, then how and where
     * it takes place: "15:00 Europe/Berlin · Video" */
    return g_strdup_printf (_("%s · %s"), zone, place);

  return zone != NULL ? g_steal_pointer (&zone) : g_steal_pointer (&place);
}

char *
mentor_calendar_meeting_a11y_name (MentorMeeting *meeting,
                                   const char    *user_tz)
{
  g_autofree char *time = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  time = mentor_calendar_local_time (mentor_meeting_get_starts_at (meeting), user_tz);

  /* The UI contract: tests and screen-reader users find a meeting by it. */
  return g_strdup_printf ("%s, %s, %s",
                          time != NULL ? time : "",
                          title_of (meeting),
                          mentor_meeting_status_to_label (mentor_meeting_get_status (meeting)));
}

char *
mentor_calendar_day_a11y_name (const char *date,
                               const char *today,
                               GPtrArray  *meetings,
                               const char *user_tz)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint n = meetings != NULL ? meetings->len : 0;

  g_return_val_if_fail (date != NULL, NULL);

  /* Always with the year: a grid shows days of three months. */
  title = mentor_calendar_day_title (date, NULL);
  if (title == NULL)
    return NULL;
  g_string_append (name, title);

  if (g_strcmp0 (date, today) == 0)
    /* TRANSLATORS: said after the date of the day that is today */
    g_string_append_printf (name, ", %s", _("today"));

  if (n == 0)
    {
      /* TRANSLATORS: said after the date of a day with nothing planned */
      g_string_append_printf (name, ", %s", _("no check-ins"));
      return g_string_free (g_steal_pointer (&name), FALSE);
    }

  g_string_append (name, ", ");
  /* TRANSLATORS: how many meetings a day of the month grid has, then a colon
   * and the list of them */
  g_string_append_printf (name, ngettext ("%u check-in", "%u check-ins", n), n);
  g_string_append (name, ": ");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *one = mentor_calendar_meeting_a11y_name (g_ptr_array_index (meetings, i), user_tz);

      if (i > 0)
        g_string_append (name, "; ");
      g_string_append (name, one);
    }

  return g_string_free (g_steal_pointer (&name), FALSE);
}

char *
mentor_calendar_when_text (MentorMeeting *meeting,
                           const char    *user_tz)
{
  const char *starts_at;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  starts_at = mentor_meeting_get_starts_at (meeting);
  day = mentor_calendar_local_day (starts_at, user_tz);
  time = mentor_calendar_local_time (starts_at, user_tz);
  date = day != NULL ? mentor_date_to_label (day) : NULL;

  if (date == NULL || time == NULL)
    return g_strdup ("");

  /* TRANSLATORS: when a meeting is, in a toast: a date, then a time:
   * "10 Mar 2026, 09:00" */
  return g_strdup_printf (C_("meeting when", "%s, %s"), date, time);
}

char *
mentor_calendar_status_toast_text (MentorMeeting       *meeting,
                                   MentorMeetingStatus  status,
                                   const char          *user_tz)
{
  g_autofree char *when = NULL;
  gboolean series;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  when = mentor_calendar_when_text (meeting, user_tz);
  series = mentor_meeting_get_series_id (meeting) != 0;

  /* TRANSLATORS: toasts after a click in the agenda; %s is when the meeting
   * is, e.g. "10 Mar 2026, 09:00". A check-in belongs to a series, a
   * meeting is a one-off. */
  switch (status)
    {
    case MENTOR_MEETING_HELD:
      return g_strdup_printf (series ? _("Check-in on %s marked held")
                                     : _("Meeting on %s marked held"), when);
    case MENTOR_MEETING_MISSED:
      return g_strdup_printf (series ? _("Check-in on %s marked missed")
                                     : _("Meeting on %s marked missed"), when);
    case MENTOR_MEETING_CANCELLED:
      return g_strdup_printf (series ? _("Check-in on %s cancelled")
                                     : _("Meeting on %s cancelled"), when);
    case MENTOR_MEETING_SCHEDULED:
      return g_strdup_printf (series ? _("Check-in on %s scheduled again")
                                     : _("Meeting on %s scheduled again"), when);
    case MENTOR_N_MEETING_STATUSES:
    default:
      break;
    }

  g_return_val_if_reached (NULL);
}

char *
mentor_calendar_deleted_toast_text (MentorMeeting *meeting,
                                    const char    *user_tz)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  when = mentor_calendar_when_text (meeting, user_tz);

  /* TRANSLATORS: a toast after deleting one check-in of a series; %s is when
   * it was, e.g. "10 Mar 2026, 09:00" */
  return g_strdup_printf (_("Check-in on %s deleted"), when);
}

/* ---- Grouping -------------------------------------------------------------------- */

GPtrArray *
mentor_calendar_bucket_days (GListModel *meetings,
                             const char *first_day,
                             guint       n_days,
                             const char *user_tz)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_full (n_days, (GDestroyNotify) g_ptr_array_unref);
  g_autofree char *zone = NULL;
  guint n;

  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (first_day != NULL && mentor_date_is_valid (first_day), NULL);

  for (guint i = 0; i < n_days; i++)
    g_ptr_array_add (days, g_ptr_array_new_with_free_func (g_object_unref));

  if (meetings == NULL)
    return g_steal_pointer (&days);

  /* One zone for the whole walk, not a lookup per meeting. */
  zone = user_tz != NULL ? g_strdup (user_tz) : mentor_user_timezone ();

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *day = mentor_calendar_local_day (mentor_meeting_get_starts_at (meeting), zone);
      int index;

      if (day == NULL)
        continue;

      index = mentor_date_days_between (first_day, day);
      if (index < 0 || index >= (int) n_days)
        continue;

      g_ptr_array_add (g_ptr_array_index (days, index), g_steal_pointer (&meeting));
    }

  return g_steal_pointer (&days);
}

void
mentor_calendar_day_free (MentorCalendarDay *day)
{
  if (day == NULL)
    return;

  g_free (day->date);
  g_clear_pointer (&day->meetings, g_ptr_array_unref);
  g_free (day);
}

static MentorCalendarDay *
day_new (const char *date)
{
  MentorCalendarDay *day = g_new0 (MentorCalendarDay, 1);

  day->date = g_strdup (date);
  day->meetings = g_ptr_array_new_with_free_func (g_object_unref);

  return day;
}

GPtrArray *
mentor_calendar_agenda_days (GListModel *meetings,
                             const char *from_day,
                             guint       max_days,
                             guint       max_meetings,
                             const char *user_tz)
{
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func ((GDestroyNotify) mentor_calendar_day_free);
  g_autofree char *zone = NULL;
  MentorCalendarDay *current;
  guint listed = 0;
  guint n;

  g_return_val_if_fail (meetings == NULL || G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (from_day != NULL && mentor_date_is_valid (from_day), NULL);

  if (max_days == 0)
    return g_steal_pointer (&days);

  current = day_new (from_day);
  g_ptr_array_add (days, current);

  if (meetings == NULL)
    return g_steal_pointer (&days);

  zone = user_tz != NULL ? g_strdup (user_tz) : mentor_user_timezone ();

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *day = mentor_calendar_local_day (mentor_meeting_get_starts_at (meeting), zone);

      if (day == NULL || strcmp (day, from_day) < 0)
        continue;

      if (strcmp (day, current->date) != 0)
        {
          /* Sorted by start, so a new day follows the last one; one that
           * does not (an unsorted model) still gets its own group. */
          if (days->len >= max_days || (max_meetings > 0 && listed >= max_meetings))
            break;
          current = day_new (day);
          g_ptr_array_add (days, current);
        }

      g_ptr_array_add (current->meetings, g_steal_pointer (&meeting));
      listed++;
    }

  return g_steal_pointer (&days);
}
