/* mentor-meeting-text.c — the words and small decisions of meetings and check-ins
 *
 * Times are turned into local wall times with the core's zone functions
 * (mentor_instant_to_local), so the views, the reminders and the tests read
 * the same clock as the store does when it expands a series.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mentor-meeting-text.h"

/* ---- Small helpers ---------------------------------------------------------- */

static GDateTime *
parse_instant (const char *instant)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (instant == NULL || *instant == '\0')
    return NULL;

  return g_date_time_new_from_iso8601 (instant, utc);
}

static GDate *
parse_day (const char *day)
{
  int y, m, d;

  if (day == NULL || sscanf (day, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_date_new_dmy (d, m, y);
}

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* A local wall time "YYYY-MM-DDTHH:MM:SS" as a GDateTime whose fields are
 * that wall time (in UTC: only the fields are read). */
static GDateTime *
parse_local (const char *local)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (local == NULL)
    return NULL;

  return g_date_time_new_from_iso8601 (local, utc);
}

/* The wall time of instant in tzid (NULL: the user's own zone). */
static GDateTime *
local_of (const char *instant,
          const char *tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, tzid);

  return parse_local (local);
}

static int
year_of_day (const char *today)
{
  g_autoptr(GDate) date = parse_day (today);

  return date != NULL ? g_date_get_year (date) : 0;
}

static char *
format_short_day (GDateTime *when,
                  int        this_year)
{
  if (g_date_time_get_year (when) == this_year)
    /* TRANSLATORS: a day in this year, for g_date_time_format(): "Tue 10 Mar" */
    return g_date_time_format (when, _("%a %-e %b"));

  /* TRANSLATORS: a day in another year, for g_date_time_format(): "Tue 10 Mar 2027" */
  return g_date_time_format (when, _("%a %-e %b %Y"));
}

static char *
format_clock (GDateTime *when)
{
  /* TRANSLATORS: a time of day, for g_date_time_format(); "%H:%M" is 24-hour,
   * "%l:%M %p" 12-hour, as your language writes times */
  return g_date_time_format (when, _("%H:%M"));
}

/* ---- Scheduling ------------------------------------------------------------- */

void
mentor_meeting_repeat_for_cadence (guint         cadence_days,
                                   const char   *first_day,
                                   MentorRepeat *out)
{
  g_autoptr(GDate) date = NULL;
  GDateWeekday weekday = G_DATE_MONDAY;
  guint day_of_month = 1;

  g_return_if_fail (out != NULL);

  date = parse_day (first_day);
  if (date != NULL)
    {
      weekday = g_date_get_weekday (date);
      day_of_month = g_date_get_day (date);
    }

  memset (out, 0, sizeof *out);
  out->interval = 1;
  out->weekday = weekday;
  out->month_day = day_of_month;
  out->week_of_month = (int) ((day_of_month - 1) / 7) + 1;
  /* A fifth Tuesday is not in every month; the last one is. */
  if (out->week_of_month > 4)
    out->week_of_month = -1;
  out->weekdays = 1u << (weekday - 1);

  if (cadence_days >= 28 && cadence_days <= 31)
    {
      out->kind = MENTOR_REPEAT_MONTHLY_WEEKDAY;
      return;
    }

  out->kind = MENTOR_REPEAT_WEEKLY;
  if (cadence_days == 0)
    out->interval = 2;
  else
    out->interval = CLAMP ((cadence_days + 3) / 7, 1, 52);
}

char *
mentor_meeting_first_series_day (const char *today,
                                 const char *last_meeting_day)
{
  g_autoptr(GDate) date = parse_day (today);
  g_autoptr(GDate) last = parse_day (last_meeting_day);

  g_return_val_if_fail (date != NULL, NULL);

  g_date_add_days (date, 1);

  if (last != NULL)
    while (g_date_get_weekday (date) != g_date_get_weekday (last))
      g_date_add_days (date, 1);

  return format_day (date);
}

char *
mentor_meeting_dup_first_dates (const char *dtstart,
                                const char *tzid,
                                const char *rrule,
                                guint       n,
                                const char *today)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  int this_year = year_of_day (today);

  g_return_val_if_fail (dtstart != NULL && tzid != NULL && rrule != NULL, NULL);

  if (n == 0)
    return NULL;

  from = mentor_local_to_instant (dtstart, tzid);
  if (from == NULL)
    return NULL;
  /* Far enough for any rule the editor offers; expansion stops at n. */
  to = mentor_instant_add_seconds (from, (gint64) MENTOR_RECURRENCE_HORIZON_YEARS * 366 * 86400);

  starts = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, from, to, n, NULL);
  if (starts == NULL || starts->len == 0)
    return NULL;

  for (guint i = 0; i < starts->len && i < n; i++)
    {
      g_autoptr(GDateTime) local = local_of (g_ptr_array_index (starts, i), tzid);

      if (local != NULL)
        g_ptr_array_add (days, format_short_day (local, this_year));
    }

  if (days->len == 0)
    return NULL;
  if (days->len == 1)
    return g_strdup (g_ptr_array_index (days, 0));

  {
    g_autoptr(GString) list = g_string_new (g_ptr_array_index (days, 0));

    for (guint i = 1; i + 1 < days->len; i++)
      {
        /* TRANSLATORS: between the items of a list of days */
        g_string_append (list, _(", "));
        g_string_append (list, g_ptr_array_index (days, i));
      }

    /* TRANSLATORS: a list of days ending: "<Tue 10 Mar, Tue 24 Mar> and <Tue 7 Apr>" */
    return g_strdup_printf (_("%s and %s"), list->str, (char *) g_ptr_array_index (days, days->len - 1));
  }
}

gboolean
mentor_meeting_parse_clock (const char *text,
                            guint      *hour,
                            guint      *minute)
{
  g_autofree char *folded = NULL;
  const char *p;
  guint h = 0;
  guint m = 0;
  guint digits = 0;
  int half = 0;   /* 0: 24-hour, 1: am, 2: pm */

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  folded = g_ascii_strdown (text, -1);
  g_strstrip (folded);
  p = folded;

  while (g_ascii_isdigit (*p) && digits < 2)
    {
      h = h * 10 + (guint) (*p - '0');
      p++;
      digits++;
    }
  if (digits == 0)
    return FALSE;

  if (*p == ':' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return FALSE;
      m = (guint) (p[0] - '0') * 10 + (guint) (p[1] - '0');
      p += 2;
    }

  while (*p == ' ')
    p++;

  if (g_str_equal (p, "am") || g_str_equal (p, "a.m.") || g_str_equal (p, "a"))
    half = 1;
  else if (g_str_equal (p, "pm") || g_str_equal (p, "p.m.") || g_str_equal (p, "p"))
    half = 2;
  else if (*p != '\0')
    return FALSE;

  if (half != 0)
    {
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12 + (half == 2 ? 12 : 0);
    }

  if (h > 23 || m > 59)
    return FALSE;

  *hour = h;
  *minute = m;
  return TRUE;
}

/* The rule a series takes from one of its occurrences on ("this and
 * following"), moved to that occurrence's new first day. */
char *
mentor_meeting_following_rule (const char  *dtstart,
                               const char  *tzid,
                               const char  *rrule,
                               const char  *recurrence_id,
                               const char  *new_local,
                               const char  *new_tzid,
                               GError     **error)
{
  MentorRepeat repeat;
  g_autofree char *old_local = NULL;
  g_autoptr(GDate) old_day = NULL;
  g_autoptr(GDate) new_day = NULL;

  g_return_val_if_fail (dtstart != NULL && tzid != NULL && rrule != NULL, NULL);
  g_return_val_if_fail (recurrence_id != NULL && new_local != NULL && new_tzid != NULL, NULL);

  /* A rule the editor cannot show in its terms is kept as it is. */
  if (!mentor_repeat_from_rrule (rrule, tzid, &repeat))
    return g_strdup (rrule);

  old_local = mentor_instant_to_local (recurrence_id, tzid);
  if (old_local != NULL)
    old_local[MIN (strlen (old_local), 10)] = '\0';
  old_day = parse_day (old_local);
  {
    g_autofree char *new_date = g_strndup (new_local, 10);

    new_day = parse_day (new_date);
  }
  if (old_day == NULL || new_day == NULL)
    return g_strdup (rrule);

  switch (repeat.kind)
    {
    case MENTOR_REPEAT_WEEKLY:
      repeat.weekdays &= ~(1u << (g_date_get_weekday (old_day) - 1));
      repeat.weekdays |= 1u << (g_date_get_weekday (new_day) - 1);
      break;

    case MENTOR_REPEAT_MONTHLY_WEEKDAY:
      repeat.weekday = g_date_get_weekday (new_day);
      repeat.week_of_month = (int) (g_date_get_day (new_day) - 1) / 7 + 1;
      if (repeat.week_of_month > 4)
        repeat.week_of_month = -1;
      break;

    case MENTOR_REPEAT_MONTHLY_DAY:
    default:
      repeat.month_day = g_date_get_day (new_day);
      break;
    }

  /* COUNT counts from the series' start, exceptions included (RFC 5545):
   * what is left is what did not come before this occurrence. */
  if (repeat.count > 0)
    {
      g_autofree char *first = mentor_local_to_instant (dtstart, tzid);
      g_autoptr(GPtrArray) before = NULL;

      if (first != NULL)
        before = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, first, recurrence_id, 0, NULL);
      if (before != NULL)
        repeat.count = repeat.count > before->len ? repeat.count - before->len : 1;
    }

  return mentor_repeat_to_rrule (&repeat, new_tzid, error);
}

/* ---- When, in words --------------------------------------------------------- */

char *
mentor_meeting_format_day_time (const char *instant,
                                const char *tzid,
                                const char *today)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;

  local = local_of (instant, tzid);
  if (local == NULL)
    return NULL;

  day = format_short_day (local, year_of_day (today));
  clock = format_clock (local);

  /* TRANSLATORS: a day and a time: "Tue 10 Mar, 09:00" */
  return g_strdup_printf (_("%s, %s"), day, clock);
}

char *
mentor_meeting_dup_next_text (const char *instant,
                              const char *user_tz,
                              const char *today)
{
  g_autofree char *when = NULL;

  if (instant == NULL)
    return g_strdup (_("No check-in planned"));

  when = mentor_meeting_format_day_time (instant, user_tz, today);
  if (when == NULL)
    return g_strdup (_("No check-in planned"));

  /* TRANSLATORS: the next check-in of a mentorship: "Next: Tue 10 Mar, 09:00" */
  return g_strdup_printf (_("Next: %s"), when);
}

char *
mentor_meeting_dup_time_range (MentorMeeting *meeting,
                               const char    *user_tz)
{
  const char *starts_at;
  const char *tzid;
  g_autofree char *ends_at = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) planned = NULL;
  g_autofree char *start_clock = NULL;
  g_autofree char *end_clock = NULL;
  g_autofree char *range = NULL;
  g_autofree char *own = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  starts_at = mentor_meeting_get_starts_at (meeting);
  tzid = mentor_meeting_get_tzid (meeting);
  ends_at = mentor_instant_add_seconds (starts_at, (gint64) mentor_meeting_get_duration_min (meeting) * 60);

  start = local_of (starts_at, user_tz);
  end = local_of (ends_at, user_tz);
  if (start == NULL)
    return g_strdup ("");

  start_clock = format_clock (start);
  if (end != NULL && mentor_meeting_get_duration_min (meeting) > 0)
    {
      end_clock = format_clock (end);
      /* TRANSLATORS: a time range: "09:00–09:45" */
      range = g_strdup_printf (_("%s–%s"), start_clock, end_clock);
    }
  else
    range = g_strdup (start_clock);

  if (tzid == NULL || *tzid == '\0')
    return g_steal_pointer (&range);

  {
    g_autofree char *mine = user_tz != NULL ? g_strdup (user_tz) : mentor_user_timezone ();

    if (g_strcmp0 (mine, tzid) == 0)
      return g_steal_pointer (&range);
  }

  planned = local_of (starts_at, tzid);
  if (planned == NULL || g_date_time_compare (planned, start) == 0)
    return g_steal_pointer (&range);

  own = format_clock (planned);
  /* TRANSLATORS: a time range in the user's zone, then the start in the zone
   * it was planned in: "09:00–09:45 (15:00 Europe/Berlin)" */
  return g_strdup_printf (_("%s (%s %s)"), range, own, tzid);
}

char *
mentor_meeting_dup_when_text (MentorMeeting *meeting,
                              const char    *user_tz,
                              const char    *today)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *day = NULL;
  g_autofree char *range = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  start = local_of (mentor_meeting_get_starts_at (meeting), user_tz);
  if (start == NULL)
    return g_strdup ("");

  day = format_short_day (start, year_of_day (today));
  range = mentor_meeting_dup_time_range (meeting, user_tz);

  /* TRANSLATORS: a day and a time: "Tue 10 Mar, 09:00–09:45" */
  return g_strdup_printf (_("%s, %s"), day, range);
}

char *
mentor_meeting_dup_title (MentorMeeting *meeting)
{
  const char *pair;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  pair = mentor_meeting_get_mentorship_title (meeting);

  if (mentor_meeting_get_series_id (meeting) != 0)
    {
      if (pair == NULL || *pair == '\0')
        return g_strdup (_("Check-in"));
      /* TRANSLATORS: the title of a check-in's page: "Check-in · Ana → Ben" */
      return g_strdup_printf (_("Check-in · %s"), pair);
    }

  if (pair == NULL || *pair == '\0')
    return g_strdup (_("Meeting"));
  /* TRANSLATORS: the title of a meeting's page: "Meeting · Ana → Ben" */
  return g_strdup_printf (_("Meeting · %s"), pair);
}

char *
mentor_meeting_dup_how (MentorMeeting *meeting,
                        MentorMode     mentorship_mode)
{
  MentorMode mode;
  const char *location;
  g_autoptr(GString) how = g_string_new (NULL);

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  mode = mentor_meeting_get_mode (meeting);
  if (mode >= MENTOR_N_MODES)
    mode = mentorship_mode;
  location = mentor_meeting_get_location (meeting);

  if (mode < MENTOR_N_MODES)
    g_string_append (how, mentor_mode_to_label (mode));

  if (location != NULL && *location != '\0')
    {
      if (how->len > 0)
        g_string_append (how, " · ");
      g_string_append (how, location);
    }

  if (how->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&how), FALSE);
}

char *
mentor_meeting_format_duration (guint minutes)
{
  guint hours = minutes / 60;
  guint rest = minutes % 60;
  g_autofree char *h = NULL;
  g_autofree char *m = NULL;

  if (hours == 0)
    return g_strdup_printf (ngettext ("%u minute", "%u minutes", rest), rest);

  h = g_strdup_printf (ngettext ("%u hour", "%u hours", hours), hours);
  if (rest == 0)
    return g_steal_pointer (&h);

  m = g_strdup_printf (ngettext ("%u minute", "%u minutes", rest), rest);
  /* TRANSLATORS: hours then minutes: "1 hour 30 minutes" */
  return g_strdup_printf (_("%s %s"), h, m);
}

/* ---- Reminders -------------------------------------------------------------- */

char *
mentor_reminder_key (MentorMeeting *meeting)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  if (mentor_meeting_get_series_id (meeting) != 0 &&
      mentor_meeting_get_recurrence_id (meeting) != NULL)
    return g_strdup_printf ("s%" G_GINT64_FORMAT "/%s@%s",
                            mentor_meeting_get_series_id (meeting),
                            mentor_meeting_get_recurrence_id (meeting),
                            mentor_meeting_get_starts_at (meeting));

  return g_strdup_printf ("m%" G_GINT64_FORMAT "@%s",
                          mentor_meeting_get_id (meeting),
                          mentor_meeting_get_starts_at (meeting));
}

MentorMeeting *
mentor_reminder_next (GListModel  *meetings,
                      const char  *now,
                      guint        lead_minutes,
                      GHashTable  *notified,
                      char       **due_at)
{
  MentorMeeting *best = NULL;
  gint64 best_due = 0;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (meetings), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (due_at != NULL)
    *due_at = NULL;

  if (lead_minutes == 0)
    return NULL;

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *starts_at = mentor_meeting_get_starts_at (meeting);
      g_autofree char *key = NULL;
      gint64 until_start;
      gint64 due;

      if (mentor_meeting_get_status (meeting) != MENTOR_MEETING_SCHEDULED || starts_at == NULL)
        continue;

      /* Started already (so also any under way when Mentor opened). */
      until_start = mentor_instant_diff_seconds (now, starts_at);
      if (until_start <= 0)
        continue;

      key = mentor_reminder_key (meeting);
      if (notified != NULL && g_hash_table_contains (notified, key))
        continue;

      /* Seconds from now until the reminder is due; never in the past. */
      due = MAX (0, until_start - (gint64) lead_minutes * 60);

      if (best == NULL || due < best_due ||
          (due == best_due && g_strcmp0 (starts_at, mentor_meeting_get_starts_at (best)) < 0))
        {
          g_clear_object (&best);
          best = g_steal_pointer (&meeting);
          best_due = due;
        }
    }

  if (best != NULL && due_at != NULL)
    *due_at = mentor_instant_add_seconds (now, best_due);

  return best;
}

char *
mentor_reminder_dup_title (MentorMeeting *meeting,
                           const char    *now)
{
  const char *pair;
  gint64 seconds;
  guint minutes;
  g_autofree char *in = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  seconds = mentor_instant_diff_seconds (now, mentor_meeting_get_starts_at (meeting));
  minutes = (guint) MAX (0, (seconds + 59) / 60);
  pair = mentor_meeting_get_mentorship_title (meeting);
  if (pair == NULL || *pair == '\0')
    pair = _("your mentorship");

  if (minutes == 0)
    /* TRANSLATORS: a reminder: "Check-in with Ana → Ben now" */
    return g_strdup_printf (_("Check-in with %s now"), pair);

  if (minutes >= 60 && minutes % 60 == 0)
    in = g_strdup_printf (ngettext ("in %u hour", "in %u hours", minutes / 60), minutes / 60);
  else
    in = g_strdup_printf (ngettext ("in %u minute", "in %u minutes", minutes), minutes);

  /* TRANSLATORS: a reminder: "Check-in with Ana → Ben in 10 minutes" */
  return g_strdup_printf (_("Check-in with %s %s"), pair, in);
}

char *
mentor_reminder_dup_body (MentorMeeting *meeting,
                          const char    *user_tz)
{
  g_autofree char *range = NULL;
  g_autofree char *how = NULL;

  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), NULL);

  range = mentor_meeting_dup_time_range (meeting, user_tz);
  how = mentor_meeting_dup_how (meeting, MENTOR_N_MODES);

  if (how == NULL)
    return g_steal_pointer (&range);

  return g_strdup_printf ("%s · %s", range, how);
}

/* ---- Instants --------------------------------------------------------------- */

gint64
mentor_instant_diff_seconds (const char *a,
                             const char *b)
{
  g_autoptr(GDateTime) ta = parse_instant (a);
  g_autoptr(GDateTime) tb = parse_instant (b);

  g_return_val_if_fail (ta != NULL && tb != NULL, 0);

  return g_date_time_difference (tb, ta) / G_TIME_SPAN_SECOND;
}

char *
mentor_instant_add_seconds (const char *instant,
                            gint64      seconds)
{
  g_autoptr(GDateTime) when = parse_instant (instant);
  g_autoptr(GDateTime) later = NULL;

  if (when == NULL)
    return NULL;

  later = g_date_time_add_seconds (when, (double) seconds);
  return later != NULL ? g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

char *
mentor_instant_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
