/* mentor-calendar-changes.h — one-click changes to meetings, with Undo
 *
 * What the agenda's buttons do: mark a meeting held, missed, cancelled or
 * scheduled again, or take one occurrence out of its series. Each returns
 * the toast that says what was done, with an Undo button that puts it back.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

/* Sets the status of meeting (a computed occurrence is stored first; its id
 * is then set on meeting). Undo restores the status it had; an occurrence
 * the change stored becomes computed again, unless it was given more since
 * (notes, action items, another time). Returns the toast, or NULL with the
 * store's error. An Undo that fails says why through reporter's "add-toast"
 * signal (reporter is held weakly; NULL: nowhere). */
AdwToast *mentor_calendar_change_status     (MentorStore         *store,
                                             MentorMeeting       *meeting,
                                             MentorMeetingStatus  status,
                                             GtkWidget           *reporter,
                                             GError             **error);
/* Takes the occurrence meeting out of its series
 * (mentor_store_delete_occurrence). Undo brings the occurrence back, and a
 * stored one with its words, action items and goals. */
AdwToast *mentor_calendar_delete_occurrence (MentorStore         *store,
                                             MentorMeeting       *meeting,
                                             GtkWidget           *reporter,
                                             GError             **error);

G_END_DECLS
