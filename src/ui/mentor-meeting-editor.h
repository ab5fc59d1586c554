/* mentor-meeting-editor.h — the page of one meeting: when, how, status,
 * agenda, shared summary, private notes, action items and goals worked on */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MEETING_EDITOR (mentor_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (MentorMeetingEditor, mentor_meeting_editor, MENTOR, MEETING_EDITOR, AdwWindow)

/* Properties (construct-only): "store" (MentorStore), "meeting"
 * (MentorMeeting: a stored meeting, or a computed occurrence of a series,
 * id 0 with a series id). The editor works on a copy: nothing reaches the
 * store before Save.
 * Signals:
 *   "add-toast" (AdwToast): a toast for the window below (Delete with Undo),
 *     shown there because the editor closes.
 *   "saved" (gint64 id): the meeting was saved (0: an occurrence whose only
 *     change was its time, moved with "This and Following", stays computed
 *     in the new series); the editor then closes.
 *
 * Saving a computed occurrence stores it as an override of its series; when
 * the time of an occurrence changed, the editor asks whether the change is
 * for "This Check-in Only" or "This and Following"
 * (mentor_store_split_series). */

GtkWidget *mentor_meeting_editor_new     (MentorStore   *store,
                                          MentorMeeting *meeting);

/* Opens the editor for meeting, modal over the window of parent. Toasts it
 * raises after closing (a Delete with Undo) go to the "add-toast" signal of
 * parent or of its nearest ancestor that has one; without one, Delete asks
 * first instead. */
void       mentor_meeting_editor_present (GtkWidget     *parent,
                                          MentorStore   *store,
                                          MentorMeeting *meeting);

G_END_DECLS
