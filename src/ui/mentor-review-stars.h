/* mentor-review-stars.h — a rating from 1 to 5 drawn as stars
 *
 * Only a picture: whoever shows it also shows the rating in words ("4 of 5"),
 * so it is hidden from screen readers. A click on a star sets the rating when
 * the widget is "interactive" (the review dialog), for those who would rather
 * point than type.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_REVIEW_STARS (mentor_review_stars_get_type ())
G_DECLARE_FINAL_TYPE (MentorReviewStars, mentor_review_stars, MENTOR, REVIEW_STARS, GtkWidget)

/* Properties: "rating" (guint 0..5: how many stars are filled),
 * "interactive" (gboolean: a click on a star sets the rating). */

GtkWidget *mentor_review_stars_new             (guint              rating);
guint      mentor_review_stars_get_rating      (MentorReviewStars *self);
void       mentor_review_stars_set_rating      (MentorReviewStars *self,
                                                guint              rating);
gboolean   mentor_review_stars_get_interactive (MentorReviewStars *self);
void       mentor_review_stars_set_interactive (MentorReviewStars *self,
                                                gboolean           interactive);

G_END_DECLS
