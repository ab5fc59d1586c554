/* mentor-ics-item.c — one event of a file being imported, as the preview shows it */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-ics-item.h"
#include "mentor-ics-parsed.h"
#include "mentor-records-private.h"

struct _MentorIcsItem
{
  GObject            parent_instance;

  guint              index;
  char              *title;
  char              *when;
  MentorIcsItemKind  kind;
  MentorIcsAction    action;
  gint64             mentorship_id;
  char              *mentorship_title;
  gboolean           can_choose;
  gboolean           matched;
  char              *people;
  char              *problem;
  char              *note;
  guint              line;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_WHEN,
  PROP_KIND,
  PROP_ACTION,
  PROP_MENTORSHIP_ID,
  PROP_MENTORSHIP_TITLE,
  PROP_CAN_CHOOSE,
  PROP_MATCHED,
  PROP_PEOPLE,
  PROP_PROBLEM,
  PROP_NOTE,
  PROP_LINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorIcsItem, mentor_ics_item, G_TYPE_OBJECT)

static void
mentor_ics_item_finalize (GObject *object)
{
  MentorIcsItem *self = MENTOR_ICS_ITEM (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->when, g_free);
  g_clear_pointer (&self->mentorship_title, g_free);
  g_clear_pointer (&self->people, g_free);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (mentor_ics_item_parent_class)->finalize (object);
}

static void
mentor_ics_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MentorIcsItem *self = MENTOR_ICS_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_WHEN:
      g_value_set_string (value, self->when);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_ACTION:
      g_value_set_uint (value, self->action);
      break;
    case PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;
    case PROP_MENTORSHIP_TITLE:
      g_value_set_string (value, self->mentorship_title);
      break;
    case PROP_CAN_CHOOSE:
      g_value_set_boolean (value, self->can_choose);
      break;
    case PROP_MATCHED:
      g_value_set_boolean (value, self->matched);
      break;
    case PROP_PEOPLE:
      g_value_set_string (value, self->people);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_ics_item_class_init (MentorIcsItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_ics_item_finalize;
  object_class->get_property = mentor_ics_item_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", ro);
  properties[PROP_WHEN] = g_param_spec_string ("when", NULL, NULL, "", ro);
  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, MENTOR_ICS_ITEM_OCCURRENCE, 0, ro);
  properties[PROP_ACTION] = g_param_spec_uint ("action", NULL, NULL, 0, MENTOR_ICS_N_ACTIONS - 1, 0, ro);
  properties[PROP_MENTORSHIP_ID] = g_param_spec_int64 ("mentorship-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_MENTORSHIP_TITLE] = g_param_spec_string ("mentorship-title", NULL, NULL, "", ro);
  properties[PROP_CAN_CHOOSE] = g_param_spec_boolean ("can-choose", NULL, NULL, FALSE, ro);
  properties[PROP_MATCHED] = g_param_spec_boolean ("matched", NULL, NULL, FALSE, ro);
  properties[PROP_PEOPLE] = g_param_spec_string ("people", NULL, NULL, "", ro);
  properties[PROP_PROBLEM] = g_param_spec_string ("problem", NULL, NULL, NULL, ro);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, ro);
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_ics_item_init (MentorIcsItem *self)
{
  self->title = g_strdup ("");
  self->when = g_strdup ("");
  self->mentorship_title = g_strdup ("");
  self->people = g_strdup ("");
}

/* ---- For the plan (mentor-ics-parsed.h) ------------------------------------ */

MentorIcsItem *
mentor_ics_item_new (guint              index,
                     MentorIcsItemKind  kind,
                     const char        *title,
                     const char        *when,
                     const char        *people,
                     guint              line)
{
  MentorIcsItem *self = g_object_new (MENTOR_TYPE_ICS_ITEM, NULL);

  self->index = index;
  self->kind = kind;
  mentor_record_set_string (&self->title, title);
  mentor_record_set_string (&self->when, when);
  mentor_record_set_string (&self->people, people);
  self->line = line;

  return self;
}

guint
mentor_ics_item_get_index (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), 0);
  return self->index;
}

void
mentor_ics_item_set_action (MentorIcsItem   *self,
                            MentorIcsAction  action)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));

  if (self->action == action)
    return;
  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

void
mentor_ics_item_set_mentorship (MentorIcsItem *self,
                                gint64         id,
                                const char    *title,
                                gboolean       matched)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->mentorship_id != id)
    {
      self->mentorship_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_ID]);
    }
  if (mentor_record_set_string (&self->mentorship_title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_TITLE]);
  if (self->matched != matched)
    {
      self->matched = matched;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCHED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
mentor_ics_item_set_when (MentorIcsItem *self,
                          const char    *when)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));

  if (mentor_record_set_string (&self->when, when))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHEN]);
}

void
mentor_ics_item_set_can_choose (MentorIcsItem *self,
                                gboolean       can_choose)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));

  if (self->can_choose == can_choose)
    return;
  self->can_choose = can_choose;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_CHOOSE]);
}

static void
set_optional (MentorIcsItem  *self,
              char          **field,
              const char     *text,
              guint           prop)
{
  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
mentor_ics_item_set_problem (MentorIcsItem *self,
                             const char    *problem)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));
  set_optional (self, &self->problem, problem, PROP_PROBLEM);
}

void
mentor_ics_item_set_note (MentorIcsItem *self,
                          const char    *note)
{
  g_return_if_fail (MENTOR_IS_ICS_ITEM (self));
  set_optional (self, &self->note, note, PROP_NOTE);
}

/* ---- Public API ------------------------------------------------------------ */

const char *
mentor_ics_action_to_label (MentorIcsAction action)
{
  switch (action)
    {
    case MENTOR_ICS_ACTION_NEW:
      /* TRANSLATORS: what importing does with an event: it is added */
      return C_("import action", "New");
    case MENTOR_ICS_ACTION_UPDATE:
      /* TRANSLATORS: what importing does with an event: Mentor's copy is updated */
      return C_("import action", "Update");
    case MENTOR_ICS_ACTION_UNCHANGED:
      /* TRANSLATORS: what importing does with an event: nothing, Mentor has it */
      return C_("import action", "Unchanged");
    case MENTOR_ICS_ACTION_CANCEL:
      /* TRANSLATORS: what importing does with an event: it is marked cancelled */
      return C_("import action", "Cancel");
    case MENTOR_ICS_ACTION_SKIP:
    case MENTOR_ICS_N_ACTIONS:
    default:
      /* TRANSLATORS: what importing does with an event: it is left out */
      return C_("import action", "Left Out");
    }
}

const char *
mentor_ics_item_get_title (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->title;
}

const char *
mentor_ics_item_get_when (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->when;
}

MentorIcsItemKind
mentor_ics_item_get_kind (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), MENTOR_ICS_ITEM_MEETING);
  return self->kind;
}

MentorIcsAction
mentor_ics_item_get_action (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), MENTOR_ICS_ACTION_SKIP);
  return self->action;
}

gint64
mentor_ics_item_get_mentorship_id (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), 0);
  return self->mentorship_id;
}

const char *
mentor_ics_item_get_mentorship_title (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->mentorship_title;
}

gboolean
mentor_ics_item_get_can_choose (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), FALSE);
  return self->can_choose;
}

gboolean
mentor_ics_item_get_matched (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), FALSE);
  return self->matched;
}

const char *
mentor_ics_item_get_people (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->people;
}

const char *
mentor_ics_item_get_problem (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->problem;
}

const char *
mentor_ics_item_get_note (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), NULL);
  return self->note;
}

guint
mentor_ics_item_get_line (MentorIcsItem *self)
{
  g_return_val_if_fail (MENTOR_IS_ICS_ITEM (self), 0);
  return self->line;
}
