/* mentor-goal.c — a goal of a mentorship, and its ordered milestones */
#include "config.h"

#include <string.h>

#include "mentor-goal.h"
#include "mentor-records-private.h"

/* ---- Goal ----------------------------------------------------------------- */

struct _MentorGoal
{
  GObject parent_instance;

  gint64            id;
  gint64            mentorship_id;
  char             *title;
  char             *focus_area;
  char             *success_measure;
  char             *target_on;
  MentorGoalStatus  status;
  /* Filled by the store. */
  char             *drop_reason;
  char             *mentorship_title;
  guint             milestones_total;
  guint             milestones_done;
  guint             milestones_overdue;
  guint             days_overdue;
};

enum {
  GOAL_PROP_0,
  GOAL_PROP_ID,
  GOAL_PROP_MENTORSHIP_ID,
  GOAL_PROP_TITLE,
  GOAL_PROP_FOCUS_AREA,
  GOAL_PROP_SUCCESS_MEASURE,
  GOAL_PROP_TARGET_ON,
  GOAL_PROP_STATUS,
  GOAL_PROP_DROP_REASON,
  GOAL_PROP_MENTORSHIP_TITLE,
  GOAL_PROP_MILESTONES_TOTAL,
  GOAL_PROP_MILESTONES_DONE,
  GOAL_PROP_MILESTONES_OVERDUE,
  GOAL_PROP_DAYS_OVERDUE,
  GOAL_N_PROPS
};

static GParamSpec *goal_properties[GOAL_N_PROPS];

G_DEFINE_FINAL_TYPE (MentorGoal, mentor_goal, G_TYPE_OBJECT)

static void
mentor_goal_finalize (GObject *object)
{
  MentorGoal *self = (MentorGoal *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->focus_area, g_free);
  g_clear_pointer (&self->success_measure, g_free);
  g_clear_pointer (&self->target_on, g_free);
  g_clear_pointer (&self->drop_reason, g_free);
  g_clear_pointer (&self->mentorship_title, g_free);

  G_OBJECT_CLASS (mentor_goal_parent_class)->finalize (object);
}

static void
mentor_goal_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MentorGoal *self = MENTOR_GOAL (object);

  switch (prop_id)
    {
    case GOAL_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case GOAL_PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;
    case GOAL_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case GOAL_PROP_FOCUS_AREA:
      g_value_set_string (value, self->focus_area);
      break;
    case GOAL_PROP_SUCCESS_MEASURE:
      g_value_set_string (value, self->success_measure);
      break;
    case GOAL_PROP_TARGET_ON:
      g_value_set_string (value, self->target_on);
      break;
    case GOAL_PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case GOAL_PROP_DROP_REASON:
      g_value_set_string (value, self->drop_reason);
      break;
    case GOAL_PROP_MENTORSHIP_TITLE:
      g_value_set_string (value, self->mentorship_title);
      break;
    case GOAL_PROP_MILESTONES_TOTAL:
      g_value_set_uint (value, self->milestones_total);
      break;
    case GOAL_PROP_MILESTONES_DONE:
      g_value_set_uint (value, self->milestones_done);
      break;
    case GOAL_PROP_MILESTONES_OVERDUE:
      g_value_set_uint (value, self->milestones_overdue);
      break;
    case GOAL_PROP_DAYS_OVERDUE:
      g_value_set_uint (value, self->days_overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MentorGoal *self = MENTOR_GOAL (object);

  switch (prop_id)
    {
    case GOAL_PROP_MENTORSHIP_ID:
      mentor_goal_set_mentorship_id (self, g_value_get_int64 (value));
      break;
    case GOAL_PROP_TITLE:
      mentor_goal_set_title (self, g_value_get_string (value));
      break;
    case GOAL_PROP_FOCUS_AREA:
      mentor_goal_set_focus_area (self, g_value_get_string (value));
      break;
    case GOAL_PROP_SUCCESS_MEASURE:
      mentor_goal_set_success_measure (self, g_value_get_string (value));
      break;
    case GOAL_PROP_TARGET_ON:
      mentor_goal_set_target_on (self, g_value_get_string (value));
      break;
    case GOAL_PROP_STATUS:
      mentor_goal_set_status (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_class_init (MentorGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_goal_finalize;
  object_class->get_property = mentor_goal_get_property;
  object_class->set_property = mentor_goal_set_property;

  goal_properties[GOAL_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  goal_properties[GOAL_PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  goal_properties[GOAL_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  goal_properties[GOAL_PROP_FOCUS_AREA] =
    g_param_spec_string ("focus-area", NULL, NULL, "", rw);
  goal_properties[GOAL_PROP_SUCCESS_MEASURE] =
    g_param_spec_string ("success-measure", NULL, NULL, "", rw);
  goal_properties[GOAL_PROP_TARGET_ON] =
    g_param_spec_string ("target-on", NULL, NULL, NULL, rw);
  goal_properties[GOAL_PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL,
                       0, MENTOR_N_GOAL_STATUSES - 1, MENTOR_GOAL_OPEN, rw);
  goal_properties[GOAL_PROP_DROP_REASON] =
    g_param_spec_string ("drop-reason", NULL, NULL, "", ro);
  goal_properties[GOAL_PROP_MENTORSHIP_TITLE] =
    g_param_spec_string ("mentorship-title", NULL, NULL, "", ro);
  goal_properties[GOAL_PROP_MILESTONES_TOTAL] =
    g_param_spec_uint ("milestones-total", NULL, NULL, 0, G_MAXUINT, 0, ro);
  goal_properties[GOAL_PROP_MILESTONES_DONE] =
    g_param_spec_uint ("milestones-done", NULL, NULL, 0, G_MAXUINT, 0, ro);
  goal_properties[GOAL_PROP_MILESTONES_OVERDUE] =
    g_param_spec_uint ("milestones-overdue", NULL, NULL, 0, G_MAXUINT, 0, ro);
  goal_properties[GOAL_PROP_DAYS_OVERDUE] =
    g_param_spec_uint ("days-overdue", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, GOAL_N_PROPS, goal_properties);
}

static void
mentor_goal_init (MentorGoal *self)
{
  self->title = g_strdup ("");
  self->focus_area = g_strdup ("");
  self->success_measure = g_strdup ("");
  self->drop_reason = g_strdup ("");
  self->mentorship_title = g_strdup ("");
  self->status = MENTOR_GOAL_OPEN;
}

MentorGoal *
mentor_goal_new (void)
{
  return g_object_new (MENTOR_TYPE_GOAL, NULL);
}

gint64
mentor_goal_get_id (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->id;
}

void
mentor_goal_set_id (MentorGoal *self,
                    gint64      id)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_ID]);
}

gint64
mentor_goal_get_mentorship_id (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->mentorship_id;
}

void
mentor_goal_set_mentorship_id (MentorGoal *self,
                               gint64      id)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));
  g_return_if_fail (id >= 0);

  if (self->mentorship_id == id)
    return;

  self->mentorship_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_MENTORSHIP_ID]);
}

const char *
mentor_goal_get_title (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->title;
}

void
mentor_goal_set_title (MentorGoal *self,
                       const char *title)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_TITLE]);
}

const char *
mentor_goal_get_focus_area (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->focus_area;
}

void
mentor_goal_set_focus_area (MentorGoal *self,
                            const char *area)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_string (&self->focus_area, area))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_FOCUS_AREA]);
}

const char *
mentor_goal_get_success_measure (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->success_measure;
}

void
mentor_goal_set_success_measure (MentorGoal *self,
                                 const char *measure)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_string (&self->success_measure, measure))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_SUCCESS_MEASURE]);
}

const char *
mentor_goal_get_target_on (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->target_on;
}

void
mentor_goal_set_target_on (MentorGoal *self,
                           const char *date)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_date (&self->target_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_TARGET_ON]);
}

MentorGoalStatus
mentor_goal_get_status (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), MENTOR_GOAL_OPEN);
  return self->status;
}

void
mentor_goal_set_status (MentorGoal       *self,
                        MentorGoalStatus  status)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));
  g_return_if_fail ((guint) status < MENTOR_N_GOAL_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_STATUS]);
}

const char *
mentor_goal_get_drop_reason (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->drop_reason;
}

void
mentor_goal_set_drop_reason (MentorGoal *self,
                             const char *reason)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_string (&self->drop_reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_DROP_REASON]);
}

const char *
mentor_goal_get_mentorship_title (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), NULL);
  return self->mentorship_title;
}

void
mentor_goal_set_mentorship_title (MentorGoal *self,
                                  const char *title)
{
  g_return_if_fail (MENTOR_IS_GOAL (self));

  if (mentor_record_set_string (&self->mentorship_title, title))
    g_object_notify_by_pspec (G_OBJECT (self), goal_properties[GOAL_PROP_MENTORSHIP_TITLE]);
}

guint
mentor_goal_get_milestones_total (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->milestones_total;
}

guint
mentor_goal_get_milestones_done (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->milestones_done;
}

guint
mentor_goal_get_milestones_overdue (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->milestones_overdue;
}

guint
mentor_goal_get_days_overdue (MentorGoal *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL (self), 0);
  return self->days_overdue;
}

void
mentor_goal_set_progress (MentorGoal *self,
                          guint       total,
                          guint       done,
                          guint       overdue,
                          guint       days_overdue)
{
  GObject *object = (GObject *) self;

  g_return_if_fail (MENTOR_IS_GOAL (self));

  g_object_freeze_notify (object);
  if (self->milestones_total != total)
    {
      self->milestones_total = total;
      g_object_notify_by_pspec (object, goal_properties[GOAL_PROP_MILESTONES_TOTAL]);
    }
  if (self->milestones_done != done)
    {
      self->milestones_done = done;
      g_object_notify_by_pspec (object, goal_properties[GOAL_PROP_MILESTONES_DONE]);
    }
  if (self->milestones_overdue != overdue)
    {
      self->milestones_overdue = overdue;
      g_object_notify_by_pspec (object, goal_properties[GOAL_PROP_MILESTONES_OVERDUE]);
    }
  if (self->days_overdue != days_overdue)
    {
      self->days_overdue = days_overdue;
      g_object_notify_by_pspec (object, goal_properties[GOAL_PROP_DAYS_OVERDUE]);
    }
  g_object_thaw_notify (object);
}

gboolean
mentor_goal_is_past_target (MentorGoal *self,
                            const char *today)
{
  g_autofree char *own_today = NULL;

  g_return_val_if_fail (MENTOR_IS_GOAL (self), FALSE);

  if (self->status != MENTOR_GOAL_OPEN || self->target_on == NULL)
    return FALSE;

  if (today == NULL)
    today = own_today = mentor_today ();

  return strcmp (self->target_on, today) < 0;
}

/* ---- Milestone ------------------------------------------------------------ */

struct _MentorMilestone
{
  GObject parent_instance;

  gint64  id;
  gint64  goal_id;
  char   *title;
  guint   position;
  char   *due_on;
  char   *done_on;
};

enum {
  MILESTONE_PROP_0,
  MILESTONE_PROP_ID,
  MILESTONE_PROP_GOAL_ID,
  MILESTONE_PROP_TITLE,
  MILESTONE_PROP_POSITION,
  MILESTONE_PROP_DUE_ON,
  MILESTONE_PROP_DONE_ON,
  MILESTONE_N_PROPS
};

static GParamSpec *milestone_properties[MILESTONE_N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMilestone, mentor_milestone, G_TYPE_OBJECT)

static void
mentor_milestone_finalize (GObject *object)
{
  MentorMilestone *self = (MentorMilestone *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->done_on, g_free);

  G_OBJECT_CLASS (mentor_milestone_parent_class)->finalize (object);
}

static void
mentor_milestone_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MentorMilestone *self = MENTOR_MILESTONE (object);

  switch (prop_id)
    {
    case MILESTONE_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case MILESTONE_PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;
    case MILESTONE_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case MILESTONE_PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case MILESTONE_PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case MILESTONE_PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_milestone_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MentorMilestone *self = MENTOR_MILESTONE (object);

  switch (prop_id)
    {
    case MILESTONE_PROP_GOAL_ID:
      mentor_milestone_set_goal_id (self, g_value_get_int64 (value));
      break;
    case MILESTONE_PROP_TITLE:
      mentor_milestone_set_title (self, g_value_get_string (value));
      break;
    case MILESTONE_PROP_POSITION:
      mentor_milestone_set_position (self, g_value_get_uint (value));
      break;
    case MILESTONE_PROP_DUE_ON:
      mentor_milestone_set_due_on (self, g_value_get_string (value));
      break;
    case MILESTONE_PROP_DONE_ON:
      mentor_milestone_set_done_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_milestone_class_init (MentorMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_milestone_finalize;
  object_class->get_property = mentor_milestone_get_property;
  object_class->set_property = mentor_milestone_set_property;

  milestone_properties[MILESTONE_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  milestone_properties[MILESTONE_PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  milestone_properties[MILESTONE_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  milestone_properties[MILESTONE_PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXINT32, 0, rw);
  milestone_properties[MILESTONE_PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL, NULL, rw);
  milestone_properties[MILESTONE_PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, MILESTONE_N_PROPS, milestone_properties);
}

static void
mentor_milestone_init (MentorMilestone *self)
{
  self->title = g_strdup ("");
}

MentorMilestone *
mentor_milestone_new (void)
{
  return g_object_new (MENTOR_TYPE_MILESTONE, NULL);
}

gint64
mentor_milestone_get_id (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), 0);
  return self->id;
}

void
mentor_milestone_set_id (MentorMilestone *self,
                         gint64           id)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_ID]);
}

gint64
mentor_milestone_get_goal_id (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), 0);
  return self->goal_id;
}

void
mentor_milestone_set_goal_id (MentorMilestone *self,
                              gint64           id)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));
  g_return_if_fail (id >= 0);

  if (self->goal_id == id)
    return;

  self->goal_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_GOAL_ID]);
}

const char *
mentor_milestone_get_title (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), NULL);
  return self->title;
}

void
mentor_milestone_set_title (MentorMilestone *self,
                            const char      *title)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));

  if (mentor_record_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_TITLE]);
}

guint
mentor_milestone_get_position (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), 0);
  return self->position;
}

void
mentor_milestone_set_position (MentorMilestone *self,
                               guint            position)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_POSITION]);
}

const char *
mentor_milestone_get_due_on (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), NULL);
  return self->due_on;
}

void
mentor_milestone_set_due_on (MentorMilestone *self,
                             const char      *date)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));

  if (mentor_record_set_date (&self->due_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_DUE_ON]);
}

const char *
mentor_milestone_get_done_on (MentorMilestone *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (self), NULL);
  return self->done_on;
}

void
mentor_milestone_set_done_on (MentorMilestone *self,
                              const char      *date)
{
  g_return_if_fail (MENTOR_IS_MILESTONE (self));

  if (mentor_record_set_date (&self->done_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), milestone_properties[MILESTONE_PROP_DONE_ON]);
}
