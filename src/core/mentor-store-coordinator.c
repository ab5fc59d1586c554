/* mentor-store-coordinator.c — what the coordinator tools (matching, CSV
 * import) read in bulk
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include "mentor-records-private.h"
#include "mentor-store-private.h"

static MentorMentorship *
brief_from_row (sqlite3_stmt *stmt)
{
  MentorMentorship *m = mentor_mentorship_new ();
  MentorKind kind = MENTOR_KIND_TRADITIONAL;
  MentorStatus status = MENTOR_STATUS_PROPOSED;

  mentor_kind_from_string (mentor_store_column_text (stmt, 3), &kind);
  mentor_status_from_string (mentor_store_column_text (stmt, 4), &status);

  mentor_mentorship_set_id (m, sqlite3_column_int64 (stmt, 0));
  mentor_mentorship_set_mentor_id (m, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_mentorship_set_mentee_id (m, MAX (sqlite3_column_int64 (stmt, 2), 0));
  mentor_mentorship_set_kind (m, kind);
  mentor_mentorship_set_status (m, status);
  mentor_mentorship_set_started_on (m, mentor_store_column_optional (stmt, 5));
  mentor_mentorship_set_ends_on (m, mentor_store_column_optional (stmt, 6));
  mentor_mentorship_set_closed_on (m, mentor_store_column_optional (stmt, 7));
  mentor_mentorship_set_cadence_days (m, mentor_store_column_uint (stmt, 8));

  return m;
}

GListModel *
mentor_store_list_mentorships_brief (MentorStore  *self,
                                     GError      **error)
{
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = mentor_store_prepare (self,
                               "SELECT id, mentor_id, mentee_id, kind, status, started_on, "
                               "  ends_on, closed_on, cadence_days "
                               "FROM mentorship ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (MENTOR_TYPE_MENTORSHIP);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MentorMentorship) m = brief_from_row (stmt);

      g_list_store_append (list, m);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}
