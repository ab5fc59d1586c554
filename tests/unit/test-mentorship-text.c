/* test-mentorship-text.c — the words and orders of the Mentorships view
 *
 * src/ui/mentor-mentorship-text.c is pure (no GTK), so it is compiled into
 * this test on its own. Records with health come from a store filled with the
 * sample program, as of the fixed "today" of the unit suite.
 */
#include "config.h"

#include "mentor-core.h"
#include "mentor-mentorship-text.h"
#include "mentor-test-util.h"

static GPtrArray *
sample_mentorships (MentorTestFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (mentor_demo_fill (fixture->store, NULL, &error));
  g_assert_no_error (error);

  model = mentor_store_list_mentorships (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (all, g_list_model_get_item (model, i));

  return all;
}

static int
compare_by (gconstpointer a,
            gconstpointer b,
            gpointer      sort)
{
  return mentor_mentorship_compare (*(MentorMentorship **) a, *(MentorMentorship **) b,
                                    GPOINTER_TO_UINT (sort));
}

static guint
health_rank (MentorMentorship *m)
{
  switch (mentor_mentorship_health_level (m))
    {
    case MENTOR_HEALTH_AT_RISK:
      return 0;
    case MENTOR_HEALTH_NEEDS_ATTENTION:
      return 1;
    case MENTOR_HEALTH_ON_TRACK:
      return 2;
    case MENTOR_HEALTH_NONE:
    case MENTOR_N_HEALTH_LEVELS:
    default:
      return 3;
    }
}

static void
test_sorts (MentorTestFixture *fixture,
            gconstpointer      data)
{
  g_autoptr(GPtrArray) all = sample_mentorships (fixture);
  guint seen[MENTOR_N_HEALTH_LEVELS] = { 0 };

  g_assert_cmpuint (all->len, >=, 8);

  /* The sample program has every level, so the health order means something. */
  for (guint i = 0; i < all->len; i++)
    seen[mentor_mentorship_health_level (all->pdata[i])]++;
  g_assert_cmpuint (seen[MENTOR_HEALTH_AT_RISK], >, 0);
  g_assert_cmpuint (seen[MENTOR_HEALTH_NEEDS_ATTENTION], >, 0);
  g_assert_cmpuint (seen[MENTOR_HEALTH_ON_TRACK], >, 0);
  g_assert_cmpuint (seen[MENTOR_HEALTH_NONE], >, 0);

  /* Health: at risk first, then needs attention, on track, the rest. */
  g_ptr_array_sort_with_data (all, compare_by, GUINT_TO_POINTER (MENTOR_MENTORSHIP_SORT_HEALTH));
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpuint (health_rank (all->pdata[i - 1]), <=, health_rank (all->pdata[i]));
  g_assert_cmpint (mentor_mentorship_health_level (all->pdata[0]), ==, MENTOR_HEALTH_AT_RISK);

  /* Status: in the lifecycle's order. */
  g_ptr_array_sort_with_data (all, compare_by, GUINT_TO_POINTER (MENTOR_MENTORSHIP_SORT_STATUS));
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpuint (mentor_mentorship_get_status (all->pdata[i - 1]), <=,
                      mentor_mentorship_get_status (all->pdata[i]));

  /* Start date: newest first, those not started last. */
  g_ptr_array_sort_with_data (all, compare_by, GUINT_TO_POINTER (MENTOR_MENTORSHIP_SORT_START_DATE));
  for (guint i = 1; i < all->len; i++)
    {
      const char *before = mentor_mentorship_get_started_on (all->pdata[i - 1]);
      const char *after = mentor_mentorship_get_started_on (all->pdata[i]);

      if (after == NULL)
        continue;
      g_assert_nonnull (before);
      g_assert_cmpstr (before, >=, after);
    }
  g_assert_null (mentor_mentorship_get_started_on (all->pdata[all->len - 1]));

  /* A total order: nothing compares equal to another record. */
  for (guint i = 0; i < all->len; i++)
    for (guint j = 0; j < all->len; j++)
      for (MentorMentorshipSort sort = 0; sort < MENTOR_MENTORSHIP_N_SORTS; sort++)
        if (i != j)
          g_assert_cmpint (mentor_mentorship_compare (all->pdata[i], all->pdata[j], sort), !=, 0);
}

static void
test_names_and_filters (MentorTestFixture *fixture,
                        gconstpointer      data)
{
  g_autoptr(GPtrArray) all = sample_mentorships (fixture);

  for (guint i = 0; i < all->len; i++)
    {
      MentorMentorship *m = all->pdata[i];
      MentorStatus status = mentor_mentorship_get_status (m);
      MentorHealthLevel level = mentor_mentorship_health_level (m);
      g_autofree char *title = mentor_mentorship_dup_title (m);
      g_autofree char *name = mentor_mentorship_dup_a11y_name (m);
      g_autofree char *status_name = mentor_mentorship_dup_status_name (m);
      g_autofree char *expected_status = g_strdup_printf ("%s, %s", title, mentor_status_to_label (status));

      g_assert_cmpstr (status_name, ==, expected_status);

      /* Health applies to active and paused ones only. */
      if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
        {
          g_autofree char *expected = g_strdup_printf ("%s, %s", expected_status,
                                                       mentor_health_level_to_label (level));

          g_assert_cmpint (level, !=, MENTOR_HEALTH_NONE);
          g_assert_cmpstr (name, ==, expected);
        }
      else
        {
          g_assert_cmpint (level, ==, MENTOR_HEALTH_NONE);
          g_assert_cmpstr (name, ==, expected_status);
        }

      /* The health filter keeps exactly that level. */
      for (int filter = MENTOR_HEALTH_NONE; filter < MENTOR_N_HEALTH_LEVELS; filter++)
        g_assert_cmpint (mentor_mentorship_matches (m, NULL, -1, filter), ==, filter == (int) level);
      g_assert_true (mentor_mentorship_matches (m, NULL, -1, -1));
      g_assert_true (mentor_mentorship_matches (m, "", (int) status, (int) level));
      g_assert_false (mentor_mentorship_matches (m, NULL, ((int) status + 1) % MENTOR_N_STATUSES, -1));
    }
}

static void
test_review_words (void)
{
  g_autofree char *four = mentor_review_dup_rating_text (4);
  g_autofree char *before = NULL;
  g_autofree char *on = NULL;
  g_autofree char *after = NULL;
  gboolean due = FALSE;

  g_assert_cmpstr (four, ==, "4 of 5");

  before = mentor_review_dup_due_text ("Kwame Asante", "2026-03-03", "2026-03-10", &due);
  g_assert_cmpstr (before, ==, "Review due from Kwame Asante since 3 Mar 2026");
  g_assert_true (due);

  on = mentor_review_dup_due_text ("Kwame Asante", "2026-03-10", "2026-03-10", &due);
  g_assert_cmpstr (on, ==, "Review due from Kwame Asante since 10 Mar 2026");
  g_assert_true (due);

  after = mentor_review_dup_due_text ("Kwame Asante", "2026-03-11", "2026-03-10", &due);
  g_assert_cmpstr (after, ==, "Next review from Kwame Asante due 11 Mar 2026");
  g_assert_false (due);
}

static void
test_author_names (void)
{
  g_autoptr(MentorMentorship) blank = mentor_mentorship_new ();

  /* A record built in memory has no names: the roles stand in. */
  g_assert_cmpstr (mentor_mentorship_author_name (blank, MENTOR_OWNER_MENTOR), ==, "Mentor");
  g_assert_cmpstr (mentor_mentorship_author_name (blank, MENTOR_OWNER_MENTEE), ==, "Mentee");
}

static void
test_overview_words (void)
{
  MentorOverview overview = { 0 };
  g_autofree char *no_meetings = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *dropped = NULL;
  g_autofree char *count = mentor_overview_dup_count_text (3, "At Risk");

  g_assert_cmpstr (count, ==, "3 At Risk");

  no_meetings = mentor_overview_dup_meetings_text (&overview);
  g_assert_cmpstr (no_meetings, ==, "No meetings held or planned (last 90 days)");

  overview.meetings_held = 14;
  overview.meetings_planned = 18;
  overview.goals_achieved = 5;
  overview.goals_open = 7;
  meetings = mentor_overview_dup_meetings_text (&overview);
  goals = mentor_overview_dup_goals_text (&overview);
  g_assert_cmpstr (meetings, ==, "Meetings held: 14 of 18 planned (last 90 days)");
  g_assert_cmpstr (goals, ==, "Goals: 5 achieved, 7 open");

  overview.goals_dropped = 1;
  dropped = mentor_overview_dup_goals_text (&overview);
  g_assert_cmpstr (dropped, ==, "Goals: 5 achieved, 7 open, 1 dropped");
}

static void
test_dates (void)
{
  g_autofree char *day = mentor_mentorship_format_date ("2026-03-03");

  g_assert_cmpstr (day, ==, "3 Mar 2026");
  g_assert_null (mentor_mentorship_format_date ("2026-02-30"));
  g_assert_null (mentor_mentorship_format_date (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/mentorship-text/sorts", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_sorts, mentor_test_fixture_teardown);
  g_test_add ("/mentorship-text/names-and-filters", MentorTestFixture, NULL,
              mentor_test_fixture_setup_store, test_names_and_filters, mentor_test_fixture_teardown);
  g_test_add_func ("/mentorship-text/review-words", test_review_words);
  g_test_add_func ("/mentorship-text/author-names", test_author_names);
  g_test_add_func ("/mentorship-text/overview-words", test_overview_words);
  g_test_add_func ("/mentorship-text/dates", test_dates);

  return g_test_run ();
}
