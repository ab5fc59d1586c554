/* mentor-demo.c — a believable sample program for an empty data file
 *
 * Northwind, a mid-size company with offices in Europe and the Americas, runs a
 * mentoring program: people with a reporting line, skills and development
 * areas; mentorships in every status and kind with written agreements; goals
 * with milestones (some done, some overdue); past meetings with agendas,
 * shared summaries, private notes and action items; upcoming meetings; two
 * check-in series (fortnightly, and every three weeks) whose occurrences were
 * held, missed, cancelled, moved, skipped or are still to come, with the
 * goals each meeting worked on; satisfaction reviews; and relationships whose
 * health differs: one at risk, one needing attention, the others on track. Everything is dated around mentor_today() and
 * goes through the public store API inside one mentor_store_batch().
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "mentor-demo.h"
#include "mentor-store-private.h"

/* ---- The people ----------------------------------------------------------- */

typedef struct {
  const char *key;
  const char *name;
  const char *email;
  const char *title;
  const char *department;
  const char *manager;     /* key, or NULL */
  const char *timezone;
  guint       capacity;
  const char *offers[5];
  const char *seeks[5];
} DemoPerson;

/* Skills and development areas are words the UI shows: the standard focus
 * areas are marked with the same msgids as mentor_standard_focus_areas(). */
static const DemoPerson people[] = {
  { "margaret", "Margaret Okafor", "margaret.okafor@northwind.example",
    "Chief Executive Officer", "Executive Office", NULL, "Europe/London", 2,
    { N_("Leadership"), N_("Strategic Thinking"), N_("Organizational Politics") },
    { N_("Emerging Technology"), N_("Communication") } },
  { "daniel", "Daniel Fischer", "daniel.fischer@northwind.example",
    "VP Engineering", "Engineering", "margaret", "Europe/Berlin", 3,
    { N_("Leadership"), N_("Strategic Thinking"), N_("Technical Architecture") },
    { N_("Emotional Intelligence"), N_("Networking") } },
  { "priya", "Priya Raman", "priya.raman@northwind.example",
    "VP People", "People & Culture", "margaret", "Europe/London", 3,
    { N_("Emotional Intelligence"), N_("Communication"), N_("Career Advancement") },
    { N_("Strategic Thinking") } },
  { "carlos", "Carlos Mendoza", "carlos.mendoza@northwind.example",
    "VP Sales", "Sales", "margaret", "America/Mexico_City", 2,
    { N_("Networking"), N_("Negotiation"), N_("Communication") },
    { N_("Design Thinking"), N_("Organizational Politics") } },
  { "fatima", "Fatima Al-Sayed", "fatima.alsayed@northwind.example",
    "Finance Director", "Finance", "margaret", "Europe/London", 2,
    { N_("Strategic Thinking"), N_("Financial Acumen"), N_("Organizational Politics") },
    { N_("Emotional Intelligence") } },
  { "aiko", "Aiko Tanaka", "aiko.tanaka@northwind.example",
    "Engineering Manager, Platform", "Engineering", "daniel", "Europe/Berlin", 2,
    { N_("Leadership"), N_("Technical Architecture") },
    { N_("Strategic Thinking"), N_("Organizational Politics") } },
  { "samuel", "Samuel Mensah", "samuel.mensah@northwind.example",
    "Senior Software Engineer", "Engineering", "aiko", "Europe/Amsterdam", 1,
    { N_("Emerging Technology"), N_("Technical Architecture") },
    { N_("Leadership"), N_("Career Advancement") } },
  { "ravi", "Ravi Patel", "ravi.patel@northwind.example",
    "Software Engineer", "Engineering", "aiko", "Europe/Dublin", 0,
    { NULL },
    { N_("Career Advancement"), N_("Networking"), N_("Communication") } },
  { "lea", "Léa Dubois", "lea.dubois@northwind.example",
    "Product Manager", "Product", "daniel", "Europe/Paris", 1,
    { N_("Data Storytelling"), N_("Communication") },
    { N_("Strategic Thinking"), N_("Networking") } },
  { "sofia", "Sofia Rossi", "sofia.rossi@northwind.example",
    "UX Designer", "Product", "lea", "Europe/Rome", 1,
    { N_("Design Thinking"), N_("Emerging Technology") },
    { N_("Career Advancement"), N_("Emotional Intelligence") } },
  { "hannah", "Hannah Schmidt", "hannah.schmidt@northwind.example",
    "HR Business Partner", "People & Culture", "priya", "Europe/Berlin", 1,
    { N_("Emotional Intelligence"), N_("Coaching") },
    { N_("Organizational Politics"), N_("Strategic Thinking") } },
  { "jonas", "Jonas Lindqvist", "jonas.lindqvist@northwind.example",
    "Financial Analyst", "Finance", "fatima", "Europe/Stockholm", 0,
    { NULL },
    { N_("Career Advancement"), N_("Communication"), N_("Networking") } },
  { "grace", "Grace Chen", "grace.chen@northwind.example",
    "Account Executive", "Sales", "carlos", "America/New_York", 0,
    { NULL },
    { N_("Negotiation"), N_("Career Advancement"), N_("Networking") } },
  { "mateus", "Mateus Oliveira", "mateus.oliveira@northwind.example",
    "Sales Engineer", "Sales", "carlos", "America/Sao_Paulo", 1,
    { N_("Technical Architecture") },
    { N_("Leadership"), N_("Communication") } },
  { "kwame", "Kwame Asante", "kwame.asante@northwind.example",
    "Customer Success Lead", "Customer Success", "carlos", "America/Toronto", 2,
    { N_("Communication"), N_("Networking") },
    { N_("Leadership"), N_("Strategic Thinking") } },
  { "olivia", "Olivia Brooks", "olivia.brooks@northwind.example",
    "Marketing Manager", "Marketing", "carlos", "America/Chicago", 1,
    { N_("Communication"), N_("Networking") },
    { N_("Strategic Thinking"), N_("Leadership") } },
  /* Left the company after a completed mentorship: archived, history kept. */
  { "thomas", "Thomas Berg", "thomas.berg@northwind.example",
    "Regional Sales Director, EMEA", "Sales", "carlos", "Europe/Berlin", 0,
    { N_("Negotiation") },
    { N_("Leadership"), N_("Emotional Intelligence") } },
};

/* ---- Working state -------------------------------------------------------- */

typedef struct {
  char         *today;
  GStringChunk *strings;
  GHashTable   *person_ids;   /* key -> gint64 * */
  guint         n_people;
  guint         n_mentorships;
  guint         n_goals;
  guint         n_meetings;
  guint         n_series;
  guint         n_reviews;
  GArray       *goal_ids;     /* of the mentorship being added, in order */
} Demo;

/* The date `offset` days from today, kept until the demo is done. */
static const char *
day (Demo *demo,
     int   offset)
{
  g_autofree char *date = mentor_date_add_days (demo->today, offset);

  return g_string_chunk_insert_const (demo->strings, date);
}

/* Wall time on a day in a zone, as a UTC instant. */
static const char *
instant (Demo       *demo,
         int         offset,
         int         hour,
         int         minute,
         const char *tzid)
{
  const char *date = day (demo, offset);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;
  int y, m, d;

  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  sscanf (date, "%d-%d-%d", &y, &m, &d);
  local = g_date_time_new (zone, y, m, d, hour, minute, 0);
  utc = g_date_time_to_utc (local);
  text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");

  return g_string_chunk_insert_const (demo->strings, text);
}

static gint64
person_id (Demo       *demo,
           const char *key)
{
  gint64 *id = g_hash_table_lookup (demo->person_ids, key);

  g_assert (id != NULL);
  return *id;
}

/* Translated copies of a NULL-terminated list of msgids. */
static char **
translated (const char * const *words,
            guint               max)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < max && words[i] != NULL; i++)
    g_ptr_array_add (out, g_strdup (_(words[i])));
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

static gboolean
add_people (MentorStore  *store,
            Demo         *demo,
            GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const DemoPerson *p = &people[i];
      g_autoptr(MentorPerson) person = mentor_person_new ();
      g_auto(GStrv) offers = translated (p->offers, G_N_ELEMENTS (p->offers));
      g_auto(GStrv) seeks = translated (p->seeks, G_N_ELEMENTS (p->seeks));
      gint64 id;

      mentor_person_set_name (person, p->name);
      mentor_person_set_email (person, p->email);
      mentor_person_set_title (person, p->title);
      mentor_person_set_organization (person, "Northwind");
      mentor_person_set_department (person, p->department);
      mentor_person_set_timezone (person, p->timezone);
      mentor_person_set_capacity (person, p->capacity);
      mentor_person_set_offers (person, (const char * const *) offers);
      mentor_person_set_seeks (person, (const char * const *) seeks);
      if (p->manager != NULL)
        mentor_person_set_manager_id (person, person_id (demo, p->manager));

      if (!mentor_store_save_person (store, person, error))
        return FALSE;

      id = mentor_person_get_id (person);
      g_hash_table_insert (demo->person_ids, (gpointer) p->key, g_memdup2 (&id, sizeof id));
      demo->n_people++;
    }

  return TRUE;
}

/* ---- Mentorships, goals, meetings ----------------------------------------- */

typedef struct {
  const char   *mentor;
  const char   *mentee;
  MentorKind    kind;
  int           started;     /* days from today; G_MININT = not set */
  int           ends;        /* days from today; G_MININT = not set */
  guint         cadence;
  MentorMode    mode;
  const char   *focus[4];
  const char   *expectations;
} DemoMentorship;

#define NO_DATE G_MININT

static gint64
add_mentorship (MentorStore           *store,
                Demo                  *demo,
                const DemoMentorship  *d,
                GError               **error)
{
  g_autoptr(MentorMentorship) m = mentor_mentorship_new ();
  g_auto(GStrv) focus = translated (d->focus, G_N_ELEMENTS (d->focus));

  mentor_mentorship_set_mentor_id (m, person_id (demo, d->mentor));
  mentor_mentorship_set_mentee_id (m, person_id (demo, d->mentee));
  mentor_mentorship_set_kind (m, d->kind);
  if (d->started != NO_DATE)
    mentor_mentorship_set_started_on (m, day (demo, d->started));
  if (d->ends != NO_DATE)
    mentor_mentorship_set_ends_on (m, day (demo, d->ends));
  mentor_mentorship_set_cadence_days (m, d->cadence);
  mentor_mentorship_set_mode (m, d->mode);
  mentor_mentorship_set_focus_areas (m, (const char * const *) focus);
  mentor_mentorship_set_expectations (m, d->expectations);

  if (!mentor_store_save_mentorship (store, m, error))
    return 0;

  demo->n_mentorships++;
  return mentor_mentorship_get_id (m);
}

/* Takes a proposed mentorship along the lifecycle, one allowed move at a time;
 * a completed or ended one is closed on the day closed (days from today). */
static gboolean
move_to (MentorStore   *store,
         Demo          *demo,
         gint64         id,
         MentorStatus   status,
         int            closed,
         const char    *reason,
         GError       **error)
{
  switch (status)
    {
    case MENTOR_STATUS_PROPOSED:
      return TRUE;

    case MENTOR_STATUS_ACTIVE:
      return mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, error);

    case MENTOR_STATUS_PAUSED:
      return mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, error) &&
             mentor_store_set_mentorship_status (store, id, status, reason, error);

    case MENTOR_STATUS_COMPLETED:
    case MENTOR_STATUS_ENDED:
      return mentor_store_set_mentorship_status (store, id, MENTOR_STATUS_ACTIVE, NULL, error) &&
             mentor_store_set_mentorship_status_on (store, id, status, reason,
                                                    day (demo, closed), error);

    case MENTOR_N_STATUSES:
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

typedef struct {
  const char *title;
  int         due;      /* days from today */
  int         done;     /* days from today; NO_DATE = not done */
} DemoMilestone;

typedef struct {
  const char       *title;
  const char       *focus_area;
  const char       *success_measure;
  int               target;    /* days from today; NO_DATE = none */
  MentorGoalStatus  status;
  DemoMilestone     milestones[5];
  const char       *drop_reason;
} DemoGoal;

static gboolean
add_goal (MentorStore     *store,
          Demo            *demo,
          gint64           mentorship_id,
          const DemoGoal  *d,
          GError         **error)
{
  g_autoptr(MentorGoal) goal = mentor_goal_new ();

  mentor_goal_set_mentorship_id (goal, mentorship_id);
  mentor_goal_set_title (goal, d->title);
  mentor_goal_set_focus_area (goal, _(d->focus_area));
  mentor_goal_set_success_measure (goal, d->success_measure);
  if (d->target != NO_DATE)
    mentor_goal_set_target_on (goal, day (demo, d->target));
  /* A goal is dropped with its reason, through the store's own move. */
  if (d->status != MENTOR_GOAL_DROPPED)
    mentor_goal_set_status (goal, d->status);

  if (!mentor_store_save_goal (store, goal, error))
    return FALSE;
  demo->n_goals++;
  {
    gint64 id = mentor_goal_get_id (goal);

    g_array_append_val (demo->goal_ids, id);
  }

  if (d->status == MENTOR_GOAL_DROPPED &&
      !mentor_store_set_goal_status (store, mentor_goal_get_id (goal), MENTOR_GOAL_DROPPED,
                                     d->drop_reason, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (d->milestones) && d->milestones[i].title != NULL; i++)
    {
      g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();

      mentor_milestone_set_goal_id (milestone, mentor_goal_get_id (goal));
      mentor_milestone_set_title (milestone, d->milestones[i].title);
      mentor_milestone_set_position (milestone, i);
      mentor_milestone_set_due_on (milestone, day (demo, d->milestones[i].due));
      if (d->milestones[i].done != NO_DATE)
        mentor_milestone_set_done_on (milestone, day (demo, d->milestones[i].done));

      if (!mentor_store_save_milestone (store, milestone, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct {
  const char  *text;
  MentorOwner  owner;
  int          due;    /* days from the meeting */
  gboolean     done;
} DemoAction;

typedef struct {
  int                  offset;   /* days from today */
  int                  hour;
  int                  minute;
  guint                duration;
  MentorMeetingStatus  status;
  const char          *location;
  const char          *agenda;
  const char          *summary;
  const char          *private_notes;
  DemoAction           actions[3];
} DemoMeeting;

static gboolean
add_actions (MentorStore        *store,
             Demo               *demo,
             gint64              meeting_id,
             int                 meeting_offset,
             const DemoAction   *actions,
             guint               n_actions,
             GError            **error)
{
  for (guint i = 0; i < n_actions && actions[i].text != NULL; i++)
    {
      g_autoptr(MentorActionItem) item = mentor_action_item_new ();
      int due = meeting_offset + actions[i].due;

      mentor_action_item_set_meeting_id (item, meeting_id);
      mentor_action_item_set_text (item, actions[i].text);
      mentor_action_item_set_owner (item, actions[i].owner);
      mentor_action_item_set_due_on (item, day (demo, due));
      if (actions[i].done)
        mentor_action_item_set_done_on (item, day (demo, MIN (due - 1, 0)));

      if (!mentor_store_save_action_item (store, item, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_meetings (MentorStore        *store,
              Demo               *demo,
              gint64              mentorship_id,
              const char         *tzid,
              const DemoMeeting  *meetings,
              guint               n_meetings,
              GError            **error)
{
  for (guint i = 0; i < n_meetings; i++)
    {
      const DemoMeeting *d = &meetings[i];
      g_autoptr(MentorMeeting) meeting = mentor_meeting_new ();

      mentor_meeting_set_mentorship_id (meeting, mentorship_id);
      mentor_meeting_set_starts_at (meeting, instant (demo, d->offset, d->hour, d->minute, tzid));
      mentor_meeting_set_tzid (meeting, tzid);
      mentor_meeting_set_duration_min (meeting, d->duration);
      mentor_meeting_set_status (meeting, d->status);
      mentor_meeting_set_location (meeting, d->location);
      mentor_meeting_set_agenda (meeting, d->agenda);
      mentor_meeting_set_summary (meeting, d->summary);
      mentor_meeting_set_private_notes (meeting, d->private_notes);

      if (!mentor_store_save_meeting (store, meeting, error))
        return FALSE;
      demo->n_meetings++;

      if (!add_actions (store, demo, mentor_meeting_get_id (meeting), d->offset,
                        d->actions, G_N_ELEMENTS (d->actions), error))
        return FALSE;
    }

  return TRUE;
}

typedef struct {
  MentorOwner  author;
  guint        rating;
  int          written;  /* days from today */
  const char  *note;
} DemoReview;

static gboolean
add_reviews (MentorStore       *store,
             Demo              *demo,
             gint64             mentorship_id,
             const DemoReview  *reviews,
             guint              n_reviews,
             GError           **error)
{
  for (guint i = 0; i < n_reviews; i++)
    {
      g_autoptr(MentorReview) review = mentor_review_new ();

      mentor_review_set_mentorship_id (review, mentorship_id);
      mentor_review_set_author (review, reviews[i].author);
      mentor_review_set_rating (review, reviews[i].rating);
      mentor_review_set_written_on (review, day (demo, reviews[i].written));
      mentor_review_set_note (review, reviews[i].note);

      if (!mentor_store_save_review (store, review, error))
        return FALSE;
      demo->n_reviews++;
    }

  return TRUE;
}

/* ---- The program ---------------------------------------------------------- */

static const DemoMentorship fatima_aiko = {
  "fatima", "aiko", MENTOR_KIND_TRADITIONAL, -86, 94, 14, MENTOR_MODE_VIDEO,
  { N_("Strategic Thinking"), N_("Organizational Politics"), N_("Leadership") },
  "We meet every second Tuesday at 9:00 Berlin time for 45 minutes on video; "
  "Aiko sets the agenda the day before. What we discuss stays between us unless "
  "we both agree to share it. Either of us can move a session with a day's notice. "
  "Aiko's aim: be ready to represent the platform team in executive discussions "
  "by the end of the year. We review progress on the goals every second session.",
};

static const DemoGoal fatima_aiko_goals[] = {
  { "Present the platform roadmap to the executive team", N_("Strategic Thinking"),
    "The roadmap is approved at the quarterly business review, with its budget.",
    45, MENTOR_GOAL_OPEN,
    { { "Draft the roadmap narrative", -56, -60 },
      { "Interview three stakeholders outside Engineering", -30, -27 },
      { "Rehearse the presentation with Fatima", 14, NO_DATE },
      { "Present at the quarterly business review", 40, NO_DATE } } },
  { "Delegate the design of the on-call rota", N_("Leadership"),
    "Someone in the team owns the rota and Aiko has not touched it for a month.",
    -30, MENTOR_GOAL_ACHIEVED,
    { { "Pick an owner in the team and agree the scope", -75, -78 },
      { "Step back from the weekly on-call review", -40, -44 } } },
};

static const DemoReview fatima_aiko_reviews[] = {
  { MENTOR_OWNER_MENTOR, 5, -52,
    "Aiko comes prepared and acts on what we discuss. Exactly what I hoped for." },
  { MENTOR_OWNER_MENTEE, 4, -50,
    "Very useful, especially the executive framing. I would like more time on delegation." },
};

static const DemoMentorship daniel_hannah = {
  "daniel", "hannah", MENTOR_KIND_TRADITIONAL, -105, 120, 21, MENTOR_MODE_IN_PERSON,
  { N_("Organizational Politics"), N_("Strategic Thinking") },
  "Every three weeks over lunch in the Berlin office, an hour each time. "
  "Hannah brings one real situation to each meeting. Daniel gives candid "
  "feedback; nothing said here reaches Hannah's manager or HR files. "
  "If a meeting has to move we rebook it within the same week.",
};

static const DemoGoal daniel_hannah_goals[] = {
  { "Build a coalition for the hybrid-work policy", N_("Organizational Politics"),
    "Three of the five engineering managers publicly support the draft.",
    60, MENTOR_GOAL_OPEN,
    { { "Map the decision makers and their concerns", -20, -18 },
      { "One-to-ones with the three most sceptical managers", -7, NO_DATE },
      { "Draft the policy with their input", 30, NO_DATE } } },
  { "Frame HR proposals in business terms", N_("Strategic Thinking"),
    "The next proposal to the leadership team leads with cost and retention figures.",
    90, MENTOR_GOAL_OPEN,
    { { "Rewrite the onboarding proposal with cost figures", 21, NO_DATE } } },
};

/* Hannah's latest review is low: a health reason. Daniel's first one is due. */
static const DemoReview daniel_hannah_reviews[] = {
  { MENTOR_OWNER_MENTEE, 2, -40,
    "Meetings keep moving or falling through, and I leave without a clear next step." },
};

static const DemoMentorship samuel_margaret = {
  "samuel", "margaret", MENTOR_KIND_REVERSE, -75, 105, 30, MENTOR_MODE_VIDEO,
  { N_("Emerging Technology"), N_("Communication") },
  "Reverse mentoring: Samuel mentors Margaret on how AI tools and modern "
  "engineering practice change the way Northwind works. Monthly, 45 minutes "
  "on video, with hands-on time rather than slides. Margaret asks the naive "
  "questions; Samuel is free to say when something is a bad idea. Nothing is "
  "passed on to Samuel's management chain.",
};

static const DemoGoal samuel_margaret_goals[] = {
  { "Use AI assistants confidently in weekly planning", N_("Emerging Technology"),
    "Margaret prepares her weekly plan with an assistant for a month, within the data rules.",
    40, MENTOR_GOAL_OPEN,
    { { "Set up an assistant that follows the company data rules", -60, -62 },
      { "Run one planning session with it", -5, NO_DATE },
      { "Share what worked with the leadership team", 35, NO_DATE } } },
  { "Understand how our engineers actually ship", N_("Communication"),
    "Margaret can explain the release process to the board in her own words.",
    -45, MENTOR_GOAL_ACHIEVED,
    { { "Shadow a release day with the platform team", -55, -54 } } },
};

static const DemoMeeting samuel_margaret_meetings[] = {
  { -70, 16, 0, 45, MENTOR_MEETING_HELD, "Video call",
    "What AI tools the engineers use, and why.",
    "Walked through three tools Samuel uses daily; Margaret wants to try one for planning.",
    "Margaret is curious but worried about data leaks; start with the approved tool.",
    { { "Request access to the approved assistant", MENTOR_OWNER_MENTEE, 7, TRUE } } },
  { -50, 16, 0, 45, MENTOR_MEETING_HELD, "Video call",
    "First attempts with the assistant; release day recap.",
    "Margaret drafted a board update with it; the release day made the deployment "
    "pipeline concrete.",
    "", { { "Try a planning session on a quiet Monday", MENTOR_OWNER_MENTEE, 30, FALSE } } },
  /* Since then nothing was held: the relationship is at risk. */
  { -20, 16, 0, 45, MENTOR_MEETING_MISSED, "Video call",
    "Planning session still to do.", "",
    "Margaret keeps postponing: ask what is in the way.",
    { { NULL } } },
  { 20, 16, 0, 45, MENTOR_MEETING_SCHEDULED, "Video call",
    "Planning session together, live.", "", "", { { NULL } } },
};

static const DemoMentorship lea_kwame = {
  "lea", "kwame", MENTOR_KIND_PEER, -60, 120, 14, MENTOR_MODE_CHAT,
  { N_("Communication"), N_("Networking") },
  "Peer mentoring between Product and Customer Success: every two weeks for "
  "half an hour, by chat or a quick call across the Paris–Toronto time gap "
  "(we keep to 15:00 Paris). Each of us brings one thing we want feedback on. "
  "Equal footing: we both give and take.",
};

static const DemoGoal lea_kwame_goals[] = {
  { "Present at the customer advisory board", N_("Communication"),
    "Kwame presents the customer health findings and gets two follow-up requests.",
    50, MENTOR_GOAL_OPEN,
    { { "Outline the talk", -8, -10 },
      { "Dry run with each other", 20, NO_DATE } } },
  { "Grow a network across teams", N_("Networking"),
    "Each of us has had coffee with five people from teams we rarely work with.",
    NO_DATE, MENTOR_GOAL_OPEN,
    { { "Coffee with five people from other teams", 30, NO_DATE } } },
};

static const DemoMeeting lea_kwame_meetings[] = {
  { -56, 15, 0, 30, MENTOR_MEETING_HELD, "Chat",
    "How we each get heard in cross-team meetings.",
    "Swapped tactics: Léa writes a one-line ask before meetings, Kwame brings a customer quote.",
    "", { { NULL } } },
  { -42, 15, 0, 30, MENTOR_MEETING_HELD, "Chat",
    "The advisory board invitation.",
    "Kwame will present; Léa helps shape the story.",
    "Kwame is nervous about presenting to customers' executives.",
    { { "Send Léa the customer health numbers", MENTOR_OWNER_MENTEE, 7, TRUE } } },
  { -28, 15, 0, 30, MENTOR_MEETING_CANCELLED, "Chat",
    "Talk outline.", "", "Léa at the product offsite.", { { NULL } } },
  { -14, 15, 0, 30, MENTOR_MEETING_HELD, "Video call",
    "Talk outline.",
    "Outline done: three customer stories, one chart, one ask.",
    "", { { "Book a room for the dry run", MENTOR_OWNER_MENTOR, 14, FALSE } } },
  { 1, 15, 0, 30, MENTOR_MEETING_SCHEDULED, "Chat",
    "Slides first pass; networking goal.", "", "", { { NULL } } },
};

static const DemoReview lea_kwame_reviews[] = {
  { MENTOR_OWNER_MENTOR, 5, -25,
    "Kwame's customer stories changed how I write product briefs." },
  { MENTOR_OWNER_MENTEE, 4, -24,
    "Léa's feedback on the talk outline was spot on. The time zones make it hard to meet." },
};

static const DemoMentorship priya_grace = {
  "priya", "grace", MENTOR_KIND_TRADITIONAL, -150, 215, 14, MENTOR_MODE_PHONE,
  { N_("Career Advancement"), N_("Networking") },
  "Fortnightly phone calls of 30 minutes, Grace's morning and Priya's "
  "afternoon. Grace owns the agenda. Paused while Grace is on parental leave; "
  "we pick up again when she is back, with no catching up expected.",
};

static const DemoGoal priya_grace_goals[] = {
  { "Prepare for the senior account executive promotion", N_("Career Advancement"),
    "A promotion case with evidence that Grace's manager signs off.",
    120, MENTOR_GOAL_OPEN,
    { { "Collect evidence of three complex deals", -100, -101 },
      { "Feedback from two senior colleagues", 30, NO_DATE } } },
};

static const DemoMeeting priya_grace_meetings[] = {
  { -140, 10, 0, 30, MENTOR_MEETING_HELD, "Phone",
    "Where Grace wants to be in two years.",
    "Senior account executive within a year; the promotion case needs evidence.",
    "", { { "List the deals from the last year and their complexity", MENTOR_OWNER_MENTEE, 10, TRUE } } },
  { -126, 10, 0, 30, MENTOR_MEETING_HELD, "Phone",
    "Which deals tell the best story.",
    "Chose three deals; Grace will write one paragraph on each.",
    "", { { NULL } } },
  { -112, 10, 0, 30, MENTOR_MEETING_HELD, "Phone",
    "Asking for feedback without it feeling awkward.",
    "Practised the ask; Grace will approach two senior colleagues.",
    "Grace undersells herself; keep pointing her to the numbers.", { { NULL } } },
  { -98, 10, 0, 30, MENTOR_MEETING_MISSED, "Phone",
    "Feedback so far.", "", "", { { NULL } } },
  { -84, 10, 0, 30, MENTOR_MEETING_HELD, "Phone",
    "Plan for the leave; what waits and what does not.",
    "Agreed to pause during Grace's leave and restart with the feedback goal.",
    "", { { NULL } } },
};

static const DemoMentorship carlos_jonas = {
  "carlos", "jonas", MENTOR_KIND_TRADITIONAL, 14, 194, 14, MENTOR_MODE_VIDEO,
  { N_("Career Advancement"), N_("Networking") },
  "Proposed: video calls every two weeks, 30 minutes, at 16:00 Stockholm time. "
  "Jonas wants to understand how sales leaders use finance numbers and to "
  "meet people outside Finance. Conversations stay confidential.",
};

static const DemoMentorship sofia_carlos = {
  "sofia", "carlos", MENTOR_KIND_REVERSE, NO_DATE, NO_DATE, 30, MENTOR_MODE_VIDEO,
  { N_("Design Thinking"), N_("Communication") },
  "Proposed reverse mentoring: Sofia shows Carlos how the design team runs "
  "customer interviews and turns them into decisions. Monthly, one hour, "
  "including sitting in on one real interview.",
};

static const DemoMentorship fatima_olivia = {
  "fatima", "olivia", MENTOR_KIND_TRADITIONAL, -350, -10, 30, MENTOR_MODE_VIDEO,
  { N_("Strategic Thinking"), N_("Leadership") },
  "Monthly video calls for a year, an hour each. Olivia brings the numbers, "
  "Fatima brings the questions. Confidential; we close with a written summary "
  "of what Olivia takes away.",
};

static const DemoGoal fatima_olivia_goals[] = {
  { "Own the marketing budget forecast", N_("Strategic Thinking"),
    "Olivia presents the forecast to Finance without Fatima's help and it holds within 5%.",
    -10, MENTOR_GOAL_ACHIEVED,
    { { "Build the forecast model with Finance", -200, -205 },
      { "Present the Q3 forecast", -100, -98 },
      { "Q4 forecast within 5%", -15, -12 } } },
  { "Speak at an industry conference", N_("Networking"),
    "A talk accepted at a marketing conference.",
    -60, MENTOR_GOAL_DROPPED,
    { { "Submit a talk proposal", -150, NO_DATE } },
    "The conference budget was cut for the year." },
};

static const DemoMeeting fatima_olivia_meetings[] = {
  { -300, 17, 0, 60, MENTOR_MEETING_HELD, "Video call",
    "Goals for the year.", "Two goals: the budget forecast and a conference talk.",
    "", { { NULL } } },
  { -200, 17, 0, 60, MENTOR_MEETING_HELD, "Video call",
    "The forecast model.", "Walked through the model; Olivia will present Q3 herself.",
    "", { { NULL } } },
  { -100, 17, 0, 60, MENTOR_MEETING_HELD, "Video call",
    "Q3 forecast debrief; conference budget cut.",
    "Q3 forecast landed well. Agreed to drop the conference goal.",
    "Olivia was disappointed about the conference; she took it well.", { { NULL } } },
  { -20, 17, 0, 60, MENTOR_MEETING_HELD, "Video call",
    "Closing: what Olivia takes away.",
    "Q4 within 4%. Olivia will mentor a new marketing hire next year.",
    "", { { "Write the closing summary", MENTOR_OWNER_MENTEE, 14, TRUE } } },
};

static const DemoMentorship mateus_ravi = {
  "mateus", "ravi", MENTOR_KIND_PEER, -120, 60, 30, MENTOR_MODE_VIDEO,
  { N_("Communication"), N_("Career Advancement") },
  "Peer mentoring between Sales Engineering and Engineering: monthly video "
  "calls, pairing on a customer demo each month.",
};

static const DemoGoal mateus_ravi_goals[] = {
  { "Pair on a customer demo each month", N_("Communication"),
    "Three demos given together.",
    -30, MENTOR_GOAL_DROPPED,
    { { "First demo together", -90, -88 },
      { "Second demo together", -60, NO_DATE } },
    "Ravi changed teams and no longer gives customer demos." },
};

static const DemoMeeting mateus_ravi_meetings[] = {
  { -90, 14, 0, 45, MENTOR_MEETING_HELD, "Video call",
    "Plan the first demo.", "Demo went well; the customer asked for a follow-up.",
    "", { { NULL } } },
  { -60, 14, 0, 45, MENTOR_MEETING_CANCELLED, "Video call",
    "Second demo.", "", "Ravi moving to the platform team.", { { NULL } } },
};

static const DemoMentorship priya_thomas = {
  "priya", "thomas", MENTOR_KIND_TRADITIONAL, -320, -12, 45, MENTOR_MODE_IN_PERSON,
  { N_("Leadership"), N_("Emotional Intelligence") },
  "Every six weeks in person, alternating London and Berlin, 90 minutes. "
  "Focused on leading the EMEA team through the reorganisation and on a "
  "clean handover before Thomas's planned departure.",
};

static const DemoGoal priya_thomas_goals[] = {
  { "Hand over the EMEA sales pipeline", N_("Leadership"),
    "Every open deal has a named owner who has met the customer.",
    -5, MENTOR_GOAL_ACHIEVED,
    { { "List open deals and proposed owners", -60, -62 },
      { "Joint customer calls for the top ten deals", -20, -15 } } },
};

static const DemoMeeting priya_thomas_meetings[] = {
  { -280, 11, 0, 90, MENTOR_MEETING_HELD, "London office",
    "Leading through the reorganisation.",
    "Thomas will hold weekly open office hours with the team.",
    "Thomas is tired; suggested he takes the leave he has saved.", { { NULL } } },
  { -150, 11, 0, 90, MENTOR_MEETING_HELD, "Berlin office",
    "Thomas's decision to leave; planning the handover.",
    "Handover plan agreed: owners for every deal by the end of the quarter.",
    "", { { NULL } } },
  { -30, 11, 0, 90, MENTOR_MEETING_HELD, "Berlin office",
    "Handover check.", "All but two deals handed over; joint calls booked.",
    "", { { "Joint calls for the last two deals", MENTOR_OWNER_MENTEE, 14, TRUE } } },
};

/* ---- Check-in series ---------------------------------------------------- */

typedef struct {
  MentorMeetingStatus  status;
  int                  moved;          /* minutes later than planned */
  const char          *location;       /* NULL: the series' */
  const char          *agenda;         /* NULL: nothing stored, it stays computed */
  const char          *summary;
  const char          *private_notes;
  guint                goals;          /* bits: the mentorship's goals it worked on */
  gboolean             skipped;        /* taken out of the series (EXDATE) */
  DemoAction           actions[2];
} DemoOccurrence;

typedef struct {
  const char      *summary;
  const char      *tzid;
  GDateWeekday     weekday;
  guint            weeks;              /* every N weeks */
  int              start;              /* the first weekday on or after this day */
  int              hour;
  int              minute;
  guint            duration;
  const char      *location;
  DemoOccurrence   occurrences[7];
} DemoSeries;

/* Fortnightly on Tuesday at 9:00 Berlin time: held ones with notes and the
 * goals they worked on, one date skipped, one cancelled. */
static const DemoSeries fatima_aiko_series = {
  "Check-in: Fatima Al-Sayed and Aiko Tanaka", "Europe/Berlin", G_DATE_TUESDAY, 2, -84, 9, 0, 45,
  "Video call",
  { { MENTOR_MEETING_HELD, 0, NULL, "Ground rules and goals.",
      "Agreed the cadence and the two goals; Aiko drafts the roadmap narrative first.",
      "Aiko is strong technically, less sure of herself with the executive team.", 0x3, FALSE,
      { { "Share the first roadmap draft", MENTOR_OWNER_MENTEE, 12, TRUE } } },
    { MENTOR_MEETING_HELD, 0, NULL, "The roadmap draft; who to delegate the rota to.",
      "The draft is too detailed for executives; Aiko will lead with three outcomes.",
      "", 0x3, FALSE, { { "Name the rota owner", MENTOR_OWNER_MENTEE, 7, TRUE } } },
    { MENTOR_MEETING_SCHEDULED, 0, NULL, NULL, NULL, NULL, 0, TRUE, { { NULL } } },
    { MENTOR_MEETING_HELD, 0, NULL, "Stakeholder interviews.",
      "Picked Sales, Finance and Customer Success for interviews.",
      "Suggest Kwame: he hears the customer pain first.", 0x1, FALSE,
      { { "Introduce Aiko to Kwame Asante", MENTOR_OWNER_MENTOR, 3, TRUE } } },
    { MENTOR_MEETING_CANCELLED, 0, NULL, "Interview findings.", "",
      "Fatima travelling; Aiko sent notes by email instead.", 0, FALSE, { { NULL } } },
    { MENTOR_MEETING_HELD, 0, NULL, "Interview findings; rehearsal plan.",
      "Findings folded into the roadmap; rehearsal booked before the review.",
      "She handled my pushback on the budget calmly. Real progress.", 0x1, FALSE,
      { { "Send the rehearsal deck two days ahead", MENTOR_OWNER_MENTEE, 12, FALSE } } } },
};

/* Every three weeks over Thursday lunch: one missed, one moved to a café an
 * hour later, the next one planned with its agenda. */
static const DemoSeries daniel_hannah_series = {
  "Lunch: Daniel Fischer and Hannah Schmidt", "Europe/Berlin", G_DATE_THURSDAY, 3, -100, 12, 30, 60,
  "Berlin office, Spree room",
  { { MENTOR_MEETING_HELD, 0, NULL,
      "Getting to know each other; what Hannah wants from the next six months.",
      "Agreed on two goals: the hybrid-work policy and business framing of HR proposals.",
      "Hannah feels HR is brought in too late; worth watching how she raises it.", 0x3, FALSE,
      { { "Write down the three decisions HR was last brought into late", MENTOR_OWNER_MENTEE, 7, TRUE } } },
    { MENTOR_MEETING_HELD, 0, NULL, "Who decides the hybrid-work policy, formally and informally?",
      "Drew the influence map together; the CFO's view matters more than expected.",
      "", 0x1, FALSE, { { NULL } } },
    { MENTOR_MEETING_MISSED, 0, NULL, "Review the influence map.", "",
      "Daniel was pulled into an incident.", 0, FALSE, { { NULL } } },
    { MENTOR_MEETING_HELD, 60, "Café Einstein, Friedrichstraße",
      "Preparing conversations with sceptical managers.",
      "Role-played the hardest conversation twice; Hannah will open with their concerns.",
      "More confident than last time. Suggest she asks Aiko for an ally.", 0x1, FALSE,
      { { "Book one-to-ones with the three managers", MENTOR_OWNER_MENTEE, 14, FALSE },
        { "Introduce Hannah to the works council chair", MENTOR_OWNER_MENTOR, 7, TRUE } } },
    { MENTOR_MEETING_HELD, 0, NULL, "Progress on the policy; the onboarding proposal.",
      "Two one-to-ones still to book. Started reshaping the onboarding proposal around cost.",
      "", 0x3, FALSE, { { "Send Daniel the onboarding cost estimate", MENTOR_OWNER_MENTEE, 10, FALSE } } },
    { MENTOR_MEETING_SCHEDULED, 0, NULL, "Outcome of the one-to-ones; first draft of the policy.",
      "", "", 0x1, FALSE, { { NULL } } } },
};

/* The local wall time `minutes` after `hour:minute` on the day `offset`. */
static char *
local_time (Demo *demo,
            int   offset,
            int   hour,
            int   minute,
            int   minutes)
{
  int total = hour * 60 + minute + minutes;

  return g_strdup_printf ("%sT%02d:%02d:00", day (demo, offset + total / (24 * 60)),
                          total % (24 * 60) / 60, total % 60);
}

/* A series whose first occurrence is itself on its weekday (DTSTART is an
 * occurrence), with what happened to its occurrences stored as meetings that
 * point back at it. Past occurrences are stored as held, missed or
 * cancelled; a future one only when it already has an agenda. */
static gboolean
add_series (MentorStore       *store,
            Demo              *demo,
            gint64             mentorship_id,
            const DemoSeries  *d,
            GError           **error)
{
  g_autoptr(MentorCheckinSeries) series = mentor_checkin_series_new ();
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
  MentorRepeat repeat = { MENTOR_REPEAT_WEEKLY, d->weeks, 1u << (d->weekday - 1), 0, 0, 0, 0, "" };
  g_autofree char *first = mentor_repeat_first_day (&repeat, day (demo, d->start));
  g_autofree char *dtstart = NULL;
  g_autofree char *rrule = NULL;
  g_autofree char *exdates = NULL;
  int start = d->start + mentor_date_days_between (day (demo, d->start), first);

  rrule = mentor_repeat_to_rrule (&repeat, d->tzid, error);
  if (rrule == NULL)
    return FALSE;
  dtstart = local_time (demo, start, d->hour, d->minute, 0);

  for (guint i = 0; i < G_N_ELEMENTS (d->occurrences); i++)
    {
      if (d->occurrences[i].skipped)
        g_ptr_array_add (skipped, local_time (demo, start + (int) (i * 7 * d->weeks), d->hour, d->minute, 0));
    }
  g_ptr_array_add (skipped, NULL);
  exdates = g_strjoinv (",", (char **) skipped->pdata);

  mentor_checkin_series_set_mentorship_id (series, mentorship_id);
  mentor_checkin_series_set_summary (series, d->summary);
  mentor_checkin_series_set_dtstart (series, dtstart);
  mentor_checkin_series_set_tzid (series, d->tzid);
  mentor_checkin_series_set_duration_min (series, d->duration);
  mentor_checkin_series_set_rrule (series, rrule);
  mentor_checkin_series_set_exdates (series, exdates);
  mentor_checkin_series_set_location (series, d->location);

  if (!mentor_store_save_series (store, series, error))
    return FALSE;
  demo->n_series++;

  for (guint i = 0; i < G_N_ELEMENTS (d->occurrences); i++)
    {
      const DemoOccurrence *o = &d->occurrences[i];
      int offset = start + (int) (i * 7 * d->weeks);
      g_autofree char *planned = NULL;
      g_autofree char *moved = NULL;
      g_autofree char *recurrence_id = NULL;
      g_autofree char *starts_at = NULL;
      g_autoptr(MentorMeeting) meeting = NULL;
      g_autoptr(GArray) goals = g_array_new (FALSE, FALSE, sizeof (gint64));

      /* What happened is in the past; only plans are ahead. */
      if (o->agenda == NULL || o->skipped ||
          (o->status == MENTOR_MEETING_SCHEDULED) != (offset > 0))
        continue;

      planned = local_time (demo, offset, d->hour, d->minute, 0);
      moved = local_time (demo, offset, d->hour, d->minute, o->moved);
      recurrence_id = mentor_local_to_instant (planned, d->tzid);
      starts_at = mentor_local_to_instant (moved, d->tzid);

      meeting = mentor_meeting_new ();
      mentor_meeting_set_mentorship_id (meeting, mentorship_id);
      mentor_meeting_set_series_id (meeting, mentor_checkin_series_get_id (series));
      mentor_meeting_set_recurrence_id (meeting, recurrence_id);
      mentor_meeting_set_starts_at (meeting, starts_at);
      mentor_meeting_set_tzid (meeting, d->tzid);
      mentor_meeting_set_duration_min (meeting, d->duration);
      mentor_meeting_set_status (meeting, o->status);
      mentor_meeting_set_location (meeting, o->location != NULL ? o->location : d->location);
      mentor_meeting_set_agenda (meeting, o->agenda);
      mentor_meeting_set_summary (meeting, o->summary);
      mentor_meeting_set_private_notes (meeting, o->private_notes);

      if (!mentor_store_save_meeting (store, meeting, error))
        return FALSE;
      demo->n_meetings++;

      if (!add_actions (store, demo, mentor_meeting_get_id (meeting), offset,
                        o->actions, G_N_ELEMENTS (o->actions), error))
        return FALSE;

      for (guint g = 0; g < demo->goal_ids->len; g++)
        {
          if (o->goals & (1u << g))
            g_array_append_val (goals, g_array_index (demo->goal_ids, gint64, g));
        }
      if (goals->len > 0 &&
          !mentor_store_set_meeting_goals (store, mentor_meeting_get_id (meeting),
                                           (const gint64 *) (gpointer) goals->data, goals->len, error))
        return FALSE;
    }

  return TRUE;
}

/* A rehearsal in person between the check-ins, ahead of the milestone. */
static const DemoMeeting fatima_aiko_meetings[] = {
  { 12, 14, 0, 90, MENTOR_MEETING_SCHEDULED, "Berlin office, Tiergarten room",
    "Rehearse the roadmap presentation for the quarterly business review.", "", "", { { NULL } } },
};

static gboolean
add_goals (MentorStore     *store,
           Demo            *demo,
           gint64           mentorship_id,
           const DemoGoal  *goals,
           guint            n_goals,
           GError         **error)
{
  g_array_set_size (demo->goal_ids, 0);
  for (guint i = 0; i < n_goals; i++)
    {
      if (!add_goal (store, demo, mentorship_id, &goals[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_cb (MentorStore  *store,
         gpointer      user_data,
         GError      **error)
{
  Demo *demo = user_data;
  gint64 id;

  /* Checked inside the transaction, so nothing can slip in meanwhile. */
  if (!mentor_store_is_empty (store))
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_EMPTY,
                           _("This data file already holds people or mentorships; "
                             "sample data is only added to an empty file."));
      return FALSE;
    }

  if (!add_people (store, demo, error))
    return FALSE;

  /* Active, with the check-in series. */
  if (!(id = add_mentorship (store, demo, &fatima_aiko, error)) ||
      !move_to (store, demo, id, MENTOR_STATUS_ACTIVE, 0, NULL, error) ||
      !add_goals (store, demo, id, fatima_aiko_goals, G_N_ELEMENTS (fatima_aiko_goals), error) ||
      !add_series (store, demo, id, &fatima_aiko_series, error) ||
      !add_meetings (store, demo, id, "Europe/Berlin", fatima_aiko_meetings,
                     G_N_ELEMENTS (fatima_aiko_meetings), error) ||
      !add_reviews (store, demo, id, fatima_aiko_reviews, G_N_ELEMENTS (fatima_aiko_reviews), error))
    return FALSE;

  /* Active, lunch every three weeks; needs attention: an overdue milestone
   * and a low review. */
  if (!(id = add_mentorship (store, demo, &daniel_hannah, error)) ||
      !move_to (store, demo, id, MENTOR_STATUS_ACTIVE, 0, NULL, error) ||
      !add_goals (store, demo, id, daniel_hannah_goals, G_N_ELEMENTS (daniel_hannah_goals), error) ||
      !add_series (store, demo, id, &daniel_hannah_series, error) ||
      !add_reviews (store, demo, id, daniel_hannah_reviews, G_N_ELEMENTS (daniel_hannah_reviews), error))
    return FALSE;

  /* Reverse, active; at risk: no meeting held for 50 days on a monthly cadence. */
  if (!(id = add_mentorship (store, demo, &samuel_margaret, error)) ||
      !move_to (store, demo, id, MENTOR_STATUS_ACTIVE, 0, NULL, error) ||
      !add_goals (store, demo, id, samuel_margaret_goals, G_N_ELEMENTS (samuel_margaret_goals), error) ||
      !add_meetings (store, demo, id, "Europe/London", samuel_margaret_meetings,
                     G_N_ELEMENTS (samuel_margaret_meetings), error))
    return FALSE;

  /* Peer, active, on track. */
  if (!(id = add_mentorship (store, demo, &lea_kwame, error)) ||
      !move_to (store, demo, id, MENTOR_STATUS_ACTIVE, 0, NULL, error) ||
      !add_goals (store, demo, id, lea_kwame_goals, G_N_ELEMENTS (lea_kwame_goals), error) ||
      !add_meetings (store, demo, id, "Europe/Paris", lea_kwame_meetings,
                     G_N_ELEMENTS (lea_kwame_meetings), error) ||
      !add_reviews (store, demo, id, lea_kwame_reviews, G_N_ELEMENTS (lea_kwame_reviews), error))
    return FALSE;

  /* Paused: no gap accrues; on track. */
  if (!(id = add_mentorship (store, demo, &priya_grace, error)) ||
      !add_goals (store, demo, id, priya_grace_goals, G_N_ELEMENTS (priya_grace_goals), error) ||
      !add_meetings (store, demo, id, "America/New_York", priya_grace_meetings,
                     G_N_ELEMENTS (priya_grace_meetings), error) ||
      !move_to (store, demo, id, MENTOR_STATUS_PAUSED, 0, NULL, error))
    return FALSE;

  /* Proposed, one with a planned start and one without: no goals yet. */
  if (!(id = add_mentorship (store, demo, &carlos_jonas, error)) ||
      !(id = add_mentorship (store, demo, &sofia_carlos, error)))
    return FALSE;

  /* Completed. */
  if (!(id = add_mentorship (store, demo, &fatima_olivia, error)) ||
      !add_goals (store, demo, id, fatima_olivia_goals, G_N_ELEMENTS (fatima_olivia_goals), error) ||
      !add_meetings (store, demo, id, "America/Chicago", fatima_olivia_meetings,
                     G_N_ELEMENTS (fatima_olivia_meetings), error) ||
      !move_to (store, demo, id, MENTOR_STATUS_COMPLETED, -10, NULL, error))
    return FALSE;

  /* Ended early, with the reason. */
  if (!(id = add_mentorship (store, demo, &mateus_ravi, error)) ||
      !add_goals (store, demo, id, mateus_ravi_goals, G_N_ELEMENTS (mateus_ravi_goals), error) ||
      !add_meetings (store, demo, id, "America/Sao_Paulo", mateus_ravi_meetings,
                     G_N_ELEMENTS (mateus_ravi_meetings), error) ||
      !move_to (store, demo, id, MENTOR_STATUS_ENDED, -55,
                "Ravi moved to the platform team and the São Paulo–Dublin time "
                "difference left no workable slot; both agreed to close early.",
                error))
    return FALSE;

  /* Completed, and the mentee has since left: archived, history kept. */
  if (!(id = add_mentorship (store, demo, &priya_thomas, error)) ||
      !add_goals (store, demo, id, priya_thomas_goals, G_N_ELEMENTS (priya_thomas_goals), error) ||
      !add_meetings (store, demo, id, "Europe/Berlin", priya_thomas_meetings,
                     G_N_ELEMENTS (priya_thomas_meetings), error) ||
      !move_to (store, demo, id, MENTOR_STATUS_COMPLETED, -12, NULL, error) ||
      !mentor_store_set_person_archived (store, person_id (demo, "thomas"), TRUE, error))
    return FALSE;

  return TRUE;
}

gboolean
mentor_demo_fill (MentorStore  *store,
                  char        **summary,
                  GError      **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (MENTOR_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  demo.today = mentor_today ();
  demo.strings = g_string_chunk_new (1024);
  demo.person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  demo.goal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  ok = mentor_store_batch (store, fill_cb, &demo, error);

  if (ok && summary != NULL)
    {
      g_autofree char *n_people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", demo.n_people), demo.n_people);
      g_autofree char *n_mentorships = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mentorship", "%u mentorships", demo.n_mentorships), demo.n_mentorships);
      g_autofree char *n_goals = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", demo.n_goals), demo.n_goals);
      g_autofree char *n_meetings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", demo.n_meetings), demo.n_meetings);
      g_autofree char *n_series = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in series", "%u check-in series", demo.n_series), demo.n_series);
      g_autofree char *n_reviews = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review", "%u reviews", demo.n_reviews), demo.n_reviews);

      /* Translators: the parts are counts such as "17 people", "10 mentorships" */
      *summary = g_strdup_printf (_("Added a sample program: %s, %s, %s, %s, %s, %s."),
                                  n_people, n_mentorships, n_goals, n_meetings, n_series,
                                  n_reviews);
    }

  g_free (demo.today);
  g_string_chunk_free (demo.strings);
  g_hash_table_unref (demo.person_ids);
  g_array_unref (demo.goal_ids);

  return ok;
}
