/* mentor-match.c — one suggested mentor for one mentee, with its reasons */
#include "config.h"

#include "mentor-match-private.h"

struct _MentorMatch
{
  GObject           parent_instance;

  MentorPerson     *mentor;
  gint64            mentee_id;
  char            **covered;
  char            **uncovered;
  guint             load;
  MentorMatchFlags  flags;
  guint             levels;
  char             *explanation;
  char             *conflict;
};

enum {
  PROP_0,
  PROP_MENTOR,
  PROP_MENTEE_ID,
  PROP_COVERAGE,
  PROP_COVERED,
  PROP_UNCOVERED,
  PROP_LOAD,
  PROP_CAPACITY,
  PROP_SPARE,
  PROP_FLAGS,
  PROP_LEVELS,
  PROP_EXPLANATION,
  PROP_CONFLICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMatch, mentor_match, G_TYPE_OBJECT)

static void
mentor_match_dispose (GObject *object)
{
  MentorMatch *self = (MentorMatch *) object;

  g_clear_object (&self->mentor);

  G_OBJECT_CLASS (mentor_match_parent_class)->dispose (object);
}

static void
mentor_match_finalize (GObject *object)
{
  MentorMatch *self = (MentorMatch *) object;

  g_clear_pointer (&self->covered, g_strfreev);
  g_clear_pointer (&self->uncovered, g_strfreev);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->conflict, g_free);

  G_OBJECT_CLASS (mentor_match_parent_class)->finalize (object);
}

static void
mentor_match_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MentorMatch *self = MENTOR_MATCH (object);

  switch (prop_id)
    {
    case PROP_MENTOR:
      g_value_set_object (value, self->mentor);
      break;
    case PROP_MENTEE_ID:
      g_value_set_int64 (value, self->mentee_id);
      break;
    case PROP_COVERAGE:
      g_value_set_double (value, mentor_match_get_coverage (self));
      break;
    case PROP_COVERED:
      g_value_set_boxed (value, self->covered);
      break;
    case PROP_UNCOVERED:
      g_value_set_boxed (value, self->uncovered);
      break;
    case PROP_LOAD:
      g_value_set_uint (value, self->load);
      break;
    case PROP_CAPACITY:
      g_value_set_uint (value, mentor_match_get_capacity (self));
      break;
    case PROP_SPARE:
      g_value_set_uint (value, mentor_match_get_spare (self));
      break;
    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;
    case PROP_LEVELS:
      g_value_set_uint (value, self->levels);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    case PROP_CONFLICT:
      g_value_set_string (value, self->conflict);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_match_class_init (MentorMatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = mentor_match_dispose;
  object_class->finalize = mentor_match_finalize;
  object_class->get_property = mentor_match_get_property;

  properties[PROP_MENTOR] =
    g_param_spec_object ("mentor", NULL, NULL, MENTOR_TYPE_PERSON, ro);
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_COVERAGE] =
    g_param_spec_double ("coverage", NULL, NULL, 0.0, 1.0, 0.0, ro);
  properties[PROP_COVERED] =
    g_param_spec_boxed ("covered", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_UNCOVERED] =
    g_param_spec_boxed ("uncovered", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_LOAD] =
    g_param_spec_uint ("load", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CAPACITY] =
    g_param_spec_uint ("capacity", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_SPARE] =
    g_param_spec_uint ("spare", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_LEVELS] =
    g_param_spec_uint ("levels", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, "", ro);
  properties[PROP_CONFLICT] =
    g_param_spec_string ("conflict", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_match_init (MentorMatch *self)
{
}

MentorMatch *
mentor_match_new (MentorPerson       *mentor,
                  gint64              mentee_id,
                  const char * const *covered,
                  const char * const *uncovered,
                  guint               load,
                  MentorMatchFlags    flags,
                  guint               levels,
                  const char         *explanation,
                  const char         *conflict)
{
  MentorMatch *self;

  g_return_val_if_fail (MENTOR_IS_PERSON (mentor), NULL);
  g_return_val_if_fail (covered != NULL && uncovered != NULL, NULL);
  g_return_val_if_fail (explanation != NULL, NULL);

  self = g_object_new (MENTOR_TYPE_MATCH, NULL);
  self->mentor = g_object_ref (mentor);
  self->mentee_id = mentee_id;
  self->covered = g_strdupv ((char **) covered);
  self->uncovered = g_strdupv ((char **) uncovered);
  self->load = load;
  self->flags = flags;
  self->levels = levels;
  self->explanation = g_strdup (explanation);
  self->conflict = g_strdup (conflict);

  return self;
}

MentorPerson *
mentor_match_get_mentor (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), NULL);

  return self->mentor;
}

gint64
mentor_match_get_mentee_id (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0);

  return self->mentee_id;
}

double
mentor_match_get_coverage (MentorMatch *self)
{
  guint n_covered, n_all;

  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0.0);

  n_covered = g_strv_length (self->covered);
  n_all = n_covered + g_strv_length (self->uncovered);

  return n_all == 0 ? 0.0 : (double) n_covered / n_all;
}

const char * const *
mentor_match_get_covered (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), NULL);

  return (const char * const *) self->covered;
}

const char * const *
mentor_match_get_uncovered (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), NULL);

  return (const char * const *) self->uncovered;
}

guint
mentor_match_get_load (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0);

  return self->load;
}

guint
mentor_match_get_capacity (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0);

  return mentor_person_get_capacity (self->mentor);
}

guint
mentor_match_get_spare (MentorMatch *self)
{
  guint capacity;

  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0);

  capacity = mentor_person_get_capacity (self->mentor);
  return self->load < capacity ? capacity - self->load : 0;
}

MentorMatchFlags
mentor_match_get_flags (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), MENTOR_MATCH_NONE);

  return self->flags;
}

guint
mentor_match_get_levels (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), 0);

  return self->levels;
}

const char *
mentor_match_get_explanation (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), NULL);

  return self->explanation;
}

const char *
mentor_match_get_conflict (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), NULL);

  return self->conflict;
}

gboolean
mentor_match_has_conflict (MentorMatch *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH (self), FALSE);

  return (self->flags & MENTOR_MATCH_CONFLICT) != 0;
}
