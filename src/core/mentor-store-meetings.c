/* mentor-store-meetings.c — meetings, check-in series and action items
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

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

  mentor_meeting_status_from_string (mentor_store_column_text (stmt, 8), &status);
  mentor_meeting_set_id (meeting, sqlite3_column_int64 (stmt, 0));
  mentor_meeting_set_mentorship_id (meeting, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_meeting_set_series_id (meeting, MAX (sqlite3_column_int64 (stmt, 2), 0));
  mentor_meeting_set_uid (meeting, mentor_store_column_text (stmt, 3));
  mentor_meeting_set_recurrence_id (meeting, mentor_store_column_optional (stmt, 4));
  mentor_meeting_set_starts_at (meeting, mentor_store_column_optional (stmt, 5));
  mentor_meeting_set_tzid (meeting, mentor_store_column_text (stmt, 6));
  mentor_meeting_set_duration_min (meeting, mentor_store_column_uint (stmt, 7));
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_location (meeting, mentor_store_column_text (stmt, 9));
  mentor_meeting_set_agenda (meeting, mentor_store_column_text (stmt, 10));
  mentor_meeting_set_summary (meeting, mentor_store_column_text (stmt, 11));
  mentor_meeting_set_private_notes (meeting, mentor_store_column_text (stmt, 12));

  return meeting;
}

GListModel *
mentor_store_list_meetings (MentorStore *self,
                            gint64       mentorship_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_MEETING,
                                 "SELECT " MEETING_COLUMNS " FROM meeting "
                                 "WHERE ?1 = 0 OR mentorship_id = ?1 "
                                 "ORDER BY starts_at, id",
                                 mentorship_id, (MentorStoreRowFunc) meeting_from_row);
}

static gboolean
save_meeting_in_transaction (MentorStore    *self,
                             MentorMeeting  *meeting,
                             gint64         *new_id,
                             char          **stored_uid,
                             GError        **error)
{
  g_autofree char *uid = mentor_store_trimmed (mentor_meeting_get_uid (meeting));
  g_autofree char *tzid = mentor_store_trimmed (mentor_meeting_get_tzid (meeting));
  g_autofree char *updated_at = now_instant ();
  const char *starts_at = mentor_meeting_get_starts_at (meeting);
  const char *recurrence_id = mentor_meeting_get_recurrence_id (meeting);
  gint64 id = mentor_meeting_get_id (meeting);
  gint64 mentorship_id = mentor_meeting_get_mentorship_id (meeting);
  gint64 series_id = mentor_meeting_get_series_id (meeting);
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (uid, error) ||
      !mentor_store_check_utf8 (mentor_meeting_get_location (meeting), error) ||
      !mentor_store_check_utf8 (mentor_meeting_get_agenda (meeting), error) ||
      !mentor_store_check_utf8 (mentor_meeting_get_summary (meeting), error) ||
      !mentor_store_check_utf8 (mentor_meeting_get_private_notes (meeting), error))
    return FALSE;

  if (starts_at == NULL)
    return mentor_store_fail_invalid (error, "%s", _("Enter when the meeting starts."));
  if (!mentor_instant_is_valid (starts_at))
    {
      g_autofree char *shown = g_utf8_make_valid (starts_at, -1);
      return mentor_store_fail_invalid (error, _("“%s” is not a valid time."), shown);
    }
  if (recurrence_id != NULL && !mentor_instant_is_valid (recurrence_id))
    {
      g_autofree char *shown = g_utf8_make_valid (recurrence_id, -1);
      return mentor_store_fail_invalid (error, _("“%s” is not a valid time."), shown);
    }

  if (*tzid == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Choose the time zone of the meeting."));
  if (!mentor_store_check_zone (tzid, error) || !mentor_store_check_duration (mentor_meeting_get_duration_min (meeting), error))
    return FALSE;

  if (!mentor_store_check_mentorship_exists (self, mentorship_id, error))
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
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;

      if (!found || sqlite3_column_int64 (stmt, 0) != mentorship_id)
        {
          sqlite3_reset (stmt);
          return mentor_store_fail_invalid (error, "%s",
                                            _("The check-in series is not one of this mentorship."));
        }

      /* An occurrence carries the UID of its series, as RECURRENCE-ID does. */
      if (*uid == '\0' && recurrence_id != NULL)
        {
          g_free (uid);
          uid = g_strdup (mentor_store_column_text (stmt, 1));
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
  mentor_store_bind_id (stmt, 2, series_id);
  mentor_store_bind_text (stmt, 3, uid);
  mentor_store_bind_optional (stmt, 4, recurrence_id);
  mentor_store_bind_text (stmt, 5, starts_at);
  mentor_store_bind_text (stmt, 6, tzid);
  sqlite3_bind_int (stmt, 7, (int) mentor_meeting_get_duration_min (meeting));
  mentor_store_bind_text (stmt, 8, mentor_meeting_status_to_string (mentor_meeting_get_status (meeting)));
  mentor_store_bind_text (stmt, 9, mentor_meeting_get_location (meeting));
  mentor_store_bind_text (stmt, 10, mentor_meeting_get_agenda (meeting));
  mentor_store_bind_text (stmt, 11, mentor_meeting_get_summary (meeting));
  mentor_store_bind_text (stmt, 12, mentor_meeting_get_private_notes (meeting));
  mentor_store_bind_text (stmt, 13, updated_at);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 14, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This meeting is no longer in the data file."));

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

  return mentor_store_delete_row (self, "DELETE FROM meeting WHERE id = ?1", id, MENTOR_CHANGE_MEETINGS,
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
  mentor_checkin_series_set_uid (series, mentor_store_column_text (stmt, 2));
  mentor_checkin_series_set_summary (series, mentor_store_column_text (stmt, 3));
  mentor_checkin_series_set_dtstart (series, mentor_store_column_optional (stmt, 4));
  mentor_checkin_series_set_tzid (series, mentor_store_column_text (stmt, 5));
  mentor_checkin_series_set_duration_min (series, mentor_store_column_uint (stmt, 6));
  mentor_checkin_series_set_rrule (series, mentor_store_column_text (stmt, 7));
  mentor_checkin_series_set_exdates (series, mentor_store_column_text (stmt, 8));
  mentor_checkin_series_set_location (series, mentor_store_column_text (stmt, 9));

  return series;
}

GListModel *
mentor_store_list_series (MentorStore *self,
                          gint64       mentorship_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_CHECKIN_SERIES,
                                 "SELECT " SERIES_COLUMNS " FROM checkin_series "
                                 "WHERE ?1 = 0 OR mentorship_id = ?1 "
                                 "ORDER BY dtstart, id",
                                 mentorship_id, (MentorStoreRowFunc) series_from_row);
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
          return mentor_store_fail_invalid (error, _("The skipped date “%s” is not a valid date and time."),
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
  g_autofree char *uid = mentor_store_trimmed (mentor_checkin_series_get_uid (series));
  g_autofree char *tzid = mentor_store_trimmed (mentor_checkin_series_get_tzid (series));
  g_autofree char *rrule = mentor_store_trimmed (mentor_checkin_series_get_rrule (series));
  g_autofree char *updated_at = now_instant ();
  const char *dtstart = mentor_checkin_series_get_dtstart (series);
  const char *exdates = mentor_checkin_series_get_exdates (series);
  gint64 id = mentor_checkin_series_get_id (series);
  gint64 mentorship_id = mentor_checkin_series_get_mentorship_id (series);
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (uid, error) || !mentor_store_check_utf8 (rrule, error) ||
      !mentor_store_check_utf8 (mentor_checkin_series_get_summary (series), error) ||
      !mentor_store_check_utf8 (mentor_checkin_series_get_location (series), error))
    return FALSE;

  if (dtstart == NULL)
    return mentor_store_fail_invalid (error, "%s", _("Enter when the first check-in is."));
  if (!mentor_local_time_is_valid (dtstart))
    {
      g_autofree char *shown = g_utf8_make_valid (dtstart, -1);
      return mentor_store_fail_invalid (error, _("“%s” is not a valid date and time."), shown);
    }

  if (*tzid == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Choose the time zone of the check-ins."));
  if (!mentor_store_check_zone (tzid, error) ||
      !mentor_store_check_duration (mentor_checkin_series_get_duration_min (series), error) ||
      !check_exdates (exdates, error))
    return FALSE;

  if (!rrule_is_valid (rrule))
    {
      g_autofree char *shown = g_utf8_make_valid (rrule, -1);
      return mentor_store_fail_invalid (error, _("“%s” is not a repeat rule Mentor understands."), shown);
    }

  if (!mentor_store_check_mentorship_exists (self, mentorship_id, error))
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
  mentor_store_bind_text (stmt, 2, uid);
  mentor_store_bind_text (stmt, 3, mentor_checkin_series_get_summary (series));
  mentor_store_bind_text (stmt, 4, dtstart);
  mentor_store_bind_text (stmt, 5, tzid);
  sqlite3_bind_int (stmt, 6, (int) mentor_checkin_series_get_duration_min (series));
  mentor_store_bind_text (stmt, 7, rrule);
  mentor_store_bind_text (stmt, 8, exdates);
  mentor_store_bind_text (stmt, 9, mentor_checkin_series_get_location (series));
  mentor_store_bind_text (stmt, 10, updated_at);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 11, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This check-in series is no longer in the data file."));

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
  return mentor_store_delete_row (self, "DELETE FROM checkin_series WHERE id = ?1", id,
                                  MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS,
                                  _("This check-in series is no longer in the data file."), error);
}

#define ACTION_ITEM_COLUMNS "id, meeting_id, text, owner, due_on, done_on"

static MentorActionItem *
action_item_from_row (sqlite3_stmt *stmt)
{
  MentorActionItem *item = mentor_action_item_new ();
  MentorOwner owner = MENTOR_OWNER_MENTEE;

  mentor_owner_from_string (mentor_store_column_text (stmt, 3), &owner);
  mentor_action_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  mentor_action_item_set_meeting_id (item, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_action_item_set_text (item, mentor_store_column_text (stmt, 2));
  mentor_action_item_set_owner (item, owner);
  mentor_action_item_set_due_on (item, mentor_store_column_optional (stmt, 4));
  mentor_action_item_set_done_on (item, mentor_store_column_optional (stmt, 5));

  return item;
}

GListModel *
mentor_store_list_action_items (MentorStore *self,
                                gint64       meeting_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_ACTION_ITEM,
                                 "SELECT " ACTION_ITEM_COLUMNS " FROM action_item "
                                 "WHERE meeting_id = ?1 ORDER BY id",
                                 meeting_id, (MentorStoreRowFunc) action_item_from_row);
}

static gboolean
save_action_item_in_transaction (MentorStore       *self,
                                 MentorActionItem  *item,
                                 gint64            *new_id,
                                 GError           **error)
{
  g_autofree char *text = mentor_store_trimmed (mentor_action_item_get_text (item));
  gint64 id = mentor_action_item_get_id (item);
  gint64 meeting_id = mentor_action_item_get_meeting_id (item);
  gboolean exists = FALSE;
  sqlite3_stmt *stmt;

  if (!mentor_store_check_utf8 (text, error))
    return FALSE;

  if (*text == '\0')
    return mentor_store_fail_invalid (error, "%s", _("Enter what needs to be done."));

  if (!mentor_store_check_date (mentor_action_item_get_due_on (item),
                                _("The due date “%s” is not a valid date."), error) ||
      !mentor_store_check_date (mentor_action_item_get_done_on (item),
                                _("The date it was done, “%s”, is not a valid date."), error))
    return FALSE;

  if (meeting_id == 0)
    return mentor_store_fail_invalid (error, "%s", _("Choose the meeting the action item belongs to."));
  if (!mentor_store_row_exists (self, "SELECT 1 FROM meeting WHERE id = ?1", meeting_id, &exists, error))
    return FALSE;
  if (!exists)
    return mentor_store_fail_invalid (error, "%s", _("The meeting is no longer in the data file."));

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
  mentor_store_bind_text (stmt, 2, text);
  mentor_store_bind_text (stmt, 3, mentor_owner_to_string (mentor_action_item_get_owner (item)));
  mentor_store_bind_optional (stmt, 4, mentor_action_item_get_due_on (item));
  mentor_store_bind_optional (stmt, 5, mentor_action_item_get_done_on (item));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This action item is no longer in the data file."));

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

  return mentor_store_delete_row (self, "DELETE FROM action_item WHERE id = ?1", id, MENTOR_CHANGE_MEETINGS,
                                  _("This action item is no longer in the data file."), error);
}

/* ---- Reviews -------------------------------------------------------------- */

#define REVIEW_COLUMNS "id, mentorship_id, author, rating, note, written_on"

static MentorReview *
review_from_row (sqlite3_stmt *stmt)
{
  MentorReview *review = mentor_review_new ();
  MentorOwner author = MENTOR_OWNER_MENTOR;

  mentor_owner_from_string (mentor_store_column_text (stmt, 2), &author);
  mentor_review_set_id (review, sqlite3_column_int64 (stmt, 0));
  mentor_review_set_mentorship_id (review, MAX (sqlite3_column_int64 (stmt, 1), 0));
  mentor_review_set_author (review, author);
  mentor_review_set_rating (review, CLAMP (mentor_store_column_uint (stmt, 3),
                                           MENTOR_REVIEW_MIN_RATING, MENTOR_REVIEW_MAX_RATING));
  mentor_review_set_note (review, mentor_store_column_text (stmt, 4));
  mentor_review_set_written_on (review, mentor_store_column_optional (stmt, 5));

  return review;
}

GListModel *
mentor_store_list_reviews (MentorStore *self,
                           gint64       mentorship_id)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), NULL);

  return mentor_store_list_rows (self, MENTOR_TYPE_REVIEW,
                                 "SELECT " REVIEW_COLUMNS " FROM review WHERE mentorship_id = ?1 "
                                 "ORDER BY written_on DESC, id DESC",
                                 mentorship_id, (MentorStoreRowFunc) review_from_row);
}

static gboolean
save_review_in_transaction (MentorStore   *self,
                            MentorReview  *review,
                            const char    *written_on,
                            gint64        *new_id,
                            GError       **error)
{
  g_autofree char *note = mentor_store_trimmed (mentor_review_get_note (review));
  gint64 id = mentor_review_get_id (review);
  gint64 mentorship_id = mentor_review_get_mentorship_id (review);
  guint rating = mentor_review_get_rating (review);
  g_autofree char *started_on = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  if (!mentor_store_check_utf8 (note, error))
    return FALSE;

  if (rating < MENTOR_REVIEW_MIN_RATING || rating > MENTOR_REVIEW_MAX_RATING)
    return mentor_store_fail_invalid (error, "%s", _("Choose a rating from 1 to 5."));

  if (!mentor_store_check_date (written_on, _("The date of the review, “%s”, is not a valid date."), error))
    return FALSE;

  if (!mentor_store_check_mentorship_exists (self, mentorship_id, error))
    return FALSE;

  stmt = mentor_store_prepare (self, "SELECT started_on FROM mentorship WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  if (found)
    started_on = g_strdup (mentor_store_column_optional (stmt, 0));
  sqlite3_reset (stmt);

  /* A review is of a relationship that has begun. */
  if (started_on == NULL)
    return mentor_store_fail_invalid (error, "%s", _("A mentorship can be reviewed once it has started."));
  if (strcmp (written_on, started_on) < 0)
    return mentor_store_fail_invalid (error, "%s", _("A review cannot be dated before the mentorship started."));

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO review (mentorship_id, author, rating, note, written_on) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE review SET mentorship_id = ?1, author = ?2, rating = ?3, "
                                 "  note = ?4, written_on = ?5 "
                                 "WHERE id = ?6",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  mentor_store_bind_text (stmt, 2, mentor_owner_to_string (mentor_review_get_author (review)));
  sqlite3_bind_int (stmt, 3, (int) rating);
  mentor_store_bind_text (stmt, 4, note);
  mentor_store_bind_text (stmt, 5, written_on);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This review is no longer in the data file."));

  return TRUE;
}

gboolean
mentor_store_save_review (MentorStore   *self,
                          MentorReview  *review,
                          GError       **error)
{
  g_autofree char *written_on = NULL;
  gint64 new_id = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  written_on = g_strdup (mentor_review_get_written_on (review));
  if (written_on == NULL)
    written_on = mentor_today ();

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!save_review_in_transaction (self, review, written_on, &new_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_REVIEWS, error))
    return FALSE;

  if (new_id != 0)
    mentor_review_set_id (review, new_id);
  mentor_review_set_written_on (review, written_on);
  {
    g_autofree char *note = mentor_store_trimmed (mentor_review_get_note (review));
    mentor_review_set_note (review, note);
  }

  return TRUE;
}

gboolean
mentor_store_delete_review (MentorStore  *self,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mentor_store_delete_row (self, "DELETE FROM review WHERE id = ?1", id,
                                  MENTOR_CHANGE_REVIEWS,
                                  _("This review is no longer in the data file."), error);
}

gboolean
mentor_store_reviews_due (MentorStore  *self,
                          gint64        mentorship_id,
                          const char   *today,
                          char        **mentor_due,
                          char        **mentee_due)
{
  g_autofree char *own_today = NULL;
  g_autofree char *started_on = NULL;
  char *last[2] = { NULL, NULL };
  char *due[2] = { NULL, NULL };
  MentorStatus status = MENTOR_STATUS_PROPOSED;
  gboolean is_due = FALSE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (today == NULL || mentor_date_is_valid (today), FALSE);

  if (mentor_due != NULL)
    *mentor_due = NULL;
  if (mentee_due != NULL)
    *mentee_due = NULL;

  if (today == NULL)
    today = own_today = mentor_today ();

  stmt = mentor_store_prepare (self,
                               "SELECT m.status, m.started_on, "
                               "  (SELECT max (written_on) FROM review r "
                               "   WHERE r.mentorship_id = m.id AND r.author = 'mentor'), "
                               "  (SELECT max (written_on) FROM review r "
                               "   WHERE r.mentorship_id = m.id AND r.author = 'mentee') "
                               "FROM mentorship m WHERE m.id = ?1",
                               NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      mentor_status_from_string (mentor_store_column_text (stmt, 0), &status);
      started_on = g_strdup (mentor_store_column_optional (stmt, 1));
      last[MENTOR_OWNER_MENTOR] = g_strdup (mentor_store_column_optional (stmt, 2));
      last[MENTOR_OWNER_MENTEE] = g_strdup (mentor_store_column_optional (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
    for (guint side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
      {
        due[side] = mentor_review_due_on (started_on, last[side]);
        if (due[side] != NULL && strcmp (due[side], today) <= 0)
          is_due = TRUE;
      }

  if (mentor_due != NULL)
    *mentor_due = g_steal_pointer (&due[MENTOR_OWNER_MENTOR]);
  if (mentee_due != NULL)
    *mentee_due = g_steal_pointer (&due[MENTOR_OWNER_MENTEE]);

  for (guint side = MENTOR_OWNER_MENTOR; side <= MENTOR_OWNER_MENTEE; side++)
    {
      g_free (last[side]);
      g_free (due[side]);
    }

  return is_due;
}
