/* fuzz-ics-import.c — libFuzzer target for the .ics importer
 *
 * Each input goes through what a received file goes through before the
 * user presses Import: mentor_ics_parse() (the byte scan, libical, the
 * checks, the events copied out) and mentor_ics_plan_new() against a data
 * file with people, mentorships and a recurring series, so that matching,
 * occurrence checks and recurrence expansion run too. Nothing is written.
 * Built by tests/fuzz/run-fuzz.sh with clang and AddressSanitizer + UBSan.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <libical/ical.h>

#include "mentor-core.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static MentorStore *store;

static gint64
add_person (const char *name,
            const char *email)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  if (!mentor_store_save_person (store, person, NULL))
    abort ();
  return mentor_person_get_id (person);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorMentorship) mentorship = mentor_mentorship_new ();
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autofree char *dir = g_dir_make_tmp ("mentor-fuzz-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

  /* libical must never abort on an error it meets. */
  icalerror_set_errors_are_fatal (0);

  store = mentor_store_open (path, &error);
  if (store == NULL)
    abort ();

  mentor_mentorship_set_mentor_id (mentorship, add_person ("Ana Souza", "ana@example.com"));
  mentor_mentorship_set_mentee_id (mentorship, add_person ("Ben Okafor", "ben@example.com"));
  if (!mentor_store_save_mentorship (store, mentorship, NULL))
    abort ();

  mentor_checkin_series_set_mentorship_id (series, mentor_mentorship_get_id (mentorship));
  mentor_checkin_series_set_uid (series, "series@example.com");
  mentor_checkin_series_set_dtstart (series, "2026-03-03T09:00:00");
  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  mentor_checkin_series_set_duration_min (series, 45);
  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;BYDAY=TU");
  if (!mentor_store_save_series (store, series, NULL))
    abort ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  MentorIcsParsed *parsed = mentor_ics_parse ((const char *) data, size, "Europe/Berlin", &error);

  if (parsed != NULL)
    {
      g_autoptr(MentorIcsPlan) plan = mentor_ics_plan_new (store, parsed, 0);
      g_autofree char *said = mentor_ics_plan_describe (plan);
      g_autofree char *unmatched = mentor_ics_plan_describe_unmatched (plan, 5);
    }
  else if (error == NULL || error->message == NULL || *error->message == '\0')
    abort ();  /* a refusal always says why */

  return 0;
}
