/* mentor-csv-export.h — the program's data as CSV files for spreadsheets
 *
 * Four files in one folder: mentorships.csv, meetings.csv, goals.csv and
 * milestones.csv. UTF-8, RFC 4180 (every field quoted by libcsv, CRLF line
 * ends), a header row of column names, dates "YYYY-MM-DD" and instants
 * "YYYY-MM-DDTHH:MM:SSZ", enumerated values as the stored words ("active",
 * "held"). Private notes are never written.
 */
#pragma once

#include "mentor-store.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_CSV_EXPORT_MENTORSHIPS,
  MENTOR_CSV_EXPORT_MEETINGS,
  MENTOR_CSV_EXPORT_GOALS,
  MENTOR_CSV_EXPORT_MILESTONES,
  MENTOR_CSV_EXPORT_N_FILES
} MentorCsvExportFile;

/* "mentorships.csv" and so on. */
const char *mentor_csv_export_file_name (MentorCsvExportFile file);

/* Writes the four files into dir (created when missing). Atomic: each file
 * is written to a temporary name in dir and all are renamed into place only
 * when every one is complete; on any error nothing new is left in dir and
 * files already there are untouched. n_rows, when not NULL, receives the
 * rows (without the header) of each file, MENTOR_CSV_EXPORT_N_FILES entries. */
gboolean    mentor_csv_export    (MentorStore  *store,
                                  const char   *dir,
                                  guint        *n_rows,
                                  GError      **error);

G_END_DECLS
