/* mentor-bench-program.c — a large program written through the store */
#include "config.h"

#include <sys/resource.h>

#include "mentor-bench-program.h"

typedef struct {
  const MentorBenchSize *size;
  GArray                *people;       /* gint64 */
  GArray                *mentorships;  /* gint64 */
} Fill;

static const char * const skills[] = {
  "Leadership", "Networking", "Communication", "Strategic Thinking",
  "Organizational Politics", "Emotional Intelligence", "Career Advancement",
  "Negotiation", "Public Speaking", "Finance",
};

static const char * const zones[] = {
  "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Tokyo", "America/Los_Angeles",
};

static const MentorStatus statuses[] = {
  MENTOR_STATUS_ACTIVE, MENTOR_STATUS_ACTIVE, MENTOR_STATUS_ACTIVE, MENTOR_STATUS_PAUSED,
  MENTOR_STATUS_PROPOSED, MENTOR_STATUS_COMPLETED, MENTOR_STATUS_ENDED,
};

static gboolean
fill_people (MentorStore  *store,
             Fill         *fill,
             GError      **error)
{
  for (guint i = 0; i < fill->size->people; i++)
    {
      g_autoptr(MentorPerson) person = mentor_person_new ();
      g_autofree char *name = g_strdup_printf ("Person %04u Example", i);
      g_autofree char *email = g_strdup_printf ("person%u@example.com", i);
      g_autofree char *department = g_strdup_printf ("Department %u", i % 40);
      const char *offers[] = { skills[i % G_N_ELEMENTS (skills)], skills[(i + 3) % G_N_ELEMENTS (skills)], NULL };
      const char *seeks[] = { skills[(i + 5) % G_N_ELEMENTS (skills)], NULL };
      gint64 id;

      mentor_person_set_name (person, name);
      mentor_person_set_email (person, email);
      mentor_person_set_title (person, i % 10 == 0 ? "Director" : "Manager");
      mentor_person_set_organization (person, "Example Corporation");
      mentor_person_set_department (person, department);
      mentor_person_set_timezone (person, zones[i % G_N_ELEMENTS (zones)]);
      mentor_person_set_capacity (person, 1 + i % 3);
      mentor_person_set_offers (person, offers);
      mentor_person_set_seeks (person, seeks);
      /* A reporting line: every person but the first ten reports to one
       * met earlier. */
      if (i >= 10)
        mentor_person_set_manager_id (person, g_array_index (fill->people, gint64, i / 10));
      if (!mentor_store_save_person (store, person, error))
        return FALSE;
      id = mentor_person_get_id (person);
      g_array_append_val (fill->people, id);
    }
  return TRUE;
}

static gboolean
fill_mentorships (MentorStore  *store,
                  Fill         *fill,
                  GError      **error)
{
  g_autofree char *today = mentor_today ();

  for (guint i = 0; i < fill->size->mentorships; i++)
    {
      g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
      guint n = fill->people->len;
      gint64 mentor = g_array_index (fill->people, gint64, (i * 7) % n);
      gint64 mentee = g_array_index (fill->people, gint64, (i * 7 + 1 + i % 5) % n);
      g_autofree char *started = mentor_date_add_days (today, -(int) (30 + i % 600));
      g_autofree char *ends = mentor_date_add_days (started, 365);
      MentorStatus status = statuses[i % G_N_ELEMENTS (statuses)];
      gint64 id;

      mentor_mentorship_set_mentor_id (m, mentor);
      mentor_mentorship_set_mentee_id (m, mentee);
      mentor_mentorship_set_kind (m, (MentorKind) (i % MENTOR_N_KINDS));
      mentor_mentorship_set_cadence_days (m, 14);
      mentor_mentorship_set_mode (m, (MentorMode) (i % MENTOR_N_MODES));
      mentor_mentorship_set_expectations (m, "Meet every two weeks; notes stay between us.");
      if (status != MENTOR_STATUS_PROPOSED)
        mentor_mentorship_set_started_on (m, started);
      mentor_mentorship_set_ends_on (m, ends);
      if (!mentor_store_save_mentorship (store, m, error))
        return FALSE;
      id = mentor_mentorship_get_id (m);
      g_array_append_val (fill->mentorships, id);

      if (status != MENTOR_STATUS_PROPOSED &&
          !mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, error))
        return FALSE;
      if (status == MENTOR_STATUS_PAUSED || status == MENTOR_STATUS_COMPLETED)
        {
          if (!mentor_store_set_mentorship_status (store, id, status, NULL, error))
            return FALSE;
        }
      else if (status == MENTOR_STATUS_ENDED &&
               !mentor_store_set_mentorship_status (store, id, status, "Moved to another company", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_series_and_meetings (MentorStore  *store,
                          Fill         *fill,
                          GError      **error)
{
  g_autofree char *today = mentor_today ();
  guint n = fill->mentorships->len;

  for (guint i = 0; i < fill->size->series && n > 0; i++)
    {
      g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
      /* Mondays, so the start is an occurrence of BYDAY=MO. */
      g_autofree char *day = mentor_date_add_days ("2025-01-06", 7 * (int) (i % 52));
      g_autofree char *dtstart = g_strdup_printf ("%sT%02u:00:00", day, 8 + i % 9);

      mentor_checkin_series_set_mentorship_id (series, g_array_index (fill->mentorships, gint64, i % n));
      mentor_checkin_series_set_summary (series, "Check-in");
      mentor_checkin_series_set_dtstart (series, dtstart);
      mentor_checkin_series_set_tzid (series, zones[i % G_N_ELEMENTS (zones)]);
      mentor_checkin_series_set_duration_min (series, 45);
      mentor_checkin_series_set_rrule (series, i % 2 ? "FREQ=WEEKLY;BYDAY=MO" : "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
      mentor_checkin_series_set_location (series, "Video call");
      if (!mentor_store_save_series (store, series, error))
        return FALSE;
    }

  for (guint i = 0; i < fill->size->meetings && n > 0; i++)
    {
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();
      g_autofree char *day = mentor_date_add_days (today, -(int) (i % 730));
      g_autofree char *starts = g_strdup_printf ("%sT%02u:30:00Z", day, 7 + i % 10);

      mentor_meeting_set_mentorship_id (meeting, g_array_index (fill->mentorships, gint64, i % n));
      mentor_meeting_set_starts_at (meeting, starts);
      mentor_meeting_set_tzid (meeting, zones[i % G_N_ELEMENTS (zones)]);
      mentor_meeting_set_duration_min (meeting, 30 + 15 * (i % 3));
      mentor_meeting_set_status (meeting, i % 9 == 0 ? MENTOR_MEETING_MISSED : MENTOR_MEETING_HELD);
      mentor_meeting_set_location (meeting, "Room 4");
      mentor_meeting_set_agenda (meeting, "Progress on the goals; what is in the way; next steps.");
      mentor_meeting_set_summary (meeting, "Talked through the quarter and agreed the next step.");
      mentor_meeting_set_private_notes (meeting, "Private: seems tired, ask about workload.");
      if (!mentor_store_save_meeting (store, meeting, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fill_goals (MentorStore  *store,
            Fill         *fill,
            GError      **error)
{
  g_autofree char *today = mentor_today ();
  guint n = fill->mentorships->len;

  for (guint i = 0; i < fill->size->goals && n > 0; i++)
    {
      g_autoptr(MentorGoal) goal = mentor_goal_new ();
      g_autofree char *title = g_strdup_printf ("Goal %u: lead a cross-team project", i);
      g_autofree char *target = mentor_date_add_days (today, (int) (i % 200) - 50);
      gint64 id;

      mentor_goal_set_mentorship_id (goal, g_array_index (fill->mentorships, gint64, i % n));
      mentor_goal_set_title (goal, title);
      mentor_goal_set_focus_area (goal, skills[i % G_N_ELEMENTS (skills)]);
      mentor_goal_set_success_measure (goal, "The project ships and the team asks for more.");
      mentor_goal_set_target_on (goal, target);
      if (!mentor_store_save_goal (store, goal, error))
        return FALSE;
      id = mentor_goal_get_id (goal);

      for (guint j = 0; j < 3; j++)
        {
          g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
          g_autofree char *name = g_strdup_printf ("Step %u", j + 1);
          g_autofree char *due = mentor_date_add_days (target, -30 * (int) (3 - j));

          mentor_milestone_set_goal_id (milestone, id);
          mentor_milestone_set_title (milestone, name);
          mentor_milestone_set_position (milestone, j);
          mentor_milestone_set_due_on (milestone, due);
          if (!mentor_store_save_milestone (store, milestone, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
fill_all (MentorStore  *store,
          gpointer      user_data,
          GError      **error)
{
  Fill *fill = user_data;

  return fill_people (store, fill, error) &&
         fill_mentorships (store, fill, error) &&
         fill_series_and_meetings (store, fill, error) &&
         fill_goals (store, fill, error);
}

gboolean
mentor_bench_fill_program (MentorStore           *store,
                           const MentorBenchSize *size,
                           GError               **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) mentorships = g_array_new (FALSE, FALSE, sizeof (gint64));
  Fill fill = { size, people, mentorships };

  g_return_val_if_fail (MENTOR_IS_STORE (store), FALSE);
  g_return_val_if_fail (size != NULL && size->people >= 2, FALSE);

  return mentor_store_batch (store, fill_all, &fill, error);
}

double
mentor_bench_now (void)
{
  return g_get_monotonic_time () / 1e6;
}

double
mentor_bench_peak_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

void
mentor_bench_sort (GArray *values)
{
  g_array_sort (values, compare_doubles);
}
