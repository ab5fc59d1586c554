/* mentor-store-mentorships.c — mentorships, their terms and lifecycle
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- Mentorships ---------------------------------------------------------- */

#define MENTORSHIP_SELECT \
  "SELECT m.id, m.mentor_id, m.mentee_id, a.name, b.name, m.kind, m.status, " \
  "       m.started_on, m.ends_on, m.closed_on, m.end_reason, m.cadence_days, " \
  "       m.mode, m.expectations, m.max_gap_days " \
  "FROM mentorship m " \
  "JOIN person a ON a.id = m.mentor_id " \
  "JOIN person b ON b.id = m.mentee_id "

static MentorMentorship *
mentorship_from_row (sqlite3_stmt *stmt)
{
  MentorMentorship *m = mentor_mentorship_new ();
  MentorKind kind = MENTOR_KIND_TRADITIONAL;
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  MentorMode mode = MENTOR_MODE_VIDEO;

  mentor_kind_from_string (mentor_store_column_text (stmt, 5), &kind);
  mentor_status_from_string (mentor_store_column_text (stmt, 6), &status);
  mentor_mode_from_string (mentor_store_column_text (stmt, 12), &mode);

  mentor_mentorship_set_id (m, sqlite3_column_int64 (stmt, 0));
  mentor_mentorship_set_mentor_id (m, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_mentorship_set_mentee_id (m, MAX (sqlite3_column_int64 (stmt, 2), 0));
  mentor_mentorship_set_mentor_name (m, mentor_store_column_text (stmt, 3));
  mentor_mentorship_set_mentee_name (m, mentor_store_column_text (stmt, 4));
  mentor_mentorship_set_kind (m, kind);
  mentor_mentorship_set_status (m, status);
  mentor_mentorship_set_started_on (m, mentor_store_column_optional (stmt, 7));
  mentor_mentorship_set_ends_on (m, mentor_store_column_optional (stmt, 8));
  mentor_mentorship_set_closed_on (m, mentor_store_column_optional (stmt, 9));
  mentor_mentorship_set_end_reason (m, mentor_store_column_text (stmt, 10));
  mentor_mentorship_set_cadence_days (m, mentor_store_column_uint (stmt, 11));
  mentor_mentorship_set_mode (m, mode);
  mentor_mentorship_set_expectations (m, mentor_store_column_text (stmt, 13));
  mentor_mentorship_set_max_gap_days (m, mentor_store_column_uint (stmt, 14));

  return m;
}

/* ---- Health --------------------------------------------------------------- */

/* What health is computed from, for one mentorship, gathered by a handful of
 * aggregate queries over every active or paused mentorship at once. */
typedef struct {
  char               *last_held_on;
  GArray             *recent;        /* MentorMeetingStatus, newest first */
  GArray             *overdue;       /* MentorHealthOverdue, titles owned */
  GPtrArray          *titles;        /* owns the overdue titles */
  guint               n_goals;
  MentorHealthReview  review[2];
  char               *review_on[2];
} HealthFacts;

static void
health_facts_free (gpointer data)
{
  HealthFacts *facts = data;

  g_free (facts->last_held_on);
  g_array_unref (facts->recent);
  g_array_unref (facts->overdue);
  g_ptr_array_unref (facts->titles);
  g_free (facts->review_on[0]);
  g_free (facts->review_on[1]);
  g_free (facts);
}

static HealthFacts *
facts_for (GHashTable *facts,
           gint64      id)
{
  HealthFacts *f = g_hash_table_lookup (facts, &id);

  if (f == NULL)
    {
      f = g_new0 (HealthFacts, 1);
      f->recent = g_array_new (FALSE, FALSE, sizeof (MentorMeetingStatus));
      f->overdue = g_array_new (FALSE, FALSE, sizeof (MentorHealthOverdue));
      f->titles = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (facts, g_memdup2 (&id, sizeof id), f);
    }

  return f;
}

/* Runs one fact query (?1 = mentorship id or 0 for all, ?2 = today) and
 * hands each row to add. */
static gboolean
gather (MentorStore   *self,
        const char    *sql,
        gint64         mentorship_id,
        const char    *today,
        GHashTable    *facts,
        void         (*add) (HealthFacts *f, sqlite3_stmt *stmt),
        GError       **error)
{
  sqlite3_stmt *stmt = mentor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add (facts_for (facts, sqlite3_column_int64 (stmt, 0)), stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static void
add_last_held (HealthFacts  *f,
               sqlite3_stmt *stmt)
{
  g_free (f->last_held_on);
  f->last_held_on = g_strdup (mentor_store_column_optional (stmt, 1));
}

static void
add_recent (HealthFacts  *f,
            sqlite3_stmt *stmt)
{
  MentorMeetingStatus status = MENTOR_MEETING_SCHEDULED;

  mentor_meeting_status_from_string (mentor_store_column_text (stmt, 1), &status);
  g_array_append_val (f->recent, status);
}

static void
add_overdue (HealthFacts  *f,
             sqlite3_stmt *stmt)
{
  char *title = g_strdup (mentor_store_column_text (stmt, 1));
  MentorHealthOverdue overdue = { title, mentor_store_column_uint (stmt, 2) };

  g_ptr_array_add (f->titles, title);
  g_array_append_val (f->overdue, overdue);
}

static void
add_goal_count (HealthFacts  *f,
                sqlite3_stmt *stmt)
{
  f->n_goals = mentor_store_column_uint (stmt, 1);
}

static void
add_review (HealthFacts  *f,
            sqlite3_stmt *stmt)
{
  MentorOwner author;

  if (!mentor_owner_from_string (mentor_store_column_text (stmt, 1), &author))
    return;

  f->review[author].rating = mentor_store_column_uint (stmt, 2);
  g_free (f->review_on[author]);
  f->review_on[author] = g_strdup (mentor_store_column_text (stmt, 3));
  f->review[author].written_on = f->review_on[author];
}

#define OPEN_MENTORSHIPS \
  "SELECT id FROM mentorship WHERE status IN ('active', 'paused') AND (?1 = 0 OR id = ?1)"

/* Facts of every active or paused mentorship (or just mentorship_id), keyed by id. */
static GHashTable *
load_health_facts (MentorStore  *self,
                   gint64        mentorship_id,
                   const char   *today,
                   GError      **error)
{
  g_autoptr(GHashTable) facts = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, health_facts_free);

  /* Meetings are stored in UTC; their day is the local one, as today is. */
  if (!gather (self,
               "SELECT mentorship_id, max (date (starts_at, 'localtime')) FROM meeting "
               "WHERE status = 'held' AND date (starts_at, 'localtime') <= ?2 "
               "  AND mentorship_id IN (" OPEN_MENTORSHIPS ") "
               "GROUP BY mentorship_id",
               mentorship_id, today, facts, add_last_held, error) ||
      !gather (self,
               "SELECT mentorship_id, status FROM ("
               "  SELECT mentorship_id, status, row_number () OVER ("
               "    PARTITION BY mentorship_id ORDER BY starts_at DESC, id DESC) AS n "
               "  FROM meeting "
               "  WHERE date (starts_at, 'localtime') <= ?2 "
               "    AND mentorship_id IN (" OPEN_MENTORSHIPS ")) "
               "WHERE n <= " G_STRINGIFY (MENTOR_HEALTH_RECENT_MEETINGS) " "
               "ORDER BY mentorship_id, n",
               mentorship_id, today, facts, add_recent, error) ||
      !gather (self,
               "SELECT g.mentorship_id, s.title, "
               "       CAST (julianday (?2) - julianday (s.due_on) AS INTEGER) "
               "FROM milestone s JOIN goal g ON g.id = s.goal_id "
               "WHERE g.status = 'open' AND s.done_on IS NULL AND s.due_on < ?2 "
               "  AND g.mentorship_id IN (" OPEN_MENTORSHIPS ") "
               "ORDER BY g.mentorship_id, s.due_on, g.id, s.position",
               mentorship_id, today, facts, add_overdue, error) ||
      !gather (self,
               "SELECT mentorship_id, count (*) FROM goal "
               "WHERE mentorship_id IN (" OPEN_MENTORSHIPS ") "
               "GROUP BY mentorship_id",
               mentorship_id, today, facts, add_goal_count, error) ||
      !gather (self,
               "SELECT mentorship_id, author, rating, written_on FROM ("
               "  SELECT mentorship_id, author, rating, written_on, row_number () OVER ("
               "    PARTITION BY mentorship_id, author ORDER BY written_on DESC, id DESC) AS n "
               "  FROM review "
               "  WHERE written_on <= ?2 AND mentorship_id IN (" OPEN_MENTORSHIPS ")) "
               "WHERE n = 1",
               mentorship_id, today, facts, add_review, error))
    return NULL;

  return g_steal_pointer (&facts);
}

static MentorHealth *
health_of (MentorMentorship *m,
           HealthFacts      *f,
           const char       *today)
{
  MentorHealthInput in = { 0, };

  in.status = mentor_mentorship_get_status (m);
  in.started_on = mentor_mentorship_get_started_on (m);
  in.ends_on = mentor_mentorship_get_ends_on (m);
  in.cadence_days = mentor_mentorship_get_cadence_days (m);
  in.max_gap_days = mentor_mentorship_get_max_gap_days (m);
  in.mentor_name = mentor_mentorship_get_mentor_name (m);
  in.mentee_name = mentor_mentorship_get_mentee_name (m);
  in.today = today;

  if (f != NULL)
    {
      in.last_held_on = f->last_held_on;
      in.recent = (const MentorMeetingStatus *) (gpointer) f->recent->data;
      in.n_recent = f->recent->len;
      in.overdue = (const MentorHealthOverdue *) (gpointer) f->overdue->data;
      in.n_overdue = f->overdue->len;
      in.n_goals = f->n_goals;
      in.latest_review[MENTOR_OWNER_MENTOR] = f->review[MENTOR_OWNER_MENTOR];
      in.latest_review[MENTOR_OWNER_MENTEE] = f->review[MENTOR_OWNER_MENTEE];
    }

  return mentor_health_compute (&in);
}

gboolean
mentor_store_fill_health (MentorStore  *self,
                          GListModel   *mentorships,
                          gint64        mentorship_id,
                          const char   *today,
                          GError      **error)
{
  g_autoptr(GHashTable) facts = NULL;
  g_autofree char *own_today = NULL;
  guint n;

  g_assert (MENTOR_IS_STORE (self));
  g_assert (G_IS_LIST_MODEL (mentorships));

  if (today == NULL)
    today = own_today = mentor_today ();

  facts = load_health_facts (self, mentorship_id, today, error);
  if (facts == NULL)
    return FALSE;

  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorStatus status = mentor_mentorship_get_status (m);
      gint64 id = mentor_mentorship_get_id (m);
      g_autoptr(MentorHealth) health = NULL;

      if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
        health = health_of (m, g_hash_table_lookup (facts, &id), today);
      mentor_mentorship_set_health (m, health);
    }

  return TRUE;
}

/* Focus areas of one mentorship (id > 0) or of all (id 0), keyed by id. */
static GHashTable *
load_focus_areas (MentorStore  *self,
                  gint64        mentorship_id,
                  GError      **error)
{
  g_autoptr(GHashTable) by_mentorship = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT mentorship_id, name FROM mentorship_focus "
                               "WHERE ?1 = 0 OR mentorship_id = ?1 "
                               "ORDER BY mentorship_id, position, rowid",
                               error);
  if (stmt == NULL)
    return NULL;

  by_mentorship = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  sqlite3_bind_int64 (stmt, 1, mentorship_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GPtrArray *areas = g_hash_table_lookup (by_mentorship, &id);

      if (areas == NULL)
        {
          areas = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (by_mentorship, g_memdup2 (&id, sizeof id), areas);
        }
      g_ptr_array_add (areas, g_strdup (mentor_store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&by_mentorship);
}

static void
apply_focus_areas (MentorMentorship *m,
                   GPtrArray        *areas)
{
  g_ptr_array_add (areas, NULL);
  mentor_mentorship_set_focus_areas (m, (const char * const *) areas->pdata);
  g_ptr_array_remove_index (areas, areas->len - 1);
}

GListModel *
mentor_store_list_mentorships (MentorStore *self)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_mentorships_as_of (self, NULL, NULL);
}

/* Every mentorship with its names and focus areas, in the list's order;
 * what could be read when error is set. */
static GListModel *
load_mentorships (MentorStore  *self,
                  GError      **error)
{
  g_autoptr(GHashTable) focus = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  list = g_list_store_new (MENTOR_TYPE_MENTORSHIP);

  focus = load_focus_areas (self, 0, error);
  if (focus == NULL)
    return G_LIST_MODEL (list);

  /* Not yet started ones (no start date) come first: they are the newest. */
  stmt = mentor_store_prepare (self,
                               MENTORSHIP_SELECT
                               "ORDER BY coalesce (m.started_on, '9999-12-31') DESC, m.id DESC",
                               error);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MentorMentorship) m = mentorship_from_row (stmt);
      gint64 id = mentor_mentorship_get_id (m);
      GPtrArray *areas = g_hash_table_lookup (focus, &id);

      if (areas != NULL)
        apply_focus_areas (m, areas);

      g_list_store_append (list, m);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    mentor_store_set_sqlite_error (self, rc, error);

  return G_LIST_MODEL (list);
}

GListModel *
mentor_store_list_mentorships_as_of (MentorStore  *self,
                                     const char   *today,
                                     GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GListModel *list;

  g_assert (MENTOR_IS_STORE (self));

  list = load_mentorships (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return list;
    }

  if (mentor_store_fill_health (self, list, 0, today, error))
    mentor_store_fill_next_checkins (self, list, 0, error);

  return list;
}

GListModel *
mentor_store_list_mentorships_without_health (MentorStore *self)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return load_mentorships (self, NULL);
}

static MentorMentorship *
load_mentorship (MentorStore  *self,
                 gint64        id,
                 GError      **error)
{
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(GHashTable) focus = NULL;
  sqlite3_stmt *stmt;
  GPtrArray *areas;
  gboolean found;

  stmt = mentor_store_prepare (self, MENTORSHIP_SELECT "WHERE m.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;

  if (!found)
    {
      sqlite3_reset (stmt);
      mentor_store_fail_not_found (error, _("This mentorship is no longer in the data file."));
      return NULL;
    }

  m = mentorship_from_row (stmt);
  sqlite3_reset (stmt);

  focus = load_focus_areas (self, id, error);
  if (focus == NULL)
    return NULL;

  areas = g_hash_table_lookup (focus, &id);
  if (areas != NULL)
    apply_focus_areas (m, areas);

  return g_steal_pointer (&m);
}

/* The health and next check-in of one loaded mentorship, as of today. */
static gboolean
fill_one_health (MentorStore       *self,
                 MentorMentorship  *m,
                 GError           **error)
{
  g_autoptr(GListStore) one = g_list_store_new (MENTOR_TYPE_MENTORSHIP);

  g_list_store_append (one, m);
  return mentor_store_fill_health (self, G_LIST_MODEL (one), mentor_mentorship_get_id (m),
                                   NULL, error) &&
         mentor_store_fill_next_checkins (self, G_LIST_MODEL (one), mentor_mentorship_get_id (m), error);
}

MentorMentorship *
mentor_store_get_mentorship (MentorStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_autoptr(MentorMentorship) m = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  m = load_mentorship (self, id, error);
  if (m == NULL || !fill_one_health (self, m, error))
    return NULL;

  return g_steal_pointer (&m);
}

static gboolean
check_mentorship_person (MentorStore  *self,
                         gint64        id,
                         gboolean      refuse_archived,
                         const char   *missing_message,
                         char        **name_out,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean archived = FALSE;

  name = mentor_store_person_name (self, id, &archived, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (name == NULL)
    return mentor_store_fail_invalid (error, "%s", missing_message);

  if (refuse_archived && archived)
    return mentor_store_fail_invalid (error, _("%s is archived, so they cannot start a new mentorship."), name);

  *name_out = g_steal_pointer (&name);
  return TRUE;
}

static gboolean
write_focus_areas (MentorStore  *self,
                   gint64        mentorship_id,
                   GPtrArray    *areas,
                   GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = mentor_store_prepare (self, "DELETE FROM mentorship_focus WHERE mentorship_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  stmt = mentor_store_prepare (self,
                               "INSERT INTO mentorship_focus (mentorship_id, name, position) "
                               "VALUES (?1, ?2, ?3)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < areas->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, mentorship_id);
      mentor_store_bind_text (stmt, 2, g_ptr_array_index (areas, i));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_mentorship_in_transaction (MentorStore       *self,
                                MentorMentorship  *m,
                                gint64            *new_id,
                                MentorStatus      *stored_status,
                                char             **stored_started_on,
                                char             **mentor_name,
                                char             **mentee_name,
                                GError           **error)
{
  g_autoptr(GPtrArray) areas = mentor_store_clean_words (mentor_mentorship_get_focus_areas (m));
  g_autofree char *started_on = g_strdup (mentor_mentorship_get_started_on (m));
  const char *ends_on = mentor_mentorship_get_ends_on (m);
  gint64 id = mentor_mentorship_get_id (m);
  gint64 mentor_id = mentor_mentorship_get_mentor_id (m);
  gint64 mentee_id = mentor_mentorship_get_mentee_id (m);
  gint64 old_mentor_id = 0;
  gint64 old_mentee_id = 0;
  MentorStatus status;
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (mentor_mentorship_get_expectations (m), error))
    return FALSE;
  for (guint i = 0; i < areas->len; i++)
    if (!mentor_store_check_utf8 (g_ptr_array_index (areas, i), error))
      return FALSE;

  if (mentor_id == 0)
    return mentor_store_fail_invalid (error, "%s", _("Choose a mentor."));
  if (mentee_id == 0)
    return mentor_store_fail_invalid (error, "%s", _("Choose a mentee."));
  if (mentor_id == mentee_id)
    return mentor_store_fail_invalid (error, "%s", _("A mentor and mentee must be two different people."));

  if (!mentor_store_check_date (started_on, _("The start date “%s” is not a valid date."), error) ||
      !mentor_store_check_date (ends_on, _("The planned end date “%s” is not a valid date."), error))
    return FALSE;

  if (started_on != NULL && ends_on != NULL && strcmp (ends_on, started_on) < 0)
    return mentor_store_fail_invalid (error, "%s", _("The planned end date is before the start date."));

  if (mentor_mentorship_get_cadence_days (m) > 366)
    return mentor_store_fail_invalid (error, "%s", _("The cadence must be between 0 and 366 days."));

  if (mentor_mentorship_get_max_gap_days (m) > 366)
    return mentor_store_fail_invalid (error, "%s", _("The longest gap between meetings must be between 0 and 366 days."));

  if (mentor_mentorship_get_max_gap_days (m) != 0 &&
      mentor_mentorship_get_max_gap_days (m) < mentor_mentorship_get_cadence_days (m))
    return mentor_store_fail_invalid (error, "%s", _("The longest gap between meetings cannot be shorter than the cadence."));

  if (id == 0)
    {
      status = mentor_mentorship_get_status (m) == MENTOR_STATUS_ACTIVE
               ? MENTOR_STATUS_ACTIVE : MENTOR_STATUS_PROPOSED;
      if (status == MENTOR_STATUS_ACTIVE && started_on == NULL)
        started_on = mentor_today ();
    }
  else
    {
      gboolean found;

      stmt = mentor_store_prepare (self,
                                   "SELECT mentor_id, mentee_id, status FROM mentorship WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;
      if (!found)
        {
          sqlite3_reset (stmt);
          return mentor_store_fail_not_found (error, _("This mentorship is no longer in the data file."));
        }
      old_mentor_id = sqlite3_column_int64 (stmt, 0);
      old_mentee_id = sqlite3_column_int64 (stmt, 1);
      status = MENTOR_STATUS_PROPOSED;
      mentor_status_from_string (mentor_store_column_text (stmt, 2), &status);
      sqlite3_reset (stmt);

      if (started_on == NULL &&
          (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED ||
           status == MENTOR_STATUS_COMPLETED))
        return mentor_store_fail_invalid (error, "%s", _("Enter the date the mentorship started."));
    }

  /* Archived people keep their mentorships but start no new ones. */
  if (!check_mentorship_person (self, mentor_id, mentor_id != old_mentor_id,
                                _("The chosen mentor is no longer in the data file."),
                                mentor_name, error) ||
      !check_mentorship_person (self, mentee_id, mentee_id != old_mentee_id,
                                _("The chosen mentee is no longer in the data file."),
                                mentee_name, error))
    return FALSE;

  if (started_on != NULL && ends_on != NULL && strcmp (ends_on, started_on) < 0)
    return mentor_store_fail_invalid (error, "%s", _("The planned end date is before the start date."));

  if (id == 0)
    {
      stmt = mentor_store_prepare (self,
                                   "INSERT INTO mentorship (mentor_id, mentee_id, kind, started_on, "
                                   "  ends_on, cadence_days, mode, expectations, status, max_gap_days) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?11)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      mentor_store_bind_text (stmt, 9, mentor_status_to_string (status));
    }
  else
    {
      stmt = mentor_store_prepare (self,
                                   "UPDATE mentorship SET mentor_id = ?1, mentee_id = ?2, kind = ?3, "
                                   "  started_on = ?4, ends_on = ?5, cadence_days = ?6, mode = ?7, "
                                   "  expectations = ?8, max_gap_days = ?11 "
                                   "WHERE id = ?10",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 10, id);
    }

  sqlite3_bind_int64 (stmt, 1, mentor_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  mentor_store_bind_text (stmt, 3, mentor_kind_to_string (mentor_mentorship_get_kind (m)));
  mentor_store_bind_optional (stmt, 4, started_on);
  mentor_store_bind_optional (stmt, 5, ends_on);
  sqlite3_bind_int (stmt, 6, (int) mentor_mentorship_get_cadence_days (m));
  mentor_store_bind_text (stmt, 7, mentor_mode_to_string (mentor_mentorship_get_mode (m)));
  mentor_store_bind_text (stmt, 8, mentor_mentorship_get_expectations (m));
  sqlite3_bind_int (stmt, 11, (int) mentor_mentorship_get_max_gap_days (m));
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = *new_id = sqlite3_last_insert_rowid (self->db);

  if (!write_focus_areas (self, id, areas, error))
    return FALSE;

  *stored_status = status;
  *stored_started_on = g_steal_pointer (&started_on);

  g_ptr_array_add (areas, NULL);
  mentor_mentorship_set_focus_areas (m, (const char * const *) areas->pdata);

  return TRUE;
}

gboolean
mentor_store_save_mentorship (MentorStore       *self,
                              MentorMentorship  *mentorship,
                              GError           **error)
{
  g_autofree char *started_on = NULL;
  g_autofree char *mentor_name = NULL;
  g_autofree char *mentee_name = NULL;
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_mentorship_in_transaction (self, mentorship, &new_id, &status, &started_on,
                                       &mentor_name, &mentee_name, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_MENTORSHIPS, error))
    return FALSE;

  if (new_id != 0)
    mentor_mentorship_set_id (mentorship, new_id);
  mentor_mentorship_set_status (mentorship, status);
  mentor_mentorship_set_started_on (mentorship, started_on);
  mentor_mentorship_set_mentor_name (mentorship, mentor_name);
  mentor_mentorship_set_mentee_name (mentorship, mentee_name);

  /* The saved terms (cadence, dates) may change its health. */
  fill_one_health (self, mentorship, NULL);

  return TRUE;
}

static const char *
lifecycle_refusal (MentorStatus from)
{
  switch (from)
    {
    case MENTOR_STATUS_PROPOSED:
      return _("A proposed mentorship can be made active or ended.");
    case MENTOR_STATUS_ACTIVE:
      return _("An active mentorship can be paused, completed or ended.");
    case MENTOR_STATUS_PAUSED:
      return _("A paused mentorship can be made active again, completed or ended.");
    case MENTOR_STATUS_COMPLETED:
      return _("A completed mentorship cannot change status.");
    case MENTOR_STATUS_ENDED:
      return _("An ended mentorship cannot change status.");
    case MENTOR_N_STATUSES:
    default:
      break;
    }

  g_assert_not_reached ();
  return NULL;
}

gboolean
mentor_store_set_mentorship_status (MentorStore   *self,
                                    gint64         id,
                                    MentorStatus   status,
                                    const char    *reason,
                                    GError       **error)
{
  return mentor_store_set_mentorship_status_on (self, id, status, reason, NULL, error);
}

gboolean
mentor_store_set_mentorship_status_on (MentorStore   *self,
                                       gint64         id,
                                       MentorStatus   status,
                                       const char    *reason,
                                       const char    *on,
                                       GError       **error)
{
  g_autoptr(MentorMentorship) m = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *today = NULL;
  g_autofree char *started_on = NULL;
  g_autofree char *closed_on = NULL;
  MentorStatus from;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) status < MENTOR_N_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  m = load_mentorship (self, id, error);
  if (m == NULL)
    goto failed;

  from = mentor_mentorship_get_status (m);
  if (from == status)
    {
      /* Nothing to change: not a refusal, and nothing to announce. */
      mentor_store_rollback (self);
      return TRUE;
    }

  if (!mentor_status_can_change (from, status))
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_LIFECYCLE,
                           lifecycle_refusal (from));
      goto failed;
    }

  clean_reason = mentor_store_trimmed (reason);
  if (!mentor_store_check_utf8 (clean_reason, error))
    goto failed;
  if (status == MENTOR_STATUS_ENDED && *clean_reason == '\0')
    {
      mentor_store_fail_invalid (error, "%s", _("Say why the mentorship ended."));
      goto failed;
    }

  g_return_val_if_fail (on == NULL || mentor_date_is_valid (on), FALSE);
  today = on != NULL ? g_strdup (on) : mentor_today ();
  started_on = g_strdup (mentor_mentorship_get_started_on (m));
  if (status == MENTOR_STATUS_ACTIVE && started_on == NULL)
    started_on = g_strdup (today);
  if (status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED)
    closed_on = g_strdup (today);

  stmt = mentor_store_prepare (self,
                               "UPDATE mentorship SET status = ?1, started_on = ?2, "
                               "  closed_on = ?3, end_reason = ?4 "
                               "WHERE id = ?5",
                               error);
  if (stmt == NULL)
    goto failed;

  mentor_store_bind_text (stmt, 1, mentor_status_to_string (status));
  mentor_store_bind_optional (stmt, 2, started_on);
  mentor_store_bind_optional (stmt, 3, closed_on);
  mentor_store_bind_text (stmt, 4, status == MENTOR_STATUS_ENDED ? clean_reason : "");
  sqlite3_bind_int64 (stmt, 5, id);
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  return mentor_store_commit (self, MENTOR_CHANGE_MENTORSHIPS, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}
