/* mentor-goal-row.h — one goal in the Goals list */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_GOAL_ROW (mentor_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (MentorGoalRow, mentor_goal_row, MENTOR, GOAL_ROW, GtkWidget)

/* Properties: "goal" (MentorGoal, the goal shown; NULL shows nothing). */

GtkWidget  *mentor_goal_row_new      (void);
MentorGoal *mentor_goal_row_get_goal (MentorGoalRow *self);
void        mentor_goal_row_set_goal (MentorGoalRow *self,
                                      MentorGoal    *goal);

G_END_DECLS
