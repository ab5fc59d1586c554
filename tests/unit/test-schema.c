/* test-schema.c — the data file's contract: tables, columns, constraints,
 * pragmas, file modes and the migration from an older file */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "mentor-store-private.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

static const struct {
  const char *table;
  const char *columns;
} contract[] = {
  { "person", "id name email title organization department manager_id timezone capacity" },
  { "person_skill", "person_id name kind" },
  { "mentorship", "id mentor_id mentee_id kind status started_on ends_on cadence_days mode expectations" },
  { "goal", "id mentorship_id title focus_area success_measure target_on status" },
  { "milestone", "id goal_id title position due_on done_on" },
  { "checkin_series", "id mentorship_id uid summary dtstart tzid duration_min rrule exdates location" },
  { "meeting", "id mentorship_id uid series_id recurrence_id starts_at tzid duration_min status "
               "location agenda summary private_notes" },
  { "action_item", "id meeting_id text owner due_on done_on" },
};

/* What later versions added, documented in the help beside the contract. */
static const struct {
  const char *table;
  const char *columns;
} additions[] = {
  { "person", "archived" },
  { "mentorship", "closed_on end_reason max_gap_days" },
  { "mentorship_focus", "mentorship_id name position" },
  { "goal", "drop_reason" },
  { "review", "id mentorship_id author rating note written_on" },
  { "meeting", "mode" },
  { "checkin_series", "mode" },
  { "meeting_goal", "meeting_id goal_id" },
};

static void
assert_columns (sqlite3    *db,
                const char *table,
                const char *wanted_columns);

static GPtrArray *
table_columns (sqlite3    *db,
               const char *table)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", table);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  return columns;
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static void
assert_columns (sqlite3    *db,
                const char *table,
                const char *wanted_columns)
{
  g_autoptr(GPtrArray) columns = table_columns (db, table);
  g_auto(GStrv) wanted = g_strsplit (wanted_columns, " ", -1);

  g_test_message ("table %s", table);
  g_assert_cmpuint (columns->len, >=, g_strv_length (wanted));
  for (guint c = 0; wanted[c] != NULL; c++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < columns->len; i++)
        found |= g_strcmp0 (g_ptr_array_index (columns, i), wanted[c]) == 0;

      if (!found)
        g_error ("%s.%s is missing", table, wanted[c]);
    }
}

static void
test_contract_tables (Fixture       *fixture,
                      gconstpointer  data)
{
  sqlite3 *db = mentor_test_raw_open (fixture->path);

  for (guint t = 0; t < G_N_ELEMENTS (contract); t++)
    assert_columns (db, contract[t].table, contract[t].columns);
  for (guint t = 0; t < G_N_ELEMENTS (additions); t++)
    assert_columns (db, additions[t].table, additions[t].columns);

  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (MENTOR_STORE_SCHEMA_VERSION, ==, 4);
  g_assert_cmpint (mentor_store_schema_n_steps (), ==, 4);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, MENTOR_STORE_APPLICATION_ID);
  sqlite3_close (db);
}

/* A coordinator's tool that knows only the documented columns. */
static const char contract_rows[] =
  "INSERT INTO person (id, name, email, title, organization, department, manager_id, timezone, capacity) "
  "  VALUES (1, 'Ana Souza', 'ana@example.com', 'Director', 'Northwind', 'Sales', NULL, 'Europe/Lisbon', 2);"
  "INSERT INTO person (id, name, email, title, organization, department, manager_id, timezone, capacity) "
  "  VALUES (2, 'Bo Lindqvist', 'bo@example.com', 'Analyst', 'Northwind', 'Sales', 1, 'Europe/Stockholm', 0);"
  "INSERT INTO person_skill (person_id, name, kind) VALUES (1, 'Negotiation', 'offers');"
  "INSERT INTO person_skill (person_id, name, kind) VALUES (2, 'Negotiation', 'seeks');"
  "INSERT INTO mentorship (id, mentor_id, mentee_id, kind, status, started_on, ends_on, cadence_days, mode, expectations) "
  "  VALUES (1, 1, 2, 'traditional', 'active', '2026-01-05', '2026-07-05', 14, 'in_person', 'Fortnightly lunches.');"
  "INSERT INTO goal (id, mentorship_id, title, focus_area, success_measure, target_on, status) "
  "  VALUES (1, 1, 'Lead a negotiation', 'Leadership', 'Closes one deal alone', '2026-05-01', 'open');"
  "INSERT INTO milestone (id, goal_id, title, position, due_on, done_on) "
  "  VALUES (1, 1, 'Shadow two negotiations', 0, '2026-02-01', '2026-02-03');"
  "INSERT INTO checkin_series (id, mentorship_id, uid, summary, dtstart, tzid, duration_min, rrule, exdates, location) "
  "  VALUES (1, 1, 'series-1@example', 'Check-in', '2026-01-06T09:00:00', 'Europe/Berlin', 30, "
  "          'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', '', 'Video');"
  "INSERT INTO meeting (id, mentorship_id, uid, series_id, recurrence_id, starts_at, tzid, duration_min, "
  "                     status, location, agenda, summary, private_notes) "
  "  VALUES (1, 1, 'series-1@example', 1, '2026-01-20T08:00:00Z', '2026-01-20T08:00:00Z', 'Europe/Berlin', 30, "
  "          'held', 'Video', 'Agenda', 'Summary', 'Private');"
  "INSERT INTO action_item (id, meeting_id, text, owner, due_on, done_on) "
  "  VALUES (1, 1, 'Send the deck', 'mentee', '2026-01-27', NULL);";

static void
test_contract_rows_accepted (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(MentorPerson) bo = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autofree char *message = NULL;
  sqlite3 *db = mentor_test_raw_open (fixture->path);

  g_assert_cmpint (mentor_test_exec (db, contract_rows, &message), ==, SQLITE_OK);
  g_assert_null (message);
  sqlite3_close (db);

  /* The store reads what the tool wrote, defaults filled in. */
  people = mentor_store_list_people (fixture->store, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  bo = mentor_store_get_person (fixture->store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_person_get_name (bo), ==, "Bo Lindqvist");
  g_assert_cmpint (mentor_person_get_manager_id (bo), ==, 1);
  g_assert_false (mentor_person_get_archived (bo));
  g_assert_cmpstr (mentor_person_get_seeks (bo)[0], ==, "Negotiation");

  mentorships = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (mentorships), ==, 1);
  m = g_list_model_get_item (mentorships, 0);
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (m), ==, "Ana Souza");
  g_assert_cmpstr (mentor_mentorship_get_mentee_name (m), ==, "Bo Lindqvist");
  g_assert_cmpint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_ACTIVE);
  g_assert_cmpint (mentor_mentorship_get_mode (m), ==, MENTOR_MODE_IN_PERSON);
  g_assert_cmpstr (mentor_mentorship_get_end_reason (m), ==, "");
  g_assert_null (mentor_mentorship_get_closed_on (m));

  meetings = mentor_store_list_meetings (fixture->store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
}

typedef struct {
  const char *sql;
  const char *constraint;  /* in SQLite's message, or NULL for a foreign key */
} BadRow;

static void
test_constraints_refuse_bad_rows (Fixture       *fixture,
                                  gconstpointer  data)
{
  static const BadRow bad[] = {
    { "INSERT INTO person (name) VALUES ('')", "person_name_required" },
    { "INSERT INTO person (name) VALUES ('   ')", "person_name_required" },
    { "INSERT INTO person (name, capacity) VALUES ('X', 51)", "person_capacity_range" },
    { "INSERT INTO person (name, capacity) VALUES ('X', -1)", "person_capacity_range" },
    { "INSERT INTO person (name, email) VALUES ('X', 'no-at-sign')", "person_email_form" },
    { "INSERT INTO person (name, email) VALUES ('X', 'ANA@example.com')", "person_email_unique" },
    { "UPDATE person SET manager_id = id WHERE id = 1", "person_manager_not_self" },
    { "UPDATE person SET archived = 2 WHERE id = 1", "person_archived_flag" },
    { "INSERT INTO person_skill (person_id, name, kind) VALUES (1, 'X', 'wants')", "person_skill_kind" },
    { "INSERT INTO person_skill (person_id, name, kind) VALUES (1, '', 'offers')", "person_skill_name_required" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, kind) VALUES (1, 2, 'buddy')", "mentorship_kind" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, kind) VALUES (1, 2, 'Traditional')", "mentorship_kind" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, status) VALUES (1, 2, 'closed')", "mentorship_status" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, mode) VALUES (1, 2, 'in person')", "mentorship_mode" },
    { "INSERT INTO mentorship (mentor_id, mentee_id) VALUES (1, 1)", "mentorship_two_people" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, started_on) VALUES (1, 2, '2026-02-30')", "mentorship_started_on_date" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, started_on) VALUES (1, 2, '2026-13-01')", "mentorship_started_on_date" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, started_on) VALUES (1, 2, '2026-3-1')", "mentorship_started_on_date" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, ends_on) VALUES (1, 2, 'soon')", "mentorship_ends_on_date" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, started_on, ends_on) "
      "VALUES (1, 2, '2026-03-10', '2026-03-09')", "mentorship_ends_after_start" },
    { "INSERT INTO mentorship (mentor_id, mentee_id, cadence_days) VALUES (1, 2, 367)", "mentorship_cadence_range" },
    { "UPDATE mentorship SET closed_on = '2024-02-30' WHERE id = 1", "mentorship_closed_on_date" },
    { "INSERT INTO mentorship_focus (mentorship_id, name) VALUES (1, '')", "mentorship_focus_name_required" },
    { "INSERT INTO goal (mentorship_id, title, status) VALUES (1, 'X', 'done')", "goal_status" },
    { "INSERT INTO goal (mentorship_id, title) VALUES (1, '')", "goal_title_required" },
    { "INSERT INTO goal (mentorship_id, title, target_on) VALUES (1, 'X', '2026-02-29')", "goal_target_on_date" },
    { "INSERT INTO milestone (goal_id, title, due_on) VALUES (1, 'X', '2026-04-31')", "milestone_due_on_date" },
    { "INSERT INTO milestone (goal_id, title, done_on) VALUES (1, 'X', '31/01/2026')", "milestone_done_on_date" },
    { "INSERT INTO milestone (goal_id, title, position) VALUES (1, 'X', -1)", "milestone_position_range" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid, status) "
      "VALUES (1, 'u1', '2026-03-10T08:00:00Z', 'UTC', 'postponed')", "meeting_status" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid) "
      "VALUES (1, 'u2', '2026-02-30T08:00:00Z', 'UTC')", "meeting_starts_at_instant" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid) "
      "VALUES (1, 'u3', '2026-03-10 08:00:00', 'UTC')", "meeting_starts_at_instant" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid) "
      "VALUES (1, 'u4', '2026-03-10T25:00:00Z', 'UTC')", "meeting_starts_at_instant" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid, duration_min) "
      "VALUES (1, 'u5', '2026-03-10T08:00:00Z', 'UTC', 0)", "meeting_duration_range" },
    { "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid) "
      "VALUES (1, 'u6', '2026-03-10T08:00:00Z', '')", "meeting_tzid_required" },
    { "INSERT INTO action_item (meeting_id, text, owner) VALUES (1, 'X', 'both')", "action_item_owner" },
    { "INSERT INTO action_item (meeting_id, text) VALUES (1, '')", "action_item_text_required" },
    { "INSERT INTO action_item (meeting_id, text, due_on) VALUES (1, 'X', '2026-13-01')", "action_item_due_on_date" },
    { "INSERT INTO checkin_series (mentorship_id, uid, dtstart, tzid, rrule) "
      "VALUES (1, 's2', '2026-02-30T09:00:00', 'UTC', 'FREQ=WEEKLY')", "checkin_series_dtstart_time" },
    { "INSERT INTO checkin_series (mentorship_id, uid, dtstart, tzid, rrule) "
      "VALUES (1, 's3', '2026-03-10T09:00:00', 'UTC', 'every tuesday')", "checkin_series_rrule_form" },
    { "INSERT INTO checkin_series (mentorship_id, uid, dtstart, tzid, rrule, duration_min) "
      "VALUES (1, 's4', '2026-03-10T09:00:00', 'UTC', 'FREQ=WEEKLY', 2000)", "checkin_series_duration_range" },
    { "UPDATE meeting SET mode = 'in person' WHERE id = 1", "meeting_mode" },
    { "UPDATE meeting SET mode = '' WHERE id = 1", "meeting_mode" },
    { "UPDATE checkin_series SET mode = 'Video' WHERE id = 1", "checkin_series_mode" },
    { "INSERT INTO meeting_goal (meeting_id, goal_id) VALUES (1, 999)", NULL },
    { "INSERT INTO meeting_goal (meeting_id, goal_id) VALUES (999, 1)", NULL },
    { "UPDATE mentorship SET max_gap_days = 367 WHERE id = 1", "mentorship_max_gap_days_range" },
    { "UPDATE mentorship SET max_gap_days = -1 WHERE id = 1", "mentorship_max_gap_days_range" },
    { "INSERT INTO review (mentorship_id, author, rating, written_on) "
      "VALUES (1, 'coach', 3, '2026-03-01')", "review_author" },
    { "INSERT INTO review (mentorship_id, author, rating, written_on) "
      "VALUES (1, 'mentor', 0, '2026-03-01')", "review_rating_range" },
    { "INSERT INTO review (mentorship_id, author, rating, written_on) "
      "VALUES (1, 'mentee', 6, '2026-03-01')", "review_rating_range" },
    { "INSERT INTO review (mentorship_id, author, rating, written_on) "
      "VALUES (1, 'mentee', 3, '2026-02-30')", "review_written_on_date" },
    { "INSERT INTO review (mentorship_id, author, rating) VALUES (1, 'mentee', 3)", NULL },
    { "INSERT INTO review (mentorship_id, author, rating, written_on) "
      "VALUES (999, 'mentee', 3, '2026-03-01')", NULL },
    /* References that go nowhere. */
    { "INSERT INTO mentorship (mentor_id, mentee_id) VALUES (1, 999)", NULL },
    { "INSERT INTO goal (mentorship_id, title) VALUES (999, 'X')", NULL },
    { "INSERT INTO action_item (meeting_id, text) VALUES (999, 'X')", NULL },
    /* A person in a mentorship cannot go, even by hand. */
    { "DELETE FROM person WHERE id = 2", NULL },
  };
  sqlite3 *db = mentor_test_raw_open (fixture->path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (mentor_test_exec (db, contract_rows, NULL), ==, SQLITE_OK);
  before = mentor_test_dump (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *message = NULL;
      int rc;

      g_test_message ("%s", bad[i].sql);
      rc = mentor_test_exec (db, bad[i].sql, &message);
      g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      g_assert_nonnull (message);

      if (bad[i].constraint != NULL)
        {
          g_assert_nonnull (strstr (message, bad[i].constraint));
          /* Every named constraint has a sentence for people. */
          g_assert_nonnull (mentor_store_constraint_message (bad[i].constraint));
        }
      else
        /* ON DELETE RESTRICT reports itself as a trigger; the message says it.
         * A missing review date is a NOT NULL constraint. */
        g_assert_true (strstr (message, "FOREIGN KEY constraint failed") != NULL ||
                       strstr (message, "NOT NULL constraint failed") != NULL);
    }

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* Deleting a mentorship takes everything under it along. */
  g_assert_cmpint (mentor_test_exec (db,
                                     "INSERT INTO review (mentorship_id, author, rating, written_on) "
                                     "VALUES (1, 'mentee', 4, '2026-03-01');"
                                     "INSERT INTO meeting_goal (meeting_id, goal_id) VALUES (1, 1)",
                                     NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "DELETE FROM mentorship WHERE id = 1", NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM review"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goal"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM milestone"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action_item"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM checkin_series"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting_goal"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person"), ==, 2);

  sqlite3_close (db);
}

static void
test_pragmas (Fixture       *fixture,
              gconstpointer  data)
{
  sqlite3 *db = fixture->store->db;
  g_autofree char *journal = query_text (db, "PRAGMA journal_mode");

  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (query_int (db, "PRAGMA secure_delete"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, MENTOR_STORE_SCHEMA_VERSION);
}

static void
test_modes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "deep", "er", "mentor.db", NULL);
  g_autofree char *nested_dir = g_path_get_dirname (nested);
  g_autofree char *wal = g_strconcat (nested, "-wal", NULL);
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorPerson) ana = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  mode_t old_mask;

  /* Even with a permissive umask the file is private. */
  old_mask = umask (0002);
  store = mentor_store_open (nested, &error);
  umask (old_mask);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (nested_dir, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpstr (mentor_store_get_path (store), ==, nested);
  /* A brand-new file gets no daily backup. */
  g_assert_null (mentor_store_latest_backup_for (nested));
}

static void
test_default_path (void)
{
  g_autofree char *path = mentor_store_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "com.example.Mentor",
                                                "mentor.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_migration_from_v1 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *backup_journal = NULL;
  g_autofree char *v1_dump = NULL;
  g_autofree char *backup_dump = NULL;
  sqlite3 *db;
  GStatBuf st;

  /* A file as the first release wrote it. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "PRAGMA foreign_keys = ON", NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, mentor_store_schema_step_sql (1), NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, contract_rows, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
  sqlite3_close (db);
  v1_dump = mentor_test_dump (fixture->path);

  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);

  /* Upgraded, every row kept. */
  db = mentor_test_raw_open (fixture->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, MENTOR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE archived = 0"), ==, 2);
  sqlite3_close (db);

  people = mentor_store_list_people (fixture->store != NULL ? fixture->store : store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  m = mentor_store_get_mentorship (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_mentorship_get_expectations (m), ==, "Fortnightly lunches.");

  /* And the new features work on it. */
  g_assert_true (mentor_store_set_mentorship_status (store, 1, MENTOR_STATUS_PAUSED, NULL, &error));
  g_assert_no_error (error);

  /* The backup made before migrating is the version-1 file. */
  backup = mentor_store_latest_backup_for (fixture->path);
  g_assert_nonnull (backup);
  backup_name = g_path_get_basename (backup);
  g_assert_true (g_str_has_prefix (backup_name, "mentor-"));
  g_assert_true (g_str_has_suffix (backup_name, "-before-migration.db"));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  backup_dump = mentor_test_dump (backup);
  g_assert_cmpstr (backup_dump, ==, v1_dump);
  backup_journal = g_strconcat (backup, "-wal", NULL);
  g_assert_false (g_file_test (backup_journal, G_FILE_TEST_EXISTS));
}

/* A file as the second release wrote it: archived people, focus areas,
 * closed mentorships. */
static const char v2_rows[] =
  "UPDATE person SET archived = 1 WHERE id = 2;"
  "INSERT INTO mentorship_focus (mentorship_id, name, position) VALUES (1, 'Negotiation', 0);"
  "UPDATE mentorship SET status = 'ended', closed_on = '2026-03-01', "
  "  end_reason = 'Bo moved to another company.' WHERE id = 1;"
  "INSERT INTO goal (id, mentorship_id, title, status) VALUES (2, 1, 'Speak at a conference', 'dropped');";

static void
test_migration_from_v2 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorGoal) goal = NULL;
  g_autoptr(MentorReview) review = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *v2_dump = NULL;
  g_autofree char *backup_dump = NULL;
  sqlite3 *db;
  GStatBuf st;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "PRAGMA foreign_keys = ON", NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, mentor_store_schema_step_sql (1), NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, mentor_store_schema_step_sql (2), NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, contract_rows, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, v2_rows, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'review'"), ==, 0);
  sqlite3_close (db);
  v2_dump = mentor_test_dump (fixture->path);

  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);

  /* Upgraded, every row kept, the new columns at their defaults. */
  db = mentor_test_raw_open (fixture->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, MENTOR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM action_item"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM person WHERE archived = 1"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM mentorship_focus"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM review"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM goal WHERE drop_reason = ''"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT max_gap_days FROM mentorship WHERE id = 1"), ==, 0);
  for (guint t = 0; t < G_N_ELEMENTS (additions); t++)
    assert_columns (db, additions[t].table, additions[t].columns);
  sqlite3_close (db);

  m = mentor_store_get_mentorship (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_ENDED);
  g_assert_cmpstr (mentor_mentorship_get_end_reason (m), ==, "Bo moved to another company.");
  g_assert_cmpuint (mentor_mentorship_get_max_gap_days (m), ==, 0);
  g_assert_null (mentor_mentorship_get_health (m));
  goal = mentor_store_get_goal (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_goal_get_status (goal), ==, MENTOR_GOAL_DROPPED);
  g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "");

  /* And the new features work on it. */
  g_assert_true (mentor_store_set_goal_status (store, 2, MENTOR_GOAL_DROPPED,
                                               "No budget for travel.", &error));
  g_assert_no_error (error);
  review = mentor_review_new ();
  mentor_review_set_mentorship_id (review, 1);
  mentor_review_set_author (review, MENTOR_OWNER_MENTEE);
  mentor_review_set_rating (review, 4);
  mentor_review_set_written_on (review, "2026-02-20");
  g_assert_true (mentor_store_save_review (store, review, &error));
  g_assert_no_error (error);
  reviews = mentor_store_list_reviews (store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);

  /* The backup made before migrating is the version-2 file. */
  backup = mentor_store_latest_backup_for (fixture->path);
  g_assert_nonnull (backup);
  backup_name = g_path_get_basename (backup);
  g_assert_true (g_str_has_suffix (backup_name, "-before-migration.db"));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  backup_dump = mentor_test_dump (backup);
  g_assert_cmpstr (backup_dump, ==, v2_dump);
}

/* A file as the third release wrote it: reviews, drop reasons, a series
 * with a held occurrence. */
static const char v3_rows[] =
  "INSERT INTO review (mentorship_id, author, rating, note, written_on) "
  "  VALUES (1, 'mentee', 4, 'Useful.', '2026-02-20');"
  "UPDATE goal SET drop_reason = '' WHERE id = 1;"
  "UPDATE mentorship SET max_gap_days = 21 WHERE id = 1;";

static void
test_migration_from_v3 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) series = NULL;
  g_autoptr(GListModel) calendar = NULL;
  g_autoptr(MentorMeeting) held = NULL;
  g_autoptr(MentorCheckinSeries) s = NULL;
  g_autoptr(GArray) goals = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *v3_dump = NULL;
  g_autofree char *backup_dump = NULL;
  const gint64 goal_ids[] = { 1 };
  sqlite3 *db;
  GStatBuf st;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "PRAGMA foreign_keys = ON", NULL), ==, SQLITE_OK);
  for (guint step = 1; step <= 3; step++)
    g_assert_cmpint (mentor_test_exec (db, mentor_store_schema_step_sql (step), NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, contract_rows, NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, v3_rows, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'meeting_goal'"), ==, 0);
  sqlite3_close (db);
  v3_dump = mentor_test_dump (fixture->path);

  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);

  /* Upgraded, every row kept, the new columns at their defaults. */
  db = mentor_test_raw_open (fixture->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM review"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting WHERE mode IS NULL"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM checkin_series WHERE mode IS NULL"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM meeting_goal"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'meeting_starts_at'"), ==, 1);
  for (guint t = 0; t < G_N_ELEMENTS (additions); t++)
    assert_columns (db, additions[t].table, additions[t].columns);
  sqlite3_close (db);

  /* Read as records: no mode set means the mentorship's applies. */
  meetings = mentor_store_list_meetings (store, 1);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  held = g_list_model_get_item (meetings, 0);
  g_assert_cmpint (mentor_meeting_get_mode (held), ==, MENTOR_N_MODES);
  g_assert_cmpint (mentor_meeting_get_status (held), ==, MENTOR_MEETING_HELD);
  series = mentor_store_list_series (store, 1);
  s = g_list_model_get_item (series, 0);
  g_assert_cmpint (mentor_checkin_series_get_mode (s), ==, MENTOR_N_MODES);

  /* And the new features work on it: the calendar of the old series, with
   * its stored occurrence in place of the computed one, and goals. */
  calendar = mentor_store_list_calendar (store, 1, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
  g_assert_cmpuint (g_list_model_get_n_items (calendar), ==, 2);
  {
    g_autoptr(MentorMeeting) first = g_list_model_get_item (calendar, 0);
    g_autoptr(MentorMeeting) second = g_list_model_get_item (calendar, 1);

    g_assert_cmpstr (mentor_meeting_get_starts_at (first), ==, "2026-01-06T08:00:00Z");
    g_assert_true (mentor_meeting_is_computed (first));
    g_assert_cmpstr (mentor_meeting_get_starts_at (second), ==, "2026-01-20T08:00:00Z");
    g_assert_cmpint (mentor_meeting_get_id (second), ==, 1);
  }
  g_assert_true (mentor_store_set_meeting_goals (store, 1, goal_ids, 1, &error));
  g_assert_no_error (error);
  goals = mentor_store_list_meeting_goals (store, 1);
  g_assert_cmpuint (goals->len, ==, 1);

  /* The backup made before migrating is the version-3 file. */
  backup = mentor_store_latest_backup_for (fixture->path);
  g_assert_nonnull (backup);
  backup_name = g_path_get_basename (backup);
  g_assert_true (g_str_has_suffix (backup_name, "-before-migration.db"));
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  backup_dump = mentor_test_dump (backup);
  g_assert_cmpstr (backup_dump, ==, v3_dump);
}

static void
test_new_file_has_no_migration_backup (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autofree char *backups = mentor_store_backup_dir_for (fixture->path);

  g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, setup) \
  g_test_add (path, Fixture, NULL, setup, func, mentor_test_fixture_teardown)

  ADD ("/schema/contract/tables", test_contract_tables, mentor_test_fixture_setup_store);
  ADD ("/schema/contract/rows-accepted", test_contract_rows_accepted, mentor_test_fixture_setup_store);
  ADD ("/schema/constraints", test_constraints_refuse_bad_rows, mentor_test_fixture_setup_store);
  ADD ("/schema/pragmas", test_pragmas, mentor_test_fixture_setup_store);
  ADD ("/schema/modes", test_modes, mentor_test_fixture_setup);
  ADD ("/schema/migration/from-v1", test_migration_from_v1, mentor_test_fixture_setup);
  ADD ("/schema/migration/from-v2", test_migration_from_v2, mentor_test_fixture_setup);
  ADD ("/schema/migration/from-v3", test_migration_from_v3, mentor_test_fixture_setup);
  ADD ("/schema/migration/new-file-no-backup", test_new_file_has_no_migration_backup,
       mentor_test_fixture_setup_store);
  g_test_add_func ("/schema/default-path", test_default_path);

  return g_test_run ();
}
