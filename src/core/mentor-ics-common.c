/* mentor-ics-common.c — what the iCalendar export and import share */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mentor-ics-private.h"
#include "mentor-types.h"

static gboolean
digits (const char *text,
        guint       count,
        int        *out)
{
  int value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

/* "YYYY-MM-DDTHH:MM:SS", with a final Z when utc: read by hand, as it is
 * read for every time of every event of a file. */
static struct icaltimetype
time_from_text (const char *text,
                gboolean    utc)
{
  struct icaltimetype t = icaltime_null_time ();
  gsize length;

  if (text == NULL)
    return t;

  length = strlen (text);
  if (length != (utc ? 20 : 19) || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':' || (utc && text[19] != 'Z') ||
      !digits (text, 4, &t.year) || !digits (text + 5, 2, &t.month) || !digits (text + 8, 2, &t.day) ||
      !digits (text + 11, 2, &t.hour) || !digits (text + 14, 2, &t.minute) ||
      !digits (text + 17, 2, &t.second))
    return icaltime_null_time ();

  t.is_date = 0;
  t.zone = utc ? icaltimezone_get_utc_timezone () : NULL;

  return t;
}

struct icaltimetype
mentor_ics_time_from_local (const char *local)
{
  if (local == NULL || !mentor_local_time_is_valid (local))
    return icaltime_null_time ();

  return time_from_text (local, FALSE);
}

struct icaltimetype
mentor_ics_time_from_instant (const char *instant)
{
  if (instant == NULL || !mentor_instant_is_valid (instant))
    return icaltime_null_time ();

  return time_from_text (instant, TRUE);
}

char *
mentor_ics_time_to_local (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d",
                          t.year, t.month, t.day, t.hour, t.minute, t.second);
}

char *
mentor_ics_time_to_instant (struct icaltimetype t)
{
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                          t.year, t.month, t.day, t.hour, t.minute, t.second);
}

gboolean
mentor_ics_zone_is_utc (const char *tzid)
{
  static const char * const names[] = {
    "UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu",
    "Etc/Zulu", "GMT", "Etc/GMT", "Etc/GMT+0", "Etc/GMT-0", "Etc/GMT0", "GMT0",
    "Etc/Greenwich", "Greenwich",
  };

  if (tzid == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (tzid, names[i]) == 0)
      return TRUE;

  return FALSE;
}

static GDateTime *
instant_to_datetime (const char *instant)
{
  struct icaltimetype t = mentor_ics_time_from_instant (instant);

  if (icaltime_is_null_time (t))
    return NULL;

  return g_date_time_new_utc (t.year, t.month, t.day, t.hour, t.minute, t.second);
}

char *
mentor_ics_instant_add (const char *instant,
                        gint64      seconds)
{
  g_autoptr(GDateTime) start = instant_to_datetime (instant);
  g_autoptr(GDateTime) end = NULL;

  if (start == NULL)
    return NULL;

  end = g_date_time_add_seconds (start, (gdouble) seconds);
  if (end == NULL)
    return NULL;

  return g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");
}

gint64
mentor_ics_instant_diff (const char *a,
                         const char *b)
{
  g_autoptr(GDateTime) from = instant_to_datetime (a);
  g_autoptr(GDateTime) to = instant_to_datetime (b);

  if (from == NULL || to == NULL)
    return 0;

  return g_date_time_difference (to, from) / G_TIME_SPAN_SECOND;
}

icalproperty *
mentor_ics_new_x (const char *name,
                  const char *value)
{
  icalproperty *prop = icalproperty_new_x (value);

  icalproperty_set_x_name (prop, name);
  return prop;
}

const char *
mentor_ics_get_x (icalcomponent *component,
                  const char    *name)
{
  for (icalproperty *prop = icalcomponent_get_first_property (component, ICAL_X_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (component, ICAL_X_PROPERTY))
    {
      const char *x_name = icalproperty_get_x_name (prop);

      if (x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0)
        return icalproperty_get_x (prop);
    }

  return NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char *
mentor_ics_normalize_exdates (const char *exdates)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  if (exdates == NULL || *exdates == '\0')
    return g_strdup ("");

  parts = g_strsplit (exdates, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_ptr_array_add (kept, parts[i]);
    }

  g_ptr_array_sort (kept, compare_strings);
  for (guint i = 1; i < kept->len;)
    {
      if (strcmp (g_ptr_array_index (kept, i), g_ptr_array_index (kept, i - 1)) == 0)
        g_ptr_array_remove_index (kept, i);
      else
        i++;
    }
  g_ptr_array_add (kept, NULL);

  return g_strjoinv (",", (char **) kept->pdata);
}

char *
mentor_ics_normalize_rrule (const char *rrule)
{
  struct icalrecurrencetype recurrence;
  char *text;
  char *copy;

  if (rrule == NULL || *rrule == '\0')
    return NULL;

  icalerror_clear_errno ();
  recurrence = icalrecurrencetype_from_string (rrule);
  if (recurrence.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      return NULL;
    }

  text = icalrecurrencetype_as_string_r (&recurrence);
  if (text == NULL)
    return NULL;

  /* libical's memory is freed with free(), ours with g_free(). */
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  return copy;
}

char *
mentor_ics_orphan_uid (const char *uid,
                       const char *recurrence_id)
{
  struct icaltimetype t = mentor_ics_time_from_instant (recurrence_id);

  if (icaltime_is_null_time (t))
    return g_strdup (uid);

  return g_strdup_printf ("%s-%04d%02d%02dT%02d%02d%02dZ", uid,
                          t.year, t.month, t.day, t.hour, t.minute, t.second);
}
