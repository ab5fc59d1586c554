/* mentor-csv-export.c — the program's data as CSV files for spreadsheets
 *
 * Reads through the store's API and writes each field with libcsv, which
 * quotes it as RFC 4180 says. The four files are written to temporary names
 * beside their targets and renamed together at the end, so a spreadsheet
 * never opens half an export, and a failed export leaves the folder as it
 * was. The meetings file has no private_notes column: private notes never
 * leave the app this way.
 */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "mentor-atomic-file.h"
#include "mentor-csv-export.h"

static const char * const file_names[MENTOR_CSV_EXPORT_N_FILES] = {
  [MENTOR_CSV_EXPORT_MENTORSHIPS] = "mentorships.csv",
  [MENTOR_CSV_EXPORT_MEETINGS]    = "meetings.csv",
  [MENTOR_CSV_EXPORT_GOALS]       = "goals.csv",
  [MENTOR_CSV_EXPORT_MILESTONES]  = "milestones.csv",
};

/* The column names: the data file's own where there is one (DESIGN.md, "The
 * data file"), so the files read like the documented schema. */
static const char * const mentorship_columns[] = {
  "id", "mentor_id", "mentor", "mentee_id", "mentee", "kind", "status",
  "started_on", "ends_on", "closed_on", "end_reason", "cadence_days", "mode",
  "focus_areas", "expectations", "health", NULL
};
static const char * const meeting_columns[] = {
  "id", "mentorship_id", "mentor", "mentee", "series_id", "recurrence_id",
  "starts_at", "local_start", "tzid", "duration_min", "status", "mode",
  "location", "agenda", "summary", NULL
};
static const char * const goal_columns[] = {
  "id", "mentorship_id", "mentor", "mentee", "title", "focus_area",
  "success_measure", "target_on", "status", "drop_reason", "milestones_done",
  "milestones_total", NULL
};
static const char * const milestone_columns[] = {
  "id", "goal_id", "mentorship_id", "goal", "position", "title", "due_on",
  "done_on", NULL
};

typedef struct {
  FILE             *fp;      /* writes to a copy of file.fd */
  MentorAtomicFile  file;
  char             *path;
  guint             rows;
  int               saved_errno;
} CsvOut;

static void
csv_out_clear (CsvOut *out)
{
  if (out->fp != NULL)
    fclose (out->fp);
  out->fp = NULL;
  mentor_atomic_file_clear (&out->file);
  g_clear_pointer (&out->path, g_free);
}

static gboolean
fail_with_errno (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s."), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
csv_out_open (CsvOut      *out,
              const char  *dir,
              const char  *name,
              GError     **error)
{
  int fd;

  out->path = g_build_filename (dir, name, NULL);
  /* Named only when all four are complete (see mentor-atomic-file.h). */
  if (!mentor_atomic_file_open (&out->file, out->path, 0644))
    return fail_with_errno (error, errno, out->path);

  /* The stream closes its own copy: the unnamed file lives on in file.fd. */
  fd = dup (out->file.fd);
  if (fd < 0)
    return fail_with_errno (error, errno, out->path);
  out->fp = fdopen (fd, "w");
  if (out->fp == NULL)
    {
      int saved_errno = errno;

      close (fd);
      return fail_with_errno (error, saved_errno, out->path);
    }
  return TRUE;
}

/* One row; NULL fields are empty. */
static void
csv_out_row (CsvOut             *out,
             const char * const *fields,
             guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const char *field = fields[i] != NULL ? fields[i] : "";

      if ((i > 0 && fputc (',', out->fp) == EOF) ||
          csv_fwrite (out->fp, field, strlen (field)) != 0)
        {
          if (out->saved_errno == 0)
            out->saved_errno = errno != 0 ? errno : EIO;
          return;
        }
    }
  /* RFC 4180 ends records with CRLF. */
  if (fputs ("\r\n", out->fp) == EOF && out->saved_errno == 0)
    out->saved_errno = errno != 0 ? errno : EIO;
}

static void
csv_out_header (CsvOut             *out,
                const char * const *columns)
{
  csv_out_row (out, columns, g_strv_length ((GStrv) columns));
}

/* Flushes the file to the disk and closes it; the rename comes later. */
static gboolean
csv_out_finish (CsvOut  *out,
                GError **error)
{
  FILE *fp = g_steal_pointer (&out->fp);

  if (out->saved_errno == 0 && (fflush (fp) != 0 || ferror (fp)))
    out->saved_errno = errno != 0 ? errno : EIO;
  if (out->saved_errno == 0 && fsync (fileno (fp)) != 0)
    out->saved_errno = errno;
  if (fclose (fp) != 0 && out->saved_errno == 0)
    out->saved_errno = errno;

  if (out->saved_errno != 0)
    return fail_with_errno (error, out->saved_errno, out->path);
  return TRUE;
}

static char *
uint_text (guint64 value)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, value);
}

static char *
id_text (gint64 id)
{
  return id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, id) : NULL;
}

/* The local wall time of an instant in the zone it was planned in. */
static char *
local_start (MentorMeeting *meeting)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (mentor_meeting_get_starts_at (meeting), NULL);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) there = NULL;
  const char *tzid = mentor_meeting_get_tzid (meeting);

  if (when == NULL)
    return NULL;
  if (tzid != NULL && *tzid != '\0')
    zone = g_time_zone_new_identifier (tzid);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  there = g_date_time_to_timezone (when, zone);
  return g_date_time_format (there, "%Y-%m-%dT%H:%M:%S");
}

static void
write_mentorships (CsvOut     *out,
                   GListModel *mentorships)
{
  guint n = g_list_model_get_n_items (mentorships);

  csv_out_header (out, mentorship_columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorHealth *health = mentor_mentorship_get_health (m);
      MentorHealthLevel level = health != NULL ? mentor_health_get_level (health) : MENTOR_HEALTH_NONE;
      g_autofree char *id = id_text (mentor_mentorship_get_id (m));
      g_autofree char *mentor_id = id_text (mentor_mentorship_get_mentor_id (m));
      g_autofree char *mentee_id = id_text (mentor_mentorship_get_mentee_id (m));
      g_autofree char *cadence = uint_text (mentor_mentorship_get_cadence_days (m));
      g_autofree char *areas = NULL;
      const char * const *focus = mentor_mentorship_get_focus_areas (m);
      const char *fields[G_N_ELEMENTS (mentorship_columns) - 1];

      /* Several areas in one cell, as a spreadsheet user would type them. */
      areas = focus != NULL ? g_strjoinv ("; ", (GStrv) focus) : NULL;

      fields[0] = id;
      fields[1] = mentor_id;
      fields[2] = mentor_mentorship_get_mentor_name (m);
      fields[3] = mentee_id;
      fields[4] = mentor_mentorship_get_mentee_name (m);
      fields[5] = mentor_kind_to_string (mentor_mentorship_get_kind (m));
      fields[6] = mentor_status_to_string (mentor_mentorship_get_status (m));
      fields[7] = mentor_mentorship_get_started_on (m);
      fields[8] = mentor_mentorship_get_ends_on (m);
      fields[9] = mentor_mentorship_get_closed_on (m);
      fields[10] = mentor_mentorship_get_end_reason (m);
      fields[11] = cadence;
      fields[12] = mentor_mode_to_string (mentor_mentorship_get_mode (m));
      fields[13] = areas;
      fields[14] = mentor_mentorship_get_expectations (m);
      fields[15] = level != MENTOR_HEALTH_NONE ? mentor_health_level_to_string (level) : NULL;
      csv_out_row (out, fields, G_N_ELEMENTS (fields));
      out->rows++;
    }
}

static void
write_meetings (CsvOut     *out,
                GListModel *meetings,
                GHashTable *by_id)
{
  guint n = g_list_model_get_n_items (meetings);

  csv_out_header (out, meeting_columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 mentorship_id = mentor_meeting_get_mentorship_id (meeting);
      MentorMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);
      MentorMode mode = mentor_meeting_get_mode (meeting);
      g_autofree char *id = id_text (mentor_meeting_get_id (meeting));
      g_autofree char *mid = id_text (mentorship_id);
      g_autofree char *series = id_text (mentor_meeting_get_series_id (meeting));
      g_autofree char *local = local_start (meeting);
      g_autofree char *duration = uint_text (mentor_meeting_get_duration_min (meeting));
      const char *fields[G_N_ELEMENTS (meeting_columns) - 1];

      fields[0] = id;
      fields[1] = mid;
      fields[2] = m != NULL ? mentor_mentorship_get_mentor_name (m) : NULL;
      fields[3] = m != NULL ? mentor_mentorship_get_mentee_name (m) : NULL;
      fields[4] = series;
      fields[5] = mentor_meeting_get_recurrence_id (meeting);
      fields[6] = mentor_meeting_get_starts_at (meeting);
      fields[7] = local;
      fields[8] = mentor_meeting_get_tzid (meeting);
      fields[9] = duration;
      fields[10] = mentor_meeting_status_to_string (mentor_meeting_get_status (meeting));
      fields[11] = mode < MENTOR_N_MODES ? mentor_mode_to_string (mode) : NULL;
      fields[12] = mentor_meeting_get_location (meeting);
      fields[13] = mentor_meeting_get_agenda (meeting);
      fields[14] = mentor_meeting_get_summary (meeting);
      /* No private_notes: never exported. */
      csv_out_row (out, fields, G_N_ELEMENTS (fields));
      out->rows++;
    }
}

static void
write_goals (CsvOut      *out,
             CsvOut      *milestones_out,
             MentorStore *store,
             GListModel  *goals,
             GHashTable  *by_id)
{
  guint n = g_list_model_get_n_items (goals);

  csv_out_header (out, goal_columns);
  csv_out_header (milestones_out, milestone_columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorGoal) goal = g_list_model_get_item (goals, i);
      gint64 mentorship_id = mentor_goal_get_mentorship_id (goal);
      MentorMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);
      g_autofree char *id = id_text (mentor_goal_get_id (goal));
      g_autofree char *mid = id_text (mentorship_id);
      g_autofree char *done = uint_text (mentor_goal_get_milestones_done (goal));
      g_autofree char *total = uint_text (mentor_goal_get_milestones_total (goal));
      g_autoptr(GListModel) milestones = NULL;
      const char *fields[G_N_ELEMENTS (goal_columns) - 1];
      guint n_milestones;

      fields[0] = id;
      fields[1] = mid;
      fields[2] = m != NULL ? mentor_mentorship_get_mentor_name (m) : NULL;
      fields[3] = m != NULL ? mentor_mentorship_get_mentee_name (m) : NULL;
      fields[4] = mentor_goal_get_title (goal);
      fields[5] = mentor_goal_get_focus_area (goal);
      fields[6] = mentor_goal_get_success_measure (goal);
      fields[7] = mentor_goal_get_target_on (goal);
      fields[8] = mentor_goal_status_to_string (mentor_goal_get_status (goal));
      fields[9] = mentor_goal_get_drop_reason (goal);
      fields[10] = done;
      fields[11] = total;
      csv_out_row (out, fields, G_N_ELEMENTS (fields));
      out->rows++;

      milestones = mentor_store_list_milestones (store, mentor_goal_get_id (goal));
      n_milestones = g_list_model_get_n_items (milestones);
      for (guint j = 0; j < n_milestones; j++)
        {
          g_autoptr(MentorMilestone) ms = g_list_model_get_item (milestones, j);
          g_autofree char *ms_id = id_text (mentor_milestone_get_id (ms));
          g_autofree char *position = uint_text (mentor_milestone_get_position (ms));
          const char *ms_fields[G_N_ELEMENTS (milestone_columns) - 1];

          ms_fields[0] = ms_id;
          ms_fields[1] = id;
          ms_fields[2] = mid;
          ms_fields[3] = mentor_goal_get_title (goal);
          ms_fields[4] = position;
          ms_fields[5] = mentor_milestone_get_title (ms);
          ms_fields[6] = mentor_milestone_get_due_on (ms);
          ms_fields[7] = mentor_milestone_get_done_on (ms);
          csv_out_row (milestones_out, ms_fields, G_N_ELEMENTS (ms_fields));
          milestones_out->rows++;
        }
    }
}

const char *
mentor_csv_export_file_name (MentorCsvExportFile file)
{
  g_return_val_if_fail (file < MENTOR_CSV_EXPORT_N_FILES, NULL);

  return file_names[file];
}

gboolean
mentor_csv_export (MentorStore  *store,
                   const char   *dir,
                   guint        *n_rows,
                   GError      **error)
{
  CsvOut out[MENTOR_CSV_EXPORT_N_FILES] = { { 0, }, };
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  gboolean created_dir = FALSE;
  gboolean ok = FALSE;
  guint n;

  g_return_val_if_fail (MENTOR_IS_STORE (store), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_test (dir, G_FILE_TEST_EXISTS))
    {
      if (g_mkdir_with_parents (dir, 0755) != 0)
        return fail_with_errno (error, errno, dir);
      created_dir = TRUE;
    }
  else if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   _("“%s” is a file, not a folder: choose a folder for the CSV files."), display);
      return FALSE;
    }

  for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
    out[i].file = (MentorAtomicFile) MENTOR_ATOMIC_FILE_INIT;
  for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
    if (!csv_out_open (&out[i], dir, file_names[i], error))
      goto out;

  mentorships = mentor_store_list_mentorships (store);
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      MentorMentorship *m = g_list_model_get_item (mentorships, i);
      gint64 id = mentor_mentorship_get_id (m);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), m);
    }

  write_mentorships (&out[MENTOR_CSV_EXPORT_MENTORSHIPS], mentorships);
  meetings = mentor_store_list_meetings (store, 0);
  write_meetings (&out[MENTOR_CSV_EXPORT_MEETINGS], meetings, by_id);
  goals = mentor_store_list_goals (store, 0);
  write_goals (&out[MENTOR_CSV_EXPORT_GOALS], &out[MENTOR_CSV_EXPORT_MILESTONES], store, goals, by_id);

  for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
    if (!csv_out_finish (&out[i], error))
      goto out;

  /* Every file is complete: now they take their names. */
  for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
    {
      if (!mentor_atomic_file_commit (&out[i].file))
        {
          fail_with_errno (error, errno, out[i].path);
          goto out;
        }
    }

  if (n_rows != NULL)
    for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
      n_rows[i] = out[i].rows;
  ok = TRUE;

out:
  for (guint i = 0; i < MENTOR_CSV_EXPORT_N_FILES; i++)
    csv_out_clear (&out[i]);
  if (!ok && created_dir)
    g_rmdir (dir);
  return ok;
}
