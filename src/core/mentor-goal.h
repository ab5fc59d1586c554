/* mentor-goal.h — a goal of a mentorship, and its ordered milestones */
#pragma once

#include <glib-object.h>

#include "mentor-types.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_GOAL (mentor_goal_get_type ())
G_DECLARE_FINAL_TYPE (MentorGoal, mentor_goal, MENTOR, GOAL, GObject)

/* Properties: "id", "mentorship-id" (gint64), "title", "focus-area",
 * "success-measure" (strings), "target-on" ("YYYY-MM-DD" or NULL), "status"
 * (MentorGoalStatus as guint; mentor_store_save_goal() cannot drop a goal:
 * mentor_store_set_goal_status() does, with a reason).
 * Read-only, filled by the store when it lists or gets goals: "drop-reason"
 * (string, "" unless dropped), "mentorship-title" ("Mentor → Mentee"),
 * "milestones-total", "milestones-done", "milestones-overdue" (open
 * milestones past their due date as of today), "days-overdue" (guint: the
 * most days any open milestone is overdue, 0 for none); both overdue counts
 * are 0 unless the goal is open. Progress is milestones-done of
 * milestones-total. */
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
const char         *mentor_goal_get_drop_reason     (MentorGoal *self);
const char         *mentor_goal_get_mentorship_title (MentorGoal *self);
guint               mentor_goal_get_milestones_total (MentorGoal *self);
guint               mentor_goal_get_milestones_done (MentorGoal *self);
guint               mentor_goal_get_milestones_overdue (MentorGoal *self);
guint               mentor_goal_get_days_overdue    (MentorGoal *self);
/* TRUE when the goal is open and its target date is before today (NULL: mentor_today()). */
gboolean            mentor_goal_is_past_target      (MentorGoal *self,
                                                     const char *today);

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
