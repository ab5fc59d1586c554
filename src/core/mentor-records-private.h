/* mentor-records-private.h — setters only the store may call
 *
 * Ids, the status of a mentorship and what the store derives for display are
 * read-only for everyone else: they change through the store's API.
 */
#pragma once

#include "mentor-goal.h"
#include "mentor-meeting.h"
#include "mentor-mentorship.h"
#include "mentor-person.h"
#include "mentor-review.h"

G_BEGIN_DECLS

void mentor_person_set_id               (MentorPerson        *self,
                                         gint64               id);
void mentor_person_set_archived         (MentorPerson        *self,
                                         gboolean             archived);

void mentor_mentorship_set_id           (MentorMentorship    *self,
                                         gint64               id);
void mentor_mentorship_set_status       (MentorMentorship    *self,
                                         MentorStatus         status);
void mentor_mentorship_set_mentor_name  (MentorMentorship    *self,
                                         const char          *name);
void mentor_mentorship_set_mentee_name  (MentorMentorship    *self,
                                         const char          *name);
void mentor_mentorship_set_closed_on    (MentorMentorship    *self,
                                         const char          *date);
void mentor_mentorship_set_end_reason   (MentorMentorship    *self,
                                         const char          *reason);
void mentor_mentorship_set_health       (MentorMentorship    *self,
                                         MentorHealth        *health);

void mentor_goal_set_id                 (MentorGoal          *self,
                                         gint64               id);
void mentor_goal_set_drop_reason        (MentorGoal          *self,
                                         const char          *reason);
void mentor_goal_set_mentorship_title   (MentorGoal          *self,
                                         const char          *title);
void mentor_goal_set_progress           (MentorGoal          *self,
                                         guint                total,
                                         guint                done,
                                         guint                overdue,
                                         guint                days_overdue);
void mentor_milestone_set_id            (MentorMilestone     *self,
                                         gint64               id);
void mentor_meeting_set_id              (MentorMeeting       *self,
                                         gint64               id);
void mentor_checkin_series_set_id       (MentorCheckinSeries *self,
                                         gint64               id);
void mentor_meeting_set_sequence        (MentorMeeting       *self,
                                         guint                sequence);
void mentor_checkin_series_set_sequence (MentorCheckinSeries *self,
                                         guint                sequence);
void mentor_mentorship_set_next_checkin (MentorMentorship    *self,
                                         const char          *instant);
void mentor_review_set_id               (MentorReview        *self,
                                         gint64               id);
void mentor_action_item_set_id          (MentorActionItem    *self,
                                         gint64               id);

/* Shared by the records: replace *field with value ("" for NULL); TRUE when
 * it changed. Dates use mentor_record_set_date (NULL for "" or NULL). */
gboolean mentor_record_set_string       (char               **field,
                                         const char          *value);
gboolean mentor_record_set_date         (char               **field,
                                         const char          *value);
gboolean mentor_record_set_strv         (char              ***field,
                                         const char * const  *value);

G_END_DECLS
