/* test-ics.c — iCalendar export and import
 *
 * Export: the shape ICALENDAR.md asks for, read back with libical (a
 * VTIMEZONE with a bare IANA TZID for every zone used, RRULE and EXDATE in
 * the zone of DTSTART, overrides with RECURRENCE-ID and the series' UID),
 * and never a private note. Import: every hostile file refused with a
 * sentence and the data file untouched, idempotent re-import, SEQUENCE
 * updates, CANCEL, Windows zone names, floating and all-day times, matching
 * by email, and export → import into a fresh file reproducing everything.
 */
#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "mentor-ics-parsed.h"
#include "mentor-ics-private.h"
#include "mentor-test-util.h"
#include "mentor-windows-zones.h"

#define SENTINEL "PRIVATE-SENTINEL-7f3a9c"

typedef struct {
  MentorTestFixture base;
  gint64            ana_ben;   /* Ana Souza (Europe/Berlin) mentors Ben Okafor */
  gint64            cy_dee;    /* Cy Park mentors Dee Lima */
  gint64            series_id;
} Fixture;

static void
add_people (MentorStore *store,
            gint64      *ana_ben,
            gint64      *cy_dee)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_test_add_person (store, "Ben Okafor", "Ben.Okafor@Example.com");
  g_autoptr(MentorPerson) cy = mentor_test_add_person (store, "Cy Park", "cy@example.org");
  g_autoptr(MentorPerson) dee = mentor_test_add_person (store, "Dee Lima", "dee@example.org");
  g_autoptr(MentorMentorship) first = mentor_test_add_mentorship (store, mentor_person_get_id (ana),
                                                                  mentor_person_get_id (ben));
  g_autoptr(MentorMentorship) second = mentor_test_add_mentorship (store, mentor_person_get_id (cy),
                                                                   mentor_person_get_id (dee));

  *ana_ben = mentor_mentorship_get_id (first);
  *cy_dee = mentor_mentorship_get_id (second);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  mentor_test_fixture_setup_store (&fixture->base, data);
  add_people (fixture->base.store, &fixture->ana_ben, &fixture->cy_dee);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  mentor_test_fixture_teardown (&fixture->base, data);
}

static char *
instant_of (const char *local,
            const char *tzid)
{
  char *instant = mentor_local_to_instant (local, tzid);

  g_assert_nonnull (instant);
  return instant;
}

/* A weekly series on Tuesdays at 09:00 in Berlin across the change to
 * summer time, one date skipped, one occurrence moved and held (with a
 * private note), one cancelled; a one-off in New York with a private note. */
static void
add_calendar (Fixture *fixture)
{
  MentorStore *store = fixture->base.store;
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(MentorMeeting) moved = mentor_meeting_new ();
  g_autoptr(MentorMeeting) cancelled = mentor_meeting_new ();
  g_autoptr(MentorMeeting) one_off = mentor_meeting_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *rid_moved = instant_of ("2026-03-10T09:00:00", "Europe/Berlin");
  g_autofree char *at_moved = instant_of ("2026-03-10T10:30:00", "Europe/Berlin");
  g_autofree char *rid_cancelled = instant_of ("2026-04-07T09:00:00", "Europe/Berlin");

  mentor_checkin_series_set_mentorship_id (series, fixture->ana_ben);
  mentor_checkin_series_set_summary (series, "Career check-in");
  mentor_checkin_series_set_dtstart (series, "2026-03-03T09:00:00");
  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  mentor_checkin_series_set_duration_min (series, 45);
  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;BYDAY=TU;COUNT=20");
  mentor_checkin_series_set_exdates (series, "2026-03-17T09:00:00");
  mentor_checkin_series_set_location (series, "Video call");
  g_assert_true (mentor_store_save_series (store, series, &error));
  g_assert_no_error (error);
  fixture->series_id = mentor_checkin_series_get_id (series);

  mentor_meeting_set_mentorship_id (moved, fixture->ana_ben);
  mentor_meeting_set_series_id (moved, fixture->series_id);
  mentor_meeting_set_recurrence_id (moved, rid_moved);
  mentor_meeting_set_starts_at (moved, at_moved);
  mentor_meeting_set_tzid (moved, "Europe/Berlin");
  mentor_meeting_set_duration_min (moved, 60);
  mentor_meeting_set_status (moved, MENTOR_MEETING_HELD);
  mentor_meeting_set_agenda (moved, "Promotion case; the board deck.");
  mentor_meeting_set_summary (moved, "Agreed: Ben drafts the deck, Ana reviews it.");
  mentor_meeting_set_private_notes (moved, "Ben seemed tired. " SENTINEL);
  g_assert_true (mentor_store_save_meeting (store, moved, &error));
  g_assert_no_error (error);

  mentor_meeting_set_mentorship_id (cancelled, fixture->ana_ben);
  mentor_meeting_set_series_id (cancelled, fixture->series_id);
  mentor_meeting_set_recurrence_id (cancelled, rid_cancelled);
  mentor_meeting_set_starts_at (cancelled, rid_cancelled);
  mentor_meeting_set_tzid (cancelled, "Europe/Berlin");
  mentor_meeting_set_duration_min (cancelled, 45);
  mentor_meeting_set_status (cancelled, MENTOR_MEETING_CANCELLED);
  g_assert_true (mentor_store_save_meeting (store, cancelled, &error));
  g_assert_no_error (error);

  mentor_meeting_set_mentorship_id (one_off, fixture->ana_ben);
  mentor_meeting_set_starts_at (one_off, "2026-03-20T18:00:00Z");
  mentor_meeting_set_tzid (one_off, "America/New_York");
  mentor_meeting_set_duration_min (one_off, 30);
  mentor_meeting_set_location (one_off, "Lobby café, 5th Ave");
  mentor_meeting_set_agenda (one_off, "Line 1\nLine 2; with, commas");
  mentor_meeting_set_mode (one_off, MENTOR_MODE_IN_PERSON);
  mentor_meeting_set_private_notes (one_off, SENTINEL);
  g_assert_true (mentor_store_save_meeting (store, one_off, &error));
  g_assert_no_error (error);
}

static char *
export_text (MentorStore            *store,
             gint64                  mentorship_id,
             guint                   reminder,
             MentorIcsExportCounts  *counts)
{
  g_autoptr(MentorIcsExport) export = NULL;
  g_autoptr(GError) error = NULL;

  export = mentor_ics_export_collect (store, mentorship_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (export);
  mentor_ics_export_set_reminder (export, reminder);

  return mentor_ics_export_build (export, counts);
}

static MentorIcsPlan *
plan_text (MentorStore  *store,
           const char   *text,
           const char   *user_tzid,
           gint64        default_mentorship,
           GError      **error)
{
  MentorIcsParsed *parsed = mentor_ics_parse (text, strlen (text), user_tzid, error);

  if (parsed == NULL)
    return NULL;

  return mentor_ics_plan_new (store, parsed, default_mentorship);
}

static void
import_text (MentorStore     *store,
             const char      *text,
             gint64           default_mentorship,
             MentorIcsCounts *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorIcsPlan) plan = plan_text (store, text, "Europe/Berlin", default_mentorship, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  for (guint i = 0; i < g_list_model_get_n_items (mentor_ics_plan_get_items (plan)); i++)
    {
      g_autoptr(MentorIcsItem) item = g_list_model_get_item (mentor_ics_plan_get_items (plan), i);

      g_test_message ("%s: %s (%s)", mentor_ics_item_get_title (item),
                      mentor_ics_action_to_label (mentor_ics_item_get_action (item)),
                      mentor_ics_item_get_problem (item));
    }
  g_assert_true (mentor_ics_plan_apply (plan, counts, &error));
  g_assert_no_error (error);
}

static void
assert_counts (const MentorIcsCounts *counts,
               guint                  added,
               guint                  updated,
               guint                  unchanged,
               guint                  cancelled,
               guint                  skipped)
{
  g_test_message ("added %u, updated %u, unchanged %u, cancelled %u, left out %u", counts->added,
                  counts->updated, counts->unchanged, counts->cancelled, counts->skipped);
  g_assert_cmpuint (counts->added, ==, added);
  g_assert_cmpuint (counts->updated, ==, updated);
  g_assert_cmpuint (counts->unchanged, ==, unchanged);
  g_assert_cmpuint (counts->cancelled, ==, cancelled);
  g_assert_cmpuint (counts->skipped, ==, skipped);
}

static const char *
param_tzid (icalproperty *prop)
{
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);

  return param != NULL ? icalparameter_get_tzid (param) : NULL;
}

/* ---- Export ----------------------------------------------------------------- */

static void
test_export_shape (Fixture       *fixture,
                   gconstpointer  data)
{
  MentorIcsExportCounts counts = { 0, };
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) zones = g_hash_table_new (g_str_hash, g_str_equal);
  icalcomponent *calendar;
  guint events = 0, overrides = 0, series = 0, alarms = 0;
  const char *series_uid = NULL;

  add_calendar (fixture);
  text = export_text (fixture->base.store, 0, 15, &counts);

  g_assert_null (strstr (text, SENTINEL));
  g_assert_null (strstr (text, "seemed tired"));
  g_assert_null (strstr (text, "freeassociation"));
  g_assert_nonnull (strstr (text, "\r\n"));
  g_assert_cmpuint (counts.series, ==, 1);
  g_assert_cmpuint (counts.overrides, ==, 2);
  g_assert_cmpuint (counts.meetings, ==, 1);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY) != NULL ?
                   icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)) : NULL,
                   ==, "2.0");
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_CALSCALE_PROPERTY));
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  g_assert_cmpstr (mentor_ics_get_x (calendar, "X-WR-CALNAME"), ==, "Mentor Check-ins");

  for (icalcompiter it = icalcomponent_begin_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       icalcompiter_deref (&it) != NULL; icalcompiter_next (&it))
    {
      icalproperty *tzid = icalcomponent_get_first_property (icalcompiter_deref (&it), ICAL_TZID_PROPERTY);

      g_assert_true (mentor_timezone_is_valid (icalproperty_get_tzid (tzid)));
      g_hash_table_add (zones, (gpointer) icalproperty_get_tzid (tzid));
    }
  g_assert_cmpuint (g_hash_table_size (zones), ==, 2);
  g_assert_true (g_hash_table_contains (zones, "Europe/Berlin"));
  g_assert_true (g_hash_table_contains (zones, "America/New_York"));

  for (icalcompiter it = icalcomponent_begin_component (calendar, ICAL_VEVENT_COMPONENT);
       icalcompiter_deref (&it) != NULL; icalcompiter_next (&it))
    {
      icalcomponent *event = icalcompiter_deref (&it);
      icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      icalproperty *dtstamp = icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY);
      icalproperty *organizer = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
      icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
      icalcomponent *alarm = icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT);

      events++;
      g_assert_nonnull (icalcomponent_get_uid (event));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY));
      g_assert_nonnull (dtstamp);
      g_assert_true (icaltime_is_utc (icalproperty_get_dtstamp (dtstamp)));
      g_assert_nonnull (dtstart);
      /* Every zone named has its VTIMEZONE. */
      g_assert_true (g_hash_table_contains (zones, param_tzid (dtstart)));
      g_assert_cmpstr (icalproperty_get_organizer (organizer), ==, "mailto:ana@example.com");
      g_assert_cmpstr (icalproperty_get_attendee (attendee), ==, "mailto:Ben.Okafor@Example.com");
      g_assert_cmpstr (icalparameter_get_cn (icalproperty_get_first_parameter (organizer, ICAL_CN_PARAMETER)),
                       ==, "Ana Souza");

      if (alarm != NULL)
        {
          struct icaltriggertype trigger = icalproperty_get_trigger (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY));

          alarms++;
          g_assert_cmpint (icaldurationtype_as_int (trigger.duration), ==, -15 * 60);
          g_assert_cmpint (icalproperty_get_action (icalcomponent_get_first_property (alarm, ICAL_ACTION_PROPERTY)),
                           ==, ICAL_ACTION_DISPLAY);
        }

      if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
        {
          icalproperty *exdate = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
          struct icalrecurrencetype rule = icalproperty_get_rrule (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));

          series++;
          series_uid = icalcomponent_get_uid (event);
          g_assert_cmpstr (param_tzid (dtstart), ==, "Europe/Berlin");
          g_assert_false (icaltime_is_utc (icalproperty_get_dtstart (dtstart)));
          g_assert_cmpint (rule.freq, ==, ICAL_WEEKLY_RECURRENCE);
          g_assert_cmpint (rule.count, ==, 20);
          g_assert_nonnull (exdate);
          g_assert_cmpstr (param_tzid (exdate), ==, "Europe/Berlin");
          g_assert_false (icalproperty_get_exdate (exdate).is_date);
          g_assert_cmpint (icalproperty_get_exdate (exdate).day, ==, 17);
          g_assert_cmpint (icalproperty_get_exdate (exdate).hour, ==, 9);
          g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Career check-in");
        }
      else if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
        {
          icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);

          overrides++;
          g_assert_cmpstr (param_tzid (rid), ==, "Europe/Berlin");
          g_assert_cmpint (icalproperty_get_recurrenceid (rid).hour, ==, 9);
          if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
            {
              g_assert_cmpint (icalproperty_get_recurrenceid (rid).month, ==, 4);
              g_assert_null (alarm);
            }
          else
            {
              g_assert_cmpint (icalproperty_get_dtstart (dtstart).hour, ==, 10);
              g_assert_cmpint (icalproperty_get_dtstart (dtstart).minute, ==, 30);
              g_assert_nonnull (strstr (icalcomponent_get_description (event), "Promotion case"));
              g_assert_nonnull (strstr (icalcomponent_get_description (event), "Agreed: Ben drafts"));
              g_assert_cmpstr (mentor_ics_get_x (event, MENTOR_ICS_X_STATUS), ==, "held");
            }
        }
      else
        {
          g_assert_cmpstr (param_tzid (dtstart), ==, "America/New_York");
          g_assert_cmpint (icalproperty_get_dtstart (dtstart).hour, ==, 14);
          g_assert_cmpstr (icalcomponent_get_location (event), ==, "Lobby café, 5th Ave");
          g_assert_cmpstr (mentor_ics_get_x (event, MENTOR_ICS_X_MODE), ==, "in_person");
          g_assert_cmpstr (mentor_ics_get_x (event, MENTOR_ICS_X_AGENDA), ==, "Line 1\nLine 2; with, commas");
        }
    }

  g_assert_cmpuint (events, ==, 4);
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (overrides, ==, 2);
  g_assert_cmpuint (alarms, ==, 3);

  /* Overrides carry the series' UID. */
  for (icalcompiter it = icalcomponent_begin_component (calendar, ICAL_VEVENT_COMPONENT);
       icalcompiter_deref (&it) != NULL; icalcompiter_next (&it))
    if (icalcomponent_get_first_property (icalcompiter_deref (&it), ICAL_RECURRENCEID_PROPERTY) != NULL)
      g_assert_cmpstr (icalcomponent_get_uid (icalcompiter_deref (&it)), ==, series_uid);

  icalcomponent_free (calendar);
}

static void
test_export_no_alarm_and_one_mentorship (Fixture       *fixture,
                                         gconstpointer  data)
{
  MentorIcsExportCounts counts = { 0, };
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *said = NULL;
  g_autoptr(MentorIcsExport) export = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  icalcomponent *calendar;

  add_calendar (fixture);
  text = export_text (fixture->base.store, fixture->ana_ben, 0, &counts);
  g_assert_null (strstr (text, "BEGIN:VALARM"));
  g_assert_nonnull (strstr (text, "X-WR-CALNAME:Check-ins: Ana Souza and Ben Okafor"));

  /* A mentorship without check-ins: a valid calendar with no events. */
  empty = export_text (fixture->base.store, fixture->cy_dee, 10, &counts);
  calendar = icalparser_parse_string (empty);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 0);
  icalcomponent_free (calendar);
  said = mentor_ics_export_describe (&counts, "/tmp/x.ics");
  g_assert_cmpstr (said, ==, "No check-ins or meetings to export: wrote a calendar without events to x.ics");

  export = mentor_ics_export_collect (fixture->base.store, fixture->cy_dee, &error);
  name = mentor_ics_export_suggest_filename (export);
  g_assert_cmpstr (name, ==, "check-ins-cy-park-dee-lima.ics");
  g_clear_pointer (&export, mentor_ics_export_free);

  export = mentor_ics_export_collect (fixture->base.store, 999, &error);
  g_assert_null (export);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
}

static void
test_export_write_atomic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MentorIcsExport) export = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->base.dir, "out.ics", NULL);
  g_autofree char *missing = g_build_filename (fixture->base.dir, "no-such-folder", "out.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *said = NULL;
  MentorIcsExportCounts counts = { 0, };

  add_calendar (fixture);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  export = mentor_ics_export_collect (fixture->base.store, 0, &error);
  g_assert_false (mentor_ics_export_write (export, missing, &counts, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Cannot write"));
  g_clear_error (&error);

  g_assert_true (mentor_ics_export_write (export, path, &counts, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  said = mentor_ics_export_describe (&counts, path);
  g_assert_cmpstr (said, ==, "Exported 1 check-in series, 2 changed occurrences, 1 meeting to out.ics");
}

/* ---- Round trips ------------------------------------------------------------ */

static void
test_reimport_unchanged (Fixture       *fixture,
                         gconstpointer  data)
{
  MentorIcsCounts counts = { 0, };
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_calendar (fixture);
  text = export_text (fixture->base.store, 0, 10, NULL);

  before = mentor_test_dump (fixture->base.path);
  import_text (fixture->base.store, text, 0, &counts);
  assert_counts (&counts, 0, 0, 4, 0, 0);
  after = mentor_test_dump (fixture->base.path);
  g_assert_cmpstr (before, ==, after);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (mentor_meeting_get_starts_at (*(MentorMeeting **) a),
                    mentor_meeting_get_starts_at (*(MentorMeeting **) b));
}

static GPtrArray *
sorted_meetings (MentorStore *store)
{
  g_autoptr(GListModel) model = mentor_store_list_meetings (store, 0);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (list, g_list_model_get_item (model, i));
  g_ptr_array_sort (list, compare_meetings);
  return list;
}

static void
test_roundtrip_fresh_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->base.dir, "fresh", NULL);
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(MentorStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) old_series = NULL;
  g_autoptr(GListModel) new_series = NULL;
  g_autoptr(GPtrArray) old_meetings = NULL;
  g_autoptr(GPtrArray) new_meetings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  MentorIcsCounts counts = { 0, };
  gint64 ana_ben, cy_dee;

  add_calendar (fixture);
  text = export_text (fixture->base.store, 0, 10, NULL);

  fresh = mentor_store_open (path, &error);
  g_assert_no_error (error);
  add_people (fresh, &ana_ben, &cy_dee);

  import_text (fresh, text, 0, &counts);
  assert_counts (&counts, 4, 0, 0, 0, 0);

  old_series = mentor_store_list_series (fixture->base.store, 0);
  new_series = mentor_store_list_series (fresh, 0);
  g_assert_cmpuint (g_list_model_get_n_items (new_series), ==, 1);
  {
    g_autoptr(MentorCheckinSeries) a = g_list_model_get_item (old_series, 0);
    g_autoptr(MentorCheckinSeries) b = g_list_model_get_item (new_series, 0);
    g_autofree char *rule_a = mentor_ics_normalize_rrule (mentor_checkin_series_get_rrule (a));
    g_autofree char *rule_b = mentor_ics_normalize_rrule (mentor_checkin_series_get_rrule (b));

    g_assert_cmpint (mentor_checkin_series_get_mentorship_id (b), ==, ana_ben);
    g_assert_cmpstr (mentor_checkin_series_get_uid (a), ==, mentor_checkin_series_get_uid (b));
    g_assert_cmpstr (mentor_checkin_series_get_dtstart (a), ==, mentor_checkin_series_get_dtstart (b));
    g_assert_cmpstr (mentor_checkin_series_get_tzid (a), ==, mentor_checkin_series_get_tzid (b));
    g_assert_cmpuint (mentor_checkin_series_get_duration_min (a), ==, mentor_checkin_series_get_duration_min (b));
    g_assert_cmpstr (rule_a, ==, rule_b);
    g_assert_cmpstr (mentor_checkin_series_get_exdates (a), ==, mentor_checkin_series_get_exdates (b));
    g_assert_cmpstr (mentor_checkin_series_get_summary (a), ==, mentor_checkin_series_get_summary (b));
    g_assert_cmpstr (mentor_checkin_series_get_location (a), ==, mentor_checkin_series_get_location (b));
  }

  old_meetings = sorted_meetings (fixture->base.store);
  new_meetings = sorted_meetings (fresh);
  g_assert_cmpuint (old_meetings->len, ==, new_meetings->len);
  for (guint i = 0; i < old_meetings->len; i++)
    {
      MentorMeeting *a = g_ptr_array_index (old_meetings, i);
      MentorMeeting *b = g_ptr_array_index (new_meetings, i);

      g_assert_cmpstr (mentor_meeting_get_uid (a), ==, mentor_meeting_get_uid (b));
      g_assert_cmpstr (mentor_meeting_get_recurrence_id (a), ==, mentor_meeting_get_recurrence_id (b));
      g_assert_cmpstr (mentor_meeting_get_starts_at (a), ==, mentor_meeting_get_starts_at (b));
      g_assert_cmpstr (mentor_meeting_get_tzid (a), ==, mentor_meeting_get_tzid (b));
      g_assert_cmpuint (mentor_meeting_get_duration_min (a), ==, mentor_meeting_get_duration_min (b));
      g_assert_cmpint (mentor_meeting_get_status (a), ==, mentor_meeting_get_status (b));
      g_assert_cmpstr (mentor_meeting_get_agenda (a), ==, mentor_meeting_get_agenda (b));
      g_assert_cmpstr (mentor_meeting_get_summary (a), ==, mentor_meeting_get_summary (b));
      g_assert_cmpstr (mentor_meeting_get_location (a), ==, mentor_meeting_get_location (b));
      g_assert_cmpint (mentor_meeting_get_mode (a), ==, mentor_meeting_get_mode (b));
      g_assert_cmpint ((mentor_meeting_get_series_id (a) != 0), ==, (mentor_meeting_get_series_id (b) != 0));
      /* Private notes stayed home. */
      g_assert_cmpstr (mentor_meeting_get_private_notes (b), ==, "");
    }

  /* The same calendar in both files. */
  {
    g_autoptr(GListModel) a = mentor_store_list_calendar (fixture->base.store, 0, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");
    g_autoptr(GListModel) b = mentor_store_list_calendar (fresh, 0, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z");

    g_assert_cmpuint (g_list_model_get_n_items (a), ==, 20 - 1 + 1);
    g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
    for (guint i = 0; i < g_list_model_get_n_items (a); i++)
      {
        g_autoptr(MentorMeeting) x = g_list_model_get_item (a, i);
        g_autoptr(MentorMeeting) y = g_list_model_get_item (b, i);

        g_assert_cmpstr (mentor_meeting_get_starts_at (x), ==, mentor_meeting_get_starts_at (y));
        g_assert_cmpint (mentor_meeting_get_status (x), ==, mentor_meeting_get_status (y));
      }
  }

  /* Importing again changes nothing. */
  import_text (fresh, text, 0, &counts);
  assert_counts (&counts, 0, 0, 4, 0, 0);

  /* Nor does the fresh file's own export, back in the first one. */
  again = export_text (fresh, 0, 10, NULL);
  import_text (fixture->base.store, again, 0, &counts);
  assert_counts (&counts, 0, 0, 4, 0, 0);
}

/* ---- Updates and cancellations --------------------------------------------- */

#define INVITE(seq, start, end, extra) \
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\nMETHOD:REQUEST\r\n" \
  "BEGIN:VEVENT\r\nUID:invite-1@example.com\r\nSEQUENCE:" seq "\r\n" \
  "DTSTAMP:20260301T120000Z\r\nDTSTART:" start "\r\nDTEND:" end "\r\n" \
  "SUMMARY:Quarterly chat\r\nORGANIZER;CN=Ana Souza:mailto:ana@example.com\r\n" \
  "ATTENDEE;CN=Ben Okafor:mailto:ben.okafor@example.com\r\n" extra \
  "END:VEVENT\r\nEND:VCALENDAR\r\n"

static MentorMeeting *
only_meeting (MentorStore *store)
{
  g_autoptr(GListModel) meetings = mentor_store_list_meetings (store, 0);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  return g_list_model_get_item (meetings, 0);
}

static void
test_sequence_update (Fixture       *fixture,
                      gconstpointer  data)
{
  MentorStore *store = fixture->base.store;
  MentorIcsCounts counts = { 0, };
  g_autoptr(MentorMeeting) meeting = NULL;

  import_text (store, INVITE ("0", "20260310T090000Z", "20260310T093000Z", ""), 0, &counts);
  assert_counts (&counts, 1, 0, 0, 0, 0);
  meeting = only_meeting (store);
  g_assert_cmpint (mentor_meeting_get_mentorship_id (meeting), ==, fixture->ana_ben);
  g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, "2026-03-10T09:00:00Z");
  g_assert_cmpuint (mentor_meeting_get_duration_min (meeting), ==, 30);
  /* UTC times are shown in the user's zone. */
  g_assert_cmpstr (mentor_meeting_get_tzid (meeting), ==, "Europe/Berlin");
  g_assert_cmpstr (mentor_meeting_get_agenda (meeting), ==, "Quarterly chat");
  g_clear_object (&meeting);

  /* The same file again: nothing. */
  import_text (store, INVITE ("0", "20260310T090000Z", "20260310T093000Z", ""), 0, &counts);
  assert_counts (&counts, 0, 0, 1, 0, 0);

  /* A newer SEQUENCE moves it. */
  import_text (store, INVITE ("2", "20260311T100000Z", "20260311T110000Z", ""), 0, &counts);
  assert_counts (&counts, 0, 1, 0, 0, 0);
  meeting = only_meeting (store);
  g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, "2026-03-11T10:00:00Z");
  g_assert_cmpuint (mentor_meeting_get_duration_min (meeting), ==, 60);
  g_assert_cmpuint (mentor_meeting_get_sequence (meeting), >=, 2);
  g_clear_object (&meeting);

  /* The older copy no longer wins. */
  import_text (store, INVITE ("0", "20260310T090000Z", "20260310T093000Z", ""), 0, &counts);
  assert_counts (&counts, 0, 0, 1, 0, 0);
  meeting = only_meeting (store);
  g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, "2026-03-11T10:00:00Z");
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  MentorStore *store = fixture->base.store;
  MentorIcsCounts counts = { 0, };
  g_autoptr(MentorMeeting) meeting = NULL;
  g_autofree char *rid = NULL;
  g_autofree char *cancel_occurrence = NULL;
  static const char cancel[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\n"
    "BEGIN:VEVENT\r\nUID:invite-1@example.com\r\nSEQUENCE:1\r\nDTSTAMP:20260302T120000Z\r\n"
    "DTSTART:20260310T090000Z\r\nSTATUS:CANCELLED\r\nSUMMARY:Quarterly chat\r\n"
    "ORGANIZER:mailto:ana@example.com\r\nATTENDEE:mailto:ben.okafor@example.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n";
  static const char cancel_unknown[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\n"
    "BEGIN:VEVENT\r\nUID:never-seen@example.com\r\nSEQUENCE:1\r\nDTSTAMP:20260302T120000Z\r\n"
    "DTSTART:20260310T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

  import_text (store, INVITE ("0", "20260310T090000Z", "20260310T093000Z", ""), 0, &counts);
  import_text (store, cancel, 0, &counts);
  assert_counts (&counts, 0, 0, 0, 1, 0);
  meeting = only_meeting (store);
  g_assert_cmpint (mentor_meeting_get_status (meeting), ==, MENTOR_MEETING_CANCELLED);
  g_assert_cmpstr (mentor_meeting_get_agenda (meeting), ==, "Quarterly chat");

  import_text (store, cancel, 0, &counts);
  assert_counts (&counts, 0, 0, 1, 0, 0);

  import_text (store, cancel_unknown, fixture->ana_ben, &counts);
  assert_counts (&counts, 0, 0, 0, 0, 1);

  /* Cancelling one occurrence of a series Mentor has stores it cancelled. */
  add_calendar (fixture);
  {
    g_autoptr(GListModel) series = mentor_store_list_series (store, 0);
    g_autoptr(MentorCheckinSeries) one = g_list_model_get_item (series, 0);

    rid = g_strdup ("20260324T090000");
    cancel_occurrence = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\n"
                                         "BEGIN:VEVENT\r\nUID:%s\r\nSEQUENCE:1\r\n"
                                         "DTSTAMP:20260302T120000Z\r\n"
                                         "RECURRENCE-ID;TZID=Europe/Berlin:%s\r\n"
                                         "END:VEVENT\r\nEND:VCALENDAR\r\n",
                                         mentor_checkin_series_get_uid (one), rid);
  }
  import_text (store, cancel_occurrence, 0, &counts);
  assert_counts (&counts, 0, 0, 0, 1, 0);
  {
    g_autoptr(GListModel) calendar = mentor_store_list_calendar (store, fixture->ana_ben,
                                                                 "2026-03-24T00:00:00Z", "2026-03-25T00:00:00Z");
    g_autoptr(MentorMeeting) occurrence = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (calendar), ==, 1);
    occurrence = g_list_model_get_item (calendar, 0);
    g_assert_cmpint (mentor_meeting_get_status (occurrence), ==, MENTOR_MEETING_CANCELLED);
    g_assert_cmpstr (mentor_meeting_get_starts_at (occurrence), ==, "2026-03-24T08:00:00Z");
    g_assert_cmpint (mentor_meeting_get_id (occurrence), >, 0);
  }
  import_text (store, cancel_occurrence, 0, &counts);
  assert_counts (&counts, 0, 0, 1, 0, 0);
}

/* ---- Time zones --------------------------------------------------------------- */

/* As Outlook writes an invite: Windows zone names, X-MICROSOFT properties,
 * METHOD:REQUEST (a reconstruction of Outlook's output, not a copy of one). */
static const char outlook_invite[] =
  "BEGIN:VCALENDAR\r\n"
  "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
  "VERSION:2.0\r\n"
  "METHOD:REQUEST\r\n"
  "X-MS-OLK-FORCEINSPECTOROPEN:TRUE\r\n"
  "BEGIN:VTIMEZONE\r\n"
  "TZID:W. Europe Standard Time\r\n"
  "BEGIN:STANDARD\r\n"
  "DTSTART:16011028T030000\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "END:STANDARD\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "DTSTART:16010325T020000\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "END:DAYLIGHT\r\n"
  "END:VTIMEZONE\r\n"
  "BEGIN:VEVENT\r\n"
  "ATTENDEE;CN=\"Okafor, Ben\";RSVP=TRUE:mailto:ben.okafor@example.com\r\n"
  "CLASS:PUBLIC\r\n"
  "CREATED:20260301T101500Z\r\n"
  "DESCRIPTION:Let’s talk about the promotion case.\\n\\n____\\nMicrosoft Teams\r\n"
  "  meeting\\nJoin: https://teams.example.com/l/meetup-join/abc\r\n"
  "DTEND;TZID=\"W. Europe Standard Time\":20260324T100000\r\n"
  "DTSTAMP:20260301T101500Z\r\n"
  "DTSTART;TZID=\"W. Europe Standard Time\":20260324T093000\r\n"
  "LAST-MODIFIED:20260301T101500Z\r\n"
  "LOCATION:\r\n"
  "ORGANIZER;CN=\"Souza, Ana\":mailto:ana@example.com\r\n"
  "PRIORITY:5\r\n"
  "SEQUENCE:0\r\n"
  "SUMMARY;LANGUAGE=en-us:Promotion case\r\n"
  "TRANSP:OPAQUE\r\n"
  "UID:040000008200E00074C5B7101A82E00800000000D0A3C0C6E2A8DA0100000000000000001000000012AB\r\n"
  "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n"
  "X-MICROSOFT-CDO-IMPORTANCE:1\r\n"
  "X-MICROSOFT-DISALLOW-COUNTER:FALSE\r\n"
  "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example.com/l/meetup-join/abc\r\n"
  "BEGIN:VALARM\r\n"
  "TRIGGER:-PT15M\r\n"
  "ACTION:DISPLAY\r\n"
  "DESCRIPTION:Reminder\r\n"
  "END:VALARM\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_outlook_windows_zone (Fixture       *fixture,
                           gconstpointer  data)
{
  MentorIcsCounts counts = { 0, };
  g_autoptr(MentorMeeting) meeting = NULL;

  import_text (fixture->base.store, outlook_invite, 0, &counts);
  assert_counts (&counts, 1, 0, 0, 0, 0);
  meeting = only_meeting (fixture->base.store);
  /* 09:30 in Berlin on 24 March 2026 is still winter time: 08:30 UTC. */
  g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, "2026-03-24T08:30:00Z");
  g_assert_cmpstr (mentor_meeting_get_tzid (meeting), ==, "Europe/Berlin");
  g_assert_cmpuint (mentor_meeting_get_duration_min (meeting), ==, 30);
  g_assert_cmpint (mentor_meeting_get_mentorship_id (meeting), ==, fixture->ana_ben);
  g_assert_cmpint (mentor_meeting_get_mode (meeting), ==, MENTOR_MODE_VIDEO);
  g_assert_cmpstr (mentor_meeting_get_location (meeting), ==, "https://teams.example.com/l/meetup-join/abc");
  g_assert_true (g_str_has_prefix (mentor_meeting_get_agenda (meeting),
                                   "Promotion case\n\nLet’s talk about the promotion case.\n\n____\nMicrosoft Teams meeting"));
}

static void
test_windows_table (void)
{
  const char * const *targets = mentor_windows_zone_targets ();
  static const struct { const char *windows; const char *iana; } known[] = {
    { "W. Europe Standard Time", "Europe/Berlin" },
    { "Eastern Standard Time", "America/New_York" },
    { "Pacific Standard Time", "America/Los_Angeles" },
    { "GMT Standard Time", "Europe/London" },
    { "Romance Standard Time", "Europe/Paris" },
    { "Tokyo Standard Time", "Asia/Tokyo" },
    { "India Standard Time", "Asia/Kolkata" },
    { "AUS Eastern Standard Time", "Australia/Sydney" },
    { "  central standard time ", "America/Chicago" },
  };

  g_assert_cmpuint (mentor_windows_zone_count (), >=, 140);
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    g_assert_cmpstr (mentor_windows_zone_to_iana (known[i].windows), ==, known[i].iana);
  g_assert_null (mentor_windows_zone_to_iana ("Europe/Berlin"));
  g_assert_null (mentor_windows_zone_to_iana ("Mars Standard Time"));

  /* Every zone the table names exists on this system and in libical. */
  for (guint i = 0; targets[i] != NULL; i++)
    {
      g_test_message ("%s", targets[i]);
      g_assert_true (mentor_timezone_is_valid (targets[i]));
      g_assert_nonnull (icaltimezone_get_builtin_timezone (targets[i]));
    }
}

/* A VTIMEZONE with a name no table knows ("Customized Time Zone", as
 * Outlook writes for edited zones) is recognised by its rules. */
static void
test_custom_zone_by_rules (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *text = NULL;
  MentorIcsCounts counts = { 0, };
  g_autoptr(MentorMeeting) meeting = NULL;
  const char *start = strstr (outlook_invite, "BEGIN:VTIMEZONE");
  GString *edited = g_string_new (outlook_invite);

  g_assert_nonnull (start);
  while (g_string_replace (edited, "W. Europe Standard Time", "Customized Time Zone", 0) > 0)
    ;
  text = g_string_free (edited, FALSE);

  import_text (fixture->base.store, text, 0, &counts);
  assert_counts (&counts, 1, 0, 0, 0, 0);
  meeting = only_meeting (fixture->base.store);
  g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, "2026-03-24T08:30:00Z");
  /* The user's own zone has the same rules: it is the one picked. */
  g_assert_cmpstr (mentor_meeting_get_tzid (meeting), ==, "Europe/Berlin");
}

static void
test_prefixed_and_floating (Fixture       *fixture,
                            gconstpointer  data)
{
  MentorStore *store = fixture->base.store;
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorIcsParsed) parsed = NULL;
  MentorIcsEvent *event;
  static const char text[] =
    "\xef\xbb\xbf" "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "BEGIN:VEVENT\n"
    "UID:a\n"
    "DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/America/New_York:20260703T090000\n"
    "DURATION:PT1H15M\n"
    "SUMMARY:Prefixed\\, zone\n"
    "DESCRIPTION:Folded desc\n"
    " ription with \\\\ and \\;\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:b\n"
    "DTSTART:20260703T090000\n"
    "SUMMARY:Floating\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:c\n"
    "DTSTART;VALUE=DATE:20260704\n"
    "DTEND;VALUE=DATE:20260705\n"
    "SUMMARY:All day\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";

  parsed = mentor_ics_parse (text, strlen (text), "Asia/Tokyo", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_ics_parsed_get_n_events (parsed), ==, 3);

  event = g_ptr_array_index (parsed->events, 0);
  g_assert_cmpstr (event->tzid, ==, "America/New_York");
  g_assert_cmpstr (event->starts_at, ==, "2026-07-03T13:00:00Z");
  g_assert_cmpuint (event->duration_min, ==, 75);
  g_assert_cmpstr (event->title, ==, "Prefixed, zone");
  g_assert_cmpstr (event->description, ==, "Folded description with \\ and ;");

  event = g_ptr_array_index (parsed->events, 1);
  g_assert_cmpstr (event->tzid, ==, "Asia/Tokyo");
  g_assert_cmpstr (event->starts_at, ==, "2026-07-03T00:00:00Z");
  g_assert_cmpuint (event->duration_min, ==, 30);
  g_assert_cmpuint (event->notes->len, ==, 1);

  event = g_ptr_array_index (parsed->events, 2);
  g_assert_true (event->all_day);
  g_assert_cmpstr (event->tzid, ==, "Asia/Tokyo");
  g_assert_cmpstr (event->starts_at, ==, "2026-07-03T15:00:00Z");
  g_assert_cmpuint (event->duration_min, ==, 24 * 60);

  /* None of them names people: all wait for a mentorship. */
  {
    g_autoptr(MentorIcsPlan) plan = mentor_ics_plan_new (store, g_steal_pointer (&parsed), 0);
    MentorIcsCounts counts = { 0, };

    g_assert_cmpuint (mentor_ics_plan_count_unmatched (plan), ==, 3);
    g_assert_cmpuint (mentor_ics_plan_count (plan, MENTOR_ICS_ACTION_SKIP), ==, 3);
    mentor_ics_plan_set_unmatched_mentorship (plan, fixture->cy_dee);
    g_assert_cmpuint (mentor_ics_plan_count_unmatched (plan), ==, 0);
    g_assert_cmpuint (mentor_ics_plan_count (plan, MENTOR_ICS_ACTION_NEW), ==, 3);
    g_assert_true (mentor_ics_plan_apply (plan, &counts, &error));
    g_assert_no_error (error);
    assert_counts (&counts, 3, 0, 0, 0, 0);
    g_assert_false (mentor_ics_plan_apply (plan, &counts, &error));
    g_assert_nonnull (error);
  }
}

/* Google writes UTC one-offs and zoned series with X-GOOGLE properties
 * (a reconstruction of its output). */
static void
test_google_series_with_overrides (Fixture       *fixture,
                                   gconstpointer  data)
{
  MentorStore *store = fixture->base.store;
  MentorIcsCounts counts = { 0, };
  g_autoptr(GListModel) series = NULL;
  g_autoptr(MentorCheckinSeries) one = NULL;
  g_autoptr(GListModel) calendar = NULL;
  static const char text[] =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "VERSION:2.0\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "METHOD:REQUEST\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nX-LIC-LOCATION:America/New_York\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\n"
    "DTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\n"
    "DTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;TZID=America/New_York:20260302T080000\r\n"
    "DTEND;TZID=America/New_York:20260302T083000\r\n"
    "RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20260427T035959Z;BYDAY=MO\r\n"
    "EXDATE;TZID=America/New_York:20260316T080000\r\n"
    "DTSTAMP:20260301T150000Z\r\n"
    "ORGANIZER;CN=cy@example.org:mailto:cy@example.org\r\n"
    "UID:7kukuqrfedlm2f9t0vr4kl4bsv@google.com\r\n"
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dee Lima;X-NUM-GUESTS=0:mailto:DEE@example.org\r\n"
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=cy@example.org;X-NUM-GUESTS=0:mailto:cy@example.org\r\n"
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\n"
    "CREATED:20260301T150000Z\r\n"
    "DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\n"
    "Join with Google Meet: https://meet.google.com/abc-defg-hij\r\n"
    "LAST-MODIFIED:20260301T150000Z\r\n"
    "LOCATION:\r\n"
    "SEQUENCE:0\r\n"
    "STATUS:CONFIRMED\r\n"
    "SUMMARY:Weekly mentoring\r\n"
    "TRANSP:OPAQUE\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;TZID=America/New_York:20260323T090000\r\n"
    "DTEND;TZID=America/New_York:20260323T093000\r\n"
    "DTSTAMP:20260301T150000Z\r\n"
    "ORGANIZER;CN=cy@example.org:mailto:cy@example.org\r\n"
    "UID:7kukuqrfedlm2f9t0vr4kl4bsv@google.com\r\n"
    "RECURRENCE-ID;TZID=America/New_York:20260323T080000\r\n"
    "CREATED:20260301T150000Z\r\n"
    "LAST-MODIFIED:20260301T150500Z\r\n"
    "SEQUENCE:1\r\n"
    "STATUS:CONFIRMED\r\n"
    "SUMMARY:Weekly mentoring (moved)\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART:20260325T170000Z\r\n"
    "DTEND:20260325T174500Z\r\n"
    "DTSTAMP:20260301T150000Z\r\n"
    "ORGANIZER;CN=cy@example.org:mailto:cy@example.org\r\n"
    "UID:0a1b2c3d4e5f@google.com\r\n"
    "ATTENDEE;CN=Dee Lima:mailto:dee@example.org\r\n"
    "SEQUENCE:0\r\n"
    "SUMMARY:Extra session\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

  import_text (store, text, 0, &counts);
  assert_counts (&counts, 3, 0, 0, 0, 0);

  series = mentor_store_list_series (store, fixture->cy_dee);
  g_assert_cmpuint (g_list_model_get_n_items (series), ==, 1);
  one = g_list_model_get_item (series, 0);
  g_assert_cmpstr (mentor_checkin_series_get_dtstart (one), ==, "2026-03-02T08:00:00");
  g_assert_cmpstr (mentor_checkin_series_get_tzid (one), ==, "America/New_York");
  g_assert_cmpstr (mentor_checkin_series_get_exdates (one), ==, "2026-03-16T08:00:00");
  g_assert_cmpint (mentor_checkin_series_get_mode (one), ==, MENTOR_MODE_VIDEO);

  /* Mondays at 08:00 New York, before and after the change on 8 March;
   * the 16th skipped, the 23rd moved to 09:00; until 26 April. */
  calendar = mentor_store_list_calendar (store, fixture->cy_dee, "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z");
  {
    static const char * const expected[] = {
      "2026-03-02T13:00:00Z", "2026-03-09T12:00:00Z", "2026-03-23T13:00:00Z", "2026-03-25T17:00:00Z",
      "2026-03-30T12:00:00Z", "2026-04-06T12:00:00Z", "2026-04-13T12:00:00Z", "2026-04-20T12:00:00Z",
    };

    g_assert_cmpuint (g_list_model_get_n_items (calendar), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(MentorMeeting) meeting = g_list_model_get_item (calendar, i);

        g_assert_cmpstr (mentor_meeting_get_starts_at (meeting), ==, expected[i]);
      }
  }

  import_text (store, text, 0, &counts);
  assert_counts (&counts, 0, 0, 3, 0, 0);
}

/* ---- Matching ------------------------------------------------------------------ */

static void
test_matching (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorIcsPlan) plan = NULL;
  g_autoptr(MentorIcsItem) first = NULL;
  g_autoptr(MentorIcsItem) second = NULL;
  g_autofree char *unmatched = NULL;
  g_autofree char *said = NULL;
  static const char text[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:m1\r\nDTSTAMP:20260301T120000Z\r\nDTSTART:20260310T090000Z\r\n"
    "DURATION:PT30M\r\nSUMMARY:Both of them\r\n"
    "ORGANIZER:MAILTO:BEN.OKAFOR@EXAMPLE.COM\r\nATTENDEE:mailto:Ana@Example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:m2\r\nDTSTAMP:20260301T120000Z\r\nDTSTART;TZID=Europe/Berlin:20260303T090000\r\n"
    "DURATION:PT30M\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:One of them\r\n"
    "ORGANIZER:mailto:ana@example.com\r\nATTENDEE:mailto:stranger@example.net\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:m2\r\nDTSTAMP:20260301T120000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260310T090000\r\n"
    "DTSTART;TZID=Europe/Berlin:20260310T100000\r\nDURATION:PT30M\r\nSUMMARY:One of them, moved\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

  plan = plan_text (fixture->base.store, text, NULL, 0, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (mentor_ics_plan_get_items (plan), 0);
  second = g_list_model_get_item (mentor_ics_plan_get_items (plan), 1);

  g_assert_cmpint (mentor_ics_item_get_mentorship_id (first), ==, fixture->ana_ben);
  g_assert_true (mentor_ics_item_get_matched (first));
  g_assert_cmpstr (mentor_ics_item_get_mentorship_title (first), ==, "Ana Souza → Ben Okafor");
  g_assert_cmpint (mentor_ics_item_get_action (first), ==, MENTOR_ICS_ACTION_NEW);

  g_assert_cmpint (mentor_ics_item_get_mentorship_id (second), ==, 0);
  g_assert_false (mentor_ics_item_get_matched (second));
  g_assert_true (mentor_ics_item_get_can_choose (second));
  g_assert_cmpint (mentor_ics_item_get_kind (second), ==, MENTOR_ICS_ITEM_SERIES);
  g_assert_cmpuint (mentor_ics_plan_count_unmatched (plan), ==, 1);
  unmatched = mentor_ics_plan_describe_unmatched (plan, 5);
  g_assert_nonnull (strstr (unmatched, "“One of them”"));
  g_assert_nonnull (strstr (unmatched, "(line 12): no mentorship matches (organizer ana@example.com; "
                                       "attendees stranger@example.net)"));
  said = mentor_ics_plan_describe (plan);
  g_assert_cmpstr (said, ==, "3 events: 1 new, 2 left out.");

  /* Choosing the series' mentorship takes its occurrence along. */
  mentor_ics_plan_set_mentorship (plan, second, fixture->cy_dee);
  g_assert_cmpuint (mentor_ics_plan_count (plan, MENTOR_ICS_ACTION_NEW), ==, 3);
  {
    g_autoptr(MentorIcsItem) third = g_list_model_get_item (mentor_ics_plan_get_items (plan), 2);

    g_assert_cmpint (mentor_ics_item_get_mentorship_id (third), ==, fixture->cy_dee);
    g_assert_false (mentor_ics_item_get_can_choose (third));
  }
}

/* ---- The command line ---------------------------------------------------------- */

static int
run_cli (const char *database,
         const char *option,
         const char *file,
         gint64      mentorship_id)
{
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);

  g_variant_dict_insert_value (options, option, g_variant_new_bytestring (file));
  if (mentorship_id != 0)
    g_variant_dict_insert (options, "mentorship", "x", mentorship_id);

  return mentor_cli_run (database, options);
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *ics = g_build_filename (fixture->base.dir, "check-ins.ics", NULL);
  g_autofree char *stranger = g_build_filename (fixture->base.dir, "stranger.ics", NULL);
  static const char unmatched[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:s1\r\nDTSTAMP:20260301T120000Z\r\nDTSTART:20260310T090000Z\r\n"
    "DURATION:PT30M\r\nSUMMARY:Who?\r\nORGANIZER:mailto:x@example.net\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";

  add_calendar (fixture);
  g_assert_true (g_file_set_contents (stranger, unmatched, -1, NULL));

  if (g_test_subprocess ())
    {
      g_assert_cmpint (run_cli (fixture->base.path, "export-ics", ics, 0), ==, 0);
      g_assert_cmpint (run_cli (fixture->base.path, "import-ics", ics, 0), ==, 0);
      g_assert_cmpint (run_cli (fixture->base.path, "import-ics", stranger, 0), ==, 1);
      g_assert_cmpint (run_cli (fixture->base.path, "import-ics", stranger, 999), ==, 1);
      g_assert_cmpint (run_cli (fixture->base.path, "import-ics", stranger, fixture->cy_dee), ==, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Exported 1 check-in series, 2 changed occurrences, 1 meeting to check-ins.ics*"
                             "Imported check-ins.ics: 0 added, 0 updated, 4 unchanged, 0 cancelled, 0 left out*"
                             "Imported stranger.ics: 1 added, 0 updated, 0 unchanged, 0 cancelled, 0 left out*");
  g_test_trap_assert_stderr ("*Nothing imported: no mentorship matches 1 event.*"
                             "*Who*, * (line 3): no mentorship matches (organizer x@example.net; attendees none)*");
}

/* ---- Hostile files ------------------------------------------------------------- */

#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
#define TAIL "END:VCALENDAR\r\n"
#define EVENT(body) "BEGIN:VEVENT\r\nUID:h\r\n" body "END:VEVENT\r\n"

typedef struct {
  const char *name;
  const char *text;
  gssize      length;      /* -1: strlen */
  int         code;
  const char *message;     /* a glob */
} Hostile;

static const Hostile hostile[] = {
  { "empty", "", 0, MENTOR_ICS_ERROR_EMPTY, "The file is empty." },
  { "blank", "\r\n  \r\n\n", -1, MENTOR_ICS_ERROR_EMPTY, "The file is empty." },
  { "not-icalendar", "From: ana@example.com\r\nSubject: hi\r\n", -1, MENTOR_ICS_ERROR_NOT_ICALENDAR,
    "This is not an iCalendar file: it should begin with “BEGIN:VCALENDAR”, but line 1 reads “From: ana@example.com”." },
  { "utf16-bom", "\xff\xfe" "B\0E\0G\0I\0N\0", 12, MENTOR_ICS_ERROR_ENCODING,
    "The file is saved as UTF-16. Save it as UTF-8 and import it again." },
  { "utf16-no-bom", "B\0E\0G\0I\0N\0:\0", 12, MENTOR_ICS_ERROR_ENCODING,
    "The file is saved as UTF-16. Save it as UTF-8 and import it again." },
  { "binary", HEAD "X-A:\0\1\2\r\n" TAIL, sizeof (HEAD "X-A:\0\1\2\r\n" TAIL) - 1, MENTOR_ICS_ERROR_ENCODING,
    "Line 3 of the file holds binary data, not calendar text." },
  { "latin1", HEAD EVENT ("SUMMARY:Caf\xe9\r\n") TAIL, -1, MENTOR_ICS_ERROR_ENCODING,
    "Line 5 of the file is not UTF-8 text. Save the file as UTF-8 and import it again." },
  { "truncated", HEAD EVENT ("DTSTART:20260310T090000Z\r\n") "BEGIN:VEVENT\r\nUID:x\r\nDTST", -1,
    MENTOR_ICS_ERROR_MALFORMED,
    "The file ends before the VEVENT that began on line 7 is closed: it may have been cut short." },
  { "nested", HEAD "BEGIN:VEVENT\r\nBEGIN:VEVENT\r\nBEGIN:VEVENT\r\n", -1, MENTOR_ICS_ERROR_MALFORMED,
    "Line 4 begins a VEVENT inside the VEVENT that began on line 3 and never ended." },
  { "deep", HEAD "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nBEGIN:X-A\r\nBEGIN:X-B\r\nBEGIN:X-C\r\nBEGIN:X-D\r\n", -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 8 nests components more than 6 deep." },
  { "mismatched-end", HEAD "BEGIN:VEVENT\r\nEND:VTODO\r\n" TAIL, -1, MENTOR_ICS_ERROR_MALFORMED,
    "Line 4 ends a VTODO, but the VEVENT that began on line 3 is still open." },
  { "after-end", HEAD TAIL "SUMMARY:stray\r\n", -1, MENTOR_ICS_ERROR_MALFORMED,
    "Line 4, “SUMMARY:stray”, is outside the calendar." },
  { "month-14", HEAD EVENT ("DTSTART:20261414T100000Z\r\n") TAIL, -1, MENTOR_ICS_ERROR_MALFORMED,
    "Line 5 of the file has an impossible date or time in DTSTART: “DTSTART:20261414T100000Z”." },
  { "february-30", HEAD EVENT ("DTSTART:20260310T100000Z\r\nDTEND;TZID=Europe/Berlin:20260230T100000\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 6 of the file has an impossible date or time in DTEND: *" },
  { "hour-25", HEAD EVENT ("DTSTART:20260310T250000Z\r\n") TAIL, -1, MENTOR_ICS_ERROR_MALFORMED,
    "Line 5 of the file has an impossible date or time in DTSTART: *" },
  { "exdate-month-13", HEAD EVENT ("DTSTART:20260310T100000Z\r\nRRULE:FREQ=WEEKLY\r\nEXDATE:20261317T100000Z\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 7 of the file has an impossible date or time in EXDATE: *" },
  { "until-month-13", HEAD EVENT ("DTSTART:20260310T100000Z\r\nRRULE:FREQ=WEEKLY;UNTIL=20261301T000000Z\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 6 of the file has an impossible date or time in RRULE: *" },
  { "recurrence-id-day-0", HEAD EVENT ("DTSTART:20260310T100000Z\r\nRECURRENCE-ID:20260300T100000Z\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 6 of the file has an impossible date or time in RECURRENCE-ID: *" },
  { "secondly", HEAD EVENT ("DTSTART:19700101T000000Z\r\nRRULE:FREQ=SECONDLY;INTERVAL=1\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_RULE,
    "Line 6 of the file repeats an event more often than daily; Mentor keeps check-ins that repeat daily or less often." },
  { "hourly", HEAD EVENT ("DTSTART:20260310T100000Z\r\nRRULE:FREQ=HOURLY;COUNT=3\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_RULE, "Line 6 of the file repeats an event more often than daily; *" },
  { "zone-rule-daily", HEAD "BEGIN:VTIMEZONE\r\nTZID:Odd\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "RRULE:FREQ=DAILY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED,
    "Line 7 of the file gives a time zone a rule that is not yearly; no real time zone has one." },
  { "bad-rrule", HEAD EVENT ("DTSTART:20260310T100000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED,
    "Line 6 of the file cannot be read (Can't parse as RECUR value in RRULE property): “RRULE:FREQ=WEEKLY;BYDAY=XX”." },
  { "junk-in-event", HEAD EVENT ("DTSTART:20260310T100000Z\r\nthis is not a property\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_MALFORMED, "Line 6 of the file cannot be read *: “this is not a property”." },
  { "unknown-zone", HEAD EVENT ("DTSTART;TZID=Mars/Olympus Mons:20260310T100000\r\n") TAIL, -1,
    MENTOR_ICS_ERROR_UNKNOWN_ZONE,
    "Line 5 of the file uses the time zone “Mars/Olympus Mons”, which Mentor does not know and the file does not describe." },
};

static void
test_hostile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_calendar (fixture);
  before = mentor_test_dump (fixture->base.path);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MentorIcsParsed) parsed = NULL;
      gsize length = hostile[i].length < 0 ? strlen (hostile[i].text) : (gsize) hostile[i].length;

      g_test_message ("%s", hostile[i].name);
      parsed = mentor_ics_parse (hostile[i].text, length, "Europe/Berlin", &error);
      g_assert_null (parsed);
      g_assert_nonnull (error);
      g_test_message ("  %s", error->message);
      g_assert_error (error, MENTOR_ICS_ERROR, hostile[i].code);
      g_assert_true (g_pattern_match_simple (hostile[i].message, error->message));
    }

  after = mentor_test_dump (fixture->base.path);
  g_assert_cmpstr (before, ==, after);
}

/* Big ones: a line of megabytes, too many events, too many bytes. */
static void
test_hostile_sizes (void)
{
  g_autoptr(GString) text = g_string_new (HEAD "X-JUNK:");
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorIcsParsed) parsed = NULL;
  gint64 started = g_get_monotonic_time ();

  for (guint i = 0; i < 3 * 1024 * 1024; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, "\r\n" TAIL);
  parsed = mentor_ics_parse (text->str, text->len, NULL, &error);
  g_assert_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_true (g_pattern_match_simple ("Line 3 of the file is 3.1?MB long: calendar files are written in short "
                                         "lines, so this is not one.", error->message));
  g_clear_error (&error);

  g_string_assign (text, HEAD);
  for (guint i = 0; i <= MENTOR_ICS_MAX_EVENTS; i++)
    g_string_append (text, "BEGIN:VEVENT\r\nEND:VEVENT\r\n");
  g_string_append (text, TAIL);
  parsed = mentor_ics_parse (text->str, text->len, NULL, &error);
  g_assert_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file holds more than 50000 events; Mentor imports up to 50000 at a time.");
  g_clear_error (&error);

  g_string_set_size (text, 21 * 1000 * 1000);
  parsed = mentor_ics_parse (text->str, text->len, NULL, &error);
  g_assert_error (error, MENTOR_ICS_ERROR, MENTOR_ICS_ERROR_TOO_BIG);
  g_assert_true (g_pattern_match_simple ("The file is 21.0?MB; Mentor imports calendar files of up to 20.0?MB.",
                                         error->message));

  /* Refused fast: nothing was expanded or parsed past the scan. */
  g_test_message ("%.2f s", (g_get_monotonic_time () - started) / 1e6);
}

/* Problems of one event leave the others importable, and say why. */
static void
test_event_problems (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorIcsPlan) plan = NULL;
  static const char text[] =
    HEAD
    "BEGIN:VEVENT\r\nUID:p1\r\nSUMMARY:No start\r\nORGANIZER:mailto:ana@example.com\r\n"
    "ATTENDEE:mailto:ben.okafor@example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:p2\r\nDTSTART:20260310T100000Z\r\nDTEND:20260312T100000Z\r\nSUMMARY:Too long\r\n"
    "ORGANIZER:mailto:ana@example.com\r\nATTENDEE:mailto:ben.okafor@example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:p3\r\nDTSTART;TZID=Europe/Berlin:20260311T100000\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n"
    "SUMMARY:Starts off its rule\r\nORGANIZER:mailto:ana@example.com\r\n"
    "ATTENDEE:mailto:ben.okafor@example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:p4\r\nDTSTART:20260310T100000Z\r\nDURATION:PT45M\r\nSUMMARY:Fine\r\n"
    "DESCRIPTION:\r\nGEO:garbage\r\nDTSTAMP:20260301T000000Z\r\n"
    "ORGANIZER:mailto:ana@example.com\r\nATTENDEE:mailto:ben.okafor@example.com\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:p4\r\nDTSTART:20260310T110000Z\r\nDURATION:PT45M\r\nSUMMARY:Fine, older copy\r\n"
    "SEQUENCE:0\r\nDTSTAMP:20200101T000000Z\r\n"
    "ORGANIZER:mailto:ana@example.com\r\nATTENDEE:mailto:ben.okafor@example.com\r\nEND:VEVENT\r\n"
    TAIL;
  const char *problems[] = {
    "It has no start time.",
    "It lasts more than a day; Mentor keeps meetings of up to 24 hours.",
    NULL,
    NULL,
    "A newer copy of this event is in the same file (line 25).",
  };
  MentorIcsCounts counts = { 0, };
  GListModel *items;

  plan = plan_text (fixture->base.store, text, NULL, 0, &error);
  g_assert_no_error (error);
  items = mentor_ics_plan_get_items (plan);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(MentorIcsItem) item = g_list_model_get_item (items, i);

      g_test_message ("%s: %s", mentor_ics_item_get_title (item), mentor_ics_item_get_problem (item));
      if (i == 2)
        g_assert_nonnull (mentor_ics_item_get_problem (item));
      else
        g_assert_cmpstr (mentor_ics_item_get_problem (item), ==, problems[i]);
    }

  /* The bad GEO was left out with a word; the empty DESCRIPTION is empty. */
  g_assert_cmpuint (g_strv_length ((char **) mentor_ics_plan_get_warnings (plan)), ==, 1);
  g_test_message ("%s", mentor_ics_plan_get_warnings (plan)[0]);
  g_assert_true (g_str_has_prefix (mentor_ics_plan_get_warnings (plan)[0], "Line 31 was left out: "));

  g_assert_true (mentor_ics_plan_apply (plan, &counts, &error));
  g_assert_no_error (error);
  assert_counts (&counts, 1, 0, 0, 0, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ics/export/shape", test_export_shape);
  ADD ("/ics/export/no-alarm-one-mentorship", test_export_no_alarm_and_one_mentorship);
  ADD ("/ics/export/write", test_export_write_atomic);
  ADD ("/ics/import/reimport-unchanged", test_reimport_unchanged);
  ADD ("/ics/import/roundtrip-fresh-file", test_roundtrip_fresh_file);
  ADD ("/ics/import/sequence", test_sequence_update);
  ADD ("/ics/import/cancel", test_cancel);
  ADD ("/ics/import/outlook", test_outlook_windows_zone);
  ADD ("/ics/import/custom-zone", test_custom_zone_by_rules);
  ADD ("/ics/import/prefixed-floating-all-day", test_prefixed_and_floating);
  ADD ("/ics/import/google", test_google_series_with_overrides);
  ADD ("/ics/import/matching", test_matching);
  ADD ("/ics/import/hostile", test_hostile);
  ADD ("/ics/import/event-problems", test_event_problems);
  ADD ("/ics/command-line", test_command_line);
#undef ADD
  g_test_add_func ("/ics/windows-zones", test_windows_table);
  g_test_add_func ("/ics/import/hostile-sizes", test_hostile_sizes);

  return g_test_run ();
}
