/* test-health.c — every health rule at every edge, with an injected today
 *
 * mentor_health_compute() is pure: each test starts from a mentorship that is
 * on track and changes one fact, one day before, at and after each threshold.
 */
#include "config.h"

#include <string.h>

#include "mentor-test-util.h"

#define TODAY "2026-03-10"

/* Dates relative to TODAY, kept for the life of the test program. */
static const char *
days_ago (int days)
{
  static GStringChunk *chunk;
  g_autofree char *date = mentor_date_add_days (TODAY, -days);

  if (chunk == NULL)
    chunk = g_string_chunk_new (256);

  return g_string_chunk_insert_const (chunk, date);
}

/* Active, fortnightly, met yesterday, one goal, nothing wrong. */
static MentorHealthInput
healthy (void)
{
  MentorHealthInput in = { 0, };

  in.status = MENTOR_STATUS_ACTIVE;
  in.started_on = days_ago (60);
  in.ends_on = days_ago (-120);
  in.cadence_days = 14;
  in.last_held_on = days_ago (1);
  in.n_goals = 1;
  in.mentor_name = "Ana Souza";
  in.mentee_name = "Kwame Asante";
  in.today = TODAY;

  return in;
}

static MentorHealthLevel
level_of (const MentorHealthInput *in)
{
  g_autoptr(MentorHealth) health = mentor_health_compute (in);

  return mentor_health_get_level (health);
}

/* Asserts the level and, when given, that the only reason is `reason`. */
static void
assert_health (const MentorHealthInput *in,
               MentorHealthLevel        level,
               const char              *reason)
{
  g_autoptr(MentorHealth) health = mentor_health_compute (in);
  const char * const *reasons = mentor_health_get_reasons (health);

  g_assert_cmpint (mentor_health_get_level (health), ==, level);
  if (level == MENTOR_HEALTH_ON_TRACK || level == MENTOR_HEALTH_NONE)
    g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 0);
  if (reason != NULL)
    {
      g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 1);
      g_assert_cmpstr (reasons[0], ==, reason);
    }
}

static void
test_labels (void)
{
  g_assert_cmpstr (mentor_health_level_to_label (MENTOR_HEALTH_NONE), ==, "");
  g_assert_cmpstr (mentor_health_level_to_label (MENTOR_HEALTH_ON_TRACK), ==, "On Track");
  g_assert_cmpstr (mentor_health_level_to_label (MENTOR_HEALTH_NEEDS_ATTENTION), ==, "Needs Attention");
  g_assert_cmpstr (mentor_health_level_to_label (MENTOR_HEALTH_AT_RISK), ==, "At Risk");
  g_assert_null (mentor_health_level_to_icon_name (MENTOR_HEALTH_NONE));
  g_assert_cmpstr (mentor_health_level_to_icon_name (MENTOR_HEALTH_ON_TRACK), ==, "emblem-ok-symbolic");
  g_assert_cmpstr (mentor_health_level_to_icon_name (MENTOR_HEALTH_NEEDS_ATTENTION), ==, "dialog-warning-symbolic");
  g_assert_cmpstr (mentor_health_level_to_icon_name (MENTOR_HEALTH_AT_RISK), ==, "dialog-error-symbolic");
  g_assert_cmpstr (mentor_health_level_to_string (MENTOR_HEALTH_AT_RISK), ==, "at-risk");
  g_assert_cmpstr (mentor_health_level_to_string (MENTOR_HEALTH_NEEDS_ATTENTION), ==, "needs-attention");
  g_assert_cmpstr (mentor_health_level_to_string (MENTOR_HEALTH_ON_TRACK), ==, "on-track");
  g_assert_cmpstr (mentor_health_level_to_string (MENTOR_HEALTH_NONE), ==, "none");
}

static void
test_max_gap (void)
{
  /* 150 % of the cadence, rounded up, unless the mentorship sets its own. */
  g_assert_cmpuint (mentor_health_max_gap_for (14, 0), ==, 21);
  g_assert_cmpuint (mentor_health_max_gap_for (7, 0), ==, 11);
  g_assert_cmpuint (mentor_health_max_gap_for (30, 0), ==, 45);
  g_assert_cmpuint (mentor_health_max_gap_for (1, 0), ==, 2);
  g_assert_cmpuint (mentor_health_max_gap_for (0, 0), ==, 0);
  g_assert_cmpuint (mentor_health_max_gap_for (14, 30), ==, 30);
}

static void
test_on_track (void)
{
  MentorHealthInput in = healthy ();
  g_autoptr(MentorHealth) health = mentor_health_compute (&in);

  g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_ON_TRACK);
  g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_reasons (health)), ==, 0);
  /* Met yesterday, fortnightly: the next one is due in 13 days. */
  g_assert_cmpstr (mentor_health_get_next_due (health), ==, "2026-03-23");
  g_assert_cmpstr (mentor_health_get_advice (health)[0], ==, "Next check-in due by 23 Mar 2026.");
  g_assert_null (mentor_health_get_advice (health)[1]);

  /* The properties say the same. */
  {
    g_auto(GStrv) reasons = NULL;
    g_autofree char *next_due = NULL;
    guint level;

    g_object_get (health, "level", &level, "reasons", &reasons, "next-due", &next_due, NULL);
    g_assert_cmpuint (level, ==, MENTOR_HEALTH_ON_TRACK);
    g_assert_cmpuint (g_strv_length (reasons), ==, 0);
    g_assert_cmpstr (next_due, ==, "2026-03-23");
  }
}

static void
test_not_applicable (void)
{
  static const MentorStatus closed[] = {
    MENTOR_STATUS_PROPOSED, MENTOR_STATUS_COMPLETED, MENTOR_STATUS_ENDED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (closed); i++)
    {
      MentorHealthInput in = healthy ();
      g_autoptr(MentorHealth) health = NULL;

      /* Whatever the facts, health does not apply. */
      in.status = closed[i];
      in.last_held_on = days_ago (300);
      in.n_goals = 0;
      in.ends_on = days_ago (100);
      health = mentor_health_compute (&in);
      g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_NONE);
      g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_reasons (health)), ==, 0);
      g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_advice (health)), ==, 0);
      g_assert_null (mentor_health_get_next_due (health));
    }
}

static void
test_gap_default_maximum (void)
{
  MentorHealthInput in = healthy ();

  /* Cadence 14: ideal 14, maximum 21. */
  in.last_held_on = days_ago (13);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.last_held_on = days_ago (14);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.last_held_on = days_ago (15);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "No meeting held for 15 days (agreed: every 14).");
  in.last_held_on = days_ago (20);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (21);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "No meeting held for 21 days (agreed: every 14).");
  in.last_held_on = days_ago (22);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "No meeting held for 22 days (agreed: every 14).");
  in.last_held_on = days_ago (37);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "No meeting held for 37 days (agreed: every 14).");

  /* Cadence 7: the maximum 10.5 rounds up to 11. */
  in.cadence_days = 7;
  in.last_held_on = days_ago (7);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.last_held_on = days_ago (8);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (11);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (12);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, NULL);
}

static void
test_gap_own_maximum (void)
{
  MentorHealthInput in = healthy ();

  in.max_gap_days = 30;
  in.last_held_on = days_ago (21);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (29);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (30);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.last_held_on = days_ago (31);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, NULL);

  /* The ideal interval is still the cadence. */
  in.last_held_on = days_ago (14);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.last_held_on = days_ago (15);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
}

static void
test_gap_advice (void)
{
  MentorHealthInput in = healthy ();
  g_autoptr(MentorHealth) health = NULL;

  in.last_held_on = days_ago (22);
  health = mentor_health_compute (&in);
  /* Due 14 days after the last meeting: 8 days ago. */
  g_assert_cmpstr (mentor_health_get_next_due (health), ==, "2026-03-02");
  g_assert_cmpstr (mentor_health_get_advice (health)[0], ==,
                   "Hold a check-in now: it was due by 2 Mar 2026.");
  g_assert_null (mentor_health_get_advice (health)[1]);
}

static void
test_gap_from_start (void)
{
  MentorHealthInput in = healthy ();

  /* No meeting held yet: the gap counts from the start date. */
  in.last_held_on = NULL;
  in.started_on = days_ago (14);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.started_on = days_ago (15);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION,
                 "No meeting held in the 15 days since the start (agreed: every 14).");
  in.started_on = days_ago (21);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.started_on = days_ago (22);
  assert_health (&in, MENTOR_HEALTH_AT_RISK,
                 "No meeting held in the 22 days since the start (agreed: every 14).");

  /* Starting in the future: nothing is late yet. */
  in.started_on = days_ago (-3);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  {
    g_autoptr(MentorHealth) health = mentor_health_compute (&in);
    g_assert_cmpstr (mentor_health_get_next_due (health), ==, "2026-03-27");
  }

  /* No start date and no meeting: no gap to measure. */
  in.started_on = NULL;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
}

static void
test_gap_without_cadence (void)
{
  MentorHealthInput in = healthy ();
  g_autoptr(MentorHealth) health = NULL;

  in.cadence_days = 0;
  in.last_held_on = days_ago (200);
  health = mentor_health_compute (&in);
  g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_ON_TRACK);
  g_assert_null (mentor_health_get_next_due (health));
}

static void
test_paused (void)
{
  MentorHealthInput in = healthy ();
  g_autoptr(MentorHealth) health = NULL;
  MentorMeetingStatus recent[] = {
    MENTOR_MEETING_MISSED, MENTOR_MEETING_CANCELLED, MENTOR_MEETING_MISSED,
  };

  /* A paused mentorship does not accrue a gap, nor is it past its end. */
  in.status = MENTOR_STATUS_PAUSED;
  in.last_held_on = days_ago (100);
  in.ends_on = days_ago (40);
  health = mentor_health_compute (&in);
  g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_ON_TRACK);
  g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_reasons (health)), ==, 0);
  g_assert_null (mentor_health_get_next_due (health));

  /* Other rules still fire. */
  in.recent = recent;
  in.n_recent = G_N_ELEMENTS (recent);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "3 of the last 3 meetings were missed or cancelled.");
}

static void
test_missed (void)
{
  MentorHealthInput in = healthy ();
  MentorMeetingStatus recent[5] = {
    MENTOR_MEETING_HELD, MENTOR_MEETING_HELD, MENTOR_MEETING_HELD, MENTOR_MEETING_HELD,
    MENTOR_MEETING_HELD,
  };

  in.recent = recent;
  in.n_recent = 4;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);

  recent[1] = MENTOR_MEETING_MISSED;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);

  recent[3] = MENTOR_MEETING_CANCELLED;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "2 of the last 4 meetings were missed or cancelled.");

  recent[0] = MENTOR_MEETING_CANCELLED;
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "3 of the last 4 meetings were missed or cancelled.");

  recent[2] = MENTOR_MEETING_MISSED;
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "4 of the last 4 meetings were missed or cancelled.");

  /* Scheduled ones that were never recorded are not counted as missed. */
  recent[0] = recent[1] = recent[2] = MENTOR_MEETING_SCHEDULED;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);

  /* Only the latest four are read: a fifth, older one does not count. */
  recent[0] = MENTOR_MEETING_HELD;
  recent[1] = MENTOR_MEETING_HELD;
  recent[2] = MENTOR_MEETING_HELD;
  recent[3] = MENTOR_MEETING_MISSED;
  recent[4] = MENTOR_MEETING_MISSED;
  in.n_recent = 5;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);

  /* Fewer than four meetings so far. */
  recent[0] = MENTOR_MEETING_MISSED;
  recent[1] = MENTOR_MEETING_CANCELLED;
  in.n_recent = 2;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "2 of the last 2 meetings were missed or cancelled.");
}

static void
test_overdue_milestones (void)
{
  MentorHealthInput in = healthy ();
  MentorHealthOverdue overdue[2] = {
    { "Draft the plan", 1 },
    { "Ask for feedback", 3 },
  };
  g_autoptr(MentorHealth) health = NULL;

  in.overdue = overdue;
  in.n_overdue = 1;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "Milestone “Draft the plan” is 1 day overdue.");
  overdue[0].days_overdue = 12;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "Milestone “Draft the plan” is 12 days overdue.");
  overdue[0].days_overdue = 29;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  overdue[0].days_overdue = 30;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "Milestone “Draft the plan” is 30 days overdue.");
  overdue[0].days_overdue = 31;
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "Milestone “Draft the plan” is 31 days overdue.");

  /* Several: one sentence naming the most overdue. */
  in.n_overdue = 2;
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "2 milestones are overdue; “Draft the plan” by 31 days.");
  overdue[0].days_overdue = 2;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "2 milestones are overdue; “Ask for feedback” by 3 days.");

  health = mentor_health_compute (&in);
  g_assert_cmpstr (mentor_health_get_advice (health)[1], ==,
                   "Finish “Ask for feedback” or agree a new due date (it was due on 7 Mar 2026).");
}

static void
test_no_goal (void)
{
  MentorHealthInput in = healthy ();

  in.n_goals = 0;
  in.started_on = days_ago (20);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.started_on = days_ago (21);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.started_on = days_ago (22);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "No goal set after 22 days.");
  in.started_on = days_ago (35);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "No goal set after 5 weeks.");
  /* It never gets worse than needing attention. */
  in.started_on = days_ago (200);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "No goal set after 28 weeks.");

  {
    g_autoptr(MentorHealth) health = mentor_health_compute (&in);
    g_assert_cmpstr (mentor_health_get_advice (health)[1], ==, "Set a first goal.");
  }

  in.n_goals = 1;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);

  /* Paused ones need goals too. */
  in.n_goals = 0;
  in.status = MENTOR_STATUS_PAUSED;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
}

static void
test_past_end (void)
{
  MentorHealthInput in = healthy ();

  in.ends_on = days_ago (0);
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.ends_on = days_ago (1);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "Still active 1 day past the planned end date.");
  in.ends_on = days_ago (9);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, "Still active 9 days past the planned end date.");
  in.ends_on = days_ago (30);
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION, NULL);
  in.ends_on = days_ago (31);
  assert_health (&in, MENTOR_HEALTH_AT_RISK, "Still active 31 days past the planned end date.");

  {
    g_autoptr(MentorHealth) health = mentor_health_compute (&in);
    g_assert_cmpstr (mentor_health_get_advice (health)[1], ==,
                     "Review the plan, then complete the mentorship or extend the end date "
                     "(planned: 7 Feb 2026).");
  }

  in.ends_on = NULL;
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
}

static void
test_low_review (void)
{
  MentorHealthInput in = healthy ();

  in.latest_review[MENTOR_OWNER_MENTEE].rating = 3;
  in.latest_review[MENTOR_OWNER_MENTEE].written_on = "2026-03-03";
  assert_health (&in, MENTOR_HEALTH_ON_TRACK, NULL);
  in.latest_review[MENTOR_OWNER_MENTEE].rating = 2;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION,
                 "Kwame Asante rated the relationship 2 of 5 on 3 Mar 2026.");
  in.latest_review[MENTOR_OWNER_MENTEE].rating = 1;
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION,
                 "Kwame Asante rated the relationship 1 of 5 on 3 Mar 2026.");

  /* Either side. */
  in.latest_review[MENTOR_OWNER_MENTEE].rating = 5;
  in.latest_review[MENTOR_OWNER_MENTOR].rating = 2;
  in.latest_review[MENTOR_OWNER_MENTOR].written_on = "2025-11-03";
  assert_health (&in, MENTOR_HEALTH_NEEDS_ATTENTION,
                 "Ana Souza rated the relationship 2 of 5 on 3 Nov 2025.");

  /* Both: two reasons. */
  in.latest_review[MENTOR_OWNER_MENTEE].rating = 2;
  {
    g_autoptr(MentorHealth) health = mentor_health_compute (&in);
    g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_reasons (health)), ==, 2);
  }
}

static void
test_worst_first (void)
{
  MentorHealthInput in = healthy ();
  g_autoptr(MentorHealth) health = NULL;
  const char * const *reasons;

  /* A gap needing attention, a low review, and an end long past (at risk). */
  in.last_held_on = days_ago (15);
  in.latest_review[MENTOR_OWNER_MENTEE].rating = 2;
  in.latest_review[MENTOR_OWNER_MENTEE].written_on = "2026-03-03";
  in.ends_on = days_ago (40);
  health = mentor_health_compute (&in);
  reasons = mentor_health_get_reasons (health);

  g_assert_cmpint (mentor_health_get_level (health), ==, MENTOR_HEALTH_AT_RISK);
  g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 3);
  g_assert_cmpstr (reasons[0], ==, "Still active 40 days past the planned end date.");
  g_assert_cmpstr (reasons[1], ==, "No meeting held for 15 days (agreed: every 14).");
  g_assert_cmpstr (reasons[2], ==, "Kwame Asante rated the relationship 2 of 5 on 3 Mar 2026.");
  g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_advice (health)), ==, 3);
}

static void
test_today_from_environment (void)
{
  MentorHealthInput in = healthy ();

  /* NULL today: mentor_today(), which the tests fix at 2026-03-10. */
  in.today = NULL;
  in.last_held_on = "2026-02-24";
  g_assert_cmpint (level_of (&in), ==, MENTOR_HEALTH_ON_TRACK);
  in.last_held_on = "2026-02-23";
  g_assert_cmpint (level_of (&in), ==, MENTOR_HEALTH_NEEDS_ATTENTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/health/labels", test_labels);
  g_test_add_func ("/health/max-gap", test_max_gap);
  g_test_add_func ("/health/on-track", test_on_track);
  g_test_add_func ("/health/not-applicable", test_not_applicable);
  g_test_add_func ("/health/gap/default-maximum", test_gap_default_maximum);
  g_test_add_func ("/health/gap/own-maximum", test_gap_own_maximum);
  g_test_add_func ("/health/gap/advice", test_gap_advice);
  g_test_add_func ("/health/gap/from-start", test_gap_from_start);
  g_test_add_func ("/health/gap/without-cadence", test_gap_without_cadence);
  g_test_add_func ("/health/paused", test_paused);
  g_test_add_func ("/health/missed", test_missed);
  g_test_add_func ("/health/overdue-milestones", test_overdue_milestones);
  g_test_add_func ("/health/no-goal", test_no_goal);
  g_test_add_func ("/health/past-end", test_past_end);
  g_test_add_func ("/health/low-review", test_low_review);
  g_test_add_func ("/health/worst-first", test_worst_first);
  g_test_add_func ("/health/today-from-environment", test_today_from_environment);

  return g_test_run ();
}
