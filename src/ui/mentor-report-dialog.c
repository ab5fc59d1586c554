/* mentor-report-dialog.c — "Print Report…", "Export Report as PDF…" and
 * "Export as CSV…"
 *
 * The report itself is gathered, laid out and drawn by src/core
 * (mentor-report.h); this is the form around it. Gathering reads the store,
 * so it runs here on the main thread (it is a few queries); laying out and
 * writing a long PDF runs in a GTask thread with its own Pango context, while
 * the dialog shows it is busy. Printing lays out in begin-print, for the paper
 * the person picked in the print dialog, and draws each page in draw-page.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mentor-accessible.h"
#include "mentor-date-picker.h"
#include "mentor-report-dialog.h"

typedef enum {
  PERIOD_THIS_QUARTER,
  PERIOD_LAST_QUARTER,
  PERIOD_LAST_3_MONTHS,
  PERIOD_CUSTOM,
} Period;

typedef enum {
  SCOPE_ALL,
  SCOPE_ACTIVE,
  SCOPE_ONE,
} Scope;

struct _MentorReportDialog
{
  AdwWindow                 parent_instance;

  MentorStore              *store;
  gint64                    mentorship_id;
  MentorReportDialogAction  action;
  GCancellable             *cancellable;
  GtkFileChooserNative     *chooser;
  GtkPrintOperation        *operation;  /* the last one started, kept till the dialog goes */
  gboolean                  busy;

  /* template */
  AdwWindowTitle           *window_title;
  GtkWidget                *form;
  AdwComboRow              *period_row;
  AdwEntryRow              *from_row;
  AdwEntryRow              *to_row;
  AdwComboRow              *scope_row;
  GtkSwitch                *summaries_switch;
  GtkSwitch                *private_switch;
  GtkLabel                 *error_label;
  GtkSpinner               *spinner;
  GtkButton                *export_button;
  GtkButton                *print_button;
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorReportDialog, mentor_report_dialog, ADW_TYPE_WINDOW)

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
show_error (MentorReportDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The period the form names, or FALSE with a sentence in *error. */
static gboolean
read_options (MentorReportDialog  *self,
              MentorReportOptions *options,
              GError             **error)
{
  g_autofree char *today = mentor_today ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  Period period = adw_combo_row_get_selected (self->period_row);

  mentor_report_options_init (options, today);

  switch (period)
    {
    case PERIOD_THIS_QUARTER:
      mentor_report_period_dates (MENTOR_REPORT_THIS_QUARTER, today, &from, &to);
      break;
    case PERIOD_LAST_QUARTER:
      mentor_report_period_dates (MENTOR_REPORT_LAST_QUARTER, today, &from, &to);
      break;
    case PERIOD_LAST_3_MONTHS:
      mentor_report_period_dates (MENTOR_REPORT_LAST_3_MONTHS, today, &from, &to);
      break;
    case PERIOD_CUSTOM:
    default:
      from = dup_trimmed (GTK_EDITABLE (self->from_row));
      to = dup_trimmed (GTK_EDITABLE (self->to_row));
      break;
    }

  if (!mentor_report_options_set_period (options, from, to, error))
    return FALSE;

  switch ((Scope) adw_combo_row_get_selected (self->scope_row))
    {
    case SCOPE_ACTIVE:
      options->scope = MENTOR_REPORT_BY_STATUS;
      options->status = MENTOR_STATUS_ACTIVE;
      break;
    case SCOPE_ONE:
      options->scope = MENTOR_REPORT_ONE;
      options->mentorship_id = self->mentorship_id;
      break;
    case SCOPE_ALL:
    default:
      options->scope = MENTOR_REPORT_ALL;
      break;
    }

  options->include_summaries = gtk_switch_get_active (self->summaries_switch);
  options->include_private_notes = gtk_switch_get_active (self->private_switch);
  return TRUE;
}

static void
set_busy (MentorReportDialog *self,
          gboolean            busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (self->form, !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), !busy);
}

/* Shows the dates of the period, checks typed ones, and allows the buttons
 * only for a period that makes sense. */
static void
update_form (MentorReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  MentorReportOptions options;
  gboolean custom = adw_combo_row_get_selected (self->period_row) == PERIOD_CUSTOM;
  gboolean ok;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  /* The one mentorship's name needs the room; the others need the rule. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scope_row),
                               adw_combo_row_get_selected (self->scope_row) == SCOPE_ONE
                               ? "" : _("Those that ran during the period"));
  if (custom)
    {
      mentor_date_entry_check (GTK_EDITABLE (self->from_row));
      mentor_date_entry_check (GTK_EDITABLE (self->to_row));
    }

  ok = read_options (self, &options, &error);
  if (ok)
    {
      g_autofree char *from = mentor_date_to_label (options.from);
      g_autofree char *to = mentor_date_to_label (options.to);
      /* TRANSLATORS: the period of a report, first day – last day. */
      g_autofree char *period = g_strdup_printf (_("%s – %s"), from, to);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), period);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), "");

  /* A half-typed date is marked on its row, not yet an error to explain. */
  if (!ok && custom)
    {
      g_autofree char *from = dup_trimmed (GTK_EDITABLE (self->from_row));
      g_autofree char *to = dup_trimmed (GTK_EDITABLE (self->to_row));

      if (!mentor_date_is_valid (from) || !mentor_date_is_valid (to))
        g_clear_error (&error);
    }
  show_error (self, error != NULL ? error->message : NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), ok && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), ok && !self->busy);
}

static MentorReport *
gather_report (MentorReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  MentorReportOptions options;
  MentorReport *report;

  if (!read_options (self, &options, &error))
    {
      show_error (self, error->message);
      return NULL;
    }

  report = mentor_report_gather (self->store, &options, NULL, &error);
  if (report == NULL)
    show_error (self, error->message);
  return report;
}

static void
open_uri_cb (AdwToast   *toast,
             const char *uri)
{
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
free_uri (gpointer  data,
          GClosure *closure)
{
  g_free (data);
}

static AdwToast *
toast_with_open (const char *title,
                 const char *button,
                 GFile      *file)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_button_label (toast, button);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_uri_cb),
                         g_file_get_uri (file), free_uri, 0);
  return toast;
}

/* ---- Export as PDF -------------------------------------------------------- */

typedef struct {
  MentorReport *report;
  char         *path;
  double        width;
  double        height;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->report);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;

  /* The layout made in here has this thread's own Pango context; the
   * report is read only. */
  if (mentor_report_write_pdf (job->report, job->path, job->width, job->height,
                               NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  MentorReportDialog *self = MENTOR_REPORT_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Closed while saving: nothing to say to anyone. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_error (self, error->message);
      return;
    }

  file = g_file_new_for_path (job->path);
  toast = toast_with_open (_("Report saved"), C_("verb", "Open"), file);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  set_busy (self, FALSE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
export_to (MentorReportDialog *self,
           const char         *path)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  MentorReport *report;

  report = gather_report (self);
  if (report == NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->report = report;
  job->path = g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".PDF")
              ? g_strdup (path) : g_strconcat (path, ".pdf", NULL);
  mentor_report_default_page_size (&job->width, &job->height);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  show_error (self, NULL);

  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, export_to);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response_cb (MentorReportDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_error (self, _("Mentor can only save the report to a folder on this computer."));
      return;
    }
  export_to (self, path);
}

static void
export_clicked_cb (MentorReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  const char *documents;
  MentorReportOptions options;

  if (!read_options (self, &options, &error))
    {
      show_error (self, error->message);
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Export Report as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = mentor_report_suggest_file_name (options.from, options.to);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Print ---------------------------------------------------------------- */

typedef struct {
  MentorReport       *report;
  MentorReportLayout *layout;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->layout);
  g_clear_object (&job->report);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  /* The paper the person picked, in points (the operation's unit). */
  g_clear_object (&job->layout);
  if (width < 300 || height < 300)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  job->layout = mentor_report_layout_new (job->report, width, height);
  gtk_print_operation_set_n_pages (operation, mentor_report_layout_get_n_pages (job->layout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (job->layout != NULL && page >= 0 && (guint) page < mentor_report_layout_get_n_pages (job->layout))
    mentor_report_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), page);
}

static void
print_done_cb (MentorReportDialog      *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      {
        g_autofree char *escaped = g_markup_escape_text (_("Report sent to the printer"), -1);
        g_autoptr(AdwToast) toast = adw_toast_new (escaped);

        g_signal_emit (self, signals[ADD_TOAST], 0, toast);
        gtk_window_destroy (GTK_WINDOW (self));
      }
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      show_error (self, error != NULL ? error->message : _("The report could not be printed."));
      gtk_window_present (GTK_WINDOW (self));
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      /* Back to the report's options. */
      gtk_window_present (GTK_WINDOW (self));
      break;
    }
}

static void
print_clicked_cb (MentorReportDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  PrintJob *job;
  MentorReport *report;

  report = gather_report (self);
  if (report == NULL)
    return;

  job = g_new0 (PrintJob, 1);
  job->report = report;

  operation = gtk_print_operation_new ();
  /* Kept by the dialog, which outlives it (hidden while the print dialog is
   * up): whether or not "done" comes, the operation is released once. */
  g_clear_object (&self->operation);
  self->operation = operation;
  g_object_set_data_full (G_OBJECT (operation), "mentor-print-job", job, print_job_free);
  /* The layout works in points from the corner of the paper. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  {
    g_autofree char *name = mentor_report_suggest_file_name (mentor_report_get_options (report)->from,
                                                              mentor_report_get_options (report)->to);

    if (g_str_has_suffix (name, ".pdf"))
      name[strlen (name) - 4] = '\0';
    gtk_print_operation_set_job_name (operation, name);
  }

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);

  /* The print dialog takes the report dialog's place until it is done. */
  show_error (self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* A run that fails at once may come without "done". */
      show_error (self, error != NULL ? error->message : _("The report could not be printed."));
      gtk_window_present (GTK_WINDOW (self));
    }
}

/* ---- The window ------------------------------------------------------------ */

static gboolean
mentor_report_dialog_close_request (GtkWindow *window)
{
  MentorReportDialog *self = MENTOR_REPORT_DIALOG (window);

  /* Closing while a PDF is written stops it; the half-written file is
   * removed by the writer. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (mentor_report_dialog_parent_class)->close_request (window);
}

static void
mentor_report_dialog_dispose (GObject *object)
{
  MentorReportDialog *self = MENTOR_REPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_REPORT_DIALOG);

  G_OBJECT_CLASS (mentor_report_dialog_parent_class)->dispose (object);
}

static void
mentor_report_dialog_finalize (GObject *object)
{
  MentorReportDialog *self = MENTOR_REPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->operation);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mentor_report_dialog_parent_class)->finalize (object);
}

static void
mentor_report_dialog_class_init (MentorReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mentor_report_dialog_dispose;
  object_class->finalize = mentor_report_dialog_finalize;
  window_class->close_request = mentor_report_dialog_close_request;

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MENTOR_TYPE_DATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, form);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, summaries_switch);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, private_switch);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, MentorReportDialog, print_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mentor_report_dialog_init (MentorReportDialog *self)
{
  g_autofree char *today = mentor_today ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  /* Custom starts from the last three months, to be changed. */
  mentor_report_period_dates (MENTOR_REPORT_LAST_3_MONTHS, today, &from, &to);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
  adw_combo_row_set_selected (self->period_row, PERIOD_THIS_QUARTER);

  g_signal_connect_object (self->period_row, "notify::selected", G_CALLBACK (update_form),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scope_row, "notify::selected", G_CALLBACK (update_form),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_row, "changed", G_CALLBACK (update_form),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_row, "changed", G_CALLBACK (update_form),
                           self, G_CONNECT_SWAPPED);
}

MentorReportDialog *
mentor_report_dialog_new (GtkWindow                *parent,
                          MentorStore              *store,
                          gint64                    mentorship_id,
                          MentorReportDialogAction  action)
{
  MentorReportDialog *self;
  g_autoptr(GtkStringList) scopes = NULL;
  g_autoptr(MentorMentorship) mentorship = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (mentorship_id >= 0, NULL);

  self = g_object_new (MENTOR_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->action = action;

  scopes = gtk_string_list_new (NULL);
  gtk_string_list_append (scopes, _("All Mentorships"));
  gtk_string_list_append (scopes, _("Active Only"));
  if (mentorship_id > 0)
    mentorship = mentor_store_get_mentorship (store, mentorship_id, NULL);
  if (mentorship != NULL)
    {
      g_autofree char *title = mentor_mentorship_dup_title (mentorship);

      self->mentorship_id = mentorship_id;
      gtk_string_list_append (scopes, title);
    }
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  adw_combo_row_set_selected (self->scope_row, mentorship != NULL ? SCOPE_ONE : SCOPE_ALL);

  if (action == MENTOR_REPORT_DIALOG_EXPORT)
    {
      adw_window_title_set_title (self->window_title, _("Export Report"));
      gtk_window_set_title (GTK_WINDOW (self), _("Export Report"));
      gtk_widget_add_css_class (GTK_WIDGET (self->export_button), "suggested-action");
      gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->export_button));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _("Print Report"));
      gtk_window_set_title (GTK_WINDOW (self), _("Print Report"));
      gtk_widget_add_css_class (GTK_WIDGET (self->print_button), "suggested-action");
      gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->print_button));
    }

  update_form (self);
  return self;
}

/* ---- Export as CSV ----------------------------------------------------------- */

typedef struct {
  GWeakRef               parent;
  MentorStore           *store;
  MentorReportToastFunc  add_toast;
  gpointer               user_data;
} CsvExport;

static void
csv_export_free (CsvExport *csv)
{
  g_weak_ref_clear (&csv->parent);
  g_clear_object (&csv->store);
  g_free (csv);
}

static void
csv_chooser_response_cb (GtkFileChooserNative *chooser,
                         int                   response,
                         CsvExport            *csv)
{
  g_autoptr(GtkWindow) parent = g_weak_ref_get (&csv->parent);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (folder != NULL)
    path = g_file_get_path (folder);

  if (path != NULL && mentor_csv_export (csv->store, path, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (folder);
      /* TRANSLATORS: %s is the folder's name. */
      g_autofree char *title = g_strdup_printf (_("Exported as CSV to “%s”"), name);

      toast = toast_with_open (title, _("Open Folder"), folder);
    }
  else if (folder != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error != NULL ? error->message
                                                       : _("Mentor can only export to a folder on this computer."), -1);

      toast = adw_toast_new (escaped);
      adw_toast_set_timeout (toast, 8);
    }

  if (toast != NULL && parent != NULL)
    csv->add_toast (csv->user_data, toast);

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  csv_export_free (csv);
}

void
mentor_report_dialog_export_csv (GtkWindow             *parent,
                                 MentorStore           *store,
                                 MentorReportToastFunc  add_toast,
                                 gpointer               user_data)
{
  GtkFileChooserNative *chooser;
  CsvExport *csv;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (MENTOR_IS_STORE (store));
  g_return_if_fail (add_toast != NULL);

  csv = g_new0 (CsvExport, 1);
  g_weak_ref_init (&csv->parent, parent);
  csv->store = g_object_ref (store);
  csv->add_toast = add_toast;
  csv->user_data = user_data;

  chooser = gtk_file_chooser_native_new (_("Export as CSV"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (csv_chooser_response_cb), csv);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
