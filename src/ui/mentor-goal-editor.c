/* mentor-goal-editor.c — the modal window that adds or edits one goal and its milestones
 *
 * A goal being edited is in the store already, so the checklist acts on it at
 * once: ticking, adding, removing and reordering milestones, and the status
 * moves. The rows follow the store's "changed" signal and keep whatever was
 * typed in them; the typed words are written together by Save. A new goal
 * keeps its milestones in memory until Add writes it all in one transaction.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-date-picker.h"
#include "mentor-goal-editor.h"
#include "mentor-goal-text.h"
#include "mentor-milestone-row.h"

struct _MentorGoalEditor
{
  AdwWindow          parent_instance;

  MentorStore       *store;
  /* The goal as last read from the store; NULL while it is new. */
  MentorGoal        *goal;
  gint64             goal_id;
  /* The mentorship of a new goal when the caller chose it; 0 to ask. */
  gint64             mentorship_id;
  /* gint64 per mentorship_row item; 0 = "Choose a Mentorship". */
  GArray            *mentorship_ids;

  /* template */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkWidget         *status_area;
  GtkWidget         *status_box;
  GtkImage          *status_icon;
  GtkLabel          *status_label;
  GtkProgressBar    *progress_bar;
  GtkWidget         *overdue_box;
  GtkLabel          *overdue_label;
  GtkWidget         *status_buttons;
  GtkWidget         *achieve_button;
  GtkWidget         *drop_button;
  GtkWidget         *reopen_button;
  AdwComboRow       *mentorship_row;
  AdwActionRow      *mentorship_label_row;
  AdwEntryRow       *title_row;
  AdwEntryRow       *area_row;
  GtkMenuButton     *area_button;
  GtkListBox        *area_list;
  AdwEntryRow       *measure_row;
  AdwEntryRow       *target_row;
  GtkLabel          *date_error_label;
  GtkListBox        *milestone_list;
  GtkEntry          *new_milestone_entry;

  const char        *status_class;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_MENTORSHIP_ID,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorGoalEditor, mentor_goal_editor, ADW_TYPE_WINDOW)

/* ---- Small helpers ------------------------------------------------------ */

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
show_error (MentorGoalEditor *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
clear_error (MentorGoalEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
add_toast (MentorGoalEditor *self,
           AdwToast         *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static gboolean
is_new (MentorGoalEditor *self)
{
  return self->goal_id == 0;
}

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  MentorMilestone *ma = mentor_milestone_row_get_milestone (MENTOR_MILESTONE_ROW (a));
  MentorMilestone *mb = mentor_milestone_row_get_milestone (MENTOR_MILESTONE_ROW (b));
  guint pa = mentor_milestone_get_position (ma);
  guint pb = mentor_milestone_get_position (mb);
  gint64 ia = mentor_milestone_get_id (ma);
  gint64 ib = mentor_milestone_get_id (mb);

  if (pa != pb)
    return pa < pb ? -1 : 1;

  return (ia > ib) - (ia < ib);
}

/* The rows in the order shown. */
static GPtrArray *
sorted_rows (MentorGoalEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->milestone_list, i)) != NULL; i++)
    if (MENTOR_IS_MILESTONE_ROW (row))
      g_ptr_array_add (rows, row);

  return rows;
}

/* ---- What the editor shows ---------------------------------------------- */

static void
update_progress (MentorGoalEditor *self)
{
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  g_autofree char *today = mentor_today ();
  g_autofree char *progress = NULL;
  g_autofree char *overdue = NULL;
  MentorGoalStatus status = MENTOR_GOAL_OPEN;
  const char *target_on = NULL;
  guint done = 0;
  guint late = 0;
  guint most = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      MentorMilestoneRow *row = g_ptr_array_index (rows, i);
      MentorMilestone *milestone = mentor_milestone_row_get_milestone (row);
      const char *done_on = mentor_milestone_get_done_on (milestone);
      guint days = mentor_milestone_days_overdue (milestone, today);

      if (done_on != NULL && *done_on != '\0')
        done++;
      if (days > 0)
        {
          late++;
          most = MAX (most, days);
        }

      mentor_milestone_row_set_movable (row, i > 0, i + 1 < rows->len);
    }

  if (self->goal != NULL)
    {
      status = mentor_goal_get_status (self->goal);
      target_on = mentor_goal_get_target_on (self->goal);
    }

  progress = mentor_goal_dup_progress_text (done, rows->len);
  gtk_progress_bar_set_fraction (self->progress_bar, mentor_goal_progress_fraction (done, rows->len));
  gtk_progress_bar_set_text (self->progress_bar, progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, progress,
                                  -1);

  /* A new goal without milestones has no progress to speak of yet. */
  gtk_widget_set_visible (self->status_area, self->goal != NULL || rows->len > 0);

  overdue = mentor_goal_overdue_sentences (status, late, most, target_on, today);
  gtk_label_set_label (self->overdue_label, overdue != NULL ? overdue : "");
  gtk_widget_set_visible (self->overdue_box, overdue != NULL);
}

static void
update_status (MentorGoalEditor *self)
{
  g_autofree char *text = NULL;
  MentorGoalStatus status;

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (self->status_box, self->status_class);
      self->status_class = NULL;
    }

  if (self->goal == NULL)
    {
      gtk_widget_set_visible (self->status_box, FALSE);
      gtk_widget_set_visible (self->status_buttons, FALSE);
      update_progress (self);
      return;
    }

  status = mentor_goal_get_status (self->goal);
  text = mentor_goal_dup_status_text (self->goal);

  gtk_widget_set_visible (self->status_box, TRUE);
  gtk_label_set_label (self->status_label, text);
  gtk_image_set_from_icon_name (self->status_icon, mentor_goal_status_icon (status));
  self->status_class = mentor_goal_status_class (status);
  gtk_widget_add_css_class (self->status_box, self->status_class);

  /* Only the moves that make sense from here. */
  gtk_widget_set_visible (self->status_buttons, TRUE);
  gtk_widget_set_visible (self->achieve_button, status == MENTOR_GOAL_OPEN);
  gtk_widget_set_visible (self->drop_button, status == MENTOR_GOAL_OPEN);
  gtk_widget_set_visible (self->reopen_button, status != MENTOR_GOAL_OPEN);

  update_progress (self);
}

static void
fill_mentorships (MentorGoalEditor *self)
{
  g_autoptr(GListModel) mentorships = mentor_store_list_mentorships (self->store);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint old = adw_combo_row_get_selected (self->mentorship_row);
  gint64 chosen = 0;
  guint selected = 0;
  gint64 none = 0;
  gint64 fixed = 0;

  if (old != GTK_INVALID_LIST_POSITION && old < self->mentorship_ids->len)
    chosen = g_array_index (self->mentorship_ids, gint64, old);
  if (chosen == 0)
    chosen = self->mentorship_id;

  fixed = self->goal != NULL ? mentor_goal_get_mentorship_id (self->goal) : self->mentorship_id;

  g_array_set_size (self->mentorship_ids, 0);
  gtk_string_list_append (titles, _("Choose a Mentorship"));
  g_array_append_val (self->mentorship_ids, none);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MentorMentorship) m = g_list_model_get_item (mentorships, i);
      g_autofree char *title = mentor_mentorship_dup_title (m);
      MentorStatus status = mentor_mentorship_get_status (m);
      gint64 id = mentor_mentorship_get_id (m);

      if (id == fixed)
        adw_action_row_set_subtitle (self->mentorship_label_row, title);

      if (status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED)
        {
          /* TRANSLATORS: a closed mentorship in a picker: "<Mentor> → <Mentee> (Completed)" */
          g_autofree char *closed = g_strdup_printf (_("%s (%s)"), title, mentor_status_to_label (status));

          gtk_string_list_append (titles, closed);
        }
      else
        gtk_string_list_append (titles, title);

      g_array_append_val (self->mentorship_ids, id);
      if (id == chosen)
        selected = self->mentorship_ids->len - 1;
    }

  adw_combo_row_set_model (self->mentorship_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->mentorship_row, selected);

  /* A goal being edited, or one the caller placed, stays where it is. */
  gtk_widget_set_visible (GTK_WIDGET (self->mentorship_row), is_new (self) && self->mentorship_id == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->mentorship_label_row), !is_new (self) || self->mentorship_id != 0);
}

static void
fill_areas (MentorGoalEditor *self)
{
  g_auto(GStrv) areas = mentor_store_list_focus_areas (self->store);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->area_list))) != NULL)
    gtk_list_box_remove (self->area_list, child);

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (areas[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (self->area_list, label);
    }
}

static MentorMilestoneRow *
add_row (MentorGoalEditor *self,
         MentorMilestone  *milestone);

/* Makes the rows follow the store's milestones of the goal: new ones added,
 * gone ones removed, the rest given the fresh record (which keeps what was
 * typed in them), all in the stored order. */
static void
sync_milestones (MentorGoalEditor *self)
{
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  guint n;

  if (is_new (self))
    return;

  stored = mentor_store_list_milestones (self->store, self->goal_id);
  n = g_list_model_get_n_items (stored);

  rows = sorted_rows (self);

  /* id -> row */
  for (guint i = 0; i < rows->len; i++)
    {
      MentorMilestoneRow *row = g_ptr_array_index (rows, i);
      gint64 *key = g_new (gint64, 1);

      *key = mentor_milestone_get_id (mentor_milestone_row_get_milestone (row));
      g_hash_table_insert (by_id, key, row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMilestone) milestone = g_list_model_get_item (stored, i);
      gint64 id = mentor_milestone_get_id (milestone);
      MentorMilestoneRow *row = g_hash_table_lookup (by_id, &id);

      if (row != NULL)
        {
          mentor_milestone_row_set_milestone (row, milestone);
          g_hash_table_remove (by_id, &id);
        }
      else
        add_row (self, milestone);
    }

  /* What is left was removed from the store. */
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, by_id);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      gtk_list_box_remove (self->milestone_list, GTK_WIDGET (value));
  }

  gtk_list_box_invalidate_sort (self->milestone_list);
  update_progress (self);
}

/* The positions of a new goal's milestones, kept in memory, follow the rows. */
static void
renumber_local (MentorGoalEditor *self)
{
  g_autoptr(GPtrArray) rows = sorted_rows (self);

  for (guint i = 0; i < rows->len; i++)
    mentor_milestone_set_position (mentor_milestone_row_get_milestone (g_ptr_array_index (rows, i)), i);
}

/* ---- Milestones --------------------------------------------------------- */

static void
move_row (MentorGoalEditor   *self,
          MentorMilestoneRow *row,
          int                 delta)
{
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  guint index = 0;
  int target;

  if (!g_ptr_array_find (rows, row, &index))
    return;

  target = (int) index + delta;
  if (target < 0 || target >= (int) rows->len)
    return;

  if (is_new (self))
    {
      MentorMilestoneRow *other = g_ptr_array_index (rows, target);

      mentor_milestone_set_position (mentor_milestone_row_get_milestone (row), target);
      mentor_milestone_set_position (mentor_milestone_row_get_milestone (other), index);
      gtk_list_box_invalidate_sort (self->milestone_list);
      update_progress (self);
    }
  else if (!mentor_store_move_milestone (self->store,
                                         mentor_milestone_get_id (mentor_milestone_row_get_milestone (row)),
                                         target, &error))
    {
      show_error (self, error->message);
      return;
    }

  clear_error (self);

  /* Sorting moves the row without taking it out, but be sure the keyboard
   * stays where it was (Alt+Up again moves it further). */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    gtk_widget_grab_focus (focus);
}

static void
row_move_cb (MentorGoalEditor   *self,
             int                 delta,
             MentorMilestoneRow *row)
{
  move_row (self, row, delta);
}

static void
row_done_toggled_cb (MentorGoalEditor   *self,
                     gboolean            done,
                     MentorMilestoneRow *row)
{
  MentorMilestone *milestone = mentor_milestone_row_get_milestone (row);
  g_autoptr(GError) error = NULL;

  if (is_new (self))
    {
      g_autofree char *today = done ? mentor_today () : NULL;

      mentor_milestone_set_done_on (milestone, today);
      mentor_milestone_row_set_milestone (row, milestone);
      update_progress (self);
      return;
    }

  /* The store's "changed" brings the fresh record to the row. */
  if (!mentor_store_set_milestone_done (self->store, mentor_milestone_get_id (milestone), done, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

typedef struct
{
  MentorStore      *store;
  MentorGoalEditor *editor;   /* weak */
  gint64            goal_id;
  char             *title;
  char             *due_on;
  char             *done_on;
  guint             position;
} RemoveUndo;

static void
remove_undo_free (gpointer  data,
                  GClosure *closure)
{
  RemoveUndo *undo = data;

  g_clear_object (&undo->store);
  g_clear_weak_pointer (&undo->editor);
  g_free (undo->title);
  g_free (undo->due_on);
  g_free (undo->done_on);
  g_free (undo);
}

static void
undo_remove_cb (AdwToast   *toast,
                RemoveUndo *undo)
{
  g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();
  g_autoptr(GError) error = NULL;

  mentor_milestone_set_goal_id (milestone, undo->goal_id);
  mentor_milestone_set_title (milestone, undo->title);
  mentor_milestone_set_due_on (milestone, undo->due_on);
  mentor_milestone_set_done_on (milestone, undo->done_on);
  mentor_milestone_set_position (milestone, undo->position);

  /* Back in at the end, then moved to where it was, which renumbers them. */
  if (!mentor_store_save_milestone (undo->store, milestone, &error) ||
      !mentor_store_move_milestone (undo->store, mentor_milestone_get_id (milestone),
                                    undo->position, &error))
    {
      if (undo->editor != NULL)
        show_error (undo->editor, error->message);
    }
}

static void
row_remove_cb (MentorGoalEditor   *self,
               MentorMilestoneRow *row)
{
  MentorMilestone *milestone = mentor_milestone_row_get_milestone (row);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  RemoveUndo *undo;
  guint index = 0;

  if (is_new (self))
    {
      gtk_list_box_remove (self->milestone_list, GTK_WIDGET (row));
      renumber_local (self);
      update_progress (self);
      return;
    }

  g_ptr_array_find (rows, row, &index);

  undo = g_new0 (RemoveUndo, 1);
  undo->store = g_object_ref (self->store);
  g_set_weak_pointer (&undo->editor, self);
  undo->goal_id = self->goal_id;
  undo->title = g_strdup (mentor_milestone_get_title (milestone));
  undo->due_on = g_strdup (mentor_milestone_get_due_on (milestone));
  undo->done_on = g_strdup (mentor_milestone_get_done_on (milestone));
  undo->position = index;

  if (!mentor_store_delete_milestone (self->store, mentor_milestone_get_id (milestone), &error))
    {
      remove_undo_free (undo, NULL);
      show_error (self, error->message);
      return;
    }

  clear_error (self);

  /* TRANSLATORS: a toast after removing a milestone; %s is its title */
  title = g_strdup_printf (_("“%s” removed"), undo->title);
  /* AdwToast 1.2 reads its title as markup. */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), undo,
                         remove_undo_free, 0);
  add_toast (self, toast);
}

static MentorMilestoneRow *
add_row (MentorGoalEditor *self,
         MentorMilestone  *milestone)
{
  GtkWidget *row = mentor_milestone_row_new (milestone);

  g_signal_connect_object (row, "done-toggled", G_CALLBACK (row_done_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "move", G_CALLBACK (row_move_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (row_remove_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->milestone_list, row);

  return MENTOR_MILESTONE_ROW (row);
}

static void
add_milestone (MentorGoalEditor *self)
{
  g_autofree char *title = dup_trimmed (GTK_EDITABLE (self->new_milestone_entry));
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  g_autoptr(MentorMilestone) milestone = NULL;
  g_autoptr(GError) error = NULL;

  if (*title == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_milestone_entry));
      return;
    }

  milestone = mentor_milestone_new ();
  mentor_milestone_set_title (milestone, title);
  mentor_milestone_set_position (milestone, rows->len);

  if (is_new (self))
    {
      add_row (self, milestone);
      update_progress (self);
    }
  else
    {
      mentor_milestone_set_goal_id (milestone, self->goal_id);
      /* The store's "changed" adds the row. */
      if (!mentor_store_save_milestone (self->store, milestone, &error))
        {
          show_error (self, error->message);
          return;
        }
    }

  clear_error (self);
  gtk_editable_set_text (GTK_EDITABLE (self->new_milestone_entry), "");
  /* Ready for the next one. */
  gtk_widget_grab_focus (GTK_WIDGET (self->new_milestone_entry));
}

/* ---- Filling the form --------------------------------------------------- */

static void
fill_fields (MentorGoalEditor *self)
{
  const char *title = is_new (self) ? _("New Goal") : _("Edit Goal");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (self->save_button, is_new (self) ? _("Add") : _("Save"));

  fill_mentorships (self);
  fill_areas (self);

  if (self->goal != NULL)
    {
      g_autoptr(GListModel) milestones = mentor_store_list_milestones (self->store, self->goal_id);
      const char *target_on = mentor_goal_get_target_on (self->goal);

      adw_window_title_set_subtitle (self->window_title, mentor_goal_get_mentorship_title (self->goal));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), mentor_goal_get_title (self->goal));
      gtk_editable_set_text (GTK_EDITABLE (self->area_row), mentor_goal_get_focus_area (self->goal));
      gtk_editable_set_text (GTK_EDITABLE (self->measure_row), mentor_goal_get_success_measure (self->goal));
      gtk_editable_set_text (GTK_EDITABLE (self->target_row), target_on != NULL ? target_on : "");

      for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
        {
          g_autoptr(MentorMilestone) milestone = g_list_model_get_item (milestones, i);

          add_row (self, milestone);
        }
    }
  else if (self->mentorship_id != 0)
    adw_window_title_set_subtitle (self->window_title,
                                   adw_action_row_get_subtitle (self->mentorship_label_row));

  update_status (self);
}

/* Checks the dates typed and says in words what is wrong. */
static char *
check_dates (MentorGoalEditor *self)
{
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  g_autofree char *today = mentor_today ();
  g_autoptr(GString) message = g_string_new (NULL);

  if (!mentor_date_entry_check (GTK_EDITABLE (self->target_row)))
    /* TRANSLATORS: %s is today's date as an example, e.g. 2026-03-12 */
    g_string_append_printf (message, _("Target Date is not a date: write it as year-month-day, for example %s."),
                            today);

  for (guint i = 0; i < rows->len; i++)
    {
      MentorMilestoneRow *row = g_ptr_array_index (rows, i);

      if (!mentor_milestone_row_check_due_on (row))
        {
          g_autofree char *title = mentor_milestone_row_dup_title (row);

          if (message->len > 0)
            g_string_append_c (message, '\n');
          g_string_append_printf (message,
                                  /* TRANSLATORS: the first %s is a milestone's title, the second today's date */
                                  _("The due date of “%s” is not a date: write it as year-month-day, for example %s."),
                                  title, today);
        }
    }

  gtk_label_set_label (self->date_error_label, message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->date_error_label), message->len > 0);

  if (message->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&message), FALSE);
}

/* ---- Saving ------------------------------------------------------------- */

typedef struct
{
  MentorGoalEditor *self;
  gint64            mentorship_id;
  gint64            goal_id;       /* out, for a new goal */
} SaveData;

static void
read_goal (MentorGoalEditor *self,
           MentorGoal       *goal)
{
  g_autofree char *title = dup_trimmed (GTK_EDITABLE (self->title_row));
  g_autofree char *area = dup_trimmed (GTK_EDITABLE (self->area_row));
  g_autofree char *measure = dup_trimmed (GTK_EDITABLE (self->measure_row));
  g_autofree char *target_on = dup_trimmed (GTK_EDITABLE (self->target_row));

  mentor_goal_set_title (goal, title);
  mentor_goal_set_focus_area (goal, area);
  mentor_goal_set_success_measure (goal, measure);
  mentor_goal_set_target_on (goal, *target_on != '\0' ? target_on : NULL);
}

static void
read_milestone (MentorMilestoneRow *row,
                MentorMilestone    *milestone)
{
  g_autofree char *title = mentor_milestone_row_dup_title (row);
  g_autofree char *due_on = mentor_milestone_row_dup_due_on (row);

  mentor_milestone_set_title (milestone, title);
  mentor_milestone_set_due_on (milestone, *due_on != '\0' ? due_on : NULL);
}

/* Inside one transaction: the goal and its typed milestones. Fresh records
 * each time, so that a refused save leaves no ids behind in the form. */
static gboolean
save_in_batch (MentorStore  *store,
               gpointer      user_data,
               GError      **error)
{
  SaveData *data = user_data;
  MentorGoalEditor *self = data->self;
  g_autoptr(GPtrArray) rows = sorted_rows (self);
  g_autoptr(MentorGoal) goal = NULL;

  if (is_new (self))
    {
      goal = mentor_goal_new ();
      mentor_goal_set_mentorship_id (goal, data->mentorship_id);
      read_goal (self, goal);
      if (!mentor_store_save_goal (store, goal, error))
        return FALSE;

      data->goal_id = mentor_goal_get_id (goal);

      for (guint i = 0; i < rows->len; i++)
        {
          MentorMilestoneRow *row = g_ptr_array_index (rows, i);
          MentorMilestone *kept = mentor_milestone_row_get_milestone (row);
          g_autoptr(MentorMilestone) milestone = mentor_milestone_new ();

          mentor_milestone_set_goal_id (milestone, data->goal_id);
          mentor_milestone_set_position (milestone, i);
          mentor_milestone_set_done_on (milestone, mentor_milestone_get_done_on (kept));
          read_milestone (row, milestone);
          if (!mentor_store_save_milestone (store, milestone, error))
            return FALSE;
        }

      return TRUE;
    }

  /* The goal as stored now: its status may have moved since it was opened. */
  goal = mentor_store_get_goal (store, self->goal_id, error);
  if (goal == NULL)
    return FALSE;

  read_goal (self, goal);
  if (!mentor_store_save_goal (store, goal, error))
    return FALSE;

  data->goal_id = self->goal_id;

  {
    g_autoptr(GListModel) stored = mentor_store_list_milestones (store, self->goal_id);
    guint n = g_list_model_get_n_items (stored);

    for (guint i = 0; i < rows->len; i++)
      {
        MentorMilestoneRow *row = g_ptr_array_index (rows, i);
        gint64 id = mentor_milestone_get_id (mentor_milestone_row_get_milestone (row));

        if (!mentor_milestone_row_get_edited (row))
          continue;

        for (guint j = 0; j < n; j++)
          {
            g_autoptr(MentorMilestone) milestone = g_list_model_get_item (stored, j);

            if (mentor_milestone_get_id (milestone) != id)
              continue;

            read_milestone (row, milestone);
            if (!mentor_store_save_milestone (store, milestone, error))
              return FALSE;
            break;
          }
      }
  }

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  SaveData data = { self, 0, 0 };

  if (is_new (self))
    {
      data.mentorship_id = self->mentorship_id;

      if (data.mentorship_id == 0)
        {
          guint selected = adw_combo_row_get_selected (self->mentorship_row);

          if (selected != GTK_INVALID_LIST_POSITION && selected < self->mentorship_ids->len)
            data.mentorship_id = g_array_index (self->mentorship_ids, gint64, selected);
        }

      if (data.mentorship_id == 0)
        {
          show_error (self, _("Choose the mentorship this goal belongs to."));
          gtk_widget_grab_focus (GTK_WIDGET (self->mentorship_row));
          return;
        }
    }

  problem = check_dates (self);
  if (problem != NULL)
    {
      show_error (self, problem);
      return;
    }

  if (!mentor_store_batch (self->store, save_in_batch, &data, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, data.goal_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Status ------------------------------------------------------------- */

static void
refresh_goal (MentorGoalEditor *self)
{
  g_autoptr(MentorGoal) goal = NULL;
  g_autoptr(GError) error = NULL;

  if (is_new (self))
    return;

  goal = mentor_store_get_goal (self->store, self->goal_id, &error);
  if (goal == NULL)
    {
      show_error (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      return;
    }

  g_set_object (&self->goal, goal);
  update_status (self);
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  MentorGoalStatus status;

  if (is_new (self))
    return;

  if (!mentor_goal_status_from_string (g_variant_get_string (param, NULL), &status))
    g_return_if_reached ();

  if (!mentor_store_set_goal_status (self->store, self->goal_id, status, NULL, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

/* GTK 4.8 names a button made with a mnemonic twice over ("Drop Goal Drop
 * Goal"); name such buttons once, by the text they show. */
static void
name_mnemonic_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_use_underline (GTK_BUTTON (child)) &&
          GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (child))))
        {
          GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (child)));

          gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (label),
                                          -1);
        }

      name_mnemonic_buttons (child);
    }
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = dup_trimmed (entry);

  adw_message_dialog_set_response_enabled (dialog, "drop", *reason != '\0');
}

static void
reason_activate_cb (GtkEntry         *entry,
                    AdwMessageDialog *dialog)
{
  g_autofree char *reason = dup_trimmed (GTK_EDITABLE (entry));

  if (*reason == '\0')
    return;

  /* adw_message_dialog_response() answers but leaves the dialog open. */
  adw_message_dialog_response (dialog, "drop");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
focus_extra_child_cb (AdwMessageDialog *dialog)
{
  GtkWidget *child = adw_message_dialog_get_extra_child (dialog);

  if (child != NULL)
    gtk_widget_grab_focus (child);
}

static void
drop_response_cb (MentorGoalEditor *self,
                  const char       *response,
                  AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "drop") != 0 || is_new (self))
    return;

  reason = dup_trimmed (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)));

  if (!mentor_store_set_goal_status (self->store, self->goal_id, MENTOR_GOAL_DROPPED, reason, &error))
    show_error (self, error->message);
  else
    clear_error (self);
}

static void
drop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (is_new (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Drop This Goal?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  /* TRANSLATORS: %s is the goal's title */
                                  _("Why drop this goal? The reason stays with “%s”, so both remember what changed."),
                                  mentor_goal_get_title (self->goal));

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "drop", _("_Drop Goal"),
                                    NULL);
  name_mnemonic_buttons (GTK_WIDGET (dialog));
  adw_message_dialog_set_response_appearance (dialog, "drop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "drop", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (reason_activate_cb), dialog, 0);
  /* The reason is what the dialog is for: type it right away. */
  g_signal_connect (dialog, "map", G_CALLBACK (focus_extra_child_cb), NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (drop_response_cb), self, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
store_changed_cb (MentorGoalEditor *self,
                  guint             what,
                  MentorStore      *store)
{
  if (what & (MENTOR_CHANGE_MENTORSHIPS | MENTOR_CHANGE_PEOPLE))
    fill_mentorships (self);

  if (what & (MENTOR_CHANGE_GOALS | MENTOR_CHANGE_MENTORSHIPS))
    {
      refresh_goal (self);
      sync_milestones (self);
      fill_areas (self);
    }
}

static void
area_activated_cb (MentorGoalEditor *self,
                   GtkListBoxRow    *row)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  gtk_editable_set_text (GTK_EDITABLE (self->area_row), gtk_label_get_text (GTK_LABEL (label)));
  gtk_menu_button_popdown (self->area_button);
  gtk_widget_grab_focus (GTK_WIDGET (self->area_row));
}

static void
target_changed_cb (MentorGoalEditor *self)
{
  /* Clear a flagged date as soon as it is right; flag it on Save. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->target_row), "error") &&
      mentor_date_entry_check (GTK_EDITABLE (self->target_row)))
    {
      g_autofree char *problem = check_dates (self);
    }
}

static void
new_milestone_activate_cb (MentorGoalEditor *self)
{
  add_milestone (self);
}

static void
new_milestone_changed_cb (MentorGoalEditor *self)
{
  g_autofree char *text = dup_trimmed (GTK_EDITABLE (self->new_milestone_entry));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-milestone", *text != '\0');
}

static void
add_milestone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  add_milestone (MENTOR_GOAL_EDITOR (widget));
}

static gboolean
move_focused_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row;

  if (focus == NULL)
    return FALSE;

  row = gtk_widget_get_ancestor (focus, MENTOR_TYPE_MILESTONE_ROW);
  if (row == NULL)
    return FALSE;

  move_row (self, MENTOR_MILESTONE_ROW (row), g_variant_get_int32 (args));
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_goal_editor_constructed (GObject *object)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (object);

  G_OBJECT_CLASS (mentor_goal_editor_parent_class)->constructed (object);

  g_assert (MENTOR_IS_STORE (self->store));

  if (self->goal != NULL)
    {
      /* Work on the goal as stored now, with its counts. */
      self->goal_id = mentor_goal_get_id (self->goal);
      refresh_goal (self);
    }

  fill_fields (self);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-milestone", FALSE);

  if (gtk_widget_get_visible (GTK_WIDGET (self->mentorship_row)))
    gtk_widget_grab_focus (GTK_WIDGET (self->mentorship_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
mentor_goal_editor_dispose (GObject *object)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MENTOR_TYPE_GOAL_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (mentor_goal_editor_parent_class)->dispose (object);
}

static void
mentor_goal_editor_finalize (GObject *object)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (object);

  g_clear_pointer (&self->mentorship_ids, g_array_unref);

  G_OBJECT_CLASS (mentor_goal_editor_parent_class)->finalize (object);
}

static void
mentor_goal_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_MENTORSHIP_ID:
      g_value_set_int64 (value, self->mentorship_id);
      break;

    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MentorGoalEditor *self = MENTOR_GOAL_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      break;

    case PROP_MENTORSHIP_ID:
      self->mentorship_id = g_value_get_int64 (value);
      break;

    case PROP_GOAL:
      g_set_object (&self->goal, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_editor_class_init (MentorGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mentor_goal_editor_constructed;
  object_class->dispose = mentor_goal_editor_dispose;
  object_class->finalize = mentor_goal_editor_finalize;
  object_class->get_property = mentor_goal_editor_get_property;
  object_class->set_property = mentor_goal_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         MENTOR_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MENTORSHIP_ID] =
    g_param_spec_int64 ("mentorship-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL,
                         MENTOR_TYPE_GOAL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (MENTOR_TYPE_DATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Mentor/ui/mentor-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, status_area);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, status_box);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, overdue_box);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, status_buttons);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, achieve_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, drop_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, mentorship_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, mentorship_label_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, area_button);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, area_list);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, measure_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, milestone_list);
  gtk_widget_class_bind_template_child (widget_class, MentorGoalEditor, new_milestone_entry);
  gtk_widget_class_bind_template_callback (widget_class, area_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_milestone_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_milestone_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.set-status", "s", set_status_action);
  gtk_widget_class_install_action (widget_class, "editor.drop", NULL, drop_action);
  gtk_widget_class_install_action (widget_class, "editor.add-milestone", NULL, add_milestone_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_focused_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, move_focused_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_focused_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, move_focused_cb, "i", 1);
}

static void
mentor_goal_editor_init (MentorGoalEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mentor_accessible_name_choices (GTK_WIDGET (self));

  self->mentorship_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_list_box_set_sort_func (self->milestone_list, compare_rows, NULL, NULL);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_goal_editor_new (MentorStore *store,
                        gint64       mentorship_id,
                        MentorGoal  *goal)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (goal == NULL || MENTOR_IS_GOAL (goal), NULL);

  return g_object_new (MENTOR_TYPE_GOAL_EDITOR,
                       "store", store,
                       "mentorship-id", goal != NULL ? mentor_goal_get_mentorship_id (goal) : mentorship_id,
                       "goal", goal,
                       NULL);
}

void
mentor_goal_editor_select_mentorship (MentorGoalEditor *self,
                                      gint64            mentorship_id)
{
  g_return_if_fail (MENTOR_IS_GOAL_EDITOR (self));

  for (guint i = 0; i < self->mentorship_ids->len; i++)
    if (g_array_index (self->mentorship_ids, gint64, i) == mentorship_id)
      {
        adw_combo_row_set_selected (self->mentorship_row, i);
        break;
      }

  if (gtk_widget_get_visible (GTK_WIDGET (self->mentorship_row)) && mentorship_id != 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

void
mentor_goal_editor_present (GtkWidget   *parent_widget,
                            MentorStore *store,
                            gint64       mentorship_id,
                            MentorGoal  *goal)
{
  GtkWidget *editor;
  GtkRoot *root = NULL;

  g_return_if_fail (parent_widget == NULL || GTK_IS_WIDGET (parent_widget));
  g_return_if_fail (MENTOR_IS_STORE (store));
  g_return_if_fail (goal == NULL || MENTOR_IS_GOAL (goal));

  editor = mentor_goal_editor_new (store, mentorship_id, goal);

  if (parent_widget != NULL)
    root = gtk_widget_get_root (parent_widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (editor));
}
