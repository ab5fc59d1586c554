/* mentor-checkin-series.c — a recurring check-in series (declared in
 * mentor-meeting.h with the meetings that are its occurrences)
 */
#include "config.h"

#include "mentor-meeting.h"
#include "mentor-records-private.h"

/* ---- Check-in series ------------------------------------------------------ */

struct _MentorCheckinSeries
{
  GObject parent_instance;

  gint64  id;
  gint64  mentorship_id;
  char   *uid;
  char   *summary;
  char   *dtstart;
  char   *tzid;
  guint   duration_min;
  char   *rrule;
  char   *exdates;
  char   *location;
  MentorMode mode;
  guint   sequence;
};

enum {
  SERIES_PROP_0,
  SERIES_PROP_ID,
  SERIES_PROP_MENTORSHIP_ID,
  SERIES_PROP_UID,
  SERIES_PROP_SUMMARY,
  SERIES_PROP_DTSTART,
  SERIES_PROP_TZID,
  SERIES_PROP_DURATION_MIN,
  SERIES_PROP_RRULE,
  SERIES_PROP_EXDATES,
  SERIES_PROP_LOCATION,
  SERIES_PROP_MODE,
  SERIES_PROP_SEQUENCE,
  SERIES_N_PROPS
};

static GParamSpec *series_properties[SERIES_N_PROPS];

G_DEFINE_FINAL_TYPE (MentorCheckinSeries, mentor_checkin_series, G_TYPE_OBJECT)

static void
mentor_checkin_series_finalize (GObject *object)
{
  MentorCheckinSeries *self = (MentorCheckinSeries *) object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->dtstart, g_free);
  g_clear_pointer (&self->tzid, g_free);
  g_clear_pointer (&self->rrule, g_free);
  g_clear_pointer (&self->exdates, g_free);
  g_clear_pointer (&self->location, g_free);

  G_OBJECT_CLASS (mentor_checkin_series_parent_class)->finalize (object);
}

static void
mentor_checkin_series_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorCheckinSeries *self = MENTOR_CHECKIN_SERIES (object);

  switch (prop_id)
    {
    case SERIES_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case SERIES_PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;
    case SERIES_PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case SERIES_PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case SERIES_PROP_DTSTART:
      g_value_set_string (value, self->dtstart);
      break;
    case SERIES_PROP_TZID:
      g_value_set_string (value, self->tzid);
      break;
    case SERIES_PROP_DURATION_MIN:
      g_value_set_uint (value, self->duration_min);
      break;
    case SERIES_PROP_RRULE:
      g_value_set_string (value, self->rrule);
      break;
    case SERIES_PROP_EXDATES:
      g_value_set_string (value, self->exdates);
      break;
    case SERIES_PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case SERIES_PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;
    case SERIES_PROP_SEQUENCE:
      g_value_set_uint (value, self->sequence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_checkin_series_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorCheckinSeries *self = MENTOR_CHECKIN_SERIES (object);

  switch (prop_id)
    {
    case SERIES_PROP_MENTORSHIP_ID:
      mentor_checkin_series_set_mentorship_id (self, g_value_get_int64 (value));
      break;
    case SERIES_PROP_UID:
      mentor_checkin_series_set_uid (self, g_value_get_string (value));
      break;
    case SERIES_PROP_SUMMARY:
      mentor_checkin_series_set_summary (self, g_value_get_string (value));
      break;
    case SERIES_PROP_DTSTART:
      mentor_checkin_series_set_dtstart (self, g_value_get_string (value));
      break;
    case SERIES_PROP_TZID:
      mentor_checkin_series_set_tzid (self, g_value_get_string (value));
      break;
    case SERIES_PROP_DURATION_MIN:
      mentor_checkin_series_set_duration_min (self, g_value_get_uint (value));
      break;
    case SERIES_PROP_RRULE:
      mentor_checkin_series_set_rrule (self, g_value_get_string (value));
      break;
    case SERIES_PROP_EXDATES:
      mentor_checkin_series_set_exdates (self, g_value_get_string (value));
      break;
    case SERIES_PROP_LOCATION:
      mentor_checkin_series_set_location (self, g_value_get_string (value));
      break;
    case SERIES_PROP_MODE:
      mentor_checkin_series_set_mode (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_checkin_series_class_init (MentorCheckinSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_checkin_series_finalize;
  object_class->get_property = mentor_checkin_series_get_property;
  object_class->set_property = mentor_checkin_series_set_property;

  series_properties[SERIES_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  series_properties[SERIES_PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  series_properties[SERIES_PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_DTSTART] =
    g_param_spec_string ("dtstart", NULL, NULL, NULL, rw);
  series_properties[SERIES_PROP_TZID] =
    g_param_spec_string ("tzid", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_DURATION_MIN] =
    g_param_spec_uint ("duration-min", NULL, NULL, 0, G_MAXUINT, 30, rw);
  series_properties[SERIES_PROP_RRULE] =
    g_param_spec_string ("rrule", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_EXDATES] =
    g_param_spec_string ("exdates", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, "", rw);
  series_properties[SERIES_PROP_MODE] =
    g_param_spec_uint ("mode", NULL, NULL, 0, MENTOR_N_MODES, MENTOR_N_MODES, rw);
  series_properties[SERIES_PROP_SEQUENCE] =
    g_param_spec_uint ("sequence", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, SERIES_N_PROPS, series_properties);
}

static void
mentor_checkin_series_init (MentorCheckinSeries *self)
{
  self->uid = g_strdup ("");
  self->summary = g_strdup ("");
  self->tzid = g_strdup ("");
  self->duration_min = 30;
  self->rrule = g_strdup ("");
  self->exdates = g_strdup ("");
  self->location = g_strdup ("");
  self->mode = MENTOR_N_MODES;
}

MentorCheckinSeries *
mentor_checkin_series_new (void)
{
  return g_object_new (MENTOR_TYPE_CHECKIN_SERIES, NULL);
}

gint64
mentor_checkin_series_get_id (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), 0);
  return self->id;
}

void
mentor_checkin_series_set_id (MentorCheckinSeries *self,
                              gint64               id)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_ID]);
}

gint64
mentor_checkin_series_get_mentorship_id (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), 0);
  return self->mentorship_id;
}

void
mentor_checkin_series_set_mentorship_id (MentorCheckinSeries *self,
                                         gint64               id)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));
  g_return_if_fail (id >= 0);

  if (self->mentorship_id == id)
    return;

  self->mentorship_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_MENTORSHIP_ID]);
}

const char *
mentor_checkin_series_get_uid (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->uid;
}

void
mentor_checkin_series_set_uid (MentorCheckinSeries *self,
                               const char          *uid)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->uid, uid))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_UID]);
}

const char *
mentor_checkin_series_get_summary (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->summary;
}

void
mentor_checkin_series_set_summary (MentorCheckinSeries *self,
                                   const char          *summary)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_SUMMARY]);
}

const char *
mentor_checkin_series_get_dtstart (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->dtstart;
}

void
mentor_checkin_series_set_dtstart (MentorCheckinSeries *self,
                                   const char          *local)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_date (&self->dtstart, local))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_DTSTART]);
}

const char *
mentor_checkin_series_get_tzid (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->tzid;
}

void
mentor_checkin_series_set_tzid (MentorCheckinSeries *self,
                                const char          *tzid)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->tzid, tzid))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_TZID]);
}

guint
mentor_checkin_series_get_duration_min (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), 0);
  return self->duration_min;
}

void
mentor_checkin_series_set_duration_min (MentorCheckinSeries *self,
                                        guint                minutes)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (self->duration_min == minutes)
    return;

  self->duration_min = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_DURATION_MIN]);
}

const char *
mentor_checkin_series_get_rrule (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->rrule;
}

void
mentor_checkin_series_set_rrule (MentorCheckinSeries *self,
                                 const char          *rrule)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->rrule, rrule))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_RRULE]);
}

const char *
mentor_checkin_series_get_exdates (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->exdates;
}

void
mentor_checkin_series_set_exdates (MentorCheckinSeries *self,
                                   const char          *exdates)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->exdates, exdates))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_EXDATES]);
}

const char *
mentor_checkin_series_get_location (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), NULL);
  return self->location;
}

void
mentor_checkin_series_set_location (MentorCheckinSeries *self,
                                    const char          *location)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (mentor_record_set_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_LOCATION]);
}

MentorMode
mentor_checkin_series_get_mode (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), MENTOR_N_MODES);
  return self->mode;
}

void
mentor_checkin_series_set_mode (MentorCheckinSeries *self,
                                MentorMode           mode)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));
  g_return_if_fail ((guint) mode <= MENTOR_N_MODES);

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_MODE]);
}

guint
mentor_checkin_series_get_sequence (MentorCheckinSeries *self)
{
  g_return_val_if_fail (MENTOR_IS_CHECKIN_SERIES (self), 0);
  return self->sequence;
}

void
mentor_checkin_series_set_sequence (MentorCheckinSeries *self,
                                    guint                sequence)
{
  g_return_if_fail (MENTOR_IS_CHECKIN_SERIES (self));

  if (self->sequence == sequence)
    return;

  self->sequence = sequence;
  g_object_notify_by_pspec (G_OBJECT (self), series_properties[SERIES_PROP_SEQUENCE]);
}
