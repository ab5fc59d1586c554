/* mentor-store-overview.c — the program at a glance
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include "mentor-store-private.h"

/* Runs a statement binding ?1 = today and hands each row to func. */
static gboolean
each_row (MentorStore   *self,
          const char    *sql,
          const char    *today,
          void         (*func) (sqlite3_stmt *stmt, MentorOverview *out),
          MentorOverview *out,
          GError       **error)
{
  sqlite3_stmt *stmt = mentor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  mentor_store_bind_text (stmt, 1, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (stmt, out);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static void
add_meetings (sqlite3_stmt   *stmt,
              MentorOverview *out)
{
  out->meetings_held = mentor_store_column_uint (stmt, 0);
  out->meetings_planned = mentor_store_column_uint (stmt, 1);
}

static void
add_goals (sqlite3_stmt   *stmt,
           MentorOverview *out)
{
  MentorGoalStatus status;
  guint count = mentor_store_column_uint (stmt, 1);

  if (!mentor_goal_status_from_string (mentor_store_column_text (stmt, 0), &status))
    return;

  switch (status)
    {
    case MENTOR_GOAL_OPEN:
      out->goals_open = count;
      break;
    case MENTOR_GOAL_ACHIEVED:
      out->goals_achieved = count;
      break;
    case MENTOR_GOAL_DROPPED:
      out->goals_dropped = count;
      break;
    case MENTOR_N_GOAL_STATUSES:
    default:
      break;
    }
}

static void
add_overdue (sqlite3_stmt   *stmt,
             MentorOverview *out)
{
  out->milestones_overdue = mentor_store_column_uint (stmt, 0);
}

/* Occurrences of series in the window that nobody marked were planned too:
 * they are computed, not stored, so the query above cannot see them. Those
 * taken out of their series or replaced by a stored one (counted above as
 * what it became) are not among them. */
static gboolean
add_computed_occurrences (MentorStore     *self,
                          const char      *today,
                          MentorOverview  *out,
                          GError         **error)
{
  g_autofree char *zone = mentor_user_timezone ();
  g_autofree char *first_day = mentor_date_add_days (today, -MENTOR_OVERVIEW_WINDOW_DAYS);
  g_autofree char *first_midnight = g_strconcat (first_day, "T00:00:00", NULL);
  g_autofree char *today_midnight = g_strconcat (today, "T00:00:00", NULL);
  g_autofree char *from = mentor_local_to_instant (first_midnight, zone);
  g_autofree char *to = mentor_local_to_instant (today_midnight, zone);
  g_autoptr(GPtrArray) computed = NULL;

  if (from == NULL || to == NULL)
    return TRUE;

  computed = mentor_store_computed_occurrences (self, 0, from, to, error);
  if (computed == NULL)
    return FALSE;

  out->meetings_planned += computed->len;
  return TRUE;
}

gboolean
mentor_store_get_overview (MentorStore     *self,
                           const char      *today,
                           MentorOverview  *out,
                           GError         **error)
{
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *own_today = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (today == NULL || mentor_date_is_valid (today), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today == NULL)
    today = own_today = mentor_today ();

  /* Health by the same computation the list shows, as of the same day. */
  mentorships = mentor_store_list_mentorships_as_of (self, today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return mentor_store_get_overview_for (self, today, mentorships, out, error);
}

gboolean
mentor_store_get_overview_for (MentorStore     *self,
                               const char      *today,
                               GListModel      *mentorships,
                               MentorOverview  *out,
                               GError         **error)
{
  g_autofree char *own_today = NULL;
  MentorOverview overview = { { 0, }, };
  guint n;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (today == NULL || mentor_date_is_valid (today), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (mentorships), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today == NULL)
    today = own_today = mentor_today ();

  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorHealth *health = mentor_mentorship_get_health (m);

      overview.by_status[mentor_mentorship_get_status (m)]++;
      overview.by_health[health != NULL ? mentor_health_get_level (health) : MENTOR_HEALTH_NONE]++;
    }

  /* The window is the days before today: each counted meeting has had its day,
   * so a still-scheduled one there was planned and did not happen as held. */
  if (!each_row (self,
                 "SELECT coalesce (sum (status = 'held'), 0), "
                 "       coalesce (sum (status IN ('held', 'missed', 'scheduled')), 0) "
                 "FROM meeting "
                 "WHERE date (starts_at, 'localtime') >= date (?1, '-"
                 G_STRINGIFY (MENTOR_OVERVIEW_WINDOW_DAYS) " days') "
                 "  AND date (starts_at, 'localtime') < ?1",
                 today, add_meetings, &overview, error) ||
      !each_row (self,
                 "SELECT status, count (*) FROM goal WHERE ?1 IS NOT NULL GROUP BY status",
                 today, add_goals, &overview, error) ||
      !each_row (self,
                 "SELECT count (*) FROM milestone s JOIN goal g ON g.id = s.goal_id "
                 "WHERE g.status = 'open' AND s.done_on IS NULL AND s.due_on < ?1",
                 today, add_overdue, &overview, error))
    return FALSE;

  if (!add_computed_occurrences (self, today, &overview, error))
    return FALSE;

  *out = overview;
  return TRUE;
}
