/* test-demo.c — the sample program: variety promised, and never into a file
 * that already holds data */
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

static GDateTime *
parse_local (const char *local,
             const char *tzid)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid);

  return g_date_time_new_from_iso8601 (local, zone);
}

static void
test_fill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) series_list = NULL;
  g_autoptr(MentorCheckinSeries) series = NULL;
  g_autoptr(GHashTable) emails = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) managers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  guint statuses[MENTOR_N_STATUSES] = { 0 };
  guint kinds[MENTOR_N_KINDS] = { 0 };
  guint goal_statuses[MENTOR_N_GOAL_STATUSES] = { 0 };
  guint meeting_statuses[MENTOR_N_MEETING_STATUSES] = { 0 };
  guint calls[2] = { 0, 0 };
  guint europe = 0, america = 0, archived = 0;
  guint done_milestones = 0, overdue_milestones = 0, upcoming = 0;
  guint with_notes = 0, with_summary = 0, with_agenda = 0, action_items = 0, occurrences = 0;
  guint occurrence_statuses[MENTOR_N_MEETING_STATUSES] = { 0 };
  guint moved = 0, with_goals = 0;
  guint max_depth = 0;
  guint health[MENTOR_N_HEALTH_LEVELS] = { 0 };
  guint reviews = 0, low_reviews = 0, due_reviews = 0, dropped_with_reason = 0;
  gboolean gap_at_risk = FALSE, overdue_attention = FALSE;
  const char *today = "2026-03-10";

  g_assert_true (mentor_store_is_empty (fixture->store));
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), calls);

  g_assert_true (mentor_demo_fill (fixture->store, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (summary, ==,
                   "Added a sample program: 17 people, 10 mentorships, 13 goals, "
                   "35 meetings, 2 check-in series, 5 reviews.");
  /* One transaction, one announcement of everything. */
  g_assert_cmpuint (calls[0], ==, 1);
  g_assert_cmpuint (calls[1], ==, MENTOR_CHANGE_ALL);
  g_assert_false (mentor_store_is_empty (fixture->store));

  /* People */
  people = mentor_store_list_people (fixture->store, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 14);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MentorPerson) p = g_list_model_get_item (people, i);
      const char *email = mentor_person_get_email (p);
      gint64 id = mentor_person_get_id (p);

      g_assert_true (mentor_email_is_valid (email));
      g_assert_true (g_str_has_suffix (email, "@northwind.example"));
      g_assert_false (g_hash_table_contains (emails, email));
      g_hash_table_add (emails, (gpointer) email);
      g_assert_cmpstr (mentor_person_get_title (p), !=, "");
      g_assert_cmpstr (mentor_person_get_department (p), !=, "");
      g_assert_true (mentor_timezone_is_valid (mentor_person_get_timezone (p)));
      europe += g_str_has_prefix (mentor_person_get_timezone (p), "Europe/");
      america += g_str_has_prefix (mentor_person_get_timezone (p), "America/");
      archived += mentor_person_get_archived (p);
      g_assert_cmpuint (g_strv_length ((char **) mentor_person_get_seeks (p)), >, 0);
      g_hash_table_insert (managers, g_memdup2 (&id, sizeof id),
                           g_memdup2 (&(gint64) { mentor_person_get_manager_id (p) }, sizeof (gint64)));
    }
  g_assert_cmpuint (europe, >=, 5);
  g_assert_cmpuint (america, >=, 3);
  g_assert_cmpuint (archived, ==, 1);

  /* The reporting line is at least three levels deep. */
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, managers);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        guint depth = 1;
        gint64 manager = *(gint64 *) value;

        while (manager != 0 && depth < 20)
          {
            depth++;
            manager = *(gint64 *) g_hash_table_lookup (managers, &manager);
          }
        max_depth = MAX (max_depth, depth);
      }
  }
  g_assert_cmpuint (max_depth, >=, 3);

  /* Mentorships: every status and kind, terms written down. */
  mentorships = mentor_store_list_mentorships (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (mentorships), >=, 9);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorStatus status = mentor_mentorship_get_status (m);

      statuses[status]++;
      kinds[mentor_mentorship_get_kind (m)]++;
      g_assert_cmpuint (strlen (mentor_mentorship_get_expectations (m)), >, 80);
      g_assert_cmpuint (g_strv_length ((char **) mentor_mentorship_get_focus_areas (m)), >, 0);
      g_assert_cmpuint (mentor_mentorship_get_cadence_days (m), >, 0);
      g_assert_cmpstr (mentor_mentorship_get_mentor_name (m), !=, "");

      if (status == MENTOR_STATUS_ENDED)
        g_assert_cmpuint (strlen (mentor_mentorship_get_end_reason (m)), >, 20);
      /* A sample program closed its finished mentorships in the past, after they began. */
      if (status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED)
        {
          g_assert_cmpstr (mentor_mentorship_get_closed_on (m), <, today);
          g_assert_cmpstr (mentor_mentorship_get_closed_on (m), >, mentor_mentorship_get_started_on (m));
        }
      if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
        g_assert_cmpstr (mentor_mentorship_get_started_on (m), <, today);

      /* Health: computed for the open ones, with reasons when not on track. */
      if (status == MENTOR_STATUS_ACTIVE || status == MENTOR_STATUS_PAUSED)
        {
          MentorHealth *h = mentor_mentorship_get_health (m);
          MentorHealthLevel level;
          const char * const *reasons;
          g_autoptr(GListModel) list = mentor_store_list_reviews (fixture->store,
                                                                  mentor_mentorship_get_id (m));

          g_assert_nonnull (h);
          level = mentor_health_get_level (h);
          reasons = mentor_health_get_reasons (h);
          health[level]++;
          if (level == MENTOR_HEALTH_ON_TRACK)
            g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 0);
          else
            g_assert_cmpuint (g_strv_length ((char **) reasons), >, 0);
          if (level == MENTOR_HEALTH_AT_RISK && g_str_has_prefix (reasons[0], "No meeting held for "))
            gap_at_risk = TRUE;
          if (level == MENTOR_HEALTH_NEEDS_ATTENTION)
            for (guint r = 0; reasons[r] != NULL; r++)
              overdue_attention |= g_str_has_prefix (reasons[r], "Milestone “");
          if (level != MENTOR_HEALTH_ON_TRACK)
            g_assert_cmpuint (g_strv_length ((char **) mentor_health_get_advice (h)), >, 0);
          g_test_message ("%s: %s", mentor_mentorship_get_mentee_name (m),
                          mentor_health_level_to_label (level));
          for (guint r = 0; reasons[r] != NULL; r++)
            g_test_message ("  reason: %s", reasons[r]);
          for (guint r = 0; mentor_health_get_advice (h)[r] != NULL; r++)
            g_test_message ("  advice: %s", mentor_health_get_advice (h)[r]);

          for (guint r = 0; r < g_list_model_get_n_items (list); r++)
            {
              g_autoptr(MentorReview) review = g_list_model_get_item (list, r);

              reviews++;
              low_reviews += mentor_review_get_rating (review) <= MENTOR_HEALTH_LOW_RATING;
              g_assert_cmpstr (mentor_review_get_note (review), !=, "");
              g_assert_cmpstr (mentor_review_get_written_on (review), <, today);
            }
          due_reviews += mentor_store_reviews_due (fixture->store, mentor_mentorship_get_id (m),
                                                   today, NULL, NULL);
        }
      else
        g_assert_null (mentor_mentorship_get_health (m));
    }
  /* The coordinator sees at once which relationships need attention, and why. */
  g_assert_cmpuint (health[MENTOR_HEALTH_AT_RISK], >=, 1);
  g_assert_cmpuint (health[MENTOR_HEALTH_NEEDS_ATTENTION], >=, 1);
  g_assert_cmpuint (health[MENTOR_HEALTH_ON_TRACK], >=, 2);
  g_assert_true (gap_at_risk);
  g_assert_true (overdue_attention);
  g_assert_cmpuint (reviews, >=, 2);
  g_assert_cmpuint (low_reviews, >=, 1);
  g_assert_cmpuint (due_reviews, >=, 1);
  g_assert_cmpuint (statuses[MENTOR_STATUS_PROPOSED], >=, 1);
  g_assert_cmpuint (statuses[MENTOR_STATUS_ACTIVE], >=, 3);
  g_assert_cmpuint (statuses[MENTOR_STATUS_PAUSED], >=, 1);
  g_assert_cmpuint (statuses[MENTOR_STATUS_COMPLETED], >=, 1);
  g_assert_cmpuint (statuses[MENTOR_STATUS_ENDED], >=, 1);
  g_assert_cmpuint (kinds[MENTOR_KIND_TRADITIONAL], >=, 1);
  g_assert_cmpuint (kinds[MENTOR_KIND_REVERSE], >=, 1);
  g_assert_cmpuint (kinds[MENTOR_KIND_PEER], >=, 1);

  /* Goals with milestones, some done and some overdue. */
  goals = mentor_store_list_goals (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 13);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(MentorGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) milestones = mentor_store_list_milestones (fixture->store,
                                                                        mentor_goal_get_id (goal));

      goal_statuses[mentor_goal_get_status (goal)]++;
      if (mentor_goal_get_status (goal) == MENTOR_GOAL_DROPPED)
        {
          g_assert_cmpstr (mentor_goal_get_drop_reason (goal), !=, "");
          dropped_with_reason++;
        }
      else
        g_assert_cmpstr (mentor_goal_get_drop_reason (goal), ==, "");
      g_assert_cmpuint (mentor_goal_get_milestones_total (goal), ==,
                        g_list_model_get_n_items (milestones));
      g_assert_cmpstr (mentor_goal_get_success_measure (goal), !=, "");
      g_assert_cmpuint (g_list_model_get_n_items (milestones), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (milestones); j++)
        {
          g_autoptr(MentorMilestone) ms = g_list_model_get_item (milestones, j);

          g_assert_cmpuint (mentor_milestone_get_position (ms), ==, j);
          if (mentor_milestone_get_done_on (ms) != NULL)
            {
              done_milestones++;
              g_assert_cmpstr (mentor_milestone_get_done_on (ms), <=, today);
            }
          else if (strcmp (mentor_milestone_get_due_on (ms), today) < 0)
            overdue_milestones++;
        }
    }
  g_assert_cmpuint (goal_statuses[MENTOR_GOAL_OPEN], >=, 1);
  g_assert_cmpuint (goal_statuses[MENTOR_GOAL_ACHIEVED], >=, 1);
  g_assert_cmpuint (goal_statuses[MENTOR_GOAL_DROPPED], >=, 1);
  g_assert_cmpuint (dropped_with_reason, ==, goal_statuses[MENTOR_GOAL_DROPPED]);
  g_assert_cmpuint (done_milestones, >=, 5);
  g_assert_cmpuint (overdue_milestones, >=, 2);

  /* Meetings: past ones of every outcome, upcoming ones, notes, actions. */
  meetings = mentor_store_list_meetings (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 35);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GListModel) items = mentor_store_list_action_items (fixture->store,
                                                                     mentor_meeting_get_id (meeting));
      const char *starts_at = mentor_meeting_get_starts_at (meeting);
      MentorMeetingStatus status = mentor_meeting_get_status (meeting);

      g_assert_true (mentor_instant_is_valid (starts_at));
      g_assert_true (mentor_timezone_is_valid (mentor_meeting_get_tzid (meeting)));
      meeting_statuses[status]++;
      if (status == MENTOR_MEETING_SCHEDULED)
        {
          g_assert_cmpstr (starts_at, >, today);
          upcoming++;
        }
      else
        g_assert_cmpstr (starts_at, <, today);

      with_notes += *mentor_meeting_get_private_notes (meeting) != '\0';
      with_summary += *mentor_meeting_get_summary (meeting) != '\0';
      with_agenda += *mentor_meeting_get_agenda (meeting) != '\0';
      action_items += g_list_model_get_n_items (items);
      if (mentor_meeting_get_series_id (meeting) != 0)
        {
          g_autoptr(GArray) goals = mentor_store_list_meeting_goals (fixture->store,
                                                                     mentor_meeting_get_id (meeting));

          occurrences++;
          /* Stored occurrences are occurrences of their series. */
          g_assert_nonnull (mentor_meeting_get_recurrence_id (meeting));
          moved += g_strcmp0 (mentor_meeting_get_recurrence_id (meeting), starts_at) != 0;
          occurrence_statuses[status]++;
          with_goals += goals->len > 0;
        }
    }
  g_assert_cmpuint (meeting_statuses[MENTOR_MEETING_HELD], >=, 10);
  g_assert_cmpuint (meeting_statuses[MENTOR_MEETING_MISSED], >=, 1);
  g_assert_cmpuint (meeting_statuses[MENTOR_MEETING_CANCELLED], >=, 1);
  g_assert_cmpuint (upcoming, >=, 2);
  g_assert_cmpuint (with_notes, >=, 10);
  g_assert_cmpuint (with_summary, >=, 10);
  g_assert_cmpuint (with_agenda, ==, g_list_model_get_n_items (meetings));
  g_assert_cmpuint (action_items, >=, 10);
  /* Two series: held, missed, cancelled, moved and planned occurrences, and
   * the goals they worked on. */
  g_assert_cmpuint (occurrences, ==, 11);
  g_assert_cmpuint (occurrence_statuses[MENTOR_MEETING_HELD], ==, 8);
  g_assert_cmpuint (occurrence_statuses[MENTOR_MEETING_MISSED], ==, 1);
  g_assert_cmpuint (occurrence_statuses[MENTOR_MEETING_CANCELLED], ==, 1);
  g_assert_cmpuint (occurrence_statuses[MENTOR_MEETING_SCHEDULED], ==, 1);
  g_assert_cmpuint (moved, ==, 1);
  g_assert_cmpuint (with_goals, ==, 9);

  /* The check-in series: its DTSTART is itself an occurrence. */
  series_list = mentor_store_list_series (fixture->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (series_list), ==, 2);
  /* By start: lunch every three weeks, then the fortnightly check-ins. */
  {
    g_autoptr(MentorCheckinSeries) lunch = g_list_model_get_item (series_list, 0);

    g_assert_cmpstr (mentor_checkin_series_get_rrule (lunch), ==, "FREQ=WEEKLY;INTERVAL=3;BYDAY=TH");
    g_assert_true (g_str_has_suffix (mentor_checkin_series_get_dtstart (lunch), "T12:30:00"));
    g_assert_true (mentor_recurrence_check (mentor_checkin_series_get_dtstart (lunch),
                                            mentor_checkin_series_get_tzid (lunch),
                                            mentor_checkin_series_get_rrule (lunch), NULL));
  }
  series = g_list_model_get_item (series_list, 1);
  g_assert_cmpstr (mentor_checkin_series_get_rrule (series), ==, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  g_assert_cmpstr (mentor_checkin_series_get_tzid (series), ==, "Europe/Berlin");
  g_assert_true (g_str_has_suffix (mentor_checkin_series_get_dtstart (series), "T09:00:00"));
  {
    g_autoptr(GDateTime) start = parse_local (mentor_checkin_series_get_dtstart (series), "Europe/Berlin");
    g_auto(GStrv) exdates = g_strsplit (mentor_checkin_series_get_exdates (series), ",", -1);

    g_assert_nonnull (start);
    g_assert_cmpint (g_date_time_get_day_of_week (start), ==, 2); /* Tuesday */
    g_assert_cmpuint (g_strv_length (exdates), ==, 1);
    for (guint i = 0; exdates[i] != NULL; i++)
      {
        g_autoptr(GDateTime) skipped = parse_local (exdates[i], "Europe/Berlin");
        GTimeSpan apart = g_date_time_difference (skipped, start);

        g_assert_cmpint (g_date_time_get_day_of_week (skipped), ==, 2);
        g_assert_cmpint (g_date_time_get_hour (skipped), ==, 9);
        /* On the fortnightly rhythm (an hour either way across DST). */
        g_assert_cmpint ((apart + G_TIME_SPAN_HOUR) % (14 * G_TIME_SPAN_DAY), <=, 2 * G_TIME_SPAN_HOUR);
      }
  }
}

static void
test_dated_around_today (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) mentorships = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(MentorMeeting) last = NULL;

  g_setenv ("MENTOR_TODAY", "2027-11-02", TRUE);
  g_assert_true (mentor_demo_fill (fixture->store, NULL, &error));
  g_setenv ("MENTOR_TODAY", "2026-03-10", TRUE);
  g_assert_no_error (error);

  mentorships = mentor_store_list_mentorships (fixture->store);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      MentorStatus status = mentor_mentorship_get_status (m);

      if (status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED)
        {
          g_assert_cmpstr (mentor_mentorship_get_closed_on (m), <, "2027-11-02");
          g_assert_cmpstr (mentor_mentorship_get_closed_on (m), >, "2027-08-01");
        }
      if (mentor_mentorship_get_started_on (m) != NULL)
        g_assert_cmpstr (mentor_mentorship_get_started_on (m), >, "2026-10-01");
    }

  meetings = mentor_store_list_meetings (fixture->store, 0);
  last = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) - 1);
  g_assert_cmpstr (mentor_meeting_get_starts_at (last), >, "2027-11-02");
  g_assert_cmpstr (mentor_meeting_get_starts_at (last), <, "2027-12-31");
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;
  guint calls[2] = { 0, 0 };

  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), calls);
  g_assert_false (mentor_demo_fill (fixture->store, &summary, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_EMPTY);
  g_assert_cmpstr (error->message, ==,
                   "This data file already holds people or mentorships; "
                   "sample data is only added to an empty file.");
  g_assert_null (summary);
  g_assert_cmpuint (calls[0], ==, 0);

  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_twice (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (mentor_demo_fill (fixture->store, NULL, &error));
  before = mentor_test_dump (fixture->path);
  g_assert_false (mentor_demo_fill (fixture->store, NULL, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_EMPTY);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* The views that only name mentorships (the filters of Goals and Calendar)
 * list them without health: the same items in the same order, nothing else
 * missing. */
static void
test_without_health (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) full = NULL;
  g_autoptr(GListModel) plain = NULL;
  guint with_health = 0;
  guint with_next = 0;
  guint n;

  g_assert_true (mentor_demo_fill (fixture->store, NULL, &error));
  full = mentor_store_list_mentorships (fixture->store);
  plain = mentor_store_list_mentorships_without_health (fixture->store);

  n = g_list_model_get_n_items (full);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (plain), ==, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) a = g_list_model_get_item (full, i);
      g_autoptr(MentorMentorship) b = g_list_model_get_item (plain, i);
      g_autofree char *a_title = mentor_mentorship_dup_title (a);
      g_autofree char *b_title = mentor_mentorship_dup_title (b);
      const char * const *a_areas = mentor_mentorship_get_focus_areas (a);
      const char * const *b_areas = mentor_mentorship_get_focus_areas (b);

      g_assert_cmpint (mentor_mentorship_get_id (a), ==, mentor_mentorship_get_id (b));
      g_assert_cmpstr (a_title, ==, b_title);
      g_assert_cmpint (mentor_mentorship_get_status (a), ==, mentor_mentorship_get_status (b));
      g_assert_cmpint (mentor_mentorship_get_mode (a), ==, mentor_mentorship_get_mode (b));
      g_assert_true (g_strv_equal ((const char **) (a_areas != NULL ? a_areas : (const char * const[]) { NULL }),
                                   (const char **) (b_areas != NULL ? b_areas : (const char * const[]) { NULL })));

      g_assert_null (mentor_mentorship_get_health (b));
      g_assert_null (mentor_mentorship_get_next_checkin (b));
      with_health += mentor_mentorship_get_health (a) != NULL;
      with_next += mentor_mentorship_get_next_checkin (a) != NULL;
    }

  /* The sample program has both, so the list above did leave something out. */
  g_assert_cmpuint (with_health, >, 0);
  g_assert_cmpuint (with_next, >, 0);
}

/* The Mentorships view shares its list with the overview above it: the
 * counts are those of mentor_store_get_overview(), from the list given. */
static void
test_overview_for (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) plain = NULL;
  MentorOverview own;
  MentorOverview shared;
  MentorOverview unhealthy;

  g_assert_true (mentor_demo_fill (fixture->store, NULL, &error));
  g_assert_true (mentor_store_get_overview (fixture->store, NULL, &own, &error));
  listed = mentor_store_list_mentorships (fixture->store);
  g_assert_true (mentor_store_get_overview_for (fixture->store, NULL, listed, &shared, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&own, sizeof own, &shared, sizeof shared);

  /* The health counted is the list's: without it, every one counts as none. */
  plain = mentor_store_list_mentorships_without_health (fixture->store);
  g_assert_true (mentor_store_get_overview_for (fixture->store, NULL, plain, &unhealthy, &error));
  g_assert_cmpuint (unhealthy.by_health[MENTOR_HEALTH_NONE], ==, g_list_model_get_n_items (plain));
  g_assert_cmpuint (own.by_health[MENTOR_HEALTH_NONE], <, g_list_model_get_n_items (listed));
  g_assert_cmpuint (unhealthy.meetings_planned, ==, own.meetings_planned);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/demo/fill", test_fill);
  ADD ("/demo/dated-around-today", test_dated_around_today);
  ADD ("/demo/refuses-non-empty", test_refuses_non_empty);
  ADD ("/demo/twice", test_twice);
  ADD ("/demo/without-health", test_without_health);
  ADD ("/demo/overview-for", test_overview_for);

  return g_test_run ();
}
