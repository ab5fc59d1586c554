/* mentor-store-goals.c — goals and their milestones
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- Goals and milestones ------------------------------------------------- */

/* A goal with what the store derives for display: its drop reason, the
 * mentorship's title, and its milestone counts as of ?1 (today). Overdue
 * counts only matter while the goal is open. */
/* The milestone counts are aggregated only over the goals asked for
 * (milestone_filter, on the milestone table): grouping every milestone of the
 * file to load one goal made each save cost as much as listing them all. */
#define GOAL_SELECT(milestone_filter) \
  "SELECT g.id, g.mentorship_id, g.title, g.focus_area, g.success_measure, g.target_on, " \
  "       g.status, g.drop_reason, a.name, b.name, " \
  "       coalesce (s.total, 0), coalesce (s.done, 0), " \
  "       CASE WHEN g.status = 'open' THEN coalesce (s.overdue, 0) ELSE 0 END, " \
  "       CASE WHEN g.status = 'open' THEN coalesce (s.days, 0) ELSE 0 END " \
  "FROM goal g " \
  "JOIN mentorship m ON m.id = g.mentorship_id " \
  "JOIN person a ON a.id = m.mentor_id " \
  "JOIN person b ON b.id = m.mentee_id " \
  "LEFT JOIN (SELECT goal_id, count (*) AS total, count (done_on) AS done, " \
  "                  sum (done_on IS NULL AND due_on < ?1) AS overdue, " \
  "                  max (CASE WHEN done_on IS NULL AND due_on < ?1 " \
  "                       THEN CAST (julianday (?1) - julianday (due_on) AS INTEGER) END) AS days " \
  "           FROM milestone WHERE " milestone_filter " GROUP BY goal_id) s ON s.goal_id = g.id "

static MentorGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  MentorGoal *goal = mentor_goal_new ();
  g_autofree char *mentorship_title = NULL;
  MentorGoalStatus status = MENTOR_GOAL_OPEN;

  mentor_goal_status_from_string (mentor_store_column_text (stmt, 6), &status);
  mentor_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  mentor_goal_set_mentorship_id (goal, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_goal_set_title (goal, mentor_store_column_text (stmt, 2));
  mentor_goal_set_focus_area (goal, mentor_store_column_text (stmt, 3));
  mentor_goal_set_success_measure (goal, mentor_store_column_text (stmt, 4));
  mentor_goal_set_target_on (goal, mentor_store_column_optional (stmt, 5));
  mentor_goal_set_status (goal, status);
  mentor_goal_set_drop_reason (goal, mentor_store_column_text (stmt, 7));
  /* TRANSLATORS: a mentorship's title, "Mentor → Mentee" */
  mentorship_title = g_strdup_printf (_("%s → %s"),
                                      mentor_store_column_text (stmt, 8),
                                      mentor_store_column_text (stmt, 9));
  mentor_goal_set_mentorship_title (goal, mentorship_title);
  mentor_goal_set_progress (goal,
                            mentor_store_column_uint (stmt, 10),
                            mentor_store_column_uint (stmt, 11),
                            mentor_store_column_uint (stmt, 12),
                            mentor_store_column_uint (stmt, 13));

  return goal;
}

GListModel *
mentor_store_list_goals (MentorStore *self,
                         gint64       mentorship_id)
{
  g_autofree char *today = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_GOAL);
  /* Grouped by mentorship in the order mentor_store_list_mentorships() uses. */
  stmt = mentor_store_prepare (self,
                               GOAL_SELECT ("?2 = 0 OR goal_id IN (SELECT id FROM goal WHERE mentorship_id = ?2)")
                               "WHERE ?2 = 0 OR g.mentorship_id = ?2 "
                               "ORDER BY coalesce (m.started_on, '9999-12-31') DESC, m.id DESC, "
                               "  g.target_on IS NULL, g.target_on, g.id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  today = mentor_today ();
  mentor_store_bind_text (stmt, 1, today);
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorGoal) goal = goal_from_row (stmt);
      g_list_store_append (list, goal);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static MentorGoal *
load_goal (MentorStore  *self,
           gint64        id,
           GError      **error)
{
  g_autofree char *today = mentor_today ();
  MentorGoal *goal = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = mentor_store_prepare (self, GOAL_SELECT ("goal_id = ?2") "WHERE g.id = ?2", error);
  if (stmt == NULL)
    return NULL;

  mentor_store_bind_text (stmt, 1, today);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;

  if (found)
    goal = goal_from_row (stmt);
  else
    mentor_store_fail_not_found (error, _("This goal is no longer in the data file."));
  sqlite3_reset (stmt);

  return goal;
}

/* After a save: what the store derives (counts, title, reason) as stored now. */
static void
refresh_goal (MentorStore *self,
              MentorGoal  *goal)
{
  g_autoptr(MentorGoal) stored = load_goal (self, mentor_goal_get_id (goal), NULL);

  if (stored == NULL)
    return;

  mentor_goal_set_drop_reason (goal, mentor_goal_get_drop_reason (stored));
  mentor_goal_set_mentorship_title (goal, mentor_goal_get_mentorship_title (stored));
  mentor_goal_set_progress (goal,
                            mentor_goal_get_milestones_total (stored),
                            mentor_goal_get_milestones_done (stored),
                            mentor_goal_get_milestones_overdue (stored),
                            mentor_goal_get_days_overdue (stored));
}

MentorGoal *
mentor_store_get_goal (MentorStore  *self,
                       gint64        id,
                       GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_goal (self, id, error);
}

static gboolean
save_goal_in_transaction (MentorStore  *self,
                          MentorGoal   *goal,
                          gint64       *new_id,
                          GError      **error)
{
  g_autofree char *title = mentor_store_trimmed (mentor_goal_get_title (goal));
  g_autofree char *focus_area = mentor_store_trimmed (mentor_goal_get_focus_area (goal));
  gint64 id = mentor_goal_get_id (goal);
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (title, error) || !mentor_store_check_utf8 (focus_area, error) ||
      !mentor_store_check_utf8 (mentor_goal_get_success_measure (goal), error))
    return FALSE;

  if (*title == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Enter a title for the goal."));

  if (!mentor_store_check_date (mentor_goal_get_target_on (goal),
                                _("The target date “%s” is not a valid date."), error))
    return FALSE;

  if (!mentor_store_check_mentorship_exists (self, mentor_goal_get_mentorship_id (goal), error))
    return FALSE;

  /* Dropping needs a reason, which only mentor_store_set_goal_status() takes. */
  if (mentor_goal_get_status (goal) == MENTOR_GOAL_DROPPED)
    {
      gboolean dropped = FALSE;

      if (id != 0 &&
          !mentor_store_row_exists (self, "SELECT 1 FROM goal WHERE id = ?1 AND status = 'dropped'",
                                    id, &dropped, error))
        return FALSE;

      if (!dropped)
        return mentor_store_fail_invalid (error, "%s", _("Say why the goal is dropped."));
    }

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO goal (mentorship_id, title, focus_area, "
                                 "  success_measure, target_on, status) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE goal SET mentorship_id = ?1, title = ?2, focus_area = ?3, "
                                 "  success_measure = ?4, target_on = ?5, status = ?6, "
                                 "  drop_reason = CASE WHEN ?6 = 'dropped' THEN drop_reason ELSE '' END "
                                 "WHERE id = ?7",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentor_goal_get_mentorship_id (goal));
  mentor_store_bind_text (stmt, 2, title);
  mentor_store_bind_text (stmt, 3, focus_area);
  mentor_store_bind_text (stmt, 4, mentor_goal_get_success_measure (goal));
  mentor_store_bind_optional (stmt, 5, mentor_goal_get_target_on (goal));
  mentor_store_bind_text (stmt, 6, mentor_goal_status_to_string (mentor_goal_get_status (goal)));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 7, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This goal is no longer in the data file."));

  mentor_goal_set_title (goal, title);
  mentor_goal_set_focus_area (goal, focus_area);

  return TRUE;
}

gboolean
mentor_store_save_goal (MentorStore  *self,
                        MentorGoal   *goal,
                        GError      **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_GOAL (goal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_goal_in_transaction (self, goal, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_GOALS, error))
    return FALSE;

  if (new_id != 0)
    mentor_goal_set_id (goal, new_id);

  refresh_goal (self, goal);

  return TRUE;
}

gboolean
mentor_store_delete_goal (MentorStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mentor_store_delete_row (self, "DELETE FROM goal WHERE id = ?1", id, MENTOR_CHANGE_GOALS,
                                  _("This goal is no longer in the data file."), error);
}

#define MILESTONE_COLUMNS "id, goal_id, title, position, due_on, done_on"

static MentorMilestone *
milestone_from_row (sqlite3_stmt *stmt)
{
  MentorMilestone *milestone = mentor_milestone_new ();

  mentor_milestone_set_id (milestone, sqlite3_column_int64 (stmt, 0));
  mentor_milestone_set_goal_id (milestone, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_milestone_set_title (milestone, mentor_store_column_text (stmt, 2));
  mentor_milestone_set_position (milestone, mentor_store_column_uint (stmt, 3));
  mentor_milestone_set_due_on (milestone, mentor_store_column_optional (stmt, 4));
  mentor_milestone_set_done_on (milestone, mentor_store_column_optional (stmt, 5));

  return milestone;
}

GListModel *
mentor_store_list_milestones (MentorStore *self,
                              gint64       goal_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_MILESTONE,
                                 "SELECT " MILESTONE_COLUMNS " FROM milestone "
                                 "WHERE goal_id = ?1 ORDER BY position, id",
                                 goal_id, (MentorStoreRowFunc) milestone_from_row);
}

static gboolean
save_milestone_in_transaction (MentorStore      *self,
                               MentorMilestone  *milestone,
                               gint64           *new_id,
                               GError          **error)
{
  g_autofree char *title = mentor_store_trimmed (mentor_milestone_get_title (milestone));
  gint64 id = mentor_milestone_get_id (milestone);
  gint64 goal_id = mentor_milestone_get_goal_id (milestone);
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (title, error))
    return FALSE;

  if (*title == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Enter a title for the milestone."));

  if (!mentor_store_check_date (mentor_milestone_get_due_on (milestone),
                                _("The due date “%s” is not a valid date."), error) ||
      !mentor_store_check_date (mentor_milestone_get_done_on (milestone),
                                _("The date it was done, “%s”, is not a valid date."), error))
    return FALSE;

  if (mentor_milestone_get_position (milestone) > G_MAXINT32)
    return mentor_store_fail_invalid (error, "%s", _("The position of the milestone is out of range."));

  if (goal_id == 0)
    return mentor_store_fail_invalid (error, "%s", _("Choose the goal the milestone belongs to."));
  if (!mentor_store_row_exists (self, "SELECT 1 FROM goal WHERE id = ?1", goal_id, &exists, error))
    return FALSE;
  if (!exists)
    return mentor_store_fail_invalid (error, "%s", _("The goal is no longer in the data file."));

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO milestone (goal_id, title, position, due_on, done_on) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE milestone SET goal_id = ?1, title = ?2, position = ?3, "
                                 "  due_on = ?4, done_on = ?5 "
                                 "WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, goal_id);
  mentor_store_bind_text (stmt, 2, title);
  sqlite3_bind_int64 (stmt, 3, mentor_milestone_get_position (milestone));
  mentor_store_bind_optional (stmt, 4, mentor_milestone_get_due_on (milestone));
  mentor_store_bind_optional (stmt, 5, mentor_milestone_get_done_on (milestone));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This milestone is no longer in the data file."));

  mentor_milestone_set_title (milestone, title);
  return TRUE;
}

gboolean
mentor_store_save_milestone (MentorStore      *self,
                             MentorMilestone  *milestone,
                             GError          **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_MILESTONE (milestone), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_milestone_in_transaction (self, milestone, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_GOALS, error))
    return FALSE;

  if (new_id != 0)
    mentor_milestone_set_id (milestone, new_id);

  return TRUE;
}

gboolean
mentor_store_delete_milestone (MentorStore  *self,
                               gint64        id,
                               GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mentor_store_delete_row (self, "DELETE FROM milestone WHERE id = ?1", id, MENTOR_CHANGE_GOALS,
                                  _("This milestone is no longer in the data file."), error);
}

gboolean
mentor_store_set_goal_status (MentorStore       *self,
                              gint64             id,
                              MentorGoalStatus   status,
                              const char        *reason,
                              GError           **error)
{
  g_autofree char *clean_reason = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) status < MENTOR_N_GOAL_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean_reason = mentor_store_trimmed (reason);
  if (!mentor_store_check_utf8 (clean_reason, error))
    return FALSE;

  if (status == MENTOR_GOAL_DROPPED && *clean_reason == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Say why the goal is dropped."));

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self,
                               "UPDATE goal SET status = ?1, drop_reason = ?2 WHERE id = ?3",
                               error);
  if (stmt == NULL)
    goto failed;

  mentor_store_bind_text (stmt, 1, mentor_goal_status_to_string (status));
  /* Reopening or achieving clears the reason it was dropped for. */
  mentor_store_bind_text (stmt, 2, status == MENTOR_GOAL_DROPPED ? clean_reason : "");
  sqlite3_bind_int64 (stmt, 3, id);
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      mentor_store_fail_not_found (error, _("This goal is no longer in the data file."));
      goto failed;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_GOALS, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_move_milestone (MentorStore  *self,
                             gint64        id,
                             guint         new_position,
                             GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gint64 goal_id = 0;
  gboolean found;
  guint from = G_MAXUINT;
  int rc;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self, "SELECT goal_id FROM milestone WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    goto failed;
  if (found)
    goal_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (!found)
    {
      mentor_store_fail_not_found (error, _("This milestone is no longer in the data file."));
      goto failed;
    }

  stmt = mentor_store_prepare (self,
                               "SELECT id FROM milestone WHERE goal_id = ?1 ORDER BY position, id",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, goal_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);

      if (row_id == id)
        from = ids->len;
      g_array_append_val (ids, row_id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      goto failed;
    }

  g_assert (from < ids->len);

  if (new_position >= ids->len)
    {
      mentor_store_fail_invalid (error,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "This goal has %u milestone: it cannot move there.",
                                              "This goal has %u milestones: it can move to places 1 to %u.",
                                              ids->len),
                                 ids->len, ids->len);
      goto failed;
    }

  g_array_remove_index (ids, from);
  g_array_insert_val (ids, new_position, id);

  /* Renumber all of them 0..n-1, so that gaps and ties left by older saves go too. */
  stmt = mentor_store_prepare (self,
                               "UPDATE milestone SET position = ?1 WHERE id = ?2 AND position IS NOT ?1",
                               error);
  if (stmt == NULL)
    goto failed;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!mentor_store_run (self, stmt, error))
        goto failed;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_GOALS, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_set_milestone_done (MentorStore  *self,
                                 gint64        id,
                                 gboolean      done,
                                 GError      **error)
{
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  /* Ticking again keeps the day it was first done. */
  stmt = mentor_store_prepare (self,
                               "UPDATE milestone SET done_on = CASE WHEN ?2 THEN coalesce (done_on, ?3) END "
                               "WHERE id = ?1",
                               error);
  if (stmt == NULL)
    goto failed;

  today = mentor_today ();
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, done ? 1 : 0);
  mentor_store_bind_text (stmt, 3, today);
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      mentor_store_fail_not_found (error, _("This milestone is no longer in the data file."));
      goto failed;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_GOALS, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

/* ---- Focus areas ---------------------------------------------------------- */

static int
compare_folded (gconstpointer a,
                gconstpointer b)
{
  const char * const *sa = a;
  const char * const *sb = b;
  g_autofree char *fa = g_utf8_casefold (*sa, -1);
  g_autofree char *fb = g_utf8_casefold (*sb, -1);

  return g_utf8_collate (fa, fb);
}

GStrv
mentor_store_list_focus_areas (MentorStore *self)
{
  const char * const *standard = mentor_standard_focus_areas ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *all;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  all = g_ptr_array_new ();
  for (guint i = 0; standard[i] != NULL; i++)
    {
      g_hash_table_add (seen, g_utf8_casefold (standard[i], -1));
      g_ptr_array_add (all, g_strdup (standard[i]));
    }

  stmt = mentor_store_prepare (self,
                               "SELECT name FROM mentorship_focus "
                               "UNION ALL "
                               "SELECT focus_area FROM goal WHERE trim (focus_area) <> ''",
                               NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *name = mentor_store_trimmed (mentor_store_column_text (stmt, 0));
      char *key;

      if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
        continue;

      key = g_utf8_casefold (name, -1);
      if (!g_hash_table_add (seen, key))
        continue;

      g_ptr_array_add (typed, g_steal_pointer (&name));
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);

  g_ptr_array_sort (typed, compare_folded);
  for (guint i = 0; i < typed->len; i++)
    g_ptr_array_add (all, g_strdup (g_ptr_array_index (typed, i)));
  g_ptr_array_add (all, NULL);

  return (GStrv) g_ptr_array_free (all, FALSE);
}
