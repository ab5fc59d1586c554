/* mentor-store-private.h — what the parts of the store share
 *
 * The store is split along its seams: mentor-store.c (opening, transactions,
 * records), mentor-store-schema.c (the schema and its migrations) and
 * mentor-backup.c (automatic backups). Tests use the schema steps to build
 * files of older versions.
 */
#pragma once

#include <sqlite3.h>

#include "mentor-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Mentor data file ("MNTR"). */
#define MENTOR_STORE_APPLICATION_ID 0x4d4e5452

struct _MentorStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt, finalized on dispose */
  guint       depth;        /* open transaction levels; 0 = none */
  guint       pending;      /* MentorChange flags of the open transaction */
  gboolean    failed;       /* an inner level failed and rolled back */
};

/* ---- mentor-store.c ---- */

/* A cached prepared statement, reset and with its bindings cleared. */
sqlite3_stmt *mentor_store_prepare            (MentorStore  *self,
                                               const char   *sql,
                                               GError      **error);
/* Opens a transaction level: BEGIN IMMEDIATE, or a savepoint when nested. */
gboolean      mentor_store_begin              (MentorStore  *self,
                                               GError      **error);
/* Closes the level; the outermost commit emits "changed" with every flag. */
gboolean      mentor_store_commit             (MentorStore  *self,
                                               MentorChange  what,
                                               GError      **error);
void          mentor_store_rollback           (MentorStore  *self);
/* Turns a SQLite result code into a MENTOR_STORE_ERROR with a sentence. */
void          mentor_store_set_sqlite_error   (MentorStore  *self,
                                               int           rc,
                                               GError      **error);
/* The sentence for a named CHECK constraint or index, or NULL. */
const char   *mentor_store_constraint_message (const char   *name);

/* ---- mentor-store-schema.c ---- */

/* Number of migration steps (= MENTOR_STORE_SCHEMA_VERSION). */
guint         mentor_store_schema_n_steps     (void);
/* The SQL of step `version` (1-based): it takes a file from version-1 to version. */
const char   *mentor_store_schema_step_sql    (guint         version);
/* Runs steps from+1 .. MENTOR_STORE_SCHEMA_VERSION in one transaction. */
gboolean      mentor_store_schema_migrate     (sqlite3      *db,
                                               int           from,
                                               GError      **error);

/* ---- mentor-backup.c ---- */

/* Checks a file without writing a byte beside it: SQLite header, quick_check,
 * user_version and application_id. Sets *version. A 0-byte file is not
 * checked here: the caller treats it as new. */
gboolean      mentor_store_check_file         (const char   *path,
                                               int          *version,
                                               GError      **error);
/* Copies the open database into the backups folder with sqlite3_backup,
 * named by `when` (UTC), then keeps the newest MENTOR_STORE_BACKUPS_KEPT. */
gboolean      mentor_store_backup_db          (sqlite3      *db,
                                               const char   *db_path,
                                               const char   *reason,
                                               GDateTime    *when,
                                               GError      **error);
/* The daily backup on open: made when the newest is older than a day. */
gboolean      mentor_store_backup_if_due      (MentorStore  *self,
                                               GDateTime    *now,
                                               GError      **error);
/* Backups of db_path, newest first (full paths). */
GPtrArray    *mentor_store_list_backups       (const char   *db_path);

/* mentor_store_set_mentorship_status() as of the date on ("YYYY-MM-DD", NULL for
 * today): the day recorded as started or closed. The sample program closes its
 * finished mentorships in the past. */
gboolean      mentor_store_set_mentorship_status_on (MentorStore  *self,
                                                     gint64        id,
                                                     MentorStatus  status,
                                                     const char   *reason,
                                                     const char   *on,
                                                     GError      **error);

G_END_DECLS
