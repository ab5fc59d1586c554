/* mentor-preferences.c — the preferences window
 *
 * The rows are bound to GSettings; the application applies the settings, so
 * this window only edits them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-preferences.h"

struct _MentorPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* template */
  AdwComboRow          *style_row;
  AdwComboRow          *reminder_row;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorPreferences, mentor_preferences, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of "Style", in order, as the words the "color-scheme" key takes. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_selected (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_strcmp0 (scheme, color_schemes[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
selected_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[selected]);
}

/* The rows of "Remind Before Check-ins", in order, as minutes (0: off). */
static const int reminder_minutes[] = { 0, 5, 10, 15, 30, 60 };

static gboolean
minutes_to_selected (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  int minutes = g_variant_get_int32 (variant);
  guint best = 0;

  /* A value set elsewhere shows as the nearest choice. */
  for (guint i = 1; i < G_N_ELEMENTS (reminder_minutes); i++)
    if (ABS (reminder_minutes[i] - minutes) < ABS (reminder_minutes[best] - minutes))
      best = i;

  g_value_set_uint (value, best);
  return TRUE;
}

static GVariant *
selected_to_minutes (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (reminder_minutes))
    return NULL;

  return g_variant_new_int32 (reminder_minutes[selected]);
}

static void
mentor_preferences_constructed (GObject *object)
{
  MentorPreferences *self = MENTOR_PREFERENCES (object);

  G_OBJECT_CLASS (mentor_preferences_parent_class)->constructed (object);

  if (self->settings != NULL)
    g_settings_bind_with_mapping (self->settings, "color-scheme",
                                  self->style_row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  color_scheme_to_selected,
                                  selected_to_color_scheme,
                                  NULL, NULL);

  if (self->settings != NULL)
    g_settings_bind_with_mapping (self->settings, "reminder-minutes",
                                  self->reminder_row, "selected",
                                  G_SETTINGS_BIND_DEFAULT,
                                  minutes_to_selected,
                                  selected_to_minutes,
                                  NULL, NULL);
}

static void
mentor_preferences_dispose (GObject *object)
{
  MentorPreferences *self = MENTOR_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mentor_preferences_parent_class)->dispose (object);
}

static void
mentor_preferences_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MentorPreferences *self = MENTOR_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_preferences_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MentorPreferences *self = MENTOR_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_preferences_class_init (MentorPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_preferences_constructed;
  object_class->dispose = mentor_preferences_dispose;
  object_class->get_property = mentor_preferences_get_property;
  object_class->set_property = mentor_preferences_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorPreferences, style_row);
  gtk_widget_class_bind_template_child (widget_class, MentorPreferences, reminder_row);
}

static void
mentor_preferences_init (MentorPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));
}

GtkWidget *
mentor_preferences_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (MENTOR_TYPE_PREFERENCES,
                       "settings", settings,
                       NULL);
}
