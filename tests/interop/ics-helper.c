/* ics-helper.c — Mentor's side of the interop tests
 *
 *   ics-helper people DB        a new data file with the people and mentorships
 *   ics-helper calendar DB      the same, with check-ins that cross daylight-
 *                               saving changes in several zones
 *   ics-helper occurrences DB FROM TO
 *                               what Mentor's calendar shows in [FROM, TO)
 *                               (UTC instants), one line per meeting:
 *                               start<TAB>end<TAB>status<TAB>uid<TAB>recurrence-id
 *
 * The Python tests export and import with the real `mentor` command line and
 * compare what Python's icalendar, recurring_ical_events and khal read with
 * what this prints.
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "mentor-core.h"

static void
die (const char   *what,
     const GError *error)
{
  g_printerr ("ics-helper: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static gint64
add_person (MentorStore *store,
            const char  *name,
            const char  *email,
            const char  *zone)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autoptr(GError) error = NULL;

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_timezone (person, zone);
  if (!mentor_store_save_person (store, person, &error))
    die ("person", error);

  return mentor_person_get_id (person);
}

static gint64
add_mentorship (MentorStore *store,
                gint64       mentor,
                gint64       mentee)
{
  g_autoptr(MentorMentorship) mentorship = mentor_mentorship_new ();
  g_autoptr(GError) error = NULL;

  mentor_mentorship_set_mentor_id (mentorship, mentor);
  mentor_mentorship_set_mentee_id (mentorship, mentee);
  mentor_mentorship_set_started_on (mentorship, "2026-01-05");
  mentor_mentorship_set_ends_on (mentorship, "2027-01-31");
  mentor_mentorship_set_cadence_days (mentorship, 14);
  mentor_mentorship_set_focus_areas (mentorship, (const char * const[]) { "Leadership", "Communication", NULL });
  if (!mentor_store_save_mentorship (store, mentorship, &error))
    die ("mentorship", error);

  return mentor_mentorship_get_id (mentorship);
}

static void
add_people (MentorStore *store,
            gint64       ids[3])
{
  gint64 ana = add_person (store, "Ana Souza", "ana@example.com", "Europe/Berlin");
  gint64 ben = add_person (store, "Ben Okafor", "ben@example.com", "America/New_York");
  gint64 cy = add_person (store, "Cy Park", "cy@example.org", "America/New_York");
  gint64 dee = add_person (store, "Dée Lima", "dee@example.org", "America/Sao_Paulo");
  gint64 eli = add_person (store, "Eli Tanaka", "eli@example.jp", "Asia/Tokyo");

  ids[0] = add_mentorship (store, ana, ben);
  ids[1] = add_mentorship (store, cy, dee);
  ids[2] = add_mentorship (store, eli, ana);
}

static gint64
add_series (MentorStore *store,
            gint64       mentorship,
            const char  *summary,
            const char  *dtstart,
            const char  *tzid,
            guint        minutes,
            const char  *rrule,
            const char  *exdates)
{
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(GError) error = NULL;

  mentor_checkin_series_set_mentorship_id (series, mentorship);
  mentor_checkin_series_set_summary (series, summary);
  mentor_checkin_series_set_dtstart (series, dtstart);
  mentor_checkin_series_set_tzid (series, tzid);
  mentor_checkin_series_set_duration_min (series, minutes);
  mentor_checkin_series_set_rrule (series, rrule);
  mentor_checkin_series_set_exdates (series, exdates);
  mentor_checkin_series_set_location (series, "Video call");
  if (!mentor_store_save_series (store, series, &error))
    die ("series", error);

  return mentor_checkin_series_get_id (series);
}

static void
add_meeting (MentorStore         *store,
             gint64               mentorship,
             gint64               series,
             const char          *original_local,
             const char          *start_local,
             const char          *tzid,
             guint                minutes,
             MentorMeetingStatus  status,
             const char          *agenda)
{
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *start = mentor_local_to_instant (start_local, tzid);

  mentor_meeting_set_mentorship_id (meeting, mentorship);
  if (series != 0)
    {
      g_autofree char *original = mentor_local_to_instant (original_local, tzid);

      mentor_meeting_set_series_id (meeting, series);
      mentor_meeting_set_recurrence_id (meeting, original);
    }
  mentor_meeting_set_starts_at (meeting, start);
  mentor_meeting_set_tzid (meeting, tzid);
  mentor_meeting_set_duration_min (meeting, minutes);
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_agenda (meeting, agenda);
  mentor_meeting_set_private_notes (meeting, "PRIVATE: never exported");
  if (!mentor_store_save_meeting (store, meeting, &error))
    die ("meeting", error);
}

/* Check-ins across the daylight-saving changes of 2026: Europe on 29 March
 * and 25 October, the US on 8 March and 1 November (weeks when the two are
 * out of step), Brazil none, Japan none. UNTIL is the end of a local day,
 * as Mentor writes it, away from the edge ICALENDAR.md warns about. */
static void
add_calendar (MentorStore *store,
              gint64       ids[3])
{
  g_autoptr(GError) error = NULL;
  MentorRepeat repeat = { 0, };
  g_autofree char *until_rule = NULL;
  gint64 berlin, new_york, tokyo;

  berlin = add_series (store, ids[0], "Career check-in", "2026-01-06T09:00:00", "Europe/Berlin", 45,
                       "FREQ=WEEKLY;BYDAY=TU;COUNT=52", "2026-02-17T09:00:00,2026-10-27T09:00:00");
  add_meeting (store, ids[0], berlin, "2026-03-31T09:00:00", "2026-03-31T11:30:00", "Europe/Berlin", 60,
               MENTOR_MEETING_HELD, "Moved after the change to summer time");
  add_meeting (store, ids[0], berlin, "2026-10-20T09:00:00", "2026-10-20T09:00:00", "Europe/Berlin", 45,
               MENTOR_MEETING_CANCELLED, "");
  add_meeting (store, ids[0], berlin, "2026-03-03T09:00:00", "2026-03-03T09:00:00", "Europe/Berlin", 45,
               MENTOR_MEETING_MISSED, "");

  repeat.kind = MENTOR_REPEAT_WEEKLY;
  repeat.interval = 2;
  repeat.weekdays = 1 << (G_DATE_THURSDAY - 1);
  g_strlcpy (repeat.until, "2026-12-17", sizeof repeat.until);
  until_rule = mentor_repeat_to_rrule (&repeat, "America/New_York", &error);
  if (until_rule == NULL)
    die ("rule", error);
  new_york = add_series (store, ids[1], "", "2026-01-08T17:30:00", "America/New_York", 30, until_rule, "");
  add_meeting (store, ids[1], new_york, "2026-03-05T17:30:00", "2026-03-06T08:00:00", "America/New_York", 30,
               MENTOR_MEETING_SCHEDULED, "Moved to the morning");

  tokyo = add_series (store, ids[2], "Monthly reflection", "2026-01-13T10:00:00", "Asia/Tokyo", 60,
                      "FREQ=MONTHLY;BYDAY=2TU;COUNT=12", "");
  add_meeting (store, ids[2], tokyo, "2026-06-09T10:00:00", "2026-06-09T10:00:00", "Asia/Tokyo", 90,
               MENTOR_MEETING_SCHEDULED, "Longer, with the half-year review");

  add_meeting (store, ids[1], 0, NULL, "2026-03-28T14:00:00", "America/Sao_Paulo", 45,
               MENTOR_MEETING_SCHEDULED, "Coffee; bring the\nstakeholder map");
  add_meeting (store, ids[0], 0, NULL, "2026-10-25T02:30:00", "Europe/Berlin", 30,
               MENTOR_MEETING_SCHEDULED, "In the hour that happens twice");
  add_meeting (store, ids[2], 0, NULL, "2026-07-01T08:00:00", "UTC", 30,
               MENTOR_MEETING_HELD, "In UTC");
}

static int
occurrences (MentorStore *store,
             const char  *from,
             const char  *to)
{
  g_autoptr(GListModel) calendar = mentor_store_list_calendar (store, 0, from, to);

  for (guint i = 0; i < g_list_model_get_n_items (calendar); i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (calendar, i);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      const char *at = mentor_meeting_get_starts_at (meeting);
      const char *rid = mentor_meeting_get_recurrence_id (meeting);
      g_autofree char *end_text = NULL;
      int y, mo, d, h, mi, s;

      sscanf (at, "%d-%d-%dT%d:%d:%dZ", &y, &mo, &d, &h, &mi, &s);
      start = g_date_time_new_utc (y, mo, d, h, mi, s);
      end = g_date_time_add_minutes (start, (int) mentor_meeting_get_duration_min (meeting));
      end_text = g_date_time_format (end, "%Y-%m-%dT%H:%M:%SZ");

      g_print ("%s\t%s\t%s\t%s\t%s\n", at, end_text,
               mentor_meeting_status_to_string (mentor_meeting_get_status (meeting)),
               mentor_meeting_get_uid (meeting), rid != NULL ? rid : "");
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  setlocale (LC_ALL, "");

  if (argc < 3)
    {
      g_printerr ("usage: ics-helper people|calendar DB | occurrences DB FROM TO\n");
      return 2;
    }

  store = mentor_store_open (argv[2], &error);
  if (store == NULL)
    die ("open", error);

  if (g_str_equal (argv[1], "people"))
    add_people (store, ids);
  else if (g_str_equal (argv[1], "calendar"))
    {
      add_people (store, ids);
      add_calendar (store, ids);
    }
  else if (g_str_equal (argv[1], "occurrences") && argc == 5)
    return occurrences (store, argv[3], argv[4]);
  else
    {
      g_printerr ("ics-helper: unknown command %s\n", argv[1]);
      return 2;
    }

  return 0;
}
