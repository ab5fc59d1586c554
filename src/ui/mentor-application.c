/* mentor-application.c — the application: command line, store, settings, actions
 *
 * The application owns the one MentorStore and the GSettings, and hands both
 * to the window. Options that need no display (--version and the commands of
 * mentor-cli.c) are handled in handle-local-options, before GTK is started.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-application.h"
#include "mentor-cli.h"
#include "mentor-core.h"
#include "mentor-meeting-editor.h"
#include "mentor-meeting-text.h"
#include "mentor-preferences.h"
#include "mentor-reminders.h"
#include "mentor-window.h"

struct _MentorApplication
{
  AdwApplication  parent_instance;

  char           *database_path; /* NULL: the default data file */
  MentorStore    *store;
  GError         *open_error;    /* why the store could not be opened */
  GSettings      *settings;
  /* Notifications before check-ins while a store is open. */
  MentorReminders *reminders;
};

G_DEFINE_FINAL_TYPE (MentorApplication, mentor_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the data file at PATH instead of the default one"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version, then exit"), NULL },
  { NULL }
};

static char *
data_path (MentorApplication *self)
{
  if (self->database_path != NULL)
    return g_strdup (self->database_path);

  return mentor_store_default_path ();
}

static void
open_store (MentorApplication *self)
{
  g_autofree char *path = data_path (self);

  g_clear_object (&self->store);
  g_clear_error (&self->open_error);

  g_clear_object (&self->reminders);
  self->store = mentor_store_open (path, &self->open_error);
  if (self->store == NULL)
    g_debug ("Cannot open the data file: %s", self->open_error->message);
  else
    self->reminders = mentor_reminders_new (G_APPLICATION (self), self->store, self->settings);
}

static gboolean
can_restore (MentorApplication *self)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;

  if (!g_error_matches (self->open_error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CORRUPT))
    return FALSE;

  path = data_path (self);
  backup = mentor_store_latest_backup_for (path);

  return backup != NULL;
}

static GtkWindow *
new_window (MentorApplication *self)
{
  MentorWindow *window = mentor_window_new (GTK_APPLICATION (self), self->store, self->settings);

  if (self->store == NULL && self->open_error != NULL)
    mentor_window_show_store_error (window, self->open_error, can_restore (self));

  return GTK_WINDOW (window);
}

static void
apply_color_scheme (MentorApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *scheme = NULL;
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (self->settings == NULL)
    return;

  scheme = g_settings_get_string (self->settings, "color-scheme");
  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (style_manager, color_scheme);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  MentorApplication *self = user_data;
  GtkWidget *preferences = mentor_preferences_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* GtkShortcutsWindow 4.8 leaves its icon-only search button unnamed, so a
 * screen reader would say "GtkImage": give it a name and a tooltip. */
static void
name_shortcuts_search (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "edit-find-symbolic") == 0)
        {
          gtk_widget_set_tooltip_text (child, _("Search Shortcuts"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Shortcuts"),
                                          -1);
        }
      name_shortcuts_search (child);
    }
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkShortcutsWindow *overlay = NULL;

  if (GTK_IS_APPLICATION_WINDOW (window))
    overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  if (overlay != NULL && gtk_window_get_titlebar (GTK_WINDOW (overlay)) != NULL)
    name_shortcuts_search (gtk_window_get_titlebar (GTK_WINDOW (overlay)));

  /* GtkApplicationWindow loads gtk/help-overlay.ui from our resources. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      MENTOR_IS_WINDOW (source))
    {
      g_debug ("help:mentor: %s", error->message);
      /* Help is read with Yelp; without it, say so instead of nothing. */
      mentor_window_show_message (MENTOR_WINDOW (source),
                                  _("Help could not be opened: no help browser is installed "
                                    "(GNOME’s is called Help, or Yelp)."));
    }
}

static void
help_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window == NULL)
    return;
  gtk_show_uri_full (window, "help:mentor", GDK_CURRENT_TIME, NULL, help_shown_cb, NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  MentorApplication *self = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Mentor"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Mentor Developers"),
                        "copyright", _("© 2026 The Mentor Developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://example.com/mentor",
                        "issue-url", "",
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_autoptr(GList) windows = NULL;

  /* Closing (rather than quitting outright) lets each window remember its
   * size; the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  MentorApplication *self = user_data;
  GtkWindow *old_window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = data_path (self);
  g_autoptr(GError) error = NULL;

  if (!mentor_store_restore_latest_backup (path, &error))
    {
      if (MENTOR_IS_WINDOW (old_window))
        mentor_window_show_store_error (MENTOR_WINDOW (old_window), error, FALSE);
      return;
    }

  open_store (self);

  /* The new window first, so the application never runs out of windows. */
  gtk_window_present (new_window (self));
  if (old_window != NULL)
    gtk_window_destroy (old_window);
}

/* The meeting a reminder is about: the stored one (id), else the occurrence
 * of its series at recurrence_id, as the calendar computes it. */
static MentorMeeting *
find_meeting (MentorStore *store,
              gint64       id,
              gint64       series_id,
              const char  *recurrence_id)
{
  g_autofree char *to = NULL;
  g_autoptr(GListModel) around = NULL;

  if (id != 0)
    return mentor_store_get_meeting (store, id, NULL);

  if (series_id == 0 || recurrence_id == NULL || *recurrence_id == '\0')
    return NULL;

  to = mentor_instant_add_seconds (recurrence_id, 1);
  if (to == NULL)
    return NULL;

  around = mentor_store_list_calendar (store, 0, recurrence_id, to);
  for (guint i = 0; i < g_list_model_get_n_items (around); i++)
    {
      g_autoptr(MentorMeeting) meeting = g_list_model_get_item (around, i);

      if (mentor_meeting_get_series_id (meeting) == series_id)
        return g_steal_pointer (&meeting);
    }

  return NULL;
}

static void
open_meeting_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  MentorApplication *self = user_data;
  g_autoptr(MentorMeeting) meeting = NULL;
  const char *recurrence_id = NULL;
  gint64 id = 0;
  gint64 series_id = 0;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->store == NULL || window == NULL)
    return;

  g_variant_get (param, "(xx&s)", &id, &series_id, &recurrence_id);
  meeting = find_meeting (self->store, id, series_id, recurrence_id);

  /* Gone since the reminder (deleted or moved): the window is shown alone. */
  if (meeting != NULL)
    mentor_meeting_editor_present (GTK_WIDGET (window), self->store, meeting);
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "help", help_action },
  { "about", about_action },
  { "quit", quit_action },
  { "restore-backup", restore_backup_action },
  { "open-meeting", open_meeting_action, "(xxs)" },
};

static int
mentor_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  MentorApplication *self = MENTOR_APPLICATION (application);
  const char *database = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("Mentor %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && database != NULL)
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (database, NULL);
      /* Another file is another document: let two run side by side. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  {
    g_autofree char *path = data_path (self);
    int status = mentor_cli_run (path, options);

    if (status >= 0)
      return status;
  }

  return G_APPLICATION_CLASS (mentor_application_parent_class)->handle_local_options (application, options);
}

static void
mentor_application_startup (GApplication *application)
{
  MentorApplication *self = MENTOR_APPLICATION (application);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  static const char * const no_accels[] = { NULL };
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "app.help", { "F1", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (mentor_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  /* Without the compiled schema (a build tree run without
   * GSETTINGS_SCHEMA_DIR) the window still works; it just remembers nothing. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_signal_connect_object (self->settings, "changed::color-scheme",
                               G_CALLBACK (apply_color_scheme), self,
                               G_CONNECT_SWAPPED);
      apply_color_scheme (self);
    }
  else
    g_warning ("The settings schema %s is not installed; settings will not be kept", APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);
  /* app.shortcuts owns Ctrl+? so the same keys do not name two actions. */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                         "win.show-help-overlay", no_accels);
}

static void
mentor_application_activate (GApplication *application)
{
  MentorApplication *self = MENTOR_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      if (self->store == NULL)
        open_store (self);
      window = new_window (self);
    }

  gtk_window_present (window);
}

/* Opening .ics files (an invite attachment, "Open With Mentor"): the window
 * of the data file, and an import preview for each file. --database still
 * picks the file they go into. */
static void
mentor_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  GtkWindow *window;

  g_application_activate (application);
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (!MENTOR_IS_WINDOW (window))
    return;

  for (int i = 0; i < n_files; i++)
    mentor_window_import_ics (MENTOR_WINDOW (window), files[i]);
}

static void
mentor_application_shutdown (GApplication *application)
{
  MentorApplication *self = MENTOR_APPLICATION (application);

  G_APPLICATION_CLASS (mentor_application_parent_class)->shutdown (application);

  g_clear_object (&self->reminders);
  g_clear_object (&self->store);
}

static void
mentor_application_finalize (GObject *object)
{
  MentorApplication *self = MENTOR_APPLICATION (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->open_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (mentor_application_parent_class)->finalize (object);
}

static void
mentor_application_class_init (MentorApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mentor_application_finalize;

  app_class->handle_local_options = mentor_application_handle_local_options;
  app_class->startup = mentor_application_startup;
  app_class->activate = mentor_application_activate;
  app_class->open = mentor_application_open;
  app_class->shutdown = mentor_application_shutdown;
}

static void
mentor_application_init (MentorApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), mentor_cli_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Keep mentoring programs in one local file."));
}

MentorApplication *
mentor_application_new (void)
{
  return g_object_new (MENTOR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", "/com/example/Mentor",
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
