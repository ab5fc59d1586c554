/* mentor-review-dialog.h — "Add Review": one side rates the relationship
 *
 * An AdwMessageDialog with a drop-down named "Author" (the mentor or the
 * mentee, by name), a spin button named "Rating" (1 to 5, with stars to click)
 * and an entry named "Note"; the responses are "cancel" and "add" ("Add
 * Review"). The caller connects to "response" and reads the answers.
 */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_REVIEW_DIALOG (mentor_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MentorReviewDialog, mentor_review_dialog, MENTOR, REVIEW_DIALOG, AdwMessageDialog)

/* For mentorship (its names label the authors), with author chosen first. */
MentorReviewDialog *mentor_review_dialog_new        (GtkWindow          *parent,
                                                     MentorMentorship   *mentorship,
                                                     MentorOwner         author);
MentorOwner         mentor_review_dialog_get_author (MentorReviewDialog *self);
guint               mentor_review_dialog_get_rating (MentorReviewDialog *self);
/* The note, trimmed ("" for none). */
char               *mentor_review_dialog_dup_note   (MentorReviewDialog *self);

G_END_DECLS
