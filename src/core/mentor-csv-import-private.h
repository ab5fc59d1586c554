/* mentor-csv-import-private.h — what the parts of the CSV import share
 *
 * mentor-csv-import.c reads the file (libcsv) into rows and runs the plan and
 * its application; mentor-csv-import-people.c and
 * mentor-csv-import-mentorships.c check and write the rows of each kind.
 */
#pragma once

#include "mentor-csv-import.h"
#include "mentor-csv-row-private.h"

G_BEGIN_DECLS

struct _MentorCsvImport
{
  GObject         parent_instance;

  MentorStore    *store;
  MentorCsvKind   kind;
  GListStore     *rows;       /* MentorCsvRow, for views */
  GPtrArray      *row_array;  /* the same rows, for quick access */
  GPtrArray      *notes;      /* NULL-terminated sentences about the file */
  gboolean        applied;
  gpointer        plan_data;  /* what the kind's plan found, for its write */
  GDestroyNotify  plan_data_free;
};

/* Replaces the kind's plan data (freeing the old one). */
void       mentor_csv_import_set_plan_data (MentorCsvImport *self,
                                            gpointer         data,
                                            GDestroyNotify   free_func);

/* Checks every row against the data file as it is now: sets each row's
 * action, problems, label and description. Only a failure to read the data
 * file is an error. */
typedef gboolean (*MentorCsvPlanFunc)  (MentorCsvImport  *self,
                                        GError          **error);
/* Inside the import's transaction, after a plan with no BAD rows (or with
 * skip_bad_rows): writes every ADD and UPDATE row. A row the store refuses
 * becomes BAD with the store's sentence when skip_bad_rows, else it fails
 * with "Row N: …" and the transaction is rolled back. */
typedef gboolean (*MentorCsvWriteFunc) (MentorCsvImport  *self,
                                        gboolean          skip_bad_rows,
                                        GError          **error);

gboolean   mentor_csv_people_plan        (MentorCsvImport  *self,
                                          GError          **error);
gboolean   mentor_csv_people_write       (MentorCsvImport  *self,
                                          gboolean          skip_bad_rows,
                                          GError          **error);
gboolean   mentor_csv_mentorships_plan   (MentorCsvImport  *self,
                                          GError          **error);
gboolean   mentor_csv_mentorships_write  (MentorCsvImport  *self,
                                          gboolean          skip_bad_rows,
                                          GError          **error);

/* ---- helpers (mentor-csv-import.c) ---- */

/* An email as the store compares them: ASCII lower case (SQLite's lower()). */
char      *mentor_csv_email_key          (const char        *email);
/* The words of a ";"-separated cell: trimmed, empty ones dropped, repeats
 * (ignoring case) dropped; NULL-terminated. */
GStrv      mentor_csv_split_words        (const char        *cell);
/* A word cell as a stored word: lower case, spaces and "-" as "_". */
char      *mentor_csv_word               (const char        *cell);
/* A whole number from 0 to max, digits only. */
gboolean   mentor_csv_parse_uint         (const char        *text,
                                          guint              max,
                                          guint             *out);
/* "a", "a and b", "a, b and c" (translated joins). */
char      *mentor_csv_join_words         (const char * const *words);
/* A store error raised while writing a row, as "Row N: sentence". */
void       mentor_csv_row_failed         (MentorCsvRow      *row,
                                          GError           **error,
                                          GError            *cause);

G_END_DECLS
