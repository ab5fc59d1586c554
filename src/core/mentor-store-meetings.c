/* mentor-store-meetings.c — meetings, check-in series and action items
 *
 * The calendar built on them (occurrences, overrides, splits, meeting goals)
 * is in mentor-store-calendar.c; reviews are in mentor-store-reviews.c.
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- Meetings, series, action items -------------------------------------- */

char *
mentor_store_new_uid (void)
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

#define MEETING_COLUMNS MENTOR_STORE_MEETING_COLUMNS

/* NULL (not set: the mentorship's mode applies) or the stored word. */
static void
bind_mode (sqlite3_stmt *stmt,
           int           index,
           MentorMode    mode)
{
  mentor_store_bind_optional (stmt, index, mode < MENTOR_N_MODES ? mentor_mode_to_string (mode) : NULL);
}

static MentorMode
column_mode (sqlite3_stmt *stmt,
             int           index)
{
  MentorMode mode = MENTOR_N_MODES;
  const char *word = mentor_store_column_optional (stmt, index);

  if (word != NULL)
    mentor_mode_from_string (word, &mode);
  return mode;
}

MentorMeeting *
mentor_store_meeting_from_row (sqlite3_stmt *stmt)
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
  mentor_meeting_set_mode (meeting, column_mode (stmt, 13));
  mentor_meeting_set_sequence (meeting, mentor_store_column_uint (stmt, 14));

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
                                 mentorship_id, (MentorStoreRowFunc) mentor_store_meeting_from_row);
}

/* The day and time of an occurrence as people read it in the series' zone,
 * for sentences: "3 Mar 2026 09:00". */
static char *
occurrence_label (const char *instant,
                  const char *tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, tzid);
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;

  if (local == NULL)
    return g_strdup (instant);

  day = g_strndup (local, 10);
  date = mentor_date_to_label (day);
  return g_strdup_printf ("%s %.5s", date, local + 11);
}

/* An occurrence stored on its own ("override") must stand in for a real
 * occurrence of its series, one not taken out of it, and only once: two rows
 * for one occurrence would both show, and export as two RECURRENCE-IDs. */
static gboolean
check_override (MentorStore  *self,
                gint64        id,
                gint64        series_id,
                const char   *recurrence_id,
                const char   *dtstart,
                const char   *tzid,
                const char   *rrule,
                const char   *exdates,
                GError      **error)
{
  g_autofree char *label = NULL;
  g_autofree char *local = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  if (recurrence_id == NULL)
    return mentor_store_fail_invalid (error, "%s",
                                      _("A check-in of a series needs the time it was planned for."));

  label = occurrence_label (recurrence_id, tzid);
  if (!mentor_recurrence_has_instant (dtstart, tzid, rrule, recurrence_id))
    return mentor_store_fail_invalid (error, _("The series has no check-in on %s."), label);

  local = mentor_instant_to_local (recurrence_id, tzid);
  if (local != NULL && exdates != NULL && *exdates != '\0')
    {
      g_auto(GStrv) skipped = g_strsplit (exdates, ",", -1);

      if (g_strv_contains ((const char * const *) skipped, local))
        return mentor_store_fail_invalid (error, _("The check-in of %s was removed from its series."), label);
    }

  stmt = mentor_store_prepare (self,
                               "SELECT 1 FROM meeting "
                               "WHERE series_id = ?1 AND recurrence_id = ?2 AND id IS NOT ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  mentor_store_bind_text (stmt, 2, recurrence_id);
  mentor_store_bind_id (stmt, 3, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  sqlite3_reset (stmt);

  if (found)
    return mentor_store_fail_invalid (error, _("The check-in of %s already has its own entry in the calendar."),
                                      label);

  return TRUE;
}

gboolean
mentor_store_save_meeting_in_transaction (MentorStore    *self,
                                          MentorMeeting  *meeting,
                                          gint64         *new_id,
                                          char          **stored_uid,
                                          guint          *sequence,
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
  guint first_sequence = 0;
  sqlite3_stmt *stmt;
  gboolean found;

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
      g_autofree char *series_uid = NULL;
      g_autofree char *dtstart = NULL;
      g_autofree char *series_tzid = NULL;
      g_autofree char *rrule = NULL;
      g_autofree char *exdates = NULL;

      stmt = mentor_store_prepare (self,
                                   "SELECT mentorship_id, uid, dtstart, tzid, rrule, exdates, sequence "
                                   "FROM checkin_series WHERE id = ?1",
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

      series_uid = g_strdup (mentor_store_column_text (stmt, 1));
      dtstart = g_strdup (mentor_store_column_text (stmt, 2));
      series_tzid = g_strdup (mentor_store_column_text (stmt, 3));
      rrule = g_strdup (mentor_store_column_text (stmt, 4));
      exdates = g_strdup (mentor_store_column_text (stmt, 5));
      /* A calendar that had the occurrence from the series takes the new
       * entry only with a higher SEQUENCE than the series had. */
      first_sequence = mentor_store_column_uint (stmt, 6) + 1;
      sqlite3_reset (stmt);

      if (!check_override (self, id, series_id, recurrence_id, dtstart, series_tzid, rrule, exdates, error))
        return FALSE;

      /* An occurrence carries the UID of its series, as RECURRENCE-ID does. */
      g_free (uid);
      uid = g_steal_pointer (&series_uid);
    }

  if (*uid == '\0')
    {
      g_free (uid);
      uid = mentor_store_new_uid ();
    }

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO meeting (mentorship_id, series_id, uid, recurrence_id, "
                                 "  starts_at, tzid, duration_min, status, location, agenda, "
                                 "  summary, private_notes, updated_at, mode, sequence) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?15, ?16)",
                                 error);
  else
    /* SEQUENCE rises when what a calendar shows changes. */
    stmt = mentor_store_prepare (self,
                                 "UPDATE meeting SET "
                                 "  sequence = sequence + (starts_at IS NOT ?5 OR tzid IS NOT ?6 "
                                 "    OR duration_min IS NOT ?7 OR status IS NOT ?8 "
                                 "    OR location IS NOT ?9 OR agenda IS NOT ?10 OR mode IS NOT ?15), "
                                 "  mentorship_id = ?1, series_id = ?2, uid = ?3, "
                                 "  recurrence_id = ?4, starts_at = ?5, tzid = ?6, "
                                 "  duration_min = ?7, status = ?8, location = ?9, agenda = ?10, "
                                 "  summary = ?11, private_notes = ?12, updated_at = ?13, mode = ?15 "
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
  bind_mode (stmt, 15, mentor_meeting_get_mode (meeting));
  if (id == 0)
    sqlite3_bind_int64 (stmt, 16, first_sequence);
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This meeting is no longer in the data file."));

  stmt = mentor_store_prepare (self, "SELECT sequence FROM meeting WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  *sequence = found ? mentor_store_column_uint (stmt, 0) : 0;
  sqlite3_reset (stmt);

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
  guint sequence = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!mentor_store_save_meeting_in_transaction (self, meeting, &new_id, &uid, &sequence, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_MEETINGS, error))
    return FALSE;

  if (new_id != 0)
    mentor_meeting_set_id (meeting, new_id);
  mentor_meeting_set_uid (meeting, uid);
  mentor_meeting_set_sequence (meeting, sequence);

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

#define SERIES_COLUMNS MENTOR_STORE_SERIES_COLUMNS

MentorCheckinSeries *
mentor_store_series_from_row (sqlite3_stmt *stmt)
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
  mentor_checkin_series_set_mode (series, column_mode (stmt, 10));
  mentor_checkin_series_set_sequence (series, mentor_store_column_uint (stmt, 11));

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
                                 mentorship_id, (MentorStoreRowFunc) mentor_store_series_from_row);
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

/* After the time or rule of a series changed, a stored occurrence that no
 * longer falls on one of its occurrences stays as a meeting of its own: it
 * keeps what happened (held, notes) and no longer claims to replace an
 * occurrence that does not exist. */
gboolean
mentor_store_detach_strays (MentorStore  *self,
                            gint64        series_id,
                            const char   *dtstart,
                            const char   *tzid,
                            const char   *rrule,
                            guint        *n_detached,
                            GError      **error)
{
  g_autoptr(GArray) strays = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = mentor_store_prepare (self,
                               "SELECT id, recurrence_id FROM meeting WHERE series_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (!mentor_recurrence_has_instant (dtstart, tzid, rrule, mentor_store_column_optional (stmt, 1)))
        g_array_append_val (strays, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < strays->len; i++)
    {
      g_autofree char *uid = mentor_store_new_uid ();

      stmt = mentor_store_prepare (self,
                                   "UPDATE meeting SET series_id = NULL, recurrence_id = NULL, uid = ?2, "
                                   "  sequence = sequence + 1 "
                                   "WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (strays, gint64, i));
      mentor_store_bind_text (stmt, 2, uid);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  if (n_detached != NULL)
    *n_detached = strays->len;
  return TRUE;
}

gboolean
mentor_store_save_series_in_transaction (MentorStore          *self,
                                         MentorCheckinSeries  *series,
                                         gint64               *new_id,
                                         char                **stored_uid,
                                         guint                *sequence,
                                         MentorChange         *what,
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
  gboolean timing_changed = FALSE;
  guint n_detached = 0;
  sqlite3_stmt *stmt;
  gboolean found;

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

  /* The whole rule, strictly: libical alone would take some broken rules
   * silently (mentor-recurrence.c). */
  if (!mentor_recurrence_check (dtstart, tzid, rrule, error))
    return FALSE;

  if (!mentor_store_check_mentorship_exists (self, mentorship_id, error))
    return FALSE;

  if (*uid == '\0')
    {
      g_free (uid);
      uid = mentor_store_new_uid ();
    }

  if (id != 0)
    {
      stmt = mentor_store_prepare (self,
                                   "SELECT dtstart IS NOT ?2 OR tzid IS NOT ?3 OR rrule IS NOT ?4 "
                                   "FROM checkin_series WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      mentor_store_bind_text (stmt, 2, dtstart);
      mentor_store_bind_text (stmt, 3, tzid);
      mentor_store_bind_text (stmt, 4, rrule);
      if (!mentor_store_step_row (self, stmt, &found, error))
        return FALSE;
      timing_changed = found && sqlite3_column_int (stmt, 0) != 0;
      sqlite3_reset (stmt);
    }

  if (id == 0)
    stmt = mentor_store_prepare (self,
                                 "INSERT INTO checkin_series (mentorship_id, uid, summary, dtstart, "
                                 "  tzid, duration_min, rrule, exdates, location, updated_at, mode) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12)",
                                 error);
  else
    stmt = mentor_store_prepare (self,
                                 "UPDATE checkin_series SET "
                                 "  sequence = sequence + (summary IS NOT ?3 OR dtstart IS NOT ?4 "
                                 "    OR tzid IS NOT ?5 OR duration_min IS NOT ?6 "
                                 "    OR rrule IS NOT ?7 OR exdates IS NOT ?8 OR location IS NOT ?9 "
                                 "    OR mode IS NOT ?12), "
                                 "  mentorship_id = ?1, uid = ?2, summary = ?3, dtstart = ?4, "
                                 "  tzid = ?5, duration_min = ?6, rrule = ?7, exdates = ?8, "
                                 "  location = ?9, updated_at = ?10, mode = ?12 "
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
  bind_mode (stmt, 12, mentor_checkin_series_get_mode (series));
  if (!mentor_store_run (self, stmt, error))
    return FALSE;

  if (id == 0)
    *new_id = id = sqlite3_last_insert_rowid (self->db);
  else if (sqlite3_changes (self->db) == 0)
    return mentor_store_fail_not_found (error, _("This check-in series is no longer in the data file."));

  if (timing_changed && !mentor_store_detach_strays (self, id, dtstart, tzid, rrule, &n_detached, error))
    return FALSE;
  *what |= MENTOR_CHANGE_SERIES | (n_detached > 0 ? MENTOR_CHANGE_MEETINGS : 0);

  stmt = mentor_store_prepare (self, "SELECT sequence FROM checkin_series WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return FALSE;
  *sequence = found ? mentor_store_column_uint (stmt, 0) : 0;
  sqlite3_reset (stmt);

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
  guint sequence = 0;
  MentorChange what = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (series), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!mentor_store_save_series_in_transaction (self, series, &new_id, &uid, &sequence, &what, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, what, error))
    return FALSE;

  if (new_id != 0)
    mentor_checkin_series_set_id (series, new_id);
  mentor_checkin_series_set_uid (series, uid);
  mentor_checkin_series_set_sequence (series, sequence);

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
