/* bench-store.c — the store against raw SQLite, on the same data and machine
 *
 * 1. Writing 100,000 meetings: through mentor_store_save_meeting() in one
 *    batch, against raw prepared INSERTs in one transaction into a file with
 *    the same schema. Target: within 1.5× of raw SQLite.
 * 2. Loading every view's model for the large program (mentorships with
 *    health, people, goals with counts, meetings) against raw queries reading
 *    the same rows and columns. Target: within 1.5× of raw SQLite.
 *
 * Prints each figure, its baseline and the ratio. Not a test: nothing is
 * asserted; the numbers go to the issue notes.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <unistd.h>

#include "mentor-bench-program.h"

#define N_MEETINGS 100000

static char *folder;

static void
report (const char *what,
        double      ours,
        double      baseline)
{
  printf ("%-44s %8.3f s   raw SQLite %8.3f s   ratio %5.2f×  %s\n",
          what, ours, baseline, ours / baseline,
          ours <= 1.5 * baseline ? "(target ≤ 1.5×: met)" : "(target ≤ 1.5×: NOT met)");
}

typedef struct {
  gint64 mentorship_id;
} WriteData;

static gboolean
write_meetings (MentorStore  *store,
                gpointer      user_data,
                GError      **error)
{
  WriteData *data = user_data;

  for (guint i = 0; i < N_MEETINGS; i++)
    {
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
      char starts[32];

      g_snprintf (starts, sizeof starts, "2026-%02u-%02uT%02u:%02u:00Z",
                  1 + i % 12, 1 + i % 28, i % 24, i % 60);
      mentor_meeting_set_mentorship_id (meeting, data->mentorship_id);
      mentor_meeting_set_starts_at (meeting, starts);
      mentor_meeting_set_tzid (meeting, "Europe/Berlin");
      mentor_meeting_set_duration_min (meeting, 45);
      mentor_meeting_set_status (meeting, MENTOR_MEETING_HELD);
      mentor_meeting_set_location (meeting, "Room 4");
      mentor_meeting_set_agenda (meeting, "Progress on the goals");
      mentor_meeting_set_summary (meeting, "Agreed the next step");
      mentor_meeting_set_private_notes (meeting, "Private");
      if (!mentor_store_save_meeting (store, meeting, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
one_mentorship (MentorStore *store)
{
  g_autoptr(GError) error = NULL;
  MentorBenchSize size = { 2, 1, 0, 0, 0 };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MentorMentorship) m = NULL;

  if (!mentor_bench_fill_program (store, &size, &error))
    g_error ("%s", error->message);
  list = mentor_store_list_mentorships (store);
  m = g_list_model_get_item (list, 0);
  return mentor_mentorship_get_id (m);
}

static void
bench_writes (void)
{
  g_autofree char *ours_path = g_build_filename (folder, "writes-store.db", NULL);
  g_autofree char *raw_path = g_build_filename (folder, "writes-raw.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorStore) raw_store = NULL;
  WriteData data;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  double started, ours, raw;
  gint64 raw_mentorship;

  store = mentor_store_open (ours_path, &error);
  g_assert_no_error (error);
  data.mentorship_id = one_mentorship (store);

  started = mentor_bench_now ();
  if (!mentor_store_batch (store, write_meetings, &data, &error))
    g_error ("%s", error->message);
  ours = mentor_bench_now () - started;

  /* The same schema, pragmas and rows, written by hand. */
  raw_store = mentor_store_open (raw_path, &error);
  g_assert_no_error (error);
  raw_mentorship = one_mentorship (raw_store);
  g_clear_object (&raw_store);

  g_assert (sqlite3_open (raw_path, &db) == SQLITE_OK);
  sqlite3_exec (db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                    "PRAGMA secure_delete=ON", NULL, NULL, NULL);
  started = mentor_bench_now ();
  sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  g_assert (sqlite3_prepare_v2 (db,
                                "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid, duration_min, status, "
                                "location, agenda, summary, private_notes, updated_at) "
                                "VALUES (?1, ?2, ?3, 'Europe/Berlin', 45, 'held', 'Room 4', "
                                "'Progress on the goals', 'Agreed the next step', 'Private', ?4)",
                                -1, &stmt, NULL) == SQLITE_OK);
  for (guint i = 0; i < N_MEETINGS; i++)
    {
      g_autofree char *uid = g_uuid_string_random ();
      char starts[32];

      g_snprintf (starts, sizeof starts, "2026-%02u-%02uT%02u:%02u:00Z",
                  1 + i % 12, 1 + i % 28, i % 24, i % 60);
      sqlite3_bind_int64 (stmt, 1, raw_mentorship);
      sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, starts, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, "2026-01-01T00:00:00Z", -1, SQLITE_STATIC);
      g_assert (sqlite3_step (stmt) == SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  raw = mentor_bench_now () - started;
  sqlite3_close (db);

  report ("write 100,000 meetings (one transaction)", ours, raw);
}

/* Reads every row of a query and touches every column, as a model would. */
static double raw_query_once (sqlite3    *db,
                              const char *sql);

/* Loads are short: each figure is the best of five runs, for ours and the
 * baseline alike, so that a busy machine disturbs them less. */
#define RUNS 5

static double
raw_query (sqlite3    *db,
           const char *sql)
{
  double best = G_MAXDOUBLE;

  for (int i = 0; i < RUNS; i++)
    best = MIN (best, raw_query_once (db, sql));
  return best;
}

static double
raw_query_once (sqlite3    *db,
                const char *sql)
{
  sqlite3_stmt *stmt;
  double started = mentor_bench_now ();
  gsize bytes = 0;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      {
        const unsigned char *text = sqlite3_column_text (stmt, c);
        /* Copy as a model does into its records. */
        g_autofree char *copy = g_strdup ((const char *) text);
        bytes += copy != NULL ? 1 : 0;
      }
  sqlite3_finalize (stmt);
  (void) bytes;
  return mentor_bench_now () - started;
}

/* The same statements the store runs for the Mentorships list (rows, focus
 * areas, the five aggregates health is computed from, the next stored
 * meeting, the series and their stored occurrences), read raw. What is left
 * to the store is its own work: records, health rules and the next
 * occurrence of each series (libical). */
static double
raw_mentorships (sqlite3 *db)
{
  g_autoptr(GDateTime) local = g_date_time_new_now_local ();
  g_autoptr(GDateTime) utc = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *now = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  const char *open = "SELECT id FROM mentorship WHERE status IN ('active', 'paused')";
  g_autofree char *held = g_strdup_printf (
    "SELECT mentorship_id, max (date (starts_at, 'localtime')) FROM meeting "
    "WHERE status = 'held' AND date (starts_at, 'localtime') <= '%s' "
    "AND mentorship_id IN (%s) GROUP BY mentorship_id", today, open);
  g_autofree char *recent = g_strdup_printf (
    "SELECT mentorship_id, status FROM (SELECT mentorship_id, status, row_number () OVER ("
    "PARTITION BY mentorship_id ORDER BY starts_at DESC, id DESC) AS n FROM meeting "
    "WHERE date (starts_at, 'localtime') <= '%s' AND mentorship_id IN (%s)) "
    "WHERE n <= 4 ORDER BY mentorship_id, n", today, open);
  g_autofree char *overdue = g_strdup_printf (
    "SELECT g.mentorship_id, s.title, CAST (julianday ('%s') - julianday (s.due_on) AS INTEGER) "
    "FROM milestone s JOIN goal g ON g.id = s.goal_id WHERE g.status = 'open' "
    "AND s.done_on IS NULL AND s.due_on < '%s' AND g.mentorship_id IN (%s) "
    "ORDER BY g.mentorship_id, s.due_on, g.id, s.position", today, today, open);
  g_autofree char *goals = g_strdup_printf (
    "SELECT mentorship_id, count (*) FROM goal WHERE mentorship_id IN (%s) "
    "GROUP BY mentorship_id", open);
  g_autofree char *reviews = g_strdup_printf (
    "SELECT mentorship_id, author, rating, written_on FROM (SELECT mentorship_id, author, "
    "rating, written_on, row_number () OVER (PARTITION BY mentorship_id, author "
    "ORDER BY written_on DESC, id DESC) AS n FROM review WHERE written_on <= '%s' "
    "AND mentorship_id IN (%s)) WHERE n = 1", today, open);
  g_autofree char *next = g_strdup_printf (
    "SELECT mentorship_id, id, min (starts_at) FROM meeting WHERE status = 'scheduled' "
    "AND starts_at >= '%s' GROUP BY mentorship_id", now);
  g_autofree char *overrides = g_strdup_printf (
    "SELECT series_id, recurrence_id FROM meeting WHERE series_id IS NOT NULL "
    "AND recurrence_id >= '%s'", now);

  return raw_query (db, "SELECT mentorship_id, name FROM mentorship_focus "
                        "ORDER BY mentorship_id, position, rowid") +
         raw_query (db, "SELECT m.id, m.mentor_id, m.mentee_id, a.name, b.name, m.kind, m.status, "
                        "m.started_on, m.ends_on, m.closed_on, m.end_reason, m.cadence_days, "
                        "m.mode, m.expectations, m.max_gap_days FROM mentorship m "
                        "JOIN person a ON a.id = m.mentor_id JOIN person b ON b.id = m.mentee_id "
                        "ORDER BY coalesce (m.started_on, '9999-12-31') DESC, m.id DESC") +
         raw_query (db, held) + raw_query (db, recent) + raw_query (db, overdue) +
         raw_query (db, goals) + raw_query (db, reviews) + raw_query (db, next) +
         raw_query (db, overrides) +
         raw_query (db, "SELECT s.*, a.name, b.name, ms.status, ms.closed_on FROM checkin_series s "
                        "JOIN mentorship ms ON ms.id = s.mentorship_id "
                        "JOIN person a ON a.id = ms.mentor_id JOIN person b ON b.id = ms.mentee_id "
                        "ORDER BY s.id");
}

static double
time_model (GListModel *(*load) (MentorStore *, gint64),
            MentorStore *store)
{
  double best = G_MAXDOUBLE;

  for (int i = 0; i < RUNS; i++)
    {
      double started = mentor_bench_now ();
      g_autoptr(GListModel) model = load (store, 0);

      g_assert (g_list_model_get_n_items (model) > 0);
      best = MIN (best, mentor_bench_now () - started);
    }
  return best;
}

static GListModel *
load_mentorships (MentorStore *store,
                  gint64       unused)
{
  return mentor_store_list_mentorships (store);
}

static GListModel *
load_people (MentorStore *store,
             gint64       unused)
{
  return mentor_store_list_people (store, TRUE);
}

static void
bench_loads (void)
{
  g_autofree char *path = g_build_filename (folder, "large.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  MentorBenchSize size = MENTOR_BENCH_LARGE;
  sqlite3 *db;
  double started;

  store = mentor_store_open (path, &error);
  g_assert_no_error (error);
  started = mentor_bench_now ();
  if (!mentor_bench_fill_program (store, &size, &error))
    g_error ("%s", error->message);
  printf ("(large program written through the store in %.2f s)\n", mentor_bench_now () - started);

  g_assert (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);

  /* Warm both the same way: one untimed pass. */
  g_object_unref (load_mentorships (store, 0));
  raw_mentorships (db);

  report ("load Mentorships (with health, next check-in)",
          time_model (load_mentorships, store),
          raw_mentorships (db));
  report ("load People (with skills)",
          time_model (load_people, store),
          /* The store's two statements; it also sorts by name the way the
           * user's language does (folded, collation keys), which SQL here
           * does not. */
          raw_query (db, "SELECT person_id, kind, name FROM person_skill "
                         "ORDER BY person_id, kind, position, rowid") +
          raw_query (db, "SELECT * FROM person ORDER BY name"));
  report ("load Goals (with milestone counts)",
          time_model (mentor_store_list_goals, store),
          raw_query (db,
                     "SELECT g.*, (SELECT count(*) FROM milestone WHERE goal_id = g.id), "
                     " (SELECT count(*) FROM milestone WHERE goal_id = g.id AND done_on IS NOT NULL) "
                     "FROM goal g ORDER BY g.mentorship_id, g.target_on"));
  report ("load every meeting",
          time_model (mentor_store_list_meetings, store),
          raw_query (db, "SELECT * FROM meeting ORDER BY starts_at, id"));
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  folder = g_dir_make_tmp ("mentor-bench-XXXXXX", &error);
  g_assert_no_error (error);

  printf ("Mentor store against raw SQLite (%s)\n", folder);
  bench_writes ();
  bench_loads ();
  printf ("peak memory %.0f MiB\n", mentor_bench_peak_mib ());

  /* The files are scratch: remove them and their backups. */
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", folder);
    if (system (cmd) != 0)
      fprintf (stderr, "could not remove %s\n", folder);
  }
  g_free (folder);
  return 0;
}
