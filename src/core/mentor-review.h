/* mentor-review.h — a satisfaction review of a mentorship by one side
 *
 * At an interval each side (mentor or mentee) may rate the relationship from 1
 * to 5 with a short note. The first review of a side is due
 * MENTOR_REVIEW_FIRST_DAYS after the start, the next ones
 * MENTOR_REVIEW_EVERY_DAYS after that side's last review. A rating of
 * MENTOR_HEALTH_LOW_RATING or less is a health reason (mentor-health.h).
 */
#pragma once

#include <glib-object.h>

#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_REVIEW_FIRST_DAYS 30
#define MENTOR_REVIEW_EVERY_DAYS 60
#define MENTOR_REVIEW_MIN_RATING 1
#define MENTOR_REVIEW_MAX_RATING 5

#define MENTOR_TYPE_REVIEW (mentor_review_get_type ())
G_DECLARE_FINAL_TYPE (MentorReview, mentor_review, MENTOR, REVIEW, GObject)

/* Properties: "id" (gint64, 0 until stored, read-only), "mentorship-id"
 * (gint64), "author" (MentorOwner as guint), "rating" (guint 1..5; 0 until
 * set, refused by the store), "note" (string, "" for none), "written-on"
 * ("YYYY-MM-DD" or NULL: the store records today when NULL). */
MentorReview       *mentor_review_new               (void);
gint64              mentor_review_get_id            (MentorReview *self);
gint64              mentor_review_get_mentorship_id (MentorReview *self);
void                mentor_review_set_mentorship_id (MentorReview *self, gint64 id);
MentorOwner         mentor_review_get_author        (MentorReview *self);
void                mentor_review_set_author        (MentorReview *self, MentorOwner author);
guint               mentor_review_get_rating        (MentorReview *self);
void                mentor_review_set_rating        (MentorReview *self, guint rating);
const char         *mentor_review_get_note          (MentorReview *self);
void                mentor_review_set_note          (MentorReview *self, const char *note);
const char         *mentor_review_get_written_on    (MentorReview *self);
void                mentor_review_set_written_on    (MentorReview *self, const char *date);

/* The day the next review of one side is due: MENTOR_REVIEW_FIRST_DAYS after
 * started_on when that side wrote none (last_written_on NULL), otherwise
 * MENTOR_REVIEW_EVERY_DAYS after its last one. NULL when started_on is NULL
 * or not a valid date. */
char               *mentor_review_due_on            (const char *started_on,
                                                     const char *last_written_on);

G_END_DECLS
