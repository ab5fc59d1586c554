/* test-goal-text.c — the words of the Goals view: progress, overdue, milestone states
 *
 * src/ui/mentor-goal-text.c is pure (no GTK), so it is compiled into this
 * test on its own. "Today" is always given, never the clock.
 */
#include "config.h"

#include "mentor-core.h"
#include "mentor-goal-text.h"
#include "mentor-records-private.h"

static void
test_progress (void)
{
  g_autofree char *three = mentor_goal_dup_progress_text (3, 5);
  g_autofree char *one = mentor_goal_dup_progress_text (1, 1);
  g_autofree char *none = mentor_goal_dup_progress_text (0, 0);
  g_autofree char *zero = mentor_goal_dup_progress_text (0, 2);
  g_autofree char *over = mentor_goal_dup_progress_text (7, 5);

  g_assert_cmpstr (three, ==, "3 of 5 milestones");
  g_assert_cmpstr (one, ==, "1 of 1 milestone");
  g_assert_cmpstr (none, ==, "No milestones yet");
  g_assert_cmpstr (zero, ==, "0 of 2 milestones");
  /* Never more done than there are. */
  g_assert_cmpstr (over, ==, "5 of 5 milestones");

  g_assert_cmpfloat (mentor_goal_progress_fraction (0, 0), ==, 0.0);
  g_assert_cmpfloat (mentor_goal_progress_fraction (0, 4), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (mentor_goal_progress_fraction (3, 5), 0.6, 1e-9);
  g_assert_cmpfloat (mentor_goal_progress_fraction (5, 5), ==, 1.0);
  g_assert_cmpfloat (mentor_goal_progress_fraction (9, 5), ==, 1.0);
}

static void
test_overdue_sentences (void)
{
  const char *today = "2026-03-10";
  struct {
    MentorGoalStatus status;
    guint overdue;
    guint days;
    const char *target_on;
    const char *expected;
  } cases[] = {
    { MENTOR_GOAL_OPEN, 0, 0, NULL, NULL },
    { MENTOR_GOAL_OPEN, 0, 0, "2026-03-10", NULL },           /* due today: not late */
    { MENTOR_GOAL_OPEN, 0, 0, "2026-03-11", NULL },
    { MENTOR_GOAL_OPEN, 0, 0, "2026-03-09", "Target date passed yesterday" },
    { MENTOR_GOAL_OPEN, 0, 0, "2026-03-05", "Target date passed 5 days ago" },
    { MENTOR_GOAL_OPEN, 1, 1, NULL, "1 milestone overdue (1 day)" },
    { MENTOR_GOAL_OPEN, 1, 5, NULL, "1 milestone overdue (5 days)" },
    { MENTOR_GOAL_OPEN, 2, 14, NULL, "2 milestones overdue (up to 14 days)" },
    { MENTOR_GOAL_OPEN, 2, 14, "2026-02-08", "2 milestones overdue (up to 14 days)\nTarget date passed 30 days ago" },
    /* Nobody waits for achieved or dropped goals. */
    { MENTOR_GOAL_ACHIEVED, 2, 14, "2026-02-08", NULL },
    { MENTOR_GOAL_DROPPED, 1, 3, "2026-02-08", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mentor_goal_overdue_sentences (cases[i].status, cases[i].overdue,
                                                             cases[i].days, cases[i].target_on,
                                                             today);

      g_test_message ("case %u", i);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_goal_words (void)
{
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autofree char *no_target = NULL;
  g_autofree char *target = NULL;
  g_autofree char *open = NULL;
  g_autofree char *dropped = NULL;
  g_autofree char *late = NULL;
  g_autofree char *a11y = NULL;
  const char *everything[] = { "lead", "ana", NULL };
  const char *nothing[] = { "lead", "nobody", NULL };
  g_auto(GStrv) folded = NULL;

  mentor_goal_set_title (goal, "Lead the quarterly review");
  mentor_goal_set_focus_area (goal, "Leadership");
  mentor_goal_set_success_measure (goal, "Runs it without help");
  mentor_goal_set_mentorship_title (goal, "Ana Silva → Bo Chen");

  no_target = mentor_goal_dup_target_text (goal);
  g_assert_cmpstr (no_target, ==, "No target date");

  mentor_goal_set_target_on (goal, "2026-03-05");
  target = mentor_goal_dup_target_text (goal);
  g_assert_cmpstr (target, ==, "Target 5 Mar 2026");

  open = mentor_goal_dup_status_text (goal);
  g_assert_cmpstr (open, ==, "Open");

  /* Open and past its target: overdue, in the row's words and its name. */
  g_assert_true (mentor_goal_is_overdue (goal, "2026-03-10"));
  g_assert_false (mentor_goal_is_overdue (goal, "2026-03-05"));
  late = mentor_goal_dup_overdue_text (goal, "2026-03-10");
  g_assert_cmpstr (late, ==, "Target date passed 5 days ago");
  a11y = mentor_goal_dup_a11y_name (goal, "2026-03-10");
  g_assert_cmpstr (a11y, ==, "Lead the quarterly review, Open, No milestones yet, Target date passed 5 days ago");

  mentor_goal_set_progress (goal, 4, 1, 2, 9);
  g_clear_pointer (&a11y, g_free);
  a11y = mentor_goal_dup_a11y_name (goal, "2026-03-05");
  g_assert_cmpstr (a11y, ==, "Lead the quarterly review, Open, 1 of 4 milestones, 2 milestones overdue (up to 9 days)");

  mentor_goal_set_status (goal, MENTOR_GOAL_DROPPED);
  mentor_goal_set_drop_reason (goal, "The role changed");
  dropped = mentor_goal_dup_status_text (goal);
  g_assert_cmpstr (dropped, ==, "Dropped — The role changed");
  g_assert_false (mentor_goal_is_overdue (goal, "2026-03-10"));

  /* Search: every word somewhere in the title, area, measure or names. */
  g_assert_true (mentor_goal_matches_words (goal, NULL));
  g_assert_true (mentor_goal_matches_words (goal, everything));
  g_assert_false (mentor_goal_matches_words (goal, nothing));
  folded = g_strsplit ("without chen", " ", -1);
  g_assert_true (mentor_goal_matches_words (goal, (const char * const *) folded));
}

static void
test_milestone_state (void)
{
  g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
  const char *today = "2026-03-10";
  g_autofree char *none = NULL;
  g_autofree char *ahead = NULL;
  g_autofree char *due_today = NULL;
  g_autofree char *one_late = NULL;
  g_autofree char *late = NULL;
  g_autofree char *done = NULL;

  mentor_milestone_set_title (milestone, "Draft the plan");
  none = mentor_milestone_dup_state_text (milestone, today);
  g_assert_null (none);
  g_assert_cmpuint (mentor_milestone_days_overdue (milestone, today), ==, 0);

  mentor_milestone_set_due_on (milestone, "2026-03-12");
  ahead = mentor_milestone_dup_state_text (milestone, today);
  g_assert_cmpstr (ahead, ==, "Due 12 Mar 2026");

  mentor_milestone_set_due_on (milestone, today);
  due_today = mentor_milestone_dup_state_text (milestone, today);
  g_assert_cmpstr (due_today, ==, "Due today");
  g_assert_cmpuint (mentor_milestone_days_overdue (milestone, today), ==, 0);

  mentor_milestone_set_due_on (milestone, "2026-03-09");
  one_late = mentor_milestone_dup_state_text (milestone, today);
  g_assert_cmpstr (one_late, ==, "1 day overdue");

  mentor_milestone_set_due_on (milestone, "2026-02-24");
  late = mentor_milestone_dup_state_text (milestone, today);
  g_assert_cmpstr (late, ==, "14 days overdue");
  g_assert_cmpuint (mentor_milestone_days_overdue (milestone, today), ==, 14);

  /* Done: the day it was done, and never late any more. */
  mentor_milestone_set_done_on (milestone, "2026-03-01");
  done = mentor_milestone_dup_state_text (milestone, today);
  g_assert_cmpstr (done, ==, "Done on 1 Mar 2026");
  g_assert_cmpuint (mentor_milestone_days_overdue (milestone, today), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/goal-text/progress", test_progress);
  g_test_add_func ("/goal-text/overdue-sentences", test_overdue_sentences);
  g_test_add_func ("/goal-text/goal-words", test_goal_words);
  g_test_add_func ("/goal-text/milestone-state", test_milestone_state);

  return g_test_run ();
}
