/* mentor-ics-parse.c — reading a received .ics file, safely
 *
 * Debian's libical 3.0.16 has an out-of-bounds read in time conversion that a
 * ten-line file reaches, hides its errors as X-LIC-ERROR properties, lets
 * month 14 through and turns an unknown TZID into a floating time
 * (ICALENDAR.md). So the bytes are scanned first (mentor-ics-scan.c), then
 * parsed, then every property Mentor relies on is checked by hand before
 * any time is converted or any rule expanded. Only then are the events
 * copied out into MentorIcsEvent, every zone resolved to an IANA name.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "mentor-ics-parsed.h"
#include "mentor-ics-private.h"
#include "mentor-recurrence.h"

G_DEFINE_QUARK (mentor-ics-error-quark, mentor_ics_error)

typedef MentorIcsContext Ctx;

/* ---- Reading the events ---------------------------------------------------- */

typedef struct {
  char     *instant;     /* UTC; NULL for a floating or date time of an occurrence */
  char     *local;       /* wall time in tzid ("YYYY-MM-DD" for a date of an occurrence) */
  char     *tzid;        /* IANA zone; NULL for a UTC value */
  gboolean  is_date;
  gboolean  is_utc;
  gboolean  zone_given;  /* a TZID parameter named the zone */
} When;

static void
when_clear (When *when)
{
  g_clear_pointer (&when->instant, g_free);
  g_clear_pointer (&when->local, g_free);
  g_clear_pointer (&when->tzid, g_free);
}

static const char *
zone_for (Ctx           *ctx,
          icalcomponent *component,
          icalproperty  *prop,
          const char    *tzid,
          int            year,
          GError       **error)
{
  const char *known = g_hash_table_lookup (ctx->zones, tzid);

  if (known == NULL)
    {
      char *iana = mentor_ics_resolve_zone (tzid, ctx->vtimezones, ctx->user_tzid, year);

      known = iana != NULL ? iana : g_strdup ("");
      g_hash_table_insert (ctx->zones, g_strdup (tzid), (char *) known);
    }

  if (*known == '\0')
    {
      g_autofree char *shown = mentor_ics_quote (tzid, -1);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_UNKNOWN_ZONE,
                   _("Line %u of the file uses the time zone “%s”, which Mentor does not know "
                     "and the file does not describe."),
                   mentor_ics_property_line (ctx, component, icalproperty_get_property_name (prop), NULL), shown);
      return NULL;
    }

  return known;
}

/* A date or date-time value placed in time. keep_open leaves floating and
 * date values of a RECURRENCE-ID unplaced: they take the series' zone. */
static gboolean
read_when (Ctx                 *ctx,
           icalcomponent       *component,
           icalproperty        *prop,
           struct icaltimetype  t,
           gboolean             keep_open,
           When                *out,
           GError             **error)
{
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  const char *tzid = param != NULL ? icalparameter_get_tzid (param) : NULL;

  memset (out, 0, sizeof *out);
  out->is_date = t.is_date != 0;

  if (t.is_date)
    {
      if (keep_open)
        {
          out->local = g_strdup_printf ("%04d-%02d-%02d", t.year, t.month, t.day);
          return TRUE;
        }
      out->local = g_strdup_printf ("%04d-%02d-%02dT00:00:00", t.year, t.month, t.day);
      out->tzid = g_strdup (ctx->user_tzid);
    }
  else if (icaltime_is_utc (t))
    {
      out->is_utc = TRUE;
      out->instant = mentor_ics_time_to_instant (t);
      return TRUE;
    }
  else if (tzid != NULL && *tzid != '\0')
    {
      const char *zone = zone_for (ctx, component, prop, tzid, t.year, error);

      if (zone == NULL)
        return FALSE;
      out->zone_given = TRUE;
      out->local = mentor_ics_time_to_local (t);
      out->tzid = g_strdup (zone);
    }
  else
    {
      out->local = mentor_ics_time_to_local (t);
      if (keep_open)
        return TRUE;
      out->tzid = g_strdup (ctx->user_tzid);
    }

  out->instant = mentor_ics_zone_is_utc (out->tzid) ? g_strconcat (out->local, "Z", NULL)
                                                    : mentor_local_to_instant (out->local, out->tzid);
  if (out->instant == NULL)
    {
      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                   _("Line %u of the file has a time that cannot be placed in its time zone."),
                   mentor_ics_property_line (ctx, component, icalproperty_get_property_name (prop), NULL));
      when_clear (out);
      return FALSE;
    }

  return TRUE;
}

static char *
trimmed_text (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static char *
email_of (const char *address)
{
  g_autofree char *text = trimmed_text (address);
  const char *email = text;

  if (g_ascii_strncasecmp (email, "mailto:", 7) == 0)
    email += 7;
  if (strchr (email, '@') == NULL)
    return NULL;

  return g_ascii_strdown (email, -1);
}

static void
event_note (MentorIcsEvent *event,
            const char     *note)
{
  g_ptr_array_add (event->notes, g_strdup (note));
}

static void
event_problem (MentorIcsEvent *event,
               const char     *problem)
{
  if (event->problem == NULL)
    event->problem = g_strdup (problem);
}

static void
read_people (MentorIcsEvent *event,
             icalcomponent  *vevent)
{
  icalproperty *organizer = icalcomponent_get_first_property (vevent, ICAL_ORGANIZER_PROPERTY);

  if (organizer != NULL)
    {
      icalparameter *cn = icalproperty_get_first_parameter (organizer, ICAL_CN_PARAMETER);

      event->organizer = email_of (icalproperty_get_organizer (organizer));
      if (cn != NULL)
        event->organizer_name = trimmed_text (icalparameter_get_cn (cn));
    }

  for (icalproperty *attendee = icalcomponent_get_first_property (vevent, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (vevent, ICAL_ATTENDEE_PROPERTY))
    {
      char *email = email_of (icalproperty_get_attendee (attendee));

      if (email != NULL)
        g_ptr_array_add (event->attendees, email);
    }
}

static const char *
meeting_link (icalcomponent *vevent)
{
  static const char * const names[] = {
    "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-ONLINEMEETINGCONFLINK",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *link = mentor_ics_get_x (vevent, names[i]);

      if (link != NULL && *link != '\0')
        return link;
    }

  return NULL;
}

static void
read_texts (MentorIcsEvent *event,
            icalcomponent  *vevent)
{
  const char *status_word = mentor_ics_get_x (vevent, MENTOR_ICS_X_STATUS);
  const char *mode_word = mentor_ics_get_x (vevent, MENTOR_ICS_X_MODE);
  const char *link = meeting_link (vevent);
  icalproperty *prop;

  prop = icalcomponent_get_first_property (vevent, ICAL_SUMMARY_PROPERTY);
  event->title = trimmed_text (prop != NULL ? icalproperty_get_summary (prop) : NULL);
  prop = icalcomponent_get_first_property (vevent, ICAL_DESCRIPTION_PROPERTY);
  event->description = trimmed_text (prop != NULL ? icalproperty_get_description (prop) : NULL);
  prop = icalcomponent_get_first_property (vevent, ICAL_LOCATION_PROPERTY);
  event->location = trimmed_text (prop != NULL ? icalproperty_get_location (prop) : NULL);

  if (status_word != NULL)
    {
      g_autofree char *word = trimmed_text (status_word);
      MentorMeetingStatus status;

      event->from_mentor = TRUE;
      if (mentor_meeting_status_from_string (word, &status))
        event->status = (int) status;
    }

  if (mode_word != NULL)
    {
      g_autofree char *word = trimmed_text (mode_word);
      MentorMode mode;

      if (mentor_mode_from_string (word, &mode))
        event->mode = mode;
    }
  else if (link != NULL)
    {
      /* Teams, Meet and Zoom invites carry the call's link. */
      event->mode = MENTOR_MODE_VIDEO;
      if (*event->location == '\0')
        {
          g_free (event->location);
          event->location = trimmed_text (link);
        }
    }

  if (event->from_mentor)
    {
      event->agenda = trimmed_text (mentor_ics_get_x (vevent, MENTOR_ICS_X_AGENDA));
      event->shared_summary = trimmed_text (mentor_ics_get_x (vevent, MENTOR_ICS_X_SUMMARY));
    }
  else if (*event->description == '\0')
    event->agenda = g_strdup (event->title);
  else if (*event->title == '\0')
    event->agenda = g_strdup (event->description);
  else
    event->agenda = g_strconcat (event->title, "\n\n", event->description, NULL);
}

/* A UID for an event that came without one (RFC 5545 requires it, some
 * exports forget): derived from what the event says, so that importing the
 * same file again finds it again. */
static char *
derived_uid (icalcomponent *vevent)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  icalproperty_kind kinds[] = { ICAL_DTSTART_PROPERTY, ICAL_SUMMARY_PROPERTY, ICAL_ORGANIZER_PROPERTY,
                                ICAL_RRULE_PROPERTY };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      icalproperty *prop = icalcomponent_get_first_property (vevent, kinds[i]);

      if (prop != NULL)
        {
          char *text = icalproperty_as_ical_string_r (prop);

          g_checksum_update (checksum, (const guchar *) text, -1);
          icalmemory_free_buffer (text);
        }
    }

  return g_strdup_printf ("import-%.32s@%s", g_checksum_get_string (checksum), APPLICATION_ID);
}

/* The rule of a series, with UNTIL in UTC (a date or a local time becomes
 * the end of that local day, or that local time, in tzid), in libical's
 * spelling. */
static char *
series_rule (struct icalrecurrencetype  rule,
             const char                *tzid)
{
  char *text;
  char *copy;

  if (!icaltime_is_null_time (rule.until) && !icaltime_is_utc (rule.until))
    {
      struct icaltimetype until = rule.until;
      g_autofree char *local = NULL;
      g_autofree char *instant = NULL;

      if (until.is_date)
        {
          until.is_date = 0;
          until.hour = 23;
          until.minute = 59;
          until.second = 59;
        }
      local = mentor_ics_time_to_local (until);
      instant = mentor_ics_zone_is_utc (tzid) ? g_strconcat (local, "Z", NULL)
                                              : mentor_local_to_instant (local, tzid);
      rule.until = mentor_ics_time_from_instant (instant);
      if (icaltime_is_null_time (rule.until))
        return NULL;
    }

  text = icalrecurrencetype_as_string_r (&rule);
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  return copy;
}

static gboolean
read_duration (Ctx             *ctx,
               MentorIcsEvent  *event,
               icalcomponent   *vevent,
               When            *start,
               GError         **error)
{
  icalproperty *dtend = icalcomponent_get_first_property (vevent, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (vevent, ICAL_DURATION_PROPERTY);
  gint64 seconds = -1;

  if (dtend != NULL)
    {
      struct icaltimetype t = icalproperty_get_dtend (dtend);

      if (start->is_date || t.is_date)
        {
          struct icaltimetype s = icalproperty_get_dtstart (icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY));
          GDate from, to;

          g_date_clear (&from, 1);
          g_date_clear (&to, 1);
          g_date_set_dmy (&from, s.day, s.month, s.year);
          g_date_set_dmy (&to, t.day, t.month, t.year);
          seconds = (gint64) g_date_days_between (&from, &to) * 24 * 3600;
        }
      else
        {
          When end = { 0, };

          if (!read_when (ctx, vevent, dtend, t, FALSE, &end, error))
            return FALSE;
          seconds = mentor_ics_instant_diff (start->instant, end.instant);
          when_clear (&end);
        }
    }
  else if (duration != NULL)
    seconds = icaldurationtype_as_int (icalproperty_get_duration (duration));

  if (seconds < 0 && (dtend != NULL || duration != NULL))
    event_problem (event, _("It ends before it starts."));
  else if (seconds > 24 * 3600)
    event_problem (event, _("It lasts more than a day; Mentor keeps meetings of up to 24 hours."));
  else if (seconds <= 0 && start->is_date)
    event->duration_min = 24 * 60;
  else if (seconds <= 0)
    {
      /* RFC 5545: no end means no length; a meeting needs one. */
      event->duration_min = 30;
      event_note (event, _("It has no end time: imported as 30 minutes long."));
    }
  else
    event->duration_min = (guint) ((seconds + 59) / 60);

  return TRUE;
}

static gboolean
read_rule (Ctx             *ctx,
           MentorIcsEvent  *event,
           icalcomponent   *vevent,
           icalproperty    *rrule,
           GError         **error)
{
  g_autoptr(GPtrArray) exdates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) check_error = NULL;
  g_autofree char *joined = NULL;

  event->kind = MENTOR_ICS_EVENT_SERIES;

  if (icalcomponent_count_properties (vevent, ICAL_RRULE_PROPERTY) > 1)
    event_problem (event, _("It has more than one repeat rule; Mentor keeps one per series."));
  if (icalcomponent_get_first_property (vevent, ICAL_EXRULE_PROPERTY) != NULL)
    event_problem (event, _("It leaves dates out by a rule (EXRULE), which Mentor does not keep."));
  if (icalcomponent_get_first_property (vevent, ICAL_RDATE_PROPERTY) != NULL)
    event_note (event, _("Its extra dates (RDATE) are not imported."));

  event->rrule = series_rule (icalproperty_get_rrule (rrule), event->tzid);
  if (event->rrule == NULL)
    {
      event_problem (event, _("Its repeat rule ends at a time that does not exist."));
      return TRUE;
    }

  for (icalproperty *prop = icalcomponent_get_first_property (vevent, ICAL_EXDATE_PROPERTY);
       prop != NULL;
       prop = icalcomponent_get_next_property (vevent, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype t = icalproperty_get_exdate (prop);
      When when = { 0, };
      char *local;

      if (!read_when (ctx, vevent, prop, t, TRUE, &when, error))
        return FALSE;

      if (when.is_date)
        /* A skipped day of a series that has a time of day. */
        local = g_strconcat (when.local, event->local_start + 10, NULL);
      else if (when.instant != NULL && !mentor_ics_zone_is_utc (event->tzid))
        local = mentor_instant_to_local (when.instant, event->tzid);
      else if (when.instant != NULL)
        local = g_strndup (when.instant, 19);
      else
        local = g_strdup (when.local);  /* floating: in the series' zone */

      if (local != NULL)
        g_ptr_array_add (exdates, local);
      when_clear (&when);
    }
  g_ptr_array_add (exdates, NULL);
  joined = g_strjoinv (",", (char **) exdates->pdata);
  event->exdates = mentor_ics_normalize_exdates (joined);

  if (event->problem == NULL &&
      !mentor_recurrence_check (event->local_start, event->tzid, event->rrule, &check_error))
    event_problem (event, check_error->message);

  return TRUE;
}

static gboolean
read_recurrence_id (Ctx             *ctx,
                    MentorIcsEvent  *event,
                    icalcomponent   *vevent,
                    icalproperty    *prop,
                    GError         **error)
{
  icalparameter *range = icalproperty_get_first_parameter (prop, ICAL_RANGE_PARAMETER);
  When when = { 0, };

  event->kind = MENTOR_ICS_EVENT_OCCURRENCE;

  if (!read_when (ctx, vevent, prop, icalproperty_get_recurrenceid (prop), TRUE, &when, error))
    return FALSE;

  if (when.instant != NULL && (when.is_utc || when.zone_given))
    event->recurrence_id = g_steal_pointer (&when.instant);
  else
    {
      event->rid_local = g_steal_pointer (&when.local);
      event->rid_is_date = when.is_date;
    }
  when_clear (&when);

  if (range != NULL && icalparameter_get_range (range) == ICAL_RANGE_THISANDFUTURE)
    {
      event->rid_this_and_future = TRUE;
      event_note (event, _("It changes this and the following occurrences in the sender’s calendar; "
                           "Mentor changes this occurrence only."));
    }

  return TRUE;
}

static MentorIcsEvent *
read_event (Ctx                 *ctx,
            icalcomponent       *vevent,
            icalproperty_method  method,
            GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  MentorIcsEvent *event = g_new0 (MentorIcsEvent, 1);
  icalproperty *dtstart = icalcomponent_get_first_property (vevent, ICAL_DTSTART_PROPERTY);
  icalproperty *dtstamp = icalcomponent_get_first_property (vevent, ICAL_DTSTAMP_PROPERTY);
  icalproperty *recurrence_id = icalcomponent_get_first_property (vevent, ICAL_RECURRENCEID_PROPERTY);
  icalproperty *rrule = icalcomponent_get_first_property (vevent, ICAL_RRULE_PROPERTY);
  icalproperty *sequence = icalcomponent_get_first_property (vevent, ICAL_SEQUENCE_PROPERTY);
  icalproperty *status = icalcomponent_get_first_property (vevent, ICAL_STATUS_PROPERTY);
  icalproperty *uid = icalcomponent_get_first_property (vevent, ICAL_UID_PROPERTY);
  When start = { 0, };

  event->line = mentor_ics_component_line (ctx, vevent);
  event->attendees = g_ptr_array_new_with_free_func (g_free);
  event->notes = g_ptr_array_new_with_free_func (g_free);
  event->status = -1;
  event->mode = MENTOR_N_MODES;
  event->kind = MENTOR_ICS_EVENT_ONE_OFF;

  event->uid = trimmed_text (uid != NULL ? icalproperty_get_uid (uid) : NULL);
  if (*event->uid == '\0')
    {
      g_free (event->uid);
      event->uid = derived_uid (vevent);
      event_note (event, _("It has no UID: Mentor gave it one from its time and title."));
    }

  event->sequence = sequence != NULL ? MAX (icalproperty_get_sequence (sequence), 0) : 0;
  if (dtstamp != NULL)
    {
      When when = { 0, };

      if (!read_when (ctx, vevent, dtstamp, icalproperty_get_dtstamp (dtstamp), FALSE, &when, &local_error))
        goto failed;
      event->dtstamp = g_steal_pointer (&when.instant);
      when_clear (&when);
    }

  event->cancel_only = method == ICAL_METHOD_CANCEL;
  event->cancelled = method == ICAL_METHOD_CANCEL ||
                     (status != NULL && icalproperty_get_status (status) == ICAL_STATUS_CANCELLED);

  read_texts (event, vevent);
  read_people (event, vevent);

  switch (method)
    {
    case ICAL_METHOD_REPLY:
    case ICAL_METHOD_REFRESH:
    case ICAL_METHOD_COUNTER:
    case ICAL_METHOD_DECLINECOUNTER:
      event_problem (event, _("The file answers an invitation; it holds no meeting to import."));
      break;
    default:
      break;
    }

  if (dtstart == NULL)
    {
      /* A cancellation may name the event by UID alone. */
      if (!event->cancelled || (rrule != NULL && recurrence_id == NULL))
        event_problem (event, _("It has no start time."));
      if (recurrence_id != NULL && !read_recurrence_id (ctx, event, vevent, recurrence_id, &local_error))
        goto failed;
      return event;
    }

  if (!read_when (ctx, vevent, dtstart, icalproperty_get_dtstart (dtstart), FALSE, &start, &local_error))
    goto failed;

  event->all_day = start.is_date;
  event->starts_at = g_strdup (start.instant);
  event->zone_given = start.zone_given;
  if (start.is_utc && event->from_mentor && recurrence_id == NULL && rrule == NULL &&
      mentor_timezone_is_valid (mentor_ics_get_x (vevent, MENTOR_ICS_X_ZONE)))
    {
      /* Mentor wrote it in UTC (an ambiguous hour, or planned in UTC) and
       * said where it was planned. */
      event->tzid = g_strdup (mentor_ics_get_x (vevent, MENTOR_ICS_X_ZONE));
      event->zone_given = TRUE;
      event->local_start = mentor_ics_zone_is_utc (event->tzid) ? g_strndup (start.instant, 19)
                                                                 : mentor_instant_to_local (start.instant, event->tzid);
    }
  else if (start.is_utc)
    {
      /* A UTC series keeps UTC (its rule is in UTC); a UTC meeting is shown
       * in the user's zone, at the same instant. */
      event->tzid = g_strdup (rrule != NULL && recurrence_id == NULL ? "UTC" : ctx->user_tzid);
      event->local_start = mentor_ics_zone_is_utc (event->tzid) ? g_strndup (start.instant, 19)
                                                                 : mentor_instant_to_local (start.instant, event->tzid);
    }
  else
    {
      event->tzid = g_strdup (start.tzid);
      event->local_start = g_strdup (start.local);
    }

  if (event->all_day)
    event_note (event, _("An all-day event: imported as a meeting from midnight lasting the day."));

  if (!read_duration (ctx, event, vevent, &start, &local_error))
    goto failed;

  if (recurrence_id != NULL)
    {
      if (!read_recurrence_id (ctx, event, vevent, recurrence_id, &local_error))
        goto failed;
    }
  else if (rrule != NULL)
    {
      if (!read_rule (ctx, event, vevent, rrule, &local_error))
        goto failed;
    }

  when_clear (&start);
  return event;

failed:
  when_clear (&start);
  mentor_ics_event_free (event);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static char *
event_key (MentorIcsEvent *event)
{
  return g_strconcat (event->uid, "\n",
                      event->recurrence_id != NULL ? event->recurrence_id
                      : event->rid_local != NULL ? event->rid_local : "", NULL);
}

/* The same (UID, RECURRENCE-ID) twice in one file: the higher SEQUENCE,
 * then the later DTSTAMP, then the later in the file wins. */
static void
keep_newest_copies (MentorIcsParsed *parsed)
{
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < parsed->events->len; i++)
    {
      MentorIcsEvent *event = g_ptr_array_index (parsed->events, i);
      char *key = event_key (event);
      MentorIcsEvent *other = g_hash_table_lookup (best, key);
      MentorIcsEvent *older;
      g_autofree char *problem = NULL;

      if (other == NULL)
        {
          g_hash_table_insert (best, key, event);
          continue;
        }

      if (event->sequence > other->sequence ||
          (event->sequence == other->sequence && g_strcmp0 (event->dtstamp, other->dtstamp) >= 0))
        {
          older = other;
          g_hash_table_insert (best, key, event);
        }
      else
        {
          older = event;
          g_free (key);
        }

      problem = g_strdup_printf (_("A newer copy of this event is in the same file (line %u)."),
                                 older == event ? other->line : event->line);
      g_clear_pointer (&older->problem, g_free);
      older->problem = g_steal_pointer (&problem);
    }
}

static gboolean
read_calendar (Ctx            *ctx,
               icalcomponent  *calendar,
               GError        **error)
{
  icalproperty *method_prop = icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY);
  icalproperty_method method = method_prop != NULL ? icalproperty_get_method (method_prop) : ICAL_METHOD_NONE;

  if (ctx->parsed->method == NULL && method_prop != NULL)
    ctx->parsed->method = g_strdup (icalproperty_method_to_string (method));

  for (icalcompiter it = icalcomponent_begin_component (calendar, ICAL_VEVENT_COMPONENT);
       icalcompiter_deref (&it) != NULL;
       icalcompiter_next (&it))
    {
      MentorIcsEvent *event = read_event (ctx, icalcompiter_deref (&it), method, error);

      if (event == NULL)
        return FALSE;
      g_ptr_array_add (ctx->parsed->events, event);
    }

  return TRUE;
}

/* ---- Public API ------------------------------------------------------------ */

void
mentor_ics_event_free (MentorIcsEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->uid);
  g_free (event->dtstamp);
  g_free (event->starts_at);
  g_free (event->tzid);
  g_free (event->local_start);
  g_free (event->rrule);
  g_free (event->exdates);
  g_free (event->recurrence_id);
  g_free (event->rid_local);
  g_free (event->title);
  g_free (event->description);
  g_free (event->location);
  g_free (event->agenda);
  g_free (event->shared_summary);
  g_free (event->organizer);
  g_free (event->organizer_name);
  g_clear_pointer (&event->attendees, g_ptr_array_unref);
  g_clear_pointer (&event->notes, g_ptr_array_unref);
  g_free (event->problem);
  g_free (event);
}

void
mentor_ics_parsed_free (MentorIcsParsed *parsed)
{
  if (parsed == NULL)
    return;

  g_free (parsed->method);
  g_free (parsed->user_tzid);
  g_clear_pointer (&parsed->events, g_ptr_array_unref);
  g_clear_pointer (&parsed->warnings, g_ptr_array_unref);
  g_free (parsed);
}

guint
mentor_ics_parsed_get_n_events (MentorIcsParsed *parsed)
{
  g_return_val_if_fail (parsed != NULL, 0);

  return parsed->events->len;
}

MentorIcsParsed *
mentor_ics_parse (const char  *data,
                  gsize        length,
                  const char  *user_tzid,
                  GError     **error)
{
  g_autoptr(MentorIcsParsed) parsed = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_autofree char *own_zone = NULL;
  icalcomponent *root;
  gboolean ok;
  Ctx ctx = { 0, };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* An error libical meets is reported to us, never an abort(). */
  icalerror_set_errors_are_fatal (0);

  if (length == 0)
    {
      g_set_error_literal (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  if (length > MENTOR_ICS_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (MENTOR_ICS_MAX_BYTES);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG,
                   _("The file is %s; Mentor imports calendar files of up to %s."), size, limit);
      return NULL;
    }

  if (!mentor_ics_check_encoding (data, length, error))
    return NULL;

  /* A UTF-8 byte-order mark, as Windows tools write it. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (user_tzid == NULL || !mentor_timezone_is_valid (user_tzid))
    user_tzid = own_zone = mentor_user_timezone ();

  text = g_strndup (data, length);
  ctx.text = text;
  ctx.length = length;
  ctx.user_tzid = user_tzid;
  ctx.begins = g_array_new (FALSE, FALSE, sizeof (MentorIcsBegin));
  ctx.lines = g_hash_table_new (NULL, NULL);
  ctx.vtimezones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  parsed = g_new0 (MentorIcsParsed, 1);
  parsed->user_tzid = g_strdup (user_tzid);
  parsed->events = g_ptr_array_new_with_free_func ((GDestroyNotify) mentor_ics_event_free);
  parsed->warnings = g_ptr_array_new_with_free_func (g_free);
  ctx.parsed = parsed;

  ok = mentor_ics_scan (ctx.text, ctx.length, ctx.begins, error);
  root = ok ? icalparser_parse_string (ctx.text) : NULL;
  if (ok && root == NULL)
    {
      g_set_error_literal (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_MALFORMED,
                           _("The file cannot be read as a calendar."));
      ok = FALSE;
    }

  if (ok)
    {
      mentor_ics_collect_components (root, order);
      /* libical keeps the components in file order: the nth BEGIN of the
       * scan is the nth component of the tree. */
      if (order->len == ctx.begins->len)
        for (guint i = 0; i < order->len; i++)
          g_hash_table_insert (ctx.lines, g_ptr_array_index (order, i), GUINT_TO_POINTER (i + 1));

      ok = mentor_ics_check_tree (&ctx, order, error);
    }

  if (ok)
    {
      if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
        ok = read_calendar (&ctx, root, error);
      else
        for (icalcompiter it = icalcomponent_begin_component (root, ICAL_VCALENDAR_COMPONENT);
             ok && icalcompiter_deref (&it) != NULL;
             icalcompiter_next (&it))
          ok = read_calendar (&ctx, icalcompiter_deref (&it), error);
    }

  if (ok)
    keep_newest_copies (parsed);

  if (root != NULL)
    icalcomponent_free (root);
  g_array_unref (ctx.begins);
  g_hash_table_unref (ctx.lines);
  g_hash_table_unref (ctx.vtimezones);
  g_hash_table_unref (ctx.zones);

  return ok ? g_steal_pointer (&parsed) : NULL;
}

MentorIcsParsed *
mentor_ics_parse_file (const char  *path,
                       const char  *user_tzid,
                       GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown = g_filename_display_name (path);
  file = g_file_new_for_path (path);

  /* Refused before a byte is read: a 2 GB file must not be loaded. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot read “%s”: %s"), shown, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a calendar file."), shown);
      return NULL;
    }
  if (g_file_info_get_size (info) > MENTOR_ICS_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (MENTOR_ICS_MAX_BYTES);

      g_set_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG,
                   _("The file is %s; Mentor imports calendar files of up to %s."), size, limit);
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, G_FILE_ERROR, local_error->code,
                   _("Cannot read “%s”: %s"), shown, local_error->message);
      return NULL;
    }

  return mentor_ics_parse (contents, length, user_tzid, error);
}
