/* mentor-store-private.h — what the parts of the store share
 *
 * The store is split along its seams: mentor-store.c (opening, errors,
 * transactions, the "changed" signal, batches and the helpers below),
 * mentor-store-people.c, mentor-store-mentorships.c (with health),
 * mentor-store-goals.c (goals, milestones, focus areas),
 * mentor-store-meetings.c (meetings, series, action items),
 * mentor-store-calendar.c (the calendar, what comes next, meeting goals),
 * mentor-store-occurrences.c (marking, taking out, splitting occurrences),
 * mentor-store-reviews.c, mentor-store-lock.c (one Mentor per file),
 * mentor-store-overview.c, mentor-store-undo.c, mentor-store-schema.c (the
 * schema and its migrations) and mentor-backup.c (automatic backups). Tests
 * use the schema steps to build files of older versions.
 */
#pragma once

#include <sqlite3.h>

#include "mentor-recurrence.h"
#include "mentor-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Mentor data file ("MNTR"). */
#define MENTOR_STORE_APPLICATION_ID 0x4d4e5452

/* The lock one Mentor process holds on a data file (mentor-store-lock.c). */
typedef struct _MentorStoreLock MentorStoreLock;

struct _MentorStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;   /* SQL text -> sqlite3_stmt, finalized on dispose */
  guint       depth;        /* open transaction levels; 0 = none */
  guint       pending;      /* MentorChange flags of the open transaction */
  gboolean    failed;       /* an inner level failed and rolled back */
  MentorStoreLock *lock;    /* NULL: none held (shared, or no flock() there) */
  gboolean    read_only;    /* opened MENTOR_STORE_OPEN_SHARED: every change refused */
};

/* ---- mentor-store-lock.c ---- */

/* Sets self->lock: the process's lock on self->path, taken now or shared
 * with its other stores on that file. Fails with BUSY, a sentence, when
 * another process holds it. Where the file system has no flock() (some
 * network shares) it succeeds without a lock, as Mentor worked before. */
gboolean      mentor_store_lock_take          (MentorStore      *self,
                                               GError          **error);
/* Drops one store's share; the last one closes the descriptor, which must
 * come after that store closed its SQLite connection. */
void          mentor_store_lock_release       (MentorStoreLock  *lock);

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
/* Set an INVALID (or NOT_FOUND) error with a sentence; always FALSE. */
gboolean      mentor_store_fail_invalid       (GError      **error,
                                               const char   *format,
                                               ...) G_GNUC_PRINTF (2, 3);
gboolean      mentor_store_fail_not_found     (GError      **error,
                                               const char   *message);

/* Steps a statement that returns no rows, then resets it. */
gboolean      mentor_store_run                (MentorStore   *self,
                                               sqlite3_stmt  *stmt,
                                               GError       **error);
/* Steps once; TRUE with *found when a row came back (the caller resets). */
gboolean      mentor_store_step_row           (MentorStore   *self,
                                               sqlite3_stmt  *stmt,
                                               gboolean      *found,
                                               GError       **error);
/* Binds text ("" for NULL), optional text (NULL stays NULL), an id (0 is NULL). */
void          mentor_store_bind_text          (sqlite3_stmt  *stmt,
                                               int            index,
                                               const char    *text);
void          mentor_store_bind_optional      (sqlite3_stmt  *stmt,
                                               int            index,
                                               const char    *text);
void          mentor_store_bind_id            (sqlite3_stmt  *stmt,
                                               int            index,
                                               gint64         id);
/* A column as text ("" for NULL), as optional text, as a clamped guint. */
const char   *mentor_store_column_text        (sqlite3_stmt  *stmt,
                                               int            index);
const char   *mentor_store_column_optional    (sqlite3_stmt  *stmt,
                                               int            index);
guint         mentor_store_column_uint        (sqlite3_stmt  *stmt,
                                               int            index);

/* Checks shared by the records; each sets INVALID with a sentence. */
char         *mentor_store_trimmed            (const char    *text);
gboolean      mentor_store_check_utf8         (const char    *text,
                                               GError       **error);
/* format has one %s: the date as typed. NULL passes. */
gboolean      mentor_store_check_date         (const char    *date,
                                               const char    *format,
                                               GError       **error);
gboolean      mentor_store_check_zone         (const char    *tzid,
                                               GError       **error);
gboolean      mentor_store_check_duration     (guint          minutes,
                                               GError       **error);
/* Trimmed, non-empty, without repeats (ignoring case), in the given order. */
GPtrArray    *mentor_store_clean_words        (const char * const *words);
/* TRUE with *exists when the fixed statement sql (binding ?1 = id) returns a row. */
gboolean      mentor_store_row_exists         (MentorStore   *self,
                                               const char    *sql,
                                               gint64         id,
                                               gboolean      *exists,
                                               GError       **error);
gboolean      mentor_store_check_mentorship_exists (MentorStore  *self,
                                                    gint64        id,
                                                    GError      **error);
/* Deletes the row with that id by a fixed statement in its own transaction,
 * NOT_FOUND with missing_message if none. */
gboolean      mentor_store_delete_row         (MentorStore   *self,
                                               const char    *sql,
                                               gint64         id,
                                               MentorChange   what,
                                               const char    *missing_message,
                                               GError       **error);

/* Turns the current row of a statement into a new record. */
typedef gpointer (*MentorStoreRowFunc) (sqlite3_stmt *stmt);

/* A GListStore of item_type with one record per row of sql, whose only
 * parameter ?1 is bound to id; empty when the statement cannot be prepared. */
GListModel   *mentor_store_list_rows          (MentorStore        *self,
                                               GType               item_type,
                                               const char         *sql,
                                               gint64              id,
                                               MentorStoreRowFunc  from_row);

/* ---- mentor-store-people.c ---- */

/* A person's name, or NULL (no error) when there is no such person. */
char         *mentor_store_person_name        (MentorStore   *self,
                                               gint64         id,
                                               gboolean      *archived,
                                               GError       **error);

/* ---- mentor-store-mentorships.c ---- */

/* mentor_store_list_mentorships() with health as of today (NULL:
 * mentor_today()); on error the list may be partial and *error is set. */
GListModel   *mentor_store_list_mentorships_as_of (MentorStore  *self,
                                                   const char   *today,
                                                   GError      **error);

/* Sets the health of every MentorMentorship in mentorships as of today (NULL:
 * mentor_today()) with one pass of aggregate queries; mentorship_id limits
 * the queries to one mentorship (0: all). */
gboolean      mentor_store_fill_health        (MentorStore   *self,
                                               GListModel    *mentorships,
                                               gint64         mentorship_id,
                                               const char    *today,
                                               GError       **error);

/* ---- mentor-store-meetings.c ---- */

/* The columns mentor_store_meeting_from_row() and
 * mentor_store_series_from_row() read, in order, qualified so that they can
 * be selected from a join. */
#define MENTOR_STORE_MEETING_COLUMNS \
  "meeting.id, meeting.mentorship_id, meeting.series_id, meeting.uid, meeting.recurrence_id, " \
  "meeting.starts_at, meeting.tzid, meeting.duration_min, meeting.status, meeting.location, " \
  "meeting.agenda, meeting.summary, meeting.private_notes, meeting.mode, meeting.sequence"
#define MENTOR_STORE_SERIES_COLUMNS \
  "checkin_series.id, checkin_series.mentorship_id, checkin_series.uid, checkin_series.summary, " \
  "checkin_series.dtstart, checkin_series.tzid, checkin_series.duration_min, checkin_series.rrule, " \
  "checkin_series.exdates, checkin_series.location, checkin_series.mode, checkin_series.sequence"

MentorMeeting       *mentor_store_meeting_from_row  (sqlite3_stmt  *stmt);
MentorCheckinSeries *mentor_store_series_from_row   (sqlite3_stmt  *stmt);
/* A new iCalendar UID, "<uuid>@com.example.Mentor". */
char         *mentor_store_new_uid            (void);
/* Checks and writes a meeting inside the caller's transaction. The record is
 * not touched: *new_id (for an insert), *stored_uid and *sequence are what
 * to set on it once the transaction commits. */
gboolean      mentor_store_save_meeting_in_transaction (MentorStore    *self,
                                                        MentorMeeting  *meeting,
                                                        gint64         *new_id,
                                                        char          **stored_uid,
                                                        guint          *sequence,
                                                        GError        **error);
/* The same for a series; *what gains the MentorChange flags of what changed. */
gboolean      mentor_store_save_series_in_transaction  (MentorStore          *self,
                                                        MentorCheckinSeries  *series,
                                                        gint64               *new_id,
                                                        char                **stored_uid,
                                                        guint                *sequence,
                                                        MentorChange         *what,
                                                        GError              **error);
/* Turns the stored occurrences of a series that are no longer occurrences
 * of (dtstart, tzid, rrule) into meetings of their own. */
gboolean      mentor_store_detach_strays      (MentorStore   *self,
                                               gint64         series_id,
                                               const char    *dtstart,
                                               const char    *tzid,
                                               const char    *rrule,
                                               guint         *n_detached,
                                               GError       **error);

/* ---- mentor-store-calendar.c ---- */

/* Now as an instant; when tests fix today (MENTOR_TODAY), the start of that
 * day in the user's zone, so that "next" is as reproducible as "today". */
char         *mentor_store_now                (void);
/* Sets "next-checkin" on every MentorMentorship in mentorships (one query
 * for stored meetings, one expansion per series); mentorship_id limits the
 * queries to one (0: all). */
gboolean      mentor_store_fill_next_checkins (MentorStore   *self,
                                               GListModel    *mentorships,
                                               gint64         mentorship_id,
                                               GError       **error);
/* The occurrences of series in [from, to) that are computed, not stored:
 * not taken out (exdates), not replaced by a stored occurrence, and not
 * after the day a completed or ended mentorship closed. MentorMeeting items
 * as mentor_store_list_calendar() lists them; mentorship_id 0 for all. */
GPtrArray    *mentor_store_computed_occurrences (MentorStore  *self,
                                                 gint64        mentorship_id,
                                                 const char   *from,
                                                 const char   *to,
                                                 GError      **error);

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
