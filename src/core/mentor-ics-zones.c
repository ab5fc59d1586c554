/* mentor-ics-zones.c — the TZIDs of received files, as IANA zones
 *
 * ICALENDAR.md's order: the file's VTIMEZONE, an IANA name, a Windows name
 * mapped to IANA, else the import asks. In practice a TZID is tried as an
 * IANA name first (also behind the prefixes libical and Mozilla put in front:
 * "/freeassociation.sourceforge.net/Europe/Berlin"), then as the
 * X-LIC-LOCATION of its VTIMEZONE, then as a Windows name ("W. Europe
 * Standard Time"); a VTIMEZONE with any other name (Outlook's "Customized
 * Time Zone", "(UTC+01:00) Amsterdam, Berlin, …") is recognised by its
 * rules: the IANA zone whose UTC offset is the same on every day of the year
 * around the event. The VTIMEZONE handed in has been checked by the parser
 * (dates, yearly rules, size) before libical expands it here.
 */
#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "mentor-ics-parsed.h"
#include "mentor-windows-zones.h"

static char *
iana_behind_prefix (const char *tzid)
{
  if (mentor_timezone_is_valid (tzid))
    return g_strdup (tzid);

  /* "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin" and
   * "/mozilla.org/20050126_1/Europe/Berlin": the shortest tail that names a
   * zone after one of the slashes. */
  if (tzid[0] == '/')
    {
      for (const char *p = tzid; (p = strchr (p, '/')) != NULL; p++)
        {
          if (mentor_timezone_is_valid (p + 1))
            return g_strdup (p + 1);
        }
    }

  return NULL;
}

static int
file_offset (icaltimezone *zone,
             int           year,
             int           day_of_year)
{
  struct icaltimetype t = icaltime_null_time ();
  int is_daylight = 0;

  t.year = year;
  t.month = 1;
  t.day = 1 + day_of_year;
  t.hour = 12;
  t = icaltime_normalize (t);
  t.zone = icaltimezone_get_utc_timezone ();

  return icaltimezone_get_utc_offset_of_utc_time (zone, &t, &is_daylight);
}

static gboolean
same_offsets (const char *candidate,
              const int  *offsets,
              int         year)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (candidate);
  g_autoptr(GDateTime) start = NULL;

  if (tz == NULL)
    return FALSE;

  start = g_date_time_new_utc (year, 1, 1, 12, 0, 0);
  for (int day = 0; day < 365; day++)
    {
      g_autoptr(GDateTime) utc = g_date_time_add_days (start, day);
      gint64 when = g_date_time_to_unix (utc);
      int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, when);

      if (interval < 0 || g_time_zone_get_offset (tz, interval) != offsets[day])
        return FALSE;
    }

  return TRUE;
}

static char *
zone_with_same_rules (icalcomponent *vtimezone,
                      const char    *user_tzid,
                      int            year)
{
  icaltimezone *zone = icaltimezone_new ();
  const char * const *targets = mentor_windows_zone_targets ();
  int offsets[365];
  char *found = NULL;

  if (!icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone)))
    {
      icaltimezone_free (zone, 1);
      return NULL;
    }

  year = CLAMP (year, 1971, 2199);
  for (int day = 0; day < 365; day++)
    offsets[day] = file_offset (zone, year, day);
  icaltimezone_free (zone, 1);

  /* The user's own zone first: of several zones with the same rules it is
   * the one they would pick. */
  if (user_tzid != NULL && same_offsets (user_tzid, offsets, year))
    return g_strdup (user_tzid);

  for (guint i = 0; targets[i] != NULL && found == NULL; i++)
    if (same_offsets (targets[i], offsets, year))
      found = g_strdup (targets[i]);

  return found;
}

char *
mentor_ics_resolve_zone (const char *tzid,
                         GHashTable *vtimezones,
                         const char *user_tzid,
                         int         year)
{
  g_autofree char *name = NULL;
  icalcomponent *vtimezone;
  const char *windows;
  char *iana;

  if (tzid == NULL)
    return NULL;

  name = g_strstrip (g_strdup (tzid));
  if (*name == '\0')
    return NULL;

  if ((iana = iana_behind_prefix (name)) != NULL)
    return iana;

  vtimezone = vtimezones != NULL ? g_hash_table_lookup (vtimezones, name) : NULL;
  if (vtimezone != NULL)
    {
      icalproperty *location = icalcomponent_get_first_property (vtimezone, ICAL_LOCATION_PROPERTY);
      const char *x_location = NULL;

      for (icalproperty *prop = icalcomponent_get_first_property (vtimezone, ICAL_X_PROPERTY);
           prop != NULL && x_location == NULL;
           prop = icalcomponent_get_next_property (vtimezone, ICAL_X_PROPERTY))
        {
          const char *x_name = icalproperty_get_x_name (prop);

          if (x_name != NULL && g_ascii_strcasecmp (x_name, "X-LIC-LOCATION") == 0)
            x_location = icalproperty_get_x (prop);
        }

      if (x_location != NULL && (iana = iana_behind_prefix (x_location)) != NULL)
        return iana;
      if (location != NULL && icalproperty_get_location (location) != NULL &&
          (iana = iana_behind_prefix (icalproperty_get_location (location))) != NULL)
        return iana;
    }

  if ((windows = mentor_windows_zone_to_iana (name)) != NULL)
    return g_strdup (windows);

  if (vtimezone != NULL)
    return zone_with_same_rules (vtimezone, user_tzid, year);

  return NULL;
}
