/* mentor-match-card.h — one mentee and their best suggested mentors
 *
 * The mentee's name, job and department, the development areas they seek,
 * and a boxed list of MentorSuggestionRow (or a sentence when no one in the
 * program offers what they seek). The Matching page shows one per mentee;
 * "Suggest a Mentor" shows one for one person.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"
#include "mentor-matching.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MATCH_CARD (mentor_match_card_get_type ())
G_DECLARE_FINAL_TYPE (MentorMatchCard, mentor_match_card, MENTOR, MATCH_CARD, GtkWidget)

GtkWidget *mentor_match_card_new           (void);
/* Shows mentee_id as matching sees it, with at most max suggestions (0 for
 * all); 0 or an unknown id empties the card. Call again after the program
 * changed, with a new MentorMatching. */
void       mentor_match_card_show          (MentorMatchCard *self,
                                            MentorMatching  *matching,
                                            gint64           mentee_id,
                                            guint            max);
gint64     mentor_match_card_get_mentee_id (MentorMatchCard *self);
/* How many suggestions the card shows. */
guint      mentor_match_card_get_n_suggestions (MentorMatchCard *self);
/* Hides the mentee's name and job, for a window that already names them. */
void       mentor_match_card_set_show_name (MentorMatchCard *self,
                                            gboolean         show_name);

G_END_DECLS
