/* mentor-report-data.c — what a report says, read from the store
 *
 * mentor_report_gather() copies into plain structs (mentor-report-private.h)
 * everything the pages print, so that laying out and drawing never touch the
 * store and may run in another thread. It reads through the store's API only;
 * each list is read once for the whole program and sorted out by mentorship,
 * so the cost grows with the data, not with its square.
 *
 * Private notes are copied only when the options ask for them: what is not
 * in the model cannot be printed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-report-private.h"
#include "mentor-store-private.h"

/* How far ahead "upcoming check-ins" look, and how many each section lists. */
#define UPCOMING_DAYS 60
#define UPCOMING_MAX  3

G_DEFINE_FINAL_TYPE (MentorReport, mentor_report, G_TYPE_OBJECT)

static void
milestone_free (gpointer data)
{
  MentorReportMilestone *m = data;

  g_free (m->title);
  g_free (m->due_on);
  g_free (m->done_on);
  g_free (m);
}

static void
goal_free (gpointer data)
{
  MentorReportGoal *g = data;

  g_free (g->title);
  g_free (g->focus_area);
  g_free (g->success_measure);
  g_free (g->target_on);
  g_free (g->drop_reason);
  g_clear_pointer (&g->milestones, g_ptr_array_unref);
  g_free (g);
}

static void
meeting_free (gpointer data)
{
  MentorReportMeeting *m = data;

  g_free (m->when);
  g_free (m->day);
  g_free (m->agenda);
  g_free (m->summary);
  g_free (m->private_notes);
  g_free (m);
}

static void
action_free (gpointer data)
{
  MentorReportAction *a = data;

  g_free (a->text);
  g_free (a->owner_name);
  g_free (a->due_on);
  g_free (a);
}

static void
mentorship_free (gpointer data)
{
  MentorReportMentorship *m = data;

  g_free (m->mentor_name);
  g_free (m->mentee_name);
  g_free (m->started_on);
  g_free (m->ends_on);
  g_free (m->closed_on);
  g_free (m->end_reason);
  g_strfreev (m->focus_areas);
  g_strfreev (m->reasons);
  g_clear_pointer (&m->goals, g_ptr_array_unref);
  g_clear_pointer (&m->meetings, g_ptr_array_unref);
  g_clear_pointer (&m->upcoming, g_ptr_array_unref);
  g_clear_pointer (&m->actions, g_ptr_array_unref);
  g_free (m);
}

static void
month_free (gpointer data)
{
  MentorReportMonth *m = data;

  g_free (m->label);
  g_free (m);
}

static void
overdue_free (gpointer data)
{
  MentorReportOverdue *o = data;

  g_free (o->mentorship);
  g_free (o->goal);
  g_free (o->milestone);
  g_free (o->due_on);
  g_free (o);
}

/* NULL for NULL or "", else a copy: the model has no empty strings. */
static char *
dup_text (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* The UTC instant of midnight at the start of a day in the user's zone. */
static char *
day_start_instant (const char *date)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) utc = NULL;
  int y, m, d;

  if (sscanf (date, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;

  start = g_date_time_new (local, y, m, d, 0, 0, 0);
  if (start == NULL)
    return NULL;
  utc = g_date_time_to_utc (start);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* The day of an instant in the user's zone, "YYYY-MM-DD". */
static char *
instant_local_day (const char *instant)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (instant, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (when == NULL)
    return NULL;
  local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* "Tue 3 Mar 2026, 14:00 CET": when a meeting starts, in the zone it was
 * planned in (the user's own when that zone is unknown). */
static char *
meeting_when_label (MentorMeeting *meeting)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (mentor_meeting_get_starts_at (meeting), NULL);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) there = NULL;
  const char *tzid = mentor_meeting_get_tzid (meeting);

  if (when == NULL)
    return g_strdup (mentor_meeting_get_starts_at (meeting));

  if (tzid != NULL && *tzid != '\0')
    zone = g_time_zone_new_identifier (tzid);
  if (zone == NULL)
    zone = g_time_zone_new_local ();

  there = g_date_time_to_timezone (when, zone);
  /* TRANSLATORS: when a meeting starts, for g_date_time_format(): weekday,
   * day, month, year, hour:minute and the zone's abbreviation. */
  return g_date_time_format (there, _("%a %-e %b %Y, %H:%M %Z"));
}

static gboolean
overlaps_period (MentorMentorship          *m,
                 const MentorReportOptions *options)
{
  const char *started = mentor_mentorship_get_started_on (m);
  const char *closed = mentor_mentorship_get_closed_on (m);

  /* A proposal is part of the program whenever it is read. */
  if (mentor_mentorship_get_status (m) == MENTOR_STATUS_PROPOSED)
    return TRUE;
  if (started != NULL && strcmp (started, options->to) > 0)
    return FALSE;
  if (closed != NULL && strcmp (closed, options->from) < 0)
    return FALSE;
  return TRUE;
}

static int
status_rank (MentorStatus status)
{
  /* The order a sponsor reads them in: what runs now first. */
  switch (status)
    {
    case MENTOR_STATUS_ACTIVE:    return 0;
    case MENTOR_STATUS_PAUSED:    return 1;
    case MENTOR_STATUS_PROPOSED:  return 2;
    case MENTOR_STATUS_COMPLETED: return 3;
    case MENTOR_STATUS_ENDED:     return 4;
    case MENTOR_N_STATUSES:
    default:                      return 5;
    }
}

static int
compare_mentorships (gconstpointer a,
                     gconstpointer b)
{
  const MentorReportMentorship *ma = *(MentorReportMentorship * const *) a;
  const MentorReportMentorship *mb = *(MentorReportMentorship * const *) b;
  int c;

  c = status_rank (ma->status) - status_rank (mb->status);
  if (c != 0)
    return c;
  c = g_utf8_collate (ma->mentor_name, mb->mentor_name);
  if (c != 0)
    return c;
  c = g_utf8_collate (ma->mentee_name, mb->mentee_name);
  if (c != 0)
    return c;
  return ma->id < mb->id ? -1 : ma->id > mb->id;
}

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const MentorReportOverdue *oa = *(MentorReportOverdue * const *) a;
  const MentorReportOverdue *ob = *(MentorReportOverdue * const *) b;

  if (oa->days_overdue != ob->days_overdue)
    return oa->days_overdue > ob->days_overdue ? -1 : 1;
  return g_utf8_collate (oa->mentorship, ob->mentorship);
}

static MentorReportMentorship *
mentorship_from_record (MentorMentorship *record)
{
  MentorReportMentorship *m = g_new0 (MentorReportMentorship, 1);
  MentorHealth *health = mentor_mentorship_get_health (record);

  m->id = mentor_mentorship_get_id (record);
  m->mentor_name = g_strdup (mentor_mentorship_get_mentor_name (record));
  m->mentee_name = g_strdup (mentor_mentorship_get_mentee_name (record));
  m->kind = mentor_mentorship_get_kind (record);
  m->status = mentor_mentorship_get_status (record);
  m->started_on = dup_text (mentor_mentorship_get_started_on (record));
  m->ends_on = dup_text (mentor_mentorship_get_ends_on (record));
  m->closed_on = dup_text (mentor_mentorship_get_closed_on (record));
  m->end_reason = dup_text (mentor_mentorship_get_end_reason (record));
  m->cadence_days = mentor_mentorship_get_cadence_days (record);
  m->mode = mentor_mentorship_get_mode (record);
  m->focus_areas = g_strdupv ((GStrv) mentor_mentorship_get_focus_areas (record));
  m->health = health != NULL ? mentor_health_get_level (health) : MENTOR_HEALTH_NONE;
  m->reasons = g_strdupv (health != NULL ? (GStrv) mentor_health_get_reasons (health) : NULL);
  m->goals = g_ptr_array_new_with_free_func (goal_free);
  m->meetings = g_ptr_array_new_with_free_func (meeting_free);
  m->upcoming = g_ptr_array_new_with_free_func (meeting_free);
  m->actions = g_ptr_array_new_with_free_func (action_free);

  if (m->mentor_name == NULL)
    m->mentor_name = g_strdup ("");
  if (m->mentee_name == NULL)
    m->mentee_name = g_strdup ("");

  return m;
}

static MentorReportMeeting *
meeting_from_record (MentorMeeting             *record,
                     const MentorReportOptions *options)
{
  MentorReportMeeting *m = g_new0 (MentorReportMeeting, 1);

  m->when = meeting_when_label (record);
  m->day = instant_local_day (mentor_meeting_get_starts_at (record));
  m->status = mentor_meeting_get_status (record);
  m->agenda = dup_text (mentor_meeting_get_agenda (record));
  if (options->include_summaries)
    m->summary = dup_text (mentor_meeting_get_summary (record));
  /* The one place private notes may enter a report: only when asked. */
  if (options->include_private_notes)
    m->private_notes = dup_text (mentor_meeting_get_private_notes (record));

  return m;
}

/* Mentorships of the report by id, the report's own structs. */
static gboolean
gather_mentorships (MentorReport *self,
                    MentorStore  *store,
                    GHashTable   *by_id,
                    GError      **error)
{
  const MentorReportOptions *options = &self->options;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n;

  all = mentor_store_list_mentorships_as_of (store, self->today, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) record = g_list_model_get_item (all, i);
      MentorReportMentorship *m;

      switch (options->scope)
        {
        case MENTOR_REPORT_ONE:
          if (mentor_mentorship_get_id (record) != options->mentorship_id)
            continue;
          break;
        case MENTOR_REPORT_BY_STATUS:
          if (mentor_mentorship_get_status (record) != options->status ||
              !overlaps_period (record, options))
            continue;
          break;
        case MENTOR_REPORT_ALL:
        default:
          if (!overlaps_period (record, options))
            continue;
          break;
        }

      m = mentorship_from_record (record);
      g_ptr_array_add (self->mentorships, m);
      g_hash_table_insert (by_id, &m->id, m);
    }

  if (options->scope == MENTOR_REPORT_ONE && self->mentorships->len == 0)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                   _("There is no mentorship with the ID %lld."),
                   (long long) options->mentorship_id);
      return FALSE;
    }

  g_ptr_array_sort (self->mentorships, compare_mentorships);
  return TRUE;
}

static void
gather_goals (MentorReport *self,
              MentorStore  *store,
              GHashTable   *by_id)
{
  g_autoptr(GListModel) goals = NULL;
  gint64 only = self->options.scope == MENTOR_REPORT_ONE ? self->options.mentorship_id : 0;
  guint n;

  goals = mentor_store_list_goals (store, only);
  n = g_list_model_get_n_items (goals);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorGoal) record = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) milestones = NULL;
      gint64 mentorship_id = mentor_goal_get_mentorship_id (record);
      MentorReportMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);
      MentorReportGoal *goal;
      guint n_milestones;

      if (m == NULL)
        continue;

      goal = g_new0 (MentorReportGoal, 1);
      goal->title = g_strdup (mentor_goal_get_title (record));
      goal->focus_area = dup_text (mentor_goal_get_focus_area (record));
      goal->success_measure = dup_text (mentor_goal_get_success_measure (record));
      goal->target_on = dup_text (mentor_goal_get_target_on (record));
      goal->drop_reason = dup_text (mentor_goal_get_drop_reason (record));
      goal->status = mentor_goal_get_status (record);
      goal->done = mentor_goal_get_milestones_done (record);
      goal->total = mentor_goal_get_milestones_total (record);
      goal->milestones = g_ptr_array_new_with_free_func (milestone_free);
      g_ptr_array_add (m->goals, goal);

      if (goal->status < MENTOR_N_GOAL_STATUSES)
        self->goals_by_status[goal->status]++;

      milestones = mentor_store_list_milestones (store, mentor_goal_get_id (record));
      n_milestones = g_list_model_get_n_items (milestones);
      for (guint j = 0; j < n_milestones; j++)
        {
          g_autoptr(MentorMilestone) ms = g_list_model_get_item (milestones, j);
          MentorReportMilestone *milestone = g_new0 (MentorReportMilestone, 1);
          const char *due = mentor_milestone_get_due_on (ms);

          milestone->title = g_strdup (mentor_milestone_get_title (ms));
          milestone->due_on = dup_text (due);
          milestone->done_on = dup_text (mentor_milestone_get_done_on (ms));
          if (goal->status == MENTOR_GOAL_OPEN && milestone->done_on == NULL &&
              milestone->due_on != NULL && strcmp (milestone->due_on, self->today) < 0)
            {
              MentorReportOverdue *overdue = g_new0 (MentorReportOverdue, 1);

              milestone->days_overdue = (guint) mentor_date_days_between (milestone->due_on, self->today);
              overdue->mentorship = mentor_report_mentorship_title (m);
              overdue->goal = g_strdup (goal->title);
              overdue->milestone = g_strdup (milestone->title);
              overdue->due_on = g_strdup (milestone->due_on);
              overdue->days_overdue = milestone->days_overdue;
              g_ptr_array_add (self->overdue, overdue);
            }
          g_ptr_array_add (goal->milestones, milestone);
        }
    }

  g_ptr_array_sort (self->overdue, compare_overdue);
}

/* The months from..to, each "Jan 2026", with their meetings counted later. */
static void
make_months (MentorReport *self)
{
  int fy, fm, fd, ty, tm, td;
  int y, m;

  if (sscanf (self->options.from, "%d-%d-%d", &fy, &fm, &fd) != 3 ||
      sscanf (self->options.to, "%d-%d-%d", &ty, &tm, &td) != 3)
    return;

  for (y = fy, m = fm; y < ty || (y == ty && m <= tm); m = m == 12 ? 1 : m + 1, y = m == 1 ? y + 1 : y)
    {
      g_autoptr(GDateTime) first = g_date_time_new_utc (y, m, 1, 12, 0, 0);
      MentorReportMonth *month = g_new0 (MentorReportMonth, 1);

      /* TRANSLATORS: a month of the meetings chart, for g_date_time_format(). */
      month->label = g_date_time_format (first, _("%b %Y"));
      g_ptr_array_add (self->months, month);
    }
}

static MentorReportMonth *
month_of_day (MentorReport *self,
              const char   *day)
{
  int fy, fm, dy, dm;
  int index;

  if (day == NULL ||
      sscanf (self->options.from, "%d-%d", &fy, &fm) != 2 ||
      sscanf (day, "%d-%d", &dy, &dm) != 2)
    return NULL;

  index = (dy - fy) * 12 + (dm - fm);
  if (index < 0 || (guint) index >= self->months->len)
    return NULL;
  return g_ptr_array_index (self->months, index);
}

static gboolean
gather_meetings (MentorReport *self,
                 MentorStore  *store,
                 GHashTable   *by_id,
                 GError      **error)
{
  const MentorReportOptions *options = &self->options;
  gint64 only = options->scope == MENTOR_REPORT_ONE ? options->mentorship_id : 0;
  g_autofree char *day_after = mentor_date_add_days (options->to, 1);
  g_autofree char *from = day_start_instant (options->from);
  g_autofree char *to = day_start_instant (day_after);
  g_autoptr(GListModel) calendar = NULL;
  guint n;

  if (from == NULL || to == NULL)
    {
      g_set_error_literal (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_INVALID,
                           _("The period of the report is not a valid range of days."));
      return FALSE;
    }

  calendar = mentor_store_list_calendar (store, only, from, to);
  n = g_list_model_get_n_items (calendar);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) record = g_list_model_get_item (calendar, i);
      gint64 mentorship_id = mentor_meeting_get_mentorship_id (record);
      MentorReportMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);
      MentorReportMeeting *meeting;
      MentorReportMonth *month;
      gboolean held, planned;

      if (m == NULL)
        continue;

      meeting = meeting_from_record (record, options);
      g_ptr_array_add (m->meetings, meeting);

      /* Planned: held, missed or still scheduled; a cancelled one was no
       * longer planned to happen. */
      held = meeting->status == MENTOR_MEETING_HELD;
      planned = meeting->status != MENTOR_MEETING_CANCELLED;
      m->held += held;
      m->planned += planned;
      self->held += held;
      self->planned += planned;

      month = month_of_day (self, meeting->day);
      if (month != NULL)
        {
          month->held += held;
          month->planned += planned;
        }
    }

  return TRUE;
}

/* The next check-ins still scheduled: from today, or from the end of the
 * period when that is later, so they are not the period's meetings again. */
static void
gather_upcoming (MentorReport *self,
                 MentorStore  *store,
                 GHashTable   *by_id)
{
  const MentorReportOptions *options = &self->options;
  gint64 only = options->scope == MENTOR_REPORT_ONE ? options->mentorship_id : 0;
  g_autofree char *day_after = mentor_date_add_days (options->to, 1);
  const char *first = strcmp (day_after, self->today) > 0 ? day_after : self->today;
  g_autofree char *last = mentor_date_add_days (first, UPCOMING_DAYS);
  g_autofree char *from = day_start_instant (first);
  g_autofree char *to = day_start_instant (last);
  g_autoptr(GListModel) calendar = NULL;
  guint n;

  if (from == NULL || to == NULL)
    return;

  calendar = mentor_store_list_calendar (store, only, from, to);
  n = g_list_model_get_n_items (calendar);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) record = g_list_model_get_item (calendar, i);
      gint64 mentorship_id = mentor_meeting_get_mentorship_id (record);
      MentorReportMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);

      if (m == NULL || m->upcoming->len >= UPCOMING_MAX ||
          mentor_meeting_get_status (record) != MENTOR_MEETING_SCHEDULED ||
          m->status == MENTOR_STATUS_COMPLETED || m->status == MENTOR_STATUS_ENDED)
        continue;

      g_ptr_array_add (m->upcoming, meeting_from_record (record, options));
    }
}

/* Action items not done yet, of every stored meeting of the mentorship. */
static void
gather_actions (MentorReport *self,
                MentorStore  *store,
                GHashTable   *by_id)
{
  gint64 only = self->options.scope == MENTOR_REPORT_ONE ? self->options.mentorship_id : 0;
  g_autoptr(GListModel) meetings = mentor_store_list_meetings (store, only);
  guint n = g_list_model_get_n_items (meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 mentorship_id = mentor_meeting_get_mentorship_id (meeting);
      MentorReportMentorship *m = g_hash_table_lookup (by_id, &mentorship_id);
      g_autoptr(GListModel) items = NULL;
      guint n_items;

      if (m == NULL)
        continue;

      items = mentor_store_list_action_items (store, mentor_meeting_get_id (meeting));
      n_items = g_list_model_get_n_items (items);
      for (guint j = 0; j < n_items; j++)
        {
          g_autoptr(MentorActionItem) item = g_list_model_get_item (items, j);
          MentorReportAction *action;
          const char *due = mentor_action_item_get_due_on (item);

          if (mentor_action_item_get_done_on (item) != NULL)
            continue;

          action = g_new0 (MentorReportAction, 1);
          action->text = g_strdup (mentor_action_item_get_text (item));
          action->owner_name = g_strdup (mentor_action_item_get_owner (item) == MENTOR_OWNER_MENTOR
                                         ? m->mentor_name : m->mentee_name);
          action->due_on = dup_text (due);
          if (action->due_on != NULL && strcmp (action->due_on, self->today) < 0)
            action->days_overdue = (guint) mentor_date_days_between (action->due_on, self->today);
          g_ptr_array_add (m->actions, action);
        }
    }
}

static char *
program_name_for (const char *db_path)
{
  g_autofree char *base = db_path != NULL ? g_path_get_basename (db_path) : NULL;

  if (base != NULL && g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';

  /* The default file says nothing about the program: say what it is. */
  if (base == NULL || *base == '\0' || g_str_equal (base, "mentor") ||
      !g_utf8_validate (base, -1, NULL))
    return g_strdup (_("Mentoring Program"));

  return g_steal_pointer (&base);
}

static void
mentor_report_finalize (GObject *object)
{
  MentorReport *self = MENTOR_REPORT (object);

  g_free (self->today);
  g_free (self->program_name);
  g_free (self->period_label);
  g_clear_pointer (&self->mentorships, g_ptr_array_unref);
  g_clear_pointer (&self->months, g_ptr_array_unref);
  g_clear_pointer (&self->overdue, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_report_parent_class)->finalize (object);
}

static void
mentor_report_class_init (MentorReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mentor_report_finalize;
}

static void
mentor_report_init (MentorReport *self)
{
  self->mentorships = g_ptr_array_new_with_free_func (mentorship_free);
  self->months = g_ptr_array_new_with_free_func (month_free);
  self->overdue = g_ptr_array_new_with_free_func (overdue_free);
}

char *
mentor_report_mentorship_title (const MentorReportMentorship *m)
{
  g_assert (m != NULL);

  /* TRANSLATORS: a mentorship, mentor then mentee. */
  return g_strdup_printf (_("%s → %s"), m->mentor_name, m->mentee_name);
}

MentorReport *
mentor_report_gather (MentorStore               *store,
                      const MentorReportOptions *options,
                      const char                *today,
                      GError                   **error)
{
  g_autoptr(MentorReport) self = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree char *from_label = NULL;
  g_autofree char *to_label = NULL;
  MentorReportOptions checked;

  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (today == NULL || mentor_date_is_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  checked = *options;
  checked.from[sizeof checked.from - 1] = '\0';
  checked.to[sizeof checked.to - 1] = '\0';
  if (!mentor_report_options_set_period (&checked, options->from, options->to, error))
    return NULL;

  self = g_object_new (MENTOR_TYPE_REPORT, NULL);
  self->options = checked;
  self->today = today != NULL ? g_strdup (today) : mentor_today ();
  self->program_name = program_name_for (mentor_store_get_path (store));
  from_label = mentor_date_to_label (checked.from);
  to_label = mentor_date_to_label (checked.to);
  /* TRANSLATORS: the period of a report, first day – last day. */
  self->period_label = g_strdup_printf (_("%s – %s"), from_label, to_label);

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  if (!gather_mentorships (self, store, by_id, error))
    return NULL;

  make_months (self);
  gather_goals (self, store, by_id);
  if (!gather_meetings (self, store, by_id, error))
    return NULL;
  gather_upcoming (self, store, by_id);
  gather_actions (self, store, by_id);

  for (guint i = 0; i < self->mentorships->len; i++)
    {
      MentorReportMentorship *m = g_ptr_array_index (self->mentorships, i);

      self->by_status[m->status]++;
      self->by_health[m->health]++;
    }

  return g_steal_pointer (&self);
}

const MentorReportOptions *
mentor_report_get_options (MentorReport *self)
{
  g_return_val_if_fail (MENTOR_IS_REPORT (self), NULL);

  return &self->options;
}

const char *
mentor_report_get_program_name (MentorReport *self)
{
  g_return_val_if_fail (MENTOR_IS_REPORT (self), NULL);

  return self->program_name;
}

guint
mentor_report_get_n_mentorships (MentorReport *self)
{
  g_return_val_if_fail (MENTOR_IS_REPORT (self), 0);

  return self->mentorships->len;
}
