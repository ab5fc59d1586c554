/* mentor-window.c — the main window: the views of one data file
 *
 * The window shows the views (Mentorships, Calendar, Goals, People) of the
 * store it was given, or, when the data file could not be opened, a status
 * page saying why. Pages reach the window only through their "add-toast"
 * signal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-calendar-page.h"
#include "mentor-demo.h"
#include "mentor-goals-page.h"
#include "mentor-ics-export-chooser.h"
#include "mentor-ics-import-dialog.h"
#include "mentor-import-dialog.h"
#include "mentor-mentorship-row.h"
#include "mentor-mentorships-page.h"
#include "mentor-people-page.h"
#include "mentor-report-dialog.h"
#include "mentor-window.h"

struct _MentorWindow
{
  AdwApplicationWindow   parent_instance;

  MentorStore           *store;
  GSettings             *settings;

  /* template */
  AdwToastOverlay       *toast_overlay;
  AdwViewSwitcherTitle  *switcher_title;
  AdwViewSwitcherBar    *switcher_bar;
  GtkStack              *main_stack;
  AdwViewStack          *view_stack;
  MentorMentorshipsPage *mentorships_page;
  MentorCalendarPage    *calendar_page;
  MentorGoalsPage       *goals_page;
  MentorPeoplePage      *people_page;
  AdwStatusPage         *error_page;
  GtkWidget             *restore_button;

  /* The newest toast offering Undo while it shows: Ctrl+Z presses its button. */
  AdwToast              *undo_toast;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorWindow, mentor_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_actions (MentorWindow *self)
{
  gboolean have_store = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-mentorship", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-people", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-mentorships", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-mentorship-calendar", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-report", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-mentorship-report", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-csv", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-ics", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-mentorship-ics", have_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-ics", have_store);
  /* Sample data never goes into a file that already holds data. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sample-data",
                                 have_store && mentor_store_is_empty (self->store));
}

static void
show_view (MentorWindow *self,
           const char   *name)
{
  if (name != NULL && adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

static void
undo_toast_dismissed_cb (MentorWindow *self,
                         AdwToast     *toast)
{
  if (self->undo_toast == toast)
    g_clear_weak_pointer (&self->undo_toast);
}

static void
add_toast (MentorWindow *self,
           AdwToast     *toast)
{
  const char *button = adw_toast_get_button_label (toast);

  /* Every undoable change in the window announces itself with an Undo toast;
   * remembering the newest one is all Ctrl+Z needs. */
  if (button != NULL && g_str_equal (button, _("Undo")))
    {
      g_set_weak_pointer (&self->undo_toast, toast);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);
  g_autoptr(AdwToast) toast = NULL;

  if (self->undo_toast == NULL)
    return;

  /* The same as pressing the toast's button: its handler undoes, and the
   * toast goes away so the change cannot be undone twice. */
  toast = g_object_ref (self->undo_toast);
  g_clear_weak_pointer (&self->undo_toast);
  g_signal_emit_by_name (toast, "button-clicked");
  adw_toast_dismiss (toast);
}

static void
add_text_toast (MentorWindow *self,
                const char   *text)
{
  /* AdwToast 1.2 reads its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  /* Error sentences are long; give people time to read them. */
  adw_toast_set_timeout (toast, 8);
  add_toast (self, toast);
}

static void
store_changed_cb (MentorWindow *self,
                  guint         what,
                  MentorStore  *store)
{
  if (what & (MENTOR_CHANGE_PEOPLE | MENTOR_CHANGE_MENTORSHIPS))
    update_actions (self);
}

static void
add_toast_cb (MentorWindow *self,
              AdwToast     *toast,
              GtkWidget    *page)
{
  add_toast (self, toast);
}

/* A view gets the store when it is first shown: the Calendar, Goals and
 * People views each load thousands of records from a large program, which
 * more than doubled the time to the first frame (bench/bench-startup.c).
 * Once given, a view follows the store's changes as before. */
static void
load_view (MentorWindow *self,
           GtkWidget    *page)
{
  if (self->store == NULL)
    return;

  if (page == GTK_WIDGET (self->mentorships_page))
    mentor_mentorships_page_set_store (self->mentorships_page, self->store);
  else if (page == GTK_WIDGET (self->calendar_page))
    mentor_calendar_page_set_store (self->calendar_page, self->store);
  else if (page == GTK_WIDGET (self->goals_page))
    mentor_goals_page_set_store (self->goals_page, self->store);
  else if (page == GTK_WIDGET (self->people_page))
    mentor_people_page_set_store (self->people_page, self->store);
}

static void
visible_child_cb (MentorWindow *self)
{
  load_view (self, adw_view_stack_get_visible_child (self->view_stack));
}

static void
visible_child_name_cb (MentorWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->settings != NULL && self->store != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-view", name);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (page == GTK_WIDGET (self->people_page))
    mentor_people_page_start_search (self->people_page);
  else if (page == GTK_WIDGET (self->mentorships_page))
    mentor_mentorships_page_start_search (self->mentorships_page);
  else if (page == GTK_WIDGET (self->goals_page))
    mentor_goals_page_start_search (self->goals_page);
}

static void
new_mentorship_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  show_view (self, "mentorships");
  mentor_mentorships_page_new_mentorship (self->mentorships_page);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  show_view (self, "people");
  mentor_people_page_add_person (self->people_page);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  /* The preview asks for the file itself, and shows its result as a toast. */
  dialog = mentor_import_dialog_new (self->store,
                                     g_str_equal (action_name, "win.import-mentorships")
                                     ? MENTOR_CSV_MENTORSHIPS
                                     : MENTOR_CSV_PEOPLE);
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  mentor_import_dialog_choose_file (MENTOR_IMPORT_DIALOG (dialog));
}

static void
sample_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (self->store == NULL)
    return;

  if (!mentor_demo_fill (self->store, &summary, &error))
    add_text_toast (self, error->message);
  else
    add_text_toast (self, summary != NULL ? summary : _("Sample program added"));

  update_actions (self);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  show_view (MENTOR_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
show_mentorship_calendar_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  load_view (self, GTK_WIDGET (self->calendar_page));
  mentor_calendar_page_show_mentorship (self->calendar_page, g_variant_get_int64 (param));
  show_view (self, "calendar");
}

/* Reports: the dialog and the CSV export live in mentor-report-dialog.c. */
static void
report_toast_cb (gpointer  user_data,
                 AdwToast *toast)
{
  add_toast (MENTOR_WINDOW (user_data), toast);
}

static void
open_report_dialog (MentorWindow             *self,
                    gint64                    mentorship_id,
                    MentorReportDialogAction  action)
{
  MentorReportDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = mentor_report_dialog_new (GTK_WINDOW (self), self->store, mentorship_id, action);
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  if (g_str_equal (action_name, "win.export-csv"))
    {
      if (self->store != NULL)
        mentor_report_dialog_export_csv (GTK_WINDOW (self), self->store, report_toast_cb, self);
      return;
    }

  open_report_dialog (self, param != NULL ? g_variant_get_int64 (param) : 0,
                      g_str_equal (action_name, "win.export-report") ? MENTOR_REPORT_DIALOG_EXPORT
                                                                      : MENTOR_REPORT_DIALOG_PRINT);
}

/* iCalendar: export through mentor-ics-export-chooser.c, import through
 * the preview of mentor-ics-import-dialog.c. */
static void
ics_export_done_cb (GObject    *window,
                    const char *message)
{
  add_text_toast (MENTOR_WINDOW (window), message);
}

static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  if (self->store != NULL)
    mentor_ics_export_choose (GTK_WINDOW (self), self->store, self->settings,
                              param != NULL ? g_variant_get_int64 (param) : 0,
                              ics_export_done_cb, G_OBJECT (self));
}

static MentorIcsImportDialog *
new_ics_import_dialog (MentorWindow *self)
{
  GtkWidget *dialog = mentor_ics_import_dialog_new (self->store);

  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  return MENTOR_ICS_IMPORT_DIALOG (dialog);
}

static void
import_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MentorWindow *self = MENTOR_WINDOW (widget);

  if (self->store != NULL)
    mentor_ics_import_dialog_choose_file (new_ics_import_dialog (self));
}

static gboolean
mentor_window_close_request (GtkWindow *window)
{
  MentorWindow *self = MENTOR_WINDOW (window);

  if (self->settings != NULL)
    {
      int width = 0;
      int height = 0;

      /* The default size follows the window while it is not maximized, so it
       * is the size to come back to. */
      gtk_window_get_default_size (window, &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (mentor_window_parent_class)->close_request (window);
}

/* The start-up benchmark (bench/bench-startup.c), and nothing else, sets
 * MENTOR_BENCH_FIRST_FRAME: the first frame painted with a Mentorships row
 * on screen prints its CLOCK_MONOTONIC time in µs on stdout, then the
 * application quits. Without the variable none of this is connected. */
static gboolean
bench_row_mapped (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (MENTOR_IS_MENTORSHIP_ROW (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (bench_row_mapped (child))
      return TRUE;

  return FALSE;
}

static void
bench_after_paint_cb (MentorWindow  *self,
                      GdkFrameClock *clock)
{
  if (!bench_row_mapped (GTK_WIDGET (self->mentorships_page)))
    return;

  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
bench_map_cb (MentorWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), self, G_CONNECT_SWAPPED);
}

static void
mentor_window_constructed (GObject *object)
{
  MentorWindow *self = MENTOR_WINDOW (object);

  G_OBJECT_CLASS (mentor_window_parent_class)->constructed (object);

  if (g_getenv ("MENTOR_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "map", G_CALLBACK (bench_map_cb), NULL);

  if (self->settings != NULL)
    {
      g_autofree char *last_view = g_settings_get_string (self->settings, "last-view");

      gtk_window_set_default_size (GTK_WINDOW (self),
                                   MAX (360, g_settings_get_int (self->settings, "window-width")),
                                   MAX (294, g_settings_get_int (self->settings, "window-height")));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));

      show_view (self, last_view);
    }

  /* Before a view shows, it has its store. */
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (visible_child_cb), self,
                           G_CONNECT_SWAPPED);
  visible_child_cb (self);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "changed",
                               G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_stack_set_visible_child_name (self->main_stack, "views");
    }
  else
    {
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
    }

  /* Connected after the last view was restored, so restoring saves nothing. */
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_child_name_cb), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
}

static void
mentor_window_dispose (GObject *object)
{
  MentorWindow *self = MENTOR_WINDOW (object);

  g_clear_weak_pointer (&self->undo_toast);

  /* libadwaita 1.2 switchers outliving their stack unparent dead buttons;
   * let go of the stack first. */
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_WINDOW);

  G_OBJECT_CLASS (mentor_window_parent_class)->dispose (object);
}

static void
mentor_window_finalize (GObject *object)
{
  MentorWindow *self = MENTOR_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mentor_window_parent_class)->finalize (object);
}

static void
mentor_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MentorWindow *self = MENTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MentorWindow *self = MENTOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_SETTINGS:
      g_set_object (&self->settings, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_window_class_init (MentorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mentor_window_constructed;
  object_class->dispose = mentor_window_dispose;
  object_class->finalize = mentor_window_finalize;
  object_class->get_property = mentor_window_get_property;
  object_class->set_property = mentor_window_set_property;

  window_class->close_request = mentor_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MENTOR_TYPE_MENTORSHIPS_PAGE);
  g_type_ensure (MENTOR_TYPE_CALENDAR_PAGE);
  g_type_ensure (MENTOR_TYPE_PEOPLE_PAGE);
  g_type_ensure (MENTOR_TYPE_GOALS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, mentorships_page);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, people_page);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, goals_page);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MentorWindow, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, add_toast_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-mentorship", NULL, new_mentorship_action);
  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.sample-data", NULL, sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.import-people", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-mentorships", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-mentorship-calendar", "x",
                                   show_mentorship_calendar_action);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.print-mentorship-report", "x", report_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", NULL, export_ics_action);
  gtk_widget_class_install_action (widget_class, "win.export-mentorship-ics", "x", export_ics_action);
  gtk_widget_class_install_action (widget_class, "win.import-ics", NULL, import_ics_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-mentorship", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-ics", NULL);
  /* A focused text field keeps Ctrl+Z for its own typing: bindings of the
   * window run after the focus widget's. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  /* In the order of the view switcher. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", "mentorships");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", "goals");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-view", "s", "people");
}

static void
mentor_window_init (MentorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
mentor_window_show_message (MentorWindow *self,
                            const char   *text)
{
  g_return_if_fail (MENTOR_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  add_text_toast (self, text);
}

MentorWindow *
mentor_window_new (GtkApplication *application,
                   MentorStore    *store,
                   GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (MENTOR_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

MentorStore *
mentor_window_get_store (MentorWindow *self)
{
  g_return_val_if_fail (MENTOR_IS_WINDOW (self), NULL);

  return self->store;
}

void
mentor_window_show_store_error (MentorWindow *self,
                                const GError *error,
                                gboolean      can_restore)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (MENTOR_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  /* The description is markup; a path may hold "&" or "<". */
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_widget_set_visible (self->restore_button, can_restore);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

void
mentor_window_import_ics (MentorWindow *self,
                          GFile        *file)
{
  MentorIcsImportDialog *dialog;

  g_return_if_fail (MENTOR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;

  dialog = new_ics_import_dialog (self);
  gtk_window_present (GTK_WINDOW (dialog));
  mentor_ics_import_dialog_open_file (dialog, file);
}
