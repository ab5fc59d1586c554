/* mentor-recurrence.c — recurring check-ins: rules, expansion, time zones
 *
 * libical's icalrecur_iterator walks the rule over FLOATING local times (no
 * zone); each local start is then turned into a UTC instant with GLib's
 * GTimeZone (the system tzdata). That keeps a 09:00 check-in at 09:00 across
 * daylight-saving changes, and keeps libical's own zone code (and the
 * out-of-bounds read Debian's 3.0.16 has in it, ICALENDAR.md) out of the way.
 *
 * libical accepts too much and says too little: an unknown part makes the
 * whole rule ICAL_NO_RECURRENCE, an empty part silently drops the rest,
 * "BYDAY=9TU" or an UNTIL in month 14 pass. So every rule is first read here,
 * part by part, strictly; only a rule that passes reaches libical. UNTIL and
 * COUNT are applied here too: libical compares a UTC UNTIL with floating
 * times as if they were UTC, which would be off by the zone's offset.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "mentor-recurrence-private.h"
#include "mentor-store.h"
#include "mentor-types.h"

#define MAX_RULE_LENGTH 512
#define DAY_SECONDS ((gint64) 24 * 60 * 60)

/* ---- Civil time as seconds ------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil): no allocation, exact for every year Mentor allows. */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, doe, yoe, doy, mp, y;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (y + (*month <= 2));
}

/* Seconds of a wall time counted as if it were UTC. */
gint64
mentor_civil_seconds (int y, int m, int d, int hh, int mm, int ss)
{
  return days_from_civil (y, m, d) * DAY_SECONDS + hh * 3600 + mm * 60 + ss;
}

void
mentor_seconds_to_fields (gint64  seconds,
                   int    *y, int *m, int *d,
                   int    *hh, int *mm, int *ss)
{
  gint64 days = seconds >= 0 ? seconds / DAY_SECONDS : -((-seconds + DAY_SECONDS - 1) / DAY_SECONDS);
  gint64 rest = seconds - days * DAY_SECONDS;

  civil_from_days (days, y, m, d);
  *hh = (int) (rest / 3600);
  *mm = (int) (rest % 3600 / 60);
  *ss = (int) (rest % 60);
}

char *
mentor_format_local (gint64 seconds)
{
  int y, m, d, hh, mm, ss;

  mentor_seconds_to_fields (seconds, &y, &m, &d, &hh, &mm, &ss);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
}

static char *
format_instant (gint64 seconds)
{
  int y, m, d, hh, mm, ss;

  mentor_seconds_to_fields (seconds, &y, &m, &d, &hh, &mm, &ss);
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, hh, mm, ss);
}

/* "YYYY-MM-DDTHH:MM:SS" (local) or the same with "Z" (instant), strictly
 * checked by mentor-types. */
static gboolean
parse_local (const char *text,
             gint64     *seconds)
{
  if (!mentor_local_time_is_valid (text))
    return FALSE;

  *seconds = mentor_civil_seconds (atoi (text), atoi (text + 5), atoi (text + 8),
                            atoi (text + 11), atoi (text + 14), atoi (text + 17));
  return TRUE;
}

static gboolean
parse_instant (const char *text,
               gint64     *seconds)
{
  char local[20];

  if (!mentor_instant_is_valid (text))
    return FALSE;

  memcpy (local, text, 19);
  local[19] = '\0';
  return parse_local (local, seconds);
}

static int
year_of (gint64 seconds)
{
  int y, m, d, hh, mm, ss;

  mentor_seconds_to_fields (seconds, &y, &m, &d, &hh, &mm, &ss);
  return y;
}

static struct icaltimetype
seconds_to_ical (gint64 seconds)
{
  struct icaltimetype t = icaltime_null_time ();

  mentor_seconds_to_fields (seconds, &t.year, &t.month, &t.day, &t.hour, &t.minute, &t.second);
  t.is_date = 0;
  t.zone = NULL;
  return t;
}

static gint64
ical_to_seconds (struct icaltimetype t)
{
  return mentor_civil_seconds (t.year, t.month, t.day, t.hour, t.minute, t.second);
}

/* ---- Time zones -------------------------------------------------------------- */

/* GLib forgets a zone when its last reference goes, so each expansion would
 * read and parse the tzfile again (twice, with the name check): that was most
 * of the time of a month's query. Zones are few; keep each one read. */
G_LOCK_DEFINE_STATIC (zones);
static GHashTable *zones;

GTimeZone *
mentor_zone_new (const char *tzid)
{
  GTimeZone *tz = NULL;

  if (tzid == NULL)
    return NULL;

  G_LOCK (zones);
  if (zones == NULL)
    zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_time_zone_unref);
  tz = g_hash_table_lookup (zones, tzid);
  if (tz == NULL && mentor_timezone_is_valid (tzid))
    {
      tz = g_time_zone_new_identifier (tzid);
      if (tz != NULL)
        g_hash_table_insert (zones, g_strdup (tzid), tz);
    }
  if (tz != NULL)
    g_time_zone_ref (tz);
  G_UNLOCK (zones);

  return tz;
}

static gint64
offset_at (GTimeZone *tz,
           gint64     utc)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, utc);

  return interval < 0 ? 0 : g_time_zone_get_offset (tz, interval);
}

/* RFC 5545 3.3.5: a wall time that happens twice takes the first instant; one
 * skipped by a change is read with the offset before the gap, which moves it
 * forward by the gap (02:30 on a spring-forward night becomes 03:30). The
 * offsets a day before and after bracket any real change. */
static gint64
local_to_utc (GTimeZone *tz,
              gint64     local)
{
  gint64 before = offset_at (tz, local - DAY_SECONDS);
  gint64 after = offset_at (tz, local + DAY_SECONDS);
  gint64 a = local - before;
  gint64 b = local - after;
  gboolean a_ok = a + offset_at (tz, a) == local;
  gboolean b_ok = b + offset_at (tz, b) == local;

  if (a_ok && b_ok)
    return MIN (a, b);
  if (a_ok)
    return a;
  if (b_ok)
    return b;

  return a;
}

gint64
mentor_utc_to_local (GTimeZone *tz,
              gint64     utc)
{
  return utc + offset_at (tz, utc);
}

char *
mentor_local_to_instant (const char *local,
                         const char *tzid)
{
  g_autoptr(GTimeZone) tz = NULL;
  gint64 seconds;

  if (!parse_local (local, &seconds) || (tz = mentor_zone_new (tzid)) == NULL)
    return NULL;

  return format_instant (local_to_utc (tz, seconds));
}

char *
mentor_instant_to_local (const char *instant,
                         const char *tzid)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree char *own = NULL;
  gint64 seconds;

  if (!parse_instant (instant, &seconds))
    return NULL;

  if (tzid == NULL)
    tzid = own = mentor_user_timezone ();
  if ((tz = mentor_zone_new (tzid)) == NULL)
    return NULL;

  return mentor_format_local (mentor_utc_to_local (tz, seconds));
}

char *
mentor_user_timezone (void)
{
  const char *tz = g_getenv ("TZ");
  g_autofree char *link = NULL;
  g_autofree char *contents = NULL;

  if (tz != NULL && *tz == ':')
    tz++;
  if (tz != NULL && mentor_timezone_is_valid (tz))
    return g_strdup (tz);

  /* /etc/localtime is a link into the zoneinfo folder on Debian and most
   * others; /etc/timezone names it on older systems. */
  link = g_file_read_link ("/etc/localtime", NULL);
  if (link != NULL)
    {
      const char *name = strstr (link, "zoneinfo/");

      if (name != NULL && mentor_timezone_is_valid (name + strlen ("zoneinfo/")))
        return g_strdup (name + strlen ("zoneinfo/"));
    }

  if (g_file_get_contents ("/etc/timezone", &contents, NULL, NULL))
    {
      g_strstrip (contents);
      if (mentor_timezone_is_valid (contents))
        return g_strdup (contents);
    }

  return g_strdup ("UTC");
}

/* ---- Reading a rule strictly ----------------------------------------------- */


void
mentor_rule_clear (MentorRule *rule)
{
  g_clear_pointer (&rule->parts, g_ptr_array_unref);
}


const char * const mentor_weekday_codes[7] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

gboolean
mentor_recurrence_fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID, message);
  g_free (message);
  return FALSE;
}

static gboolean
fail_rule (const char  *rrule,
           GError     **error)
{
  g_autofree char *shown = g_utf8_make_valid (rrule, MIN (strlen (rrule), 80));

  return mentor_recurrence_fail (error, _("“%s” is not a repeat rule Mentor understands."), shown);
}

/* A whole number from text, optionally signed, within [min, max]. */
gboolean
mentor_recurrence_parse_int (const char *text,
           gboolean    signed_ok,
           int         min,
           int         max,
           int        *out)
{
  const char *p = text;
  gint64 value = 0;
  int sign = 1;

  if (signed_ok && (*p == '+' || *p == '-'))
    sign = *p++ == '-' ? -1 : 1;
  if (*p == '\0' || strlen (p) > 9)
    return FALSE;
  for (; *p; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (*p - '0');
    }

  value *= sign;
  if (value < min || value > max)
    return FALSE;

  *out = (int) value;
  return TRUE;
}

/* Each value of a comma list as a number in [-max, -1] ∪ [1, max] (or
 * [min, max] when unsigned); at most `limit` values. */
static gboolean
check_number_list (const char *value,
                   gboolean    signed_ok,
                   int         min,
                   int         max,
                   guint       limit)
{
  g_auto(GStrv) items = g_strsplit (value, ",", -1);

  if (g_strv_length (items) == 0 || g_strv_length (items) > limit)
    return FALSE;

  for (guint i = 0; items[i] != NULL; i++)
    {
      int n;

      if (!mentor_recurrence_parse_int (items[i], signed_ok, signed_ok ? -max : min, max, &n) || (signed_ok && n == 0))
        return FALSE;
    }

  return TRUE;
}

int
mentor_weekday_index (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (mentor_weekday_codes); i++)
    {
      if (g_ascii_strcasecmp (code, mentor_weekday_codes[i]) == 0)
        return (int) i;
    }

  return -1;
}

/* BYDAY: "TU", "2TU", "-1FR"; positions only where the frequency gives them a
 * meaning (1..5 in a month, 1..53 in a year). */
static gboolean
check_byday (const char                   *value,
             icalrecurrencetype_frequency  freq)
{
  g_auto(GStrv) items = g_strsplit (value, ",", -1);
  guint n = g_strv_length (items);

  if (n == 0 || n > 7 * 53)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      size_t len = strlen (items[i]);
      g_autofree char *position = NULL;
      int pos;

      if (len < 2 || mentor_weekday_index (items[i] + len - 2) < 0)
        return FALSE;
      if (len == 2)
        continue;

      position = g_strndup (items[i], len - 2);
      if (freq == ICAL_MONTHLY_RECURRENCE)
        {
          if (!mentor_recurrence_parse_int (position, TRUE, -5, 5, &pos) || pos == 0)
            return FALSE;
        }
      else if (freq == ICAL_YEARLY_RECURRENCE)
        {
          if (!mentor_recurrence_parse_int (position, TRUE, -53, 53, &pos) || pos == 0)
            return FALSE;
        }
      else
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_until (const char *value,
             MentorRule       *rule)
{
  size_t len = strlen (value);
  int y, m, d, hh = 23, mm = 59, ss = 59;

  if (len != 8 && len != 15 && len != 16)
    return FALSE;
  for (size_t i = 0; i < len; i++)
    {
      if (i == 8 ? value[i] != 'T' : i == 15 ? value[i] != 'Z' : !g_ascii_isdigit (value[i]))
        return FALSE;
    }

  y = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
  m = (value[4] - '0') * 10 + (value[5] - '0');
  d = (value[6] - '0') * 10 + (value[7] - '0');
  if (len > 8)
    {
      hh = (value[9] - '0') * 10 + (value[10] - '0');
      mm = (value[11] - '0') * 10 + (value[12] - '0');
      ss = (value[13] - '0') * 10 + (value[14] - '0');
    }

  /* libical lets month 14 through; a time past 23:59:59 is no time. */
  if (y < MIN_YEAR || y > MAX_YEAR + MENTOR_RECURRENCE_HORIZON_YEARS ||
      m < 1 || m > 12 || d < 1 || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y) ||
      hh > 23 || mm > 59 || ss > 59)
    return FALSE;

  rule->until = mentor_civil_seconds (y, m, d, hh, mm, ss);
  rule->until_kind = len == 8 ? UNTIL_DATE : len == 15 ? UNTIL_FLOATING : UNTIL_UTC;
  return TRUE;
}

gboolean
mentor_rule_parse (const char  *rrule,
            MentorRule        *rule,
            GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GString) for_libical = NULL;
  const char *freq = NULL;

  memset (rule, 0, sizeof *rule);

  if (rrule == NULL || *rrule == '\0')
    return mentor_recurrence_fail (error, "%s", _("Choose how often the check-ins repeat."));
  if (strlen (rrule) > MAX_RULE_LENGTH || !g_str_is_ascii (rrule))
    return fail_rule (rrule, error);

  rule->parts = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for_libical = g_string_new (NULL);
  parts = g_strsplit (rrule, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *eq = strchr (parts[i], '=');
      g_autofree char *name = NULL;
      const char *value;

      if (eq == NULL || eq == parts[i] || eq[1] == '\0')
        return fail_rule (rrule, error);

      name = g_ascii_strup (parts[i], eq - parts[i]);
      value = eq + 1;
      if (g_hash_table_contains (seen, name))
        return fail_rule (rrule, error);
      g_hash_table_add (seen, g_strdup (name));
      g_ptr_array_add (rule->parts, g_strdup (parts[i]));

      if (g_str_equal (name, "FREQ"))
        {
          if (g_ascii_strcasecmp (value, "SECONDLY") == 0 || g_ascii_strcasecmp (value, "MINUTELY") == 0 ||
              g_ascii_strcasecmp (value, "HOURLY") == 0)
            return mentor_recurrence_fail (error, "%s", _("Check-ins can repeat at most once a day."));
          if (g_ascii_strcasecmp (value, "DAILY") != 0 && g_ascii_strcasecmp (value, "WEEKLY") != 0 &&
              g_ascii_strcasecmp (value, "MONTHLY") != 0 && g_ascii_strcasecmp (value, "YEARLY") != 0)
            return fail_rule (rrule, error);
          freq = value;
        }
      else if (g_str_equal (name, "INTERVAL"))
        {
          int n;

          if (!mentor_recurrence_parse_int (value, FALSE, 1, 366, &n))
            return mentor_recurrence_fail (error, "%s", _("Check-ins repeat every 1 to 366 days, weeks, months or years."));
        }
      else if (g_str_equal (name, "COUNT"))
        {
          int n;

          if (!mentor_recurrence_parse_int (value, FALSE, 1, MENTOR_RECURRENCE_MAX_OCCURRENCES, &n))
            return mentor_recurrence_fail (error, _("A series has from 1 to %d check-ins."), MENTOR_RECURRENCE_MAX_OCCURRENCES);
          rule->count = (guint) n;
          /* Applied here, not by libical. */
          continue;
        }
      else if (g_str_equal (name, "UNTIL"))
        {
          if (!parse_until (value, rule))
            {
              g_autofree char *shown = g_utf8_make_valid (value, MIN (strlen (value), 40));
              return mentor_recurrence_fail (error, _("The end of the repeats, “%s”, is not a valid date."), shown);
            }
          continue;
        }
      else if (g_str_equal (name, "WKST"))
        {
          if (mentor_weekday_index (value) < 0)
            return fail_rule (rrule, error);
        }
      else if (g_str_equal (name, "BYDAY"))
        {
          /* Checked once FREQ is known, below. */
        }
      else if (g_str_equal (name, "BYMONTHDAY"))
        {
          if (!check_number_list (value, TRUE, 1, 31, 31))
            return fail_rule (rrule, error);
        }
      else if (g_str_equal (name, "BYMONTH"))
        {
          if (!check_number_list (value, FALSE, 1, 12, 12))
            return fail_rule (rrule, error);
        }
      else if (g_str_equal (name, "BYYEARDAY") || g_str_equal (name, "BYSETPOS"))
        {
          if (!check_number_list (value, TRUE, 1, 366, 366))
            return fail_rule (rrule, error);
        }
      else if (g_str_equal (name, "BYWEEKNO"))
        {
          if (!check_number_list (value, TRUE, 1, 53, 53))
            return fail_rule (rrule, error);
        }
      else if (g_str_equal (name, "BYHOUR") || g_str_equal (name, "BYMINUTE") || g_str_equal (name, "BYSECOND"))
        {
          int n;

          /* One value: still once a day. A list would repeat within a day. */
          if (strchr (value, ',') != NULL)
            return mentor_recurrence_fail (error, "%s", _("Check-ins can repeat at most once a day."));
          if (!mentor_recurrence_parse_int (value, FALSE, 0, g_str_equal (name, "BYHOUR") ? 23 : 59, &n))
            return fail_rule (rrule, error);
        }
      else
        return fail_rule (rrule, error);

      if (for_libical->len > 0)
        g_string_append_c (for_libical, ';');
      g_string_append (for_libical, parts[i]);
    }

  if (freq == NULL)
    return fail_rule (rrule, error);
  if (rule->count != 0 && rule->until_kind != UNTIL_NONE)
    return mentor_recurrence_fail (error, "%s", _("A series ends either after a number of check-ins or on a date, not both."));

  icalerror_clear_errno ();
  rule->recur = icalrecurrencetype_from_string (for_libical->str);
  if (icalerrno != ICAL_NO_ERROR || rule->recur.freq == ICAL_NO_RECURRENCE ||
      rule->recur.freq < ICAL_DAILY_RECURRENCE || rule->recur.rscale != NULL)
    {
      icalerror_clear_errno ();
      icalrecurrencetype_clear (&rule->recur);
      return fail_rule (rrule, error);
    }

  if (g_hash_table_contains (seen, "BYDAY"))
    {
      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (g_ascii_strncasecmp (parts[i], "BYDAY=", 6) == 0 && !check_byday (parts[i] + 6, rule->recur.freq))
            return fail_rule (rrule, error);
        }
    }

  return TRUE;
}

/* ---- Checking ------------------------------------------------------------------ */

typedef struct {
  MentorRule       rule;
  GTimeZone *tz;
  gint64     dtstart;   /* local seconds */
} Series;

static void
series_clear (Series *series)
{
  mentor_rule_clear (&series->rule);
  g_clear_pointer (&series->tz, g_time_zone_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Series, series_clear)

/* The local start after which a rule that does not end itself ends. */
static gint64
horizon_of (gint64 dtstart)
{
  int y, m, d, hh, mm, ss;

  mentor_seconds_to_fields (dtstart, &y, &m, &d, &hh, &mm, &ss);
  y += MENTOR_RECURRENCE_HORIZON_YEARS;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    d = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);

  return mentor_civil_seconds (y, m, d, hh, mm, ss);
}

static gboolean
until_passed (Series *series,
              gint64  local,
              gint64  utc)
{
  switch (series->rule.until_kind)
    {
    case UNTIL_DATE:
    case UNTIL_FLOATING:
      return local > series->rule.until;
    case UNTIL_UTC:
      return utc > series->rule.until;
    case UNTIL_NONE:
    default:
      return FALSE;
    }
}

/* A new iterator over floating times, bounded at `bound` (local). */
static icalrecur_iterator *
iterator_new (Series *series,
              gint64  first,
              gint64  bound)
{
  struct icalrecurrencetype recur = series->rule.recur;

  recur.count = 0;
  recur.until = seconds_to_ical (bound);
  return icalrecur_iterator_new (recur, seconds_to_ical (first));
}

/* A start for the iterator close before `start` that yields the same
 * occurrences from there on as DTSTART would: DTSTART moved on by whole
 * periods of the rule (INTERVAL days or weeks), or the first day of the
 * month a whole number of INTERVAL months later for a monthly rule that
 * names its days. Only for rules whose phase those periods keep (no COUNT,
 * no BYSETPOS, BYWEEKNO, BYYEARDAY, BYMONTH or times of day); FALSE for the
 * others. libical's own icalrecur_iterator_set_start() is correct but, in
 * 3.0.16, walks from DTSTART inside its first step: half the time of a full
 * walk, measured; this is one step. */
static gboolean
skip_ahead (Series *series,
            gint64  start,
            gint64 *first)
{
  MentorRule *rule = &series->rule;
  gint64 interval = MAX (rule->recur.interval, 1);
  gboolean byday = FALSE, bymonthday = FALSE;
  int y, m, d, hh, mm, ss, sy, sm, sd, shh, smm, sss;
  gint64 k;

  if (rule->count != 0 || start <= series->dtstart)
    return FALSE;

  for (guint i = 0; i < rule->parts->len; i++)
    {
      const char *part = g_ptr_array_index (rule->parts, i);

      if (g_ascii_strncasecmp (part, "BYDAY=", 6) == 0)
        byday = TRUE;
      else if (g_ascii_strncasecmp (part, "BYMONTHDAY=", 11) == 0)
        bymonthday = TRUE;
      else if (g_ascii_strncasecmp (part, "FREQ=", 5) != 0 && g_ascii_strncasecmp (part, "INTERVAL=", 9) != 0 &&
               g_ascii_strncasecmp (part, "UNTIL=", 6) != 0 && g_ascii_strncasecmp (part, "WKST=", 5) != 0)
        return FALSE;
    }

  switch (rule->recur.freq)
    {
    case ICAL_DAILY_RECURRENCE:
      if (byday || bymonthday)
        return FALSE;
      k = (start - series->dtstart) / (interval * DAY_SECONDS);
      *first = series->dtstart + k * interval * DAY_SECONDS;
      return k > 0;

    case ICAL_WEEKLY_RECURRENCE:
      /* Whole weeks keep the weekday and the week's phase, whatever WKST. */
      if (bymonthday)
        return FALSE;
      k = (start - series->dtstart) / (interval * 7 * DAY_SECONDS);
      *first = series->dtstart + k * interval * 7 * DAY_SECONDS;
      return k > 0;

    case ICAL_MONTHLY_RECURRENCE:
      /* Without BYDAY or BYMONTHDAY the day comes from DTSTART itself. */
      if (byday == bymonthday)
        return FALSE;
      mentor_seconds_to_fields (series->dtstart, &y, &m, &d, &hh, &mm, &ss);
      mentor_seconds_to_fields (start, &sy, &sm, &sd, &shh, &smm, &sss);
      k = ((gint64) (sy - y) * 12 + (sm - m)) / interval;
      if (k <= 0)
        return FALSE;
      m += (int) (k * interval) - 1;
      *first = mentor_civil_seconds (y + m / 12, m % 12 + 1, 1, hh, mm, ss);
      return TRUE;

    case ICAL_NO_RECURRENCE:
    case ICAL_SECONDLY_RECURRENCE:
    case ICAL_MINUTELY_RECURRENCE:
    case ICAL_HOURLY_RECURRENCE:
    case ICAL_YEARLY_RECURRENCE:
    default:
      return FALSE;
    }
}

static gboolean
series_init (Series      *series,
             const char  *dtstart,
             const char  *tzid,
             const char  *rrule,
             GError     **error)
{
  icalrecur_iterator *it;
  struct icaltimetype first;
  gboolean first_is_start;

  memset (series, 0, sizeof *series);

  if (!parse_local (dtstart, &series->dtstart))
    {
      g_autofree char *shown = dtstart != NULL ? g_utf8_make_valid (dtstart, MIN (strlen (dtstart), 40)) : g_strdup ("");
      return mentor_recurrence_fail (error, _("The first check-in, “%s”, is not a valid date and time."), shown);
    }
  if (year_of (series->dtstart) < MIN_YEAR || year_of (series->dtstart) > MAX_YEAR)
    return mentor_recurrence_fail (error, _("Check-ins can be planned between the years %d and %d."), MIN_YEAR, MAX_YEAR);

  if ((series->tz = mentor_zone_new (tzid)) == NULL)
    {
      g_autofree char *shown = tzid != NULL ? g_utf8_make_valid (tzid, MIN (strlen (tzid), 64)) : g_strdup ("");
      return mentor_recurrence_fail (error, _("“%s” is not a known time zone."), shown);
    }

  if (!mentor_rule_parse (rrule, &series->rule, error))
    return FALSE;

  if (until_passed (series, series->dtstart, local_to_utc (series->tz, series->dtstart)))
    return mentor_recurrence_fail (error, "%s", _("The repeats end before the first check-in."));

  /* DTSTART must itself be an occurrence (ICALENDAR.md): otherwise libical,
   * ical.js and Python expand different sets. Bounded at DTSTART, the
   * iterator answers at once. */
  it = iterator_new (series, series->dtstart, series->dtstart);
  if (it == NULL)
    return fail_rule (rrule, error);
  first = icalrecur_iterator_next (it);
  first_is_start = !icaltime_is_null_time (first) && ical_to_seconds (first) == series->dtstart;
  icalrecur_iterator_free (it);

  if (!first_is_start)
    {
      g_autofree char *day = g_strndup (dtstart, 10);
      g_autofree char *label = mentor_date_to_label (day);

      return mentor_recurrence_fail (error, _("The first check-in, %s, is not on a day the check-ins repeat on."), label);
    }

  return TRUE;
}

gboolean
mentor_recurrence_check (const char  *dtstart,
                         const char  *tzid,
                         const char  *rrule,
                         GError     **error)
{
  g_auto(Series) series = { 0 };

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return series_init (&series, dtstart, tzid, rrule, error);
}

/* ---- Expanding --------------------------------------------------------------- */

typedef gboolean (*OccurrenceFunc) (gint64   local,
                                    gint64   utc,
                                    gpointer user_data);

/* Calls func for each occurrence starting in [from, to) (UTC seconds) in
 * order, until it returns FALSE. Walks from DTSTART only when COUNT needs
 * the occurrences before `from` counted; otherwise the iterator starts a day
 * (in local time) before `from`. */
static void
series_walk (Series         *series,
             gint64          from,
             gint64          to,
             OccurrenceFunc  func,
             gpointer        user_data)
{
  gint64 horizon = horizon_of (series->dtstart);
  gint64 bound = horizon - 1;
  gint64 start = mentor_utc_to_local (series->tz, from) - DAY_SECONDS;
  gint64 first = series->dtstart;
  gboolean skipped;
  icalrecur_iterator *it;
  guint seen = 0;

  /* A loose local bound so libical stops scanning; the exact end is
   * until_passed() on each occurrence. */
  if (series->rule.until_kind == UNTIL_UTC)
    bound = MIN (bound, series->rule.until + DAY_SECONDS);
  else if (series->rule.until_kind != UNTIL_NONE)
    bound = MIN (bound, series->rule.until);
  bound = MIN (bound, mentor_utc_to_local (series->tz, to) + DAY_SECONDS);

  if (bound < series->dtstart || start > bound)
    return;

  skipped = skip_ahead (series, start, &first);
  it = iterator_new (series, first, bound);
  if (it == NULL)
    return;

  /* Other rules without COUNT: libical's own skip (it cannot count, its
   * note says). Rules with COUNT walk from the start, which COUNT and the
   * horizon bound. Both skips were checked against a full walk on 20,000
   * random rules of the kinds Mentor writes (tests/unit/test-recurrence.c
   * keeps a sample of that). */
  if (!skipped && series->rule.count == 0 && start > series->dtstart &&
      !icalrecur_iterator_set_start (it, seconds_to_ical (start)))
    {
      icalrecur_iterator_free (it);
      it = iterator_new (series, series->dtstart, bound);
      if (it == NULL)
        return;
    }

  for (struct icaltimetype t = icalrecur_iterator_next (it);
       !icaltime_is_null_time (t);
       t = icalrecur_iterator_next (it))
    {
      gint64 local = ical_to_seconds (t);
      gint64 utc;

      if (local > bound)
        break;
      if (series->rule.count != 0 && ++seen > series->rule.count)
        break;

      utc = local_to_utc (series->tz, local);
      if (until_passed (series, local, utc) || utc >= to)
        break;
      if (utc < from)
        continue;
      if (!func (local, utc, user_data))
        break;
    }

  icalrecur_iterator_free (it);
}

typedef struct {
  GPtrArray  *instants;
  GHashTable *exdates;  /* local seconds as gint64 keys */
  guint       max;
} ExpandData;

static gboolean
collect_instant (gint64   local,
                 gint64   utc,
                 gpointer user_data)
{
  ExpandData *data = user_data;

  if (data->exdates != NULL && g_hash_table_contains (data->exdates, &local))
    return TRUE;

  g_ptr_array_add (data->instants, format_instant (utc));
  return data->instants->len < data->max;
}

static GHashTable *
exdates_new (const char *exdates)
{
  GHashTable *set;
  g_auto(GStrv) parts = NULL;

  if (exdates == NULL || *exdates == '\0')
    return NULL;

  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  parts = g_strsplit (exdates, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 seconds;
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));

      /* The store checks exdates when it saves them; a stray one removes
       * nothing rather than failing the whole series. */
      if (parse_local (part, &seconds))
        g_hash_table_add (set, g_memdup2 (&seconds, sizeof seconds));
    }

  return set;
}

GPtrArray *
mentor_recurrence_expand (const char  *dtstart,
                          const char  *tzid,
                          const char  *rrule,
                          const char  *exdates,
                          const char  *from,
                          const char  *to,
                          guint        max,
                          GError     **error)
{
  g_auto(Series) series = { 0 };
  g_autoptr(GHashTable) skipped = NULL;
  ExpandData data = { 0 };
  gint64 from_s, to_s;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!series_init (&series, dtstart, tzid, rrule, error))
    return NULL;

  if (!parse_instant (from, &from_s) || !parse_instant (to, &to_s))
    {
      mentor_recurrence_fail (error, "%s", _("The range of the calendar is not a valid pair of times."));
      return NULL;
    }

  skipped = exdates_new (exdates);
  data.instants = g_ptr_array_new_with_free_func (g_free);
  data.exdates = skipped;
  data.max = max == 0 ? MENTOR_RECURRENCE_MAX_OCCURRENCES : MIN (max, MENTOR_RECURRENCE_MAX_OCCURRENCES);

  if (from_s < to_s)
    series_walk (&series, from_s, to_s, collect_instant, &data);

  return data.instants;
}

gboolean
mentor_recurrence_has_instant (const char *dtstart,
                               const char *tzid,
                               const char *rrule,
                               const char *instant)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *after = NULL;
  gint64 seconds;

  if (!parse_instant (instant, &seconds))
    return FALSE;

  after = format_instant (seconds + 1);
  found = mentor_recurrence_expand (dtstart, tzid, rrule, NULL, instant, after, 1, NULL);

  return found != NULL && found->len == 1 && g_str_equal (g_ptr_array_index (found, 0), instant);
}

typedef struct {
  gint64 last_local;
  guint  n;
} LastData;

static gboolean
note_last (gint64   local,
           gint64   utc,
           gpointer user_data)
{
  LastData *data = user_data;

  data->last_local = local;
  data->n++;
  return TRUE;
}

/* The rule's parts without UNTIL and COUNT, then `ending`. */
static char *
rule_with_end (MentorRule       *rule,
               const char *ending)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < rule->parts->len; i++)
    {
      const char *part = g_ptr_array_index (rule->parts, i);

      if (g_ascii_strncasecmp (part, "UNTIL=", 6) == 0 || g_ascii_strncasecmp (part, "COUNT=", 6) == 0)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ';');
      g_string_append (out, part);
    }

  g_string_append_printf (out, ";%s", ending);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "UNTIL=YYYYMMDDTHHMMSSZ" at the end of the local day of `local`. */
char *
mentor_until_end_of_day (GTimeZone *tz,
                  gint64     local)
{
  int y, m, d, hh, mm, ss;
  gint64 utc;

  mentor_seconds_to_fields (local, &y, &m, &d, &hh, &mm, &ss);
  utc = local_to_utc (tz, mentor_civil_seconds (y, m, d, 23, 59, 59));
  mentor_seconds_to_fields (utc, &y, &m, &d, &hh, &mm, &ss);

  return g_strdup_printf ("UNTIL=%04d%02d%02dT%02d%02d%02dZ", y, m, d, hh, mm, ss);
}

char *
mentor_recurrence_end_before (const char  *dtstart,
                              const char  *tzid,
                              const char  *rrule,
                              const char  *before,
                              GError     **error)
{
  g_auto(Series) series = { 0 };
  g_autofree char *ending = NULL;
  LastData data = { 0 };
  gint64 before_s, first_utc;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!series_init (&series, dtstart, tzid, rrule, error))
    return NULL;
  if (!parse_instant (before, &before_s))
    {
      g_autofree char *shown = before != NULL ? g_utf8_make_valid (before, MIN (strlen (before), 40)) : g_strdup ("");
      mentor_recurrence_fail (error, _("“%s” is not a valid time."), shown);
      return NULL;
    }

  first_utc = local_to_utc (series.tz, series.dtstart);
  if (series.rule.count != 0)
    {
      /* COUNT counts from the start: walk it all (COUNT bounds the walk). */
      series_walk (&series, first_utc, before_s, note_last, &data);
    }
  else
    {
      /* The last occurrence before `before` is usually near it: look back a
       * little, then further, instead of walking from the start. */
      static const gint64 windows[] = { 62, 400, 4000 };

      for (guint i = 0; i < G_N_ELEMENTS (windows) && data.n == 0; i++)
        series_walk (&series, MAX (first_utc, before_s - windows[i] * DAY_SECONDS), before_s,
                     note_last, &data);
      if (data.n == 0)
        series_walk (&series, first_utc, before_s, note_last, &data);
    }

  if (data.n == 0)
    {
      mentor_recurrence_fail (error, "%s", _("No check-in of the series comes before this one."));
      return NULL;
    }

  if (series.rule.count != 0)
    ending = g_strdup_printf ("COUNT=%u", data.n);
  else
    ending = mentor_until_end_of_day (series.tz, data.last_local);

  return rule_with_end (&series.rule, ending);
}

