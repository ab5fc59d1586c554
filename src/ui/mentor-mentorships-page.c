/* mentor-mentorships-page.c — every mentorship, and the one being worked on
 *
 * The list is a snapshot from the store, filtered (search, status or health)
 * and sorted (status, health, start date) by list models, under the program
 * overview. When the store changes in a way that can change health, a fresh
 * snapshot replaces it and the page keeps showing the same mentorship by id,
 * so an edit in progress in the detail pane survives refreshes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-mentorship-detail.h"
#include "mentor-mentorship-dialogs.h"
#include "mentor-mentorship-row.h"
#include "mentor-mentorship-text.h"
#include "mentor-mentorships-page.h"
#include "mentor-overview-panel.h"

struct _MentorMentorshipsPage
{
  AdwBin                  parent_instance;

  MentorStore            *store;
  GListStore             *items;
  GtkCustomFilter        *filter;
  GtkCustomSorter        *sorter;
  GtkFilterListModel     *filter_model;
  GtkSortListModel       *sort_model;
  GtkSingleSelection     *selection;
  char                   *folded_query;

  /* The stored mentorship the detail pane shows; 0 for none or a new one. */
  gint64                  current_id;
  /* Set while the page itself moves the selection, so that the selection
   * callback does not take it for a click. */
  guint                   syncing;

  /* Where the person asked to go while the form held unsaved changes, kept
   * while "Save Changes?" is open: an id, or PENDING_NEW. */
  AdwMessageDialog       *unsaved_dialog;
  gint64                  pending_id;
  gboolean                pending_navigate;

  GtkStack               *page_stack;
  GtkWidget              *sample_button;
  AdwLeaflet             *leaflet;
  GtkWidget              *list_toolbar;
  GtkSearchEntry         *search_entry;
  GtkDropDown            *status_dropdown;
  MentorOverviewPanel    *overview;
  GtkLabel               *count_label;
  GtkDropDown            *sort_dropdown;
  GtkStack               *list_stack;
  GtkListView            *list_view;
  MentorMentorshipDetail *detail;
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

G_DEFINE_FINAL_TYPE (MentorMentorshipsPage, mentor_mentorships_page, ADW_TYPE_BIN)

#define PENDING_NEW (-1)
#define UNDO_KEY "mentor-undo"
#define UNDO_ID_KEY "mentor-undo-id"

/* ---- Helpers ------------------------------------------------------------ */

static void
add_toast (MentorMentorshipsPage *self,
           AdwToast              *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static void
add_error_toast (MentorMentorshipsPage *self,
                 const char            *message)
{
  /* AdwToast 1.2 reads its title as markup. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (self, toast);
}

static MentorMentorship *
find_item (GListModel *model,
           gint64      id,
           guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  if (id == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMentorship) item = g_list_model_get_item (model, i);

      if (mentor_mentorship_get_id (item) == id)
        {
          if (position != NULL)
            *position = i;
          return g_steal_pointer (&item);
        }
    }

  return NULL;
}

/* "Filter by Status" holds "All Statuses", the statuses in MentorStatus order,
 * then these health levels. */
static const MentorHealthLevel filter_levels[] = {
  MENTOR_HEALTH_AT_RISK,
  MENTOR_HEALTH_NEEDS_ATTENTION,
  MENTOR_HEALTH_ON_TRACK,
};
#define FIRST_HEALTH_FILTER (1 + MENTOR_N_STATUSES)

static int
status_filter (MentorMentorshipsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (selected == 0 || selected >= FIRST_HEALTH_FILTER)
    return -1;

  return (int) selected - 1;
}

static int
health_filter (MentorMentorshipsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (selected < FIRST_HEALTH_FILTER ||
      selected - FIRST_HEALTH_FILTER >= G_N_ELEMENTS (filter_levels))
    return -1;

  return filter_levels[selected - FIRST_HEALTH_FILTER];
}

/* Selects the filter entry for a health level (-1: "All Statuses"). */
static void
set_health_filter (MentorMentorshipsPage *self,
                   int                    level)
{
  for (guint i = 0; i < G_N_ELEMENTS (filter_levels); i++)
    if ((int) filter_levels[i] == level)
      {
        gtk_drop_down_set_selected (self->status_dropdown, FIRST_HEALTH_FILTER + i);
        return;
      }

  gtk_drop_down_set_selected (self->status_dropdown, 0);
}

static gboolean
is_folded (MentorMentorshipsPage *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

/* Side by side both panes show anyway, and moving the leaflet's visible
 * child would also pull the keyboard focus across; only turn the page when
 * one pane shows at a time. */
static void
show_list_pane (MentorMentorshipsPage *self)
{
  if (is_folded (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
show_detail_pane (MentorMentorshipsPage *self)
{
  if (is_folded (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

/* Puts the list's selection on the current mentorship, or on nothing when it
 * is hidden by the search or filter. */
static void
sync_selection (MentorMentorshipsPage *self)
{
  g_autoptr(MentorMentorship) item = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  item = find_item (G_LIST_MODEL (self->sort_model), self->current_id, &position);

  self->syncing++;
  gtk_single_selection_set_selected (self->selection, item != NULL ? position : GTK_INVALID_LIST_POSITION);
  self->syncing--;
}

static gboolean
focus_in_list (MentorMentorshipsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL &&
         (focus == GTK_WIDGET (self->list_view) ||
          gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));
}

/* GTK 4.8 leaves the keyboard focus on a row the list has just dropped (and
 * later trips over it); put it back on the list, or on the search entry when
 * the list is empty. had_focus says whether the list held it before. */
static void
restore_list_focus (MentorMentorshipsPage *self,
                    gboolean               had_focus)
{
  if (!had_focus || focus_in_list (self))
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
update_states (MentorMentorshipsPage *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  gboolean creating = mentor_mentorship_detail_get_creating (self->detail);
  g_autofree char *count = NULL;

  gtk_stack_set_visible_child_name (self->page_stack,
                                    (n_all == 0 && !creating) ? "empty" : "content");

  if (n_shown == n_all)
    count = g_strdup_printf (ngettext ("%u Mentorship", "%u Mentorships", n_all), n_all);
  else
    /* TRANSLATORS: how many rows the search or filter leaves, e.g. "3 of 12 Mentorships" */
    count = g_strdup_printf (ngettext ("%u of %u Mentorship", "%u of %u Mentorships", n_all),
                             n_shown, n_all);
  gtk_label_set_label (self->count_label, count);

  if (n_shown > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (n_all == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "none");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "no-match");

  gtk_widget_set_visible (self->sample_button,
                          self->store != NULL && mentor_store_is_empty (self->store));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentorships.delete", self->current_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentorships.new", self->store != NULL);
}

/* Shows a stored mentorship in the detail pane (NULL: nothing). */
static void
show_mentorship (MentorMentorshipsPage *self,
                 MentorMentorship      *mentorship)
{
  self->current_id = mentorship != NULL ? mentor_mentorship_get_id (mentorship) : 0;
  mentor_mentorship_detail_set_mentorship (self->detail, mentorship);
  sync_selection (self);
  update_states (self);
}

static void
refresh (MentorMentorshipsPage *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(MentorMentorship) current = NULL;
  gboolean had_focus;

  records = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->store != NULL)
    {
      fresh = mentor_store_list_mentorships (self->store);
      for (guint i = 0; i < g_list_model_get_n_items (fresh); i++)
        g_ptr_array_add (records, g_list_model_get_item (fresh, i));
    }

  had_focus = focus_in_list (self);
  self->syncing++;
  g_list_store_splice (self->items, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       records->pdata, records->len);
  self->syncing--;

  if (self->current_id != 0)
    {
      current = find_item (G_LIST_MODEL (self->items), self->current_id, NULL);
      show_mentorship (self, current);

      /* Deleted under our feet: back to the list when only one pane shows. */
      if (current == NULL && is_folded (self))
        show_list_pane (self);
    }
  else
    {
      sync_selection (self);
      update_states (self);
    }

  restore_list_focus (self, had_focus);
}

static void
refilter (MentorMentorshipsPage *self)
{
  gboolean had_focus = focus_in_list (self);

  self->syncing++;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->syncing--;

  sync_selection (self);
  update_states (self);
  restore_list_focus (self, had_focus);
}

static void
clear_filters (MentorMentorshipsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  g_clear_pointer (&self->folded_query, g_free);
  refilter (self);
}

/* Shows the stored mentorship with this id, clearing a search or filter that
 * would hide it from the list. */
static gboolean
select_id (MentorMentorshipsPage *self,
           gint64                 id)
{
  g_autoptr(MentorMentorship) item = find_item (G_LIST_MODEL (self->items), id, NULL);

  if (item == NULL)
    return FALSE;

  if (!mentor_mentorship_matches (item, self->folded_query, status_filter (self), health_filter (self)))
    clear_filters (self);

  show_mentorship (self, item);
  return TRUE;
}

static void
start_new_mentorship (MentorMentorshipsPage *self)
{
  self->current_id = 0;
  mentor_mentorship_detail_new_mentorship (self->detail);
  sync_selection (self);
  update_states (self);
  show_detail_pane (self);
  mentor_mentorship_detail_focus_form (self->detail);
}

/* Shows the mentorship with this id (or a new form, for PENDING_NEW), and
 * when navigate is set brings the detail pane forward on a folded leaflet. */
static void
open_target (MentorMentorshipsPage *self,
             gint64                 id,
             gboolean               navigate)
{
  g_autoptr(MentorMentorship) item = NULL;

  if (id == PENDING_NEW)
    {
      start_new_mentorship (self);
      return;
    }

  item = find_item (G_LIST_MODEL (self->items), id, NULL);
  if (item == NULL)
    return;

  if (id != self->current_id || mentor_mentorship_detail_get_creating (self->detail))
    show_mentorship (self, item);
  else
    sync_selection (self);

  if (navigate)
    show_detail_pane (self);
}

static void
unsaved_response_cb (MentorMentorshipsPage *self,
                     const char            *response,
                     AdwMessageDialog      *dialog)
{
  self->unsaved_dialog = NULL;

  if (g_strcmp0 (response, "save") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->detail), "detail.save", NULL);

      /* Refused: the pane says why, and the person stays with the form. */
      if (mentor_mentorship_detail_get_dirty (self->detail))
        return;
    }
  else if (g_strcmp0 (response, "discard") != 0)
    {
      return;
    }

  open_target (self, self->pending_id, self->pending_navigate);
}

/* Goes to another mentorship (or a new one), asking first when the form holds
 * changes that would be lost. */
static void
request_open (MentorMentorshipsPage *self,
              gint64                 id,
              gboolean               navigate)
{
  gboolean creating = mentor_mentorship_detail_get_creating (self->detail);
  g_autofree char *title = NULL;
  GtkRoot *root;

  if (!mentor_mentorship_detail_get_dirty (self->detail) ||
      (id == self->current_id && id != PENDING_NEW && !creating))
    {
      open_target (self, id, navigate);
      return;
    }

  /* One click can come twice (the row, then the list's selection). */
  if (self->unsaved_dialog != NULL && self->pending_id == id)
    {
      self->pending_navigate |= navigate;
      sync_selection (self);
      return;
    }

  self->pending_id = id;
  self->pending_navigate = navigate;

  /* The list keeps showing what the form holds until the person decides. */
  sync_selection (self);

  if (self->unsaved_dialog != NULL)
    return;

  if (!creating && self->current_id != 0)
    {
      g_autoptr(MentorMentorship) current = find_item (G_LIST_MODEL (self->items), self->current_id, NULL);

      if (current != NULL)
        title = mentor_mentorship_dup_title (current);
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->unsaved_dialog = mentor_mentorship_unsaved_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               title);
  g_signal_connect_object (self->unsaved_dialog, "response",
                           G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->unsaved_dialog));
}

/* ---- List models -------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  MentorMentorshipsPage *self = user_data;

  return mentor_mentorship_matches (MENTOR_MENTORSHIP (item), self->folded_query,
                                    status_filter (self), health_filter (self));
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  MentorMentorshipsPage *self = user_data;
  guint sort = MENTOR_MENTORSHIP_SORT_HEALTH;

  /* The drop-down goes first when the page is disposed. */
  if (self->sort_dropdown != NULL)
    sort = gtk_drop_down_get_selected (self->sort_dropdown);
  if (sort >= MENTOR_MENTORSHIP_N_SORTS)
    sort = MENTOR_MENTORSHIP_SORT_HEALTH;

  return mentor_mentorship_compare (MENTOR_MENTORSHIP ((gpointer) a),
                                    MENTOR_MENTORSHIP ((gpointer) b),
                                    sort);
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
row_released_cb (MentorMentorshipsPage *self,
                 int                    n_press,
                 double                 x,
                 double                 y,
                 GtkGestureClick       *gesture)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  MentorMentorship *mentorship;

  /* The list selects the row itself; a click also means "open it", which
   * matters when only one pane shows, and for clicking the same row again. */
  mentorship = mentor_mentorship_row_get_mentorship (MENTOR_MENTORSHIP_ROW (row));
  if (mentorship == NULL)
    return;

  request_open (self, mentor_mentorship_get_id (mentorship), TRUE);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  MentorMentorshipsPage    *self)
{
  GtkWidget *row = mentor_mentorship_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (row_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  gtk_list_item_set_child (list_item, row);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 MentorMentorshipsPage    *self)
{
  mentor_mentorship_row_set_mentorship (MENTOR_MENTORSHIP_ROW (gtk_list_item_get_child (list_item)),
                                        gtk_list_item_get_item (list_item));
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   MentorMentorshipsPage    *self)
{
  mentor_mentorship_row_set_mentorship (MENTOR_MENTORSHIP_ROW (gtk_list_item_get_child (list_item)),
                                        NULL);
}

static void
selection_changed_cb (MentorMentorshipsPage *self,
                      guint                  position,
                      guint                  n_items,
                      GtkSelectionModel     *selection)
{
  MentorMentorship *item;

  if (self->syncing > 0)
    return;

  /* A row hidden by the filter unselects itself; the pane keeps it. */
  item = gtk_single_selection_get_selected_item (self->selection);
  if (item == NULL)
    return;

  if (mentor_mentorship_get_id (item) == self->current_id &&
      !mentor_mentorship_detail_get_creating (self->detail))
    return;

  request_open (self, mentor_mentorship_get_id (item), FALSE);
}

static void
list_activate_cb (MentorMentorshipsPage *self,
                  guint                  position,
                  GtkListView           *list_view)
{
  g_autoptr(MentorMentorship) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (item == NULL)
    return;

  request_open (self, mentor_mentorship_get_id (item), TRUE);

  if (mentor_mentorship_get_id (item) == self->current_id)
    mentor_mentorship_detail_focus_form (self->detail);
}

static void
search_changed_cb (MentorMentorshipsPage *self,
                   GtkSearchEntry        *entry)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_free (self->folded_query);
  self->folded_query = g_utf8_casefold (trimmed, -1);
  refilter (self);
}

static void
stop_search_cb (MentorMentorshipsPage *self,
                GtkSearchEntry        *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
status_selected_cb (MentorMentorshipsPage *self,
                    GParamSpec            *pspec,
                    GtkDropDown           *dropdown)
{
  mentor_overview_panel_set_health_filter (self->overview, health_filter (self));
  refilter (self);
}

static void
sort_selected_cb (MentorMentorshipsPage *self,
                  GParamSpec            *pspec,
                  GtkDropDown           *dropdown)
{
  gboolean had_focus = focus_in_list (self);

  self->syncing++;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  self->syncing--;

  sync_selection (self);
  restore_list_focus (self, had_focus);
}

static void
overview_health_activated_cb (MentorMentorshipsPage *self,
                              int                    level,
                              MentorOverviewPanel   *overview)
{
  set_health_filter (self, level);
}

static void
detail_add_toast_cb (MentorMentorshipsPage  *self,
                     AdwToast               *toast,
                     MentorMentorshipDetail *detail)
{
  add_toast (self, toast);
}

static void
detail_saved_cb (MentorMentorshipsPage  *self,
                 gint64                  id,
                 MentorMentorshipDetail *detail)
{
  select_id (self, id);
}

static void
store_changed_cb (MentorMentorshipsPage *self,
                  guint                  what,
                  MentorStore           *store)
{
  /* Health follows meetings, goals and reviews as well as the terms; the
   * next check-in of each row follows the series too. */
  if ((what & (MENTOR_CHANGE_HEALTH | MENTOR_CHANGE_PEOPLE | MENTOR_CHANGE_SERIES)) != 0)
    refresh (self);
  else
    update_states (self);
}

static void
undo_toast_dismissed_cb (AdwToast *toast)
{
  /* Once the toast is gone, so is the chance to undo. */
  g_object_set_data (G_OBJECT (toast), UNDO_KEY, NULL);
}

static void
undo_clicked_cb (MentorMentorshipsPage *self,
                 AdwToast              *toast)
{
  g_autoptr(GError) error = NULL;
  MentorUndo *undo = g_object_get_data (G_OBJECT (toast), UNDO_KEY);
  gint64 *id = g_object_get_data (G_OBJECT (toast), UNDO_ID_KEY);

  if (undo == NULL || self->store == NULL)
    return;

  if (!mentor_store_undo (self->store, undo, &error))
    {
      add_error_toast (self, error->message);
      return;
    }

  g_object_set_data (G_OBJECT (toast), UNDO_KEY, NULL);

  /* Show it again where it was, without leaving the list when narrow, and
   * without dropping changes being made to another one. */
  if (id != NULL && !mentor_mentorship_detail_get_dirty (self->detail))
    select_id (self, *id);
}

/* ---- Actions ------------------------------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  mentor_mentorships_page_new_mentorship (MENTOR_MENTORSHIPS_PAGE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MentorMentorshipsPage *self = MENTOR_MENTORSHIPS_PAGE (widget);
  g_autoptr(MentorUndo) undo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  gint64 id = self->current_id;

  if (id == 0 || self->store == NULL)
    return;

  undo = mentor_store_delete_mentorship (self->store, id, &error);
  if (undo == NULL)
    {
      add_error_toast (self, error->message);
      return;
    }

  /* The refresh from the store has already let go of the record; make sure
   * the pane does too, even if that refresh found nothing to do. */
  if (self->current_id == id)
    show_mentorship (self, NULL);
  if (is_folded (self))
    show_list_pane (self);

  toast = adw_toast_new (_("Mentorship deleted"));
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), UNDO_KEY, g_steal_pointer (&undo),
                          (GDestroyNotify) mentor_undo_free);
  g_object_set_data_full (G_OBJECT (toast), UNDO_ID_KEY, g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), NULL);

  add_toast (self, toast);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MentorMentorshipsPage *self = MENTOR_MENTORSHIPS_PAGE (widget);

  show_list_pane (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  clear_filters (MENTOR_MENTORSHIPS_PAGE (widget));
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_mentorships_page_dispose (GObject *object)
{
  MentorMentorshipsPage *self = (MentorMentorshipsPage *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  if (self->unsaved_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->unsaved_dialog)));

  /* AdwBin would unparent its child a second time after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_MENTORSHIPS_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (mentor_mentorships_page_parent_class)->dispose (object);
}

static void
mentor_mentorships_page_finalize (GObject *object)
{
  MentorMentorshipsPage *self = (MentorMentorshipsPage *)object;

  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (mentor_mentorships_page_parent_class)->finalize (object);
}

static void
mentor_mentorships_page_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MentorMentorshipsPage *self = MENTOR_MENTORSHIPS_PAGE (object);

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
mentor_mentorships_page_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MentorMentorshipsPage *self = MENTOR_MENTORSHIPS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      mentor_mentorships_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorships_page_class_init (MentorMentorshipsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_mentorships_page_dispose;
  object_class->finalize = mentor_mentorships_page_finalize;
  object_class->get_property = mentor_mentorships_page_get_property;
  object_class->set_property = mentor_mentorships_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (MENTOR_TYPE_MENTORSHIP_DETAIL);
  g_type_ensure (MENTOR_TYPE_OVERVIEW_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-mentorships-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, sample_button);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, list_toolbar);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, overview);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MentorMentorshipsPage, detail);

  gtk_widget_class_install_action (widget_class, "mentorships.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "mentorships.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "mentorships.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "mentorships.clear-filters", NULL, clear_filters_action);
}

static void
mentor_mentorships_page_init (MentorMentorshipsPage *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) sorts = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSizeGroup) toolbars = NULL;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_drop_down (self->status_dropdown);
  mentor_accessible_name_drop_down (self->sort_dropdown);
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->items = g_list_store_new (MENTOR_TYPE_MENTORSHIP);
  /* Listing a large program's mentorships with their health takes a while:
   * the overview counts these rather than listing them a second time. Every
   * refresh replaces the items, and the page refreshes on every change that
   * the overview's counts depend on (health, series). */
  mentor_overview_panel_set_mentorships (self->overview, G_LIST_MODEL (self->items));
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  /* The sort choice first: the sorter reads it. */
  sorts = gtk_string_list_new (NULL);
  for (MentorMentorshipSort sort = 0; sort < MENTOR_MENTORSHIP_N_SORTS; sort++)
    gtk_string_list_append (sorts, mentor_mentorship_sort_to_label (sort));
  gtk_drop_down_set_model (self->sort_dropdown, G_LIST_MODEL (sorts));
  /* Those that need someone to act come first. */
  gtk_drop_down_set_selected (self->sort_dropdown, MENTOR_MENTORSHIP_SORT_HEALTH);

  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (factory_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (factory_unbind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb),
                           self, G_CONNECT_SWAPPED);

  /* Delete acts on the list only: in the form it must edit text as usual.
   * (No type-to-search on the list: the search entry's key capture would
   * take the Delete key for itself.) */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("mentorships.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("mentorships.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), shortcuts);

  statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (statuses, _("All Statuses"));
  for (MentorStatus status = 0; status < MENTOR_N_STATUSES; status++)
    gtk_string_list_append (statuses, mentor_status_to_label (status));
  for (guint i = 0; i < G_N_ELEMENTS (filter_levels); i++)
    gtk_string_list_append (statuses, mentor_health_level_to_label (filter_levels[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_dropdown, "notify::selected",
                           G_CALLBACK (sort_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview, "health-activated",
                           G_CALLBACK (overview_health_activated_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (stop_search_cb), self, G_CONNECT_SWAPPED);

  /* Side by side, the two toolbars read as one bar, even when the pane's
   * toolbar has no button to show. */
  toolbars = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  gtk_size_group_add_widget (toolbars, self->list_toolbar);
  gtk_size_group_add_widget (toolbars, mentor_mentorship_detail_get_toolbar (self->detail));

  g_object_bind_property (self->leaflet, "folded", self->detail, "show-back", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->detail, "saved", G_CALLBACK (detail_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->detail, "add-toast", G_CALLBACK (detail_add_toast_cb), self, G_CONNECT_SWAPPED);

  update_states (self);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_mentorships_page_new (MentorStore *store)
{
  g_return_val_if_fail (store == NULL || MENTOR_IS_STORE (store), NULL);

  return g_object_new (MENTOR_TYPE_MENTORSHIPS_PAGE, "store", store, NULL);
}

MentorStore *
mentor_mentorships_page_get_store (MentorMentorshipsPage *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIPS_PAGE (self), NULL);

  return self->store;
}

void
mentor_mentorships_page_set_store (MentorMentorshipsPage *self,
                                   MentorStore           *store)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIPS_PAGE (self));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  self->current_id = 0;
  /* The overview counts the list's own mentorships (see init): it gets the
   * store once they are listed, so that it counts them once. */
  mentor_overview_panel_set_store (self->overview, NULL);
  mentor_mentorship_detail_set_store (self->detail, store);
  refresh (self);
  mentor_overview_panel_set_store (self->overview, store);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
mentor_mentorships_page_start_search (MentorMentorshipsPage *self)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIPS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->page_stack), "content") != 0)
    return;

  if (is_folded (self))
    show_list_pane (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mentor_mentorships_page_new_mentorship (MentorMentorshipsPage *self)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIPS_PAGE (self));

  if (self->store == NULL)
    return;

  request_open (self, PENDING_NEW, TRUE);
}

gboolean
mentor_mentorships_page_select_mentorship (MentorMentorshipsPage *self,
                                           gint64                 id)
{
  g_autoptr(MentorMentorship) item = NULL;

  g_return_val_if_fail (MENTOR_IS_MENTORSHIPS_PAGE (self), FALSE);

  item = find_item (G_LIST_MODEL (self->items), id, NULL);
  if (item == NULL)
    return FALSE;

  if (!mentor_mentorship_matches (item, self->folded_query, status_filter (self), health_filter (self)))
    clear_filters (self);

  request_open (self, id, TRUE);
  return TRUE;
}
