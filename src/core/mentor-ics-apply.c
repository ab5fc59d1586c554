/* mentor-ics-apply.c — writing an import plan, in one transaction
 *
 * Series first, so that their occurrences find them; then occurrences and
 * single meetings. Each row goes through the store's own save functions
 * (every check of the store applies) inside mentor_store_batch(): one
 * refusal and nothing is written. The SEQUENCE of what was written is
 * raised to the file's, so a newer file from elsewhere is still newer.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-ics-plan-private.h"
#include "mentor-ics-private.h"
#include "mentor-recurrence.h"
#include "mentor-store-ics.h"

typedef struct {
  MentorIcsPlan   *plan;
  MentorIcsCounts  counts;
} Apply;

static gboolean
raise_sequence (MentorIcsPlan  *self,
                Entry          *entry,
                gboolean        is_series,
                gint64          id,
                GError        **error)
{
  if (entry->event->sequence <= 0)
    return TRUE;

  return mentor_store_raise_sequence (self->store, is_series, id, (guint) entry->event->sequence, error);
}

/* Cancelling a series ends it before now: what happened stays, nothing more
 * is planned. A series that had not begun goes; its stored occurrences
 * still to come are marked cancelled. */
static gboolean
cancel_series (MentorIcsPlan  *self,
               Entry          *entry,
               GError        **error)
{
  MentorCheckinSeries *series = entry->series;
  g_autoptr(GPtrArray) next = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *far = mentor_ics_instant_add (self->now, (gint64) 60 * 60 * 24 * 366 * MENTOR_RECURRENCE_HORIZON_YEARS);
  g_autofree char *rule = NULL;
  gint64 series_id = mentor_checkin_series_get_id (series);

  next = mentor_recurrence_expand (mentor_checkin_series_get_dtstart (series),
                                   mentor_checkin_series_get_tzid (series),
                                   mentor_checkin_series_get_rrule (series),
                                   mentor_checkin_series_get_exdates (series),
                                   self->now, far, 1, error);
  if (next == NULL)
    return FALSE;

  meetings = mentor_store_list_meetings (self->store, mentor_checkin_series_get_mentorship_id (series));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mentor_meeting_get_series_id (meeting) == series_id &&
          mentor_meeting_get_status (meeting) == MENTOR_MEETING_SCHEDULED &&
          g_strcmp0 (mentor_meeting_get_starts_at (meeting), self->now) >= 0)
        {
          mentor_meeting_set_status (meeting, MENTOR_MEETING_CANCELLED);
          if (!mentor_store_save_meeting (self->store, meeting, error))
            return FALSE;
        }
    }

  if (next->len == 0)
    return TRUE;

  rule = mentor_recurrence_end_before (mentor_checkin_series_get_dtstart (series),
                                       mentor_checkin_series_get_tzid (series),
                                       mentor_checkin_series_get_rrule (series),
                                       g_ptr_array_index (next, 0), NULL);
  if (rule == NULL)
    return mentor_store_delete_series (self->store, series_id, error);

  mentor_checkin_series_set_rrule (series, rule);
  return mentor_store_save_series (self->store, series, error) &&
         raise_sequence (self, entry, TRUE, series_id, error);
}

static gboolean
apply_series (Apply   *apply,
              Entry   *entry,
              GError **error)
{
  MentorIcsPlan *self = apply->plan;
  MentorIcsAction action = mentor_ics_entry_action (self, entry);
  g_autoptr(MentorCheckinSeries) created = NULL;
  SeriesState state = { .mode = MENTOR_N_MODES };
  MentorCheckinSeries *series;
  gboolean ok;

  switch (action)
    {
    case MENTOR_ICS_ACTION_SKIP:
      apply->counts.skipped++;
      return TRUE;
    case MENTOR_ICS_ACTION_UNCHANGED:
      apply->counts.unchanged++;
      entry->stored_id = mentor_checkin_series_get_id (entry->series);
      return TRUE;
    case MENTOR_ICS_ACTION_CANCEL:
      apply->counts.cancelled++;
      entry->stored_id = mentor_checkin_series_get_id (entry->series);
      return cancel_series (self, entry, error);
    case MENTOR_ICS_ACTION_NEW:
    case MENTOR_ICS_ACTION_UPDATE:
    case MENTOR_ICS_N_ACTIONS:
    default:
      break;
    }

  if (action == MENTOR_ICS_ACTION_NEW)
    {
      series = created = mentor_checkin_series_new ();
      mentor_checkin_series_set_mentorship_id (series, mentor_ics_item_get_mentorship_id (entry->item));
      mentor_checkin_series_set_uid (series, entry->event->uid);
      apply->counts.added++;
    }
  else
    {
      series = entry->series;
      mentor_ics_series_state_from_record (&state, series);
      apply->counts.updated++;
    }

  mentor_ics_series_state_apply (&state, entry->event);
  mentor_ics_series_state_to_record (&state, series);
  mentor_ics_series_state_clear (&state);

  ok = mentor_store_save_series (self->store, series, error);
  if (ok)
    {
      entry->stored_id = mentor_checkin_series_get_id (series);
      ok = raise_sequence (self, entry, TRUE, entry->stored_id, error);
    }

  return ok;
}

static gboolean
apply_meeting (Apply   *apply,
               Entry   *entry,
               GError **error)
{
  MentorIcsPlan *self = apply->plan;
  MentorIcsAction action = mentor_ics_entry_action (self, entry);
  g_autoptr(MentorMeeting) created = NULL;
  MeetingState state = { 0, };
  MentorMeeting *meeting;
  gint64 series_id = 0;

  if (entry->event->kind == MENTOR_ICS_EVENT_OCCURRENCE && entry->uid == NULL)
    {
      if (entry->master >= 0)
        series_id = ((Entry *) g_ptr_array_index (self->entries, entry->master))->stored_id;
      if (series_id == 0 && entry->series != NULL)
        series_id = mentor_checkin_series_get_id (entry->series);

      /* The series was left out (no mentorship chosen): so is this. */
      if (series_id == 0 && action != MENTOR_ICS_ACTION_UNCHANGED)
        action = MENTOR_ICS_ACTION_SKIP;
    }

  switch (action)
    {
    case MENTOR_ICS_ACTION_SKIP:
      apply->counts.skipped++;
      return TRUE;
    case MENTOR_ICS_ACTION_UNCHANGED:
      apply->counts.unchanged++;
      return TRUE;
    case MENTOR_ICS_ACTION_CANCEL:
      apply->counts.cancelled++;
      break;
    case MENTOR_ICS_ACTION_NEW:
      apply->counts.added++;
      break;
    case MENTOR_ICS_ACTION_UPDATE:
    case MENTOR_ICS_N_ACTIONS:
    default:
      apply->counts.updated++;
      break;
    }

  if (entry->meeting != NULL)
    {
      meeting = entry->meeting;
      mentor_ics_meeting_state_from_record (&state, meeting);
    }
  else
    {
      meeting = created = mentor_meeting_new ();
      mentor_meeting_set_mentorship_id (meeting, mentor_ics_item_get_mentorship_id (entry->item));
      mentor_meeting_set_mode (meeting, MENTOR_N_MODES);
      state.status = MENTOR_MEETING_SCHEDULED;
      state.mode = MENTOR_N_MODES;

      if (series_id != 0)
        {
          const char *dtstart, *tzid, *rrule, *exdates;
          MentorCheckinSeries *series = entry->series;

          mentor_meeting_set_series_id (meeting, series_id);
          mentor_meeting_set_recurrence_id (meeting, entry->recurrence_id);
          /* A bare cancellation keeps the occurrence's own time and terms. */
          mentor_ics_entry_master_terms (self, entry, &dtstart, &tzid, &rrule, &exdates);
          state.starts_at = g_strdup (entry->recurrence_id);
          state.tzid = g_strdup (tzid);
          if (series != NULL)
            {
              state.duration_min = mentor_checkin_series_get_duration_min (series);
              state.location = g_strdup (mentor_checkin_series_get_location (series));
              state.agenda = g_strdup (mentor_checkin_series_get_summary (series));
              state.mode = mentor_checkin_series_get_mode (series);
            }
        }
      else
        mentor_meeting_set_uid (meeting, entry->uid != NULL ? entry->uid : entry->event->uid);
    }

  mentor_ics_meeting_state_apply (&state, entry->event);
  if (state.duration_min == 0)
    state.duration_min = 30;
  mentor_ics_meeting_state_to_record (&state, meeting);
  mentor_ics_meeting_state_clear (&state);

  if (!mentor_store_save_meeting (self->store, meeting, error))
    return FALSE;

  entry->stored_id = mentor_meeting_get_id (meeting);
  return raise_sequence (self, entry, FALSE, entry->stored_id, error);
}

static gboolean
apply_cb (MentorStore  *store,
          gpointer      user_data,
          GError      **error)
{
  Apply *apply = user_data;
  GPtrArray *entries = apply->plan->entries;

  /* Series first, so their occurrences find them. */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (entry->event->kind == MENTOR_ICS_EVENT_SERIES && !apply_series (apply, entry, error))
        return FALSE;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);

      if (entry->event->kind != MENTOR_ICS_EVENT_SERIES && !apply_meeting (apply, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- Public API ------------------------------------------------------------ */

gboolean
mentor_ics_plan_apply (MentorIcsPlan    *self,
                       MentorIcsCounts  *counts,
                       GError          **error)
{
  Apply apply = { self, { 0, } };

  g_return_val_if_fail (MENTOR_IS_ICS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->applied)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                           _("This file has already been imported; open it again to import it anew."));
      return FALSE;
    }

  if (!mentor_store_batch (self->store, apply_cb, &apply, error))
    return FALSE;

  self->applied = TRUE;
  if (counts != NULL)
    *counts = apply.counts;

  return TRUE;
}

char *
mentor_ics_counts_describe (const MentorIcsCounts *counts,
                            const char            *file_name)
{
  g_return_val_if_fail (counts != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  /* TRANSLATORS: the line an import ends with: "Imported invites.ics: 3 added,
   * 1 updated, 8 unchanged, 1 cancelled, 0 left out" */
  return g_strdup_printf (_("Imported %s: %u added, %u updated, %u unchanged, %u cancelled, %u left out"),
                          file_name, counts->added, counts->updated, counts->unchanged,
                          counts->cancelled, counts->skipped);
}
