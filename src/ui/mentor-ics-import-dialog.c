/* mentor-ics-import-dialog.c — the preview of an .ics import, then Import
 *
 * The file is read and checked on a worker thread (mentor_ics_parse_file()
 * touches no store: it is the part that meets hostile input and libical).
 * The plan — matching each event to a mentorship and to what the data file
 * holds — is made on the main thread, with the window's store, and so is
 * Import: one transaction through that store, so the views refresh from its
 * "changed" signal. Each event of the file is a row: when, which mentorship
 * (a drop-down where the user chooses), what importing does with it and why.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-core.h"
#include "mentor-ics-import-dialog.h"

struct _MentorIcsImportDialog
{
  AdwWindow       parent_instance;

  MentorStore    *store;
  GFile          *file;
  MentorIcsPlan  *plan;
  GCancellable   *cancellable;
  GtkStringList  *choices;       /* "Left Out", then every mentorship's title */
  GArray         *choice_ids;    /* gint64, parallel to choices */
  GtkWidget      *figure[MENTOR_ICS_N_ACTIONS];
  guint           import_source;
  gboolean        updating;

  /* template */
  AdwWindowTitle *window_title;
  GtkWidget      *import_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  GtkLabel       *busy_label;
  AdwStatusPage  *failed_page;
  GtkFlowBox     *figures;
  GtkLabel       *summary_label;
  GtkLabel       *warnings_label;
  GtkWidget      *unmatched_list;
  AdwComboRow    *unmatched_row;
  GtkListView    *events_view;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorIcsImportDialog, mentor_ics_import_dialog, ADW_TYPE_WINDOW)

/* ---- Words and looks --------------------------------------------------------- */

static const char *
action_icon (MentorIcsAction action)
{
  switch (action)
    {
    case MENTOR_ICS_ACTION_NEW:
      return "list-add-symbolic";
    case MENTOR_ICS_ACTION_UPDATE:
      return "document-edit-symbolic";
    case MENTOR_ICS_ACTION_UNCHANGED:
      return "emblem-ok-symbolic";
    case MENTOR_ICS_ACTION_CANCEL:
      return "call-stop-symbolic";
    case MENTOR_ICS_ACTION_SKIP:
    case MENTOR_ICS_N_ACTIONS:
    default:
      return "action-unavailable-symbolic";
    }
}

static const char *
action_class (MentorIcsAction action)
{
  switch (action)
    {
    case MENTOR_ICS_ACTION_NEW:
      return "success";
    case MENTOR_ICS_ACTION_UPDATE:
      return "accent";
    case MENTOR_ICS_ACTION_CANCEL:
      return "warning";
    case MENTOR_ICS_ACTION_UNCHANGED:
    case MENTOR_ICS_ACTION_SKIP:
    case MENTOR_ICS_N_ACTIONS:
    default:
      return "dim-label";
    }
}

static const char *
figure_words (MentorIcsAction action)
{
  switch (action)
    {
    case MENTOR_ICS_ACTION_NEW:
      return _("to add");
    case MENTOR_ICS_ACTION_UPDATE:
      return _("to update");
    case MENTOR_ICS_ACTION_CANCEL:
      return _("to cancel");
    case MENTOR_ICS_ACTION_UNCHANGED:
      return _("unchanged");
    case MENTOR_ICS_ACTION_SKIP:
    case MENTOR_ICS_N_ACTIONS:
    default:
      return _("left out");
    }
}

/* What the event is: "Series", "Occurrence" or nothing for a meeting. */
static const char *
kind_words (MentorIcsItemKind kind)
{
  switch (kind)
    {
    case MENTOR_ICS_ITEM_SERIES:
      return _("Repeating");
    case MENTOR_ICS_ITEM_OCCURRENCE:
      return _("One occurrence");
    case MENTOR_ICS_ITEM_MEETING:
    default:
      return NULL;
    }
}

static MentorIcsAction
effective_action (MentorIcsItem *item)
{
  MentorIcsAction action = mentor_ics_item_get_action (item);

  if (action != MENTOR_ICS_ACTION_UNCHANGED && action != MENTOR_ICS_ACTION_SKIP &&
      mentor_ics_item_get_mentorship_id (item) == 0)
    return MENTOR_ICS_ACTION_SKIP;
  return action;
}

static guint
choice_of (MentorIcsImportDialog *self,
           gint64                 mentorship_id)
{
  for (guint i = 0; i < self->choice_ids->len; i++)
    if (g_array_index (self->choice_ids, gint64, i) == mentorship_id)
      return i;
  return 0;
}

/* ---- The summary --------------------------------------------------------------- */

static GtkWidget *
new_figure (MentorIcsAction action)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *count = gtk_label_new ("0");
  GtkWidget *words = gtk_label_new (figure_words (action));

  gtk_widget_add_css_class (box, "mentor-import-figure");
  gtk_widget_add_css_class (count, "title-2");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (words, "caption");
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_justify (GTK_LABEL (words), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), words);
  g_object_set_data (G_OBJECT (box), "count", count);

  return box;
}

static void
update_summary (MentorIcsImportDialog *self)
{
  g_autofree char *summary = NULL;
  guint to_write = 0;
  gboolean any_unmatched = FALSE;
  GListModel *items;

  if (self->plan == NULL)
    return;

  for (MentorIcsAction action = 0; action < MENTOR_ICS_N_ACTIONS; action++)
    {
      guint n = mentor_ics_plan_count (self->plan, action);
      g_autofree char *text = g_strdup_printf ("%u", n);
      g_autofree char *name = g_strdup_printf ("%u %s", n, figure_words (action));

      gtk_label_set_text (g_object_get_data (G_OBJECT (self->figure[action]), "count"), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->figure[action]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      /* Cancellations are rare: their figure shows only when there are some. */
      if (action == MENTOR_ICS_ACTION_CANCEL)
        gtk_widget_set_visible (gtk_widget_get_parent (self->figure[action]), n > 0);
      if (action == MENTOR_ICS_ACTION_NEW || action == MENTOR_ICS_ACTION_UPDATE ||
          action == MENTOR_ICS_ACTION_CANCEL)
        to_write += n;
    }

  summary = mentor_ics_plan_describe (self->plan);
  gtk_label_set_text (self->summary_label, summary);

  items = mentor_ics_plan_get_items (self->plan);
  for (guint i = 0; i < g_list_model_get_n_items (items) && !any_unmatched; i++)
    {
      g_autoptr(MentorIcsItem) item = g_list_model_get_item (items, i);

      any_unmatched = mentor_ics_item_get_can_choose (item) && !mentor_ics_item_get_matched (item) &&
                      mentor_ics_item_get_action (item) != MENTOR_ICS_ACTION_SKIP;
    }
  gtk_widget_set_visible (self->unmatched_list, any_unmatched);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics.import", to_write > 0);
  if (to_write == 0)
    gtk_button_set_label (GTK_BUTTON (self->import_button), _("Import"));
  else
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Event",
                                                             "Import %u Events", to_write), to_write);

      gtk_button_set_label (GTK_BUTTON (self->import_button), label);
    }
}

/* ---- Rows ------------------------------------------------------------------------ */

static void
row_refresh (GtkWidget *row)
{
  MentorIcsImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  MentorIcsItem *item = g_object_get_data (G_OBJECT (row), "item");
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "badge");
  GtkWidget *dropdown = g_object_get_data (G_OBJECT (row), "dropdown");
  GtkWidget *mentorship = g_object_get_data (G_OBJECT (row), "mentorship");
  GtkWidget *detail = g_object_get_data (G_OBJECT (row), "detail");
  GtkWidget *list_item_widget = gtk_widget_get_parent (row);
  const char *old_class = g_object_get_data (G_OBJECT (badge), "style-class");
  const char *kind = NULL;
  const char *problem, *note, *title_text;
  g_autofree char *when = NULL;
  g_autofree char *a11y = NULL;
  g_autofree char *dropdown_name = NULL;
  MentorIcsAction action;

  if (item == NULL)
    return;

  action = effective_action (item);
  kind = kind_words (mentor_ics_item_get_kind (item));
  title_text = mentor_ics_item_get_title (item);
  when = kind != NULL ? g_strdup_printf ("%s · %s", kind, mentor_ics_item_get_when (item))
                      : g_strdup (mentor_ics_item_get_when (item));

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "title"), title_text);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "when"), when);

  self->updating = TRUE;
  if (mentor_ics_item_get_can_choose (item))
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  choice_of (self, mentor_ics_item_get_mentorship_id (item)));
      /* TRANSLATORS: accessible name of the drop-down choosing where an imported event goes */
      dropdown_name = g_strdup_printf (_("Mentorship for “%s”"), title_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dropdown_name, -1);
    }
  self->updating = FALSE;
  gtk_widget_set_visible (dropdown, mentor_ics_item_get_can_choose (item));
  gtk_label_set_text (GTK_LABEL (mentorship), mentor_ics_item_get_mentorship_title (item));
  gtk_widget_set_visible (mentorship, !mentor_ics_item_get_can_choose (item) &&
                                      *mentor_ics_item_get_mentorship_title (item) != '\0');

  problem = mentor_ics_item_get_problem (item);
  note = mentor_ics_item_get_note (item);
  if (problem != NULL)
    gtk_label_set_text (GTK_LABEL (detail), problem);
  else if (mentor_ics_item_get_can_choose (item) && mentor_ics_item_get_mentorship_id (item) == 0)
    {
      /* TRANSLATORS: %s are the emails of an event's organizer and attendees */
      g_autofree char *text = g_strdup_printf (_("No mentorship matches its people (%s). Choose one to import it."),
                                               mentor_ics_item_get_people (item));

      gtk_label_set_text (GTK_LABEL (detail), text);
    }
  else if (!mentor_ics_item_get_can_choose (item) && mentor_ics_item_get_mentorship_id (item) == 0)
    gtk_label_set_text (GTK_LABEL (detail), _("It goes with its repeating event: choose that one’s mentorship."));
  else
    gtk_label_set_text (GTK_LABEL (detail), note != NULL ? note : "");
  gtk_widget_set_visible (detail, *gtk_label_get_text (GTK_LABEL (detail)) != '\0');

  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "icon"), action_icon (action));
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "word"), mentor_ics_action_to_label (action));
  if (old_class != NULL)
    gtk_widget_remove_css_class (badge, old_class);
  gtk_widget_add_css_class (badge, action_class (action));
  g_object_set_data (G_OBJECT (badge), "style-class", (gpointer) action_class (action));

  if (problem != NULL)
    gtk_widget_add_css_class (row, "problem");
  else
    gtk_widget_remove_css_class (row, "problem");

  /* GTK 4.8 has no GtkListItem:accessible-label: name the list's row. */
  a11y = g_strdup_printf ("%s, %s, %s", title_text, when, mentor_ics_action_to_label (action));
  if (list_item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

static void
item_notify_cb (GtkWidget *row)
{
  row_refresh (row);
}

static void
dropdown_selected_cb (GtkDropDown *dropdown,
                      GParamSpec  *pspec,
                      GtkWidget   *row)
{
  MentorIcsImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  MentorIcsItem *item = g_object_get_data (G_OBJECT (row), "item");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || item == NULL || self->plan == NULL || selected >= self->choice_ids->len)
    return;

  mentor_ics_plan_set_mentorship (self->plan, item, g_array_index (self->choice_ids, gint64, selected));
  update_summary (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              MentorIcsImportDialog    *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *when = gtk_label_new (NULL);
  GtkWidget *mentorship = gtk_label_new (NULL);
  GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->choices)), NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *word = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "mentor-import-row");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (when, "caption");
  gtk_widget_add_css_class (when, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (when), 0);
  gtk_label_set_wrap (GTK_LABEL (when), TRUE);
  gtk_label_set_xalign (GTK_LABEL (mentorship), 0);
  gtk_label_set_ellipsize (GTK_LABEL (mentorship), PANGO_ELLIPSIZE_END);
  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  /* Named in bind, with the event's title. */
  mentor_accessible_name_drop_down (GTK_DROP_DOWN (dropdown));
  mentor_accessible_name_choices (dropdown);
  gtk_widget_add_css_class (detail, "caption");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), when);
  gtk_box_append (GTK_BOX (texts), mentorship);
  gtk_box_append (GTK_BOX (texts), dropdown);
  gtk_box_append (GTK_BOX (texts), detail);

  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "mentor-import-badge");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (badge), icon);
  gtk_box_append (GTK_BOX (badge), word);

  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), badge);

  g_object_set_data (G_OBJECT (row), "dialog", self);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "when", when);
  g_object_set_data (G_OBJECT (row), "mentorship", mentorship);
  g_object_set_data (G_OBJECT (row), "dropdown", dropdown);
  g_object_set_data (G_OBJECT (row), "detail", detail);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  g_object_set_data (G_OBJECT (row), "icon", icon);
  g_object_set_data (G_OBJECT (row), "word", word);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb), row);

  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             MentorIcsImportDialog    *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  MentorIcsItem *item = gtk_list_item_get_item (list_item);

  g_object_set_data (G_OBJECT (row), "item", item);
  g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), row, G_CONNECT_SWAPPED);
  row_refresh (row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               MentorIcsImportDialog    *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  MentorIcsItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, item_notify_cb, row);
  g_object_set_data (G_OBJECT (row), "item", NULL);
}

static void
unmatched_selected_cb (MentorIcsImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->unmatched_row);

  if (self->updating || self->plan == NULL || selected >= self->choice_ids->len)
    return;

  mentor_ics_plan_set_unmatched_mentorship (self->plan, g_array_index (self->choice_ids, gint64, selected));
  update_summary (self);
}

/* ---- Reading ----------------------------------------------------------------------- */

static void
show_failure (MentorIcsImportDialog *self,
              const GError          *error)
{
  g_autofree char *markup = g_markup_escape_text (error->message, -1);

  gtk_spinner_stop (self->spinner);
  adw_status_page_set_description (self->failed_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics.import", FALSE);
}

static void
show_plan (MentorIcsImportDialog *self)
{
  const char * const *warnings = mentor_ics_plan_get_warnings (self->plan);
  GListModel *mentorships = mentor_ics_plan_get_mentorships (self->plan);
  GListModel *items = mentor_ics_plan_get_items (self->plan);
  g_autoptr(GtkSelectionModel) selection = NULL;
  gint64 none = 0;

  /* The choices of every drop-down: none, then each mentorship. */
  g_array_set_size (self->choice_ids, 0);
  g_array_append_val (self->choice_ids, none);
  /* TRANSLATORS: the first choice of where an imported event goes: nowhere */
  gtk_string_list_append (self->choices, _("Leave Out"));
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) mentorship = g_list_model_get_item (mentorships, i);
      g_autofree char *title = mentor_mentorship_dup_title (mentorship);
      gint64 id = mentor_mentorship_get_id (mentorship);

      g_array_append_val (self->choice_ids, id);
      gtk_string_list_append (self->choices, title);
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->unmatched_row, G_LIST_MODEL (self->choices));
  adw_combo_row_set_selected (self->unmatched_row, 0);
  self->updating = FALSE;

  if (warnings != NULL && warnings[0] != NULL)
    {
      g_autofree char *text = g_strjoinv ("\n", (char **) warnings);

      gtk_label_set_text (self->warnings_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
    }

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (items)));
  gtk_list_view_set_model (self->events_view, selection);

  gtk_spinner_stop (self->spinner);
  update_summary (self);
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (items) > 0 ? "preview" : "empty");
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  MentorIcsParsed *parsed;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("Mentor can only read files on this computer."));
      return;
    }

  parsed = mentor_ics_parse_file (path, NULL, &error);
  if (parsed == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, parsed, (GDestroyNotify) mentor_ics_parsed_free);
}

static void
parsed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  MentorIcsParsed *parsed = g_task_propagate_pointer (G_TASK (result), &error);

  if (parsed == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error);
      return;
    }

  self->plan = mentor_ics_plan_new (self->store, parsed, 0);
  show_plan (self);
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     MentorIcsImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  mentor_ics_import_dialog_open_file (self, file);
}

/* ---- Importing ---------------------------------------------------------------------- */

static gboolean
import_now_cb (gpointer data)
{
  MentorIcsImportDialog *self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *said = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;
  MentorIcsCounts counts = { 0, };

  self->import_source = 0;

  if (!mentor_ics_plan_apply (self->plan, &counts, &error))
    {
      gtk_spinner_stop (self->spinner);
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      gtk_stack_set_visible_child_name (self->stack, "preview");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics.import", TRUE);
      return G_SOURCE_REMOVE;
    }

  name = g_file_get_basename (self->file);
  said = mentor_ics_counts_describe (&counts, name);
  /* AdwToast 1.2 reads its title as markup. */
  escaped = g_markup_escape_text (said, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 8);
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);

  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (widget);

  if (self->plan == NULL || self->import_source != 0)
    return;

  gtk_widget_action_set_enabled (widget, "ics.import", FALSE);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_label_set_text (self->busy_label, _("Importing…"));
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");

  /* Let the spinner draw before the transaction runs. */
  self->import_source = g_timeout_add (50, import_now_cb, self);
}

/* ---- GObject ------------------------------------------------------------------------- */

static void
mentor_ics_import_dialog_dispose (GObject *object)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->import_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_ICS_IMPORT_DIALOG);

  G_OBJECT_CLASS (mentor_ics_import_dialog_parent_class)->dispose (object);
}

static void
mentor_ics_import_dialog_finalize (GObject *object)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->choices);
  g_clear_pointer (&self->choice_ids, g_array_unref);

  G_OBJECT_CLASS (mentor_ics_import_dialog_parent_class)->finalize (object);
}

static void
mentor_ics_import_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_ics_import_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  MentorIcsImportDialog *self = MENTOR_ICS_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_ics_import_dialog_class_init (MentorIcsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_ics_import_dialog_dispose;
  object_class->finalize = mentor_ics_import_dialog_finalize;
  object_class->get_property = mentor_ics_import_dialog_get_property;
  object_class->set_property = mentor_ics_import_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, MENTOR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-ics-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, figures);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, unmatched_list);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, unmatched_row);
  gtk_widget_class_bind_template_child (widget_class, MentorIcsImportDialog, events_view);

  gtk_widget_class_install_action (widget_class, "ics.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "ics.import", NULL);
}

static void
mentor_ics_import_dialog_init (MentorIcsImportDialog *self)
{
  static const MentorIcsAction shown[] = {
    MENTOR_ICS_ACTION_NEW, MENTOR_ICS_ACTION_UPDATE, MENTOR_ICS_ACTION_CANCEL,
    MENTOR_ICS_ACTION_UNCHANGED, MENTOR_ICS_ACTION_SKIP,
  };
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->choices = gtk_string_list_new (NULL);
  self->choice_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      self->figure[shown[i]] = new_figure (shown[i]);
      gtk_flow_box_append (self->figures, self->figure[shown[i]]);
      /* Figures to read, not to act on: no focus stop around each. */
      gtk_widget_set_focusable (gtk_widget_get_parent (self->figure[shown[i]]), FALSE);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->events_view, factory);

  g_signal_connect_object (self->unmatched_row, "notify::selected",
                           G_CALLBACK (unmatched_selected_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ics.import", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "busy");
}

/* ---- Public API ------------------------------------------------------------------------ */

GtkWidget *
mentor_ics_import_dialog_new (MentorStore *store)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_ICS_IMPORT_DIALOG, "store", store, NULL);
}

void
mentor_ics_import_dialog_open_file (MentorIcsImportDialog *self,
                                    GFile                 *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *busy = NULL;

  g_return_if_fail (MENTOR_IS_ICS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->file == NULL);

  self->file = g_object_ref (file);
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  /* TRANSLATORS: while a calendar file is read, %s is its name */
  busy = g_strdup_printf (_("Reading %s…"), name);
  gtk_label_set_text (self->busy_label, busy);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "busy");

  task = g_task_new (self, self->cancellable, parsed_cb, NULL);
  g_task_set_source_tag (task, mentor_ics_import_dialog_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, parse_thread);
}

void
mentor_ics_import_dialog_choose_file (MentorIcsImportDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) calendars = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();
  GtkWindow *parent;

  g_return_if_fail (MENTOR_IS_ICS_IMPORT_DIALOG (self));

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  chooser = gtk_file_chooser_native_new (_("Import Invites"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (calendars, _("Calendar Files"));
  gtk_file_filter_add_mime_type (calendars, "text/calendar");
  gtk_file_filter_add_suffix (calendars, "ics");
  gtk_file_filter_add_suffix (calendars, "ical");
  gtk_file_filter_add_suffix (calendars, "ifb");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), calendars);
  gtk_file_filter_set_name (everything, _("All Files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
