/* mentor-store-calendar.c — the calendar: one-off meetings and occurrences
 * of series, computed or stored; what comes next; the goals a meeting worked
 * on. Marking, taking out and splitting occurrences is in
 * mentor-store-occurrences.c.
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 *
 * Occurrences are computed (mentor-recurrence.c), never stored, until
 * something happens to one: held, missed, cancelled, moved or given notes,
 * it becomes a meeting row with the series' id and UID and its original
 * start as recurrence_id (an "override", RECURRENCE-ID in iCalendar). Taking
 * one out entirely adds its local start to the series' exdates.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* Beyond any horizon: "no end" for a range. */
#define FAR_FUTURE "9999-12-31T23:59:59Z"

/* Joined with the mentorship's people for "mentorship-title", and with its
 * status for the day after which a closed mentorship has no more check-ins. */
#define MEETING_SELECT \
  "SELECT " MENTOR_STORE_MEETING_COLUMNS ", a.name, b.name FROM meeting " \
  "JOIN mentorship ms ON ms.id = meeting.mentorship_id " \
  "JOIN person a ON a.id = ms.mentor_id " \
  "JOIN person b ON b.id = ms.mentee_id "
#define MEETING_N_COLUMNS 15

#define SERIES_SELECT \
  "SELECT " MENTOR_STORE_SERIES_COLUMNS ", a.name, b.name, ms.status, ms.closed_on FROM checkin_series " \
  "JOIN mentorship ms ON ms.id = checkin_series.mentorship_id " \
  "JOIN person a ON a.id = ms.mentor_id " \
  "JOIN person b ON b.id = ms.mentee_id "
#define SERIES_N_COLUMNS 12

char *
mentor_store_now (void)
{
  g_autoptr(GDateTime) now = NULL;

  if (g_getenv ("MENTOR_TODAY") != NULL)
    {
      g_autofree char *today = mentor_today ();
      g_autofree char *zone = mentor_user_timezone ();
      g_autofree char *midnight = g_strconcat (today, "T00:00:00", NULL);
      char *instant = mentor_local_to_instant (midnight, zone);

      if (instant != NULL)
        return instant;
    }

  now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
title_from_names (const char *mentor_name,
                  const char *mentee_name)
{
  /* TRANSLATORS: a mentorship's title, "Mentor → Mentee" */
  return g_strdup_printf (_("%s → %s"), mentor_name, mentee_name);
}

static MentorMeeting *
meeting_with_title_from_row (sqlite3_stmt *stmt)
{
  MentorMeeting *meeting = mentor_store_meeting_from_row (stmt);
  g_autofree char *title = title_from_names (mentor_store_column_text (stmt, MEETING_N_COLUMNS),
                                             mentor_store_column_text (stmt, MEETING_N_COLUMNS + 1));

  mentor_meeting_set_mentorship_title (meeting, title);
  return meeting;
}

/* The first instant after the day a completed or ended mentorship closed
 * (in the series' zone), or NULL while it is open: a closed mentorship has no
 * more check-ins, whatever its series would say. */
static char *
closed_cut (const char *status_word,
            const char *closed_on,
            const char *tzid)
{
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  g_autofree char *next_day = NULL;
  g_autofree char *midnight = NULL;

  if (!mentor_status_from_string (status_word, &status) ||
      (status != MENTOR_STATUS_COMPLETED && status != MENTOR_STATUS_ENDED) ||
      !mentor_date_is_valid (closed_on))
    return NULL;

  next_day = mentor_date_add_days (closed_on, 1);
  midnight = g_strconcat (next_day, "T00:00:00", NULL);
  return mentor_local_to_instant (midnight, tzid);
}

static MentorMeeting *
computed_meeting (MentorCheckinSeries *series,
                  const char          *instant,
                  const char          *title)
{
  MentorMeeting *meeting = mentor_meeting_new ();

  mentor_meeting_set_mentorship_id (meeting, mentor_checkin_series_get_mentorship_id (series));
  mentor_meeting_set_series_id (meeting, mentor_checkin_series_get_id (series));
  mentor_meeting_set_uid (meeting, mentor_checkin_series_get_uid (series));
  mentor_meeting_set_recurrence_id (meeting, instant);
  mentor_meeting_set_starts_at (meeting, instant);
  mentor_meeting_set_tzid (meeting, mentor_checkin_series_get_tzid (series));
  mentor_meeting_set_duration_min (meeting, mentor_checkin_series_get_duration_min (series));
  mentor_meeting_set_mode (meeting, mentor_checkin_series_get_mode (series));
  mentor_meeting_set_location (meeting, mentor_checkin_series_get_location (series));
  mentor_meeting_set_agenda (meeting, mentor_checkin_series_get_summary (series));
  mentor_meeting_set_status (meeting, MENTOR_MEETING_SCHEDULED);
  mentor_meeting_set_mentorship_title (meeting, title);
  mentor_meeting_set_sequence (meeting, mentor_checkin_series_get_sequence (series));

  return meeting;
}

static char *
override_key (gint64      series_id,
              const char *recurrence_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", series_id, recurrence_id);
}

/* The stored occurrences whose original start is in [from, to), as
 * "series|recurrence-id" keys: each replaces the computed one, wherever it
 * was moved to. */
static GHashTable *
load_overrides (MentorStore  *self,
                gint64        mentorship_id,
                const char   *from,
                const char   *to,
                GError      **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT series_id, recurrence_id FROM meeting "
                               "WHERE series_id IS NOT NULL AND recurrence_id >= ?2 AND recurrence_id < ?3 "
                               "  AND (?1 = 0 OR mentorship_id = ?1)",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, from);
  mentor_store_bind_text (stmt, 3, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (keys, override_key (sqlite3_column_int64 (stmt, 0), mentor_store_column_text (stmt, 1)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&keys);
}

typedef struct {
  MentorCheckinSeries *series;
  char                *title;
  char                *cut;     /* closed_cut(), or NULL */
} SeriesRow;

static void
series_row_free (gpointer data)
{
  SeriesRow *row = data;

  g_clear_object (&row->series);
  g_free (row->title);
  g_free (row->cut);
  g_free (row);
}

static GPtrArray *
load_series_rows (MentorStore  *self,
                  gint64        mentorship_id,
                  GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (series_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               SERIES_SELECT
                               "WHERE ?1 = 0 OR checkin_series.mentorship_id = ?1 "
                               "ORDER BY checkin_series.id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SeriesRow *row = g_new0 (SeriesRow, 1);

      row->series = mentor_store_series_from_row (stmt);
      row->title = title_from_names (mentor_store_column_text (stmt, SERIES_N_COLUMNS),
                                     mentor_store_column_text (stmt, SERIES_N_COLUMNS + 1));
      row->cut = closed_cut (mentor_store_column_text (stmt, SERIES_N_COLUMNS + 2),
                             mentor_store_column_optional (stmt, SERIES_N_COLUMNS + 3),
                             mentor_checkin_series_get_tzid (row->series));
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* The occurrences of one series in [from, to) (cut where its mentorship
 * closed), at most max; NULL after a g_warning when the stored series cannot
 * be expanded (a tool wrote a rule Mentor refuses): one bad row must not
 * empty the calendar. */
static GPtrArray *
expand_row (SeriesRow  *row,
            const char *from,
            const char *to,
            guint       max)
{
  MentorCheckinSeries *series = row->series;
  g_autoptr(GError) error = NULL;
  GPtrArray *instants;

  if (row->cut != NULL && strcmp (row->cut, to) < 0)
    to = row->cut;
  if (strcmp (from, to) >= 0)
    return g_ptr_array_new_with_free_func (g_free);

  instants = mentor_recurrence_expand (mentor_checkin_series_get_dtstart (series),
                                       mentor_checkin_series_get_tzid (series),
                                       mentor_checkin_series_get_rrule (series),
                                       mentor_checkin_series_get_exdates (series),
                                       from, to, max, &error);
  if (instants == NULL)
    g_warning ("Check-in series %" G_GINT64_FORMAT " is left out of the calendar: %s",
               mentor_checkin_series_get_id (series), error->message);

  return instants;
}

GPtrArray *
mentor_store_computed_occurrences (MentorStore  *self,
                                   gint64        mentorship_id,
                                   const char   *from,
                                   const char   *to,
                                   GError      **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert (MENTOR_IS_STORE (self));

  if (!mentor_instant_is_valid (from) || !mentor_instant_is_valid (to))
    {
      mentor_store_fail_invalid (error, "%s", _("The range of the calendar is not a valid pair of times."));
      return NULL;
    }

  if ((overrides = load_overrides (self, mentorship_id, from, to, error)) == NULL ||
      (rows = load_series_rows (self, mentorship_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      SeriesRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) instants = expand_row (row, from, to, 0);
      gint64 series_id = mentor_checkin_series_get_id (row->series);

      for (guint k = 0; instants != NULL && k < instants->len; k++)
        {
          const char *instant = g_ptr_array_index (instants, k);
          g_autofree char *key = override_key (series_id, instant);

          if (!g_hash_table_contains (overrides, key))
            g_ptr_array_add (meetings, computed_meeting (row->series, instant, row->title));
        }
    }

  return g_steal_pointer (&meetings);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  MentorMeeting *x = (MentorMeeting *) a;
  MentorMeeting *y = (MentorMeeting *) b;
  int order = g_strcmp0 (mentor_meeting_get_starts_at (x), mentor_meeting_get_starts_at (y));

  if (order == 0)
    order = (mentor_meeting_get_mentorship_id (x) > mentor_meeting_get_mentorship_id (y)) -
            (mentor_meeting_get_mentorship_id (x) < mentor_meeting_get_mentorship_id (y));
  if (order == 0)
    order = (mentor_meeting_get_series_id (x) > mentor_meeting_get_series_id (y)) -
            (mentor_meeting_get_series_id (x) < mentor_meeting_get_series_id (y));
  if (order == 0)
    order = (mentor_meeting_get_id (x) > mentor_meeting_get_id (y)) -
            (mentor_meeting_get_id (x) < mentor_meeting_get_id (y));

  return order;
}

GListModel *
mentor_store_list_calendar (MentorStore *self,
                            gint64       mentorship_id,
                            const char  *from,
                            const char  *to)
{
  g_autoptr(GPtrArray) computed = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (mentor_instant_is_valid (from), NULL);
  g_return_val_if_fail (mentor_instant_is_valid (to), NULL);

  list = g_list_store_new (MENTOR_TYPE_MEETING);

  stmt = mentor_store_prepare (self,
                               MEETING_SELECT
                               "WHERE meeting.starts_at >= ?2 AND meeting.starts_at < ?3 "
                               "  AND (?1 = 0 OR meeting.mentorship_id = ?1)",
                               &error);
  if (stmt == NULL)
    {
      g_warning ("The calendar could not be read: %s", error->message);
      return G_LIST_MODEL (list);
    }

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, from);
  mentor_store_bind_text (stmt, 3, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(MentorMeeting) meeting = meeting_with_title_from_row (stmt);

      g_list_store_append (list, meeting);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, &error);
      g_warning ("The calendar could not be read: %s", error->message);
      return G_LIST_MODEL (list);
    }

  computed = mentor_store_computed_occurrences (self, mentorship_id, from, to, &error);
  if (computed == NULL)
    g_warning ("The check-ins of series could not be read: %s", error->message);
  else
    g_list_store_splice (list, g_list_model_get_n_items (G_LIST_MODEL (list)), 0,
                         computed->pdata, computed->len);

  g_list_store_sort (list, compare_meetings, NULL);
  return G_LIST_MODEL (list);
}

MentorMeeting *
mentor_store_get_meeting (MentorStore  *self,
                          gint64        id,
                          GError      **error)
{
  MentorMeeting *meeting = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = mentor_store_prepare (self, MEETING_SELECT "WHERE meeting.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;
  if (found)
    meeting = meeting_with_title_from_row (stmt);
  sqlite3_reset (stmt);

  if (meeting == NULL)
    mentor_store_fail_not_found (error, _("This meeting is no longer in the data file."));

  return meeting;
}

/* ---- What comes next -------------------------------------------------------- */

typedef struct {
  char                *starts_at;
  gint64               meeting_id;  /* a stored meeting, or 0 */
  MentorCheckinSeries *series;      /* else the series of a computed one */
  char                *title;
} NextEntry;

static void
next_entry_free (gpointer data)
{
  NextEntry *entry = data;

  g_free (entry->starts_at);
  g_clear_object (&entry->series);
  g_free (entry->title);
  g_free (entry);
}

/* Keeps the earlier of what is there and the candidate; takes ownership. */
static void
offer_next (GHashTable *next,
            gint64      mentorship_id,
            NextEntry  *candidate)
{
  NextEntry *current = g_hash_table_lookup (next, &mentorship_id);

  if (current != NULL && strcmp (current->starts_at, candidate->starts_at) <= 0)
    {
      next_entry_free (candidate);
      return;
    }

  g_hash_table_insert (next, g_memdup2 (&mentorship_id, sizeof mentorship_id), candidate);
}

/* The first scheduled meeting or occurrence at or after `after`, per
 * mentorship: one query for stored ones, and each series expanded only as
 * far as its stored occurrences could hide computed ones. */
static GHashTable *
collect_next (MentorStore  *self,
              gint64        mentorship_id,
              const char   *after,
              GError      **error)
{
  g_autoptr(GHashTable) next = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, next_entry_free);
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GHashTable) hidden_by_series = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT mentorship_id, id, min (starts_at) FROM meeting "
                               "WHERE status = 'scheduled' AND starts_at >= ?2 "
                               "  AND (?1 = 0 OR mentorship_id = ?1) "
                               "GROUP BY mentorship_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, after);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NextEntry *entry = g_new0 (NextEntry, 1);

      /* SQLite takes the bare column (id) from the row holding the min. */
      entry->meeting_id = sqlite3_column_int64 (stmt, 1);
      entry->starts_at = g_strdup (mentor_store_column_text (stmt, 2));
      offer_next (next, sqlite3_column_int64 (stmt, 0), entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  if ((overrides = load_overrides (self, mentorship_id, after, FAR_FUTURE, error)) == NULL ||
      (rows = load_series_rows (self, mentorship_id, error)) == NULL)
    return NULL;

  /* Each stored occurrence hides at most one computed one: that many and
   * one more are enough to find the first still computed. Counted per
   * series in one pass over the keys ("<series id>|<instant>"). */
  hidden_by_series = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, overrides);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 series_id = g_ascii_strtoll (key, NULL, 10);
      gpointer count = g_hash_table_lookup (hidden_by_series, &series_id);

      if (count == NULL)
        g_hash_table_insert (hidden_by_series, g_memdup2 (&series_id, sizeof series_id),
                             GUINT_TO_POINTER (1));
      else
        g_hash_table_insert (hidden_by_series, g_memdup2 (&series_id, sizeof series_id),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
    }

  for (guint i = 0; i < rows->len; i++)
    {
      SeriesRow *row = g_ptr_array_index (rows, i);
      gint64 series_id = mentor_checkin_series_get_id (row->series);
      g_autoptr(GPtrArray) instants = NULL;
      guint hidden = GPOINTER_TO_UINT (g_hash_table_lookup (hidden_by_series, &series_id));

      instants = expand_row (row, after, FAR_FUTURE, hidden + 1);
      for (guint k = 0; instants != NULL && k < instants->len; k++)
        {
          const char *instant = g_ptr_array_index (instants, k);
          g_autofree char *override = override_key (series_id, instant);
          NextEntry *entry;

          if (g_hash_table_contains (overrides, override))
            continue;

          entry = g_new0 (NextEntry, 1);
          entry->starts_at = g_strdup (instant);
          entry->series = g_object_ref (row->series);
          entry->title = g_strdup (row->title);
          offer_next (next, mentor_checkin_series_get_mentorship_id (row->series), entry);
          break;
        }
    }

  return g_steal_pointer (&next);
}

MentorMeeting *
mentor_store_next_meeting (MentorStore *self,
                           gint64       mentorship_id,
                           const char  *after)
{
  g_autoptr(GHashTable) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;
  NextEntry *best = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (after == NULL || mentor_instant_is_valid (after), NULL);

  if (after == NULL)
    after = now = mentor_store_now ();

  next = collect_next (self, mentorship_id, after, &error);
  if (next == NULL)
    {
      g_warning ("The next meeting could not be found: %s", error->message);
      return NULL;
    }

  g_hash_table_iter_init (&iter, next);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      NextEntry *entry = value;

      if (best == NULL || strcmp (entry->starts_at, best->starts_at) < 0)
        best = entry;
    }

  if (best == NULL)
    return NULL;
  if (best->meeting_id != 0)
    return mentor_store_get_meeting (self, best->meeting_id, NULL);

  return computed_meeting (best->series, best->starts_at, best->title);
}

gboolean
mentor_store_fill_next_checkins (MentorStore  *self,
                                 GListModel   *mentorships,
                                 gint64        mentorship_id,
                                 GError      **error)
{
  g_autoptr(GHashTable) next = NULL;
  g_autofree char *now = mentor_store_now ();
  guint n;

  g_assert (MENTOR_IS_STORE (self));
  g_assert (G_IS_LIST_MODEL (mentorships));

  next = collect_next (self, mentorship_id, now, error);
  if (next == NULL)
    return FALSE;

  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      gint64 id = mentor_mentorship_get_id (m);
      NextEntry *entry = g_hash_table_lookup (next, &id);

      mentor_mentorship_set_next_checkin (m, entry != NULL ? entry->starts_at : NULL);
    }

  return TRUE;
}

/* ---- The goals a meeting worked on -------------------------------------------- */

GArray *
mentor_store_list_meeting_goals (MentorStore *self,
                                 gint64       meeting_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), ids);

  stmt = mentor_store_prepare (self,
                               "SELECT g.id FROM meeting_goal mg JOIN goal g ON g.id = mg.goal_id "
                               "WHERE mg.meeting_id = ?1 "
                               "ORDER BY g.target_on IS NULL, g.target_on, g.id",
                               NULL);
  if (stmt == NULL)
    return ids;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  return ids;
}

static gboolean
set_meeting_goals_in_transaction (MentorStore   *self,
                                  gint64         meeting_id,
                                  const gint64  *goal_ids,
                                  guint          n_goals,
                                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 mentorship_id;
  gboolean found;

  stmt = mentor_store_prepare (self, "SELECT mentorship_id FROM meeting WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  mentorship_id = found ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (!found)
    return mentor_store_fail_not_found (error, _("This meeting is no longer in the data file."));

  for (guint i = 0; i < n_goals; i++)
    {
      stmt = mentor_store_prepare (self, "SELECT mentorship_id FROM goal WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, goal_ids[i]);
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;
      if (!found)
        {
          sqlite3_reset (stmt);
          return mentor_store_fail_invalid (error, "%s", _("A goal chosen for the meeting is no longer in the data file."));
        }
      if (sqlite3_column_int64 (stmt, 0) != mentorship_id)
        {
          sqlite3_reset (stmt);
          return mentor_store_fail_invalid (error, "%s",
                                            _("A meeting can only work on goals of its own mentorship."));
        }
      sqlite3_reset (stmt);
    }

  stmt = mentor_store_prepare (self, "DELETE FROM meeting_goal WHERE meeting_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < n_goals; i++)
    {
      stmt = mentor_store_prepare (self,
                                   "INSERT OR IGNORE INTO meeting_goal (meeting_id, goal_id) VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      sqlite3_bind_int64 (stmt, 2, goal_ids[i]);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
mentor_store_set_meeting_goals (MentorStore   *self,
                                gint64         meeting_id,
                                const gint64  *goal_ids,
                                guint          n_goals,
                                GError       **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (goal_ids != NULL || n_goals == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!set_meeting_goals_in_transaction (self, meeting_id, goal_ids, n_goals, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_MEETINGS, error);
}
