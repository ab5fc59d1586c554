/* mentor-goals-page.h — the Goals view: every goal of the program, by mentorship */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_GOALS_PAGE (mentor_goals_page_get_type ())
G_DECLARE_FINAL_TYPE (MentorGoalsPage, mentor_goals_page, MENTOR, GOALS_PAGE, AdwBin)

/* Properties: "store" (MentorStore).
 * Signals: "add-toast" (AdwToast *toast): the window shows it; the receiver
 * takes its own reference. */

GtkWidget   *mentor_goals_page_new          (MentorStore     *store);
MentorStore *mentor_goals_page_get_store    (MentorGoalsPage *self);
void         mentor_goals_page_set_store    (MentorGoalsPage *self,
                                             MentorStore     *store);
/* Puts the keyboard focus in the search entry. */
void         mentor_goals_page_start_search (MentorGoalsPage *self);
/* Opens the editor for a new goal (in the mentorship the list is filtered
 * to, if any; otherwise the editor asks which). */
void         mentor_goals_page_new_goal     (MentorGoalsPage *self);

G_END_DECLS
