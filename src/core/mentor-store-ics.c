/* mentor-store-ics.c — what the iCalendar import needs of the store
 *
 * Part of the store (mentor-store-private.h): two fixed statements on the
 * sequence and updated_at columns that the records do not carry.
 */
#include "config.h"

#include "mentor-store-ics.h"
#include "mentor-store-private.h"

gboolean
mentor_store_get_change_stamp (MentorStore  *self,
                               gboolean      is_series,
                               gint64        id,
                               guint        *sequence,
                               char        **updated_at)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (sequence != NULL && updated_at != NULL, FALSE);

  *sequence = 0;
  *updated_at = NULL;

  stmt = mentor_store_prepare (self,
                               is_series ? "SELECT sequence, updated_at FROM checkin_series WHERE id = ?1"
                                         : "SELECT sequence, updated_at FROM meeting WHERE id = ?1",
                               NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (mentor_store_step_row (self, stmt, &found, NULL) && found)
    {
      *sequence = mentor_store_column_uint (stmt, 0);
      *updated_at = g_strdup (mentor_store_column_optional (stmt, 1));
    }
  sqlite3_reset (stmt);

  return found;
}

gboolean
mentor_store_raise_sequence (MentorStore  *self,
                             gboolean      is_series,
                             gint64        id,
                             guint         sequence,
                             GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self,
                               is_series ? "UPDATE checkin_series SET sequence = max (sequence, ?2) WHERE id = ?1"
                                         : "UPDATE meeting SET sequence = max (sequence, ?2) WHERE id = ?1",
                               error);
  if (stmt == NULL)
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, MIN (sequence, (guint) G_MAXINT32));
  if (!mentor_store_run (self, stmt, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  return mentor_store_commit (self, is_series ? MENTOR_CHANGE_SERIES : MENTOR_CHANGE_MEETINGS, error);
}
