/* mentor-csv-row.h — one data row of a CSV import, and what will be done with it
 *
 * A MentorCsvImport (mentor-csv-import.h) lists its rows as MentorCsvRow items
 * so that a preview can show every row with its action and its problems before
 * anything is written. Rows are read-only for everyone but the import.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What the import does with a row. */
typedef enum {
  MENTOR_CSV_ACTION_ADD,       /* a new person or mentorship */
  MENTOR_CSV_ACTION_UPDATE,    /* the email matches a person: their details change */
  MENTOR_CSV_ACTION_UNCHANGED, /* the email matches a person who is already up to date */
  MENTOR_CSV_ACTION_SKIP,      /* harmless, left out: e.g. the pair already has an open mentorship */
  MENTOR_CSV_ACTION_BAD,       /* has problems: blocks the import unless bad rows are skipped */
  MENTOR_N_CSV_ACTIONS
} MentorCsvAction;

#define MENTOR_TYPE_CSV_ROW (mentor_csv_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorCsvRow, mentor_csv_row, MENTOR, CSV_ROW, GObject)

/* Properties (all read-only):
 *   "number"      guint   the row as a spreadsheet numbers it: the header is
 *                         row 1, so the first data row is row 2 (a quoted
 *                         line break does not start a new row)
 *   "action"      guint   MentorCsvAction
 *   "label"       string  who the row is about: "Ana Lima <ana@example.com>",
 *                         or "Ana Lima → Ben Okafor" for a mentorship
 *   "description" string  one sentence: what the import does ("New person.",
 *                         "Updates the title and skills offered.") or why it
 *                         leaves the row out (for SKIP and BAD: the first
 *                         problem)
 *   "problems"    GStrv   sentences, without the row number; empty unless
 *                         the action is BAD or SKIP
 *   "record-id"   gint64  the person updated (UPDATE, UNCHANGED); after a
 *                         successful mentor_csv_import_apply() also the id of
 *                         the person or mentorship added; 0 otherwise
 */

guint               mentor_csv_row_get_number      (MentorCsvRow *self);
MentorCsvAction     mentor_csv_row_get_action      (MentorCsvRow *self);
const char         *mentor_csv_row_get_label       (MentorCsvRow *self);
const char         *mentor_csv_row_get_description (MentorCsvRow *self);
const char * const *mentor_csv_row_get_problems    (MentorCsvRow *self);
gint64              mentor_csv_row_get_record_id   (MentorCsvRow *self);
/* The cell of a column, by its header name in lower case with "_" for spaces
 * ("email", "manager_email"), trimmed; "" for an empty cell, NULL when the
 * file has no such column. */
const char         *mentor_csv_row_get_field       (MentorCsvRow *self,
                                                    const char   *column);

G_END_DECLS
