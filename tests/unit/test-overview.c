/* test-overview.c — health as the store fills it, and the program overview,
 * against a small program built by hand
 *
 * Today is 2026-03-10 (MENTOR_TODAY in the unit environment, TZ=UTC): the
 * overview's meeting window is 2025-12-10 .. 2026-03-09.
 */
#include "config.h"

#include <string.h>

#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

typedef struct {
  gint64 on_track;      /* active, met a week ago, a goal */
  gint64 at_risk;       /* active, last met 49 days ago, an overdue milestone */
  gint64 attention;     /* active, monthly, met, no goal after 9 weeks */
  gint64 paused;        /* paused long ago, a goal: on track */
  gint64 proposed;
  gint64 completed;
  gint64 ended;
} Program;

static gint64
person (MentorStore *store,
        const char  *name)
{
  g_autofree char *email = g_strdup_printf ("%c@example.com", g_ascii_tolower (name[0]));
  g_autoptr(MentorPerson) p = mentor_test_add_person (store, name, email);

  return mentor_person_get_id (p);
}

static gint64
mentorship (MentorStore  *store,
            gint64        mentor,
            gint64        mentee,
            guint         cadence,
            MentorStatus  status)
{
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  mentor_mentorship_set_mentor_id (m, mentor);
  mentor_mentorship_set_mentee_id (m, mentee);
  mentor_mentorship_set_started_on (m, "2026-01-05");
  mentor_mentorship_set_ends_on (m, "2026-07-05");
  mentor_mentorship_set_cadence_days (m, cadence);
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

static void
meeting (MentorStore         *store,
         gint64               mentorship_id,
         const char          *starts_at,
         MentorMeetingStatus  status)
{
  g_autoptr(MentorMeeting) m = mentor_meeting_new ();
  g_autoptr(GError) error = NULL;

  mentor_meeting_set_mentorship_id (m, mentorship_id);
  mentor_meeting_set_starts_at (m, starts_at);
  mentor_meeting_set_tzid (m, "UTC");
  mentor_meeting_set_status (m, status);
  g_assert_true (mentor_store_save_meeting (store, m, &error));
  g_assert_no_error (error);
}

static gint64
goal (MentorStore      *store,
      gint64            mentorship_id,
      const char       *title,
      MentorGoalStatus  status)
{
  g_autoptr(MentorGoal) g = mentor_goal_new ();
  g_autoptr(GError) error = NULL;

  mentor_goal_set_mentorship_id (g, mentorship_id);
  mentor_goal_set_title (g, title);
  g_assert_true (mentor_store_save_goal (store, g, &error));
  g_assert_no_error (error);
  if (status != MENTOR_GOAL_OPEN)
    g_assert_true (mentor_store_set_goal_status (store, mentor_goal_get_id (g), status,
                                                 "No longer relevant.", &error));
  g_assert_no_error (error);

  return mentor_goal_get_id (g);
}

static void
milestone (MentorStore *store,
           gint64       goal_id,
           const char  *title,
           const char  *due_on,
           const char  *done_on)
{
  g_autoptr(MentorMilestone) m = mentor_milestone_new ();
  g_autoptr(GError) error = NULL;

  mentor_milestone_set_goal_id (m, goal_id);
  mentor_milestone_set_title (m, title);
  mentor_milestone_set_due_on (m, due_on);
  mentor_milestone_set_done_on (m, done_on);
  g_assert_true (mentor_store_save_milestone (store, m, &error));
  g_assert_no_error (error);
}

static void
build_program (MentorStore *store,
               Program     *p)
{
  gint64 ana = person (store, "Ana Souza");
  gint64 bo = person (store, "Bo Lindqvist");
  gint64 cy = person (store, "Cy Doe");
  gint64 di = person (store, "Di Ng");
  gint64 ed = person (store, "Ed Park");
  gint64 g;

  p->on_track = mentorship (store, ana, bo, 14, MENTOR_STATUS_ACTIVE);
  p->at_risk = mentorship (store, ana, cy, 14, MENTOR_STATUS_ACTIVE);
  p->attention = mentorship (store, ana, di, 30, MENTOR_STATUS_ACTIVE);
  p->paused = mentorship (store, ana, ed, 14, MENTOR_STATUS_PAUSED);
  p->proposed = mentorship (store, bo, cy, 14, MENTOR_STATUS_PROPOSED);
  p->completed = mentorship (store, bo, di, 14, MENTOR_STATUS_COMPLETED);
  p->ended = mentorship (store, bo, ed, 14, MENTOR_STATUS_ENDED);

  /* On track: met a week ago; its earlier meetings, in and out of the window. */
  meeting (store, p->on_track, "2025-12-01T10:00:00Z", MENTOR_MEETING_HELD);       /* before the window */
  meeting (store, p->on_track, "2025-12-10T10:00:00Z", MENTOR_MEETING_HELD);       /* first day of it */
  meeting (store, p->on_track, "2026-01-06T10:00:00Z", MENTOR_MEETING_CANCELLED);  /* not planned */
  meeting (store, p->on_track, "2026-02-03T10:00:00Z", MENTOR_MEETING_MISSED);
  meeting (store, p->on_track, "2026-02-17T10:00:00Z", MENTOR_MEETING_HELD);
  meeting (store, p->on_track, "2026-03-03T10:00:00Z", MENTOR_MEETING_HELD);
  meeting (store, p->on_track, "2026-03-09T10:00:00Z", MENTOR_MEETING_SCHEDULED);  /* never recorded */
  meeting (store, p->on_track, "2026-03-10T08:00:00Z", MENTOR_MEETING_SCHEDULED);  /* today: not yet */
  meeting (store, p->on_track, "2026-03-24T10:00:00Z", MENTOR_MEETING_SCHEDULED);  /* ahead */
  g = goal (store, p->on_track, "Lead a negotiation", MENTOR_GOAL_OPEN);
  milestone (store, g, "Shadow two negotiations", "2026-02-01", "2026-02-03");
  milestone (store, g, "Lead one", "2026-04-01", NULL);

  /* At risk: the last held meeting was 49 days ago. */
  meeting (store, p->at_risk, "2026-01-20T10:00:00Z", MENTOR_MEETING_HELD);
  g = goal (store, p->at_risk, "Build a network", MENTOR_GOAL_OPEN);
  milestone (store, g, "Meet five people", "2026-03-01", NULL);
  milestone (store, g, "Join a guild", "2026-01-20", "2026-01-25");

  /* Needs attention: no goal nine weeks in. */
  meeting (store, p->attention, "2026-03-01T10:00:00Z", MENTOR_MEETING_HELD);

  /* Paused: no gap accrues. */
  goal (store, p->paused, "Prepare for promotion", MENTOR_GOAL_OPEN);

  /* Closed ones: their goals count, their overdue milestones do not. */
  g = goal (store, p->completed, "Own the forecast", MENTOR_GOAL_ACHIEVED);
  milestone (store, g, "Never ticked", "2026-02-01", NULL);
  goal (store, p->ended, "Speak at a conference", MENTOR_GOAL_DROPPED);
}

static MentorHealth *
health_of (GListModel *mentorships,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);

      if (mentor_mentorship_get_id (m) == id)
        return mentor_mentorship_get_health (m);
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_health_in_list (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(MentorMentorship) one = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *reasons;
  MentorHealth *h;
  Program p;

  build_program (fixture->store, &p);
  list = mentor_store_list_mentorships (fixture->store);

  h = health_of (list, p.on_track);
  g_assert_cmpint (mentor_health_get_level (h), ==, MENTOR_HEALTH_ON_TRACK);
  g_assert_cmpstr (mentor_health_get_next_due (h), ==, "2026-03-17");

  h = health_of (list, p.at_risk);
  reasons = mentor_health_get_reasons (h);
  g_assert_cmpint (mentor_health_get_level (h), ==, MENTOR_HEALTH_AT_RISK);
  g_assert_cmpuint (g_strv_length ((char **) reasons), ==, 2);
  g_assert_cmpstr (reasons[0], ==, "No meeting held for 49 days (agreed: every 14).");
  g_assert_cmpstr (reasons[1], ==, "Milestone “Meet five people” is 9 days overdue.");

  h = health_of (list, p.attention);
  g_assert_cmpint (mentor_health_get_level (h), ==, MENTOR_HEALTH_NEEDS_ATTENTION);
  g_assert_cmpstr (mentor_health_get_reasons (h)[0], ==, "No goal set after 9 weeks.");

  h = health_of (list, p.paused);
  g_assert_cmpint (mentor_health_get_level (h), ==, MENTOR_HEALTH_ON_TRACK);

  g_assert_null (health_of (list, p.proposed));
  g_assert_null (health_of (list, p.completed));
  g_assert_null (health_of (list, p.ended));

  /* One mentorship on its own gets the same health. */
  one = mentor_store_get_mentorship (fixture->store, p.at_risk, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mentor_health_get_level (mentor_mentorship_get_health (one)), ==, MENTOR_HEALTH_AT_RISK);
  g_assert_cmpstr (mentor_health_get_reasons (mentor_mentorship_get_health (one))[0], ==,
                   "No meeting held for 49 days (agreed: every 14).");

  /* A meeting held today puts it back on its feet; saving terms refreshes. */
  meeting (fixture->store, p.at_risk, "2026-03-10T07:00:00Z", MENTOR_MEETING_HELD);
  mentor_mentorship_set_max_gap_days (one, 60);
  g_assert_true (mentor_store_save_mentorship (fixture->store, one, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mentor_health_get_level (mentor_mentorship_get_health (one)), ==,
                   MENTOR_HEALTH_NEEDS_ATTENTION);
  g_assert_cmpstr (mentor_health_get_reasons (mentor_mentorship_get_health (one))[0], ==,
                   "Milestone “Meet five people” is 9 days overdue.");
}

static void
test_max_gap_saved (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(MentorMentorship) m = NULL;
  g_autoptr(MentorMentorship) read = NULL;
  GError *error = NULL;
  Program p;

  build_program (fixture->store, &p);
  m = mentor_store_get_mentorship (fixture->store, p.at_risk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_mentorship_get_max_gap_days (m), ==, 0);

  /* Its own maximum of 50 days: only needing attention now. */
  mentor_mentorship_set_max_gap_days (m, 50);
  g_assert_true (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_no_error (error);
  read = mentor_store_get_mentorship (fixture->store, p.at_risk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_mentorship_get_max_gap_days (read), ==, 50);
  g_assert_cmpint (mentor_health_get_level (mentor_mentorship_get_health (read)), ==,
                   MENTOR_HEALTH_NEEDS_ATTENTION);

  /* Shorter than the cadence, or beyond a year: refused. */
  mentor_mentorship_set_max_gap_days (m, 10);
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The longest gap between meetings cannot be shorter than the cadence.");
  g_clear_error (&error);
  mentor_mentorship_set_max_gap_days (m, 367);
  g_assert_false (mentor_store_save_mentorship (fixture->store, m, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_overview (Fixture       *fixture,
               gconstpointer  data)
{
  MentorOverview o;
  GError *error = NULL;
  Program p;

  /* Empty: all zeros. */
  memset (&o, 0xff, sizeof o);
  g_assert_true (mentor_store_get_overview (fixture->store, NULL, &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.by_status[MENTOR_STATUS_ACTIVE], ==, 0);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_NONE], ==, 0);
  g_assert_cmpuint (o.meetings_planned, ==, 0);
  g_assert_cmpuint (o.goals_open, ==, 0);

  build_program (fixture->store, &p);
  g_assert_true (mentor_store_get_overview (fixture->store, NULL, &o, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (o.by_status[MENTOR_STATUS_PROPOSED], ==, 1);
  g_assert_cmpuint (o.by_status[MENTOR_STATUS_ACTIVE], ==, 3);
  g_assert_cmpuint (o.by_status[MENTOR_STATUS_PAUSED], ==, 1);
  g_assert_cmpuint (o.by_status[MENTOR_STATUS_COMPLETED], ==, 1);
  g_assert_cmpuint (o.by_status[MENTOR_STATUS_ENDED], ==, 1);

  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_NONE], ==, 3);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_ON_TRACK], ==, 2);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_NEEDS_ATTENTION], ==, 1);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_AT_RISK], ==, 1);

  /* Held in the window: 10 Dec, 17 Feb, 3 Mar (on track), 20 Jan (at risk),
   * 1 Mar (attention). Planned adds the missed one and the one of 9 Mar
   * never recorded; not the cancelled one, nor today's or later ones. */
  g_assert_cmpuint (o.meetings_held, ==, 5);
  g_assert_cmpuint (o.meetings_planned, ==, 7);

  g_assert_cmpuint (o.goals_open, ==, 3);
  g_assert_cmpuint (o.goals_achieved, ==, 1);
  g_assert_cmpuint (o.goals_dropped, ==, 1);
  g_assert_cmpuint (o.milestones_overdue, ==, 1);

  /* As of another day the window moves: 10 Dec leaves it, and the meeting
   * of 10 Mar, never recorded, joins the planned ones. */
  g_assert_true (mentor_store_get_overview (fixture->store, "2026-03-11", &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.meetings_held, ==, 4);
  g_assert_cmpuint (o.meetings_planned, ==, 7);

  /* And health with it: 16 days since the last check-in of the on-track one. */
  g_assert_true (mentor_store_get_overview (fixture->store, "2026-03-19", &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_ON_TRACK], ==, 1);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_NEEDS_ATTENTION], ==, 2);
  g_assert_cmpuint (o.by_health[MENTOR_HEALTH_AT_RISK], ==, 1);
}

/* Check-ins of a series that nobody marked were planned too: the overview
 * counts them from the series, not only from stored meetings. */
static void
test_overview_counts_occurrences (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(MentorMeeting) held = mentor_meeting_new ();
  g_autoptr(MentorMeeting) cancelled = mentor_meeting_new ();
  g_autoptr(MentorMeeting) moved = mentor_meeting_new ();
  GError *error = NULL;
  MentorOverview o;
  gint64 ana = person (fixture->store, "Ana Souza");
  gint64 bo = person (fixture->store, "Bo Lindqvist");
  gint64 id = mentorship (fixture->store, ana, bo, 7, MENTOR_STATUS_ACTIVE);

  /* Weekly on Tuesday at 10:00 Berlin (09:00 UTC) from 6 January: in the
   * window (10 Dec .. 9 Mar) 6 Jan to 3 Mar, nine of them; 10 Mar is today. */
  mentor_checkin_series_set_mentorship_id (series, id);
  mentor_checkin_series_set_dtstart (series, "2026-01-06T10:00:00");
  mentor_checkin_series_set_tzid (series, "Europe/Berlin");
  mentor_checkin_series_set_rrule (series, "FREQ=WEEKLY;BYDAY=TU");
  /* Taken out of the series: no longer planned. */
  mentor_checkin_series_set_exdates (series, "2026-02-10T10:00:00");
  g_assert_true (mentor_store_save_series (fixture->store, series, &error));
  g_assert_no_error (error);

  g_assert_true (mentor_store_get_overview (fixture->store, NULL, &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.meetings_held, ==, 0);
  g_assert_cmpuint (o.meetings_planned, ==, 8);

  /* 13 Jan held, 20 Jan cancelled, 27 Jan moved to the next day and held:
   * each stored occurrence counts once, as what it became. */
  mentor_meeting_set_mentorship_id (held, id);
  mentor_meeting_set_series_id (held, mentor_checkin_series_get_id (series));
  mentor_meeting_set_recurrence_id (held, "2026-01-13T09:00:00Z");
  mentor_meeting_set_starts_at (held, "2026-01-13T09:00:00Z");
  mentor_meeting_set_tzid (held, "Europe/Berlin");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, held, MENTOR_MEETING_HELD, &error));
  g_assert_no_error (error);

  mentor_meeting_set_mentorship_id (cancelled, id);
  mentor_meeting_set_series_id (cancelled, mentor_checkin_series_get_id (series));
  mentor_meeting_set_recurrence_id (cancelled, "2026-01-20T09:00:00Z");
  mentor_meeting_set_starts_at (cancelled, "2026-01-20T09:00:00Z");
  mentor_meeting_set_tzid (cancelled, "Europe/Berlin");
  g_assert_true (mentor_store_set_meeting_status (fixture->store, cancelled, MENTOR_MEETING_CANCELLED, &error));
  g_assert_no_error (error);

  mentor_meeting_set_mentorship_id (moved, id);
  mentor_meeting_set_series_id (moved, mentor_checkin_series_get_id (series));
  mentor_meeting_set_recurrence_id (moved, "2026-01-27T09:00:00Z");
  mentor_meeting_set_starts_at (moved, "2026-01-28T09:00:00Z");
  mentor_meeting_set_tzid (moved, "Europe/Berlin");
  mentor_meeting_set_status (moved, MENTOR_MEETING_HELD);
  g_assert_true (mentor_store_save_meeting (fixture->store, moved, &error));
  g_assert_no_error (error);

  g_assert_true (mentor_store_get_overview (fixture->store, NULL, &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.meetings_held, ==, 2);
  g_assert_cmpuint (o.meetings_planned, ==, 7);

  /* Tomorrow today's check-in has had its day, unmarked: planned. */
  g_assert_true (mentor_store_get_overview (fixture->store, "2026-03-11", &o, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (o.meetings_planned, ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  ADD ("/overview/health-in-list", test_health_in_list);
  ADD ("/overview/max-gap-saved", test_max_gap_saved);
  ADD ("/overview/counts", test_overview);
  ADD ("/overview/counts-occurrences", test_overview_counts_occurrences);

  return g_test_run ();
}
