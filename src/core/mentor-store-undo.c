/* mentor-store-undo.c — deleting a mentorship so that Undo puts it all back
 *
 * Before the delete, every row it will remove is read generically (SELECT *,
 * kept as sqlite3_value copies with their column names), so that Undo inserts
 * exactly those rows again, with the same ids, whatever columns later schema
 * versions add. Ids are AUTOINCREMENT: no new row can take a deleted one's id.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-store-private.h"

typedef struct {
  char      *table;
  GPtrArray *columns; /* char * */
  GPtrArray *rows;    /* GPtrArray of sqlite3_value *, one per column */
} UndoTable;

struct _MentorUndo
{
  char         *path;
  GPtrArray    *tables; /* UndoTable *, parents before children */
  MentorChange  what;
  gboolean      done;
};

/* Parents first: this is also the order rows are put back in. */
static const struct {
  const char   *table;
  const char   *select;
  MentorChange  what;
} undo_tables[] = {
  { "mentorship",
    "SELECT * FROM mentorship WHERE id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_MENTORSHIPS },
  { "mentorship_focus",
    "SELECT * FROM mentorship_focus WHERE mentorship_id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_MENTORSHIPS },
  { "goal",
    "SELECT * FROM goal WHERE mentorship_id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_GOALS },
  { "milestone",
    "SELECT * FROM milestone WHERE goal_id IN "
    "(SELECT id FROM goal WHERE mentorship_id = ?1) ORDER BY rowid",
    MENTOR_CHANGE_GOALS },
  { "checkin_series",
    "SELECT * FROM checkin_series WHERE mentorship_id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_SERIES },
  { "meeting",
    "SELECT * FROM meeting WHERE mentorship_id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_MEETINGS },
  { "action_item",
    "SELECT * FROM action_item WHERE meeting_id IN "
    "(SELECT id FROM meeting WHERE mentorship_id = ?1) ORDER BY rowid",
    MENTOR_CHANGE_MEETINGS },
  { "meeting_goal",
    "SELECT * FROM meeting_goal WHERE meeting_id IN "
    "(SELECT id FROM meeting WHERE mentorship_id = ?1) ORDER BY rowid",
    MENTOR_CHANGE_MEETINGS },
  { "review",
    "SELECT * FROM review WHERE mentorship_id = ?1 ORDER BY rowid",
    MENTOR_CHANGE_REVIEWS },
};

static void
value_free (gpointer data)
{
  sqlite3_value_free (data);
}

static void
undo_table_free (gpointer data)
{
  UndoTable *table = data;

  g_free (table->table);
  g_ptr_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static UndoTable *
undo_table_new (const char *name)
{
  UndoTable *table = g_new0 (UndoTable, 1);

  table->table = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func (g_free);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  return table;
}

static MentorUndo *
mentor_undo_new (const char *path)
{
  MentorUndo *undo = g_new0 (MentorUndo, 1);

  undo->path = g_strdup (path);
  undo->tables = g_ptr_array_new_with_free_func (undo_table_free);

  return undo;
}

static MentorUndo *
mentor_undo_copy (MentorUndo *undo)
{
  MentorUndo *copy;

  g_return_val_if_fail (undo != NULL, NULL);

  copy = mentor_undo_new (undo->path);
  copy->what = undo->what;
  copy->done = undo->done;

  for (guint t = 0; t < undo->tables->len; t++)
    {
      UndoTable *table = g_ptr_array_index (undo->tables, t);
      UndoTable *table_copy = undo_table_new (table->table);

      for (guint c = 0; c < table->columns->len; c++)
        g_ptr_array_add (table_copy->columns, g_strdup (g_ptr_array_index (table->columns, c)));

      for (guint r = 0; r < table->rows->len; r++)
        {
          GPtrArray *row = g_ptr_array_index (table->rows, r);
          GPtrArray *row_copy = g_ptr_array_new_with_free_func (value_free);

          for (guint c = 0; c < row->len; c++)
            g_ptr_array_add (row_copy, sqlite3_value_dup (g_ptr_array_index (row, c)));
          g_ptr_array_add (table_copy->rows, row_copy);
        }

      g_ptr_array_add (copy->tables, table_copy);
    }

  return copy;
}

void
mentor_undo_free (MentorUndo *undo)
{
  if (undo == NULL)
    return;

  g_free (undo->path);
  g_ptr_array_unref (undo->tables);
  g_free (undo);
}

G_DEFINE_BOXED_TYPE (MentorUndo, mentor_undo, mentor_undo_copy, mentor_undo_free)

static gboolean
collect_rows (MentorStore  *self,
              MentorUndo   *undo,
              guint         index,
              gint64        mentorship_id,
              GError      **error)
{
  sqlite3_stmt *stmt;
  UndoTable *table;
  int n_columns;
  int rc;

  stmt = mentor_store_prepare (self, undo_tables[index].select, error);
  if (stmt == NULL)
    return FALSE;

  table = undo_table_new (undo_tables[index].table);
  g_ptr_array_add (undo->tables, table);

  n_columns = sqlite3_column_count (stmt);
  for (int c = 0; c < n_columns; c++)
    g_ptr_array_add (table->columns, g_strdup (sqlite3_column_name (stmt, c)));

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (value_free);

      for (int c = 0; c < n_columns; c++)
        {
          sqlite3_value *value = sqlite3_value_dup (sqlite3_column_value (stmt, c));

          if (value == NULL)
            {
              g_ptr_array_unref (row);
              sqlite3_reset (stmt);
              mentor_store_set_sqlite_error (self, SQLITE_NOMEM, error);
              return FALSE;
            }
          g_ptr_array_add (row, value);
        }

      g_ptr_array_add (table->rows, row);
      undo->what |= undo_tables[index].what;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

MentorUndo *
mentor_store_delete_mentorship (MentorStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(MentorUndo) undo = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mentor_store_begin (self, error))
    return NULL;

  undo = mentor_undo_new (self->path);
  for (guint i = 0; i < G_N_ELEMENTS (undo_tables); i++)
    {
      if (!collect_rows (self, undo, i, id, error))
        goto failed;
    }

  if (((UndoTable *) g_ptr_array_index (undo->tables, 0))->rows->len == 0)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                           _("This mentorship is no longer in the data file."));
      goto failed;
    }

  /* Goals, milestones, meetings, action items, series, focus areas and
   * reviews follow through ON DELETE CASCADE. */
  stmt = mentor_store_prepare (self, "DELETE FROM mentorship WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      goto failed;
    }
  sqlite3_reset (stmt);

  if (!mentor_store_commit (self, undo->what, error))
    return NULL;

  return g_steal_pointer (&undo);

failed:
  mentor_store_rollback (self);
  return NULL;
}

static char *
quote_identifier (const char *name)
{
  GString *quoted = g_string_new ("\"");

  for (const char *p = name; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

/* INSERT with the table's and columns' names, which come from the schema;
 * the values are bound, never written into the SQL. */
static char *
insert_sql_for (UndoTable *table)
{
  g_autofree char *quoted_table = quote_identifier (table->table);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (", quoted_table);
  for (guint c = 0; c < table->columns->len; c++)
    {
      g_autofree char *column = quote_identifier (g_ptr_array_index (table->columns, c));

      g_string_append_printf (sql, "%s%s", c > 0 ? ", " : "", column);
    }
  g_string_append (sql, ") VALUES (");
  for (guint c = 0; c < table->columns->len; c++)
    g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", c + 1);
  g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

gboolean
mentor_store_undo (MentorStore  *self,
                   MentorUndo   *undo,
                   GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (undo->done)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                           _("This was already undone."));
      return FALSE;
    }

  if (g_strcmp0 (undo->path, self->path) != 0)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                           _("This cannot be undone here: it was done in another data file."));
      return FALSE;
    }

  if (!mentor_store_begin (self, error))
    return FALSE;

  for (guint t = 0; t < undo->tables->len; t++)
    {
      UndoTable *table = g_ptr_array_index (undo->tables, t);
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;

      if (table->rows->len == 0)
        continue;

      sql = insert_sql_for (table);
      stmt = mentor_store_prepare (self, sql, error);
      if (stmt == NULL)
        goto failed;

      for (guint r = 0; r < table->rows->len; r++)
        {
          GPtrArray *row = g_ptr_array_index (table->rows, r);
          int rc;

          sqlite3_reset (stmt);
          for (guint c = 0; c < row->len; c++)
            sqlite3_bind_value (stmt, (int) c + 1, g_ptr_array_index (row, c));

          rc = sqlite3_step (stmt);
          if (rc != SQLITE_DONE)
            {
              rc = sqlite3_extended_errcode (self->db);

              if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
                g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_IN_USE,
                                     _("The mentorship cannot be put back: one of its people "
                                       "is no longer in the data file."));
              else if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
                g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                                     _("The mentorship cannot be put back: it is already there."));
              else
                mentor_store_set_sqlite_error (self, rc, error);
              sqlite3_reset (stmt);
              goto failed;
            }
          sqlite3_reset (stmt);
        }
    }

  if (!mentor_store_commit (self, undo->what, error))
    return FALSE;

  undo->done = TRUE;
  return TRUE;

failed:
  mentor_store_rollback (self);
  return FALSE;
}
