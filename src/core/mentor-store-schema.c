/* mentor-store-schema.c — the schema of the data file and its migrations
 *
 * The schema is a public contract (DESIGN.md, "The data file"). Each step takes
 * a file from one PRAGMA user_version to the next; all pending steps run in one
 * transaction. Step 1 is the contract exactly as documented; later steps only
 * add, and every column they add has a default, so that a row written with the
 * contract columns alone stays valid.
 *
 * Constraints are named so that a failure can be told to a person in words
 * (mentor_store_constraint_message()). Dates are checked with
 * date(x, '+0 days') IS x: plain date() lets 2024-02-30 through, and IS (not =)
 * makes a value date() cannot read fail instead of passing as NULL.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-store-private.h"

#define DATE_OK(col) \
  "(" col " IS NULL OR date (" col ", '+0 days') IS " col ")"
#define INSTANT_OK(col) \
  "(" col " IS NULL OR strftime ('%Y-%m-%dT%H:%M:%SZ', " col ", '+0 days') IS " col ")"
#define LOCAL_TIME_OK(col) \
  "(strftime ('%Y-%m-%dT%H:%M:%S', " col ", '+0 days') IS " col ")"

static const char step1_sql[] =
  "CREATE TABLE person ("
  "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name         TEXT NOT NULL"
  "               CONSTRAINT person_name_required CHECK (trim (name) <> ''),"
  "  email        TEXT NOT NULL DEFAULT ''"
  "               CONSTRAINT person_email_form CHECK (email = '' OR email LIKE '_%@_%'),"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  organization TEXT NOT NULL DEFAULT '',"
  "  department   TEXT NOT NULL DEFAULT '',"
  "  manager_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,"
  "  timezone     TEXT NOT NULL DEFAULT '',"
  "  capacity     INTEGER NOT NULL DEFAULT 0"
  "               CONSTRAINT person_capacity_range CHECK (capacity BETWEEN 0 AND 50),"
  "  CONSTRAINT person_manager_not_self CHECK (manager_id IS NULL OR manager_id <> id)"
  ");"

  "CREATE TABLE person_skill ("
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  name      TEXT NOT NULL"
  "            CONSTRAINT person_skill_name_required CHECK (trim (name) <> ''),"
  "  kind      TEXT NOT NULL"
  "            CONSTRAINT person_skill_kind CHECK (kind IN ('offers', 'seeks')),"
  "  UNIQUE (person_id, kind, name)"
  ");"

  "CREATE TABLE mentorship ("
  "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  mentor_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  mentee_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  kind         TEXT NOT NULL DEFAULT 'traditional'"
  "               CONSTRAINT mentorship_kind"
  "               CHECK (kind IN ('traditional', 'reverse', 'peer')),"
  "  status       TEXT NOT NULL DEFAULT 'proposed'"
  "               CONSTRAINT mentorship_status"
  "               CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'ended')),"
  "  started_on   TEXT CONSTRAINT mentorship_started_on_date CHECK " DATE_OK ("started_on") ","
  "  ends_on      TEXT CONSTRAINT mentorship_ends_on_date CHECK " DATE_OK ("ends_on") ","
  "  cadence_days INTEGER NOT NULL DEFAULT 0"
  "               CONSTRAINT mentorship_cadence_range CHECK (cadence_days BETWEEN 0 AND 366),"
  "  mode         TEXT NOT NULL DEFAULT 'video'"
  "               CONSTRAINT mentorship_mode"
  "               CHECK (mode IN ('video', 'phone', 'in_person', 'chat')),"
  "  expectations TEXT NOT NULL DEFAULT '',"
  "  CONSTRAINT mentorship_two_people CHECK (mentor_id <> mentee_id),"
  "  CONSTRAINT mentorship_ends_after_start"
  "  CHECK (ends_on IS NULL OR started_on IS NULL OR ends_on >= started_on)"
  ");"

  "CREATE TABLE goal ("
  "  id              INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  mentorship_id   INTEGER NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,"
  "  title           TEXT NOT NULL"
  "                  CONSTRAINT goal_title_required CHECK (trim (title) <> ''),"
  "  focus_area      TEXT NOT NULL DEFAULT '',"
  "  success_measure TEXT NOT NULL DEFAULT '',"
  "  target_on       TEXT CONSTRAINT goal_target_on_date CHECK " DATE_OK ("target_on") ","
  "  status          TEXT NOT NULL DEFAULT 'open'"
  "                  CONSTRAINT goal_status CHECK (status IN ('open', 'achieved', 'dropped'))"
  ");"

  "CREATE TABLE milestone ("
  "  id       INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  goal_id  INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
  "  title    TEXT NOT NULL"
  "           CONSTRAINT milestone_title_required CHECK (trim (title) <> ''),"
  "  position INTEGER NOT NULL DEFAULT 0"
  "           CONSTRAINT milestone_position_range CHECK (position >= 0),"
  "  due_on   TEXT CONSTRAINT milestone_due_on_date CHECK " DATE_OK ("due_on") ","
  "  done_on  TEXT CONSTRAINT milestone_done_on_date CHECK " DATE_OK ("done_on")
  ");"

  "CREATE TABLE checkin_series ("
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  mentorship_id INTEGER NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,"
  "  uid           TEXT NOT NULL DEFAULT (lower (hex (randomblob (16))) || '@mentor')"
  "                CONSTRAINT checkin_series_uid_required CHECK (uid <> ''),"
  "  summary       TEXT NOT NULL DEFAULT '',"
  "  dtstart       TEXT NOT NULL"
  "                CONSTRAINT checkin_series_dtstart_time CHECK " LOCAL_TIME_OK ("dtstart") ","
  "  tzid          TEXT NOT NULL"
  "                CONSTRAINT checkin_series_tzid_required CHECK (tzid <> ''),"
  "  duration_min  INTEGER NOT NULL DEFAULT 30"
  "                CONSTRAINT checkin_series_duration_range CHECK (duration_min BETWEEN 1 AND 1440),"
  "  rrule         TEXT NOT NULL"
  "                CONSTRAINT checkin_series_rrule_form CHECK (instr (upper (rrule), 'FREQ=') > 0),"
  "  exdates       TEXT NOT NULL DEFAULT '',"
  "  location      TEXT NOT NULL DEFAULT ''"
  ");"

  "CREATE TABLE meeting ("
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  mentorship_id INTEGER NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,"
  "  uid           TEXT NOT NULL DEFAULT (lower (hex (randomblob (16))) || '@mentor')"
  "                CONSTRAINT meeting_uid_required CHECK (uid <> ''),"
  "  series_id     INTEGER REFERENCES checkin_series (id) ON DELETE SET NULL,"
  "  recurrence_id TEXT CONSTRAINT meeting_recurrence_id_instant CHECK " INSTANT_OK ("recurrence_id") ","
  "  starts_at     TEXT NOT NULL"
  "                CONSTRAINT meeting_starts_at_instant CHECK " INSTANT_OK ("starts_at") ","
  "  tzid          TEXT NOT NULL"
  "                CONSTRAINT meeting_tzid_required CHECK (tzid <> ''),"
  "  duration_min  INTEGER NOT NULL DEFAULT 60"
  "                CONSTRAINT meeting_duration_range CHECK (duration_min BETWEEN 1 AND 1440),"
  "  status        TEXT NOT NULL DEFAULT 'scheduled'"
  "                CONSTRAINT meeting_status"
  "                CHECK (status IN ('scheduled', 'held', 'cancelled', 'missed')),"
  "  location      TEXT NOT NULL DEFAULT '',"
  "  agenda        TEXT NOT NULL DEFAULT '',"
  "  summary       TEXT NOT NULL DEFAULT '',"
  "  private_notes TEXT NOT NULL DEFAULT ''"
  ");"

  "CREATE TABLE action_item ("
  "  id         INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  text       TEXT NOT NULL"
  "             CONSTRAINT action_item_text_required CHECK (trim (text) <> ''),"
  "  owner      TEXT NOT NULL DEFAULT 'mentee'"
  "             CONSTRAINT action_item_owner CHECK (owner IN ('mentor', 'mentee')),"
  "  due_on     TEXT CONSTRAINT action_item_due_on_date CHECK " DATE_OK ("due_on") ","
  "  done_on    TEXT CONSTRAINT action_item_done_on_date CHECK " DATE_OK ("done_on")
  ");"

  "PRAGMA application_id = 1296979026;" /* MENTOR_STORE_APPLICATION_ID, "MNTR" */
  "PRAGMA user_version = 1;";

static const char step2_sql[] =
  /* People can leave the program without losing their history. */
  "ALTER TABLE person ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"
  "  CONSTRAINT person_archived_flag CHECK (archived IN (0, 1));"
  /* Skills keep the order the user gave them. */
  "ALTER TABLE person_skill ADD COLUMN position INTEGER NOT NULL DEFAULT 0;"

  /* When and why a relationship closed. */
  "ALTER TABLE mentorship ADD COLUMN closed_on TEXT DEFAULT NULL"
  "  CONSTRAINT mentorship_closed_on_date CHECK " DATE_OK ("closed_on") ";"
  "ALTER TABLE mentorship ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';"

  "CREATE TABLE mentorship_focus ("
  "  mentorship_id INTEGER NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,"
  "  name          TEXT NOT NULL"
  "                CONSTRAINT mentorship_focus_name_required CHECK (trim (name) <> ''),"
  "  position      INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (mentorship_id, name)"
  ");"

  /* iCalendar: SEQUENCE rises with each change, so calendars update events. */
  "ALTER TABLE checkin_series ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0"
  "  CONSTRAINT checkin_series_sequence_range CHECK (sequence >= 0);"
  "ALTER TABLE checkin_series ADD COLUMN updated_at TEXT DEFAULT NULL"
  "  CONSTRAINT checkin_series_updated_at_instant CHECK " INSTANT_OK ("updated_at") ";"
  "ALTER TABLE meeting ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0"
  "  CONSTRAINT meeting_sequence_range CHECK (sequence >= 0);"
  "ALTER TABLE meeting ADD COLUMN updated_at TEXT DEFAULT NULL"
  "  CONSTRAINT meeting_updated_at_instant CHECK " INSTANT_OK ("updated_at") ";"

  "CREATE UNIQUE INDEX person_email_unique ON person (lower (email)) WHERE email <> '';"
  "CREATE INDEX person_manager ON person (manager_id);"
  "CREATE INDEX person_skill_name ON person_skill (kind, name);"
  "CREATE INDEX mentorship_mentor ON mentorship (mentor_id);"
  "CREATE INDEX mentorship_mentee ON mentorship (mentee_id);"
  "CREATE INDEX goal_mentorship ON goal (mentorship_id);"
  "CREATE INDEX milestone_goal ON milestone (goal_id, position);"
  "CREATE INDEX checkin_series_mentorship ON checkin_series (mentorship_id);"
  "CREATE UNIQUE INDEX checkin_series_uid_unique ON checkin_series (uid);"
  "CREATE INDEX meeting_mentorship ON meeting (mentorship_id, starts_at);"
  "CREATE INDEX meeting_series ON meeting (series_id);"
  "CREATE UNIQUE INDEX meeting_occurrence_unique"
  "  ON meeting (uid, ifnull (recurrence_id, ''));"
  "CREATE INDEX action_item_meeting ON action_item (meeting_id);"

  "PRAGMA user_version = 2;";

static const char step3_sql[] =
  /* Satisfaction reviews: each side rates the relationship now and then. */
  "CREATE TABLE review ("
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  mentorship_id INTEGER NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,"
  "  author        TEXT NOT NULL"
  "                CONSTRAINT review_author CHECK (author IN ('mentor', 'mentee')),"
  "  rating        INTEGER NOT NULL"
  "                CONSTRAINT review_rating_range CHECK (rating BETWEEN 1 AND 5),"
  "  note          TEXT NOT NULL DEFAULT '',"
  "  written_on    TEXT NOT NULL"
  "                CONSTRAINT review_written_on_date CHECK " DATE_OK ("written_on")
  ");"
  "CREATE INDEX review_mentorship ON review (mentorship_id, author, written_on);"

  /* Why a goal was dropped. */
  "ALTER TABLE goal ADD COLUMN drop_reason TEXT NOT NULL DEFAULT '';"

  /* The longest gap between held meetings before a mentorship is at risk;
   * 0 means 150 % of the cadence (mentor-health.h). */
  "ALTER TABLE mentorship ADD COLUMN max_gap_days INTEGER NOT NULL DEFAULT 0"
  "  CONSTRAINT mentorship_max_gap_days_range CHECK (max_gap_days BETWEEN 0 AND 366);"

  "PRAGMA user_version = 3;";

static const char step4_sql[] =
  /* How a meeting or a series of check-ins happens; NULL: the mentorship's
   * mode applies. */
  "ALTER TABLE meeting ADD COLUMN mode TEXT DEFAULT NULL"
  "  CONSTRAINT meeting_mode"
  "  CHECK (mode IS NULL OR mode IN ('video', 'phone', 'in_person', 'chat'));"
  "ALTER TABLE checkin_series ADD COLUMN mode TEXT DEFAULT NULL"
  "  CONSTRAINT checkin_series_mode"
  "  CHECK (mode IS NULL OR mode IN ('video', 'phone', 'in_person', 'chat'));"

  /* The goals a meeting worked on. */
  "CREATE TABLE meeting_goal ("
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  goal_id    INTEGER NOT NULL REFERENCES goal (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (meeting_id, goal_id)"
  ");"
  "CREATE INDEX meeting_goal_goal ON meeting_goal (goal_id);"

  /* The calendar asks for a range of days over every mentorship, and for
   * the stored occurrences of one series. */
  "CREATE INDEX meeting_starts_at ON meeting (starts_at);"
  "CREATE INDEX meeting_series_occurrence ON meeting (series_id, recurrence_id);"

  "PRAGMA user_version = 4;";

static const char * const steps[] = {
  step1_sql,
  step2_sql,
  step3_sql,
  step4_sql,
};

G_STATIC_ASSERT (G_N_ELEMENTS (steps) == MENTOR_STORE_SCHEMA_VERSION);

guint
mentor_store_schema_n_steps (void)
{
  return G_N_ELEMENTS (steps);
}

const char *
mentor_store_schema_step_sql (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (steps), NULL);

  return steps[version - 1];
}

gboolean
mentor_store_schema_migrate (sqlite3  *db,
                             int       from,
                             GError  **error)
{
  char *message = NULL;
  int rc;

  g_assert (db != NULL);
  g_assert (from >= 0 && from <= MENTOR_STORE_SCHEMA_VERSION);

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message);

  /* Read again under the write lock: another Mentor opening the same new
   * file at the same moment may have migrated it already. */
  if (rc == SQLITE_OK)
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          from = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);

      if (rc == SQLITE_OK && (from < 0 || from > MENTOR_STORE_SCHEMA_VERSION))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NEWER,
                       _("The data file was written by a newer version of Mentor (schema %d; "
                         "this version reads up to %d). It was left as it is."),
                       from, MENTOR_STORE_SCHEMA_VERSION);
          return FALSE;
        }
    }

  for (int version = from + 1; rc == SQLITE_OK && version <= MENTOR_STORE_SCHEMA_VERSION; version++)
    rc = sqlite3_exec (db, steps[version - 1], NULL, NULL, &message);

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      int code = (rc & 0xff) == SQLITE_FULL ? MENTOR_STORE_ERROR_FULL
               : (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? MENTOR_STORE_ERROR_BUSY
               : MENTOR_STORE_ERROR_FAILED;

      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

      g_set_error (error, MENTOR_STORE_ERROR, code,
                   /* Translators: the detail is SQLite's own message */
                   _("The data file could not be upgraded to this version of Mentor "
                     "(%s). It was left as it was."),
                   message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}
