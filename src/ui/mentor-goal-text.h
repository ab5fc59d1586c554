/* mentor-goal-text.h — the words the Goals view and the goal editor show
 *
 * Pure functions over records and strings, so that the wording of progress,
 * target dates and overdue work can be checked without a display.
 */
#pragma once

#include "mentor-core.h"

G_BEGIN_DECLS

/* "3 of 5 milestones", or "No milestones yet" when total is 0. */
char       *mentor_goal_dup_progress_text  (guint             done,
                                            guint             total);
/* done / total in 0..1 (0 when there are none). */
double      mentor_goal_progress_fraction  (guint             done,
                                            guint             total);
/* "Target 12 Mar 2026", or "No target date". */
char       *mentor_goal_dup_target_text    (MentorGoal       *goal);
/* The status in words with the drop reason: "Open", "Achieved", "Dropped —
 * <reason>". */
char       *mentor_goal_dup_status_text    (MentorGoal       *goal);
/* A symbolic icon that goes with the status word; never shown without it. */
const char *mentor_goal_status_icon        (MentorGoalStatus  status);
/* A style class that tints the status word (on top of the word and the icon). */
const char *mentor_goal_status_class       (MentorGoalStatus  status);
/* TRUE for an open goal with an overdue milestone or past its target date
 * (today: "YYYY-MM-DD", NULL for mentor_today()). Achieved and dropped goals
 * are never overdue: nobody is waiting for them any more. */
gboolean    mentor_goal_is_overdue         (MentorGoal       *goal,
                                            const char       *today);
/* What is late, in words, one sentence per line: "2 milestones overdue (up
 * to 14 days)", "Target date passed 5 days ago"; NULL when nothing is. */
char       *mentor_goal_dup_overdue_text   (MentorGoal       *goal,
                                            const char       *today);
/* The same words from the parts: status, how many open milestones are
 * overdue, the most days any is, and the target date. */
char       *mentor_goal_overdue_sentences  (MentorGoalStatus  status,
                                            guint             overdue,
                                            guint             days,
                                            const char       *target_on,
                                            const char       *today);
/* "<Title>, <Status>, 3 of 5 milestones[, <what is overdue>]": what a screen
 * reader says for a goal in a list. */
char       *mentor_goal_dup_a11y_name      (MentorGoal       *goal,
                                            const char       *today);
/* Whether the goal shows under a search: every word of folded_words (each
 * g_utf8_casefold()ed; NULL or empty matches all) appears in the title, focus
 * area, success measure or the names of the mentorship. */
gboolean    mentor_goal_matches_words      (MentorGoal        *goal,
                                            const char * const *folded_words);
/* "Done on 12 Mar 2026", "12 days overdue", "Due today", "Due 12 Mar 2026"
 * or NULL (no due date, not done). */
char       *mentor_milestone_dup_state_text (MentorMilestone *milestone,
                                             const char      *today);
/* Days a milestone that is not done is past its due date; 0 otherwise. */
guint       mentor_milestone_days_overdue  (MentorMilestone  *milestone,
                                            const char       *today);

G_END_DECLS
