/* mentor-person.c — a person in the program */
#include "config.h"

#include "mentor-person.h"
#include "mentor-records-private.h"

struct _MentorPerson
{
  GObject parent_instance;

  gint64   id;
  char    *name;
  char    *email;
  char    *title;
  char    *organization;
  char    *department;
  gint64   manager_id;
  char    *timezone;
  guint    capacity;
  gboolean archived;
  char   **offers;
  char   **seeks;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_TITLE,
  PROP_ORGANIZATION,
  PROP_DEPARTMENT,
  PROP_MANAGER_ID,
  PROP_TIMEZONE,
  PROP_CAPACITY,
  PROP_ARCHIVED,
  PROP_OFFERS,
  PROP_SEEKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorPerson, mentor_person, G_TYPE_OBJECT)

static void
mentor_person_finalize (GObject *object)
{
  MentorPerson *self = (MentorPerson *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->timezone, g_free);
  g_clear_pointer (&self->offers, g_strfreev);
  g_clear_pointer (&self->seeks, g_strfreev);

  G_OBJECT_CLASS (mentor_person_parent_class)->finalize (object);
}

static void
mentor_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MentorPerson *self = MENTOR_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ORGANIZATION:
      g_value_set_string (value, self->organization);
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;
    case PROP_MANAGER_ID:
      g_value_set_int64 (value, self->manager_id);
      break;
    case PROP_TIMEZONE:
      g_value_set_string (value, self->timezone);
      break;
    case PROP_CAPACITY:
      g_value_set_uint (value, self->capacity);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_OFFERS:
      g_value_set_boxed (value, self->offers);
      break;
    case PROP_SEEKS:
      g_value_set_boxed (value, self->seeks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MentorPerson *self = MENTOR_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      mentor_person_set_name (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      mentor_person_set_email (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      mentor_person_set_title (self, g_value_get_string (value));
      break;
    case PROP_ORGANIZATION:
      mentor_person_set_organization (self, g_value_get_string (value));
      break;
    case PROP_DEPARTMENT:
      mentor_person_set_department (self, g_value_get_string (value));
      break;
    case PROP_MANAGER_ID:
      mentor_person_set_manager_id (self, g_value_get_int64 (value));
      break;
    case PROP_TIMEZONE:
      mentor_person_set_timezone (self, g_value_get_string (value));
      break;
    case PROP_CAPACITY:
      mentor_person_set_capacity (self, g_value_get_uint (value));
      break;
    case PROP_OFFERS:
      mentor_person_set_offers (self, g_value_get_boxed (value));
      break;
    case PROP_SEEKS:
      mentor_person_set_seeks (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_person_class_init (MentorPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_person_finalize;
  object_class->get_property = mentor_person_get_property;
  object_class->set_property = mentor_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL, "", rw);
  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL, "", rw);
  properties[PROP_MANAGER_ID] =
    g_param_spec_int64 ("manager-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TIMEZONE] =
    g_param_spec_string ("timezone", NULL, NULL, "", rw);
  properties[PROP_CAPACITY] =
    g_param_spec_uint ("capacity", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, ro);
  properties[PROP_OFFERS] =
    g_param_spec_boxed ("offers", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_SEEKS] =
    g_param_spec_boxed ("seeks", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_person_init (MentorPerson *self)
{
  self->name = g_strdup ("");
  self->email = g_strdup ("");
  self->title = g_strdup ("");
  self->organization = g_strdup ("");
  self->department = g_strdup ("");
  self->timezone = g_strdup ("");
  self->offers = g_new0 (char *, 1);
  self->seeks = g_new0 (char *, 1);
}

MentorPerson *
mentor_person_new (void)
{
  return g_object_new (MENTOR_TYPE_PERSON, NULL);
}

MentorPerson *
mentor_person_copy (MentorPerson *self)
{
  MentorPerson *copy;

  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);

  copy = mentor_person_new ();
  copy->id = self->id;
  copy->archived = self->archived;
  mentor_record_set_string (&copy->name, self->name);
  mentor_record_set_string (&copy->email, self->email);
  mentor_record_set_string (&copy->title, self->title);
  mentor_record_set_string (&copy->organization, self->organization);
  mentor_record_set_string (&copy->department, self->department);
  copy->manager_id = self->manager_id;
  mentor_record_set_string (&copy->timezone, self->timezone);
  copy->capacity = self->capacity;
  mentor_record_set_strv (&copy->offers, (const char * const *) self->offers);
  mentor_record_set_strv (&copy->seeks, (const char * const *) self->seeks);

  return copy;
}

gint64
mentor_person_get_id (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), 0);
  return self->id;
}

void
mentor_person_set_id (MentorPerson *self,
                      gint64        id)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mentor_person_get_name (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->name;
}

void
mentor_person_set_name (MentorPerson *self,
                        const char   *name)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
mentor_person_get_email (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->email;
}

void
mentor_person_set_email (MentorPerson *self,
                         const char   *email)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
mentor_person_get_title (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->title;
}

void
mentor_person_set_title (MentorPerson *self,
                         const char   *title)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mentor_person_get_organization (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->organization;
}

void
mentor_person_set_organization (MentorPerson *self,
                                const char   *organization)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->organization, organization))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANIZATION]);
}

const char *
mentor_person_get_department (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->department;
}

void
mentor_person_set_department (MentorPerson *self,
                              const char   *department)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
}

gint64
mentor_person_get_manager_id (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), 0);
  return self->manager_id;
}

void
mentor_person_set_manager_id (MentorPerson *self,
                              gint64        manager_id)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));
  g_return_if_fail (manager_id >= 0);

  if (self->manager_id == manager_id)
    return;

  self->manager_id = manager_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANAGER_ID]);
}

const char *
mentor_person_get_timezone (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return self->timezone;
}

void
mentor_person_set_timezone (MentorPerson *self,
                            const char   *timezone)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_string (&self->timezone, timezone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEZONE]);
}

guint
mentor_person_get_capacity (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), 0);
  return self->capacity;
}

void
mentor_person_set_capacity (MentorPerson *self,
                            guint         capacity)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (self->capacity == capacity)
    return;

  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

gboolean
mentor_person_get_archived (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), FALSE);
  return self->archived;
}

void
mentor_person_set_archived (MentorPerson *self,
                            gboolean      archived)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  archived = !!archived;
  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

const char * const *
mentor_person_get_offers (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return (const char * const *) self->offers;
}

void
mentor_person_set_offers (MentorPerson       *self,
                          const char * const *offers)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_strv (&self->offers, offers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFERS]);
}

const char * const *
mentor_person_get_seeks (MentorPerson *self)
{
  g_return_val_if_fail (MENTOR_IS_PERSON (self), NULL);
  return (const char * const *) self->seeks;
}

void
mentor_person_set_seeks (MentorPerson       *self,
                         const char * const *seeks)
{
  g_return_if_fail (MENTOR_IS_PERSON (self));

  if (mentor_record_set_strv (&self->seeks, seeks))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEEKS]);
}
