/* test-goals.c — goals with their progress, status and reasons, milestones
 * moved and ticked, and the focus areas people typed
 *
 * Today is 2026-03-10 (MENTOR_TODAY in the unit environment).
 */
#include "config.h"

#include <string.h>

#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

static void
changed_cb (MentorStore *store,
            guint        what,
            guint       *calls)
{
  calls[0]++;
  calls[1] |= what;
}

static gint64
add_mentorship (MentorStore *store)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (store, mentor_person_get_id (ana),
                                                               mentor_person_get_id (bo));
  g_autoptr(GError) error = NULL;

  g_assert_true (mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (m),
                                                     MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_no_error (error);

  return mentor_mentorship_get_id (m);
}

static gint64
add_goal (MentorStore *store,
          gint64       mentorship_id,
          const char  *title,
          const char  *focus_area)
{
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(GError) error = NULL;

  mentor_goal_set_mentorship_id (goal, mentorship_id);
  mentor_goal_set_title (goal, title);
  mentor_goal_set_focus_area (goal, focus_area);
  mentor_goal_set_target_on (goal, "2026-06-30");
  g_assert_true (mentor_store_save_goal (store, goal, &error));
  g_assert_no_error (error);

  return mentor_goal_get_id (goal);
}

static gint64
add_milestone (MentorStore *store,
               gint64       goal_id,
               const char  *title,
               guint        position,
               const char  *due_on,
               const char  *done_on)
{
  g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
  g_autoptr(GError) error = NULL;

  mentor_milestone_set_goal_id (milestone, goal_id);
  mentor_milestone_set_title (milestone, title);
  mentor_milestone_set_position (milestone, position);
  mentor_milestone_set_due_on (milestone, due_on);
  mentor_milestone_set_done_on (milestone, done_on);
  g_assert_true (mentor_store_save_milestone (store, milestone, &error));
  g_assert_no_error (error);

  return mentor_milestone_get_id (milestone);
}

static MentorGoal *
get_goal (MentorStore *store,
          gint64       id)
{
  g_autoptr(GError) error = NULL;
  MentorGoal *goal = mentor_store_get_goal (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (goal);

  return goal;
}

static void
assert_progress (MentorGoal *goal,
                 guint       total,
                 guint       done,
                 guint       overdue,
                 guint       days)
{
  g_assert_cmpuint (mentor_goal_get_milestones_total (goal), ==, total);
  g_assert_cmpuint (mentor_goal_get_milestones_done (goal), ==, done);
  g_assert_cmpuint (mentor_goal_get_milestones_overdue (goal), ==, overdue);
  g_assert_cmpuint (mentor_goal_get_days_overdue (goal), ==, days);
}

/* Titles of a goal's milestones in order, as "A B C". */
static char *
order_of (MentorStore *store,
          gint64       goal_id)
{
  g_autoptr(GListModel) milestones = mentor_store_list_milestones (store, goal_id);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(MentorMilestone) ms = g_list_model_get_item (milestones, i);

      /* Renumbered 0..n-1, no gaps or ties. */
      g_assert_cmpuint (mentor_milestone_get_position (ms), ==, i);
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, mentor_milestone_get_title (ms));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 mentorship = add_mentorship (fixture->store);
  gint64 id = add_goal (fixture->store, mentorship, "Lead a negotiation", "Leadership");
  gint64 empty = add_goal (fixture->store, mentorship, "Nothing planned yet", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(MentorGoal) goal = NULL;
  g_autoptr(MentorGoal) listed = NULL;
  gint64 late;

  add_milestone (fixture->store, id, "Done on time", 0, "2026-02-01", "2026-01-30");
  add_milestone (fixture->store, id, "Done late", 1, "2026-02-15", "2026-03-01");
  add_milestone (fixture->store, id, "Five days late", 2, "2026-03-05", NULL);
  late = add_milestone (fixture->store, id, "Forty days late", 3, "2026-01-29", NULL);
  add_milestone (fixture->store, id, "Due today", 4, "2026-03-10", NULL);
  add_milestone (fixture->store, id, "Due later", 5, "2026-04-10", NULL);
  add_milestone (fixture->store, id, "No due date", 6, NULL, NULL);

  goal = get_goal (fixture->store, id);
  assert_progress (goal, 7, 2, 2, 40);
  g_assert_cmpstr (mentor_goal_get_mentorship_title (goal), ==, "Ana Souza → Bo Lindqvist");
  g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "");
  g_assert_false (mentor_goal_is_past_target (goal, NULL));
  g_assert_true (mentor_goal_is_past_target (goal, "2026-07-01"));

  /* The list gives the same counts. */
  goals = mentor_store_list_goals (fixture->store, mentorship);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 2);
  listed = g_list_model_get_item (goals, 0);
  g_assert_cmpint (mentor_goal_get_id (listed), ==, id);
  assert_progress (listed, 7, 2, 2, 40);
  {
    g_autoptr(MentorGoal) none = g_list_model_get_item (goals, 1);
    g_assert_cmpint (mentor_goal_get_id (none), ==, empty);
    assert_progress (none, 0, 0, 0, 0);
  }

  /* Ticking the worst one leaves the five-day one. */
  g_assert_true (mentor_store_set_milestone_done (fixture->store, late, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&goal);
  goal = get_goal (fixture->store, id);
  assert_progress (goal, 7, 3, 1, 5);

  /* Once the goal is achieved, nothing of it is overdue any more. */
  g_assert_true (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_ACHIEVED, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&goal);
  goal = get_goal (fixture->store, id);
  assert_progress (goal, 7, 3, 0, 0);
  g_assert_false (mentor_goal_is_past_target (goal, "2026-07-01"));

  /* A saved record gets its counts refreshed. */
  mentor_goal_set_title (goal, "Lead two negotiations");
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  g_assert_no_error (error);
  assert_progress (goal, 7, 3, 0, 0);

  g_assert_null (mentor_store_get_goal (fixture->store, 999, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
}

static void
test_list_grouped (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 first = add_mentorship (fixture->store);   /* Ana (1) → Bo (2) */
  g_autoptr(MentorPerson) cy = mentor_test_add_person (fixture->store, "Cy Doe", "cy@example.com");
  g_autoptr(MentorMentorship) newer = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a, b, c;

  /* A newer mentorship: listed first, as the mentorships list does. */
  newer = mentor_test_add_mentorship (fixture->store, mentor_person_get_id (cy), 1);
  mentor_mentorship_set_started_on (newer, "2026-02-01");
  g_assert_true (mentor_store_save_mentorship (fixture->store, newer, &error));
  g_assert_no_error (error);

  a = add_goal (fixture->store, first, "A", "");
  b = add_goal (fixture->store, mentor_mentorship_get_id (newer), "B", "");
  c = add_goal (fixture->store, first, "C", "");

  mentorships = mentor_store_list_mentorships (fixture->store);
  {
    g_autoptr(MentorMentorship) top = g_list_model_get_item (mentorships, 0);
    g_assert_cmpint (mentor_mentorship_get_id (top), ==, mentor_mentorship_get_id (newer));
  }

  goals = mentor_store_list_goals (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 3);
  {
    g_autoptr(MentorGoal) g0 = g_list_model_get_item (goals, 0);
    g_autoptr(MentorGoal) g1 = g_list_model_get_item (goals, 1);
    g_autoptr(MentorGoal) g2 = g_list_model_get_item (goals, 2);

    g_assert_cmpint (mentor_goal_get_id (g0), ==, b);
    g_assert_cmpstr (mentor_goal_get_mentorship_title (g0), ==, "Cy Doe → Ana Souza");
    g_assert_cmpint (mentor_goal_get_id (g1), ==, a);
    g_assert_cmpint (mentor_goal_get_id (g2), ==, c);
  }
}

static void
test_status_and_reason (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 mentorship = add_mentorship (fixture->store);
  gint64 id = add_goal (fixture->store, mentorship, "Speak at a conference", "Networking");
  g_autoptr(MentorGoal) goal = NULL;
  g_autoptr(MentorGoal) fresh = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  guint calls[2] = { 0, 0 };

  /* Dropping needs a reason; a refusal changes nothing. */
  before = mentor_test_dump (fixture->path);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), calls);
  g_assert_false (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_DROPPED, NULL, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Say why the goal is dropped.");
  g_clear_error (&error);
  g_assert_false (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_DROPPED, "   ", &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (calls[0], ==, 0);

  g_assert_true (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_DROPPED,
                                               "  The conference budget was cut. ", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls[0], ==, 1);
  g_assert_cmpuint (calls[1], ==, MENTOR_CHANGE_GOALS);
  goal = get_goal (fixture->store, id);
  g_assert_cmpint (mentor_goal_get_status (goal), ==, MENTOR_GOAL_DROPPED);
  g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "The conference budget was cut.");

  /* Editing a dropped goal keeps it dropped with its reason. */
  mentor_goal_set_success_measure (goal, "A talk accepted.");
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "The conference budget was cut.");

  /* Reopening clears the reason. */
  g_assert_true (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_OPEN, "ignored", &error));
  g_assert_no_error (error);
  fresh = get_goal (fixture->store, id);
  g_assert_cmpint (mentor_goal_get_status (fresh), ==, MENTOR_GOAL_OPEN);
  g_assert_cmpstr (mentor_goal_get_drop_reason (fresh), ==, "");

  /* Reopening by saving the record clears it too. */
  g_assert_true (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_DROPPED, "Again.", &error));
  mentor_goal_set_status (goal, MENTOR_GOAL_OPEN);
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "");
  g_clear_object (&fresh);
  fresh = get_goal (fixture->store, id);
  g_assert_cmpstr (mentor_goal_get_drop_reason (fresh), ==, "");

  /* Saving cannot drop a goal: it has no reason to give. */
  mentor_goal_set_status (goal, MENTOR_GOAL_DROPPED);
  g_assert_false (mentor_store_save_goal (fixture->store, goal, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Say why the goal is dropped.");
  g_clear_error (&error);
  {
    g_autoptr(MentorGoal) created = mentor_goal_new ();

    mentor_goal_set_mentorship_id (created, mentorship);
    mentor_goal_set_title (created, "Born dropped");
    mentor_goal_set_status (created, MENTOR_GOAL_DROPPED);
    g_assert_false (mentor_store_save_goal (fixture->store, created, &error));
    g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (mentor_goal_get_id (created), ==, 0);
  }

  /* Achieved, and back. */
  g_assert_true (mentor_store_set_goal_status (fixture->store, id, MENTOR_GOAL_ACHIEVED, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&fresh);
  fresh = get_goal (fixture->store, id);
  g_assert_cmpint (mentor_goal_get_status (fresh), ==, MENTOR_GOAL_ACHIEVED);
  g_assert_cmpstr (mentor_goal_get_drop_reason (fresh), ==, "");

  g_assert_false (mentor_store_set_goal_status (fixture->store, 999, MENTOR_GOAL_OPEN, NULL, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_move_milestone (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 mentorship = add_mentorship (fixture->store);
  gint64 id = add_goal (fixture->store, mentorship, "Goal", "");
  gint64 other = add_goal (fixture->store, mentorship, "Other", "");
  g_autofree char *order = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  guint calls[2] = { 0, 0 };
  gint64 a, b, d;

  /* Positions as an older save or a tool may leave them: gaps and a tie. */
  a = add_milestone (fixture->store, id, "A", 0, NULL, NULL);
  b = add_milestone (fixture->store, id, "B", 5, NULL, NULL);
  add_milestone (fixture->store, id, "C", 5, NULL, NULL);
  d = add_milestone (fixture->store, id, "D", 9, NULL, NULL);
  add_milestone (fixture->store, other, "X", 0, NULL, NULL);
  add_milestone (fixture->store, other, "Y", 1, NULL, NULL);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), calls);

  /* The last to the first place. */
  g_assert_true (mentor_store_move_milestone (fixture->store, d, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls[0], ==, 1);
  g_assert_cmpuint (calls[1], ==, MENTOR_CHANGE_GOALS);
  order = order_of (fixture->store, id);
  g_assert_cmpstr (order, ==, "D A B C");
  g_clear_pointer (&order, g_free);

  /* The first to the last place. */
  g_assert_true (mentor_store_move_milestone (fixture->store, d, 3, &error));
  g_assert_no_error (error);
  order = order_of (fixture->store, id);
  g_assert_cmpstr (order, ==, "A B C D");
  g_clear_pointer (&order, g_free);

  /* In the middle, one place down (as Alt+Down would). */
  g_assert_true (mentor_store_move_milestone (fixture->store, b, 2, &error));
  g_assert_no_error (error);
  order = order_of (fixture->store, id);
  g_assert_cmpstr (order, ==, "A C B D");
  g_clear_pointer (&order, g_free);

  /* Where it already is: nothing moves. */
  g_assert_true (mentor_store_move_milestone (fixture->store, a, 0, &error));
  g_assert_no_error (error);
  order = order_of (fixture->store, id);
  g_assert_cmpstr (order, ==, "A C B D");
  g_clear_pointer (&order, g_free);

  /* Out of range is refused and changes nothing. */
  before = mentor_test_dump (fixture->path);
  g_assert_false (mentor_store_move_milestone (fixture->store, a, 4, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "This goal has 4 milestones: it can move to places 1 to 4.");
  g_clear_error (&error);
  g_assert_false (mentor_store_move_milestone (fixture->store, a, G_MAXUINT, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mentor_store_move_milestone (fixture->store, 999, 0, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* The other goal's milestones never moved. */
  order = order_of (fixture->store, other);
  g_assert_cmpstr (order, ==, "X Y");
}

static void
test_milestone_done (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 mentorship = add_mentorship (fixture->store);
  gint64 id = add_goal (fixture->store, mentorship, "Goal", "");
  gint64 ms = add_milestone (fixture->store, id, "Draft", 0, "2026-03-01", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MentorMilestone) read = NULL;
  g_autoptr(MentorGoal) goal = NULL;
  GError *error = NULL;

  g_assert_true (mentor_store_set_milestone_done (fixture->store, ms, TRUE, &error));
  g_assert_no_error (error);
  list = mentor_store_list_milestones (fixture->store, id);
  read = g_list_model_get_item (list, 0);
  g_assert_cmpstr (mentor_milestone_get_done_on (read), ==, "2026-03-10");
  goal = get_goal (fixture->store, id);
  assert_progress (goal, 1, 1, 0, 0);

  /* Ticked again another day: the first day stays. */
  g_setenv ("MENTOR_TODAY", "2026-03-12", TRUE);
  g_assert_true (mentor_store_set_milestone_done (fixture->store, ms, TRUE, &error));
  g_setenv ("MENTOR_TODAY", "2026-03-10", TRUE);
  g_assert_no_error (error);
  g_clear_object (&list);
  g_clear_object (&read);
  list = mentor_store_list_milestones (fixture->store, id);
  read = g_list_model_get_item (list, 0);
  g_assert_cmpstr (mentor_milestone_get_done_on (read), ==, "2026-03-10");

  /* Unticked: the day goes, and it is overdue again. */
  g_assert_true (mentor_store_set_milestone_done (fixture->store, ms, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  g_clear_object (&read);
  list = mentor_store_list_milestones (fixture->store, id);
  read = g_list_model_get_item (list, 0);
  g_assert_null (mentor_milestone_get_done_on (read));
  g_clear_object (&goal);
  goal = get_goal (fixture->store, id);
  assert_progress (goal, 1, 0, 1, 9);

  g_assert_false (mentor_store_set_milestone_done (fixture->store, 999, TRUE, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_focus_areas (Fixture       *fixture,
                  gconstpointer  data)
{
  const char * const *standard = mentor_standard_focus_areas ();
  const char *typed[] = { "Negotiation", "leadership", "  ", NULL };
  gint64 mentorship;
  g_autoptr(MentorMentorship) m = NULL;
  g_auto(GStrv) areas = NULL;
  g_auto(GStrv) before = NULL;
  g_autoptr(GError) error = NULL;
  guint n_standard = g_strv_length ((char **) standard);

  /* Nothing typed yet: the standard areas, in their order. */
  before = mentor_store_list_focus_areas (fixture->store);
  g_assert_true (g_strv_equal ((const char * const *) before, standard));
  g_assert_cmpuint (n_standard, ==, 7);

  mentorship = add_mentorship (fixture->store);
  m = mentor_store_get_mentorship (fixture->store, mentorship, &error);
  g_assert_no_error (error);
  mentor_mentorship_set_focus_areas (m, typed);
  g_assert_true (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_no_error (error);

  add_goal (fixture->store, mentorship, "One", "negotiation ");
  add_goal (fixture->store, mentorship, "Two", "Public Speaking");
  add_goal (fixture->store, mentorship, "Three", "COMMUNICATION");
  add_goal (fixture->store, mentorship, "Four", "");
  add_goal (fixture->store, mentorship, "Five", "Budgeting");

  /* Standard first, then each typed one once, ignoring case, sorted. */
  areas = mentor_store_list_focus_areas (fixture->store);
  g_assert_cmpuint (g_strv_length (areas), ==, n_standard + 3);
  for (guint i = 0; i < n_standard; i++)
    g_assert_cmpstr (areas[i], ==, standard[i]);
  g_assert_cmpstr (areas[n_standard], ==, "Budgeting");
  g_assert_cmpstr (areas[n_standard + 1], ==, "Negotiation");
  g_assert_cmpstr (areas[n_standard + 2], ==, "Public Speaking");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/goals/progress", test_progress);
  ADD ("/goals/list-grouped", test_list_grouped);
  ADD ("/goals/status-and-reason", test_status_and_reason);
  ADD ("/goals/move-milestone", test_move_milestone);
  ADD ("/goals/milestone-done", test_milestone_done);
  ADD ("/goals/focus-areas", test_focus_areas);

  return g_test_run ();
}
