/* mentor-review-row.h — one satisfaction review in a mentorship's detail
 *
 * The author's name and the day over the rating, as stars and in words ("4 of
 * 5"), and the note. Its delete button activates "detail.delete-review" with
 * the review's id (an int64 target), which an ancestor provides.
 */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_REVIEW_ROW (mentor_review_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorReviewRow, mentor_review_row, MENTOR, REVIEW_ROW, GtkWidget)

/* Shows review, written by the person named author_name. */
GtkWidget    *mentor_review_row_new        (MentorReview    *review,
                                            const char      *author_name);
MentorReview *mentor_review_row_get_review (MentorReviewRow *self);
/* "Kwame Mensah, 4 of 5, 3 Nov 2026": what a screen reader says for the row. */
char         *mentor_review_dup_a11y_name  (MentorReview    *review,
                                            const char      *author_name);

G_END_DECLS
