/* mentor-csv-row-private.h — how the import fills its rows */
#pragma once

#include "mentor-csv-row.h"

G_BEGIN_DECLS

/* columns maps a column name to its cell index + 1 (GUINT_TO_POINTER) and is
 * shared by every row of a file (a reference is taken); cells is taken. */
MentorCsvRow *mentor_csv_row_new             (guint         number,
                                              GHashTable   *columns,
                                              GPtrArray    *cells);
/* Back to the state before checking: action ADD, no problems, no id. */
void          mentor_csv_row_reset           (MentorCsvRow *self);
void          mentor_csv_row_set_action      (MentorCsvRow *self,
                                              MentorCsvAction action);
void          mentor_csv_row_set_label       (MentorCsvRow *self,
                                              const char   *label);
void          mentor_csv_row_set_description (MentorCsvRow *self,
                                              const char   *description);
/* Adds a problem; the row becomes BAD. The first problem is its description. */
void          mentor_csv_row_add_problem     (MentorCsvRow *self,
                                              const char   *problem);
/* Leaves the row out with a harmless reason: action SKIP. */
void          mentor_csv_row_skip            (MentorCsvRow *self,
                                              const char   *reason);
void          mentor_csv_row_set_record_id   (MentorCsvRow *self,
                                              gint64        id);
gboolean      mentor_csv_row_is_bad          (MentorCsvRow *self);

G_END_DECLS
