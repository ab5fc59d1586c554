/* mentor-store.c — the data file: opening it, errors, transactions, batches
 *
 * The only code in Mentor that speaks SQL, together with the other
 * mentor-store-*.c parts (people, mentorships with their health, goals,
 * meetings and reviews, the overview, undo, the schema) and mentor-backup.c;
 * the helpers they share are here, declared in mentor-store-private.h. Every
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
  { "review_author", N_("A review is written by the mentor or the mentee.") },
  { "review_rating_range", N_("A rating is from 1 to 5.") },
  { "review_written_on_date", N_("The date of the review is not a valid date.") },
  { "mentorship_max_gap_days_range", N_("The longest gap between meetings must be between 0 and 366 days.") },
  { "meeting_mode", N_("A meeting happens by video, phone, in person or chat.") },
  { "checkin_series_mode", N_("Check-ins happen by video, phone, in person or chat.") },
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

gboolean
mentor_store_fail_invalid (GError     **error,
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

gboolean
mentor_store_fail_not_found (GError     **error,
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

/* The same, through the statement cache: for the savepoint of every save
 * inside a batch, which sqlite3_exec() would parse again each time. */
static gboolean
exec_cached (MentorStore  *self,
             const char   *sql,
             GError      **error)
{
  sqlite3_stmt *stmt = mentor_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
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

  if (self->read_only)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                           _("The data file was opened for reading only, so the change "
                             "was not saved."));
      return FALSE;
    }

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

      if (!exec_cached (self, "SAVEPOINT mentor_nested", error))
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
      if (!exec_cached (self, "RELEASE mentor_nested", error))
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
gboolean
mentor_store_run (MentorStore   *self,
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
gboolean
mentor_store_step_row (MentorStore   *self,
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

void
mentor_store_bind_text (sqlite3_stmt *stmt,
                        int           index,
                        const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* NULL stays NULL: dates and other optional values. */
void
mentor_store_bind_optional (sqlite3_stmt *stmt,
                            int           index,
                            const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
mentor_store_bind_id (sqlite3_stmt *stmt,
                      int           index,
                      gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
mentor_store_column_text (sqlite3_stmt *stmt,
                          int           index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

const char *
mentor_store_column_optional (sqlite3_stmt *stmt,
                              int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

guint
mentor_store_column_uint (sqlite3_stmt *stmt,
                          int           index)
{
  sqlite3_int64 value = sqlite3_column_int64 (stmt, index);

  return (guint) CLAMP (value, 0, G_MAXUINT);
}

/* ---- Checks shared by the records ----------------------------------------- */

/* Trims both ends; "" stays "". */
char *
mentor_store_trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
mentor_store_check_utf8 (const char  *text,
                         GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    return mentor_store_fail_invalid (error, "%s", _("The text contains characters that are not valid."));

  return TRUE;
}

gboolean
mentor_store_check_date (const char  *date,
                         const char  *format,
                         GError     **error)
{
  if (date != NULL && !mentor_date_is_valid (date))
    {
      g_autofree char *shown = g_utf8_make_valid (date, -1);
      return mentor_store_fail_invalid (error, format, shown);
    }

  return TRUE;
}

gboolean
mentor_store_check_zone (const char  *tzid,
                         GError     **error)
{
  if (!mentor_timezone_is_valid (tzid))
    {
      g_autofree char *shown = g_utf8_make_valid (tzid, -1);
      return mentor_store_fail_invalid (error, _("“%s” is not a known time zone."), shown);
    }

  return TRUE;
}

gboolean
mentor_store_check_duration (guint    minutes,
                             GError **error)
{
  if (minutes < 1 || minutes > 24 * 60)
    return mentor_store_fail_invalid (error, "%s", _("A meeting lasts between 1 minute and 24 hours."));

  return TRUE;
}

/* Trimmed, non-empty, without repeats (ignoring case), in the given order. */
GPtrArray *
mentor_store_clean_words (const char * const *words)
{
  GPtrArray *clean = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *word = mentor_store_trimmed (words[i]);
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

/* ---- Rows shared by the records ------------------------------------------ */

/* TRUE with *exists when a row with that id is in table (a fixed name). */
gboolean
mentor_store_row_exists (MentorStore  *self,
                         const char   *sql,
                         gint64        id,
                         gboolean     *exists,
                         GError      **error)
{
  sqlite3_stmt *stmt = mentor_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, exists, error))
    return FALSE;
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
mentor_store_check_mentorship_exists (MentorStore  *self,
                                      gint64        id,
                                      GError      **error)
{
  gboolean exists = FALSE;

  if (id == 0)
    return mentor_store_fail_invalid (error, "%s", _("Choose the mentorship it belongs to."));

  if (!mentor_store_row_exists (self, "SELECT 1 FROM mentorship WHERE id = ?1", id, &exists, error))
    return FALSE;

  if (!exists)
    return mentor_store_fail_invalid (error, "%s", _("The mentorship is no longer in the data file."));

  return TRUE;
}

/* Deletes the row with that id by a fixed statement, NOT_FOUND if none. */
GListModel *
mentor_store_list_rows (MentorStore        *self,
                        GType               item_type,
                        const char         *sql,
                        gint64              id,
                        MentorStoreRowFunc  from_row)
{
  GListStore *list = g_list_store_new (item_type);
  sqlite3_stmt *stmt;

  g_assert (MENTOR_IS_STORE (self));
  g_assert (from_row != NULL);

  stmt = mentor_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);

  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = from_row (stmt);
      g_list_store_append (list, item);
    }
  sqlite3_reset (stmt);

  return G_LIST_MODEL (list);
}

gboolean
mentor_store_delete_row (MentorStore   *self,
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
  if (!mentor_store_run (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      mentor_store_fail_not_found (error, missing_message);
      goto failed;
    }

  return mentor_store_commit (self, what, error);

failed:
  mentor_store_rollback (self);
  return FALSE;
}

/* ---- GObject -------------------------------------------------------------- */

static void
mentor_store_dispose (GObject *object)
{
  MentorStore *self = (MentorStore *) object;

  /* Statements must be finalized before the connection can close, and the
   * connection closed before the lock goes (mentor-store-lock.c says why). */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->lock, mentor_store_lock_release);

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

  /* Each save inside a batch is a savepoint: its undo pages go to a
   * sub-journal, which in a temporary file made bulk work (sample data, CSV
   * and iCalendar imports) spend most of its time writing that file. */
  return exec_simple (self, "PRAGMA synchronous = FULL", error) &&
         exec_simple (self, "PRAGMA secure_delete = ON", error) &&
         exec_simple (self, "PRAGMA temp_store = MEMORY", error);
}

/* Replaces a refusal to write met while opening (SQLite's words, or none)
 * with a sentence that says whose permissions to check: SQLite needs to
 * write the file, and to make its journal (-wal, -shm) in the folder. */
static void
explain_cannot_write (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *shown = g_filename_display_name (path);
  g_autofree char *shown_dir = g_filename_display_name (dir);
  gboolean file_ok = g_access (path, W_OK) == 0;
  gboolean dir_ok = g_access (dir, W_OK) == 0;

  g_clear_error (error);

  if (!file_ok && !dir_ok)
    g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                 _("Mentor may not write to “%s” nor to its folder “%s”. Check the "
                   "permissions of both, or copy the file into a folder of your own."),
                 shown, shown_dir);
  else if (!dir_ok)
    g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                 _("Mentor may not write to the folder “%s”, where it keeps a journal of "
                   "changes beside the data file. Check the permissions of the folder, "
                   "or copy the file into a folder of your own."),
                 shown_dir);
  else
    g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                 _("Mentor may not write to “%s”. Check the permissions of the file."),
                 shown);
}

MentorStore *
mentor_store_open_full (const char            *path,
                        MentorStoreOpenFlags   flags,
                        GError               **error)
{
  g_autoptr(MentorStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *shown = NULL;
  gboolean created = FALSE;
  gboolean shared;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail ((flags & ~MENTOR_STORE_OPEN_SHARED) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown = g_filename_display_name (path);
  shared = (flags & MENTOR_STORE_OPEN_SHARED) != 0;

  self = g_object_new (MENTOR_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!prepare_path (path, &created, error))
    return NULL;

  /* Before anything reads the file: another Mentor's window wins. */
  if (!shared && !mentor_store_lock_take (self, error))
    return NULL;

  /* Read-only checks first: a damaged or newer file is never written to,
   * and setting WAL below would write to it. */
  if (!created && !mentor_store_check_file (path, &version, error))
    return NULL;

  /* A command that only reads still makes the schema of a new file, or
   * migrates an older one, and setting WAL writes too: never under another
   * Mentor's window. */
  if (self->lock == NULL && (created || version < MENTOR_STORE_SCHEMA_VERSION) &&
      !mentor_store_lock_take (self, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM ||
          (rc & 0xff) == SQLITE_READONLY)
        explain_cannot_write (path, error);
      else
        g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                     _("“%s” could not be opened: %s."), shown,
                     self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      explain_cannot_write (path, error);
      return NULL;
    }

  /* Read again on this connection: another program may have migrated it. */
  if (!configure_connection (self, &local_error) ||
      !query_single_int (self, "PRAGMA user_version", &version, &local_error))
    {
      /* WAL makes its -wal and -shm files beside the data file. */
      if (g_error_matches (local_error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN))
        explain_cannot_write (path, &local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

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

  self->read_only = shared;

  return g_steal_pointer (&self);
}

MentorStore *
mentor_store_open (const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return mentor_store_open_full (path, MENTOR_STORE_OPEN_DEFAULT, error);
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
