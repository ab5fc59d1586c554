/* mentor-goal-editor.h — the modal window that adds or edits one goal and its milestones */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_GOAL_EDITOR (mentor_goal_editor_get_type ())
G_DECLARE_FINAL_TYPE (MentorGoalEditor, mentor_goal_editor, MENTOR, GOAL_EDITOR, AdwWindow)

/* Properties (construct-only): "store" (MentorStore), "mentorship-id"
 * (gint64: the mentorship a new goal belongs to; 0 lets the person choose),
 * "goal" (MentorGoal: the goal to edit, or NULL for a new one).
 * Signals:
 *   "saved" (gint64 id): the goal was added or saved; the editor then closes.
 *
 * What takes effect at once, through the store, as a person would expect of
 * a checklist: ticking a milestone done (today is recorded) or unticking it,
 * adding, removing and reordering milestones, and the goal's status (Mark
 * Achieved, Drop Goal…, Reopen Goal). What is typed — the goal's fields and
 * the milestones' titles and due dates — is written by Save (or Add, for a
 * new goal, which writes everything at once) and dropped by Cancel. */

GtkWidget *mentor_goal_editor_new               (MentorStore      *store,
                                                 gint64            mentorship_id,
                                                 MentorGoal       *goal);
/* For a new goal whose mentorship the person chooses: starts the choice on
 * this mentorship (0: none chosen). */
void       mentor_goal_editor_select_mentorship (MentorGoalEditor *self,
                                                 gint64            mentorship_id);

/* Opens the editor, modal over the window of parent_widget: for goal (NULL
 * for a new goal of mentorship_id; 0 to let the person choose which). */
void       mentor_goal_editor_present           (GtkWidget        *parent_widget,
                                                 MentorStore      *store,
                                                 gint64            mentorship_id,
                                                 MentorGoal       *goal);

G_END_DECLS
