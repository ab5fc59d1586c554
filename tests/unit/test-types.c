/* test-types.c — stored words, labels, the lifecycle table, dates and zones */
#include "config.h"

#include "mentor-core.h"

static void
test_words_round_trip (void)
{
  static const char * const kinds[] = { "traditional", "reverse", "peer" };
  static const char * const statuses[] = { "proposed", "active", "paused", "completed", "ended" };
  static const char * const modes[] = { "video", "phone", "in_person", "chat" };
  static const char * const goals[] = { "open", "achieved", "dropped" };
  static const char * const meetings[] = { "scheduled", "held", "cancelled", "missed" };

  for (guint i = 0; i < MENTOR_N_KINDS; i++)
    {
      MentorKind kind = MENTOR_N_KINDS;
      g_assert_cmpstr (mentor_kind_to_string (i), ==, kinds[i]);
      g_assert_true (mentor_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  for (guint i = 0; i < MENTOR_N_STATUSES; i++)
    {
      MentorStatus status = MENTOR_N_STATUSES;
      g_assert_cmpstr (mentor_status_to_string (i), ==, statuses[i]);
      g_assert_true (mentor_status_from_string (statuses[i], &status));
      g_assert_cmpint (status, ==, i);
    }
  for (guint i = 0; i < MENTOR_N_MODES; i++)
    {
      MentorMode mode = MENTOR_N_MODES;
      g_assert_cmpstr (mentor_mode_to_string (i), ==, modes[i]);
      g_assert_true (mentor_mode_from_string (modes[i], &mode));
      g_assert_cmpint (mode, ==, i);
    }
  for (guint i = 0; i < MENTOR_N_GOAL_STATUSES; i++)
    {
      MentorGoalStatus status = MENTOR_N_GOAL_STATUSES;
      g_assert_cmpstr (mentor_goal_status_to_string (i), ==, goals[i]);
      g_assert_true (mentor_goal_status_from_string (goals[i], &status));
      g_assert_cmpint (status, ==, i);
    }
  for (guint i = 0; i < MENTOR_N_MEETING_STATUSES; i++)
    {
      MentorMeetingStatus status = MENTOR_N_MEETING_STATUSES;
      g_assert_cmpstr (mentor_meeting_status_to_string (i), ==, meetings[i]);
      g_assert_true (mentor_meeting_status_from_string (meetings[i], &status));
      g_assert_cmpint (status, ==, i);
    }

  g_assert_cmpstr (mentor_skill_kind_to_string (MENTOR_SKILL_OFFERS), ==, "offers");
  g_assert_cmpstr (mentor_skill_kind_to_string (MENTOR_SKILL_SEEKS), ==, "seeks");
  g_assert_cmpstr (mentor_owner_to_string (MENTOR_OWNER_MENTOR), ==, "mentor");
  g_assert_cmpstr (mentor_owner_to_string (MENTOR_OWNER_MENTEE), ==, "mentee");
}

static void
test_words_unknown (void)
{
  MentorKind kind = MENTOR_KIND_PEER;
  MentorStatus status = MENTOR_STATUS_PAUSED;
  MentorMode mode = MENTOR_MODE_CHAT;
  MentorOwner owner = MENTOR_OWNER_MENTOR;

  /* Unknown words fail and leave the output alone; case matters. */
  g_assert_false (mentor_kind_from_string ("Traditional", &kind));
  g_assert_false (mentor_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, MENTOR_KIND_PEER);
  g_assert_false (mentor_status_from_string ("closed", &status));
  g_assert_cmpint (status, ==, MENTOR_STATUS_PAUSED);
  g_assert_false (mentor_mode_from_string ("in person", &mode));
  g_assert_cmpint (mode, ==, MENTOR_MODE_CHAT);
  g_assert_false (mentor_owner_from_string ("both", &owner));
  g_assert_cmpint (owner, ==, MENTOR_OWNER_MENTOR);
  g_assert_true (mentor_owner_from_string ("mentee", &owner));
  g_assert_cmpint (owner, ==, MENTOR_OWNER_MENTEE);
}

static void
test_labels (void)
{
  g_assert_cmpstr (mentor_mode_to_label (MENTOR_MODE_IN_PERSON), ==, "In Person");
  g_assert_cmpstr (mentor_mode_to_label (MENTOR_MODE_VIDEO), ==, "Video");
  g_assert_cmpstr (mentor_kind_to_label (MENTOR_KIND_REVERSE), ==, "Reverse");
  g_assert_cmpstr (mentor_status_to_label (MENTOR_STATUS_PAUSED), ==, "Paused");
  g_assert_cmpstr (mentor_status_to_label (MENTOR_STATUS_ENDED), ==, "Ended");
  g_assert_cmpstr (mentor_goal_status_to_label (MENTOR_GOAL_ACHIEVED), ==, "Achieved");
  g_assert_cmpstr (mentor_meeting_status_to_label (MENTOR_MEETING_MISSED), ==, "Missed");
}

static void
test_lifecycle_table (void)
{
  /* Every pair: exactly the moves DESIGN.md allows. */
  static const gboolean allowed[MENTOR_N_STATUSES][MENTOR_N_STATUSES] = {
    /*               proposed active paused completed ended */
    /* proposed  */ { FALSE,   TRUE,  FALSE, FALSE,    TRUE },
    /* active    */ { FALSE,   FALSE, TRUE,  TRUE,     TRUE },
    /* paused    */ { FALSE,   TRUE,  FALSE, TRUE,     TRUE },
    /* completed */ { FALSE,   FALSE, FALSE, FALSE,    FALSE },
    /* ended     */ { FALSE,   FALSE, FALSE, FALSE,    FALSE },
  };

  for (guint from = 0; from < MENTOR_N_STATUSES; from++)
    for (guint to = 0; to < MENTOR_N_STATUSES; to++)
      {
        g_test_message ("%s -> %s", mentor_status_to_string (from), mentor_status_to_string (to));
        g_assert_cmpint (mentor_status_can_change (from, to), ==, allowed[from][to]);
      }
}

static void
test_focus_areas (void)
{
  const char * const *areas = mentor_standard_focus_areas ();
  static const char * const expected[] = {
    "Emotional Intelligence", "Leadership", "Networking", "Organizational Politics",
    "Communication", "Strategic Thinking", "Career Advancement", NULL,
  };

  g_assert_nonnull (areas);
  g_assert_true (g_strv_equal (areas, expected));
  /* The same array each time. */
  g_assert_true (areas == mentor_standard_focus_areas ());
}

static void
test_dates (void)
{
  static const char * const good[] = {
    "2026-03-10", "2024-02-29", "2000-02-29", "0001-01-01", "2026-12-31",
  };
  static const char * const bad[] = {
    "2026-02-30", "2026-13-01", "2025-02-29", "1900-02-29", "2026-00-10", "2026-01-00",
    "2026-1-10", "2026-01-1", "26-01-10", "2026-01-10 ", " 2026-01-10", "2026/01/10",
    "2026-01-10T00:00:00Z", "0000-01-01", "20260110", "", "abcd-ef-gh", "2026-04-31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (mentor_date_is_valid (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (mentor_date_is_valid (bad[i]));
    }
  g_assert_false (mentor_date_is_valid (NULL));
}

static void
test_instants (void)
{
  g_assert_true (mentor_instant_is_valid ("2026-03-10T08:00:00Z"));
  g_assert_true (mentor_instant_is_valid ("2024-02-29T23:59:59Z"));
  g_assert_false (mentor_instant_is_valid ("2026-02-30T08:00:00Z"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10T24:00:00Z"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10T08:60:00Z"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10T08:00:60Z"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10T08:00:00"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10T08:00:00+01:00"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10 08:00:00Z"));
  g_assert_false (mentor_instant_is_valid ("2026-03-10"));
  g_assert_false (mentor_instant_is_valid (NULL));

  g_assert_true (mentor_local_time_is_valid ("2026-03-10T09:00:00"));
  g_assert_false (mentor_local_time_is_valid ("2026-03-10T09:00:00Z"));
  g_assert_false (mentor_local_time_is_valid ("2026-02-30T09:00:00"));
  g_assert_false (mentor_local_time_is_valid ("2026-03-10T9:00:00"));
}

static void
test_today (void)
{
  g_autofree char *today = NULL;
  g_autofree char *later = NULL;
  g_autofree char *earlier = NULL;

  /* meson sets MENTOR_TODAY=2026-03-10 for the unit suite. */
  g_setenv ("MENTOR_TODAY", "2026-03-10", TRUE);
  today = mentor_today ();
  g_assert_cmpstr (today, ==, "2026-03-10");

  later = mentor_date_add_days (today, 25);
  g_assert_cmpstr (later, ==, "2026-04-04");
  earlier = mentor_date_add_days ("2024-03-01", -1);
  g_assert_cmpstr (earlier, ==, "2024-02-29");

  /* A broken override is ignored rather than trusted. */
  g_setenv ("MENTOR_TODAY", "2026-02-30", TRUE);
  g_free (today);
  today = mentor_today ();
  g_assert_true (mentor_date_is_valid (today));
  g_assert_cmpstr (today, !=, "2026-02-30");
  g_setenv ("MENTOR_TODAY", "2026-03-10", TRUE);
}

static void
test_zones_and_emails (void)
{
  g_assert_true (mentor_timezone_is_valid ("Europe/Berlin"));
  g_assert_true (mentor_timezone_is_valid ("America/Sao_Paulo"));
  g_assert_true (mentor_timezone_is_valid ("UTC"));
  g_assert_false (mentor_timezone_is_valid ("Mars/Olympus"));
  g_assert_false (mentor_timezone_is_valid ("+02:00"));
  /* POSIX TZ strings GLib would read are not zone names. */
  g_assert_false (mentor_timezone_is_valid ("UTC+2"));
  g_assert_false (mentor_timezone_is_valid ("CET-1CEST"));
  g_assert_true (mentor_timezone_is_valid ("Etc/GMT+2"));
  g_assert_false (mentor_timezone_is_valid ("../../etc/passwd"));
  g_assert_false (mentor_timezone_is_valid ("/etc/localtime"));
  g_assert_false (mentor_timezone_is_valid ("Europe/"));
  g_assert_false (mentor_timezone_is_valid (""));
  g_assert_false (mentor_timezone_is_valid (NULL));

  g_assert_true (mentor_email_is_valid ("ana@example.com"));
  g_assert_true (mentor_email_is_valid ("ana.souza+mentor@mail.northwind.example"));
  g_assert_false (mentor_email_is_valid ("bob@"));
  g_assert_false (mentor_email_is_valid ("@example.com"));
  g_assert_false (mentor_email_is_valid ("bob@example"));
  g_assert_false (mentor_email_is_valid ("bob@@example.com"));
  g_assert_false (mentor_email_is_valid ("bob smith@example.com"));
  g_assert_false (mentor_email_is_valid ("bob@example..com"));
  g_assert_false (mentor_email_is_valid ("bob.@example.com"));
  g_assert_false (mentor_email_is_valid (""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/words/round-trip", test_words_round_trip);
  g_test_add_func ("/types/words/unknown", test_words_unknown);
  g_test_add_func ("/types/labels", test_labels);
  g_test_add_func ("/types/lifecycle", test_lifecycle_table);
  g_test_add_func ("/types/focus-areas", test_focus_areas);
  g_test_add_func ("/types/dates", test_dates);
  g_test_add_func ("/types/instants", test_instants);
  g_test_add_func ("/types/today", test_today);
  g_test_add_func ("/types/zones-and-emails", test_zones_and_emails);

  return g_test_run ();
}
