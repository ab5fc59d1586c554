/* mentor-import-dialog.c — the preview of a CSV import, before anything is
 * written
 *
 * A MentorStore is not safe to share with a thread (it keeps its prepared
 * statements in a table of its own), so the preview is read in a GTask on a
 * second connection to the same file, opened by that thread. The bytes read
 * are kept: Import checks exactly those bytes again on the window's store
 * (the data may have changed meanwhile) and writes them through it in one
 * transaction, so that the views refresh from its "changed" signal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-import-dialog.h"
#include "mentor-matching-text.h"

struct _MentorImportDialog
{
  AdwWindow           parent_instance;

  MentorStore        *store;
  MentorCsvKind       kind;
  GFile              *file;
  GBytes             *bytes;    /* what the preview was read from */
  MentorCsvImport    *preview;  /* read on a connection of its own */
  GCancellable       *cancellable;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  guint               import_source;

  /* template */
  AdwWindowTitle     *window_title;
  GtkWidget          *import_button;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  GtkStack           *stack;
  GtkSpinner         *spinner;
  GtkLabel           *busy_label;
  AdwStatusPage      *failed_page;
  GtkWidget          *add_figure;
  GtkLabel           *add_count;
  GtkWidget          *update_figure;
  GtkLabel           *update_count;
  GtkWidget          *problem_figure;
  GtkLabel           *problem_count;
  GtkWidget          *problem_icon;
  GtkLabel           *other_label;
  GtkLabel           *notes_label;
  GtkWidget          *problems_box;
  GtkLabel           *problems_hint;
  GtkToggleButton    *problems_only_button;
  GtkListView        *rows_view;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorImportDialog, mentor_import_dialog, ADW_TYPE_WINDOW)

/* ---- Reading, off the main thread ---------------------------------------- */

typedef struct
{
  char          *db_path;
  GFile         *file;
  MentorCsvKind  kind;
} ReadJob;

typedef struct
{
  GBytes          *bytes;
  MentorCsvImport *preview;
} ReadResult;

static void
read_job_free (gpointer data)
{
  ReadJob *job = data;

  g_free (job->db_path);
  g_clear_object (&job->file);
  g_free (job);
}

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_clear_pointer (&result->bytes, g_bytes_unref);
  g_clear_object (&result->preview);
  g_free (result);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ReadResult *result;

  store = mentor_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* A folder, a file too big to read or one that cannot be read at all:
   * the import says so in its own words, without loading a huge file. */
  info = g_file_query_info (job->file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL &&
      g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) <= MENTOR_CSV_MAX_BYTES)
    bytes = g_file_load_bytes (job->file, cancellable, NULL, NULL);

  if (bytes == NULL)
    {
      g_autoptr(MentorCsvImport) refused = mentor_csv_import_read_file (store, job->kind, job->file, &error);

      if (refused == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, MENTOR_CSV_ERROR, MENTOR_CSV_ERROR_READ,
                                 "%s", _("The file could not be read."));
      return;
    }

  result = g_new0 (ReadResult, 1);
  result->bytes = g_steal_pointer (&bytes);
  result->preview = mentor_csv_import_read_bytes (store, job->kind, result->bytes, &error);
  if (result->preview == NULL)
    {
      read_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, read_result_free);
}

/* ---- Showing the preview ------------------------------------------------- */

static void
show_error (MentorImportDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
show_busy (MentorImportDialog *self,
           const char         *text)
{
  gtk_label_set_text (self->busy_label, text);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
}

static void
set_figure (GtkWidget  *figure,
            GtkLabel   *count_label,
            guint       count,
            const char *words)
{
  g_autofree char *number = g_strdup_printf ("%u", count);
  g_autofree char *name = g_strdup_printf ("%u %s", count, words);

  gtk_label_set_text (count_label, number);
  /* One name for the figure, so a screen reader says "8 with problems". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (figure),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
show_preview (MentorImportDialog *self)
{
  MentorCsvImport *preview = self->preview;
  guint n_add = mentor_csv_import_count (preview, MENTOR_CSV_ACTION_ADD);
  guint n_update = mentor_csv_import_count (preview, MENTOR_CSV_ACTION_UPDATE);
  guint n_bad = mentor_csv_import_count (preview, MENTOR_CSV_ACTION_BAD);
  guint n_same = mentor_csv_import_count (preview, MENTOR_CSV_ACTION_UNCHANGED);
  guint n_skip = mentor_csv_import_count (preview, MENTOR_CSV_ACTION_SKIP);
  guint n_write = n_add + n_update;
  const char * const *notes = mentor_csv_import_get_notes (preview);
  g_autofree char *other = mentor_csv_dup_other_counts (n_same, n_skip);
  g_autofree char *label = mentor_csv_dup_import_label (self->kind, n_write);

  set_figure (self->add_figure, self->add_count, n_add, _("to add"));
  set_figure (self->update_figure, self->update_count, n_update, _("to update"));
  set_figure (self->problem_figure, self->problem_count, n_bad, _("with problems"));
  gtk_widget_set_visible (self->problem_icon, n_bad > 0);
  if (n_bad > 0)
    gtk_widget_add_css_class (self->problem_figure, "error");
  else
    gtk_widget_remove_css_class (self->problem_figure, "error");

  gtk_label_set_text (self->other_label, other != NULL ? other : "");
  gtk_widget_set_visible (GTK_WIDGET (self->other_label), other != NULL);

  if (notes != NULL && notes[0] != NULL)
    {
      g_autofree char *text = g_strjoinv ("\n", (char **) notes);

      gtk_label_set_text (self->notes_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes != NULL && notes[0] != NULL);

  gtk_widget_set_visible (self->problems_box, n_bad > 0);
  if (n_bad > 0 && n_write > 0)
    gtk_label_set_text (self->problems_hint,
                        _("Rows with problems are left out. Fix them in the file and import it again to add them."));
  else if (n_bad > 0)
    gtk_label_set_text (self->problems_hint,
                        _("Every row has a problem or is already in Mentor. Fix the file and open it again."));

  gtk_button_set_label (GTK_BUTTON (self->import_button), label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", n_write > 0);

  gtk_filter_list_model_set_model (self->filtered, mentor_csv_import_get_rows (preview));

  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = NULL;
  ReadResult *result;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (result == NULL)
    {
      /* Cancelled: the window is closing, and its widgets may be gone. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The description is markup; a file name may hold "&". */
      markup = g_markup_escape_text (error->message, -1);
      gtk_spinner_stop (self->spinner);
      adw_status_page_set_description (self->failed_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      gtk_button_set_label (GTK_BUTTON (self->import_button), C_("import button", "Import"));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
      return;
    }

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->preview);
  self->bytes = g_steal_pointer (&result->bytes);
  self->preview = g_steal_pointer (&result->preview);
  read_result_free (result);

  show_preview (self);
}

static void
start_reading (MentorImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *busy = NULL;
  ReadJob *job;

  adw_window_title_set_subtitle (self->window_title, name);

  /* TRANSLATORS: while a CSV file is read; %s is its name */
  busy = g_strdup_printf (_("Reading “%s”…"), name);
  show_busy (self, busy);

  job = g_new0 (ReadJob, 1);
  job->db_path = g_strdup (mentor_store_get_path (self->store));
  job->file = g_object_ref (self->file);
  job->kind = self->kind;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_source_tag (task, start_reading);
  g_task_set_task_data (task, job, read_job_free);
  /* Closing the window does not wait for a big file. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, read_thread);
}

/* ---- The rows ------------------------------------------------------------ */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  MentorImportDialog *self = user_data;

  if (!gtk_toggle_button_get_active (self->problems_only_button))
    return TRUE;

  return mentor_csv_row_get_action (MENTOR_CSV_ROW (item)) == MENTOR_CSV_ACTION_BAD;
}

static void
problems_only_toggled_cb (MentorImportDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter),
                      gtk_toggle_button_get_active (self->problems_only_button)
                      ? GTK_FILTER_CHANGE_MORE_STRICT
                      : GTK_FILTER_CHANGE_LESS_STRICT);
}

static GtkWidget *
row_label_new (const char *style_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              MentorImportDialog       *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = row_label_new ("heading");
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *detail = row_label_new (NULL);
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *word = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "mentor-import-row");

  /* Wide enough for "Row 9999" in the small type, so the names line up in
   * any file a person would check row by row. */
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_width_chars (GTK_LABEL (number), 8);
  gtk_widget_add_css_class (number, "caption");
  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "mentor-import-number");

  /* An address does not wrap well: it is cut in the middle instead. */
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (subtitle, "dim-label");

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (texts), detail);

  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "mentor-import-badge");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), word);

  gtk_box_append (GTK_BOX (row), number);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), badge);

  g_object_set_data (G_OBJECT (row), "number", number);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "detail", detail);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "word", word);

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MentorImportDialog       *self)
{
  MentorCsvRow *csv_row = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "badge");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  GtkWidget *detail = g_object_get_data (G_OBJECT (row), "detail");
  GtkWidget *list_item_widget = gtk_widget_get_parent (row);
  MentorCsvAction action = mentor_csv_row_get_action (csv_row);
  const char *old_class = g_object_get_data (G_OBJECT (badge), "style-class");
  const char *style_class = mentor_csv_action_class (action);
  g_autofree char *number = mentor_csv_row_dup_number_text (csv_row);
  g_autofree char *title = mentor_csv_row_dup_title (csv_row, self->kind);
  g_autofree char *subtitle_text = mentor_csv_row_dup_subtitle (csv_row, self->kind);
  g_autofree char *detail_text = mentor_csv_row_dup_detail (csv_row, self->kind);
  g_autofree char *a11y_name = mentor_csv_row_dup_a11y_name (csv_row, self->kind);

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "number"), number);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "title"), title);
  gtk_label_set_text (GTK_LABEL (subtitle), subtitle_text != NULL ? subtitle_text : "");
  gtk_widget_set_visible (subtitle, subtitle_text != NULL);
  gtk_label_set_text (GTK_LABEL (detail), detail_text != NULL ? detail_text : "");
  gtk_widget_set_visible (detail, detail_text != NULL);

  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "icon"),
                                mentor_csv_action_icon (action));
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "word"),
                      mentor_csv_action_word (action));
  if (old_class != NULL)
    gtk_widget_remove_css_class (badge, old_class);
  gtk_widget_add_css_class (badge, style_class);
  g_object_set_data (G_OBJECT (badge), "style-class", (gpointer) style_class);

  if (action == MENTOR_CSV_ACTION_BAD)
    gtk_widget_add_css_class (row, "problem");
  else
    gtk_widget_remove_css_class (row, "problem");

  /* GTK 4.8 has no GtkListItem:accessible-label; the row a screen reader
   * lands on is the list's item widget, our parent. */
  if (list_item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                    -1);
}

/* ---- Importing ----------------------------------------------------------- */

static gboolean
import_now_cb (gpointer data)
{
  MentorImportDialog *self = data;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;

  self->import_source = 0;

  /* The same bytes as the preview, checked against the data as it is now,
   * written through the window's store so every view hears of it. */
  plan = mentor_csv_import_read_bytes (self->store, self->kind, self->bytes, &error);
  if (plan == NULL || !mentor_csv_import_apply (plan, TRUE, &summary, &error))
    {
      show_error (self, error->message);
      show_preview (self);
      return G_SOURCE_REMOVE;
    }

  escaped = g_markup_escape_text (summary != NULL ? summary : _("Imported"), -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  /* The result of this import, not one queued behind an older toast. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);

  gtk_window_destroy (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (widget);
  g_autofree char *busy = NULL;
  guint n;

  if (self->preview == NULL || self->bytes == NULL || self->import_source != 0)
    return;

  n = mentor_csv_import_count_to_write (self->preview);
  if (self->kind == MENTOR_CSV_MENTORSHIPS)
    /* TRANSLATORS: while the good rows of a CSV file are written */
    busy = g_strdup_printf (ngettext ("Importing %u mentorship…", "Importing %u mentorships…", n), n);
  else
    /* TRANSLATORS: while the good rows of a CSV file are written */
    busy = g_strdup_printf (ngettext ("Importing %u person…", "Importing %u people…", n), n);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  show_busy (self, busy);

  /* The write holds the main loop; let the spinner page show first. */
  self->import_source = g_timeout_add_full (G_PRIORITY_DEFAULT, 100, import_now_cb,
                                            g_object_ref (self), g_object_unref);
}

/* ---- Choosing the file --------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog    *chooser,
                     int                 response,
                     MentorImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    mentor_import_dialog_open_file (self, file);
  else
    gtk_window_destroy (GTK_WINDOW (self));

  /* The reference taken when the chooser was shown. */
  g_object_unref (self);
}

/* ---- GObject ------------------------------------------------------------- */

static void
mentor_import_dialog_constructed (GObject *object)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (object);
  const char *title = mentor_csv_kind_title (self->kind);

  G_OBJECT_CLASS (mentor_import_dialog_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
}

static void
mentor_import_dialog_dispose (GObject *object)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->import_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->preview);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (mentor_import_dialog_parent_class)->dispose (object);
}

static void
mentor_import_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_import_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MentorImportDialog *self = MENTOR_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_import_dialog_class_init (MentorImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_import_dialog_constructed;
  object_class->dispose = mentor_import_dialog_dispose;
  object_class->get_property = mentor_import_dialog_get_property;
  object_class->set_property = mentor_import_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       MENTOR_CSV_PEOPLE, MENTOR_CSV_MENTORSHIPS, MENTOR_CSV_PEOPLE,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, add_figure);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, add_count);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, update_figure);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, update_count);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problem_figure);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problem_count);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problem_icon);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, other_label);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problems_box);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problems_hint);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, problems_only_button);
  gtk_widget_class_bind_template_child (widget_class, MentorImportDialog, rows_view);
  gtk_widget_class_bind_template_callback (widget_class, problems_only_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "import.run", NULL);
}

static void
mentor_import_dialog_init (MentorImportDialog *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->rows_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->rows_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", FALSE);
}

/* ---- Public API ---------------------------------------------------------- */

GtkWidget *
mentor_import_dialog_new (MentorStore   *store,
                          MentorCsvKind  kind)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == MENTOR_CSV_PEOPLE || kind == MENTOR_CSV_MENTORSHIPS, NULL);

  return g_object_new (MENTOR_TYPE_IMPORT_DIALOG,
                       "store", store,
                       "kind", kind,
                       NULL);
}

void
mentor_import_dialog_open_file (MentorImportDialog *self,
                                GFile              *file)
{
  g_return_if_fail (MENTOR_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  gtk_window_present (GTK_WINDOW (self));
  start_reading (self);
}

void
mentor_import_dialog_choose_file (MentorImportDialog *self)
{
  g_autoptr(GtkFileFilter) csv_filter = NULL;
  g_autoptr(GtkFileFilter) all_filter = NULL;
  GtkFileChooserNative *chooser;
  const char *test_file;

  g_return_if_fail (MENTOR_IS_IMPORT_DIALOG (self));

  /* The test hook (see the header): only which file is previewed. */
  test_file = g_getenv (self->kind == MENTOR_CSV_MENTORSHIPS
                        ? "MENTOR_TEST_IMPORT_MENTORSHIPS"
                        : "MENTOR_TEST_IMPORT_PEOPLE");
  if (test_file != NULL && *test_file != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (test_file);

      mentor_import_dialog_open_file (self, file);
      return;
    }

  chooser = gtk_file_chooser_native_new (mentor_csv_kind_title (self->kind),
                                         gtk_window_get_transient_for (GTK_WINDOW (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  csv_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (csv_filter, _("CSV Files"));
  gtk_file_filter_add_pattern (csv_filter, "*.csv");
  gtk_file_filter_add_pattern (csv_filter, "*.CSV");
  gtk_file_filter_add_mime_type (csv_filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv_filter);

  all_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csv_filter);

  /* The dialog is not shown until a file is chosen; nothing else holds it. */
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
