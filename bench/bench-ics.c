/* bench-ics.c — iCalendar export and import, against libical alone
 *
 * A data file with 1,000 mentorships (2,000 people), each with weekly
 * check-ins in one of five zones and 10 changed occurrences (10,000 in all)
 * is written through the store. Then:
 *   export: Mentor collects the check-ins from the store and builds the
 *           calendar (libical components, serialized); the baseline is
 *           libical alone making the same components (a copy of the tree
 *           read back from Mentor's text) and serializing them;
 *   import: the exported file (11,000 events) is imported into a fresh data
 *           file with the same people: Mentor's parse (byte scan, libical,
 *           every check, zones), plan and apply in one transaction, then
 *           the same file again (all unchanged); the baseline is libical
 *           alone parsing the same text (and freeing the tree).
 * Prints every time and Mentor's ratio to libical's. The target:
 * within 1.5x of libical alone. Times are CPU seconds of this process. Not
 * a test: nothing is asserted.
 *
 *   ninja -C build bench/bench-ics && build/bench/bench-ics
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mentor-core.h"

#define N_MENTORSHIPS         1000
#define OVERRIDES_PER_SERIES  10

static const char * const zones[] = {
  "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Tokyo", "Australia/Sydney",
};

typedef struct {
  gboolean with_calendar;
} Fill;

/* CPU time of this process: the machine may be busy with other work, and
 * both sides of each ratio are measured the same way. */
static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static gint64
add_person (MentorStore  *store,
            guint         i,
            const char   *role,
            GError      **error)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autofree char *name = g_strdup_printf ("%s %u", role, i);
  g_autofree char *email = g_strdup_printf ("%s.%u@example.com", role, i);

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  if (!mentor_store_save_person (store, person, error))
    return 0;
  return mentor_person_get_id (person);
}

static gboolean
fill_cb (MentorStore  *store,
         gpointer      user_data,
         GError      **error)
{
  Fill *fill = user_data;

  for (guint i = 0; i < N_MENTORSHIPS; i++)
    {
      g_autoptr(MentorMentorship) mentorship = mentor_mentorship_new ();
      g_autoptr(MentorCheckinSeries) series = NULL;
      const char *tzid = zones[i % G_N_ELEMENTS (zones)];
      gint64 mentor_id = add_person (store, i, "mentor", error);
      gint64 mentee_id = mentor_id != 0 ? add_person (store, i, "mentee", error) : 0;
      g_autoptr(GDateTime) first = NULL;
      g_autoptr(GTimeZone) zone = NULL;

      if (mentee_id == 0)
        return FALSE;

      mentor_mentorship_set_mentor_id (mentorship, mentor_id);
      mentor_mentorship_set_mentee_id (mentorship, mentee_id);
      mentor_mentorship_set_started_on (mentorship, "2026-01-05");
      mentor_mentorship_set_cadence_days (mentorship, 7);
      if (!mentor_store_save_mentorship (store, mentorship, error))
        return FALSE;

      if (!fill->with_calendar)
        continue;

      /* Weekly from a Monday to a Friday in January 2026, 08:00 to 17:00. */
      zone = g_time_zone_new_identifier (tzid);
      first = g_date_time_new (zone, 2026, 1, 5 + i % 5, 8 + i % 10, (i % 4) * 15, 0);
      series = mentor_checkin_series_new ();
      mentor_checkin_series_set_mentorship_id (series, mentor_mentorship_get_id (mentorship));
      {
        g_autofree char *dtstart = g_date_time_format (first, "%Y-%m-%dT%H:%M:%S");
        g_autofree char *skipped = NULL;
        g_autoptr(GDateTime) week = g_date_time_add_weeks (first, 3);

        skipped = g_date_time_format (week, "%Y-%m-%dT%H:%M:%S");
        mentor_checkin_series_set_dtstart (series, dtstart);
        mentor_checkin_series_set_exdates (series, skipped);
      }
      mentor_checkin_series_set_summary (series, "Weekly check-in");
      mentor_checkin_series_set_tzid (series, tzid);
      mentor_checkin_series_set_duration_min (series, 30 + (i % 3) * 15);
      mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;COUNT=52");
      mentor_checkin_series_set_location (series, "Video call");
      if (!mentor_store_save_series (store, series, error))
        return FALSE;

      /* Ten changed occurrences: held with notes, moved, one cancelled. */
      for (guint k = 0; k < OVERRIDES_PER_SERIES; k++)
        {
          g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
          g_autoptr(GDateTime) local = g_date_time_add_weeks (first, (int) (k * 4 + 1));
          g_autoptr(GDateTime) utc = g_date_time_to_utc (local);
          g_autoptr(GDateTime) moved = g_date_time_add_minutes (utc, k % 3 == 1 ? 60 : 0);
          g_autofree char *rid = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
          g_autofree char *at = g_date_time_format (moved, "%Y-%m-%dT%H:%M:%SZ");

          mentor_meeting_set_mentorship_id (meeting, mentor_mentorship_get_id (mentorship));
          mentor_meeting_set_series_id (meeting, mentor_checkin_series_get_id (series));
          mentor_meeting_set_recurrence_id (meeting, rid);
          mentor_meeting_set_starts_at (meeting, at);
          mentor_meeting_set_tzid (meeting, tzid);
          mentor_meeting_set_duration_min (meeting, 45);
          mentor_meeting_set_status (meeting, k == 9 ? MENTOR_MEETING_CANCELLED : MENTOR_MEETING_HELD);
          mentor_meeting_set_agenda (meeting, "Goals, the last week, the next step.");
          mentor_meeting_set_summary (meeting, "Agreed on the next step; both follow up by Friday.");
          mentor_meeting_set_private_notes (meeting, "Never exported.");
          if (!mentor_store_save_meeting (store, meeting, error))
            return FALSE;
        }
    }

  return TRUE;
}

static MentorStore *
new_store (const char *dir,
           const char *name,
           gboolean    with_calendar)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  MentorStore *store = mentor_store_open (path, &error);
  Fill fill = { with_calendar };

  if (store == NULL || !mentor_store_batch (store, fill_cb, &fill, &error))
    g_error ("cannot fill the data file: %s", error->message);

  return store;
}

static void
row (const char *what,
     double      seconds,
     double      baseline)
{
  if (baseline > 0)
    printf ("  %-46s %8.3f s   %5.2fx libical\n", what, seconds, seconds / baseline);
  else
    printf ("  %-46s %8.3f s\n", what, seconds);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mentor-bench-ics-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "check-ins.ics", NULL);
  g_autoptr(MentorStore) source = NULL;
  g_autoptr(MentorStore) target = NULL;
  g_autoptr(MentorIcsExport) export = NULL;
  g_autoptr(MentorIcsParsed) parsed = NULL;
  g_autoptr(MentorIcsPlan) plan = NULL;
  g_autofree char *text = NULL;
  MentorIcsExportCounts exported = { 0, };
  MentorIcsCounts imported = { 0, };
  double t, collect_s, build_s, write_s, serialize_s, parse_s, libical_parse_s, plan_s, apply_s;
  icalcomponent *tree;
  char *serialized;

  printf ("Filling a data file: %u mentorships with weekly check-ins and %u changed occurrences…\n",
          N_MENTORSHIPS, N_MENTORSHIPS * OVERRIDES_PER_SERIES);
  t = now ();
  source = new_store (dir, "source.db", TRUE);
  printf ("  (%.1f s)\n\n", now () - t);

  /* ---- Export ---- */
  t = now ();
  export = mentor_ics_export_collect (source, 0, &error);
  collect_s = now () - t;
  g_assert_no_error (error);

  t = now ();
  text = mentor_ics_export_build (export, &exported);
  build_s = now () - t;

  t = now ();
  if (!mentor_ics_export_write (export, file, NULL, &error))
    g_error ("%s", error->message);
  write_s = now () - t;

  /* libical alone: the same calendar made (as a copy of the components
   * Mentor built, read back) and serialized, then freed. */
  tree = icalparser_parse_string (text);
  t = now ();
  {
    icalcomponent *copy = icalcomponent_new_clone (tree);

    serialized = icalcomponent_as_ical_string_r (copy);
    icalcomponent_free (copy);
  }
  serialize_s = now () - t;
  icalmemory_free_buffer (serialized);
  icalcomponent_free (tree);

  printf ("Export: %u series, %u changed occurrences, %u meetings, %.1f MB\n",
          exported.series, exported.overrides, exported.meetings, strlen (text) / 1e6);
  row ("libical alone: make and serialize the calendar", serialize_s, 0);
  row ("Mentor: build the calendar (components + text)", build_s, serialize_s);
  row ("Mentor: read the store", collect_s, 0);
  row ("Mentor: store + build", collect_s + build_s, serialize_s);
  row ("Mentor: build again and write the file", write_s, serialize_s);
  printf ("\n");

  /* ---- Import ---- */
  target = new_store (dir, "target.db", FALSE);

  /* libical alone: the same text parsed, then the tree freed; each side the
   * best of three runs, taken in turns. */
  libical_parse_s = parse_s = G_MAXDOUBLE;
  for (guint run = 0; run < 3; run++)
    {
      t = now ();
      tree = icalparser_parse_string (text);
      icalcomponent_free (tree);
      libical_parse_s = MIN (libical_parse_s, now () - t);

      g_clear_pointer (&parsed, mentor_ics_parsed_free);
      t = now ();
      parsed = mentor_ics_parse (text, strlen (text), "Europe/Berlin", &error);
      parse_s = MIN (parse_s, now () - t);
      g_assert_no_error (error);
    }

  t = now ();
  plan = mentor_ics_plan_new (target, g_steal_pointer (&parsed), 0);
  plan_s = now () - t;

  t = now ();
  if (!mentor_ics_plan_apply (plan, &imported, &error))
    g_error ("%s", error->message);
  apply_s = now () - t;
  g_clear_object (&plan);

  printf ("Import of the same file into a fresh data file: %u added, %u left out\n",
          imported.added, imported.skipped);
  row ("libical alone: parse the text (and free it)", libical_parse_s, 0);
  row ("Mentor: parse (scan, libical, checks, zones)", parse_s, libical_parse_s);
  row ("Mentor: plan (match, compare with the store)", plan_s, 0);
  row ("Mentor: apply (one transaction)", apply_s, 0);
  row ("Mentor: whole import", parse_s + plan_s + apply_s, libical_parse_s);

  t = now ();
  parsed = mentor_ics_parse (text, strlen (text), "Europe/Berlin", &error);
  plan = mentor_ics_plan_new (target, g_steal_pointer (&parsed), 0);
  if (!mentor_ics_plan_apply (plan, &imported, &error))
    g_error ("%s", error->message);
  printf ("Importing it again: %u unchanged, %u added\n", imported.unchanged, imported.added);
  row ("Mentor: whole import, nothing to change", now () - t, libical_parse_s);

  g_clear_object (&source);
  g_clear_object (&target);
  g_clear_object (&plan);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (g_file_test (path, G_FILE_TEST_IS_DIR))
          {
            g_autoptr(GDir) inner = g_dir_open (path, 0, NULL);
            const char *child;

            while (inner != NULL && (child = g_dir_read_name (inner)) != NULL)
              {
                g_autofree char *inner_path = g_build_filename (path, child, NULL);
                g_unlink (inner_path);
              }
            g_rmdir (path);
          }
        else
          g_unlink (path);
      }
    g_rmdir (dir);
  }

  return 0;
}
