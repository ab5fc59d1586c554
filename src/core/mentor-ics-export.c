/* mentor-ics-export.c — check-ins as an iCalendar file every calendar imports
 *
 * The shape is the one ../shared/ICALENDAR.md measured to read the same in
 * libical, ical.js, Python's icalendar and khal: recurring check-ins in local
 * time with a bare IANA TZID and a VTIMEZONE for it (never UTC and never
 * floating for a series, or it drifts an hour at daylight-saving changes),
 * UNTIL in UTC, EXDATE in the zone and value type of DTSTART.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "mentor-atomic-file.h"
#include "mentor-ics-export.h"
#include "mentor-ics-private.h"
#include "mentor-recurrence.h"

typedef struct {
  char *mentor_name;
  char *mentor_email;
  char *mentee_name;
  char *mentee_email;
  char *focus_areas;   /* "Leadership, Communication", or "" */
} ExportPair;

struct _MentorIcsExport
{
  gint64      mentorship_id;
  guint       reminder_minutes;
  char       *name;
  char       *file_stem;
  GHashTable *pairs;     /* mentorship id (gint64 *) -> ExportPair */
  GPtrArray  *series;    /* MentorCheckinSeries */
  GPtrArray  *meetings;  /* MentorMeeting */
};

/* While building: the zones used, each with the earliest year it is needed. */
typedef struct {
  MentorIcsExport *export;
  GHashTable      *zone_years;   /* IANA name -> GINT_TO_POINTER (year) */
  char            *dtstamp;
} Build;

static void
export_pair_free (gpointer data)
{
  ExportPair *pair = data;

  g_free (pair->mentor_name);
  g_free (pair->mentor_email);
  g_free (pair->mentee_name);
  g_free (pair->mentee_email);
  g_free (pair->focus_areas);
  g_free (pair);
}

static ExportPair *
export_pair_new (MentorMentorship *mentorship,
                 GHashTable       *people)
{
  ExportPair *pair = g_new0 (ExportPair, 1);
  gint64 mentor_id = mentor_mentorship_get_mentor_id (mentorship);
  gint64 mentee_id = mentor_mentorship_get_mentee_id (mentorship);
  MentorPerson *mentor = g_hash_table_lookup (people, &mentor_id);
  MentorPerson *mentee = g_hash_table_lookup (people, &mentee_id);
  const char * const *areas = mentor_mentorship_get_focus_areas (mentorship);

  pair->mentor_name = g_strdup (mentor_mentorship_get_mentor_name (mentorship));
  pair->mentee_name = g_strdup (mentor_mentorship_get_mentee_name (mentorship));
  pair->mentor_email = g_strdup (mentor != NULL ? mentor_person_get_email (mentor) : "");
  pair->mentee_email = g_strdup (mentee != NULL ? mentor_person_get_email (mentee) : "");
  pair->focus_areas = areas != NULL ? g_strjoinv (", ", (char **) areas) : g_strdup ("");

  return pair;
}

static char *
slug (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, NULL);
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* ---- Times ----------------------------------------------------------------- */

/* TRUE when the zone is written as local time with a TZID and a VTIMEZONE;
 * FALSE for UTC, and for a zone libical does not know (then the instants are
 * written in UTC: right for one meeting, the best there is for a series). */
G_LOCK_DEFINE_STATIC (known_zones);

static gboolean
zone_is_written_local (const char *tzid)
{
  static GHashTable *known_zones = NULL;   /* tzid -> GINT_TO_POINTER (1 + known) */
  gpointer known;

  if (tzid == NULL || *tzid == '\0' || mentor_ics_zone_is_utc (tzid))
    return FALSE;

  /* libical looks a zone up by a walk over every zone it has: asked for
   * every time of every event, remember the answer. */
  G_LOCK (known_zones);
  if (known_zones == NULL)
    known_zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  known = g_hash_table_lookup (known_zones, tzid);
  if (known == NULL)
    {
      known = GINT_TO_POINTER (1 + (icaltimezone_get_builtin_timezone (tzid) != NULL));
      g_hash_table_insert (known_zones, g_strdup (tzid), known);
    }
  G_UNLOCK (known_zones);

  return GPOINTER_TO_INT (known) == 2;
}

static void
note_zone (Build      *build,
           const char *tzid,
           int         year)
{
  gpointer seen;

  if (!zone_is_written_local (tzid))
    return;

  if (!g_hash_table_lookup_extended (build->zone_years, tzid, NULL, &seen) ||
      year < GPOINTER_TO_INT (seen))
    g_hash_table_insert (build->zone_years, g_strdup (tzid), GINT_TO_POINTER (year));
}

/* A date-time property of kind for the instant, as local time in tzid (with
 * the TZID parameter) or, for tzid NULL or UTC, in UTC. NULL when the
 * instant cannot be shown. */
static icalproperty *
time_property (icalproperty *(*make) (struct icaltimetype),
               const char   *instant,
               const char   *tzid)
{
  icalproperty *prop;

  if (zone_is_written_local (tzid))
    {
      g_autofree char *local = mentor_instant_to_local (instant, tzid);
      struct icaltimetype t = mentor_ics_time_from_local (local);

      if (icaltime_is_null_time (t))
        return NULL;

      prop = make (t);
      icalproperty_add_parameter (prop, icalparameter_new_tzid (tzid));
      return prop;
    }
  else
    {
      struct icaltimetype t = mentor_ics_time_from_instant (instant);

      if (icaltime_is_null_time (t))
        return NULL;

      return make (t);
    }
}

/* FALSE when the wall time of instant in tzid is one that happens twice
 * (the hour before a change back to winter time) or that Mentor would read
 * back as another instant: peers resolve those differently. */
static gboolean
wall_time_is_unique (const char *instant,
                     const char *tzid)
{
  static const gint64 shifts[] = { -3600, 3600, -1800, 1800 };
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid);
  g_autofree char *local = NULL;
  g_autofree char *back = NULL;
  struct icaltimetype t = mentor_ics_time_from_instant (instant);

  /* Most times are nowhere near a change of offset: the same offset two
   * hours before and after says so at once. */
  if (zone != NULL && !icaltime_is_null_time (t))
    {
      g_autoptr(GDateTime) at = g_date_time_new_utc (t.year, t.month, t.day, t.hour, t.minute, t.second);
      gint64 when = at != NULL ? g_date_time_to_unix (at) : 0;
      int offsets[3];

      for (int i = 0; i < 3 && at != NULL; i++)
        offsets[i] = g_time_zone_get_offset (zone, g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL,
                                                                              when + (i - 1) * 7200));
      if (at != NULL && offsets[0] == offsets[1] && offsets[1] == offsets[2])
        return TRUE;
    }

  local = mentor_instant_to_local (instant, tzid);
  back = local != NULL ? mentor_local_to_instant (local, tzid) : NULL;

  if (g_strcmp0 (back, instant) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (shifts); i++)
    {
      g_autofree char *other = mentor_ics_instant_add (instant, shifts[i]);
      g_autofree char *other_local = other != NULL ? mentor_instant_to_local (other, tzid) : NULL;

      if (g_strcmp0 (other_local, local) == 0)
        return FALSE;
    }

  return TRUE;
}

static void
add_time (icalcomponent *event,
          icalproperty  *(*make) (struct icaltimetype),
          const char    *instant,
          const char    *tzid)
{
  icalproperty *prop = time_property (make, instant, tzid);

  if (prop != NULL)
    icalcomponent_add_property (event, prop);
}

/* The rule with UNTIL in UTC, as RFC 5545 wants it next to a DTSTART with a
 * TZID: a date or a local UNTIL is turned into the end of that local day or
 * that local time in tzid. */
static gboolean
rule_for_export (const char                 *rrule,
                 const char                 *tzid,
                 struct icalrecurrencetype  *out)
{
  struct icalrecurrencetype recurrence;

  icalerror_clear_errno ();
  recurrence = icalrecurrencetype_from_string (rrule);
  if (recurrence.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      return FALSE;
    }

  if (!icaltime_is_null_time (recurrence.until) && !icaltime_is_utc (recurrence.until))
    {
      struct icaltimetype until = recurrence.until;
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
      recurrence.until = mentor_ics_time_from_instant (instant);
      if (icaltime_is_null_time (recurrence.until))
        return FALSE;
    }

  *out = recurrence;
  return TRUE;
}

/* ---- Words ----------------------------------------------------------------- */

static char *
event_title (ExportPair *pair,
             gboolean    one_off)
{
  if (one_off)
    /* TRANSLATORS: the title of an exported meeting in people's calendars:
     * "Meeting: Ana Silva and Ben Okafor" (mentor, then mentee) */
    return g_strdup_printf (_("Meeting: %s and %s"), pair->mentor_name, pair->mentee_name);

  /* TRANSLATORS: the title of an exported check-in in people's calendars:
   * "Check-in: Ana Silva and Ben Okafor" (mentor, then mentee) */
  return g_strdup_printf (_("Check-in: %s and %s"), pair->mentor_name, pair->mentee_name);
}

/* The DESCRIPTION: agenda, focus areas and the shared summary. Never the
 * private notes: they are not even passed in. */
static char *
event_description (const char *agenda,
                   ExportPair *pair,
                   const char *shared_summary)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *agenda_text = g_strstrip (g_strdup (agenda != NULL ? agenda : ""));
  g_autofree char *summary_text = g_strstrip (g_strdup (shared_summary != NULL ? shared_summary : ""));

  if (*agenda_text != '\0')
    /* TRANSLATORS: heading of the agenda in an exported event's description */
    g_ptr_array_add (parts, g_strdup_printf ("%s\n%s", _("Agenda:"), agenda_text));
  if (*pair->focus_areas != '\0')
    /* TRANSLATORS: "Focus areas: Leadership, Communication" in an exported event */
    g_ptr_array_add (parts, g_strdup_printf (_("Focus areas: %s"), pair->focus_areas));
  if (*summary_text != '\0')
    /* TRANSLATORS: heading of the summary both people share, in an exported event */
    g_ptr_array_add (parts, g_strdup_printf ("%s\n%s", _("Summary:"), summary_text));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("\n\n", (char **) parts->pdata);
}

/* ---- Text ------------------------------------------------------------------ */

/* iCalendar text carries line feeds (written as "\n") and tabs, nothing
 * else below a space: libical silently drops CR and form feed (a line break
 * typed as a lone CR would join two lines) and passes other control
 * characters through, which readers refuse. CRLF and lone CR become one line
 * feed; other control characters go. In a CN parameter a double quote
 * cannot be written at all (RFC 5545 §3.1), so it becomes an apostrophe. */
static char *
ics_text (const char *text,
          gboolean    parameter)
{
  GString *clean = g_string_sized_new (text != NULL ? strlen (text) : 0);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (c == '\r')
        {
          if (p[1] == '\n')
            p++;
          g_string_append_c (clean, parameter ? ' ' : '\n');
        }
      else if (c == '\n')
        g_string_append_c (clean, parameter ? ' ' : '\n');
      else if (c == '\t')
        g_string_append_c (clean, parameter ? ' ' : '\t');
      else if (c < 0x20 || c == 0x7f)
        continue;
      else if (c == '"' && parameter)
        g_string_append_c (clean, '\'');
      else
        g_string_append_c (clean, (char) c);
    }

  return g_string_free (clean, FALSE);
}

/* ---- Events ---------------------------------------------------------------- */

static void
add_people (icalcomponent *event,
            ExportPair    *pair)
{
  if (*pair->mentor_email != '\0')
    {
      g_autofree char *address = g_strconcat ("mailto:", pair->mentor_email, NULL);
      icalproperty *organizer = icalproperty_new_organizer (address);

      g_autofree char *name = ics_text (pair->mentor_name, TRUE);

      icalproperty_add_parameter (organizer, icalparameter_new_cn (name));
      icalcomponent_add_property (event, organizer);
    }

  if (*pair->mentee_email != '\0')
    {
      g_autofree char *address = g_strconcat ("mailto:", pair->mentee_email, NULL);
      icalproperty *attendee = icalproperty_new_attendee (address);

      g_autofree char *name = ics_text (pair->mentee_name, TRUE);

      icalproperty_add_parameter (attendee, icalparameter_new_cn (name));
      icalproperty_add_parameter (attendee, icalparameter_new_cutype (ICAL_CUTYPE_INDIVIDUAL));
      icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalproperty_add_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_ACCEPTED));
      icalcomponent_add_property (event, attendee);
    }
}

static void
add_alarm (Build         *build,
           icalcomponent *event,
           const char    *title)
{
  g_autofree char *clean_title = NULL;
  icalcomponent *alarm;
  struct icaltriggertype trigger;

  if (build->export->reminder_minutes == 0)
    return;

  trigger.time = icaltime_null_time ();
  trigger.duration = icaldurationtype_from_int (-(int) build->export->reminder_minutes * 60);

  clean_title = ics_text (title, FALSE);
  alarm = icalcomponent_new_valarm ();
  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
  icalcomponent_add_property (alarm, icalproperty_new_description (clean_title));
  icalcomponent_add_component (event, alarm);
}

static void
add_text (icalcomponent *event,
          icalproperty  *(*make) (const char *),
          const char    *text)
{
  g_autofree char *clean = ics_text (text, FALSE);

  if (*clean != '\0')
    icalcomponent_add_property (event, make (clean));
}

static void
add_x (icalcomponent *event,
       const char    *name,
       const char    *text)
{
  g_autofree char *clean = ics_text (text, FALSE);

  if (*clean != '\0')
    icalcomponent_add_property (event, mentor_ics_new_x (name, clean));
}

/* What every VEVENT carries. */
static icalcomponent *
new_event (Build      *build,
           const char *uid,
           guint       sequence,
           ExportPair *pair,
           const char *title,
           const char *description,
           const char *location,
           MentorMode  mode)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *summary = NULL;

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_sequence ((int) MIN (sequence, G_MAXINT)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (mentor_ics_time_from_instant (build->dtstamp)));
  summary = ics_text (title, FALSE);
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  add_text (event, icalproperty_new_description, description);
  add_text (event, icalproperty_new_location, location);
  add_people (event, pair);
  if (mode < MENTOR_N_MODES)
    add_x (event, MENTOR_ICS_X_MODE, mentor_mode_to_string (mode));

  return event;
}

static void
add_status (icalcomponent       *event,
            MentorMeetingStatus  status)
{
  icalcomponent_add_property (event, icalproperty_new_status (status == MENTOR_MEETING_CANCELLED
                                                              ? ICAL_STATUS_CANCELLED
                                                              : ICAL_STATUS_CONFIRMED));
  add_x (event, MENTOR_ICS_X_STATUS, mentor_meeting_status_to_string (status));
}

static gboolean
exdates_contain (const char *exdates,
                 const char *local)
{
  g_auto(GStrv) parts = NULL;

  if (exdates == NULL || *exdates == '\0' || local == NULL)
    return FALSE;

  parts = g_strsplit (exdates, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (strcmp (g_strstrip (parts[i]), local) == 0)
      return TRUE;

  return FALSE;
}

static icalcomponent *
series_event (Build               *build,
              MentorCheckinSeries *series,
              ExportPair          *pair)
{
  const char *tzid = mentor_checkin_series_get_tzid (series);
  const char *dtstart = mentor_checkin_series_get_dtstart (series);
  const char *agenda = mentor_checkin_series_get_summary (series);
  g_autofree char *start = mentor_ics_zone_is_utc (tzid) ? g_strconcat (dtstart, "Z", NULL)
                                                         : mentor_local_to_instant (dtstart, tzid);
  g_autofree char *end = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_auto(GStrv) exdates = NULL;
  struct icalrecurrencetype rule;
  icalcomponent *event;

  if (start == NULL || !rule_for_export (mentor_checkin_series_get_rrule (series), tzid, &rule))
    {
      g_warning ("Check-in series %s cannot be exported: its start or rule is not valid",
                 mentor_checkin_series_get_uid (series));
      return NULL;
    }

  end = mentor_ics_instant_add (start, (gint64) mentor_checkin_series_get_duration_min (series) * 60);
  title = *agenda != '\0' && strchr (agenda, '\n') == NULL ? g_strdup (agenda) : event_title (pair, FALSE);
  description = event_description (strcmp (title, agenda) == 0 ? NULL : agenda, pair, NULL);

  event = new_event (build, mentor_checkin_series_get_uid (series),
                     mentor_checkin_series_get_sequence (series), pair, title, description,
                     mentor_checkin_series_get_location (series),
                     mentor_checkin_series_get_mode (series));
  add_time (event, icalproperty_new_dtstart, start, tzid);
  add_time (event, icalproperty_new_dtend, end, tzid);
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));

  exdates = g_strsplit (mentor_checkin_series_get_exdates (series), ",", -1);
  for (guint i = 0; exdates[i] != NULL; i++)
    {
      const char *local = g_strstrip (exdates[i]);
      g_autofree char *instant = NULL;

      if (*local == '\0')
        continue;
      instant = mentor_ics_zone_is_utc (tzid) ? g_strconcat (local, "Z", NULL)
                                              : mentor_local_to_instant (local, tzid);
      if (instant != NULL)
        add_time (event, icalproperty_new_exdate, instant, tzid);
    }

  add_status (event, MENTOR_MEETING_SCHEDULED);
  add_x (event, MENTOR_ICS_X_AGENDA, agenda);
  add_alarm (build, event, title);

  return event;
}

/* An occurrence of series (override), or a one-off meeting when series is
 * NULL. */
static icalcomponent *
meeting_event (Build               *build,
               MentorMeeting       *meeting,
               MentorCheckinSeries *series,
               ExportPair          *pair)
{
  MentorMeetingStatus status = mentor_meeting_get_status (meeting);
  const char *starts_at = mentor_meeting_get_starts_at (meeting);
  const char *tzid = mentor_meeting_get_tzid (meeting);
  const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);
  g_autofree char *end = mentor_ics_instant_add (starts_at, (gint64) mentor_meeting_get_duration_min (meeting) * 60);
  g_autofree char *uid = NULL;
  g_autofree char *title = event_title (pair, series == NULL);
  g_autofree char *description = event_description (mentor_meeting_get_agenda (meeting), pair,
                                                    mentor_meeting_get_summary (meeting));
  guint sequence = mentor_meeting_get_sequence (meeting);
  icalcomponent *event;

  if (series != NULL)
    {
      uid = g_strdup (mentor_checkin_series_get_uid (series));
      /* Some calendars ignore an occurrence older than its series. */
      sequence = MAX (sequence, mentor_checkin_series_get_sequence (series));
    }
  else if (recurrence_id != NULL)
    uid = mentor_ics_orphan_uid (mentor_meeting_get_uid (meeting), recurrence_id);
  else
    uid = g_strdup (mentor_meeting_get_uid (meeting));

  event = new_event (build, uid, sequence, pair, title, description,
                     mentor_meeting_get_location (meeting), mentor_meeting_get_mode (meeting));
  if (series != NULL)
    add_time (event, icalproperty_new_recurrenceid, recurrence_id,
              mentor_checkin_series_get_tzid (series));
  /* A meeting in an ambiguous hour is written in UTC, start and end alike;
   * the zone it was planned in goes along for Mentor. */
  if (!zone_is_written_local (tzid))
    add_x (event, MENTOR_ICS_X_ZONE, tzid);
  else if (
           (!wall_time_is_unique (starts_at, tzid) || !wall_time_is_unique (end, tzid)))
    {
      add_x (event, MENTOR_ICS_X_ZONE, tzid);
      tzid = NULL;
    }
  add_time (event, icalproperty_new_dtstart, starts_at, tzid);
  add_time (event, icalproperty_new_dtend, end, tzid);
  add_status (event, status);
  add_x (event, MENTOR_ICS_X_AGENDA, mentor_meeting_get_agenda (meeting));
  add_x (event, MENTOR_ICS_X_SUMMARY, mentor_meeting_get_summary (meeting));
  if (status != MENTOR_MEETING_CANCELLED)
    add_alarm (build, event, title);

  return event;
}

static int
year_of (const char *text)
{
  return text != NULL && strlen (text) >= 4 ? (int) g_ascii_strtoll (text, NULL, 10) : 0;
}

static icalcomponent *
timezone_component (const char *tzid,
                    int         year)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (tzid);
  icalcomponent *vtimezone;
  icalproperty *prop;
  struct icaltimetype start = icaltime_null_time ();

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    return NULL;

  vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));

  /* libical names its zones "/freeassociation.sourceforge.net/Europe/Berlin"
   * and ignores icaltimezone_set_tzid_prefix("") in 3.0.16: write the bare
   * IANA name that every peer recognises. */
  prop = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (prop != NULL)
    icalproperty_set_tzid (prop, tzid);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (tzid));

  /* The rules in force from the first year used on: small and enough. */
  start.year = MAX (year, 1970);
  start.month = 1;
  start.day = 1;
  icaltimezone_truncate_vtimezone (vtimezone, start, icaltime_null_time (), 1);

  return vtimezone;
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  MentorMeeting *x = *(MentorMeeting * const *) a;
  MentorMeeting *y = *(MentorMeeting * const *) b;
  int order = g_strcmp0 (mentor_meeting_get_starts_at (x), mentor_meeting_get_starts_at (y));

  if (order != 0)
    return order;
  return mentor_meeting_get_id (x) < mentor_meeting_get_id (y) ? -1 : 1;
}

/* ---- Public API ------------------------------------------------------------ */

static gint64 *
id_key (gint64 id)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  return key;
}

MentorIcsExport *
mentor_ics_export_collect (MentorStore  *store,
                           gint64        mentorship_id,
                           GError      **error)
{
  g_autoptr(MentorIcsExport) self = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GHashTable) people_by_id = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (mentorship_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (MentorIcsExport, 1);
  self->mentorship_id = mentorship_id;
  self->reminder_minutes = MENTOR_ICS_DEFAULT_REMINDER_MINUTES;
  self->pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, export_pair_free);
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);

  people = mentor_store_list_people (store, TRUE);
  people_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      MentorPerson *person = g_list_model_get_item (people, i);

      g_hash_table_insert (people_by_id, id_key (mentor_person_get_id (person)), person);
    }

  if (mentorship_id != 0)
    {
      g_autoptr(MentorMentorship) mentorship = mentor_store_get_mentorship (store, mentorship_id, error);
      ExportPair *pair;

      if (mentorship == NULL)
        return NULL;

      pair = export_pair_new (mentorship, people_by_id);
      /* TRANSLATORS: the name of a calendar exported for one mentorship:
       * "Check-ins: Ana Silva and Ben Okafor" (mentor, then mentee) */
      self->name = g_strdup_printf (_("Check-ins: %s and %s"), pair->mentor_name, pair->mentee_name);
      {
        g_autofree char *who = g_strdup_printf ("%s %s", pair->mentor_name, pair->mentee_name);
        g_autofree char *stem = slug (who);

        self->file_stem = g_strconcat ("check-ins-", stem, NULL);
      }
      g_hash_table_insert (self->pairs, id_key (mentorship_id), pair);
    }
  else
    {
      mentorships = mentor_store_list_mentorships (store);
      for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
        {
          g_autoptr(MentorMentorship) mentorship = g_list_model_get_item (mentorships, i);

          g_hash_table_insert (self->pairs, id_key (mentor_mentorship_get_id (mentorship)),
                               export_pair_new (mentorship, people_by_id));
        }
      /* TRANSLATORS: the name of the calendar of every check-in, as calendars show it */
      self->name = g_strdup (_("Mentor Check-ins"));
      self->file_stem = g_strdup ("mentor-check-ins");
    }

  series = mentor_store_list_series (store, mentorship_id);
  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    g_ptr_array_add (self->series, g_list_model_get_item (series, i));

  meetings = mentor_store_list_meetings (store, mentorship_id);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    g_ptr_array_add (self->meetings, g_list_model_get_item (meetings, i));
  g_ptr_array_sort (self->meetings, compare_meetings);

  return g_steal_pointer (&self);
}

void
mentor_ics_export_free (MentorIcsExport *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->file_stem, g_free);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_free (self);
}

void
mentor_ics_export_set_reminder (MentorIcsExport *self,
                                guint            minutes)
{
  g_return_if_fail (self != NULL);

  /* A week is the longest lead any calendar offers. */
  self->reminder_minutes = MIN (minutes, 7 * 24 * 60);
}

const char *
mentor_ics_export_get_name (MentorIcsExport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

char *
mentor_ics_export_suggest_filename (MentorIcsExport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strconcat (self->file_stem, ".ics", NULL);
}

char *
mentor_ics_export_build (MentorIcsExport       *self,
                         MentorIcsExportCounts *counts)
{
  MentorIcsExportCounts own = { 0, };
  g_autoptr(GHashTable) series_by_id = NULL;
  g_autoptr(GHashTable) occurrences = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GList) zones = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  icalcomponent *calendar;
  char *text;
  char *copy;
  Build build = { self, NULL, NULL };

  g_return_val_if_fail (self != NULL, NULL);

  build.zone_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  build.dtstamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  /* Which zones, from which year: every VTIMEZONE comes before the events. */
  series_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  occurrences = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < self->series->len; i++)
    {
      MentorCheckinSeries *series = g_ptr_array_index (self->series, i);

      g_hash_table_insert (series_by_id, id_key (mentor_checkin_series_get_id (series)), series);
      note_zone (&build, mentor_checkin_series_get_tzid (series),
                 year_of (mentor_checkin_series_get_dtstart (series)) - 1);
    }
  for (guint i = 0; i < self->meetings->len; i++)
    {
      MentorMeeting *meeting = g_ptr_array_index (self->meetings, i);

      gint64 series_id = mentor_meeting_get_series_id (meeting);

      note_zone (&build, mentor_meeting_get_tzid (meeting),
                 year_of (mentor_meeting_get_starts_at (meeting)) - 1);

      /* The stored occurrences of each series, in order of start. */
      if (series_id != 0 && mentor_meeting_get_recurrence_id (meeting) != NULL)
        {
          GPtrArray *list = g_hash_table_lookup (occurrences, &series_id);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (occurrences, id_key (series_id), list);
            }
          g_ptr_array_add (list, meeting);
        }
    }

  /* Each series, followed by its stored occurrences. */
  for (guint i = 0; i < self->series->len; i++)
    {
      MentorCheckinSeries *series = g_ptr_array_index (self->series, i);
      gint64 mentorship_id = mentor_checkin_series_get_mentorship_id (series);
      ExportPair *pair = g_hash_table_lookup (self->pairs, &mentorship_id);
      icalcomponent *event;

      if (pair == NULL || (event = series_event (&build, series, pair)) == NULL)
        continue;
      g_ptr_array_add (events, event);
      own.series++;

      gint64 series_id = mentor_checkin_series_get_id (series);
      GPtrArray *stored = g_hash_table_lookup (occurrences, &series_id);

      for (guint j = 0; stored != NULL && j < stored->len; j++)
        {
          MentorMeeting *meeting = g_ptr_array_index (stored, j);
          const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);
          g_autofree char *original = NULL;

          /* An occurrence taken out of the series stays out. */
          original = mentor_instant_to_local (recurrence_id, mentor_checkin_series_get_tzid (series));
          if (exdates_contain (mentor_checkin_series_get_exdates (series), original))
            continue;

          g_ptr_array_add (events, meeting_event (&build, meeting, series, pair));
          own.overrides++;
        }
    }

  /* One-off meetings, and occurrences whose series is gone. */
  for (guint i = 0; i < self->meetings->len; i++)
    {
      MentorMeeting *meeting = g_ptr_array_index (self->meetings, i);
      gint64 series_id = mentor_meeting_get_series_id (meeting);
      gint64 mentorship_id = mentor_meeting_get_mentorship_id (meeting);
      ExportPair *pair = g_hash_table_lookup (self->pairs, &mentorship_id);

      if (pair == NULL ||
          (series_id != 0 && mentor_meeting_get_recurrence_id (meeting) != NULL &&
           g_hash_table_contains (series_by_id, &series_id)))
        continue;

      g_ptr_array_add (events, meeting_event (&build, meeting, NULL, pair));
      own.meetings++;
    }

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (MENTOR_ICS_PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  icalcomponent_add_property (calendar, mentor_ics_new_x ("X-WR-CALNAME", self->name));

  zones = g_hash_table_get_keys (build.zone_years);
  zones = g_list_sort (zones, (GCompareFunc) strcmp);
  for (GList *l = zones; l != NULL; l = l->next)
    {
      icalcomponent *vtimezone = timezone_component (l->data,
                                                     GPOINTER_TO_INT (g_hash_table_lookup (build.zone_years, l->data)));

      if (vtimezone != NULL)
        icalcomponent_add_component (calendar, vtimezone);
    }

  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, g_ptr_array_index (events, i));

  text = icalcomponent_as_ical_string_r (calendar);
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  icalcomponent_free (calendar);

  g_hash_table_unref (build.zone_years);
  g_free (build.dtstamp);

  if (counts != NULL)
    *counts = own;

  return copy;
}

gboolean
mentor_ics_export_write (MentorIcsExport        *self,
                         const char             *path,
                         MentorIcsExportCounts  *counts,
                         GError                **error)
{
  g_autofree char *text = NULL;
  MentorAtomicFile out = MENTOR_ATOMIC_FILE_INIT;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = mentor_ics_export_build (self, counts);

  /* An unnamed file, fsync, then the name: a crash, a kill or a full disk
   * leaves the old file whole and nothing beside it (ICALENDAR.md "SQLite
   * facts"). */
  if (!mentor_atomic_file_open (&out, path, 0666) ||
      !mentor_atomic_file_write (&out, text, strlen (text)) ||
      !mentor_atomic_file_commit (&out))
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (path);

      mentor_atomic_file_clear (&out);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }

  mentor_atomic_file_clear (&out);
  return TRUE;
}

char *
mentor_ics_export_describe (const MentorIcsExportCounts *counts,
                            const char                  *path)
{
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *what = NULL;

  g_return_val_if_fail (counts != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  name = g_filename_display_basename (path);

  if (counts->series + counts->overrides + counts->meetings == 0)
    /* TRANSLATORS: %s is a file name */
    return g_strdup_printf (_("No check-ins or meetings to export: wrote a calendar without events to %s"), name);

  if (counts->series > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in series",
                                                          "%u check-in series", counts->series),
                                             counts->series));
  if (counts->overrides > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changed occurrence",
                                                          "%u changed occurrences", counts->overrides),
                                             counts->overrides));
  if (counts->meetings > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting",
                                                          "%u meetings", counts->meetings),
                                             counts->meetings));
  g_ptr_array_add (parts, NULL);
  what = g_strjoinv (", ", (char **) parts->pdata);

  /* TRANSLATORS: "Exported 2 check-in series, 3 meetings to check-ins.ics" */
  return g_strdup_printf (_("Exported %s to %s"), what, name);
}
