/* mentor-goal.h — a goal of a mentorship, and its ordered milestones */
#pragma once

#include <glib-object.h>

#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_GOAL (mentor_goal_get_type ())
G_DECLARE_FINAL_TYPE (MentorGoal, mentor_goal, MENTOR, GOAL, GObject)

/* Properties: "id", "mentorship-id" (gint64), "title", "focus-area",
 * "success-measure" (strings), "target-on" ("YYYY-MM-DD" or NULL), "status"
 * (MentorGoalStatus as guint). */
MentorGoal         *mentor_goal_new                 (void);
gint64              mentor_goal_get_id              (MentorGoal *self);
gint64              mentor_goal_get_mentorship_id   (MentorGoal *self);
void                mentor_goal_set_mentorship_id   (MentorGoal *self, gint64 id);
const char         *mentor_goal_get_title           (MentorGoal *self);
void                mentor_goal_set_title           (MentorGoal *self, const char *title);
const char         *mentor_goal_get_focus_area      (MentorGoal *self);
void                mentor_goal_set_focus_area      (MentorGoal *self, const char *area);
const char         *mentor_goal_get_success_measure (MentorGoal *self);
void                mentor_goal_set_success_measure (MentorGoal *self, const char *measure);
const char         *mentor_goal_get_target_on       (MentorGoal *self);
void                mentor_goal_set_target_on       (MentorGoal *self, const char *date);
MentorGoalStatus    mentor_goal_get_status          (MentorGoal *self);
void                mentor_goal_set_status          (MentorGoal *self, MentorGoalStatus status);

#define MENTOR_TYPE_MILESTONE (mentor_milestone_get_type ())
G_DECLARE_FINAL_TYPE (MentorMilestone, mentor_milestone, MENTOR, MILESTONE, GObject)

/* Properties: "id", "goal-id" (gint64), "title", "position" (guint, 0-based
 * order within the goal), "due-on", "done-on" ("YYYY-MM-DD" or NULL). */
MentorMilestone    *mentor_milestone_new            (void);
gint64              mentor_milestone_get_id         (MentorMilestone *self);
gint64              mentor_milestone_get_goal_id    (MentorMilestone *self);
void                mentor_milestone_set_goal_id    (MentorMilestone *self, gint64 id);
const char         *mentor_milestone_get_title      (MentorMilestone *self);
void                mentor_milestone_set_title      (MentorMilestone *self, const char *title);
guint               mentor_milestone_get_position   (MentorMilestone *self);
void                mentor_milestone_set_position   (MentorMilestone *self, guint position);
const char         *mentor_milestone_get_due_on     (MentorMilestone *self);
void                mentor_milestone_set_due_on     (MentorMilestone *self, const char *date);
const char         *mentor_milestone_get_done_on    (MentorMilestone *self);
void                mentor_milestone_set_done_on    (MentorMilestone *self, const char *date);

G_END_DECLS
