/* mentor-csv-import.h — bulk onboarding: people and mentorships from CSV files
 *
 * Reading a file makes a plan and writes nothing: every row with its action
 * (add, update, unchanged, skip, bad) and the problems that make it bad, so
 * that the window can show a preview and the command line can refuse. Applying
 * the plan checks the rows again against the data file as it is then, and
 * writes every good row in ONE transaction (mentor_store_batch): all of them
 * or, on any failure, none.
 *
 * The file: UTF-8 with or without a byte-order mark (UTF-16 and text that is
 * not UTF-8 are refused, with the row), comma-separated, fields quoted with
 * "…" as spreadsheets write them (commas, quotes doubled, line breaks inside);
 * a quote anywhere else is refused with its row (PARSE), never guessed at;
 * CRLF or LF line ends. The first row names the columns, in any order; names
 * are matched ignoring case and surrounding spaces, with a space or "-" read as
 * "_" ("Manager Email" is manager_email), and a few other names HR exports use
 * are understood ("Full Name", "E-mail", "Job Title", "Company", "Time Zone",
 * "Start Date", "End Date", "Cadence"). Unknown columns are ignored, with a
 * note. A first line with ";" (or a tab) and no "," is read with ";" (or tabs)
 * between cells, as spreadsheets in some languages save CSV. Blank rows are ignored. Limits: MENTOR_CSV_MAX_BYTES, MENTOR_CSV_MAX_ROWS
 * data rows, MENTOR_CSV_MAX_FIELD characters in a cell, MENTOR_CSV_MAX_COLUMNS
 * cells in a row.
 *
 * People (MENTOR_CSV_PEOPLE) — columns name, email (both required), title,
 * organization, department, manager_email, timezone, capacity, offers, seeks
 * (skills separated by ";": trimmed, empty ones dropped, repeats dropped
 * ignoring case). A row is bad when: the name is empty; the email is empty,
 * not an address, or on more than one row (ignoring case: every such row is
 * bad); the time zone is not a known IANA zone; capacity is not a whole number
 * from 0 to 50; the manager's email is not the person's own and belongs to no
 * person in the file or the data file, or its row is bad itself; the managers
 * would form a loop. A row whose email matches a person (ignoring case)
 * updates that person: a non-empty cell replaces the stored value (offers and
 * seeks replace the whole list), an empty cell or a missing column leaves it
 * as it is — an import never erases what someone typed in. Managers named in
 * the file are written before the people who report to them.
 *
 * Mentorships (MENTOR_CSV_MENTORSHIPS) — columns mentor_email, mentee_email
 * (required), kind (traditional, reverse, peer; default traditional), status
 * (proposed, active, paused, completed, ended; default proposed), started_on
 * (YYYY-MM-DD; required unless proposed or ended), cadence_days (0..366,
 * default 0: not agreed yet), ends_on, mode (video, phone, in_person, chat;
 * default video), closed_on (for completed and ended; default the planned end
 * when it has passed, else today), end_reason (required for ended),
 * focus_areas (";"-separated). A row is bad when a person is unknown or
 * archived, mentor and mentee are the same person, or a word, date or number
 * is not valid. A row is skipped (not bad) when the pair already has an open
 * (proposed, active or paused) mentorship and the row is open too, or a
 * mentorship of that pair with the same start date exists, in the data file
 * or on an earlier row: importing the same file twice adds nothing.
 */
#pragma once

#include <gio/gio.h>

#include "mentor-csv-row.h"
#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_CSV_MAX_BYTES   (50 * 1024 * 1024)
#define MENTOR_CSV_MAX_ROWS    200000
#define MENTOR_CSV_MAX_FIELD   10000
#define MENTOR_CSV_MAX_COLUMNS 200

#define MENTOR_CSV_ERROR (mentor_csv_error_quark ())
GQuark mentor_csv_error_quark (void);

typedef enum {
  MENTOR_CSV_ERROR_READ,      /* the file cannot be read */
  MENTOR_CSV_ERROR_TOO_BIG,   /* over a limit: bytes, rows, a field, cells in a row */
  MENTOR_CSV_ERROR_ENCODING,  /* UTF-16, NUL bytes, or text that is not UTF-8 */
  MENTOR_CSV_ERROR_PARSE,     /* e.g. the file ends inside a quoted field */
  MENTOR_CSV_ERROR_EMPTY,     /* no header row */
  MENTOR_CSV_ERROR_COLUMNS,   /* a required column is missing, or one is named twice */
  MENTOR_CSV_ERROR_BAD_ROWS,  /* apply refused: rows have problems, nothing written */
} MentorCsvError;

typedef enum {
  MENTOR_CSV_PEOPLE,
  MENTOR_CSV_MENTORSHIPS,
} MentorCsvKind;

#define MENTOR_TYPE_CSV_IMPORT (mentor_csv_import_get_type ())
G_DECLARE_FINAL_TYPE (MentorCsvImport, mentor_csv_import, MENTOR, CSV_IMPORT, GObject)

/* Reads and checks a file against the store's data; writes nothing. Fails
 * (MENTOR_CSV_ERROR) only when the file as a whole cannot be used; problems of
 * single rows are in the plan. The plan keeps a reference to the store. */
MentorCsvImport    *mentor_csv_import_read_file      (MentorStore    *store,
                                                      MentorCsvKind   kind,
                                                      GFile          *file,
                                                      GError        **error);
MentorCsvImport    *mentor_csv_import_read_bytes     (MentorStore    *store,
                                                      MentorCsvKind   kind,
                                                      GBytes         *bytes,
                                                      GError        **error);

MentorCsvKind       mentor_csv_import_get_kind       (MentorCsvImport *self);
/* MentorCsvRow items in file order (blank rows left out). After apply, the
 * rows say what was done (they are checked again when applying). */
GListModel         *mentor_csv_import_get_rows       (MentorCsvImport *self);
/* Sentences about the file as a whole ("The columns “phone” and “start date”
 * are not used and were ignored."); empty when there is nothing to say. */
const char * const *mentor_csv_import_get_notes      (MentorCsvImport *self);
/* How many rows have that action. */
guint               mentor_csv_import_count          (MentorCsvImport *self,
                                                      MentorCsvAction  action);
/* Every problem of BAD rows (and the reason of SKIP rows when with_skipped),
 * one sentence each, in row order: "Row 12: “ana@x” is not an email address."
 * Free with g_strfreev(). */
char              **mentor_csv_import_dup_problems   (MentorCsvImport *self,
                                                      gboolean         with_skipped);

/* Writes the plan in one transaction, after checking every row again. With
 * BAD rows and !skip_bad_rows it writes nothing and fails with BAD_ROWS
 * ("Nothing imported: 3 rows have problems."); with skip_bad_rows they are
 * left out. *summary (may be NULL) gets one line: "Imported people: 280 added,
 * 12 updated, 8 skipped." (plus "; 5 already up to date" when some were).
 * An error of the data file (disk full, busy) fails with its MENTOR_STORE_ERROR
 * and nothing is written. A plan is applied at most once. */
gboolean            mentor_csv_import_apply          (MentorCsvImport  *self,
                                                      gboolean          skip_bad_rows,
                                                      char            **summary,
                                                      GError          **error);

G_END_DECLS
