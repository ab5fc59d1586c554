/* mentor-matching-page.h — mentees without a mentor, each with the best
 * suggested mentors and a Propose button
 *
 * Shown under People (the People view switches between its list and this
 * page). Follows the store: a proposed match leaves the list at once, and
 * Undo on the toast brings the mentee back. Talks to the window only through
 * "add-toast".
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MATCHING_PAGE (mentor_matching_page_get_type ())
G_DECLARE_FINAL_TYPE (MentorMatchingPage, mentor_matching_page, MENTOR, MATCHING_PAGE, AdwBin)

/* Suggestions shown per mentee. */
#define MENTOR_MATCHING_PAGE_SUGGESTIONS 3

/* Properties: "store" (MentorStore).
 * Signals: "add-toast" (AdwToast *toast): show it in the window's overlay. */

GtkWidget   *mentor_matching_page_new       (MentorStore        *store);
MentorStore *mentor_matching_page_get_store (MentorMatchingPage *self);
void         mentor_matching_page_set_store (MentorMatchingPage *self,
                                             MentorStore        *store);

G_END_DECLS
