/* mentor-ics-state.c — the fields of a meeting or series that a calendar carries
 *
 * What an imported event would change is worked out as a state compared
 * with the stored one, so that importing the same file twice finds nothing
 * to change; the same state is then written to the record. Private notes
 * are not part of it: an import never touches them.
 */
#include "config.h"

#include "mentor-ics-plan-private.h"
#include "mentor-ics-private.h"

void
mentor_ics_meeting_state_clear (MeetingState *state)
{
  g_free (state->starts_at);
  g_free (state->tzid);
  g_free (state->location);
  g_free (state->agenda);
  g_free (state->summary);
}

void
mentor_ics_meeting_state_from_record (MeetingState  *state,
                                      MentorMeeting *meeting)
{
  state->starts_at = g_strdup (mentor_meeting_get_starts_at (meeting));
  state->tzid = g_strdup (mentor_meeting_get_tzid (meeting));
  state->duration_min = mentor_meeting_get_duration_min (meeting);
  state->status = mentor_meeting_get_status (meeting);
  state->location = g_strdup (mentor_meeting_get_location (meeting));
  state->agenda = g_strdup (mentor_meeting_get_agenda (meeting));
  state->summary = g_strdup (mentor_meeting_get_summary (meeting));
  state->mode = mentor_meeting_get_mode (meeting);
}

static void
replace (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value != NULL ? value : "");

  g_free (*field);
  *field = copy;
}

/* What the event changes in state. A cancellation message changes the
 * status only; text the file does not carry (the shared summary of a
 * meeting not written by Mentor, a mode) stays as it is. */
void
mentor_ics_meeting_state_apply (MeetingState   *state,
                                MentorIcsEvent *event)
{
  if (event->cancelled)
    state->status = MENTOR_MEETING_CANCELLED;
  else if (event->status >= 0)
    state->status = (MentorMeetingStatus) event->status;
  else if (state->status == MENTOR_MEETING_CANCELLED)
    state->status = MENTOR_MEETING_SCHEDULED;

  if (event->cancel_only)
    return;

  if (event->starts_at != NULL)
    {
      replace (&state->starts_at, event->starts_at);
      if (event->duration_min > 0)
        state->duration_min = event->duration_min;
      if (event->zone_given || state->tzid == NULL || *state->tzid == '\0')
        replace (&state->tzid, event->tzid);
    }
  replace (&state->location, event->location);
  replace (&state->agenda, event->agenda);
  if (event->shared_summary != NULL)
    replace (&state->summary, event->shared_summary);
  if (event->mode != MENTOR_N_MODES)
    state->mode = event->mode;
}

gboolean
mentor_ics_meeting_state_equal (const MeetingState *a,
                                const MeetingState *b)
{
  return g_strcmp0 (a->starts_at, b->starts_at) == 0 && g_strcmp0 (a->tzid, b->tzid) == 0 &&
         a->duration_min == b->duration_min && a->status == b->status &&
         g_strcmp0 (a->location, b->location) == 0 && g_strcmp0 (a->agenda, b->agenda) == 0 &&
         g_strcmp0 (a->summary, b->summary) == 0 && a->mode == b->mode;
}

void
mentor_ics_meeting_state_to_record (const MeetingState *state,
                                    MentorMeeting      *meeting)
{
  mentor_meeting_set_starts_at (meeting, state->starts_at);
  mentor_meeting_set_tzid (meeting, state->tzid);
  mentor_meeting_set_duration_min (meeting, state->duration_min);
  mentor_meeting_set_status (meeting, state->status);
  mentor_meeting_set_location (meeting, state->location);
  mentor_meeting_set_agenda (meeting, state->agenda);
  mentor_meeting_set_summary (meeting, state->summary);
  mentor_meeting_set_mode (meeting, state->mode);
}

void
mentor_ics_series_state_clear (SeriesState *state)
{
  g_free (state->dtstart);
  g_free (state->tzid);
  g_free (state->rrule);
  g_free (state->exdates);
  g_free (state->location);
  g_free (state->summary);
}

void
mentor_ics_series_state_from_record (SeriesState         *state,
                                     MentorCheckinSeries *series)
{
  state->dtstart = g_strdup (mentor_checkin_series_get_dtstart (series));
  state->tzid = g_strdup (mentor_checkin_series_get_tzid (series));
  state->duration_min = mentor_checkin_series_get_duration_min (series);
  state->rrule = mentor_ics_normalize_rrule (mentor_checkin_series_get_rrule (series));
  if (state->rrule == NULL)
    state->rrule = g_strdup (mentor_checkin_series_get_rrule (series));
  state->exdates = mentor_ics_normalize_exdates (mentor_checkin_series_get_exdates (series));
  state->location = g_strdup (mentor_checkin_series_get_location (series));
  state->summary = g_strdup (mentor_checkin_series_get_summary (series));
  state->mode = mentor_checkin_series_get_mode (series);
}

void
mentor_ics_series_state_apply (SeriesState    *state,
                               MentorIcsEvent *event)
{
  replace (&state->dtstart, event->local_start);
  replace (&state->tzid, event->tzid);
  if (event->duration_min > 0)
    state->duration_min = event->duration_min;
  replace (&state->rrule, event->rrule);
  replace (&state->exdates, event->exdates);
  replace (&state->location, event->location);
  replace (&state->summary, event->agenda);
  if (event->mode != MENTOR_N_MODES)
    state->mode = event->mode;
}

gboolean
mentor_ics_series_state_equal (const SeriesState *a,
                               const SeriesState *b)
{
  return g_strcmp0 (a->dtstart, b->dtstart) == 0 && g_strcmp0 (a->tzid, b->tzid) == 0 &&
         a->duration_min == b->duration_min && g_strcmp0 (a->rrule, b->rrule) == 0 &&
         g_strcmp0 (a->exdates, b->exdates) == 0 && g_strcmp0 (a->location, b->location) == 0 &&
         g_strcmp0 (a->summary, b->summary) == 0 && a->mode == b->mode;
}

void
mentor_ics_series_state_to_record (const SeriesState   *state,
                                   MentorCheckinSeries *series)
{
  mentor_checkin_series_set_dtstart (series, state->dtstart);
  mentor_checkin_series_set_tzid (series, state->tzid);
  mentor_checkin_series_set_duration_min (series, state->duration_min);
  mentor_checkin_series_set_rrule (series, state->rrule);
  mentor_checkin_series_set_exdates (series, state->exdates);
  mentor_checkin_series_set_location (series, state->location);
  mentor_checkin_series_set_summary (series, state->summary);
  mentor_checkin_series_set_mode (series, state->mode);
}

