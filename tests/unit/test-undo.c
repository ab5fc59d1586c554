/* test-undo.c — deleting a mentorship, and putting every row back */
#include "config.h"

#include <string.h>

#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

typedef struct {
  gint64 ana;
  gint64 bo;
  gint64 cy;
  gint64 target;   /* the mentorship deleted */
  gint64 other;    /* one that must stay as it is */
} World;

static void
changed_cb (MentorStore *store,
            guint        what,
            guint       *flags)
{
  *flags |= what;
}

static void
add_everything (MentorStore *store,
                gint64       mentorship_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  gint64 goal_ids[2];

  for (guint g = 0; g < 2; g++)
    {
      g_autoptr(MentorGoal) goal = mentor_goal_new ();
      g_autofree char *title = g_strdup_printf ("Goal %u", g + 1);

      mentor_goal_set_mentorship_id (goal, mentorship_id);
      mentor_goal_set_title (goal, title);
      mentor_goal_set_target_on (goal, "2026-06-30");
      g_assert_true (mentor_store_save_goal (store, goal, &error));
      goal_ids[g] = mentor_goal_get_id (goal);

      for (guint i = 0; i < 3; i++)
        {
          g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
          g_autofree char *name = g_strdup_printf ("Step %u", i + 1);

          mentor_milestone_set_goal_id (milestone, mentor_goal_get_id (goal));
          mentor_milestone_set_title (milestone, name);
          mentor_milestone_set_position (milestone, i);
          mentor_milestone_set_due_on (milestone, "2026-04-01");
          if (i == 0)
            mentor_milestone_set_done_on (milestone, "2026-03-01");
          g_assert_true (mentor_store_save_milestone (store, milestone, &error));
        }
    }

  mentor_checkin_series_set_mentorship_id (series, mentorship_id);
  /* A stored occurrence must be one of its series: the first is 3 February. */
  mentor_checkin_series_set_dtstart (series, "2026-02-03T09:00:00");
  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  mentor_checkin_series_set_exdates (series, "2026-03-17T09:00:00");
  g_assert_true (mentor_store_save_series (store, series, &error));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
      g_autoptr(MentorActionItem) item = mentor_action_item_new ();
      g_autofree char *at = g_strdup_printf ("2026-0%u-03T08:00:00Z", i + 2);

      mentor_meeting_set_mentorship_id (meeting, mentorship_id);
      if (i == 0)
        {
          mentor_meeting_set_series_id (meeting, mentor_checkin_series_get_id (series));
          mentor_meeting_set_recurrence_id (meeting, at);
        }
      mentor_meeting_set_starts_at (meeting, at);
      mentor_meeting_set_tzid (meeting, "Europe/Berlin");
      mentor_meeting_set_status (meeting, i == 2 ? MENTOR_MEETING_SCHEDULED : MENTOR_MEETING_HELD);
      mentor_meeting_set_private_notes (meeting, "Private — never exported.");
      g_assert_true (mentor_store_save_meeting (store, meeting, &error));

      mentor_action_item_set_meeting_id (item, mentor_meeting_get_id (meeting));
      mentor_action_item_set_text (item, "Follow up");
      mentor_action_item_set_due_on (item, "2026-04-10");
      g_assert_true (mentor_store_save_action_item (store, item, &error));

      /* What the meeting worked on (schema v4): undone with it. */
      if (i == 0)
        g_assert_true (mentor_store_set_meeting_goals (store, mentor_meeting_get_id (meeting), goal_ids, 2, &error));
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(MentorReview) review = mentor_review_new ();

      mentor_review_set_mentorship_id (review, mentorship_id);
      mentor_review_set_author (review, i == 0 ? MENTOR_OWNER_MENTOR : MENTOR_OWNER_MENTEE);
      mentor_review_set_rating (review, 2 + i);
      mentor_review_set_note (review, "Honest words.");
      mentor_review_set_written_on (review, "2026-02-10");
      g_assert_true (mentor_store_save_review (store, review, &error));
    }

  g_assert_no_error (error);
}

static void
build_world (MentorStore *store,
             World       *world)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorPerson) cy = mentor_test_add_person (store, "Cy Doe", "cy@example.com");
  g_autoptr(MentorMentorship) target = NULL;
  g_autoptr(MentorMentorship) other = NULL;
  g_autoptr(GError) error = NULL;
  const char *areas[] = { "Leadership", "Networking", NULL };

  world->ana = mentor_person_get_id (ana);
  world->bo = mentor_person_get_id (bo);
  world->cy = mentor_person_get_id (cy);

  other = mentor_test_add_mentorship (store, world->ana, world->cy);
  add_everything (store, mentor_mentorship_get_id (other));

  target = mentor_test_add_mentorship (store, world->ana, world->bo);
  mentor_mentorship_set_focus_areas (target, areas);
  mentor_mentorship_set_expectations (target, "Confidential; fortnightly.");
  g_assert_true (mentor_store_save_mentorship (store, target, &error));
  g_assert_true (mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (target),
                                                     MENTOR_STATUS_ACTIVE, NULL, &error));
  g_assert_no_error (error);
  add_everything (store, mentor_mentorship_get_id (target));

  world->target = mentor_mentorship_get_id (target);
  world->other = mentor_mentorship_get_id (other);
}

static guint
count (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MentorUndo) undo = NULL;
  g_autoptr(MentorUndo) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(MentorMentorship) back = NULL;
  GError *error = NULL;
  GArray *goals = NULL;
  gint64 first_meeting;
  guint flags = 0;
  World world;

  build_world (fixture->store, &world);
  before = mentor_test_dump (fixture->path);
  g_assert_cmpuint (count (mentor_store_list_goals (fixture->store, world.target)), ==, 2);
  g_assert_cmpuint (count (mentor_store_list_meetings (fixture->store, world.target)), ==, 3);
  {
    g_autoptr(GListModel) meetings = mentor_store_list_meetings (fixture->store, world.target);
    g_autoptr(MentorMeeting) first = g_list_model_get_item (meetings, 0);

    first_meeting = mentor_meeting_get_id (first);
    goals = mentor_store_list_meeting_goals (fixture->store, first_meeting);
    g_assert_cmpuint (goals->len, ==, 2);
    g_clear_pointer (&goals, g_array_unref);
  }

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), &flags);
  undo = mentor_store_delete_mentorship (fixture->store, world.target, &error);
  g_assert_no_error (error);
  g_assert_nonnull (undo);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_GOALS |
                               MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_SERIES |
                               MENTOR_CHANGE_REVIEWS);

  /* Gone, with everything under it; the other mentorship untouched. */
  g_assert_null (mentor_store_get_mentorship (fixture->store, world.target, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count (mentor_store_list_goals (fixture->store, world.target)), ==, 0);
  g_assert_cmpuint (count (mentor_store_list_meetings (fixture->store, world.target)), ==, 0);
  g_assert_cmpuint (count (mentor_store_list_series (fixture->store, world.target)), ==, 0);
  g_assert_cmpuint (count (mentor_store_list_reviews (fixture->store, world.target)), ==, 0);
  g_assert_cmpuint (count (mentor_store_list_reviews (fixture->store, world.other)), ==, 2);
  g_assert_cmpuint (count (mentor_store_list_goals (fixture->store, world.other)), ==, 2);
  g_assert_cmpuint (count (mentor_store_list_meetings (fixture->store, world.other)), ==, 3);
  g_assert_cmpuint (count (mentor_store_list_series (fixture->store, world.other)), ==, 1);
  g_assert_cmpuint (count (mentor_store_list_milestones (fixture->store, 1)), ==, 3);
  deleted = mentor_test_dump (fixture->path);
  g_assert_cmpstr (deleted, !=, before);
  /* The private notes are really gone from the rows. */
  g_assert_cmpuint (count (mentor_store_list_meetings (fixture->store, 0)), ==, 3);
  goals = mentor_store_list_meeting_goals (fixture->store, first_meeting);
  g_assert_cmpuint (goals->len, ==, 0);
  g_clear_pointer (&goals, g_array_unref);

  /* The boxed type copies deeply: the copy restores just as well. */
  again = g_boxed_copy (mentor_undo_get_type (), undo);
  g_clear_pointer (&undo, mentor_undo_free);

  flags = 0;
  g_assert_true (mentor_store_undo (fixture->store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_GOALS |
                               MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_SERIES |
                               MENTOR_CHANGE_REVIEWS);

  /* Every row of every table is back, with the same ids and values. */
  restored = mentor_test_dump (fixture->path);
  g_assert_cmpstr (restored, ==, before);
  goals = mentor_store_list_meeting_goals (fixture->store, first_meeting);
  g_assert_cmpuint (goals->len, ==, 2);
  g_clear_pointer (&goals, g_array_unref);

  back = mentor_store_get_mentorship (fixture->store, world.target, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_mentorship_get_status (back), ==, MENTOR_STATUS_ACTIVE);
  g_assert_cmpstr (mentor_mentorship_get_focus_areas (back)[1], ==, "Networking");
  g_assert_cmpstr (mentor_mentorship_get_mentee_name (back), ==, "Bo Lindqvist");
  /* The reviews came back too, and with them the health they give. */
  g_assert_cmpuint (count (mentor_store_list_reviews (fixture->store, world.target)), ==, 2);
  g_assert_nonnull (mentor_mentorship_get_health (back));
  g_assert_cmpstr (mentor_health_get_reasons (mentor_mentorship_get_health (back))[0], !=, NULL);

  /* Once only. */
  g_assert_false (mentor_store_undo (fixture->store, again, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "This was already undone.");
  g_clear_error (&error);
  g_free (restored);
  restored = mentor_test_dump (fixture->path);
  g_assert_cmpstr (restored, ==, before);
}

static void
test_undo_after_new_rows (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MentorUndo) undo = NULL;
  g_autoptr(MentorMentorship) newer = NULL;
  g_autoptr(GListModel) all = NULL;
  GError *error = NULL;
  World world;

  build_world (fixture->store, &world);
  undo = mentor_store_delete_mentorship (fixture->store, world.target, &error);
  g_assert_no_error (error);

  /* New rows never take the ids of deleted ones. */
  newer = mentor_test_add_mentorship (fixture->store, world.bo, world.cy);
  g_assert_cmpint (mentor_mentorship_get_id (newer), >, world.target);
  add_everything (fixture->store, mentor_mentorship_get_id (newer));

  g_assert_true (mentor_store_undo (fixture->store, undo, &error));
  g_assert_no_error (error);
  all = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  g_assert_cmpuint (count (mentor_store_list_goals (fixture->store, world.target)), ==, 2);
  g_assert_cmpuint (count (mentor_store_list_goals (fixture->store, mentor_mentorship_get_id (newer))), ==, 2);
}

static void
test_undo_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(MentorUndo) undo = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  World world;

  build_world (fixture->store, &world);

  g_assert_null (mentor_store_delete_mentorship (fixture->store, 999, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This mentorship is no longer in the data file.");
  g_clear_error (&error);

  undo = mentor_store_delete_mentorship (fixture->store, world.target, &error);
  g_assert_no_error (error);

  /* Bo is in no mentorship now and can be deleted; then the undo cannot
   * work, says so, and changes nothing. */
  g_assert_true (mentor_store_delete_person (fixture->store, world.bo, &error));
  g_assert_no_error (error);
  before = mentor_test_dump (fixture->path);
  g_assert_false (mentor_store_undo (fixture->store, undo, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==,
                   "The mentorship cannot be put back: one of its people is no longer in the data file.");
  g_clear_error (&error);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/undo/delete-and-undo", test_delete_and_undo);
  ADD ("/undo/after-new-rows", test_undo_after_new_rows);
  ADD ("/undo/refused", test_undo_refused);

  return g_test_run ();
}
