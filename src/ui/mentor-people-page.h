/* mentor-people-page.h — the People view: search, add, edit and archive people */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_PEOPLE_PAGE (mentor_people_page_get_type ())
G_DECLARE_FINAL_TYPE (MentorPeoplePage, mentor_people_page, MENTOR, PEOPLE_PAGE, AdwBin)

/* Properties: "store" (MentorStore).
 * Signals: "add-toast" (AdwToast *toast): the window shows it; the receiver
 * takes its own reference. */

GtkWidget   *mentor_people_page_new          (MentorStore      *store);
MentorStore *mentor_people_page_get_store    (MentorPeoplePage *self);
void         mentor_people_page_set_store    (MentorPeoplePage *self,
                                              MentorStore      *store);
/* Shows the search entry and puts the keyboard focus in it. */
void         mentor_people_page_start_search (MentorPeoplePage *self);
/* Opens the editor for a new person. */
void         mentor_people_page_add_person   (MentorPeoplePage *self);

G_END_DECLS
