/* mentor-meeting.c — meetings and action items
 *
 * Declared in mentor-meeting.h with MentorCheckinSeries, which is in
 * mentor-checkin-series.c.
 */
#include "config.h"

#include "mentor-meeting.h"
#include "mentor-records-private.h"

/* ---- Meeting -------------------------------------------------------------- */

struct _MentorMeeting
{
  GObject parent_instance;

  gint64               id;
  gint64               mentorship_id;
  gint64               series_id;
  char                *uid;
  char                *recurrence_id;
  char                *starts_at;
  char                *tzid;
  guint                duration_min;
  MentorMeetingStatus  status;
  char                *location;
  char                *agenda;
  char                *summary;
  char                *private_notes;
  MentorMode           mode;
  char                *mentorship_title;
  guint                sequence;
};

enum {
  MEETING_PROP_0,
  MEETING_PROP_ID,
  MEETING_PROP_MENTORSHIP_ID,
  MEETING_PROP_SERIES_ID,
  MEETING_PROP_UID,
  MEETING_PROP_RECURRENCE_ID,
  MEETING_PROP_STARTS_AT,
  MEETING_PROP_TZID,
  MEETING_PROP_DURATION_MIN,
  MEETING_PROP_STATUS,
  MEETING_PROP_LOCATION,
  MEETING_PROP_AGENDA,
  MEETING_PROP_SUMMARY,
  MEETING_PROP_PRIVATE_NOTES,
  MEETING_PROP_MODE,
  MEETING_PROP_MENTORSHIP_TITLE,
  MEETING_PROP_SEQUENCE,
  MEETING_N_PROPS
};

static GParamSpec *meeting_properties[MEETING_N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMeeting, mentor_meeting, G_TYPE_OBJECT)

static void
mentor_meeting_finalize (GObject *object)
{
  MentorMeeting *self = (MentorMeeting *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->recurrence_id, g_free);
  g_clear_pointer (&self->starts_at, g_free);
  g_clear_pointer (&self->tzid, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->agenda, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->private_notes, g_free);
  g_clear_pointer (&self->mentorship_title, g_free);

  G_OBJECT_CLASS (mentor_meeting_parent_class)->finalize (object);
}

static void
mentor_meeting_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MentorMeeting *self = MENTOR_MEETING (object);

  switch (prop_id)
    {
    case MEETING_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case MEETING_PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;
    case MEETING_PROP_SERIES_ID:
      g_value_set_int64 (value, self->series_id);
      break;
    case MEETING_PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case MEETING_PROP_RECURRENCE_ID:
      g_value_set_string (value, self->recurrence_id);
      break;
    case MEETING_PROP_STARTS_AT:
      g_value_set_string (value, self->starts_at);
      break;
    case MEETING_PROP_TZID:
      g_value_set_string (value, self->tzid);
      break;
    case MEETING_PROP_DURATION_MIN:
      g_value_set_uint (value, self->duration_min);
      break;
    case MEETING_PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case MEETING_PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case MEETING_PROP_AGENDA:
      g_value_set_string (value, self->agenda);
      break;
    case MEETING_PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case MEETING_PROP_PRIVATE_NOTES:
      g_value_set_string (value, self->private_notes);
      break;
    case MEETING_PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;
    case MEETING_PROP_MENTORSHIP_TITLE:
      g_value_set_string (value, self->mentorship_title);
      break;
    case MEETING_PROP_SEQUENCE:
      g_value_set_uint (value, self->sequence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_meeting_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MentorMeeting *self = MENTOR_MEETING (object);

  switch (prop_id)
    {
    case MEETING_PROP_MENTORSHIP_ID:
      mentor_meeting_set_mentorship_id (self, g_value_get_int64 (value));
      break;
    case MEETING_PROP_SERIES_ID:
      mentor_meeting_set_series_id (self, g_value_get_int64 (value));
      break;
    case MEETING_PROP_UID:
      mentor_meeting_set_uid (self, g_value_get_string (value));
      break;
    case MEETING_PROP_RECURRENCE_ID:
      mentor_meeting_set_recurrence_id (self, g_value_get_string (value));
      break;
    case MEETING_PROP_STARTS_AT:
      mentor_meeting_set_starts_at (self, g_value_get_string (value));
      break;
    case MEETING_PROP_TZID:
      mentor_meeting_set_tzid (self, g_value_get_string (value));
      break;
    case MEETING_PROP_DURATION_MIN:
      mentor_meeting_set_duration_min (self, g_value_get_uint (value));
      break;
    case MEETING_PROP_STATUS:
      mentor_meeting_set_status (self, g_value_get_uint (value));
      break;
    case MEETING_PROP_LOCATION:
      mentor_meeting_set_location (self, g_value_get_string (value));
      break;
    case MEETING_PROP_AGENDA:
      mentor_meeting_set_agenda (self, g_value_get_string (value));
      break;
    case MEETING_PROP_SUMMARY:
      mentor_meeting_set_summary (self, g_value_get_string (value));
      break;
    case MEETING_PROP_PRIVATE_NOTES:
      mentor_meeting_set_private_notes (self, g_value_get_string (value));
      break;
    case MEETING_PROP_MODE:
      mentor_meeting_set_mode (self, g_value_get_uint (value));
      break;
    case MEETING_PROP_MENTORSHIP_TITLE:
      mentor_meeting_set_mentorship_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_meeting_class_init (MentorMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_meeting_finalize;
  object_class->get_property = mentor_meeting_get_property;
  object_class->set_property = mentor_meeting_set_property;

  meeting_properties[MEETING_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  meeting_properties[MEETING_PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  meeting_properties[MEETING_PROP_SERIES_ID] =
    g_param_spec_int64 ("series-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  meeting_properties[MEETING_PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_RECURRENCE_ID] =
    g_param_spec_string ("recurrence-id", NULL, NULL, NULL, rw);
  meeting_properties[MEETING_PROP_STARTS_AT] =
    g_param_spec_string ("starts-at", NULL, NULL, NULL, rw);
  meeting_properties[MEETING_PROP_TZID] =
    g_param_spec_string ("tzid", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_DURATION_MIN] =
    g_param_spec_uint ("duration-min", NULL, NULL, 0, G_MAXUINT, 60, rw);
  meeting_properties[MEETING_PROP_STATUS] =
    g_param_spec_uint ("status", NULL, NULL,
                       0, MENTOR_N_MEETING_STATUSES - 1, MENTOR_MEETING_SCHEDULED, rw);
  meeting_properties[MEETING_PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_AGENDA] =
    g_param_spec_string ("agenda", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_PRIVATE_NOTES] =
    g_param_spec_string ("private-notes", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL, 0, MENTOR_N_MODES, MENTOR_N_MODES, rw);
  meeting_properties[MEETING_PROP_MENTORSHIP_TITLE] =
    g_param_spec_string ("mentorship-title", NULL, NULL, "", rw);
  meeting_properties[MEETING_PROP_SEQUENCE] =
    g_param_spec_uint ("sequence", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, MEETING_N_PROPS, meeting_properties);
}

static void
mentor_meeting_init (MentorMeeting *self)
{
  self->uid = g_strdup ("");
  self->tzid = g_strdup ("");
  self->duration_min = 60;
  self->status = MENTOR_MEETING_SCHEDULED;
  self->location = g_strdup ("");
  self->agenda = g_strdup ("");
  self->summary = g_strdup ("");
  self->private_notes = g_strdup ("");
  self->mode = MENTOR_N_MODES;
  self->mentorship_title = g_strdup ("");
}

MentorMeeting *
mentor_meeting_new (void)
{
  return g_object_new (MENTOR_TYPE_MEETING, NULL);
}

gint64
mentor_meeting_get_id (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), 0);
  return self->id;
}

void
mentor_meeting_set_id (MentorMeeting *self,
                       gint64         id)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_ID]);
}

gint64
mentor_meeting_get_mentorship_id (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), 0);
  return self->mentorship_id;
}

void
mentor_meeting_set_mentorship_id (MentorMeeting *self,
                                  gint64         id)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));
  g_return_if_fail (id >= 0);

  if (self->mentorship_id == id)
    return;

  self->mentorship_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_MENTORSHIP_ID]);
}

gint64
mentor_meeting_get_series_id (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), 0);
  return self->series_id;
}

void
mentor_meeting_set_series_id (MentorMeeting *self,
                              gint64         id)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));
  g_return_if_fail (id >= 0);

  if (self->series_id == id)
    return;

  self->series_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_SERIES_ID]);
}

const char *
mentor_meeting_get_uid (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->uid;
}

void
mentor_meeting_set_uid (MentorMeeting *self,
                        const char    *uid)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->uid, uid))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_UID]);
}

const char *
mentor_meeting_get_recurrence_id (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->recurrence_id;
}

void
mentor_meeting_set_recurrence_id (MentorMeeting *self,
                                  const char    *instant)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_date (&self->recurrence_id, instant))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_RECURRENCE_ID]);
}

const char *
mentor_meeting_get_starts_at (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->starts_at;
}

void
mentor_meeting_set_starts_at (MentorMeeting *self,
                              const char    *instant)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_date (&self->starts_at, instant))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_STARTS_AT]);
}

const char *
mentor_meeting_get_tzid (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->tzid;
}

void
mentor_meeting_set_tzid (MentorMeeting *self,
                         const char    *tzid)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->tzid, tzid))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_TZID]);
}

guint
mentor_meeting_get_duration_min (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), 0);
  return self->duration_min;
}

void
mentor_meeting_set_duration_min (MentorMeeting *self,
                                 guint          minutes)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (self->duration_min == minutes)
    return;

  self->duration_min = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_DURATION_MIN]);
}

MentorMeetingStatus
mentor_meeting_get_status (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), MENTOR_MEETING_SCHEDULED);
  return self->status;
}

void
mentor_meeting_set_status (MentorMeeting       *self,
                           MentorMeetingStatus  status)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));
  g_return_if_fail ((guint) status < MENTOR_N_MEETING_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_STATUS]);
}

const char *
mentor_meeting_get_location (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->location;
}

void
mentor_meeting_set_location (MentorMeeting *self,
                             const char    *location)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_LOCATION]);
}

const char *
mentor_meeting_get_agenda (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->agenda;
}

void
mentor_meeting_set_agenda (MentorMeeting *self,
                           const char    *agenda)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->agenda, agenda))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_AGENDA]);
}

const char *
mentor_meeting_get_summary (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->summary;
}

void
mentor_meeting_set_summary (MentorMeeting *self,
                            const char    *summary)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_SUMMARY]);
}

const char *
mentor_meeting_get_private_notes (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->private_notes;
}

void
mentor_meeting_set_private_notes (MentorMeeting *self,
                                  const char    *notes)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->private_notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_PRIVATE_NOTES]);
}

MentorMode
mentor_meeting_get_mode (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), MENTOR_N_MODES);
  return self->mode;
}

void
mentor_meeting_set_mode (MentorMeeting *self,
                         MentorMode     mode)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));
  g_return_if_fail ((guint) mode <= MENTOR_N_MODES);

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_MODE]);
}

const char *
mentor_meeting_get_mentorship_title (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), NULL);
  return self->mentorship_title;
}

void
mentor_meeting_set_mentorship_title (MentorMeeting *self,
                                     const char    *title)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (mentor_record_set_string (&self->mentorship_title, title))
    g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_MENTORSHIP_TITLE]);
}

guint
mentor_meeting_get_sequence (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), 0);
  return self->sequence;
}

void
mentor_meeting_set_sequence (MentorMeeting *self,
                             guint          sequence)
{
  g_return_if_fail (MENTOR_IS_MEETING (self));

  if (self->sequence == sequence)
    return;

  self->sequence = sequence;
  g_object_notify_by_pspec (G_OBJECT (self), meeting_properties[MEETING_PROP_SEQUENCE]);
}

gboolean
mentor_meeting_is_computed (MentorMeeting *self)
{
  g_return_val_if_fail (MENTOR_IS_MEETING (self), FALSE);
  return self->id == 0 && self->series_id != 0;
}

/* ---- Action item ---------------------------------------------------------- */

struct _MentorActionItem
{
  GObject parent_instance;

  gint64       id;
  gint64       meeting_id;
  char        *text;
  MentorOwner  owner;
  char        *due_on;
  char        *done_on;
};

enum {
  ITEM_PROP_0,
  ITEM_PROP_ID,
  ITEM_PROP_MEETING_ID,
  ITEM_PROP_TEXT,
  ITEM_PROP_OWNER,
  ITEM_PROP_DUE_ON,
  ITEM_PROP_DONE_ON,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

G_DEFINE_FINAL_TYPE (MentorActionItem, mentor_action_item, G_TYPE_OBJECT)

static void
mentor_action_item_finalize (GObject *object)
{
  MentorActionItem *self = (MentorActionItem *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->done_on, g_free);

  G_OBJECT_CLASS (mentor_action_item_parent_class)->finalize (object);
}

static void
mentor_action_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MentorActionItem *self = MENTOR_ACTION_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case ITEM_PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    case ITEM_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case ITEM_PROP_OWNER:
      g_value_set_uint (value, self->owner);
      break;
    case ITEM_PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;
    case ITEM_PROP_DONE_ON:
      g_value_set_string (value, self->done_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_action_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MentorActionItem *self = MENTOR_ACTION_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_MEETING_ID:
      mentor_action_item_set_meeting_id (self, g_value_get_int64 (value));
      break;
    case ITEM_PROP_TEXT:
      mentor_action_item_set_text (self, g_value_get_string (value));
      break;
    case ITEM_PROP_OWNER:
      mentor_action_item_set_owner (self, g_value_get_uint (value));
      break;
    case ITEM_PROP_DUE_ON:
      mentor_action_item_set_due_on (self, g_value_get_string (value));
      break;
    case ITEM_PROP_DONE_ON:
      mentor_action_item_set_done_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_action_item_class_init (MentorActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_action_item_finalize;
  object_class->get_property = mentor_action_item_get_property;
  object_class->set_property = mentor_action_item_set_property;

  item_properties[ITEM_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  item_properties[ITEM_PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  item_properties[ITEM_PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", rw);
  item_properties[ITEM_PROP_OWNER] =
    g_param_spec_uint ("owner", NULL, NULL,
                       MENTOR_OWNER_MENTOR, MENTOR_OWNER_MENTEE, MENTOR_OWNER_MENTEE, rw);
  item_properties[ITEM_PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL, NULL, rw);
  item_properties[ITEM_PROP_DONE_ON] =
    g_param_spec_string ("done-on", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
mentor_action_item_init (MentorActionItem *self)
{
  self->text = g_strdup ("");
  self->owner = MENTOR_OWNER_MENTEE;
}

MentorActionItem *
mentor_action_item_new (void)
{
  return g_object_new (MENTOR_TYPE_ACTION_ITEM, NULL);
}

gint64
mentor_action_item_get_id (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), 0);
  return self->id;
}

void
mentor_action_item_set_id (MentorActionItem *self,
                           gint64            id)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_ID]);
}

gint64
mentor_action_item_get_meeting_id (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), 0);
  return self->meeting_id;
}

void
mentor_action_item_set_meeting_id (MentorActionItem *self,
                                   gint64            id)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));
  g_return_if_fail (id >= 0);

  if (self->meeting_id == id)
    return;

  self->meeting_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_MEETING_ID]);
}

const char *
mentor_action_item_get_text (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), NULL);
  return self->text;
}

void
mentor_action_item_set_text (MentorActionItem *self,
                             const char       *text)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));

  if (mentor_record_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_TEXT]);
}

MentorOwner
mentor_action_item_get_owner (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), MENTOR_OWNER_MENTEE);
  return self->owner;
}

void
mentor_action_item_set_owner (MentorActionItem *self,
                              MentorOwner       owner)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));
  g_return_if_fail (owner == MENTOR_OWNER_MENTOR || owner == MENTOR_OWNER_MENTEE);

  if (self->owner == owner)
    return;

  self->owner = owner;
  g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_OWNER]);
}

const char *
mentor_action_item_get_due_on (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), NULL);
  return self->due_on;
}

void
mentor_action_item_set_due_on (MentorActionItem *self,
                               const char       *date)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));

  if (mentor_record_set_date (&self->due_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_DUE_ON]);
}

const char *
mentor_action_item_get_done_on (MentorActionItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (self), NULL);
  return self->done_on;
}

void
mentor_action_item_set_done_on (MentorActionItem *self,
                                const char       *date)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM (self));

  if (mentor_record_set_date (&self->done_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), item_properties[ITEM_PROP_DONE_ON]);
}
