/* mentor-suggestion-row.h — one suggested mentor for one mentee, with Propose
 *
 * The mentor's name, the reasons in words, a conflict of interest as a
 * sentence with an icon, and badges for "At capacity" and "Same department".
 * The Propose button activates "matching.propose" with the target (mentor id,
 * mentee id) as "(xx)": whoever shows the row installs that action.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"
#include "mentor-matching.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_SUGGESTION_ROW (mentor_suggestion_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorSuggestionRow, mentor_suggestion_row, MENTOR, SUGGESTION_ROW, GtkListBoxRow)

/* Properties: "match" (MentorMatch, construct-only), "mentee-name" (string,
 * construct-only: for the Propose button's accessible name). */

GtkWidget   *mentor_suggestion_row_new       (MentorMatch         *match,
                                              const char          *mentee_name);
MentorMatch *mentor_suggestion_row_get_match (MentorSuggestionRow *self);

G_END_DECLS
