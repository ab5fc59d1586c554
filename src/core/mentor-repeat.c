/* mentor-repeat.c — recurring check-ins as the editor offers them
 * (MentorRepeat ⇄ RRULE, the first day of a series) and rules in words
 *
 * Declared in mentor-recurrence.h; rules are read by the strict reader of
 * mentor-recurrence.c (mentor-recurrence-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "mentor-recurrence-private.h"
#include "mentor-types.h"

/* ---- Rules as the editor offers them ---------------------------------------- */

char *
mentor_repeat_to_rrule (const MentorRepeat  *repeat,
                        const char          *tzid,
                        GError             **error)
{
  g_autoptr(GString) rule = g_string_new (NULL);

  g_return_val_if_fail (repeat != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (repeat->interval < 1 || repeat->interval > 52)
    {
      mentor_recurrence_fail (error, "%s", _("Check-ins repeat every 1 to 52 weeks or months."));
      return NULL;
    }

  switch (repeat->kind)
    {
    case MENTOR_REPEAT_WEEKLY:
      if (repeat->weekdays == 0 || repeat->weekdays > 0x7f)
        {
          mentor_recurrence_fail (error, "%s", _("Choose at least one day of the week."));
          return NULL;
        }
      g_string_append (rule, "FREQ=WEEKLY");
      if (repeat->interval > 1)
        g_string_append_printf (rule, ";INTERVAL=%u", repeat->interval);
      g_string_append (rule, ";BYDAY=");
      for (guint day = 0, n = 0; day < 7; day++)
        {
          if (repeat->weekdays & (1u << day))
            g_string_append_printf (rule, "%s%s", n++ > 0 ? "," : "", mentor_weekday_codes[day]);
        }
      break;

    case MENTOR_REPEAT_MONTHLY_WEEKDAY:
      if (repeat->week_of_month != -1 && (repeat->week_of_month < 1 || repeat->week_of_month > 4))
        {
          mentor_recurrence_fail (error, "%s", _("Choose the first to fourth or the last week of the month."));
          return NULL;
        }
      if (repeat->weekday < G_DATE_MONDAY || repeat->weekday > G_DATE_SUNDAY)
        {
          mentor_recurrence_fail (error, "%s", _("Choose a day of the week."));
          return NULL;
        }
      g_string_append (rule, "FREQ=MONTHLY");
      if (repeat->interval > 1)
        g_string_append_printf (rule, ";INTERVAL=%u", repeat->interval);
      g_string_append_printf (rule, ";BYDAY=%d%s", repeat->week_of_month, mentor_weekday_codes[repeat->weekday - 1]);
      break;

    case MENTOR_REPEAT_MONTHLY_DAY:
      if (repeat->month_day < 1 || repeat->month_day > 31)
        {
          mentor_recurrence_fail (error, "%s", _("Choose a day of the month from 1 to 31."));
          return NULL;
        }
      g_string_append (rule, "FREQ=MONTHLY");
      if (repeat->interval > 1)
        g_string_append_printf (rule, ";INTERVAL=%u", repeat->interval);
      g_string_append_printf (rule, ";BYMONTHDAY=%u", repeat->month_day);
      break;

    default:
      mentor_recurrence_fail (error, "%s", _("Choose how often the check-ins repeat."));
      return NULL;
    }

  if (repeat->count != 0 && repeat->until[0] != '\0')
    {
      mentor_recurrence_fail (error, "%s", _("A series ends either after a number of check-ins or on a date, not both."));
      return NULL;
    }

  if (repeat->count > MENTOR_RECURRENCE_MAX_OCCURRENCES)
    {
      mentor_recurrence_fail (error, _("A series has from 1 to %d check-ins."), MENTOR_RECURRENCE_MAX_OCCURRENCES);
      return NULL;
    }
  if (repeat->count != 0)
    g_string_append_printf (rule, ";COUNT=%u", repeat->count);

  if (repeat->until[0] != '\0')
    {
      g_autoptr(GTimeZone) tz = NULL;
      g_autofree char *ending = NULL;
      char until[sizeof repeat->until];
      gint64 seconds;

      memcpy (until, repeat->until, sizeof until);
      until[sizeof until - 1] = '\0';
      if (!mentor_date_is_valid (until) || atoi (until) < MIN_YEAR ||
          atoi (until) > MAX_YEAR + MENTOR_RECURRENCE_HORIZON_YEARS)
        {
          g_autofree char *shown = g_utf8_make_valid (until, -1);
          mentor_recurrence_fail (error, _("The end of the repeats, “%s”, is not a valid date."), shown);
          return NULL;
        }
      if ((tz = mentor_zone_new (tzid)) == NULL)
        {
          g_autofree char *shown = tzid != NULL ? g_utf8_make_valid (tzid, MIN (strlen (tzid), 64)) : g_strdup ("");
          mentor_recurrence_fail (error, _("“%s” is not a known time zone."), shown);
          return NULL;
        }

      /* UNTIL in UTC at the end of the last local day (ICALENDAR.md). */
      seconds = mentor_civil_seconds (atoi (until), atoi (until + 5), atoi (until + 8), 12, 0, 0);
      ending = mentor_until_end_of_day (tz, seconds);
      g_string_append_printf (rule, ";%s", ending);
    }

  return g_string_free (g_steal_pointer (&rule), FALSE);
}

gboolean
mentor_repeat_from_rrule (const char   *rrule,
                          const char   *tzid,
                          MentorRepeat *out)
{
  g_auto(MentorRule) rule = { 0 };
  g_autoptr(GTimeZone) tz = NULL;
  MentorRepeat repeat = { 0 };
  const char *byday = NULL;
  const char *bymonthday = NULL;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mentor_rule_parse (rrule, &rule, NULL))
    return FALSE;

  repeat.interval = rule.recur.interval > 0 ? (guint) rule.recur.interval : 1;
  if (repeat.interval > 52)
    return FALSE;

  for (guint i = 0; i < rule.parts->len; i++)
    {
      const char *part = g_ptr_array_index (rule.parts, i);

      if (g_ascii_strncasecmp (part, "BYDAY=", 6) == 0)
        byday = part + 6;
      else if (g_ascii_strncasecmp (part, "BYMONTHDAY=", 11) == 0)
        bymonthday = part + 11;
      else if (g_ascii_strncasecmp (part, "WKST=", 5) == 0)
        {
          /* The week starts on Monday in the editor's rules: only then does
           * "every 2 weeks on Monday and Sunday" mean the same. */
          if (g_ascii_strcasecmp (part + 5, "MO") != 0)
            return FALSE;
        }
      else if (g_ascii_strncasecmp (part, "FREQ=", 5) != 0 && g_ascii_strncasecmp (part, "INTERVAL=", 9) != 0 &&
               g_ascii_strncasecmp (part, "COUNT=", 6) != 0 && g_ascii_strncasecmp (part, "UNTIL=", 6) != 0)
        return FALSE;
    }

  if (rule.recur.freq == ICAL_WEEKLY_RECURRENCE && byday != NULL && bymonthday == NULL)
    {
      g_auto(GStrv) days = g_strsplit (byday, ",", -1);

      repeat.kind = MENTOR_REPEAT_WEEKLY;
      for (guint i = 0; days[i] != NULL; i++)
        {
          int day = mentor_weekday_index (days[i]);

          if (strlen (days[i]) != 2 || day < 0)
            return FALSE;
          repeat.weekdays |= 1u << day;
        }
    }
  else if (rule.recur.freq == ICAL_MONTHLY_RECURRENCE && byday != NULL && bymonthday == NULL)
    {
      size_t len = strlen (byday);
      g_autofree char *position = NULL;
      int pos;

      if (strchr (byday, ',') != NULL || len < 3)
        return FALSE;
      position = g_strndup (byday, len - 2);
      if (!mentor_recurrence_parse_int (position, TRUE, -1, 4, &pos) || pos == 0)
        return FALSE;

      repeat.kind = MENTOR_REPEAT_MONTHLY_WEEKDAY;
      repeat.week_of_month = pos;
      repeat.weekday = (GDateWeekday) (mentor_weekday_index (byday + len - 2) + 1);
    }
  else if (rule.recur.freq == ICAL_MONTHLY_RECURRENCE && bymonthday != NULL && byday == NULL)
    {
      int day;

      if (!mentor_recurrence_parse_int (bymonthday, FALSE, 1, 31, &day))
        return FALSE;
      repeat.kind = MENTOR_REPEAT_MONTHLY_DAY;
      repeat.month_day = (guint) day;
    }
  else
    return FALSE;

  repeat.count = rule.count;
  if (rule.until_kind != UNTIL_NONE)
    {
      gint64 local = rule.until;
      int y, m, d, hh, mm, ss;

      if (rule.until_kind == UNTIL_UTC)
        {
          if ((tz = mentor_zone_new (tzid)) == NULL)
            return FALSE;
          local = mentor_utc_to_local (tz, rule.until);
        }
      mentor_seconds_to_fields (local, &y, &m, &d, &hh, &mm, &ss);
      g_snprintf (repeat.until, sizeof repeat.until, "%04d-%02d-%02d", y, m, d);
    }

  *out = repeat;
  return TRUE;
}

/* The day of the month of the n-th (1..4, -1 for the last) weekday, or 0. */
static guint
nth_weekday_of_month (int          year,
                      int          month,
                      int          n,
                      GDateWeekday weekday)
{
  guint days = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
  GDate first;
  int first_weekday, day;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (GDateMonth) month, (GDateYear) year);
  first_weekday = g_date_get_weekday (&first);

  if (n > 0)
    day = 1 + ((int) weekday - first_weekday + 7) % 7 + (n - 1) * 7;
  else
    {
      int last_weekday = (first_weekday - 1 + (int) days - 1) % 7 + 1;

      day = (int) days - (last_weekday - (int) weekday + 7) % 7;
    }

  return day >= 1 && day <= (int) days ? (guint) day : 0;
}

char *
mentor_repeat_first_day (const MentorRepeat *repeat,
                         const char         *from)
{
  GDate date;
  int y, m, d;

  g_return_val_if_fail (repeat != NULL, NULL);

  if (!mentor_date_is_valid (from))
    return NULL;

  y = atoi (from);
  m = atoi (from + 5);
  d = atoi (from + 8);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  switch (repeat->kind)
    {
    case MENTOR_REPEAT_WEEKLY:
      if (repeat->weekdays == 0 || repeat->weekdays > 0x7f)
        return NULL;
      while (!(repeat->weekdays & (1u << (g_date_get_weekday (&date) - 1))))
        g_date_add_days (&date, 1);
      break;

    case MENTOR_REPEAT_MONTHLY_WEEKDAY:
      if ((repeat->week_of_month != -1 && (repeat->week_of_month < 1 || repeat->week_of_month > 4)) ||
          repeat->weekday < G_DATE_MONDAY || repeat->weekday > G_DATE_SUNDAY)
        return NULL;
      for (;;)
        {
          guint day = nth_weekday_of_month (y, m, repeat->week_of_month, repeat->weekday);

          if (day >= (guint) d)
            {
              g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) m, (GDateYear) y);
              break;
            }
          d = 1;
          if (++m > 12)
            m = 1, y++;
        }
      break;

    case MENTOR_REPEAT_MONTHLY_DAY:
      if (repeat->month_day < 1 || repeat->month_day > 31)
        return NULL;
      /* A day 31 skips the months that have none, as the rule does. */
      while (repeat->month_day < (guint) d ||
             repeat->month_day > g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y))
        {
          d = 1;
          if (++m > 12)
            m = 1, y++;
        }
      g_date_set_dmy (&date, (GDateDay) repeat->month_day, (GDateMonth) m, (GDateYear) y);
      break;

    default:
      return NULL;
    }

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* ---- Describing ------------------------------------------------------------------ */

static const char *
weekday_name (int day)
{
  static const char * const names[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
    N_("Friday"), N_("Saturday"), N_("Sunday"),
  };

  return _(names[day]);
}

static const char *
ordinal_name (int n)
{
  switch (n)
    {
    /* TRANSLATORS: "on the first Tuesday" of a month */
    case 1: return C_("week of month", "first");
    case 2: return C_("week of month", "second");
    case 3: return C_("week of month", "third");
    case 4: return C_("week of month", "fourth");
    case -1: return C_("week of month", "last");
    default: return "";
    }
}

/* "Monday", "Monday and Thursday", "Monday, Wednesday and Friday". */
static char *
weekday_list (guint mask)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (int day = 0; day < 7; day++)
    {
      if (mask & (1u << day))
        g_ptr_array_add (names, (gpointer) weekday_name (day));
    }

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i == names->len - 1)
        /* TRANSLATORS: between the last two days of a list, "Monday and Friday" */
        g_string_append (out, _(" and "));
      else if (i > 0)
        g_string_append (out, _(", "));
      g_string_append (out, g_ptr_array_index (names, i));
    }

  return g_string_free (out, FALSE);
}

static char *
describe_editor_rule (const MentorRepeat *repeat,
                      const char         *time)
{
  guint n = repeat->interval;

  switch (repeat->kind)
    {
    case MENTOR_REPEAT_WEEKLY:
      {
        g_autofree char *days = NULL;

        if (repeat->weekdays == 0x1f)
          /* TRANSLATORS: %s is a time, "09:00" */
          return n == 1 ? g_strdup_printf (_("Every weekday at %s"), time)
                        /* TRANSLATORS: %u is a number of weeks, %s a time */
                        : g_strdup_printf (ngettext ("Every %u week on weekdays at %s",
                                                     "Every %u weeks on weekdays at %s", n), n, time);

        days = weekday_list (repeat->weekdays);
        /* TRANSLATORS: "Weekly on Tuesday at 09:00" */
        return n == 1 ? g_strdup_printf (_("Weekly on %s at %s"), days, time)
                      /* TRANSLATORS: "Every 2 weeks on Tuesday at 09:00" */
                      : g_strdup_printf (ngettext ("Every %u week on %s at %s",
                                                   "Every %u weeks on %s at %s", n), n, days, time);
      }

    case MENTOR_REPEAT_MONTHLY_WEEKDAY:
      {
        const char *which = ordinal_name (repeat->week_of_month);
        const char *day = weekday_name (repeat->weekday - 1);

        /* TRANSLATORS: "Monthly on the second Tuesday at 17:30" */
        return n == 1 ? g_strdup_printf (_("Monthly on the %s %s at %s"), which, day, time)
                      /* TRANSLATORS: "Every 3 months on the second Tuesday at 17:30" */
                      : g_strdup_printf (ngettext ("Every %u month on the %s %s at %s",
                                                   "Every %u months on the %s %s at %s", n),
                                         n, which, day, time);
      }

    case MENTOR_REPEAT_MONTHLY_DAY:
    default:
      /* TRANSLATORS: "Monthly on day 15 at 09:00" */
      return n == 1 ? g_strdup_printf (_("Monthly on day %u at %s"), repeat->month_day, time)
                    /* TRANSLATORS: "Every 2 months on day 15 at 09:00" */
                    : g_strdup_printf (ngettext ("Every %u month on day %u at %s",
                                                 "Every %u months on day %u at %s", n),
                                       n, repeat->month_day, time);
    }
}

static char *
describe_other_rule (MentorRule       *rule,
                     const char *time)
{
  guint n = rule->recur.interval > 0 ? (guint) rule->recur.interval : 1;

  switch (rule->recur.freq)
    {
    case ICAL_DAILY_RECURRENCE:
      return n == 1 ? g_strdup_printf (_("Daily at %s"), time)
                    : g_strdup_printf (ngettext ("Every %u day at %s", "Every %u days at %s", n), n, time);
    case ICAL_WEEKLY_RECURRENCE:
      return n == 1 ? g_strdup_printf (_("Weekly at %s"), time)
                    : g_strdup_printf (ngettext ("Every %u week at %s", "Every %u weeks at %s", n), n, time);
    case ICAL_MONTHLY_RECURRENCE:
      return n == 1 ? g_strdup_printf (_("Monthly at %s"), time)
                    : g_strdup_printf (ngettext ("Every %u month at %s", "Every %u months at %s", n), n, time);
    case ICAL_YEARLY_RECURRENCE:
    default:
      return n == 1 ? g_strdup_printf (_("Yearly at %s"), time)
                    : g_strdup_printf (ngettext ("Every %u year at %s", "Every %u years at %s", n), n, time);
    }
}

char *
mentor_recurrence_describe (const char *dtstart,
                            const char *tzid,
                            const char *rrule)
{
  g_auto(MentorRule) rule = { 0 };
  g_autofree char *time = NULL;
  g_autofree char *base = NULL;
  MentorRepeat repeat;

  if (!mentor_local_time_is_valid (dtstart) || !mentor_rule_parse (rrule, &rule, NULL))
    return g_strdup (_("Repeats by a rule Mentor cannot show"));

  time = g_strndup (dtstart + 11, 5);
  if (mentor_repeat_from_rrule (rrule, tzid, &repeat))
    base = describe_editor_rule (&repeat, time);
  else
    base = describe_other_rule (&rule, time);

  if (rule.count != 0)
    /* TRANSLATORS: "Monthly on the second Tuesday at 17:30, 6 times" */
    return g_strdup_printf (ngettext ("%s, %u time", "%s, %u times", rule.count), base, rule.count);

  if (rule.until_kind != UNTIL_NONE)
    {
      g_autoptr(GTimeZone) tz = mentor_zone_new (tzid);
      g_autofree char *day = NULL;
      g_autofree char *label = NULL;
      gint64 local = rule.until;

      if (rule.until_kind == UNTIL_UTC && tz != NULL)
        local = mentor_utc_to_local (tz, rule.until);
      day = mentor_format_local (local);
      day[10] = '\0';
      label = mentor_date_to_label (day);
      /* TRANSLATORS: "Every 2 weeks on Tuesday at 09:00 until 30 Jun 2027" */
      return g_strdup_printf (_("%s until %s"), base, label);
    }

  return g_steal_pointer (&base);
}
