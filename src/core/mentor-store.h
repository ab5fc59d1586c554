/* mentor-store.h — the data file: the only code in Mentor that speaks SQL
 *
 * One MentorStore owns one SQLite connection to one data file (DESIGN.md, "The
 * data file"). Every change is one transaction; a failed change leaves the file
 * as it was and reports a GError in the MENTOR_STORE_ERROR domain whose message
 * is a sentence a person understands. After every committed change the store
 * emits "changed" with the MentorChange flags of what changed, so views refresh.
 */
#pragma once

#include <gio/gio.h>

#include "mentor-goal.h"
#include "mentor-health.h"
#include "mentor-meeting.h"
#include "mentor-mentorship.h"
#include "mentor-person.h"
#include "mentor-review.h"
#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_STORE_ERROR (mentor_store_error_quark ())
GQuark mentor_store_error_quark (void);

typedef enum {
  MENTOR_STORE_ERROR_FAILED,      /* anything else SQLite or the OS reports */
  MENTOR_STORE_ERROR_CANNOT_OPEN, /* missing folder, no permission, locked */
  MENTOR_STORE_ERROR_CORRUPT,     /* not SQLite, or quick_check failed: never touched */
  MENTOR_STORE_ERROR_NEWER,       /* written by a newer Mentor: never touched */
  MENTOR_STORE_ERROR_INVALID,     /* a record breaks a rule (empty name, bad date, …) */
  MENTOR_STORE_ERROR_NOT_FOUND,   /* no row with that id */
  MENTOR_STORE_ERROR_IN_USE,      /* e.g. deleting a person who is in a mentorship */
  MENTOR_STORE_ERROR_LIFECYCLE,   /* a status change the lifecycle does not allow */
  MENTOR_STORE_ERROR_NOT_EMPTY,   /* sample data refused: the file already holds data */
  MENTOR_STORE_ERROR_BUSY,        /* another program holds the file */
  MENTOR_STORE_ERROR_FULL,        /* the disk is full */
} MentorStoreError;

typedef enum {
  MENTOR_CHANGE_PEOPLE      = 1 << 0,
  MENTOR_CHANGE_MENTORSHIPS = 1 << 1,
  MENTOR_CHANGE_GOALS       = 1 << 2, /* goals and milestones */
  MENTOR_CHANGE_MEETINGS    = 1 << 3, /* meetings and action items */
  MENTOR_CHANGE_SERIES      = 1 << 4,
  MENTOR_CHANGE_REVIEWS     = 1 << 5,
  MENTOR_CHANGE_ALL         = 0x3f,
} MentorChange;

/* The changes after which a mentorship's health (and the overview) may differ:
 * views that show health refresh on any of these. */
#define MENTOR_CHANGE_HEALTH (MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_GOALS | \
                              MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_REVIEWS)

/* The schema version this build writes (PRAGMA user_version). */
#define MENTOR_STORE_SCHEMA_VERSION 4

#define MENTOR_TYPE_STORE (mentor_store_get_type ())
G_DECLARE_FINAL_TYPE (MentorStore, mentor_store, MENTOR, STORE, GObject)

/* Signals:
 *   "changed" (MentorStore *store, guint what): what is MentorChange flags
 */

/* The default data file: g_get_user_data_dir()/com.example.Mentor/mentor.db. */
char             *mentor_store_default_path         (void);

/* How a store opens its file (mentor_store_open_full()).
 *
 * One Mentor at a time works on a file: by default the store holds an
 * advisory lock (flock) on it for as long as it lives, so that a second
 * Mentor window, or a command that writes, on the same file is refused with
 * BUSY ("… is open in another Mentor window …") instead of silently racing
 * the first. The stores of one process share the lock (the window's and the
 * import preview's); the kernel drops it when the process ends, however it
 * ends, so a crash never leaves a stale lock.
 *
 * MENTOR_STORE_OPEN_SHARED is for commands that only read (exports,
 * reports): they run beside an open window, take no lock, and the store
 * refuses every change. A new file, or one that still needs a migration,
 * is the exception: its schema is made under the lock, so such an open is
 * refused with BUSY while another Mentor holds the file. */
typedef enum {
  MENTOR_STORE_OPEN_DEFAULT = 0,
  MENTOR_STORE_OPEN_SHARED  = 1 << 0,
} MentorStoreOpenFlags;

/* Opens or creates the file (and its folder). A new file is created 0600.
 * Refuses, without changing a byte: a file that is not SQLite or fails
 * quick_check (CORRUPT), a file from a newer schema (NEWER), a file another
 * Mentor holds (BUSY), a file or folder Mentor may not write to
 * (CANNOT_OPEN, saying which). Runs pending migrations in one transaction
 * after an automatic backup. Makes the daily backup when the newest one is
 * older than a day. mentor_store_open() is mentor_store_open_full() with
 * MENTOR_STORE_OPEN_DEFAULT. */
MentorStore      *mentor_store_open                 (const char           *path,
                                                     GError              **error);
MentorStore      *mentor_store_open_full            (const char           *path,
                                                     MentorStoreOpenFlags  flags,
                                                     GError              **error);
const char       *mentor_store_get_path             (MentorStore *self);
/* TRUE when the file holds no people and no mentorships. */
gboolean          mentor_store_is_empty             (MentorStore *self);

/* Backups live in a "backups" folder beside the data file, named
 * "mentor-YYYYMMDD-HHMMSS[-reason].db" (UTC; "mentor" is the data file's name
 * without ".db", so "d.db" gets "d-…"); the newest MENTOR_STORE_BACKUPS_KEPT
 * are kept. */
#define MENTOR_STORE_BACKUPS_KEPT 7
char             *mentor_store_backup_dir_for       (const char  *db_path);
gboolean          mentor_store_backup_now           (MentorStore *self,
                                                     const char  *reason,
                                                     GError     **error);
/* The newest backup of the file at db_path, or NULL. */
char             *mentor_store_latest_backup_for    (const char  *db_path);
/* Replaces the (corrupt) file at db_path with a copy of its newest backup; the
 * replaced file is kept beside it as "<name>.broken-<timestamp>", never deleted. */
gboolean          mentor_store_restore_latest_backup (const char  *db_path,
                                                      GError     **error);

/* ---- People ------------------------------------------------------------- */

/* MentorPerson items sorted by name (case-insensitive). */
GListModel       *mentor_store_list_people          (MentorStore *self,
                                                     gboolean     include_archived);
MentorPerson     *mentor_store_get_person           (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Inserts (id 0; the id is set on the record) or updates, with skills, in one
 * transaction. Checks: a name, a well-formed email unique among people (case
 * insensitive) when given, a known IANA zone when given, a manager that exists
 * and is not the person or one of their reports, capacity 0..50. */
gboolean          mentor_store_save_person          (MentorStore  *self,
                                                     MentorPerson *person,
                                                     GError      **error);
gboolean          mentor_store_set_person_archived  (MentorStore *self,
                                                     gint64       id,
                                                     gboolean     archived,
                                                     GError     **error);
/* Refused with IN_USE for a person in any mentorship ("archive instead"). */
gboolean          mentor_store_delete_person        (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);

/* ---- Mentorships -------------------------------------------------------- */

/* MentorMentorship items, newest start first, names filled in, and the
 * health of active and paused ones computed as of today (aggregate queries
 * over all mentorships at once). */
GListModel       *mentor_store_list_mentorships     (MentorStore *self);
/* The same items, order, names and focus areas without the health and next
 * check-in (left NULL), which take most of the time with a large program:
 * for views that only name or filter by mentorships. */
GListModel       *mentor_store_list_mentorships_without_health (MentorStore *self);
MentorMentorship *mentor_store_get_mentorship       (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Inserts (as status proposed unless the record says active) or updates terms
 * and focus areas. Status does not change here. Checks: both people exist and
 * are not archived (for new ones), mentor != mentee, dates valid, ends_on not
 * before started_on, cadence 0..366, max_gap_days 0..366 and not below the
 * cadence when both are set. */
gboolean          mentor_store_save_mentorship      (MentorStore      *self,
                                                     MentorMentorship *mentorship,
                                                     GError          **error);
/* Moves through the lifecycle; reason is required for ENDED. Activating sets
 * started_on to today when unset; completing or ending sets closed_on to today.
 * A refused change says which moves are possible. */
gboolean          mentor_store_set_mentorship_status (MentorStore  *self,
                                                      gint64        id,
                                                      MentorStatus  status,
                                                      const char   *reason,
                                                      GError      **error);

/* What a delete removed, so that Undo can put every row back as it was. */
typedef struct _MentorUndo MentorUndo;
GType             mentor_undo_get_type              (void) G_GNUC_CONST;
void              mentor_undo_free                  (MentorUndo *undo);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MentorUndo, mentor_undo_free)

/* Deletes the mentorship with its goals, milestones, meetings, action items,
 * series and reviews; returns what is needed to undo it, or NULL with error. */
MentorUndo       *mentor_store_delete_mentorship    (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Puts back every row a delete removed, with the same ids; one transaction. */
gboolean          mentor_store_undo                 (MentorStore *self,
                                                     MentorUndo  *undo,
                                                     GError     **error);

/* Runs func inside one transaction: every save or delete it makes joins that
 * transaction, all commit together or none do, and "changed" is emitted once
 * at the end with the union of what changed. Bulk work (sample data, CSV
 * import) goes through here. */
typedef gboolean (*MentorStoreBatchFunc) (MentorStore  *store,
                                          gpointer      user_data,
                                          GError      **error);
gboolean          mentor_store_batch                (MentorStore          *self,
                                                     MentorStoreBatchFunc  func,
                                                     gpointer              user_data,
                                                     GError              **error);

/* ---- Goals and milestones ----------------------------------------------- */

/* MentorGoal items; mentorship_id 0 for all. Sorted by mentorship (as
 * mentor_store_list_mentorships() sorts them), then target date, then id;
 * counts, drop reason and mentorship title filled in as of today. */
GListModel       *mentor_store_list_goals           (MentorStore *self,
                                                     gint64       mentorship_id);
/* One goal with its counts, or NULL with NOT_FOUND. */
MentorGoal       *mentor_store_get_goal             (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Saves title, focus area, measure, target date and status, but refuses to
 * drop a goal (INVALID: use mentor_store_set_goal_status() with a reason). */
gboolean          mentor_store_save_goal            (MentorStore *self,
                                                     MentorGoal  *goal,
                                                     GError     **error);
gboolean          mentor_store_delete_goal          (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Marks a goal open, achieved or dropped. DROPPED needs a reason (INVALID
 * without one); any other status clears the stored reason (reopening). */
gboolean          mentor_store_set_goal_status      (MentorStore       *self,
                                                     gint64             id,
                                                     MentorGoalStatus   status,
                                                     const char        *reason,
                                                     GError           **error);
/* MentorMilestone items in position order. */
GListModel       *mentor_store_list_milestones      (MentorStore *self,
                                                     gint64       goal_id);
gboolean          mentor_store_save_milestone       (MentorStore     *self,
                                                     MentorMilestone *milestone,
                                                     GError         **error);
gboolean          mentor_store_delete_milestone     (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* Moves a milestone to new_position (0-based) among its goal's milestones and
 * renumbers them all 0..n-1, in one transaction. A position beyond the last
 * is refused (INVALID). */
gboolean          mentor_store_move_milestone       (MentorStore *self,
                                                     gint64       id,
                                                     guint        new_position,
                                                     GError     **error);
/* Ticks a milestone done (recording mentor_today()) or unticks it (clearing
 * the day). Ticking one already done keeps its day. */
gboolean          mentor_store_set_milestone_done   (MentorStore *self,
                                                     gint64       id,
                                                     gboolean     done,
                                                     GError     **error);
/* The standard focus areas (mentor_standard_focus_areas()) then every other
 * area typed in mentorships or goals, sorted, distinct case-insensitively
 * (the first spelling met wins). Free with g_strfreev(). */
GStrv             mentor_store_list_focus_areas     (MentorStore *self);

/* ---- Reviews ------------------------------------------------------------ */

/* MentorReview items of one mentorship, newest first (written_on, then id). */
GListModel       *mentor_store_list_reviews         (MentorStore *self,
                                                     gint64       mentorship_id);
/* Inserts (id 0) or updates. Checks: the mentorship exists, rating 1..5, a
 * valid date (NULL: today, recorded on the record), not before the start. */
gboolean          mentor_store_save_review          (MentorStore  *self,
                                                     MentorReview *review,
                                                     GError      **error);
gboolean          mentor_store_delete_review        (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* The next due date of each side's review (mentor_review_due_on() over that
 * side's latest review), each set to NULL when the mentorship is not active
 * or paused or has no start date. Either out pointer may be NULL. Returns
 * TRUE when a side's review is due on or before today (NULL: mentor_today()). */
gboolean          mentor_store_reviews_due          (MentorStore  *self,
                                                     gint64        mentorship_id,
                                                     const char   *today,
                                                     char        **mentor_due,
                                                     char        **mentee_due);

/* ---- Overview ----------------------------------------------------------- */

/* The meetings window of the overview: the days before today. */
#define MENTOR_OVERVIEW_WINDOW_DAYS 90

/* The program at a glance. by_health is indexed by MentorHealthLevel (NONE
 * counts proposed and closed ones). Meetings count those whose local day is
 * one of the MENTOR_OVERVIEW_WINDOW_DAYS days before today (today excluded,
 * so each has had its day): planned = held + missed + still scheduled
 * (cancelled ones were no longer planned to happen), counting the
 * occurrences of series nobody marked as still scheduled; held = held. Goals by status; milestones_overdue counts
 * open milestones of open goals past their due date. */
typedef struct {
  guint by_status[MENTOR_N_STATUSES];
  guint by_health[MENTOR_N_HEALTH_LEVELS];
  guint meetings_held;
  guint meetings_planned;
  guint goals_open;
  guint goals_achieved;
  guint goals_dropped;
  guint milestones_overdue;
} MentorOverview;

/* Fills *out as of today ("YYYY-MM-DD", NULL: mentor_today()). */
gboolean          mentor_store_get_overview         (MentorStore    *self,
                                                     const char     *today,
                                                     MentorOverview *out,
                                                     GError        **error);
/* The same, counting statuses and health from mentorships the caller has
 * already listed with mentor_store_list_mentorships() on the same day,
 * instead of listing them again (a view that shows both loads them once). */
gboolean          mentor_store_get_overview_for     (MentorStore    *self,
                                                     const char     *today,
                                                     GListModel     *mentorships,
                                                     MentorOverview *out,
                                                     GError        **error);

/* ---- Meetings, series, action items ------------------------------------- */

/* MentorMeeting items by start; mentorship_id 0 for all. */
GListModel       *mentor_store_list_meetings        (MentorStore *self,
                                                     gint64       mentorship_id);
/* Inserts (id 0) or updates. A stored occurrence of a series (series id set)
 * needs its recurrence-id to be an occurrence of that series that was not
 * taken out, and only one meeting per occurrence; it takes the series' UID.
 * A new one starts with a SEQUENCE above the series'. */
gboolean          mentor_store_save_meeting         (MentorStore   *self,
                                                     MentorMeeting *meeting,
                                                     GError       **error);
gboolean          mentor_store_delete_meeting       (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
GListModel       *mentor_store_list_series          (MentorStore *self,
                                                     gint64       mentorship_id);
/* Inserts (id 0) or updates after mentor_recurrence_check(). When the start,
 * zone or rule change, stored occurrences that no longer fall on an
 * occurrence become meetings of their own (series id and recurrence-id
 * cleared, a new UID), keeping what happened at them. */
gboolean          mentor_store_save_series          (MentorStore         *self,
                                                     MentorCheckinSeries *series,
                                                     GError             **error);
gboolean          mentor_store_delete_series        (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
GListModel       *mentor_store_list_action_items    (MentorStore *self,
                                                     gint64       meeting_id);
gboolean          mentor_store_save_action_item     (MentorStore      *self,
                                                     MentorActionItem *item,
                                                     GError          **error);
gboolean          mentor_store_delete_action_item   (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);

/* ---- Calendar (mentor-store-calendar.c, mentor-store-occurrences.c) ------- */

/* Everything on the calendar that starts in [from, to) (UTC instants), as
 * MentorMeeting items sorted by start, then mentorship:
 * - one-off meetings and stored occurrences of series, as stored;
 * - every other occurrence of every series, computed (mentor_recurrence_expand):
 *   id 0, the series' id, uid, tzid, duration, mode and location, status
 *   scheduled, recurrence-id = starts-at = the occurrence's start, agenda the
 *   series' summary.
 * Occurrences removed with mentor_store_delete_occurrence() (exdates) are not
 * listed; cancelled ones are, with their status. A completed or ended
 * mentorship has no computed occurrences after the day it closed. A stored
 * occurrence replaces the computed one wherever it was moved to (one moved
 * out of the range hides it too). mentorship_id 0 for all.
 * Every item has "mentorship-title" ("Mentor → Mentee") filled. A series
 * that cannot be expanded is skipped with a g_warning, never fails the list. */
GListModel       *mentor_store_list_calendar        (MentorStore *self,
                                                     gint64       mentorship_id,
                                                     const char  *from,
                                                     const char  *to);
/* One stored meeting, with "mentorship-title", or NULL with NOT_FOUND. */
MentorMeeting    *mentor_store_get_meeting          (MentorStore *self,
                                                     gint64       id,
                                                     GError     **error);
/* The first meeting or occurrence still scheduled that starts at or after
 * `after` (an instant; NULL: now), or NULL when none is planned. Never
 * looks past the horizon of a series (MENTOR_RECURRENCE_HORIZON_YEARS). */
MentorMeeting    *mentor_store_next_meeting         (MentorStore *self,
                                                     gint64       mentorship_id,
                                                     const char  *after);
/* Marks a meeting held, missed, cancelled or scheduled again: one click from
 * the agenda. A computed occurrence (id 0) is stored first as an occurrence
 * of its series with what the record holds (its id, uid and sequence are then
 * set on `meeting`); a stale computed record of an occurrence stored since is
 * refused (INVALID), the record left as it was. Raises the sequence when the
 * status changes. */
gboolean          mentor_store_set_meeting_status   (MentorStore        *self,
                                                     MentorMeeting      *meeting,
                                                     MentorMeetingStatus status,
                                                     GError            **error);
/* Takes one occurrence out of its series: its local start joins the series'
 * exdates and a stored occurrence for it is deleted, in one transaction. */
gboolean          mentor_store_delete_occurrence    (MentorStore *self,
                                                     gint64       series_id,
                                                     const char  *recurrence_id,
                                                     GError     **error);
/* "This and following": ends series_id before the occurrence recurrence_id
 * (mentor_recurrence_end_before) and saves `following` (its mentorship, time,
 * zone, duration, rule, location as the user set them; id 0, uid empty) as a
 * new series; stored occurrences at or after recurrence_id move to it, their
 * recurrence-ids shifted by the change of start. When recurrence_id is the
 * first occurrence the series itself takes following's terms instead. One
 * transaction; following's id is set. */
gboolean          mentor_store_split_series         (MentorStore         *self,
                                                     gint64               series_id,
                                                     const char          *recurrence_id,
                                                     MentorCheckinSeries *following,
                                                     GError             **error);
/* The goals a meeting worked on, as gint64 ids in goal order; empty for
 * none. Free with g_array_unref(). */
GArray           *mentor_store_list_meeting_goals   (MentorStore *self,
                                                     gint64       meeting_id);
/* Replaces the goals a meeting worked on; each must belong to the meeting's
 * mentorship (INVALID otherwise). */
gboolean          mentor_store_set_meeting_goals    (MentorStore  *self,
                                                     gint64        meeting_id,
                                                     const gint64 *goal_ids,
                                                     guint         n_goals,
                                                     GError      **error);

/* ---- Coordinator tools (mentor-store-coordinator.c) ----------------------- */

/* Every mentorship with its ids, kind, status and dates only (no names, focus
 * areas, health or next check-in), by id: for bulk checks such as matching
 * and CSV import, where the full list would cost too much. */
GListModel       *mentor_store_list_mentorships_brief (MentorStore *self,
                                                       GError     **error);

G_END_DECLS
