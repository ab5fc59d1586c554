/* mentor-store.c — the data file: opening it, transactions, and the records
 *
 * The only code in Mentor that speaks SQL, together with
 * mentor-store-schema.c, mentor-store-undo.c and mentor-backup.c. Every
 * public change runs in one transaction (BEGIN IMMEDIATE; a savepoint when it
 * joins a batch), checks its record in C first so that a refusal is a
 * sentence, and emits "changed" after the outermost commit.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libical/ical.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorStore, mentor_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mentor-store-error-quark, mentor_store_error)

/* ---- Errors --------------------------------------------------------------- */

static const struct {
  const char *name;
  const char *message;
} constraint_messages[] = {
  { "person_name_required", N_("Enter a name.") },
  { "person_email_form", N_("That is not an email address.") },
  { "person_email_unique", N_("Another person already uses this email address.") },
  { "person_capacity_range", N_("A person can take between 0 and 50 mentees.") },
  { "person_manager_not_self", N_("A person cannot be their own manager.") },
  { "person_archived_flag", N_("A person is either archived or not: 1 or 0.") },
  { "person_skill_name_required", N_("A skill needs a name.") },
  { "person_skill_kind", N_("A skill is either offered or sought: “offers” or “seeks”.") },
  { "mentorship_kind", N_("The kind of a mentorship is traditional, reverse or peer.") },
  { "mentorship_status", N_("The status of a mentorship is proposed, active, paused, completed or ended.") },
  { "mentorship_started_on_date", N_("The start date is not a valid date.") },
  { "mentorship_ends_on_date", N_("The planned end date is not a valid date.") },
  { "mentorship_closed_on_date", N_("The closing date is not a valid date.") },
  { "mentorship_cadence_range", N_("The cadence must be between 0 and 366 days.") },
  { "mentorship_mode", N_("The mode of a mentorship is video, phone, in person or chat.") },
  { "mentorship_two_people", N_("A mentor and mentee must be two different people.") },
  { "mentorship_ends_after_start", N_("The planned end date is before the start date.") },
  { "mentorship_focus_name_required", N_("A focus area needs a name.") },
  { "goal_title_required", N_("Enter a title for the goal.") },
  { "goal_target_on_date", N_("The target date is not a valid date.") },
  { "goal_status", N_("A goal is open, achieved or dropped.") },
  { "milestone_title_required", N_("Enter a title for the milestone.") },
  { "milestone_position_range", N_("The position of a milestone cannot be negative.") },
  { "milestone_due_on_date", N_("The due date is not a valid date.") },
  { "milestone_done_on_date", N_("The date it was done is not a valid date.") },
  { "checkin_series_uid_required", N_("A check-in series needs an identifier.") },
  { "checkin_series_uid_unique", N_("Another check-in series already uses this identifier.") },
  { "checkin_series_dtstart_time", N_("The first check-in is not a valid date and time.") },
  { "checkin_series_tzid_required", N_("Choose a time zone.") },
  { "checkin_series_duration_range", N_("A meeting lasts between 1 minute and 24 hours.") },
  { "checkin_series_rrule_form", N_("The repeat rule is not one Mentor understands.") },
  { "checkin_series_sequence_range", N_("The revision number cannot be negative.") },
  { "checkin_series_updated_at_instant", N_("The time of the last change is not valid.") },
  { "meeting_uid_required", N_("A meeting needs an identifier.") },
  { "meeting_occurrence_unique", N_("Another meeting already uses this identifier.") },
  { "meeting_recurrence_id_instant", N_("The original time of the occurrence is not valid.") },
  { "meeting_starts_at_instant", N_("The start of the meeting is not a valid time.") },
  { "meeting_tzid_required", N_("Choose a time zone.") },
  { "meeting_duration_range", N_("A meeting lasts between 1 minute and 24 hours.") },
  { "meeting_status", N_("A meeting is scheduled, held, cancelled or missed.") },
  { "meeting_sequence_range", N_("The revision number cannot be negative.") },
  { "meeting_updated_at_instant", N_("The time of the last change is not valid.") },
  { "action_item_text_required", N_("Enter what needs to be done.") },
  { "action_item_owner", N_("An action item belongs to the mentor or the mentee.") },
  { "action_item_due_on_date", N_("The due date is not a valid date.") },
  { "action_item_done_on_date", N_("The date it was done is not a valid date.") },
};

const char *
mentor_store_constraint_message (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (constraint_messages); i++)
    {
      if (g_strcmp0 (constraint_messages[i].name, name) == 0)
        return _(constraint_messages[i].message);
    }

  return NULL;
}

/* The constraint or index name in SQLite's message, e.g.
 * "CHECK constraint failed: person_name_required" or
 * "UNIQUE constraint failed: index 'person_email_unique'". */
static char *
constraint_name_from_message (const char *message)
{
  const char *p;

  if (message == NULL)
    return NULL;

  if ((p = strstr (message, "index '")) != NULL)
    {
      const char *end;

      p += strlen ("index '");
      end = strchr (p, '\'');
      return end != NULL ? g_strndup (p, end - p) : g_strdup (p);
    }

  if ((p = strstr (message, "constraint failed: ")) != NULL)
    return g_strdup (p + strlen ("constraint failed: "));

  return NULL;
}

void
mentor_store_set_sqlite_error (MentorStore  *self,
                               int           rc,
                               GError      **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FULL,
                           _("The disk is full, so the change was not saved. "
                             "Free some space and try again."));
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_BUSY,
                           _("Another program is using the data file, so the change was not saved. "
                             "Try again in a moment."));
      break;

    case SQLITE_CONSTRAINT:
      {
        g_autofree char *name = constraint_name_from_message (detail);
        const char *message = mentor_store_constraint_message (name);

        /* ON DELETE RESTRICT fails as SQLITE_CONSTRAINT_TRIGGER: read the words. */
        if (message == NULL && (rc == SQLITE_CONSTRAINT_FOREIGNKEY ||
                                strstr (detail, "FOREIGN KEY") != NULL))
          message = _("It refers to something that is no longer in the data file, "
                      "or something else still refers to it.");
        else if (message == NULL && rc == SQLITE_CONSTRAINT_NOTNULL)
          message = _("A required value is missing.");
        else if (message == NULL && (rc == SQLITE_CONSTRAINT_UNIQUE ||
                                     rc == SQLITE_CONSTRAINT_PRIMARYKEY))
          message = _("That is already in the data file.");
        else if (message == NULL)
          message = _("The change breaks a rule of the data file.");

        g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID, message);
      }
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CORRUPT,
                   _("The data file is damaged (%s), so the change was not saved."), detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("Mentor may not write to the data file (%s), so the change was not saved."),
                   detail);
      break;

    default:
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                   _("The change could not be saved: %s."), detail);
      break;
    }
}

static gboolean
fail_invalid (GError     **error,
              const char  *format,
              ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail_invalid (GError     **error,
              const char  *format,
              ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;

  g_assert (*error == NULL);
  va_start (args, format);
  *error = g_error_new_valist (MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID, format, args);
  va_end (args);

  return FALSE;
}

static gboolean
fail_not_found (GError     **error,
                const char  *message)
{
  g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* ---- Statements and transactions ----------------------------------------- */

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

sqlite3_stmt *
mentor_store_prepare (MentorStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (MENTOR_IS_STORE (self));
  g_assert (self->db != NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      /* Our SQL is fixed text: failing to prepare it is a broken build or file. */
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                   _("The data file could not be read: %s."), sqlite3_errmsg (self->db));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec_simple (MentorStore  *self,
             const char   *sql,
             GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
mentor_store_begin (MentorStore  *self,
                    GError      **error)
{
  g_assert (MENTOR_IS_STORE (self));

  if (self->depth > 0)
    {
      /* SQLite ends a transaction by itself on some errors (disk full, I/O):
       * never let later statements of a batch run outside one. */
      if (sqlite3_get_autocommit (self->db))
        {
          g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                               _("An earlier error interrupted this change, so nothing was saved."));
          return FALSE;
        }

      if (!exec_simple (self, "SAVEPOINT mentor_nested", error))
        return FALSE;
    }
  else
    {
      if (!exec_simple (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->pending = 0;
    }

  self->depth++;
  return TRUE;
}

gboolean
mentor_store_commit (MentorStore   *self,
                     MentorChange   what,
                     GError       **error)
{
  guint flags;
  int rc;

  g_assert (MENTOR_IS_STORE (self));
  g_assert (self->depth > 0);

  if (self->depth > 1)
    {
      if (!exec_simple (self, "RELEASE mentor_nested", error))
        {
          mentor_store_rollback (self);
          return FALSE;
        }
      self->depth--;
      self->pending |= what;
      return TRUE;
    }

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      mentor_store_rollback (self);
      return FALSE;
    }

  flags = self->pending | what;
  self->depth = 0;
  self->pending = 0;

  if (flags != 0)
    g_signal_emit (self, signals[CHANGED], 0, flags);

  return TRUE;
}

void
mentor_store_rollback (MentorStore *self)
{
  g_assert (MENTOR_IS_STORE (self));
  g_assert (self->depth > 0);

  if (self->depth > 1)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK TO mentor_nested; RELEASE mentor_nested",
                      NULL, NULL, NULL);
      self->depth--;
      return;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  self->pending = 0;
}

/* Steps a statement that returns no rows. */
static gboolean
run (MentorStore   *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/* Steps once; TRUE with *found when a row came back. */
static gboolean
step_row (MentorStore   *self,
          sqlite3_stmt  *stmt,
          gboolean      *found,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  *found = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* NULL stays NULL: dates and other optional values. */
static void
bind_optional (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

static const char *
column_optional (sqlite3_stmt *stmt,
                 int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

static guint
column_uint (sqlite3_stmt *stmt,
             int           index)
{
  sqlite3_int64 value = sqlite3_column_int64 (stmt, index);

  return (guint) CLAMP (value, 0, G_MAXUINT);
}

/* ---- Checks shared by the records ----------------------------------------- */

/* Trims both ends; "" stays "". */
static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
check_utf8 (const char  *text,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    return fail_invalid (error, "%s", _("The text contains characters that are not valid."));

  return TRUE;
}

static gboolean
check_date (const char  *date,
            const char  *format,
            GError     **error)
{
  if (date != NULL && !mentor_date_is_valid (date))
    {
      g_autofree char *shown = g_utf8_make_valid (date, -1);
      return fail_invalid (error, format, shown);
    }

  return TRUE;
}

static gboolean
check_zone (const char  *tzid,
            GError     **error)
{
  if (!mentor_timezone_is_valid (tzid))
    {
      g_autofree char *shown = g_utf8_make_valid (tzid, -1);
      return fail_invalid (error, _("“%s” is not a known time zone."), shown);
    }

  return TRUE;
}

static gboolean
check_duration (guint    minutes,
                GError **error)
{
  if (minutes < 1 || minutes > 24 * 60)
    return fail_invalid (error, "%s", _("A meeting lasts between 1 minute and 24 hours."));

  return TRUE;
}

/* Trimmed, non-empty, without repeats (ignoring case), in the given order. */
static GPtrArray *
clean_words (const char * const *words)
{
  GPtrArray *clean = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *word = trimmed (words[i]);
      char *key;

      if (*word == '\0')
        continue;

      key = g_utf8_casefold (word, -1);
      if (g_hash_table_contains (seen, key))
        {
          g_free (key);
          continue;
        }

      g_hash_table_add (seen, key);
      g_ptr_array_add (clean, g_steal_pointer (&word));
    }

  return clean;
}

/* ---- GObject -------------------------------------------------------------- */

static void
mentor_store_dispose (GObject *object)
{
  MentorStore *self = (MentorStore *) object;

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  G_OBJECT_CLASS (mentor_store_parent_class)->dispose (object);
}

static void
mentor_store_finalize (GObject *object)
{
  MentorStore *self = (MentorStore *) object;

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (mentor_store_parent_class)->finalize (object);
}

static void
mentor_store_class_init (MentorStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mentor_store_dispose;
  object_class->finalize = mentor_store_finalize;

  /**
   * MentorStore::changed:
   * @what: the #MentorChange flags of what changed
   *
   * Emitted after every committed change, once per transaction.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
mentor_store_init (MentorStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
}

/* ---- Opening -------------------------------------------------------------- */

char *
mentor_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "mentor.db", NULL);
}

static gboolean
prepare_path (const char  *path,
              gboolean    *created,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shown = g_filename_display_name (path);
  GStatBuf st;

  *created = FALSE;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) && g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *shown_dir = g_filename_display_name (dir);

      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("The folder “%s” could not be created: %s."),
                   shown_dir, g_strerror (saved));
      return FALSE;
    }

  if (g_stat (path, &st) != 0)
    {
      int fd;

      if (errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                       _("“%s” could not be opened: %s."), shown, g_strerror (saved));
          return FALSE;
        }

      /* Created here with 0600 before SQLite sees it, so that its -wal and
       * -shm files, which SQLite creates with the same mode, are private too. */
      fd = g_open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved = errno;

          g_set_error (error, MENTOR_STORE_ERROR,
                       saved == ENOSPC ? MENTOR_STORE_ERROR_FULL : MENTOR_STORE_ERROR_CANNOT_OPEN,
                       _("“%s” could not be created: %s."), shown, g_strerror (saved));
          return FALSE;
        }
      close (fd);
      *created = TRUE;
      return TRUE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” is not a file."), shown);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      /* An empty file holds nothing yet: it becomes a new data file. */
      g_chmod (path, 0600);
      *created = TRUE;
    }

  return TRUE;
}

static gboolean
query_single_int (MentorStore  *self,
                  const char   *sql,
                  int          *out,
                  GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
configure_connection (MentorStore  *self,
                      GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *mode = NULL;
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  if (!exec_simple (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    mode = (const char *) sqlite3_column_text (stmt, 0);
  if (rc != SQLITE_ROW)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  if (g_ascii_strcasecmp (mode != NULL ? mode : "", "wal") != 0)
    g_message ("The data file %s stays in journal mode %s: WAL is not possible there",
               self->path, mode);
  sqlite3_finalize (stmt);

  return exec_simple (self, "PRAGMA synchronous = FULL", error) &&
         exec_simple (self, "PRAGMA secure_delete = ON", error);
}

MentorStore *
mentor_store_open (const char  *path,
                   GError     **error)
{
  g_autoptr(MentorStore) self = NULL;
  g_autofree char *shown = NULL;
  gboolean created = FALSE;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown = g_filename_display_name (path);

  if (!prepare_path (path, &created, error))
    return NULL;

  /* Read-only checks first: a damaged or newer file is never written to,
   * and setting WAL below would write to it. */
  if (!created && !mentor_store_check_file (path, &version, error))
    return NULL;

  self = g_object_new (MENTOR_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” could not be opened: %s."), shown,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("Mentor may not write to “%s”. Check the permissions of the file."),
                   shown);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  /* Read again on this connection: another program may have migrated it. */
  if (!query_single_int (self, "PRAGMA user_version", &version, error))
    return NULL;

  if (version > MENTOR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Mentor (schema %d; "
                     "this version reads up to %d). It was left as it is."),
                   shown, version, MENTOR_STORE_SCHEMA_VERSION);
      return NULL;
    }

  if (version < MENTOR_STORE_SCHEMA_VERSION)
    {
      if (version >= 1)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

          if (!mentor_store_backup_db (self->db, self->path, "before-migration", now, error))
            return NULL;
        }

      if (!mentor_store_schema_migrate (self->db, version, error))
        return NULL;
    }

  if (!created && !mentor_store_is_empty (self))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GError) backup_error = NULL;

      /* A failed daily backup must not keep anyone from their data. */
      if (!mentor_store_backup_if_due (self, now, &backup_error))
        g_message ("No daily backup of %s: %s", self->path, backup_error->message);
    }

  return g_steal_pointer (&self);
}

const char *
mentor_store_get_path (MentorStore *self)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return self->path;
}

gboolean
mentor_store_is_empty (MentorStore *self)
{
  sqlite3_stmt *stmt;
  gboolean empty = TRUE;

  g_return_val_if_fail (MENTOR_IS_STORE (self), TRUE);

  stmt = mentor_store_prepare (self,
                               "SELECT EXISTS (SELECT 1 FROM person) "
                               "    OR EXISTS (SELECT 1 FROM mentorship)",
                               NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return empty;
}

/* ---- People --------------------------------------------------------------- */

#define PERSON_COLUMNS \
  "id, name, email, title, organization, department, manager_id, timezone, capacity, archived"

static MentorPerson *
person_from_row (sqlite3_stmt *stmt)
{
  MentorPerson *person = mentor_person_new ();

  mentor_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  mentor_person_set_name (person, column_text (stmt, 1));
  mentor_person_set_email (person, column_text (stmt, 2));
  mentor_person_set_title (person, column_text (stmt, 3));
  mentor_person_set_organization (person, column_text (stmt, 4));
  mentor_person_set_department (person, column_text (stmt, 5));
  mentor_person_set_manager_id (person, MAX (sqlite3_column_int64 (stmt, 6), 0));
  mentor_person_set_timezone (person, column_text (stmt, 7));
  mentor_person_set_capacity (person, column_uint (stmt, 8));
  mentor_person_set_archived (person, sqlite3_column_int (stmt, 9) != 0);

  return person;
}

typedef struct {
  GPtrArray *offers;
  GPtrArray *seeks;
} Skills;

static void
skills_free (gpointer data)
{
  Skills *skills = data;

  g_ptr_array_unref (skills->offers);
  g_ptr_array_unref (skills->seeks);
  g_free (skills);
}

static void
apply_skills (MentorPerson *person,
              Skills       *skills)
{
  g_ptr_array_add (skills->offers, NULL);
  g_ptr_array_add (skills->seeks, NULL);
  mentor_person_set_offers (person, (const char * const *) skills->offers->pdata);
  mentor_person_set_seeks (person, (const char * const *) skills->seeks->pdata);
}

/* Skills of one person (id > 0) or of everyone (id 0), keyed by person id. */
static GHashTable *
load_skills (MentorStore  *self,
             gint64        person_id,
             GError      **error)
{
  g_autoptr(GHashTable) by_person = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT person_id, kind, name FROM person_skill "
                               "WHERE ?1 = 0 OR person_id = ?1 "
                               "ORDER BY person_id, kind, position, rowid",
                               error);
  if (stmt == NULL)
    return NULL;

  by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, skills_free);
  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Skills *skills = g_hash_table_lookup (by_person, &id);

      if (skills == NULL)
        {
          skills = g_new0 (Skills, 1);
          skills->offers = g_ptr_array_new_with_free_func (g_free);
          skills->seeks = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (by_person, g_memdup2 (&id, sizeof id), skills);
        }

      if (g_strcmp0 (column_text (stmt, 1), "offers") == 0)
        g_ptr_array_add (skills->offers, g_strdup (column_text (stmt, 2)));
      else
        g_ptr_array_add (skills->seeks, g_strdup (column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&by_person);
}

/* "Émile" sorts with "Emile", whatever the locale's collation knows. */
static char *
sort_folded (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (decomposed != NULL ? decomposed : "", -1);
  GString *bare = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (bare, c);
    }

  return g_string_free (bare, FALSE);
}

typedef struct {
  char         *key;
  MentorPerson *person;
} PersonSortItem;

static int
compare_person_items (gconstpointer a,
                      gconstpointer b)
{
  const PersonSortItem *ia = a;
  const PersonSortItem *ib = b;
  int cmp = strcmp (ia->key, ib->key);

  if (cmp != 0)
    return cmp;

  return mentor_person_get_id (ia->person) < mentor_person_get_id (ib->person) ? -1 : 1;
}

GListModel *
mentor_store_list_people (MentorStore *self,
                          gboolean     include_archived)
{
  g_autoptr(GHashTable) skills = NULL;
  g_autoptr(GArray) items = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_PERSON);

  skills = load_skills (self, 0, NULL);
  stmt = mentor_store_prepare (self,
                               "SELECT " PERSON_COLUMNS " FROM person "
                               "WHERE ?1 OR archived = 0",
                               NULL);
  if (stmt == NULL || skills == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);
  items = g_array_new (FALSE, FALSE, sizeof (PersonSortItem));

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PersonSortItem item;
      g_autofree char *folded = NULL;
      gint64 id;
      Skills *found;

      item.person = person_from_row (stmt);
      id = mentor_person_get_id (item.person);
      found = g_hash_table_lookup (skills, &id);
      if (found != NULL)
        apply_skills (item.person, found);

      /* Case- and accent-insensitive, in the order of the user's language. */
      folded = sort_folded (mentor_person_get_name (item.person));
      item.key = g_utf8_collate_key (folded, -1);
      g_array_append_val (items, item);
    }
  sqlite3_reset (stmt);

  g_array_sort (items, compare_person_items);
  for (guint i = 0; i < items->len; i++)
    {
      PersonSortItem *item = &g_array_index (items, PersonSortItem, i);

      g_list_store_append (list, item->person);
      g_object_unref (item->person);
      g_free (item->key);
    }

  return G_LIST_MODEL (list);
}

static MentorPerson *
load_person (MentorStore  *self,
             gint64        id,
             GError      **error)
{
  g_autoptr(MentorPerson) person = NULL;
  g_autoptr(GHashTable) skills = NULL;
  sqlite3_stmt *stmt;
  gboolean found;
  Skills *person_skills;

  stmt = mentor_store_prepare (self, "SELECT " PERSON_COLUMNS " FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_row (self, stmt, &found, error))
    return NULL;

  if (!found)
    {
      sqlite3_reset (stmt);
      fail_not_found (error, _("This person is no longer in the data file."));
      return NULL;
    }

  person = person_from_row (stmt);
  sqlite3_reset (stmt);

  skills = load_skills (self, id, error);
  if (skills == NULL)
    return NULL;

  person_skills = g_hash_table_lookup (skills, &id);
  if (person_skills != NULL)
    apply_skills (person, person_skills);

  return g_steal_pointer (&person);
}

MentorPerson *
mentor_store_get_person (MentorStore  *self,
                         gint64        id,
                         GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_person (self, id, error);
}

/* A person's name, or NULL (no error) when there is no such person. */
static char *
person_name (MentorStore  *self,
             gint64        id,
             gboolean     *archived,
             GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  char *name = NULL;

  stmt = mentor_store_prepare (self, "SELECT name, archived FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_row (self, stmt, &found, error))
    return NULL;

  if (found)
    {
      name = g_strdup (column_text (stmt, 0));
      if (archived != NULL)
        *archived = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);

  return name;
}

static gboolean
check_manager (MentorStore  *self,
               gint64        person_id,
               const char   *name,
               gint64        manager_id,
               GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *manager_name = NULL;
  sqlite3_stmt *stmt;
  gint64 current = manager_id;

  if (manager_id == 0)
    return TRUE;

  if (manager_id == person_id)
    return fail_invalid (error, "%s", _("A person cannot be their own manager."));

  manager_name = person_name (self, manager_id, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (manager_name == NULL)
    return fail_invalid (error, "%s", _("The chosen manager is no longer in the data file."));

  if (person_id == 0)
    return TRUE;

  /* Walk up from the new manager: meeting the person means a loop. */
  stmt = mentor_store_prepare (self, "SELECT manager_id FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint steps = 0; current != 0 && steps < 10000; steps++)
    {
      gboolean found;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, current);
      if (!step_row (self, stmt, &found, error))
        return FALSE;

      current = found ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);

      if (current == person_id)
        /* Translators: both are names of people */
        return fail_invalid (error, _("%1$s cannot be the manager of %2$s: "
                                      "%1$s already reports to %2$s."),
                             manager_name, name);
    }

  return TRUE;
}

static gboolean
write_skills (MentorStore      *self,
              gint64            person_id,
              MentorSkillKind   kind,
              GPtrArray        *words,
              GError          **error)
{
  sqlite3_stmt *stmt;

  stmt = mentor_store_prepare (self,
                               "INSERT INTO person_skill (person_id, name, kind, position) "
                               "VALUES (?1, ?2, ?3, ?4)",
                               error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, person_id);
      bind_text (stmt, 2, g_ptr_array_index (words, i));
      bind_text (stmt, 3, mentor_skill_kind_to_string (kind));
      sqlite3_bind_int (stmt, 4, (int) i);
      if (!run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_person_in_transaction (MentorStore   *self,
                            MentorPerson  *person,
                            gint64        *new_id,
                            GError       **error)
{
  g_autofree char *name = trimmed (mentor_person_get_name (person));
  g_autofree char *email = trimmed (mentor_person_get_email (person));
  g_autofree char *title = trimmed (mentor_person_get_title (person));
  g_autofree char *organization = trimmed (mentor_person_get_organization (person));
  g_autofree char *department = trimmed (mentor_person_get_department (person));
  g_autofree char *timezone = trimmed (mentor_person_get_timezone (person));
  g_autoptr(GPtrArray) offers = clean_words (mentor_person_get_offers (person));
  g_autoptr(GPtrArray) seeks = clean_words (mentor_person_get_seeks (person));
  gint64 id = mentor_person_get_id (person);
  gint64 manager_id = mentor_person_get_manager_id (person);
  guint capacity = mentor_person_get_capacity (person);
  sqlite3_stmt *stmt;

  if (!check_utf8 (name, error) || !check_utf8 (email, error) ||
      !check_utf8 (title, error) || !check_utf8 (organization, error) ||
      !check_utf8 (department, error) || !check_utf8 (timezone, error))
    return FALSE;

  for (guint i = 0; i < offers->len; i++)
    if (!check_utf8 (g_ptr_array_index (offers, i), error))
      return FALSE;
  for (guint i = 0; i < seeks->len; i++)
    if (!check_utf8 (g_ptr_array_index (seeks, i), error))
      return FALSE;

  if (*name == '\0')
    return fail_invalid (error, "%s", _("Enter a name."));

  if (*email != '\0')
    {
      g_autofree char *other = NULL;
      gboolean found;

      if (!mentor_email_is_valid (email))
        return fail_invalid (error, _("“%s” is not an email address."), email);

      stmt = mentor_store_prepare (self,
                                   "SELECT name FROM person "
                                   "WHERE email <> '' AND lower (email) = lower (?1) AND id <> ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, email);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!step_row (self, stmt, &found, error))
        return FALSE;
      sqlite3_reset (stmt);

      if (found)
        return fail_invalid (error, _("Another person already uses the email “%s”."), email);
    }

  if (*timezone != '\0' && !check_zone (timezone, error))
    return FALSE;

  if (capacity > 50)
    return fail_invalid (error, "%s", _("A person can take between 0 and 50 mentees."));

  if (!check_manager (self, id, name, manager_id, error))
    return FALSE;

  if (id == 0)
    {
      stmt = mentor_store_prepare (self,
                                   "INSERT INTO person (name, email, title, organization, "
                                   "  department, manager_id, timezone, capacity) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      stmt = mentor_store_prepare (self,
                                   "UPDATE person SET name = ?1, email = ?2, title = ?3, "
                                   "  organization = ?4, department = ?5, manager_id = ?6, "
                                   "  timezone = ?7, capacity = ?8 "
                                   "WHERE id = ?9",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 9, id);
    }

  bind_text (stmt, 1, name);
  bind_text (stmt, 2, email);
  bind_text (stmt, 3, title);
  bind_text (stmt, 4, organization);
  bind_text (stmt, 5, department);
  bind_id (stmt, 6, manager_id);
  bind_text (stmt, 7, timezone);
  sqlite3_bind_int (stmt, 8, (int) capacity);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    id = *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This person is no longer in the data file."));

  stmt = mentor_store_prepare (self, "DELETE FROM person_skill WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (!write_skills (self, id, MENTOR_SKILL_OFFERS, offers, error) ||
      !write_skills (self, id, MENTOR_SKILL_SEEKS, seeks, error))
    return FALSE;

  /* What was stored is what the record shows. */
  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_title (person, title);
  mentor_person_set_organization (person, organization);
  mentor_person_set_department (person, department);
  mentor_person_set_timezone (person, timezone);
  g_ptr_array_add (offers, NULL);
  g_ptr_array_add (seeks, NULL);
  mentor_person_set_offers (person, (const char * const *) offers->pdata);
  mentor_person_set_seeks (person, (const char * const *) seeks->pdata);

  return TRUE;
}

gboolean
mentor_store_save_person (MentorStore   *self,
                          MentorPerson  *person,
                          GError       **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_person_in_transaction (self, person, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error))
    return FALSE;

  if (new_id != 0)
    mentor_person_set_id (person, new_id);

  return TRUE;
}

gboolean
mentor_store_set_person_archived (MentorStore  *self,
                                  gint64        id,
                                  gboolean      archived,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self, "UPDATE person SET archived = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int (stmt, 1, archived ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      fail_not_found (error, _("This person is no longer in the data file."));
      goto failed;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_delete_person (MentorStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  name = person_name (self, id, NULL, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto failed;
    }
  if (name == NULL)
    {
      fail_not_found (error, _("This person is no longer in the data file."));
      goto failed;
    }

  stmt = mentor_store_prepare (self,
                               "SELECT 1 FROM mentorship WHERE mentor_id = ?1 OR mentee_id = ?1",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_row (self, stmt, &found, error))
    goto failed;
  sqlite3_reset (stmt);

  if (found)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_IN_USE,
                   _("%s is in a mentorship, so they can be archived but not deleted."),
                   name);
      goto failed;
    }

  /* Their skills go with them; people they managed keep no manager. */
  stmt = mentor_store_prepare (self, "DELETE FROM person WHERE id = ?1", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!run (self, stmt, error))
    goto failed;

  return mentor_store_commit (self, MENTOR_CHANGE_PEOPLE, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

/* ---- Mentorships ---------------------------------------------------------- */

#define MENTORSHIP_SELECT \
  "SELECT m.id, m.mentor_id, m.mentee_id, a.name, b.name, m.kind, m.status, " \
  "       m.started_on, m.ends_on, m.closed_on, m.end_reason, m.cadence_days, " \
  "       m.mode, m.expectations " \
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

  mentor_kind_from_string (column_text (stmt, 5), &kind);
  mentor_status_from_string (column_text (stmt, 6), &status);
  mentor_mode_from_string (column_text (stmt, 12), &mode);

  mentor_mentorship_set_id (m, sqlite3_column_int64 (stmt, 0));
  mentor_mentorship_set_mentor_id (m, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_mentorship_set_mentee_id (m, MAX (sqlite3_column_int64 (stmt, 2), 0));
  mentor_mentorship_set_mentor_name (m, column_text (stmt, 3));
  mentor_mentorship_set_mentee_name (m, column_text (stmt, 4));
  mentor_mentorship_set_kind (m, kind);
  mentor_mentorship_set_status (m, status);
  mentor_mentorship_set_started_on (m, column_optional (stmt, 7));
  mentor_mentorship_set_ends_on (m, column_optional (stmt, 8));
  mentor_mentorship_set_closed_on (m, column_optional (stmt, 9));
  mentor_mentorship_set_end_reason (m, column_text (stmt, 10));
  mentor_mentorship_set_cadence_days (m, column_uint (stmt, 11));
  mentor_mentorship_set_mode (m, mode);
  mentor_mentorship_set_expectations (m, column_text (stmt, 13));

  return m;
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
      g_ptr_array_add (areas, g_strdup (column_text (stmt, 1)));
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
  g_autoptr(GHashTable) focus = NULL;
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_MENTORSHIP);

  focus = load_focus_areas (self, 0, NULL);
  /* Not yet started ones (no start date) come first: they are the newest. */
  stmt = mentor_store_prepare (self,
                               MENTORSHIP_SELECT
                               "ORDER BY coalesce (m.started_on, '9999-12-31') DESC, m.id DESC",
                               NULL);
  if (stmt == NULL || focus == NULL)
    return G_LIST_MODEL (list);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorMentorship) m = mentorship_from_row (stmt);
      gint64 id = mentor_mentorship_get_id (m);
      GPtrArray *areas = g_hash_table_lookup (focus, &id);

      if (areas != NULL)
        apply_focus_areas (m, areas);

      g_list_store_append (list, m);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
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
  if (!step_row (self, stmt, &found, error))
    return NULL;

  if (!found)
    {
      sqlite3_reset (stmt);
      fail_not_found (error, _("This mentorship is no longer in the data file."));
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

MentorMentorship *
mentor_store_get_mentorship (MentorStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_mentorship (self, id, error);
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

  name = person_name (self, id, &archived, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (name == NULL)
    return fail_invalid (error, "%s", missing_message);

  if (refuse_archived && archived)
    return fail_invalid (error, _("%s is archived, so they cannot start a new mentorship."), name);

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
  if (!run (self, stmt, error))
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
      bind_text (stmt, 2, g_ptr_array_index (areas, i));
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!run (self, stmt, error))
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
  g_autoptr(GPtrArray) areas = clean_words (mentor_mentorship_get_focus_areas (m));
  g_autofree char *started_on = g_strdup (mentor_mentorship_get_started_on (m));
  const char *ends_on = mentor_mentorship_get_ends_on (m);
  gint64 id = mentor_mentorship_get_id (m);
  gint64 mentor_id = mentor_mentorship_get_mentor_id (m);
  gint64 mentee_id = mentor_mentorship_get_mentee_id (m);
  gint64 old_mentor_id = 0;
  gint64 old_mentee_id = 0;
  MentorStatus status;
  sqlite3_stmt *stmt;

  if (!check_utf8 (mentor_mentorship_get_expectations (m), error))
    return FALSE;
  for (guint i = 0; i < areas->len; i++)
    if (!check_utf8 (g_ptr_array_index (areas, i), error))
      return FALSE;

  if (mentor_id == 0)
    return fail_invalid (error, "%s", _("Choose a mentor."));
  if (mentee_id == 0)
    return fail_invalid (error, "%s", _("Choose a mentee."));
  if (mentor_id == mentee_id)
    return fail_invalid (error, "%s", _("A mentor and mentee must be two different people."));

  if (!check_date (started_on, _("The start date “%s” is not a valid date."), error) ||
      !check_date (ends_on, _("The planned end date “%s” is not a valid date."), error))
    return FALSE;

  if (started_on != NULL && ends_on != NULL && strcmp (ends_on, started_on) < 0)
    return fail_invalid (error, "%s", _("The planned end date is before the start date."));

  if (mentor_mentorship_get_cadence_days (m) > 366)
    return fail_invalid (error, "%s", _("The cadence must be between 0 and 366 days."));

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
      if (!step_row (self, stmt, &found, error))
        return FALSE;
      if (!found)
        {
          sqlite3_reset (stmt);
          return fail_not_found (error, _("This mentorship is no longer in the data file."));
        }
      old_mentor_id = sqlite3_column_int64 (stmt, 0);
      old_mentee_id = sqlite3_column_int64 (stmt, 1);
      status = MENTOR_STATUS_PROPOSED;
      mentor_status_from_string (column_text (stmt, 2), &status);
      sqlite3_reset (stmt);

      if (started_on == NULL &&
          (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED ||
           status == MENTOR_STATUS_COMPLETED))
        return fail_invalid (error, "%s", _("Enter the date the mentorship started."));
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
    return fail_invalid (error, "%s", _("The planned end date is before the start date."));

  if (id == 0)
    {
      stmt = mentor_store_prepare (self,
                                   "INSERT INTO mentorship (mentor_id, mentee_id, kind, started_on, "
                                   "  ends_on, cadence_days, mode, expectations, status) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 9, mentor_status_to_string (status));
    }
  else
    {
      stmt = mentor_store_prepare (self,
                                   "UPDATE mentorship SET mentor_id = ?1, mentee_id = ?2, kind = ?3, "
                                   "  started_on = ?4, ends_on = ?5, cadence_days = ?6, mode = ?7, "
                                   "  expectations = ?8 "
                                   "WHERE id = ?10",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 10, id);
    }

  sqlite3_bind_int64 (stmt, 1, mentor_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  bind_text (stmt, 3, mentor_kind_to_string (mentor_mentorship_get_kind (m)));
  bind_optional (stmt, 4, started_on);
  bind_optional (stmt, 5, ends_on);
  sqlite3_bind_int (stmt, 6, (int) mentor_mentorship_get_cadence_days (m));
  bind_text (stmt, 7, mentor_mode_to_string (mentor_mentorship_get_mode (m)));
  bind_text (stmt, 8, mentor_mentorship_get_expectations (m));
  if (!run (self, stmt, error))
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

  clean_reason = trimmed (reason);
  if (!check_utf8 (clean_reason, error))
    goto failed;
  if (status == MENTOR_STATUS_ENDED && *clean_reason == '\0')
    {
      fail_invalid (error, "%s", _("Say why the mentorship ended."));
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

  bind_text (stmt, 1, mentor_status_to_string (status));
  bind_optional (stmt, 2, started_on);
  bind_optional (stmt, 3, closed_on);
  bind_text (stmt, 4, status == MENTOR_STATUS_ENDED ? clean_reason : "");
  sqlite3_bind_int64 (stmt, 5, id);
  if (!run (self, stmt, error))
    goto failed;

  return mentor_store_commit (self, MENTOR_CHANGE_MENTORSHIPS, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_batch (MentorStore           *self,
                    MentorStoreBatchFunc   func,
                    gpointer               user_data,
                    GError               **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!func (self, user_data, error))
    {
      /* A func that fails must say why. */
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                             _("The changes could not be made, so none were saved."));
      mentor_store_rollback (self);
      return FALSE;
    }

  return mentor_store_commit (self, 0, error);
}

/* ---- Goals and milestones ------------------------------------------------- */

#define GOAL_COLUMNS "id, mentorship_id, title, focus_area, success_measure, target_on, status"

static MentorGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  MentorGoal *goal = mentor_goal_new ();
  MentorGoalStatus status = MENTOR_GOAL_OPEN;

  mentor_goal_status_from_string (column_text (stmt, 6), &status);
  mentor_goal_set_id (goal, sqlite3_column_int64 (stmt, 0));
  mentor_goal_set_mentorship_id (goal, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_goal_set_title (goal, column_text (stmt, 2));
  mentor_goal_set_focus_area (goal, column_text (stmt, 3));
  mentor_goal_set_success_measure (goal, column_text (stmt, 4));
  mentor_goal_set_target_on (goal, column_optional (stmt, 5));
  mentor_goal_set_status (goal, status);

  return goal;
}

GListModel *
mentor_store_list_goals (MentorStore *self,
                         gint64       mentorship_id)
{
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_GOAL);
  stmt = mentor_store_prepare (self,
                               "SELECT " GOAL_COLUMNS " FROM goal "
                               "WHERE ?1 = 0 OR mentorship_id = ?1 "
                               "ORDER BY target_on IS NULL, target_on, id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorGoal) goal = goal_from_row (stmt);
      g_list_store_append (list, goal);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

/* TRUE with *exists when a row with that id is in table (a fixed name). */
static gboolean
row_exists (MentorStore  *self,
            const char   *sql,
            gint64        id,
            gboolean     *exists,
            GError      **error)
{
  sqlite3_stmt *stmt = mentor_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_row (self, stmt, exists, error))
    return FALSE;
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
check_mentorship_exists (MentorStore  *self,
                         gint64        id,
                         GError      **error)
{
  gboolean exists = FALSE;

  if (id == 0)
    return fail_invalid (error, "%s", _("Choose the mentorship it belongs to."));

  if (!row_exists (self, "SELECT 1 FROM mentorship WHERE id = ?1", id, &exists, error))
    return FALSE;

  if (!exists)
    return fail_invalid (error, "%s", _("The mentorship is no longer in the data file."));

  return TRUE;
}

static gboolean
save_goal_in_transaction (MentorStore  *self,
                          MentorGoal   *goal,
                          gint64       *new_id,
                          GError      **error)
{
  g_autofree char *title = trimmed (mentor_goal_get_title (goal));
  g_autofree char *focus_area = trimmed (mentor_goal_get_focus_area (goal));
  gint64 id = mentor_goal_get_id (goal);
  sqlite3_stmt *stmt;

  if (!check_utf8 (title, error) || !check_utf8 (focus_area, error) ||
      !check_utf8 (mentor_goal_get_success_measure (goal), error))
    return FALSE;

  if (*title == '\0')
    return fail_invalid (error, "%s", _("Enter a title for the goal."));

  if (!check_date (mentor_goal_get_target_on (goal),
                   _("The target date “%s” is not a valid date."), error))
    return FALSE;

  if (!check_mentorship_exists (self, mentor_goal_get_mentorship_id (goal), error))
    return FALSE;

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO goal (mentorship_id, title, focus_area, "
                                 "  success_measure, target_on, status) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE goal SET mentorship_id = ?1, title = ?2, focus_area = ?3, "
                                 "  success_measure = ?4, target_on = ?5, status = ?6 "
                                 "WHERE id = ?7",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentor_goal_get_mentorship_id (goal));
  bind_text (stmt, 2, title);
  bind_text (stmt, 3, focus_area);
  bind_text (stmt, 4, mentor_goal_get_success_measure (goal));
  bind_optional (stmt, 5, mentor_goal_get_target_on (goal));
  bind_text (stmt, 6, mentor_goal_status_to_string (mentor_goal_get_status (goal)));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 7, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This goal is no longer in the data file."));

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

  return TRUE;
}

/* Deletes the row with that id by a fixed statement, NOT_FOUND if none. */
static gboolean
delete_row (MentorStore   *self,
            const char    *sql,
            gint64         id,
            MentorChange   what,
            const char    *missing_message,
            GError       **error)
{
  sqlite3_stmt *stmt;

  if (!mentor_store_begin (self, error))
    return FALSE;

  stmt = mentor_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      fail_not_found (error, missing_message);
      goto failed;
    }

  return mentor_store_commit (self, what, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

gboolean
mentor_store_delete_goal (MentorStore  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_row (self, "DELETE FROM goal WHERE id = ?1", id, MENTOR_CHANGE_GOALS,
                     _("This goal is no longer in the data file."), error);
}

#define MILESTONE_COLUMNS "id, goal_id, title, position, due_on, done_on"

static MentorMilestone *
milestone_from_row (sqlite3_stmt *stmt)
{
  MentorMilestone *milestone = mentor_milestone_new ();

  mentor_milestone_set_id (milestone, sqlite3_column_int64 (stmt, 0));
  mentor_milestone_set_goal_id (milestone, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_milestone_set_title (milestone, column_text (stmt, 2));
  mentor_milestone_set_position (milestone, column_uint (stmt, 3));
  mentor_milestone_set_due_on (milestone, column_optional (stmt, 4));
  mentor_milestone_set_done_on (milestone, column_optional (stmt, 5));

  return milestone;
}

GListModel *
mentor_store_list_milestones (MentorStore *self,
                              gint64       goal_id)
{
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_MILESTONE);
  stmt = mentor_store_prepare (self,
                               "SELECT " MILESTONE_COLUMNS " FROM milestone "
                               "WHERE goal_id = ?1 ORDER BY position, id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, goal_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorMilestone) milestone = milestone_from_row (stmt);
      g_list_store_append (list, milestone);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static gboolean
save_milestone_in_transaction (MentorStore      *self,
                               MentorMilestone  *milestone,
                               gint64           *new_id,
                               GError          **error)
{
  g_autofree char *title = trimmed (mentor_milestone_get_title (milestone));
  gint64 id = mentor_milestone_get_id (milestone);
  gint64 goal_id = mentor_milestone_get_goal_id (milestone);
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  if (!check_utf8 (title, error))
    return FALSE;

  if (*title == '\0')
    return fail_invalid (error, "%s", _("Enter a title for the milestone."));

  if (!check_date (mentor_milestone_get_due_on (milestone),
                   _("The due date “%s” is not a valid date."), error) ||
      !check_date (mentor_milestone_get_done_on (milestone),
                   _("The date it was done, “%s”, is not a valid date."), error))
    return FALSE;

  if (mentor_milestone_get_position (milestone) > G_MAXINT32)
    return fail_invalid (error, "%s", _("The position of the milestone is out of range."));

  if (goal_id == 0)
    return fail_invalid (error, "%s", _("Choose the goal the milestone belongs to."));
  if (!row_exists (self, "SELECT 1 FROM goal WHERE id = ?1", goal_id, &exists, error))
    return FALSE;
  if (!exists)
    return fail_invalid (error, "%s", _("The goal is no longer in the data file."));

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
  bind_text (stmt, 2, title);
  sqlite3_bind_int64 (stmt, 3, mentor_milestone_get_position (milestone));
  bind_optional (stmt, 4, mentor_milestone_get_due_on (milestone));
  bind_optional (stmt, 5, mentor_milestone_get_done_on (milestone));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This milestone is no longer in the data file."));

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

  return delete_row (self, "DELETE FROM milestone WHERE id = ?1", id, MENTOR_CHANGE_GOALS,
                     _("This milestone is no longer in the data file."), error);
}

/* ---- Meetings, series, action items -------------------------------------- */

static char *
new_uid (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat (uuid, "@", APPLICATION_ID, NULL);
}

static char *
now_instant (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

#define MEETING_COLUMNS \
  "id, mentorship_id, series_id, uid, recurrence_id, starts_at, tzid, duration_min, " \
  "status, location, agenda, summary, private_notes"

static MentorMeeting *
meeting_from_row (sqlite3_stmt *stmt)
{
  MentorMeeting *meeting = mentor_meeting_new ();
  MentorMeetingStatus status = MENTOR_MEETING_SCHEDULED;

  mentor_meeting_status_from_string (column_text (stmt, 8), &status);
  mentor_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  mentor_meeting_set_mentorship_id (meeting, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_meeting_set_series_id (meeting, MAX (sqlite3_column_int64 (stmt, 2), 0));
  mentor_meeting_set_uid (meeting, column_text (stmt, 3));
  mentor_meeting_set_recurrence_id (meeting, column_optional (stmt, 4));
  mentor_meeting_set_starts_at (meeting, column_optional (stmt, 5));
  mentor_meeting_set_tzid (meeting, column_text (stmt, 6));
  mentor_meeting_set_duration_min (meeting, column_uint (stmt, 7));
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_location (meeting, column_text (stmt, 9));
  mentor_meeting_set_agenda (meeting, column_text (stmt, 10));
  mentor_meeting_set_summary (meeting, column_text (stmt, 11));
  mentor_meeting_set_private_notes (meeting, column_text (stmt, 12));

  return meeting;
}

GListModel *
mentor_store_list_meetings (MentorStore *self,
                            gint64       mentorship_id)
{
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_MEETING);
  stmt = mentor_store_prepare (self,
                               "SELECT " MEETING_COLUMNS " FROM meeting "
                               "WHERE ?1 = 0 OR mentorship_id = ?1 "
                               "ORDER BY starts_at, id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorMeeting) meeting = meeting_from_row (stmt);
      g_list_store_append (list, meeting);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static gboolean
save_meeting_in_transaction (MentorStore    *self,
                             MentorMeeting  *meeting,
                             gint64         *new_id,
                             char          **stored_uid,
                             GError        **error)
{
  g_autofree char *uid = trimmed (mentor_meeting_get_uid (meeting));
  g_autofree char *tzid = trimmed (mentor_meeting_get_tzid (meeting));
  g_autofree char *updated_at = now_instant ();
  const char *starts_at = mentor_meeting_get_starts_at (meeting);
  const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);
  gint64 id = mentor_meeting_get_id (meeting);
  gint64 mentorship_id = mentor_meeting_get_mentorship_id (meeting);
  gint64 series_id = mentor_meeting_get_series_id (meeting);
  sqlite3_stmt *stmt;

  if (!check_utf8 (uid, error) ||
      !check_utf8 (mentor_meeting_get_location (meeting), error) ||
      !check_utf8 (mentor_meeting_get_agenda (meeting), error) ||
      !check_utf8 (mentor_meeting_get_summary (meeting), error) ||
      !check_utf8 (mentor_meeting_get_private_notes (meeting), error))
    return FALSE;

  if (starts_at == NULL)
    return fail_invalid (error, "%s", _("Enter when the meeting starts."));
  if (!mentor_instant_is_valid (starts_at))
    {
      g_autofree char *shown = g_utf8_make_valid (starts_at, -1);
      return fail_invalid (error, _("“%s” is not a valid time."), shown);
    }
  if (recurrence_id != NULL && !mentor_instant_is_valid (recurrence_id))
    {
      g_autofree char *shown = g_utf8_make_valid (recurrence_id, -1);
      return fail_invalid (error, _("“%s” is not a valid time."), shown);
    }

  if (*tzid == '\0')
    return fail_invalid (error, "%s", _("Choose the time zone of the meeting."));
  if (!check_zone (tzid, error) || !check_duration (mentor_meeting_get_duration_min (meeting), error))
    return FALSE;

  if (!check_mentorship_exists (self, mentorship_id, error))
    return FALSE;

  if (series_id != 0)
    {
      gboolean found;

      stmt = mentor_store_prepare (self,
                                   "SELECT mentorship_id, uid FROM checkin_series WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, series_id);
      if (!step_row (self, stmt, &found, error))
        return FALSE;

      if (!found || sqlite3_column_int64 (stmt, 0) != mentorship_id)
        {
          sqlite3_reset (stmt);
          return fail_invalid (error, "%s",
                               _("The check-in series is not one of this mentorship."));
        }

      /* An occurrence carries the UID of its series, as RECURRENCE-ID does. */
      if (*uid == '\0' && recurrence_id != NULL)
        {
          g_free (uid);
          uid = g_strdup (column_text (stmt, 1));
        }
      sqlite3_reset (stmt);
    }

  if (*uid == '\0')
    {
      g_free (uid);
      uid = new_uid ();
    }

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO meeting (mentorship_id, series_id, uid, recurrence_id, "
                                 "  starts_at, tzid, duration_min, status, location, agenda, "
                                 "  summary, private_notes, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                 error);
  else
    /* SEQUENCE rises when what a calendar shows changes. */
    stmt = mentor_store_prepare (self,
                                 "UPDATE meeting SET "
                                 "  sequence = sequence + (starts_at IS NOT ?5 OR tzid IS NOT ?6 "
                                 "    OR duration_min IS NOT ?7 OR status IS NOT ?8 "
                                 "    OR location IS NOT ?9 OR agenda IS NOT ?10), "
                                 "  mentorship_id = ?1, series_id = ?2, uid = ?3, "
                                 "  recurrence_id = ?4, starts_at = ?5, tzid = ?6, "
                                 "  duration_min = ?7, status = ?8, location = ?9, agenda = ?10, "
                                 "  summary = ?11, private_notes = ?12, updated_at = ?13 "
                                 "WHERE id = ?14",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  bind_id (stmt, 2, series_id);
  bind_text (stmt, 3, uid);
  bind_optional (stmt, 4, recurrence_id);
  bind_text (stmt, 5, starts_at);
  bind_text (stmt, 6, tzid);
  sqlite3_bind_int (stmt, 7, (int) mentor_meeting_get_duration_min (meeting));
  bind_text (stmt, 8, mentor_meeting_status_to_string (mentor_meeting_get_status (meeting)));
  bind_text (stmt, 9, mentor_meeting_get_location (meeting));
  bind_text (stmt, 10, mentor_meeting_get_agenda (meeting));
  bind_text (stmt, 11, mentor_meeting_get_summary (meeting));
  bind_text (stmt, 12, mentor_meeting_get_private_notes (meeting));
  bind_text (stmt, 13, updated_at);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 14, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This meeting is no longer in the data file."));

  mentor_meeting_set_tzid (meeting, tzid);
  *stored_uid = g_steal_pointer (&uid);
  return TRUE;
}

gboolean
mentor_store_save_meeting (MentorStore    *self,
                           MentorMeeting  *meeting,
                           GError        **error)
{
  g_autofree char *uid = NULL;
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_meeting_in_transaction (self, meeting, &new_id, &uid, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_MEETINGS, error))
    return FALSE;

  if (new_id != 0)
    mentor_meeting_set_id (meeting, new_id);
  mentor_meeting_set_uid (meeting, uid);

  return TRUE;
}

gboolean
mentor_store_delete_meeting (MentorStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_row (self, "DELETE FROM meeting WHERE id = ?1", id, MENTOR_CHANGE_MEETINGS,
                     _("This meeting is no longer in the data file."), error);
}

#define SERIES_COLUMNS \
  "id, mentorship_id, uid, summary, dtstart, tzid, duration_min, rrule, exdates, location"

static MentorCheckinSeries *
series_from_row (sqlite3_stmt *stmt)
{
  MentorCheckinSeries *series = mentor_checkin_series_new ();

  mentor_checkin_series_set_id (series, sqlite3_column_int64 (stmt, 0));
  mentor_checkin_series_set_mentorship_id (series, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_checkin_series_set_uid (series, column_text (stmt, 2));
  mentor_checkin_series_set_summary (series, column_text (stmt, 3));
  mentor_checkin_series_set_dtstart (series, column_optional (stmt, 4));
  mentor_checkin_series_set_tzid (series, column_text (stmt, 5));
  mentor_checkin_series_set_duration_min (series, column_uint (stmt, 6));
  mentor_checkin_series_set_rrule (series, column_text (stmt, 7));
  mentor_checkin_series_set_exdates (series, column_text (stmt, 8));
  mentor_checkin_series_set_location (series, column_text (stmt, 9));

  return series;
}

GListModel *
mentor_store_list_series (MentorStore *self,
                          gint64       mentorship_id)
{
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_CHECKIN_SERIES);
  stmt = mentor_store_prepare (self,
                               "SELECT " SERIES_COLUMNS " FROM checkin_series "
                               "WHERE ?1 = 0 OR mentorship_id = ?1 "
                               "ORDER BY dtstart, id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorCheckinSeries) series = series_from_row (stmt);
      g_list_store_append (list, series);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static gboolean
rrule_is_valid (const char *rrule)
{
  struct icalrecurrencetype recurrence;

  if (rrule == NULL || *rrule == '\0' || g_ascii_strncasecmp (rrule, "RRULE:", 6) == 0)
    return FALSE;

  icalerror_clear_errno ();
  recurrence = icalrecurrencetype_from_string (rrule);
  if (recurrence.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
    {
      icalerror_clear_errno ();
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_exdates (const char  *exdates,
               GError     **error)
{
  g_auto(GStrv) parts = NULL;

  if (exdates == NULL || *exdates == '\0')
    return TRUE;

  parts = g_strsplit (exdates, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!mentor_local_time_is_valid (parts[i]))
        {
          g_autofree char *shown = g_utf8_make_valid (parts[i], -1);
          return fail_invalid (error, _("The skipped date “%s” is not a valid date and time."),
                               shown);
        }
    }

  return TRUE;
}

static gboolean
save_series_in_transaction (MentorStore          *self,
                            MentorCheckinSeries  *series,
                            gint64               *new_id,
                            char                **stored_uid,
                            GError              **error)
{
  g_autofree char *uid = trimmed (mentor_checkin_series_get_uid (series));
  g_autofree char *tzid = trimmed (mentor_checkin_series_get_tzid (series));
  g_autofree char *rrule = trimmed (mentor_checkin_series_get_rrule (series));
  g_autofree char *updated_at = now_instant ();
  const char *dtstart = mentor_checkin_series_get_dtstart (series);
  const char *exdates = mentor_checkin_series_get_exdates (series);
  gint64 id = mentor_checkin_series_get_id (series);
  gint64 mentorship_id = mentor_checkin_series_get_mentorship_id (series);
  sqlite3_stmt *stmt;

  if (!check_utf8 (uid, error) || !check_utf8 (rrule, error) ||
      !check_utf8 (mentor_checkin_series_get_summary (series), error) ||
      !check_utf8 (mentor_checkin_series_get_location (series), error))
    return FALSE;

  if (dtstart == NULL)
    return fail_invalid (error, "%s", _("Enter when the first check-in is."));
  if (!mentor_local_time_is_valid (dtstart))
    {
      g_autofree char *shown = g_utf8_make_valid (dtstart, -1);
      return fail_invalid (error, _("“%s” is not a valid date and time."), shown);
    }

  if (*tzid == '\0')
    return fail_invalid (error, "%s", _("Choose the time zone of the check-ins."));
  if (!check_zone (tzid, error) ||
      !check_duration (mentor_checkin_series_get_duration_min (series), error) ||
      !check_exdates (exdates, error))
    return FALSE;

  if (!rrule_is_valid (rrule))
    {
      g_autofree char *shown = g_utf8_make_valid (rrule, -1);
      return fail_invalid (error, _("“%s” is not a repeat rule Mentor understands."), shown);
    }

  if (!check_mentorship_exists (self, mentorship_id, error))
    return FALSE;

  if (*uid == '\0')
    {
      g_free (uid);
      uid = new_uid ();
    }

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO checkin_series (mentorship_id, uid, summary, dtstart, "
                                 "  tzid, duration_min, rrule, exdates, location, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE checkin_series SET "
                                 "  sequence = sequence + (summary IS NOT ?3 OR dtstart IS NOT ?4 "
                                 "    OR tzid IS NOT ?5 OR duration_min IS NOT ?6 "
                                 "    OR rrule IS NOT ?7 OR exdates IS NOT ?8 OR location IS NOT ?9), "
                                 "  mentorship_id = ?1, uid = ?2, summary = ?3, dtstart = ?4, "
                                 "  tzid = ?5, duration_min = ?6, rrule = ?7, exdates = ?8, "
                                 "  location = ?9, updated_at = ?10 "
                                 "WHERE id = ?11",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  bind_text (stmt, 2, uid);
  bind_text (stmt, 3, mentor_checkin_series_get_summary (series));
  bind_text (stmt, 4, dtstart);
  bind_text (stmt, 5, tzid);
  sqlite3_bind_int (stmt, 6, (int) mentor_checkin_series_get_duration_min (series));
  bind_text (stmt, 7, rrule);
  bind_text (stmt, 8, exdates);
  bind_text (stmt, 9, mentor_checkin_series_get_location (series));
  bind_text (stmt, 10, updated_at);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 11, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This check-in series is no longer in the data file."));

  mentor_checkin_series_set_tzid (series, tzid);
  mentor_checkin_series_set_rrule (series, rrule);
  *stored_uid = g_steal_pointer (&uid);
  return TRUE;
}

gboolean
mentor_store_save_series (MentorStore          *self,
                          MentorCheckinSeries  *series,
                          GError              **error)
{
  g_autofree char *uid = NULL;
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (series), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_series_in_transaction (self, series, &new_id, &uid, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_SERIES, error))
    return FALSE;

  if (new_id != 0)
    mentor_checkin_series_set_id (series, new_id);
  mentor_checkin_series_set_uid (series, uid);

  return TRUE;
}

gboolean
mentor_store_delete_series (MentorStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Meetings already held from it stay, as one-off meetings. */
  return delete_row (self, "DELETE FROM checkin_series WHERE id = ?1", id,
                     MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS,
                     _("This check-in series is no longer in the data file."), error);
}

#define ACTION_ITEM_COLUMNS "id, meeting_id, text, owner, due_on, done_on"

static MentorActionItem *
action_item_from_row (sqlite3_stmt *stmt)
{
  MentorActionItem *item = mentor_action_item_new ();
  MentorOwner owner = MENTOR_OWNER_MENTEE;

  mentor_owner_from_string (column_text (stmt, 3), &owner);
  mentor_action_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  mentor_action_item_set_meeting_id (item, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_action_item_set_text (item, column_text (stmt, 2));
  mentor_action_item_set_owner (item, owner);
  mentor_action_item_set_due_on (item, column_optional (stmt, 4));
  mentor_action_item_set_done_on (item, column_optional (stmt, 5));

  return item;
}

GListModel *
mentor_store_list_action_items (MentorStore *self,
                                gint64       meeting_id)
{
  GListStore *list;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  list = g_list_store_new (MENTOR_TYPE_ACTION_ITEM);
  stmt = mentor_store_prepare (self,
                               "SELECT " ACTION_ITEM_COLUMNS " FROM action_item "
                               "WHERE meeting_id = ?1 ORDER BY id",
                               NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(MentorActionItem) item = action_item_from_row (stmt);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

static gboolean
save_action_item_in_transaction (MentorStore       *self,
                                 MentorActionItem  *item,
                                 gint64            *new_id,
                                 GError           **error)
{
  g_autofree char *text = trimmed (mentor_action_item_get_text (item));
  gint64 id = mentor_action_item_get_id (item);
  gint64 meeting_id = mentor_action_item_get_meeting_id (item);
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  if (!check_utf8 (text, error))
    return FALSE;

  if (*text == '\0')
    return fail_invalid (error, "%s", _("Enter what needs to be done."));

  if (!check_date (mentor_action_item_get_due_on (item),
                   _("The due date “%s” is not a valid date."), error) ||
      !check_date (mentor_action_item_get_done_on (item),
                   _("The date it was done, “%s”, is not a valid date."), error))
    return FALSE;

  if (meeting_id == 0)
    return fail_invalid (error, "%s", _("Choose the meeting the action item belongs to."));
  if (!row_exists (self, "SELECT 1 FROM meeting WHERE id = ?1", meeting_id, &exists, error))
    return FALSE;
  if (!exists)
    return fail_invalid (error, "%s", _("The meeting is no longer in the data file."));

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO action_item (meeting_id, text, owner, due_on, done_on) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE action_item SET meeting_id = ?1, text = ?2, owner = ?3, "
                                 "  due_on = ?4, done_on = ?5 "
                                 "WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  bind_text (stmt, 2, text);
  bind_text (stmt, 3, mentor_owner_to_string (mentor_action_item_get_owner (item)));
  bind_optional (stmt, 4, mentor_action_item_get_due_on (item));
  bind_optional (stmt, 5, mentor_action_item_get_done_on (item));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return fail_not_found (error, _("This action item is no longer in the data file."));

  mentor_action_item_set_text (item, text);
  return TRUE;
}

gboolean
mentor_store_save_action_item (MentorStore       *self,
                               MentorActionItem  *item,
                               GError           **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_action_item_in_transaction (self, item, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_MEETINGS, error))
    return FALSE;

  if (new_id != 0)
    mentor_action_item_set_id (item, new_id);

  return TRUE;
}

gboolean
mentor_store_delete_action_item (MentorStore  *self,
                                 gint64        id,
                                 GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return delete_row (self, "DELETE FROM action_item WHERE id = ?1", id, MENTOR_CHANGE_MEETINGS,
                     _("This action item is no longer in the data file."), error);
}
