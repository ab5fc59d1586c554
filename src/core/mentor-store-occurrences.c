/* mentor-store-occurrences.c — changing occurrences of check-in series:
 * marking one held, missed or cancelled (storing a computed one first),
 * taking one out of its series, and "this and following" splits
 *
 * Part of the store (mentor-store.c opens the file and runs transactions;
 * helpers shared by the parts are in mentor-store-private.h). How
 * occurrences are stored is described in mentor-store-calendar.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-records-private.h"
#include "mentor-store-private.h"

/* ---- Marking, taking out, splitting ------------------------------------------ */

gboolean
mentor_store_set_meeting_status (MentorStore          *self,
                                 MentorMeeting        *meeting,
                                 MentorMeetingStatus   status,
                                 GError              **error)
{
  g_autofree char *uid = NULL;
  MentorMeetingStatus old_status;
  gint64 new_id = 0;
  guint sequence = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail ((guint) status < MENTOR_N_MEETING_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  old_status = mentor_meeting_get_status (meeting);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (mentor_meeting_get_id (meeting) == 0)
    {
      /* A computed occurrence (or a new meeting): stored with its status. */
      mentor_meeting_set_status (meeting, status);
      if (!mentor_store_save_meeting_in_transaction (self, meeting, &new_id, &uid, &sequence, error))
        {
          mentor_meeting_set_status (meeting, old_status);
          mentor_store_rollback (self);
          return FALSE;
        }
    }
  else
    {
      sqlite3_stmt *stmt;
      gboolean found;

      stmt = mentor_store_prepare (self,
                                   "UPDATE meeting SET sequence = sequence + (status IS NOT ?2), "
                                   "  status = ?2, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        {
          mentor_store_rollback (self);
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, mentor_meeting_get_id (meeting));
      mentor_store_bind_text (stmt, 2, mentor_meeting_status_to_string (status));
      if (!mentor_store_run (self, stmt, error))
        {
          mentor_store_rollback (self);
          return FALSE;
        }
      if (sqlite3_changes (self->db) == 0)
        {
          mentor_store_rollback (self);
          return mentor_store_fail_not_found (error, _("This meeting is no longer in the data file."));
        }

      stmt = mentor_store_prepare (self, "SELECT sequence, uid FROM meeting WHERE id = ?1", error);
      if (stmt == NULL || (sqlite3_bind_int64 (stmt, 1, mentor_meeting_get_id (meeting)),
                           !mentor_store_step_row (self, stmt, &found, error)))
        {
          mentor_store_rollback (self);
          return FALSE;
        }
      sequence = found ? mentor_store_column_uint (stmt, 0) : 0;
      uid = g_strdup (found ? mentor_store_column_text (stmt, 1) : mentor_meeting_get_uid (meeting));
      sqlite3_reset (stmt);
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_MEETINGS, error))
    {
      mentor_meeting_set_status (meeting, old_status);
      return FALSE;
    }

  if (new_id != 0)
    mentor_meeting_set_id (meeting, new_id);
  mentor_meeting_set_uid (meeting, uid);
  mentor_meeting_set_status (meeting, status);
  mentor_meeting_set_sequence (meeting, sequence);

  return TRUE;
}

static MentorCheckinSeries *
load_series (MentorStore  *self,
             gint64        series_id,
             GError      **error)
{
  MentorCheckinSeries *series = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  stmt = mentor_store_prepare (self,
                               "SELECT " MENTOR_STORE_SERIES_COLUMNS " FROM checkin_series WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, series_id);
  if (!mentor_store_step_row (self, stmt, &found, error))
    return NULL;
  if (found)
    series = mentor_store_series_from_row (stmt);
  sqlite3_reset (stmt);

  if (series == NULL)
    mentor_store_fail_not_found (error, _("This check-in series is no longer in the data file."));

  return series;
}

static gboolean
check_occurrence (MentorCheckinSeries  *series,
                  const char           *recurrence_id,
                  GError              **error)
{
  const char *tzid = mentor_checkin_series_get_tzid (series);

  if (!mentor_instant_is_valid (recurrence_id))
    {
      g_autofree char *shown = recurrence_id != NULL ? g_utf8_make_valid (recurrence_id, -1) : g_strdup ("");
      return mentor_store_fail_invalid (error, _("“%s” is not a valid time."), shown);
    }

  if (!mentor_recurrence_has_instant (mentor_checkin_series_get_dtstart (series), tzid,
                                      mentor_checkin_series_get_rrule (series), recurrence_id))
    {
      g_autofree char *local = mentor_instant_to_local (recurrence_id, tzid);
      g_autofree char *day = g_strndup (local != NULL ? local : recurrence_id, 10);
      g_autofree char *label = mentor_date_to_label (day);

      return mentor_store_fail_invalid (error, _("The series has no check-in on %s."), label);
    }

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* exdates with `local` added, sorted, without repeats. */
static char *
exdates_with (const char *exdates,
              const char *local)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (exdates != NULL ? exdates : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0' && !g_ptr_array_find_with_equal_func (all, parts[i], g_str_equal, NULL))
        g_ptr_array_add (all, g_strdup (parts[i]));
    }
  if (local != NULL && !g_ptr_array_find_with_equal_func (all, local, g_str_equal, NULL))
    g_ptr_array_add (all, g_strdup (local));

  g_ptr_array_sort (all, compare_strings);
  g_ptr_array_add (all, NULL);
  return g_strjoinv (",", (char **) all->pdata);
}

static gboolean
write_exdates (MentorStore  *self,
               gint64        series_id,
               const char   *exdates,
               GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = mentor_store_prepare (self,
                               "UPDATE checkin_series SET sequence = sequence + (exdates IS NOT ?2), "
                               "  exdates = ?2, updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, series_id);
  mentor_store_bind_text (stmt, 2, exdates);
  return mentor_store_run (self, stmt, error);
}

static gboolean
delete_occurrence_in_transaction (MentorStore  *self,
                                  gint64        series_id,
                                  const char   *recurrence_id,
                                  GError      **error)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autofree char *local = NULL;
  g_autofree char *exdates = NULL;
  sqlite3_stmt *stmt;

  series = load_series (self, series_id, error);
  if (series == NULL || !check_occurrence (series, recurrence_id, error))
    return FALSE;

  local = mentor_instant_to_local (recurrence_id, mentor_checkin_series_get_tzid (series));
  exdates = exdates_with (mentor_checkin_series_get_exdates (series), local);
  if (!write_exdates (self, series_id, exdates, error))
    return FALSE;

  /* Its action items and goals go with it (ON DELETE CASCADE). */
  stmt = mentor_store_prepare (self, "DELETE FROM meeting WHERE series_id = ?1 AND recurrence_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  mentor_store_bind_text (stmt, 2, recurrence_id);
  return mentor_store_run (self, stmt, error);
}

gboolean
mentor_store_delete_occurrence (MentorStore  *self,
                                gint64        series_id,
                                const char   *recurrence_id,
                                GError      **error)
{
  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!delete_occurrence_in_transaction (self, series_id, recurrence_id, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  return mentor_store_commit (self, MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS, error);
}

/* Wall-time arithmetic: a local time read as if it were UTC. */
static gboolean
local_seconds (const char *local,
               gint64     *seconds)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) dt = NULL;

  if (!mentor_local_time_is_valid (local))
    return FALSE;

  iso = g_strconcat (local, "Z", NULL);
  dt = g_date_time_new_from_iso8601 (iso, NULL);
  if (dt == NULL)
    return FALSE;

  *seconds = g_date_time_to_unix (dt);
  return TRUE;
}

static char *
local_from_seconds (gint64 seconds)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (seconds);

  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%dT%H:%M:%S") : NULL;
}

/* An occurrence's start moved by `delta` seconds of wall time and read in
 * another zone: where it falls in the series that follows. */
static char *
shift_local (const char *local,
             gint64      delta)
{
  gint64 seconds;

  if (!local_seconds (local, &seconds))
    return NULL;

  return local_from_seconds (seconds + delta);
}

static char *
shift_instant (const char *instant,
               const char *from_tzid,
               gint64      delta,
               const char *to_tzid)
{
  g_autofree char *local = mentor_instant_to_local (instant, from_tzid);
  g_autofree char *moved = local != NULL ? shift_local (local, delta) : NULL;

  return moved != NULL ? mentor_local_to_instant (moved, to_tzid) : NULL;
}

typedef struct {
  gint64  id;
  char   *recurrence_id;
  char   *starts_at;
} Override;

static void
override_clear (gpointer data)
{
  Override *o = data;

  g_free (o->recurrence_id);
  g_free (o->starts_at);
}

static GArray *
load_overrides_from (MentorStore  *self,
                     gint64        series_id,
                     const char   *from,
                     GError      **error)
{
  g_autoptr(GArray) overrides = g_array_new (FALSE, TRUE, sizeof (Override));
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (overrides, override_clear);
  stmt = mentor_store_prepare (self,
                               "SELECT id, recurrence_id, starts_at FROM meeting "
                               "WHERE series_id = ?1 AND recurrence_id >= ?2 ORDER BY recurrence_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, series_id);
  mentor_store_bind_text (stmt, 2, from);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Override o = {
        sqlite3_column_int64 (stmt, 0),
        g_strdup (mentor_store_column_text (stmt, 1)),
        g_strdup (mentor_store_column_text (stmt, 2)),
      };

      g_array_append_val (overrides, o);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      mentor_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&overrides);
}

/* Moves stored occurrences to (series_id, uid) with their recurrence-ids
 * shifted; one that was not moved by hand keeps following its occurrence.
 * Two passes, so that a shift onto a start another row still holds never
 * meets the (uid, recurrence_id) unique index halfway. */
static gboolean
move_overrides (MentorStore  *self,
                GArray       *overrides,
                const char   *from_tzid,
                gint64        delta,
                gint64        series_id,
                const char   *uid,
                const char   *to_tzid,
                GError      **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < overrides->len; i++)
    {
      stmt = mentor_store_prepare (self, "UPDATE meeting SET uid = 'moving-' || id WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (overrides, Override, i).id);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < overrides->len; i++)
    {
      Override *o = &g_array_index (overrides, Override, i);
      g_autofree char *shifted = shift_instant (o->recurrence_id, from_tzid, delta, to_tzid);
      gboolean unmoved = g_strcmp0 (o->starts_at, o->recurrence_id) == 0;

      if (shifted == NULL)
        return mentor_store_fail_invalid (error, "%s", _("The check-ins could not be moved to the new times."));

      stmt = mentor_store_prepare (self,
                                   "UPDATE meeting SET series_id = ?2, uid = ?3, recurrence_id = ?4, "
                                   "  starts_at = coalesce (?5, starts_at), sequence = sequence + 1, "
                                   "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, o->id);
      sqlite3_bind_int64 (stmt, 2, series_id);
      mentor_store_bind_text (stmt, 3, uid);
      mentor_store_bind_text (stmt, 4, shifted);
      mentor_store_bind_optional (stmt, 5, unmoved ? shifted : NULL);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
split_in_transaction (MentorStore          *self,
                      gint64                series_id,
                      const char           *recurrence_id,
                      MentorCheckinSeries  *following,
                      gint64               *following_id,
                      char                **following_uid,
                      guint                *following_sequence,
                      GError              **error)
{
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(GPtrArray) kept_exdates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) overrides = NULL;
  g_autofree char *first = NULL;
  g_autofree char *old_local = NULL;
  g_autofree char *new_exdates = NULL;
  g_auto(GStrv) exdates = NULL;
  const char *old_tzid;
  const char *new_tzid = mentor_checkin_series_get_tzid (following);
  const char *new_dtstart = mentor_checkin_series_get_dtstart (following);
  gint64 old_seconds, new_seconds, delta;
  MentorChange what = 0;
  gint64 target_id;
  g_autofree char *target_uid = NULL;
  guint sequence = 0;

  series = load_series (self, series_id, error);
  if (series == NULL || !check_occurrence (series, recurrence_id, error))
    return FALSE;
  old_tzid = mentor_checkin_series_get_tzid (series);

  if (mentor_checkin_series_get_mentorship_id (following) == 0)
    mentor_checkin_series_set_mentorship_id (following, mentor_checkin_series_get_mentorship_id (series));
  else if (mentor_checkin_series_get_mentorship_id (following) != mentor_checkin_series_get_mentorship_id (series))
    return mentor_store_fail_invalid (error, "%s", _("The check-ins that follow must stay in the same mentorship."));

  if (!mentor_recurrence_check (new_dtstart, new_tzid, mentor_checkin_series_get_rrule (following), error))
    return FALSE;

  /* How far, in wall time, the occurrence at the split moves: every later
   * stored occurrence and skipped day moves as far. */
  old_local = mentor_instant_to_local (recurrence_id, old_tzid);
  if (old_local == NULL || !local_seconds (old_local, &old_seconds) || !local_seconds (new_dtstart, &new_seconds))
    return mentor_store_fail_invalid (error, "%s", _("The check-ins could not be moved to the new times."));
  delta = new_seconds - old_seconds;

  new_exdates = g_strdup (mentor_checkin_series_get_exdates (following));
  exdates = g_strsplit (mentor_checkin_series_get_exdates (series), ",", -1);
  for (guint i = 0; exdates[i] != NULL; i++)
    {
      g_autofree char *instant = mentor_local_to_instant (exdates[i], old_tzid);
      g_autofree char *moved = NULL;

      if (*exdates[i] == '\0')
        continue;
      if (instant == NULL || strcmp (instant, recurrence_id) < 0)
        {
          g_ptr_array_add (kept_exdates, g_strdup (exdates[i]));
          continue;
        }

      moved = shift_local (exdates[i], delta);
      if (moved != NULL)
        {
          char *merged = exdates_with (new_exdates, moved);

          g_free (new_exdates);
          new_exdates = merged;
        }
    }
  mentor_checkin_series_set_exdates (following, new_exdates);

  overrides = load_overrides_from (self, series_id, recurrence_id, error);
  if (overrides == NULL)
    return FALSE;

  first = mentor_local_to_instant (mentor_checkin_series_get_dtstart (series), old_tzid);
  if (g_strcmp0 (first, recurrence_id) == 0)
    {
      /* Nothing comes before: the series itself takes the new terms. */
      target_id = series_id;
      target_uid = g_strdup (mentor_checkin_series_get_uid (series));
      if (!move_overrides (self, overrides, old_tzid, delta, target_id, target_uid, new_tzid, error))
        return FALSE;

      mentor_checkin_series_set_summary (series, mentor_checkin_series_get_summary (following));
      mentor_checkin_series_set_dtstart (series, new_dtstart);
      mentor_checkin_series_set_tzid (series, new_tzid);
      mentor_checkin_series_set_duration_min (series, mentor_checkin_series_get_duration_min (following));
      mentor_checkin_series_set_rrule (series, mentor_checkin_series_get_rrule (following));
      mentor_checkin_series_set_exdates (series, new_exdates);
      mentor_checkin_series_set_location (series, mentor_checkin_series_get_location (following));
      mentor_checkin_series_set_mode (series, mentor_checkin_series_get_mode (following));
      {
        g_autofree char *ignored_uid = NULL;
        gint64 ignored_id = 0;

        if (!mentor_store_save_series_in_transaction (self, series, &ignored_id, &ignored_uid, &sequence, &what, error))
          return FALSE;
      }
    }
  else
    {
      g_autofree char *ended = NULL;
      g_autofree char *kept = NULL;
      sqlite3_stmt *stmt;
      gint64 new_id = 0;

      ended = mentor_recurrence_end_before (mentor_checkin_series_get_dtstart (series), old_tzid,
                                            mentor_checkin_series_get_rrule (series), recurrence_id, error);
      if (ended == NULL)
        return FALSE;

      g_ptr_array_add (kept_exdates, NULL);
      kept = g_strjoinv (",", (char **) kept_exdates->pdata);
      stmt = mentor_store_prepare (self,
                                   "UPDATE checkin_series SET rrule = ?2, exdates = ?3, sequence = sequence + 1, "
                                   "  updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, series_id);
      mentor_store_bind_text (stmt, 2, ended);
      mentor_store_bind_text (stmt, 3, kept);
      if (!mentor_store_run (self, stmt, error))
        return FALSE;

      mentor_checkin_series_set_uid (following, NULL);
      if (!mentor_store_save_series_in_transaction (self, following, &new_id, &target_uid, &sequence, &what, error))
        return FALSE;
      target_id = new_id;

      if (!move_overrides (self, overrides, old_tzid, delta, target_id, target_uid, new_tzid, error) ||
          !mentor_store_detach_strays (self, target_id, new_dtstart, new_tzid,
                                       mentor_checkin_series_get_rrule (following), NULL, error))
        return FALSE;
    }

  *following_id = target_id;
  *following_uid = g_steal_pointer (&target_uid);
  *following_sequence = sequence;
  return TRUE;
}

gboolean
mentor_store_split_series (MentorStore          *self,
                           gint64                series_id,
                           const char           *recurrence_id,
                           MentorCheckinSeries  *following,
                           GError              **error)
{
  g_autofree char *uid = NULL;
  gint64 id = 0;
  guint sequence = 0;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (following), FALSE);
  g_return_val_if_fail (mentor_checkin_series_get_id (following) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mentor_store_begin (self, error))
    return FALSE;

  if (!split_in_transaction (self, series_id, recurrence_id, following, &id, &uid, &sequence, error))
    {
      mentor_store_rollback (self);
      return FALSE;
    }

  if (!mentor_store_commit (self, MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MEETINGS, error))
    return FALSE;

  mentor_checkin_series_set_id (following, id);
  mentor_checkin_series_set_uid (following, uid);
  mentor_checkin_series_set_sequence (following, sequence);

  return TRUE;
}
