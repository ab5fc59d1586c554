/* test-reviews.c — satisfaction reviews: when they are due, and how the store
 * keeps them
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

/* Ana mentors Bo from started_on (or not started when NULL), then moves to status. */
static gint64
add_mentorship (MentorStore  *store,
                const char   *started_on,
                MentorStatus  status)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) bo = mentor_test_add_person (store, "Bo Lindqvist", "bo@example.com");
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  mentor_mentorship_set_mentor_id (m, mentor_person_get_id (ana));
  mentor_mentorship_set_mentee_id (m, mentor_person_get_id (bo));
  mentor_mentorship_set_started_on (m, started_on);
  mentor_mentorship_set_cadence_days (m, 14);
  g_assert_true (mentor_store_save_mentorship (store, m, &error));
  g_assert_no_error (error);
  id = mentor_mentorship_get_id (m);

  if (status != MENTOR_STATUS_PROPOSED)
    g_assert_true (mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, &error));
  if (status != MENTOR_STATUS_PROPOSED && status != MENTOR_STATUS_ACTIVE)
    g_assert_true (mentor_store_set_mentorship_status (store, id, status,
                                                       status == MENTOR_STATUS_ENDED ? "Moved on." : NULL,
                                                       &error));
  g_assert_no_error (error);

  return id;
}

static MentorReview *
new_review (gint64       mentorship_id,
            MentorOwner  author,
            guint        rating,
            const char  *written_on)
{
  MentorReview *review = mentor_review_new ();

  mentor_review_set_mentorship_id (review, mentorship_id);
  mentor_review_set_author (review, author);
  mentor_review_set_rating (review, rating);
  mentor_review_set_written_on (review, written_on);

  return review;
}

static void
add_review (MentorStore *store,
            gint64       mentorship_id,
            MentorOwner  author,
            guint        rating,
            const char  *written_on)
{
  g_autoptr(MentorReview) review = new_review (mentorship_id, author, rating, written_on);
  g_autoptr(GError) error = NULL;

  g_assert_true (mentor_store_save_review (store, review, &error));
  g_assert_no_error (error);
}

static void
test_due_on (void)
{
  char *due;

  /* The first 30 days after the start, then 60 after that side's last. */
  due = mentor_review_due_on ("2026-01-01", NULL);
  g_assert_cmpstr (due, ==, "2026-01-31");
  g_free (due);
  due = mentor_review_due_on ("2026-01-01", "2026-01-31");
  g_assert_cmpstr (due, ==, "2026-04-01");
  g_free (due);
  /* Written late: the next counts from when it was written. */
  due = mentor_review_due_on ("2026-01-01", "2026-02-20");
  g_assert_cmpstr (due, ==, "2026-04-21");
  g_free (due);
  /* Written early, even before the first was due. */
  due = mentor_review_due_on ("2026-01-01", "2026-01-10");
  g_assert_cmpstr (due, ==, "2026-03-11");
  g_free (due);
  /* Across a year's end and a leap day. */
  due = mentor_review_due_on ("2027-12-15", NULL);
  g_assert_cmpstr (due, ==, "2028-01-14");
  g_free (due);
  due = mentor_review_due_on ("2027-12-15", "2028-01-01");
  g_assert_cmpstr (due, ==, "2028-03-01");
  g_free (due);

  /* Not started: nothing is due. */
  g_assert_null (mentor_review_due_on (NULL, NULL));
  g_assert_null (mentor_review_due_on (NULL, "2026-01-10"));
  g_assert_null (mentor_review_due_on ("2026-02-30", NULL));

  g_assert_cmpint (MENTOR_REVIEW_FIRST_DAYS, ==, 30);
  g_assert_cmpint (MENTOR_REVIEW_EVERY_DAYS, ==, 60);
}

static void
test_save_list_delete (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 id = add_mentorship (fixture->store, "2026-01-05", MENTOR_STATUS_ACTIVE);
  g_autoptr(MentorReview) review = NULL;
  g_autoptr(GListModel) list = NULL;
  GError *error = NULL;
  guint calls[2] = { 0, 0 };

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), calls);

  /* No date: written today. The note is trimmed. */
  review = new_review (id, MENTOR_OWNER_MENTEE, 4, NULL);
  mentor_review_set_note (review, "  Helpful, if rushed.  ");
  g_assert_true (mentor_store_save_review (fixture->store, review, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_review_get_id (review), >, 0);
  g_assert_cmpstr (mentor_review_get_written_on (review), ==, "2026-03-10");
  g_assert_cmpstr (mentor_review_get_note (review), ==, "Helpful, if rushed.");
  g_assert_cmpuint (calls[0], ==, 1);
  g_assert_cmpuint (calls[1], ==, MENTOR_CHANGE_REVIEWS);

  add_review (fixture->store, id, MENTOR_OWNER_MENTOR, 5, "2026-02-05");
  add_review (fixture->store, id, MENTOR_OWNER_MENTEE, 2, "2026-02-06");

  /* Newest first. */
  list = mentor_store_list_reviews (fixture->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(MentorReview) r0 = g_list_model_get_item (list, 0);
    g_autoptr(MentorReview) r1 = g_list_model_get_item (list, 1);
    g_autoptr(MentorReview) r2 = g_list_model_get_item (list, 2);

    g_assert_cmpstr (mentor_review_get_written_on (r0), ==, "2026-03-10");
    g_assert_cmpstr (mentor_review_get_note (r0), ==, "Helpful, if rushed.");
    g_assert_cmpint (mentor_review_get_author (r0), ==, MENTOR_OWNER_MENTEE);
    g_assert_cmpuint (mentor_review_get_rating (r0), ==, 4);
    g_assert_cmpint (mentor_review_get_mentorship_id (r0), ==, id);
    g_assert_cmpstr (mentor_review_get_written_on (r1), ==, "2026-02-06");
    g_assert_cmpint (mentor_review_get_author (r2), ==, MENTOR_OWNER_MENTOR);
  }

  /* Updated in place. */
  mentor_review_set_rating (review, 3);
  g_assert_true (mentor_store_save_review (fixture->store, review, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = mentor_store_list_reviews (fixture->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(MentorReview) r0 = g_list_model_get_item (list, 0);
    g_assert_cmpuint (mentor_review_get_rating (r0), ==, 3);
  }

  g_assert_true (mentor_store_delete_review (fixture->store, mentor_review_get_id (review), &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = mentor_store_list_reviews (fixture->store, id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  g_assert_false (mentor_store_delete_review (fixture->store, mentor_review_get_id (review), &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This review is no longer in the data file.");
  g_clear_error (&error);
  g_assert_false (mentor_store_save_review (fixture->store, review, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  gint64 id = add_mentorship (fixture->store, "2026-01-05", MENTOR_STATUS_ACTIVE);
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  static const struct {
    gint64      mentorship;
    guint       rating;
    const char *written_on;
    const char *message;
  } bad[] = {
    { 1, 0, "2026-03-01", "Choose a rating from 1 to 5." },
    { 1, 3, "2026-02-30", "The date of the review, “2026-02-30”, is not a valid date." },
    { 1, 3, "2026-01-04", "A review cannot be dated before the mentorship started." },
    { 0, 3, "2026-03-01", "Choose the mentorship it belongs to." },
    { 99, 3, "2026-03-01", "The mentorship is no longer in the data file." },
  };

  g_assert_cmpint (id, ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(MentorReview) review = new_review (bad[i].mentorship, MENTOR_OWNER_MENTOR,
                                                   bad[i].rating, bad[i].written_on);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i].message);
      g_assert_false (mentor_store_save_review (fixture->store, review, &error));
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_cmpint (mentor_review_get_id (review), ==, 0);
    }

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refused_not_started (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_mentorship (fixture->store, NULL, MENTOR_STATUS_PROPOSED);
  g_autoptr(MentorReview) review = new_review (id, MENTOR_OWNER_MENTEE, 4, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (mentor_store_save_review (fixture->store, review, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A mentorship can be reviewed once it has started.");
}

static void
assert_due (MentorStore *store,
            gint64       id,
            const char  *today,
            gboolean     due_now,
            const char  *mentor_due,
            const char  *mentee_due)
{
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;

  g_assert_cmpint (mentor_store_reviews_due (store, id, today, &mentor, &mentee), ==, due_now);
  g_assert_cmpstr (mentor, ==, mentor_due);
  g_assert_cmpstr (mentee, ==, mentee_due);
}

static void
test_due_in_store (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 id = add_mentorship (fixture->store, "2026-01-01", MENTOR_STATUS_ACTIVE);
  g_autoptr(GError) error = NULL;

  /* Neither side wrote one: both first reviews were due on 31 Jan. */
  assert_due (fixture->store, id, NULL, TRUE, "2026-01-31", "2026-01-31");
  /* One day before it was due, on it, and after. */
  assert_due (fixture->store, id, "2026-01-30", FALSE, "2026-01-31", "2026-01-31");
  assert_due (fixture->store, id, "2026-01-31", TRUE, "2026-01-31", "2026-01-31");

  /* Each side on its own rhythm. */
  add_review (fixture->store, id, MENTOR_OWNER_MENTOR, 4, "2026-02-20");
  assert_due (fixture->store, id, NULL, TRUE, "2026-04-21", "2026-01-31");
  add_review (fixture->store, id, MENTOR_OWNER_MENTEE, 5, "2026-03-01");
  assert_due (fixture->store, id, NULL, FALSE, "2026-04-21", "2026-04-30");
  assert_due (fixture->store, id, "2026-04-20", FALSE, "2026-04-21", "2026-04-30");
  assert_due (fixture->store, id, "2026-04-21", TRUE, "2026-04-21", "2026-04-30");

  /* The latest review of a side counts, not the first. */
  add_review (fixture->store, id, MENTOR_OWNER_MENTOR, 4, "2026-01-20");
  assert_due (fixture->store, id, NULL, FALSE, "2026-04-21", "2026-04-30");

  /* Out pointers are optional. */
  g_assert_true (mentor_store_reviews_due (fixture->store, id, "2026-05-01", NULL, NULL));

  /* Paused ones still have reviews due. */
  g_assert_true (mentor_store_set_mentorship_status (fixture->store, id, MENTOR_STATUS_PAUSED, NULL, &error));
  g_assert_no_error (error);
  assert_due (fixture->store, id, NULL, FALSE, "2026-04-21", "2026-04-30");

  /* Closed: none any more. */
  g_assert_true (mentor_store_set_mentorship_status (fixture->store, id, MENTOR_STATUS_COMPLETED, NULL, &error));
  g_assert_no_error (error);
  assert_due (fixture->store, id, "2026-12-31", FALSE, NULL, NULL);

  /* No such mentorship. */
  assert_due (fixture->store, 999, NULL, FALSE, NULL, NULL);
}

static void
test_due_before_start (Fixture       *fixture,
                       gconstpointer  data)
{
  /* Active with a start ahead (agreed to begin next month). */
  gint64 id = add_mentorship (fixture->store, "2026-04-01", MENTOR_STATUS_ACTIVE);

  assert_due (fixture->store, id, NULL, FALSE, "2026-05-01", "2026-05-01");
}

static void
test_due_none_for_proposed_and_ended (Fixture       *fixture,
                                      gconstpointer  data)
{
  gint64 proposed = add_mentorship (fixture->store, "2026-01-01", MENTOR_STATUS_PROPOSED);
  g_autoptr(MentorPerson) cy = mentor_test_add_person (fixture->store, "Cy Doe", "cy@example.com");
  g_autoptr(MentorMentorship) m = mentor_test_add_mentorship (fixture->store, 1,
                                                               mentor_person_get_id (cy));
  g_autoptr(GError) error = NULL;
  gint64 ended = mentor_mentorship_get_id (m);

  g_assert_true (mentor_store_set_mentorship_status (fixture->store, ended, MENTOR_STATUS_ENDED,
                                                     "Moved on.", &error));
  g_assert_no_error (error);

  assert_due (fixture->store, proposed, NULL, FALSE, NULL, NULL);
  assert_due (fixture->store, ended, NULL, FALSE, NULL, NULL);
}

static void
test_low_review_is_a_reason (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 id = add_mentorship (fixture->store, "2026-01-05", MENTOR_STATUS_ACTIVE);
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  MentorHealth *health;

  /* Otherwise on track: a goal, met a week ago. */
  mentor_goal_set_mentorship_id (goal, id);
  mentor_goal_set_title (goal, "Lead a negotiation");
  g_assert_true (mentor_store_save_goal (fixture->store, goal, &error));
  mentor_meeting_set_mentorship_id (meeting, id);
  mentor_meeting_set_starts_at (meeting, "2026-03-03T09:00:00Z");
  mentor_meeting_set_tzid (meeting, "Europe/Berlin");
  mentor_meeting_set_status (meeting, MENTOR_MEETING_HELD);
  g_assert_true (mentor_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);

  add_review (fixture->store, id, MENTOR_OWNER_MENTEE, 2, "2026-02-01");
  m = mentor_store_get_mentorship (fixture->store, id, &error);
  g_assert_no_error (error);
  health = mentor_mentorship_get_health (m);
  g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_NEEDS_ATTENTION);
  g_assert_cmpstr (mentor_health_get_reasons (health)[0], ==,
                   "Bo Lindqvist rated the relationship 2 of 5 on 1 Feb 2026.");

  /* A newer, better review of the same side clears it. */
  add_review (fixture->store, id, MENTOR_OWNER_MENTEE, 4, "2026-03-05");
  g_clear_object (&m);
  m = mentor_store_get_mentorship (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_health_get_level (mentor_mentorship_get_health (m)), ==, MENTOR_HEALTH_ON_TRACK);

  /* The other side's low one counts on its own. */
  add_review (fixture->store, id, MENTOR_OWNER_MENTOR, 1, "2026-03-06");
  g_clear_object (&m);
  m = mentor_store_get_mentorship (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mentor_health_get_reasons (mentor_mentorship_get_health (m))[0], ==,
                   "Ana Souza rated the relationship 1 of 5 on 6 Mar 2026.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  g_test_add_func ("/reviews/due-on", test_due_on);
  ADD ("/reviews/save-list-delete", test_save_list_delete);
  ADD ("/reviews/refused", test_refused);
  ADD ("/reviews/refused-not-started", test_refused_not_started);
  ADD ("/reviews/due/in-store", test_due_in_store);
  ADD ("/reviews/due/before-start", test_due_before_start);
  ADD ("/reviews/due/none-when-not-open", test_due_none_for_proposed_and_ended);
  ADD ("/reviews/low-review-is-a-reason", test_low_review_is_a_reason);

  return g_test_run ();
}
