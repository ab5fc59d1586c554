/* mentor-agenda-row.h — one meeting in the Calendar's agenda */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_AGENDA_ROW (mentor_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorAgendaRow, mentor_agenda_row, MENTOR, AGENDA_ROW, GtkWidget)

/* Properties:
 *   "meeting" (MentorMeeting): the meeting or computed occurrence shown;
 *     NULL shows nothing.
 *   "mentorship-mode" (MentorMode as guint): how the mentorship meets, said
 *     for a meeting without a mode of its own; MENTOR_N_MODES for none.
 * Signals (the page makes the change, with Undo):
 *   "set-status" (guint status): Mark Held, Mark Missed, Cancel Check-in or
 *     Cancel Meeting, Mark Scheduled Again.
 *   "delete-occurrence": take this occurrence out of its series.
 *   "open": open the meeting's page. */

GtkWidget     *mentor_agenda_row_new                 (void);
MentorMeeting *mentor_agenda_row_get_meeting         (MentorAgendaRow *self);
void           mentor_agenda_row_set_meeting         (MentorAgendaRow *self,
                                                      MentorMeeting   *meeting);
MentorMode     mentor_agenda_row_get_mentorship_mode (MentorAgendaRow *self);
void           mentor_agenda_row_set_mentorship_mode (MentorAgendaRow *self,
                                                      MentorMode       mode);

G_END_DECLS
