/* test-records.c — the record objects: defaults, notifications, copies */
#include "config.h"

#include "mentor-core.h"

typedef struct {
  guint  count;
  char  *last;
} Notes;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Notes      *notes)
{
  notes->count++;
  g_free (notes->last);
  notes->last = g_strdup (pspec->name);
}

static void
test_person_defaults_and_notify (void)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  const char *skills[] = { "Leadership", "Networking", NULL };
  Notes notes = { 0 };

  g_assert_cmpint (mentor_person_get_id (person), ==, 0);
  g_assert_cmpstr (mentor_person_get_name (person), ==, "");
  g_assert_cmpstr (mentor_person_get_email (person), ==, "");
  g_assert_cmpstr (mentor_person_get_timezone (person), ==, "");
  g_assert_nonnull (mentor_person_get_offers (person));
  g_assert_null (mentor_person_get_offers (person)[0]);
  g_assert_false (mentor_person_get_archived (person));

  g_signal_connect (person, "notify", G_CALLBACK (notify_cb), &notes);

  mentor_person_set_name (person, "Ana Souza");
  g_assert_cmpuint (notes.count, ==, 1);
  g_assert_cmpstr (notes.last, ==, "name");

  /* Same value: no notification. */
  mentor_person_set_name (person, "Ana Souza");
  g_assert_cmpuint (notes.count, ==, 1);

  /* NULL becomes "" and notifies once. */
  mentor_person_set_title (person, "Director");
  mentor_person_set_title (person, NULL);
  g_assert_cmpstr (mentor_person_get_title (person), ==, "");
  g_assert_cmpuint (notes.count, ==, 3);
  mentor_person_set_title (person, "");
  g_assert_cmpuint (notes.count, ==, 3);

  mentor_person_set_offers (person, skills);
  mentor_person_set_offers (person, skills);
  g_assert_cmpuint (notes.count, ==, 4);
  g_assert_cmpstr (notes.last, ==, "offers");
  g_assert_cmpstr (mentor_person_get_offers (person)[1], ==, "Networking");

  mentor_person_set_capacity (person, 3);
  mentor_person_set_capacity (person, 3);
  g_assert_cmpuint (notes.count, ==, 5);

  /* Properties by name work too. */
  g_object_set (person, "email", "ana@example.com", "manager-id", (gint64) 7, NULL);
  g_assert_cmpstr (mentor_person_get_email (person), ==, "ana@example.com");
  g_assert_cmpint (mentor_person_get_manager_id (person), ==, 7);
  g_assert_cmpuint (notes.count, ==, 7);

  g_free (notes.last);
}

static void
test_person_copy (void)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autoptr(MentorPerson) copy = NULL;
  const char *seeks[] = { "Strategic Thinking", NULL };

  mentor_person_set_name (person, "Bo Lindqvist");
  mentor_person_set_email (person, "bo@example.com");
  mentor_person_set_timezone (person, "Europe/Stockholm");
  mentor_person_set_capacity (person, 4);
  mentor_person_set_seeks (person, seeks);

  copy = mentor_person_copy (person);
  g_assert_true (copy != person);
  g_assert_cmpstr (mentor_person_get_name (copy), ==, "Bo Lindqvist");
  g_assert_cmpstr (mentor_person_get_email (copy), ==, "bo@example.com");
  g_assert_cmpstr (mentor_person_get_timezone (copy), ==, "Europe/Stockholm");
  g_assert_cmpuint (mentor_person_get_capacity (copy), ==, 4);
  g_assert_true (g_strv_equal (mentor_person_get_seeks (copy), seeks));

  /* Deep: editing the copy leaves the original alone. */
  mentor_person_set_name (copy, "Someone Else");
  g_assert_cmpstr (mentor_person_get_name (person), ==, "Bo Lindqvist");
}

static void
test_mentorship_defaults_and_copy (void)
{
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(MentorMentorship) copy = NULL;
  const char *areas[] = { "Leadership", "Negotiation", NULL };
  Notes notes = { 0 };
  guint status = 99;

  g_assert_cmpint (mentor_mentorship_get_status (m), ==, MENTOR_STATUS_PROPOSED);
  g_assert_cmpint (mentor_mentorship_get_kind (m), ==, MENTOR_KIND_TRADITIONAL);
  g_assert_null (mentor_mentorship_get_started_on (m));
  g_assert_null (mentor_mentorship_get_closed_on (m));
  g_assert_cmpstr (mentor_mentorship_get_end_reason (m), ==, "");
  g_assert_cmpstr (mentor_mentorship_get_mentor_name (m), ==, "");
  g_assert_nonnull (mentor_mentorship_get_focus_areas (m));

  g_signal_connect (m, "notify", G_CALLBACK (notify_cb), &notes);
  mentor_mentorship_set_started_on (m, "2026-01-05");
  mentor_mentorship_set_started_on (m, "2026-01-05");
  g_assert_cmpuint (notes.count, ==, 1);
  /* An empty date means no date. */
  mentor_mentorship_set_ends_on (m, "");
  g_assert_null (mentor_mentorship_get_ends_on (m));
  g_assert_cmpuint (notes.count, ==, 1);
  mentor_mentorship_set_mode (m, MENTOR_MODE_IN_PERSON);
  mentor_mentorship_set_focus_areas (m, areas);
  g_assert_cmpuint (notes.count, ==, 3);

  /* status is read-only for everyone but the store. */
  g_object_get (m, "status", &status, NULL);
  g_assert_cmpuint (status, ==, MENTOR_STATUS_PROPOSED);
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (m), "status")->flags & G_PARAM_WRITABLE);

  copy = mentor_mentorship_copy (m);
  g_assert_cmpstr (mentor_mentorship_get_started_on (copy), ==, "2026-01-05");
  g_assert_cmpint (mentor_mentorship_get_mode (copy), ==, MENTOR_MODE_IN_PERSON);
  g_assert_true (g_strv_equal (mentor_mentorship_get_focus_areas (copy), areas));

  g_free (notes.last);
}

static void
test_other_records (void)
{
  g_autoptr(MentorGoal) goal = mentor_goal_new ();
  g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
  g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(MentorActionItem) item = mentor_action_item_new ();
  Notes notes = { 0 };

  g_assert_cmpint (mentor_goal_get_status (goal), ==, MENTOR_GOAL_OPEN);
  g_assert_null (mentor_goal_get_target_on (goal));
  g_assert_cmpstr (mentor_goal_get_success_measure (goal), ==, "");

  g_assert_cmpuint (mentor_milestone_get_position (milestone), ==, 0);
  g_assert_null (mentor_milestone_get_done_on (milestone));

  g_assert_cmpint (mentor_meeting_get_status (meeting), ==, MENTOR_MEETING_SCHEDULED);
  g_assert_cmpstr (mentor_meeting_get_private_notes (meeting), ==, "");
  g_assert_null (mentor_meeting_get_starts_at (meeting));
  g_assert_cmpuint (mentor_meeting_get_duration_min (meeting), >, 0);

  g_assert_cmpstr (mentor_checkin_series_get_exdates (series), ==, "");
  g_assert_cmpstr (mentor_checkin_series_get_uid (series), ==, "");

  g_assert_cmpstr (mentor_action_item_get_text (item), ==, "");

  g_signal_connect (meeting, "notify", G_CALLBACK (notify_cb), &notes);
  mentor_meeting_set_private_notes (meeting, "Only for me");
  mentor_meeting_set_private_notes (meeting, "Only for me");
  mentor_meeting_set_status (meeting, MENTOR_MEETING_HELD);
  mentor_meeting_set_status (meeting, MENTOR_MEETING_HELD);
  g_assert_cmpuint (notes.count, ==, 2);
  g_assert_cmpstr (notes.last, ==, "status");

  g_object_set (series, "rrule", "FREQ=WEEKLY", "duration-min", 45u, NULL);
  g_assert_cmpstr (mentor_checkin_series_get_rrule (series), ==, "FREQ=WEEKLY");
  g_assert_cmpuint (mentor_checkin_series_get_duration_min (series), ==, 45);

  mentor_action_item_set_owner (item, MENTOR_OWNER_MENTOR);
  g_assert_cmpint (mentor_action_item_get_owner (item), ==, MENTOR_OWNER_MENTOR);

  g_free (notes.last);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records/person/defaults-and-notify", test_person_defaults_and_notify);
  g_test_add_func ("/records/person/copy", test_person_copy);
  g_test_add_func ("/records/mentorship/defaults-and-copy", test_mentorship_defaults_and_copy);
  g_test_add_func ("/records/others", test_other_records);

  return g_test_run ();
}
