/* mentor-review.c — a satisfaction review of a mentorship by one side */
#include "config.h"

#include "mentor-records-private.h"
#include "mentor-review.h"

struct _MentorReview
{
  GObject parent_instance;

  gint64       id;
  gint64       mentorship_id;
  MentorOwner  author;
  guint        rating;
  char        *note;
  char        *written_on;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_MENTORSHIP_ID,
  PROP_AUTHOR,
  PROP_RATING,
  PROP_NOTE,
  PROP_WRITTEN_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorReview, mentor_review, G_TYPE_OBJECT)

static void
mentor_review_finalize (GObject *object)
{
  MentorReview *self = (MentorReview *) object;

  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->written_on, g_free);

  G_OBJECT_CLASS (mentor_review_parent_class)->finalize (object);
}

static void
mentor_review_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MentorReview *self = MENTOR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;
    case PROP_AUTHOR:
      g_value_set_uint (value, self->author);
      break;
    case PROP_RATING:
      g_value_set_uint (value, self->rating);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_WRITTEN_ON:
      g_value_set_string (value, self->written_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_review_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MentorReview *self = MENTOR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_MENTORSHIP_ID:
      mentor_review_set_mentorship_id (self, g_value_get_int64 (value));
      break;
    case PROP_AUTHOR:
      mentor_review_set_author (self, g_value_get_uint (value));
      break;
    case PROP_RATING:
      mentor_review_set_rating (self, g_value_get_uint (value));
      break;
    case PROP_NOTE:
      mentor_review_set_note (self, g_value_get_string (value));
      break;
    case PROP_WRITTEN_ON:
      mentor_review_set_written_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_review_class_init (MentorReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_review_finalize;
  object_class->get_property = mentor_review_get_property;
  object_class->set_property = mentor_review_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_AUTHOR] =
    g_param_spec_uint ("author", NULL, NULL,
                       MENTOR_OWNER_MENTOR, MENTOR_OWNER_MENTEE, MENTOR_OWNER_MENTOR, rw);
  properties[PROP_RATING] =
    g_param_spec_uint ("rating", NULL, NULL, 0, MENTOR_REVIEW_MAX_RATING, 0, rw);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "", rw);
  properties[PROP_WRITTEN_ON] =
    g_param_spec_string ("written-on", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_review_init (MentorReview *self)
{
  self->author = MENTOR_OWNER_MENTOR;
  self->note = g_strdup ("");
}

MentorReview *
mentor_review_new (void)
{
  return g_object_new (MENTOR_TYPE_REVIEW, NULL);
}

gint64
mentor_review_get_id (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), 0);
  return self->id;
}

void
mentor_review_set_id (MentorReview *self,
                      gint64        id)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
mentor_review_get_mentorship_id (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), 0);
  return self->mentorship_id;
}

void
mentor_review_set_mentorship_id (MentorReview *self,
                                 gint64        id)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));
  g_return_if_fail (id >= 0);

  if (self->mentorship_id == id)
    return;

  self->mentorship_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_ID]);
}

MentorOwner
mentor_review_get_author (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), MENTOR_OWNER_MENTOR);
  return self->author;
}

void
mentor_review_set_author (MentorReview *self,
                          MentorOwner   author)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));
  g_return_if_fail (author == MENTOR_OWNER_MENTOR || author == MENTOR_OWNER_MENTEE);

  if (self->author == author)
    return;

  self->author = author;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

guint
mentor_review_get_rating (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), 0);
  return self->rating;
}

void
mentor_review_set_rating (MentorReview *self,
                          guint         rating)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));
  g_return_if_fail (rating <= MENTOR_REVIEW_MAX_RATING);

  if (self->rating == rating)
    return;

  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

const char *
mentor_review_get_note (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), NULL);
  return self->note;
}

void
mentor_review_set_note (MentorReview *self,
                        const char   *note)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));

  if (mentor_record_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
mentor_review_get_written_on (MentorReview *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW (self), NULL);
  return self->written_on;
}

void
mentor_review_set_written_on (MentorReview *self,
                              const char   *date)
{
  g_return_if_fail (MENTOR_IS_REVIEW (self));

  if (mentor_record_set_date (&self->written_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITTEN_ON]);
}

char *
mentor_review_due_on (const char *started_on,
                      const char *last_written_on)
{
  if (started_on == NULL || !mentor_date_is_valid (started_on))
    return NULL;

  if (last_written_on != NULL && mentor_date_is_valid (last_written_on))
    return mentor_date_add_days (last_written_on, MENTOR_REVIEW_EVERY_DAYS);

  return mentor_date_add_days (started_on, MENTOR_REVIEW_FIRST_DAYS);
}
