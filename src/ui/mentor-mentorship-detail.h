/* mentor-mentorship-detail.h — the pane that creates and edits one mentorship
 *
 * Edits go into a copy of the record and reach the store only on Create or
 * Save; a refusal from the store is shown in words in the pane and the input
 * stays. Status moves (Activate, Pause, Resume, Complete, End Early…) go to the
 * store at once, as do goals (through the goal editor) and satisfaction
 * reviews, shown with the health of the mentorship. The pane needs the
 * actions "mentorships.back" and "mentorships.delete" from an ancestor
 * (MentorMentorshipsPage has them).
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MENTORSHIP_DETAIL (mentor_mentorship_detail_get_type ())
G_DECLARE_FINAL_TYPE (MentorMentorshipDetail, mentor_mentorship_detail, MENTOR, MENTORSHIP_DETAIL, GtkWidget)

/* Properties: "store" (MentorStore), "show-back" (gboolean: the Back button,
 * for a folded leaflet), "mentorship-id" (gint64, read-only: the stored
 * record shown, 0 when none or creating), "creating" (gboolean, read-only),
 * "dirty" (gboolean, read-only: the form holds unsaved changes).
 * Signals: "saved" (gint64 id): a Create or Save went through;
 * "add-toast" (AdwToast *toast): show it in the window's overlay (deleting a
 * review offers Undo this way). */

GtkWidget   *mentor_mentorship_detail_new               (void);
MentorStore *mentor_mentorship_detail_get_store         (MentorMentorshipDetail *self);
void         mentor_mentorship_detail_set_store         (MentorMentorshipDetail *self,
                                                         MentorStore            *store);
/* Shows a stored record (NULL: "Select a Mentorship"). Given a fresher copy of
 * the record already shown while the form has unsaved changes, the changes
 * stay and only the status part follows the store. */
void         mentor_mentorship_detail_set_mentorship    (MentorMentorshipDetail *self,
                                                         MentorMentorship       *mentorship);
/* An empty form for a new mentorship; nothing is stored until Create. */
void         mentor_mentorship_detail_new_mentorship    (MentorMentorshipDetail *self);
gint64       mentor_mentorship_detail_get_mentorship_id (MentorMentorshipDetail *self);
gboolean     mentor_mentorship_detail_get_creating      (MentorMentorshipDetail *self);
gboolean     mentor_mentorship_detail_get_dirty         (MentorMentorshipDetail *self);
gboolean     mentor_mentorship_detail_get_show_back     (MentorMentorshipDetail *self);
void         mentor_mentorship_detail_set_show_back     (MentorMentorshipDetail *self,
                                                         gboolean                show_back);
/* The pane's toolbar (Back, Save), so that the page can give its own toolbar
 * the same height with a GtkSizeGroup. */
GtkWidget   *mentor_mentorship_detail_get_toolbar       (MentorMentorshipDetail *self);
/* Moves the keyboard focus to the first field of the form. */
void         mentor_mentorship_detail_focus_form        (MentorMentorshipDetail *self);

G_END_DECLS
