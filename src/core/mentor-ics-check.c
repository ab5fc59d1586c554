/* mentor-ics-check.c — libical's tree of a received file, checked by hand
 *
 * libical hides its errors as X-LIC-ERROR properties, lets month 14 and
 * 30 February through, and in 3.0.16 reads out of bounds when it converts
 * such times (ICALENDAR.md). Every component Mentor reads is checked here
 * before any time is converted or any rule expanded: libical's errors (with
 * the line they come from), every date-time, every rule (at most daily in
 * events, yearly in zones) and every VTIMEZONE's size.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "mentor-ics-parsed.h"

typedef MentorIcsContext Ctx;

void
mentor_ics_collect_components (icalcomponent *component,
                               GPtrArray     *order)
{
  if (icalcomponent_isa (component) != ICAL_XROOT_COMPONENT)
    g_ptr_array_add (order, component);

  for (icalcompiter it = icalcomponent_begin_component (component, ICAL_ANY_COMPONENT);
       icalcompiter_deref (&it) != NULL;
       icalcompiter_next (&it))
    mentor_ics_collect_components (icalcompiter_deref (&it), order);
}

guint
mentor_ics_component_line (Ctx           *ctx,
                           icalcomponent *component)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, component));

  return index == 0 ? 0 : g_array_index (ctx->begins, MentorIcsBegin, index - 1).line;
}

/* The line of the first property called name (and holding fragment, when
 * given) inside component, or the component's own line. */
guint
mentor_ics_property_line (Ctx           *ctx,
                          icalcomponent *component,
                          const char    *name,
                          const char    *fragment)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, component));
  const char *p;
  const char *end = ctx->text + ctx->length;
  guint line;
  int depth = 0;

  if (index == 0)
    return 0;

  p = ctx->text + g_array_index (ctx->begins, MentorIcsBegin, index - 1).offset;
  line = g_array_index (ctx->begins, MentorIcsBegin, index - 1).line;

  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);
      gsize length = (newline != NULL ? newline : end) - p;
      g_autofree char *text = g_strndup (p, MIN (length, 4096));

      if (mentor_ics_starts_with (text, "BEGIN:"))
        depth++;
      else if (mentor_ics_starts_with (text, "END:") && --depth <= 0)
        break;
      else if (depth == 1 && name != NULL && mentor_ics_starts_with (text, name) &&
               (text[strlen (name)] == ':' || text[strlen (name)] == ';') &&
               (fragment == NULL || *fragment == '\0' || strstr (text, fragment) != NULL))
        return line;
      else if (depth == 1 && name == NULL && fragment != NULL && *fragment != '\0' &&
               strstr (text, fragment) != NULL)
        return line;

      line++;
      p = newline != NULL ? newline + 1 : end;
    }

  return g_array_index (ctx->begins, MentorIcsBegin, index - 1).line;
}

/* The text of line (1-based), quoted; "" when there is no such line. */
static char *
line_text (Ctx   *ctx,
           guint  line)
{
  const char *p = ctx->text;
  const char *end = ctx->text + ctx->length;
  const char *newline;
  gsize length;

  for (guint i = 1; i < line && p < end; i++)
    {
      newline = memchr (p, '\n', end - p);
      p = newline != NULL ? newline + 1 : end;
    }
  if (line == 0 || p >= end)
    return g_strdup ("");

  newline = memchr (p, '\n', end - p);
  length = (newline != NULL ? newline : end) - p;
  if (length > 0 && p[length - 1] == '\r')
    length--;
  return mentor_ics_quote (p, MIN (length, 200));
}

static gboolean
is_read_component (icalcomponent_kind kind)
{
  return kind == ICAL_VCALENDAR_COMPONENT || kind == ICAL_VEVENT_COMPONENT ||
         kind == ICAL_VTIMEZONE_COMPONENT || kind == ICAL_XSTANDARD_COMPONENT ||
         kind == ICAL_XDAYLIGHT_COMPONENT;
}

/* Properties whose loss would change what Mentor stores. */
static gboolean
is_vital_property (const char *name)
{
  static const char * const vital[] = {
    "DTSTART", "DTEND", "DURATION", "RRULE", "EXRULE", "EXDATE", "RDATE", "RECURRENCE-ID",
    "UID", "STATUS", "SEQUENCE", "DTSTAMP", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "METHOD",
  };

  for (guint i = 0; i < G_N_ELEMENTS (vital); i++)
    if (g_ascii_strcasecmp (name, vital[i]) == 0)
      return TRUE;

  return FALSE;
}

/* libical's errors, hidden in X-LIC-ERROR properties. An empty value ("No
 * value for DESCRIPTION property", as Outlook writes for an empty body) is
 * an empty value. An error on a property Mentor does not rely on, or in a
 * component it does not read (reminders, tasks), is a warning; any other
 * stops the import, with the line. */
static gboolean
check_libical_errors (Ctx           *ctx,
                      icalcomponent *component,
                      GError       **error)
{
  static GRegex *property_regex = NULL;
  icalcomponent_kind kind = icalcomponent_isa (component);

  if (g_once_init_enter (&property_regex))
    g_once_init_leave (&property_regex,
                       g_regex_new ("(?:property ([A-Z][A-Z0-9-]*))|(?:\\b([A-Z][A-Z0-9-]*) property)",
                                    G_REGEX_OPTIMIZE, 0, NULL));

  for (icalproperty *prop = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (component, ICAL_XLICERROR_PROPERTY))
    {
      const char *message = icalproperty_get_xlicerror (prop);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *name = NULL;
      g_autofree char *fragment = NULL;
      g_autofree char *shown = NULL;
      const char *colon;
      guint line;

      if (message == NULL)
        message = "";

      if (g_regex_match (property_regex, message, 0, &match))
        {
          name = g_match_info_fetch (match, 1);
          if (name == NULL || *name == '\0')
            {
              g_free (name);
              name = g_match_info_fetch (match, 2);
            }
        }

      colon = strrchr (message, ':');
      fragment = g_strstrip (g_strdup (colon != NULL ? colon + 1 : ""));

      if (g_str_has_prefix (message, "No value for ") && name != NULL && !is_vital_property (name))
        continue;

      line = mentor_ics_property_line (ctx, component, name != NULL && strcmp (name, "X") != 0 ? name : NULL, fragment);
      {
        /* libical's reason, without its "Removing entire property: …" */
        const char *cut = strstr (message, ". Removing");
        g_autofree char *reason = g_strndup (message, cut != NULL ? (gsize) (cut - message) : strlen (message));

        shown = g_utf8_make_valid (reason, MIN (strlen (reason), 200));
      }

      if (!is_read_component (kind) || (name != NULL && strcmp (name, "X") != 0 && !is_vital_property (name)))
        {
          g_ptr_array_add (ctx->parsed->warnings,
                           g_strdup_printf (_("Line %u was left out: %s"), line, shown));
          continue;
        }

      {
        g_autofree char *text = line_text (ctx, line);

        g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                     _("Line %u of the file cannot be read (%s): “%s”."), line, shown, text);
      }
      return FALSE;
    }

  return TRUE;
}

/* Years: events from 1900; time zone observances from 1600, as Outlook
 * starts its rules in 1601. */
static gboolean
time_is_sane_from (struct icaltimetype t,
                   int                 first_year)
{
  if (t.year < first_year || t.year > 2200 || t.month < 1 || t.month > 12 ||
      t.day < 1 || t.day > icaltime_days_in_month (t.month, t.year))
    return FALSE;

  if (t.is_date)
    return TRUE;

  return t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 &&
         t.second >= 0 && t.second <= 60;
}

static gboolean
fail_time (Ctx                 *ctx,
           icalcomponent       *component,
           icalproperty        *prop,
           struct icaltimetype  t,
           GError             **error)
{
  const char *name = icalproperty_get_property_name (prop);
  g_autofree char *value = g_strdup_printf ("%04d%02d%02d", t.year, t.month, t.day);

  guint line = mentor_ics_property_line (ctx, component, name, value);
  g_autofree char *text = line_text (ctx, line);

  g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
               _("Line %u of the file has an impossible date or time in %s: “%s”."), line, name, text);
  return FALSE;
}

/* Every date-time in component, by hand: libical lets month 14 and 30
 * February through, and converting them is where 3.0.16 reads out of
 * bounds. RRULEs are checked for their UNTIL and, in events, for repeating
 * at most daily; in zones, only yearly rules are accepted. */
static gboolean
check_times (Ctx           *ctx,
             icalcomponent *component,
             GError       **error)
{
  icalcomponent_kind kind = icalcomponent_isa (component);
  gboolean in_zone = kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT;
#define time_is_sane(t) time_is_sane_from ((t), in_zone ? 1600 : 1900)

  for (icalproperty *prop = icalcomponent_get_first_property (component, ICAL_ANY_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (component, ICAL_ANY_PROPERTY))
    {
      icalproperty_kind prop_kind = icalproperty_isa (prop);
      icalvalue *value = icalproperty_get_value (prop);
      icalvalue_kind value_kind = value != NULL ? icalvalue_isa (value) : ICAL_NO_VALUE;

      switch (prop_kind)
        {
        case ICAL_DTSTART_PROPERTY:
        case ICAL_DTEND_PROPERTY:
        case ICAL_DUE_PROPERTY:
        case ICAL_RECURRENCEID_PROPERTY:
        case ICAL_EXDATE_PROPERTY:
        case ICAL_DTSTAMP_PROPERTY:
        case ICAL_CREATED_PROPERTY:
        case ICAL_LASTMODIFIED_PROPERTY:
          if (value_kind == ICAL_DATE_VALUE || value_kind == ICAL_DATETIME_VALUE)
            {
              struct icaltimetype t = icalvalue_get_datetime (value);

              if (!time_is_sane (t))
                return fail_time (ctx, component, prop, t, error);
            }
          break;

        case ICAL_RDATE_PROPERTY:
          {
            struct icaldatetimeperiodtype period = icalproperty_get_rdate (prop);

            if (!icaltime_is_null_time (period.time) && !time_is_sane (period.time))
              return fail_time (ctx, component, prop, period.time, error);
            if (!icaltime_is_null_time (period.period.start) && !time_is_sane (period.period.start))
              return fail_time (ctx, component, prop, period.period.start, error);
            if (!icaltime_is_null_time (period.period.end) && !time_is_sane (period.period.end))
              return fail_time (ctx, component, prop, period.period.end, error);
          }
          break;

        case ICAL_RRULE_PROPERTY:
        case ICAL_EXRULE_PROPERTY:
          {
            struct icalrecurrencetype rule = icalproperty_get_rrule (prop);
            guint line;

            if (!icaltime_is_null_time (rule.until) && !time_is_sane (rule.until))
              return fail_time (ctx, component, prop, rule.until, error);

            if (rule.interval < 1 || rule.interval > 1000)
              {
                g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_RULE,
                             _("Line %u of the file repeats with an interval of %d, which no calendar uses."),
                             mentor_ics_property_line (ctx, component, icalproperty_get_property_name (prop), NULL),
                             rule.interval);
                return FALSE;
              }

            line = mentor_ics_property_line (ctx, component, icalproperty_get_property_name (prop), NULL);
            if (in_zone && rule.freq != ICAL_YEARLY_RECURRENCE)
              {
                g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                             _("Line %u of the file gives a time zone a rule that is not yearly; "
                               "no real time zone has one."), line);
                return FALSE;
              }
            if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
                rule.freq == ICAL_HOURLY_RECURRENCE)
              {
                g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_RULE,
                             _("Line %u of the file repeats an event more often than daily; "
                               "Mentor keeps check-ins that repeat daily or less often."), line);
                return FALSE;
              }
          }
          break;

        case ICAL_TZOFFSETFROM_PROPERTY:
        case ICAL_TZOFFSETTO_PROPERTY:
          {
            int offset = prop_kind == ICAL_TZOFFSETTO_PROPERTY ? icalproperty_get_tzoffsetto (prop)
                                                              : icalproperty_get_tzoffsetfrom (prop);

            if (offset < -18 * 3600 || offset > 18 * 3600)
              {
                g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                             _("Line %u of the file gives a time zone an offset of more than 18 hours."),
                             mentor_ics_property_line (ctx, component, icalproperty_get_property_name (prop), NULL));
                return FALSE;
              }
          }
          break;

        default:
          break;
        }
    }

#undef time_is_sane
  return TRUE;
}

/* A VTIMEZONE fit to hand to libical: a TZID, a bounded number of
 * observances, each with a start. */
static gboolean
check_vtimezone (Ctx           *ctx,
                 icalcomponent *vtimezone,
                 GError       **error)
{
  icalproperty *tzid_prop = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  guint observances = 0;
  guint dates = 0;

  if (tzid_prop == NULL || icalproperty_get_tzid (tzid_prop) == NULL)
    {
      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                   _("The time zone that begins on line %u of the file has no name (TZID)."),
                   mentor_ics_component_line (ctx, vtimezone));
      return FALSE;
    }

  for (icalcompiter it = icalcomponent_begin_component (vtimezone, ICAL_ANY_COMPONENT);
       icalcompiter_deref (&it) != NULL;
       icalcompiter_next (&it))
    {
      icalcomponent *observance = icalcompiter_deref (&it);

      observances++;
      dates += icalcomponent_count_properties (observance, ICAL_RDATE_PROPERTY);
      if (icalcomponent_get_first_property (observance, ICAL_DTSTART_PROPERTY) == NULL ||
          icalcomponent_get_first_property (observance, ICAL_TZOFFSETTO_PROPERTY) == NULL)
        {
          g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                       _("The time zone part that begins on line %u of the file has no start or no offset."),
                       mentor_ics_component_line (ctx, observance));
          return FALSE;
        }
    }

  if (observances == 0 || observances > 1000 || dates > 5000)
    {
      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                   _("The time zone “%s” on line %u of the file is not one Mentor can read."),
                   icalproperty_get_tzid (tzid_prop), mentor_ics_component_line (ctx, vtimezone));
      return FALSE;
    }

  return TRUE;
}

gboolean
mentor_ics_check_tree (Ctx        *ctx,
                       GPtrArray  *order,
                       GError    **error)
{
  for (guint i = 0; i < order->len; i++)
    {
      icalcomponent *component = g_ptr_array_index (order, i);
      icalcomponent_kind kind = icalcomponent_isa (component);

      if (!check_libical_errors (ctx, component, error))
        return FALSE;

      if (!is_read_component (kind))
        continue;

      if (!check_times (ctx, component, error))
        return FALSE;

      if (kind == ICAL_VTIMEZONE_COMPONENT)
        {
          if (!check_vtimezone (ctx, component, error))
            return FALSE;
          g_hash_table_insert (ctx->vtimezones,
                               g_strstrip (g_strdup (icalproperty_get_tzid (icalcomponent_get_first_property (component, ICAL_TZID_PROPERTY)))),
                               component);
        }
    }

  return TRUE;
}

