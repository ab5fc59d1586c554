/* mentor-mentorships-page.h — every mentorship, and the one being worked on
 *
 * The program overview over a list (search, filter by status or health, sort
 * by status, health or start date) beside a detail pane in an AdwLeaflet:
 * side by side when wide, one at a time when narrow. The page talks to its
 * window only through "add-toast".
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MENTORSHIPS_PAGE (mentor_mentorships_page_get_type ())
G_DECLARE_FINAL_TYPE (MentorMentorshipsPage, mentor_mentorships_page, MENTOR, MENTORSHIPS_PAGE, AdwBin)

/* Properties: "store" (MentorStore).
 * Signals: "add-toast" (AdwToast *toast): show it in the window's overlay. */

GtkWidget   *mentor_mentorships_page_new                (MentorStore           *store);
MentorStore *mentor_mentorships_page_get_store          (MentorMentorshipsPage *self);
void         mentor_mentorships_page_set_store          (MentorMentorshipsPage *self,
                                                         MentorStore           *store);
/* Focuses the search entry (Ctrl+F), showing the list when folded. */
void         mentor_mentorships_page_start_search       (MentorMentorshipsPage *self);
/* Opens an empty form for a new mentorship (Ctrl+N). */
void         mentor_mentorships_page_new_mentorship     (MentorMentorshipsPage *self);
/* Shows the mentorship with this id in the detail pane, clearing a search or
 * filter that hides it. Returns FALSE when the store has no such mentorship. */
gboolean     mentor_mentorships_page_select_mentorship  (MentorMentorshipsPage *self,
                                                         gint64                 id);

G_END_DECLS
