/* mentor-csv-row.c — one data row of a CSV import, and what will be done with it */
#include "config.h"

#include "mentor-csv-row-private.h"

struct _MentorCsvRow
{
  GObject          parent_instance;

  guint            number;
  MentorCsvAction  action;
  char            *label;
  char            *description;
  GPtrArray       *problems;     /* NULL-terminated, so pdata is a GStrv */
  gint64           record_id;
  GHashTable      *columns;
  GPtrArray       *cells;
};

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_ACTION,
  PROP_LABEL,
  PROP_DESCRIPTION,
  PROP_PROBLEMS,
  PROP_RECORD_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorCsvRow, mentor_csv_row, G_TYPE_OBJECT)

static void
mentor_csv_row_finalize (GObject *object)
{
  MentorCsvRow *self = (MentorCsvRow *) object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (mentor_csv_row_parent_class)->finalize (object);
}

static void
mentor_csv_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MentorCsvRow *self = MENTOR_CSV_ROW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_ACTION:
      g_value_set_uint (value, self->action);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_PROBLEMS:
      g_value_set_boxed (value, self->problems->pdata);
      break;
    case PROP_RECORD_ID:
      g_value_set_int64 (value, self->record_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_csv_row_class_init (MentorCsvRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mentor_csv_row_finalize;
  object_class->get_property = mentor_csv_row_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_ACTION] =
    g_param_spec_uint ("action", NULL, NULL, 0, MENTOR_N_CSV_ACTIONS - 1, 0, ro);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "", ro);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", ro);
  properties[PROP_PROBLEMS] =
    g_param_spec_boxed ("problems", NULL, NULL, G_TYPE_STRV, ro);
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", NULL, NULL, 0, G_MAXINT64, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_csv_row_init (MentorCsvRow *self)
{
  self->label = g_strdup ("");
  self->description = g_strdup ("");
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

MentorCsvRow *
mentor_csv_row_new (guint       number,
                    GHashTable *columns,
                    GPtrArray  *cells)
{
  MentorCsvRow *self = g_object_new (MENTOR_TYPE_CSV_ROW, NULL);

  self->number = number;
  self->columns = g_hash_table_ref (columns);
  self->cells = cells;

  return self;
}

static void
set_string (MentorCsvRow  *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  if (g_strcmp0 (*field, value != NULL ? value : "") == 0)
    return;

  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
mentor_csv_row_reset (MentorCsvRow *self)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));

  if (self->problems->len > 1)
    {
      g_ptr_array_set_size (self->problems, 0);
      g_ptr_array_add (self->problems, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
    }
  mentor_csv_row_set_action (self, MENTOR_CSV_ACTION_ADD);
  mentor_csv_row_set_record_id (self, 0);
  set_string (self, &self->description, "", PROP_DESCRIPTION);
}

void
mentor_csv_row_set_action (MentorCsvRow    *self,
                           MentorCsvAction  action)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));

  if (self->action == action)
    return;

  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

void
mentor_csv_row_set_label (MentorCsvRow *self,
                          const char   *label)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));

  set_string (self, &self->label, label, PROP_LABEL);
}

void
mentor_csv_row_set_description (MentorCsvRow *self,
                                const char   *description)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));

  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

static void
append_problem (MentorCsvRow *self,
                const char   *problem)
{
  /* Keep the array NULL-terminated: replace the NULL, then add it back. */
  g_ptr_array_index (self->problems, self->problems->len - 1) = g_strdup (problem);
  g_ptr_array_add (self->problems, NULL);
  if (self->problems->len == 2)
    set_string (self, &self->description, problem, PROP_DESCRIPTION);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

void
mentor_csv_row_add_problem (MentorCsvRow *self,
                            const char   *problem)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));
  g_return_if_fail (problem != NULL);

  /* A bad row's reasons replace a harmless one. */
  if (self->action == MENTOR_CSV_ACTION_SKIP)
    {
      g_ptr_array_set_size (self->problems, 0);
      g_ptr_array_add (self->problems, NULL);
    }

  append_problem (self, problem);
  mentor_csv_row_set_action (self, MENTOR_CSV_ACTION_BAD);
}

void
mentor_csv_row_skip (MentorCsvRow *self,
                     const char   *reason)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));
  g_return_if_fail (reason != NULL);

  if (self->action == MENTOR_CSV_ACTION_BAD)
    return;

  append_problem (self, reason);
  mentor_csv_row_set_action (self, MENTOR_CSV_ACTION_SKIP);
}

void
mentor_csv_row_set_record_id (MentorCsvRow *self,
                              gint64        id)
{
  g_return_if_fail (MENTOR_IS_CSV_ROW (self));

  if (self->record_id == id)
    return;

  self->record_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD_ID]);
}

gboolean
mentor_csv_row_is_bad (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), FALSE);

  return self->action == MENTOR_CSV_ACTION_BAD;
}

guint
mentor_csv_row_get_number (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), 0);

  return self->number;
}

MentorCsvAction
mentor_csv_row_get_action (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), MENTOR_CSV_ACTION_BAD);

  return self->action;
}

const char *
mentor_csv_row_get_label (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), NULL);

  return self->label;
}

const char *
mentor_csv_row_get_description (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), NULL);

  return self->description;
}

const char * const *
mentor_csv_row_get_problems (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), NULL);

  return (const char * const *) self->problems->pdata;
}

gint64
mentor_csv_row_get_record_id (MentorCsvRow *self)
{
  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), 0);

  return self->record_id;
}

const char *
mentor_csv_row_get_field (MentorCsvRow *self,
                          const char   *column)
{
  guint index;

  g_return_val_if_fail (MENTOR_IS_CSV_ROW (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, column));
  if (index == 0)
    return NULL;

  /* A short row has empty cells at its end. */
  if (index > self->cells->len)
    return "";

  return g_ptr_array_index (self->cells, index - 1);
}
