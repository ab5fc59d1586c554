/* mentor-mentorship.c — a mentor and a mentee, and the terms they agreed */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-mentorship.h"
#include "mentor-records-private.h"

struct _MentorMentorship
{
  GObject parent_instance;

  gint64        id;
  gint64        mentor_id;
  gint64        mentee_id;
  char         *mentor_name;
  char         *mentee_name;
  MentorKind    kind;
  MentorStatus  status;
  char         *started_on;
  char         *ends_on;
  char         *closed_on;
  char         *end_reason;
  guint         cadence_days;
  MentorMode    mode;
  char         *expectations;
  char        **focus_areas;
  guint         max_gap_days;
  MentorHealth *health;
  char         *next_checkin;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_MENTOR_ID,
  PROP_MENTEE_ID,
  PROP_MENTOR_NAME,
  PROP_MENTEE_NAME,
  PROP_KIND,
  PROP_STATUS,
  PROP_STARTED_ON,
  PROP_ENDS_ON,
  PROP_CLOSED_ON,
  PROP_END_REASON,
  PROP_CADENCE_DAYS,
  PROP_MODE,
  PROP_EXPECTATIONS,
  PROP_FOCUS_AREAS,
  PROP_MAX_GAP_DAYS,
  PROP_HEALTH,
  PROP_NEXT_CHECKIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMentorship, mentor_mentorship, G_TYPE_OBJECT)

static void
mentor_mentorship_finalize (GObject *object)
{
  MentorMentorship *self = (MentorMentorship *) object;

  g_clear_pointer (&self->mentor_name, g_free);
  g_clear_pointer (&self->mentee_name, g_free);
  g_clear_pointer (&self->started_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);
  g_clear_pointer (&self->closed_on, g_free);
  g_clear_pointer (&self->end_reason, g_free);
  g_clear_pointer (&self->expectations, g_free);
  g_clear_pointer (&self->focus_areas, g_strfreev);
  g_clear_object (&self->health);
  g_clear_pointer (&self->next_checkin, g_free);

  G_OBJECT_CLASS (mentor_mentorship_parent_class)->finalize (object);
}

static void
mentor_mentorship_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MentorMentorship *self = MENTOR_MENTORSHIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MENTOR_ID:
      g_value_set_int64 (value, self->mentor_id);
      break;
    case PROP_MENTEE_ID:
      g_value_set_int64 (value, self->mentee_id);
      break;
    case PROP_MENTOR_NAME:
      g_value_set_string (value, self->mentor_name);
      break;
    case PROP_MENTEE_NAME:
      g_value_set_string (value, self->mentee_name);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case PROP_STARTED_ON:
      g_value_set_string (value, self->started_on);
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, self->ends_on);
      break;
    case PROP_CLOSED_ON:
      g_value_set_string (value, self->closed_on);
      break;
    case PROP_END_REASON:
      g_value_set_string (value, self->end_reason);
      break;
    case PROP_CADENCE_DAYS:
      g_value_set_uint (value, self->cadence_days);
      break;
    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;
    case PROP_EXPECTATIONS:
      g_value_set_string (value, self->expectations);
      break;
    case PROP_FOCUS_AREAS:
      g_value_set_boxed (value, self->focus_areas);
      break;
    case PROP_MAX_GAP_DAYS:
      g_value_set_uint (value, self->max_gap_days);
      break;
    case PROP_HEALTH:
      g_value_set_object (value, self->health);
      break;
    case PROP_NEXT_CHECKIN:
      g_value_set_string (value, self->next_checkin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MentorMentorship *self = MENTOR_MENTORSHIP (object);

  switch (prop_id)
    {
    case PROP_MENTOR_ID:
      mentor_mentorship_set_mentor_id (self, g_value_get_int64 (value));
      break;
    case PROP_MENTEE_ID:
      mentor_mentorship_set_mentee_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      mentor_mentorship_set_kind (self, g_value_get_uint (value));
      break;
    case PROP_STARTED_ON:
      mentor_mentorship_set_started_on (self, g_value_get_string (value));
      break;
    case PROP_ENDS_ON:
      mentor_mentorship_set_ends_on (self, g_value_get_string (value));
      break;
    case PROP_CADENCE_DAYS:
      mentor_mentorship_set_cadence_days (self, g_value_get_uint (value));
      break;
    case PROP_MODE:
      mentor_mentorship_set_mode (self, g_value_get_uint (value));
      break;
    case PROP_EXPECTATIONS:
      mentor_mentorship_set_expectations (self, g_value_get_string (value));
      break;
    case PROP_FOCUS_AREAS:
      mentor_mentorship_set_focus_areas (self, g_value_get_boxed (value));
      break;
    case PROP_MAX_GAP_DAYS:
      mentor_mentorship_set_max_gap_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_class_init (MentorMentorshipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_mentorship_finalize;
  object_class->get_property = mentor_mentorship_get_property;
  object_class->set_property = mentor_mentorship_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_MENTOR_ID] =
    g_param_spec_int64 ("mentor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_MENTOR_NAME] =
    g_param_spec_string ("mentor-name", NULL, NULL, "", ro);
  properties[PROP_MENTEE_NAME] =
    g_param_spec_string ("mentee-name", NULL, NULL, "", ro);
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       0, MENTOR_N_KINDS - 1, MENTOR_KIND_TRADITIONAL, rw);
  properties[PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL,
                       0, MENTOR_N_STATUSES - 1, MENTOR_STATUS_PROPOSED, ro);
  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL, NULL, rw);
  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", NULL, NULL, NULL, rw);
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", NULL, NULL, NULL, ro);
  properties[PROP_END_REASON] =
    g_param_spec_string ("end-reason", NULL, NULL, "", ro);
  properties[PROP_CADENCE_DAYS] =
    g_param_spec_uint ("cadence-days", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL,
                       0, MENTOR_N_MODES - 1, MENTOR_MODE_VIDEO, rw);
  properties[PROP_EXPECTATIONS] =
    g_param_spec_string ("expectations", NULL, NULL, "", rw);
  properties[PROP_FOCUS_AREAS] =
    g_param_spec_boxed ("focus-areas", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_MAX_GAP_DAYS] =
    g_param_spec_uint ("max-gap-days", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_HEALTH] =
    g_param_spec_object ("health", NULL, NULL, MENTOR_TYPE_HEALTH, ro);
  properties[PROP_NEXT_CHECKIN] =
    g_param_spec_string ("next-checkin", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_mentorship_init (MentorMentorship *self)
{
  self->mentor_name = g_strdup ("");
  self->mentee_name = g_strdup ("");
  self->end_reason = g_strdup ("");
  self->expectations = g_strdup ("");
  self->focus_areas = g_new0 (char *, 1);
  self->kind = MENTOR_KIND_TRADITIONAL;
  self->status = MENTOR_STATUS_PROPOSED;
  self->mode = MENTOR_MODE_VIDEO;
}

MentorMentorship *
mentor_mentorship_new (void)
{
  return g_object_new (MENTOR_TYPE_MENTORSHIP, NULL);
}

MentorMentorship *
mentor_mentorship_copy (MentorMentorship *self)
{
  MentorMentorship *copy;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);

  copy = mentor_mentorship_new ();
  copy->id = self->id;
  copy->mentor_id = self->mentor_id;
  copy->mentee_id = self->mentee_id;
  mentor_record_set_string (&copy->mentor_name, self->mentor_name);
  mentor_record_set_string (&copy->mentee_name, self->mentee_name);
  copy->kind = self->kind;
  copy->status = self->status;
  mentor_record_set_date (&copy->started_on, self->started_on);
  mentor_record_set_date (&copy->ends_on, self->ends_on);
  mentor_record_set_date (&copy->closed_on, self->closed_on);
  mentor_record_set_string (&copy->end_reason, self->end_reason);
  copy->cadence_days = self->cadence_days;
  copy->mode = self->mode;
  mentor_record_set_string (&copy->expectations, self->expectations);
  mentor_record_set_strv (&copy->focus_areas, (const char * const *) self->focus_areas);
  copy->max_gap_days = self->max_gap_days;
  /* Health is immutable: the copy may share it. */
  g_set_object (&copy->health, self->health);
  mentor_record_set_date (&copy->next_checkin, self->next_checkin);

  return copy;
}

gint64
mentor_mentorship_get_id (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), 0);
  return self->id;
}

void
mentor_mentorship_set_id (MentorMentorship *self,
                          gint64            id)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
mentor_mentorship_get_mentor_id (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), 0);
  return self->mentor_id;
}

void
mentor_mentorship_set_mentor_id (MentorMentorship *self,
                                 gint64            mentor_id)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail (mentor_id >= 0);

  if (self->mentor_id == mentor_id)
    return;

  self->mentor_id = mentor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTOR_ID]);
}

gint64
mentor_mentorship_get_mentee_id (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), 0);
  return self->mentee_id;
}

void
mentor_mentorship_set_mentee_id (MentorMentorship *self,
                                 gint64            mentee_id)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail (mentee_id >= 0);

  if (self->mentee_id == mentee_id)
    return;

  self->mentee_id = mentee_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE_ID]);
}

const char *
mentor_mentorship_get_mentor_name (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->mentor_name;
}

void
mentor_mentorship_set_mentor_name (MentorMentorship *self,
                                   const char       *name)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_string (&self->mentor_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTOR_NAME]);
}

const char *
mentor_mentorship_get_mentee_name (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->mentee_name;
}

void
mentor_mentorship_set_mentee_name (MentorMentorship *self,
                                   const char       *name)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_string (&self->mentee_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE_NAME]);
}

MentorKind
mentor_mentorship_get_kind (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), MENTOR_KIND_TRADITIONAL);
  return self->kind;
}

void
mentor_mentorship_set_kind (MentorMentorship *self,
                            MentorKind        kind)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail ((guint) kind < MENTOR_N_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

MentorStatus
mentor_mentorship_get_status (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), MENTOR_STATUS_PROPOSED);
  return self->status;
}

void
mentor_mentorship_set_status (MentorMentorship *self,
                              MentorStatus      status)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail ((guint) status < MENTOR_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mentor_mentorship_get_started_on (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->started_on;
}

void
mentor_mentorship_set_started_on (MentorMentorship *self,
                                  const char       *date)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_date (&self->started_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_ON]);
}

const char *
mentor_mentorship_get_ends_on (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->ends_on;
}

void
mentor_mentorship_set_ends_on (MentorMentorship *self,
                               const char       *date)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_date (&self->ends_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

const char *
mentor_mentorship_get_closed_on (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->closed_on;
}

void
mentor_mentorship_set_closed_on (MentorMentorship *self,
                                 const char       *date)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_date (&self->closed_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_ON]);
}

const char *
mentor_mentorship_get_end_reason (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->end_reason;
}

void
mentor_mentorship_set_end_reason (MentorMentorship *self,
                                  const char       *reason)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_string (&self->end_reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_REASON]);
}

guint
mentor_mentorship_get_cadence_days (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), 0);
  return self->cadence_days;
}

void
mentor_mentorship_set_cadence_days (MentorMentorship *self,
                                    guint             days)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (self->cadence_days == days)
    return;

  self->cadence_days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE_DAYS]);
}

MentorMode
mentor_mentorship_get_mode (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), MENTOR_MODE_VIDEO);
  return self->mode;
}

void
mentor_mentorship_set_mode (MentorMentorship *self,
                            MentorMode        mode)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail ((guint) mode < MENTOR_N_MODES);

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

const char *
mentor_mentorship_get_expectations (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->expectations;
}

void
mentor_mentorship_set_expectations (MentorMentorship *self,
                                    const char       *text)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_string (&self->expectations, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTATIONS]);
}

const char * const *
mentor_mentorship_get_focus_areas (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return (const char * const *) self->focus_areas;
}

void
mentor_mentorship_set_focus_areas (MentorMentorship   *self,
                                   const char * const *areas)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_strv (&self->focus_areas, areas))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_AREAS]);
}

guint
mentor_mentorship_get_max_gap_days (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), 0);
  return self->max_gap_days;
}

void
mentor_mentorship_set_max_gap_days (MentorMentorship *self,
                                    guint             days)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (self->max_gap_days == days)
    return;

  self->max_gap_days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_GAP_DAYS]);
}

MentorHealth *
mentor_mentorship_get_health (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->health;
}

void
mentor_mentorship_set_health (MentorMentorship *self,
                              MentorHealth     *health)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));
  g_return_if_fail (health == NULL || MENTOR_IS_HEALTH (health));

  if (g_set_object (&self->health, health))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH]);
}

const char *
mentor_mentorship_get_next_checkin (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);
  return self->next_checkin;
}

void
mentor_mentorship_set_next_checkin (MentorMentorship *self,
                                    const char       *instant)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP (self));

  if (mentor_record_set_date (&self->next_checkin, instant))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_CHECKIN]);
}

char *
mentor_mentorship_dup_title (MentorMentorship *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (self), NULL);

  /* TRANSLATORS: a mentorship's title, "Mentor → Mentee" */
  return g_strdup_printf (_("%s → %s"), self->mentor_name, self->mentee_name);
}
