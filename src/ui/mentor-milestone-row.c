/* mentor-milestone-row.c — one milestone in the goal editor
 *
 * Two lines fit a 360 px window: the check button and the title, then the
 * due date with its calendar and the buttons that move or remove it; the
 * state in words goes below when there is one. Every button is named after
 * the milestone, so a screen reader says which one it acts on.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-date-picker.h"
#include "mentor-goal-text.h"
#include "mentor-milestone-row.h"

struct _MentorMilestoneRow
{
  GtkListBoxRow     parent_instance;

  MentorMilestone  *milestone;
  guint             loading;

  GtkCheckButton   *done_check;
  GtkEntry         *title_entry;
  GtkEntry         *due_entry;
  MentorDatePicker *due_picker;
  GtkWidget        *up_button;
  GtkWidget        *down_button;
  GtkWidget        *remove_button;
  GtkWidget        *state_box;
  GtkImage         *state_icon;
  GtkLabel         *state_label;
};

enum {
  PROP_0,
  PROP_MILESTONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DONE_TOGGLED,
  MOVE,
  REMOVE,
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorMilestoneRow, mentor_milestone_row, GTK_TYPE_LIST_BOX_ROW)

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static gboolean
is_done (MentorMilestone *milestone)
{
  const char *done_on = milestone != NULL ? mentor_milestone_get_done_on (milestone) : NULL;

  return done_on != NULL && *done_on != '\0';
}

static void
set_name (GtkWidget  *widget,
          const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* The names say which milestone a button acts on: what is typed, or the
 * stored title while the entry is empty. */
static void
update_names (MentorMilestoneRow *self)
{
  g_autofree char *typed = dup_trimmed (GTK_EDITABLE (self->title_entry));
  const char *title = typed;
  g_autofree char *done = NULL;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;
  g_autofree char *row = NULL;
  const char *state;

  if (*title == '\0' && self->milestone != NULL)
    title = mentor_milestone_get_title (self->milestone);

  /* TRANSLATORS: the check button that ticks a milestone done; %s is its title */
  done = g_strdup_printf (_("Done: %s"), title);
  /* TRANSLATORS: a button that moves a milestone one place up; %s is its title */
  up = g_strdup_printf (_("Move %s Up"), title);
  /* TRANSLATORS: a button that moves a milestone one place down; %s is its title */
  down = g_strdup_printf (_("Move %s Down"), title);
  /* TRANSLATORS: a button that removes a milestone; %s is its title */
  remove = g_strdup_printf (_("Remove %s"), title);

  set_name (GTK_WIDGET (self->done_check), done);
  set_name (self->up_button, up);
  set_name (self->down_button, down);
  set_name (self->remove_button, remove);
  gtk_widget_set_tooltip_text (self->up_button, _("Move Up (Alt+Up)"));
  gtk_widget_set_tooltip_text (self->down_button, _("Move Down (Alt+Down)"));
  gtk_widget_set_tooltip_text (self->remove_button, _("Remove Milestone"));

  state = gtk_widget_get_visible (self->state_box) ? gtk_label_get_label (self->state_label) : "";
  if (*state != '\0')
    /* TRANSLATORS: a milestone for a screen reader: its title, then its state, e.g. "Done on 12 Mar 2026" */
    row = g_strdup_printf (_("%s, %s"), title, state);
  else
    row = g_strdup (title);
  set_name (GTK_WIDGET (self), row);
}

/* The state in words, from the record and the due date as typed (when it is
 * a date), so that fixing a due date shows its effect before Save. */
static void
update_state (MentorMilestoneRow *self)
{
  g_autoptr(MentorMilestone) shown = NULL;
  g_autofree char *due_on = dup_trimmed (GTK_EDITABLE (self->due_entry));
  g_autofree char *text = NULL;
  g_autofree char *today = mentor_today ();
  gboolean late;

  if (self->milestone == NULL)
    {
      gtk_widget_set_visible (self->state_box, FALSE);
      return;
    }

  shown = mentor_milestone_new ();
  mentor_milestone_set_title (shown, mentor_milestone_get_title (self->milestone));
  mentor_milestone_set_done_on (shown, mentor_milestone_get_done_on (self->milestone));
  if (*due_on == '\0' || mentor_date_is_valid (due_on))
    mentor_milestone_set_due_on (shown, *due_on != '\0' ? due_on : NULL);
  else
    mentor_milestone_set_due_on (shown, mentor_milestone_get_due_on (self->milestone));

  text = mentor_milestone_dup_state_text (shown, today);
  late = mentor_milestone_days_overdue (shown, today) > 0;

  gtk_label_set_label (self->state_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->state_box, text != NULL);
  /* A mark for what stands out (done, late); a plain due date needs none. */
  gtk_image_set_from_icon_name (self->state_icon,
                                is_done (shown) ? "emblem-ok-symbolic"
                                : late ? "dialog-warning-symbolic"
                                : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->state_icon), is_done (shown) || late);

  if (late)
    {
      gtk_widget_add_css_class (self->state_box, "warning");
      gtk_widget_remove_css_class (self->state_box, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (self->state_box, "warning");
      gtk_widget_add_css_class (self->state_box, "dim-label");
    }
}

static void
update (MentorMilestoneRow *self)
{
  self->loading++;
  gtk_check_button_set_active (self->done_check, is_done (self->milestone));
  self->loading--;

  update_state (self);
  update_names (self);
}

/* ---- Signal callbacks --------------------------------------------------- */

static void
done_toggled_cb (MentorMilestoneRow *self)
{
  if (self->loading > 0)
    return;

  g_signal_emit (self, signals[DONE_TOGGLED], 0,
                 gtk_check_button_get_active (self->done_check));

  /* Show what the record says now: ticked when the editor could record it,
   * as it was when it could not. */
  update (self);
}

static void
text_changed_cb (MentorMilestoneRow *self,
                 GtkEditable        *editable)
{
  if (editable == GTK_EDITABLE (self->due_entry))
    {
      /* Clear a flagged date as soon as it is right, flag it on leaving. */
      if (gtk_widget_has_css_class (GTK_WIDGET (self->due_entry), "error"))
        mentor_date_entry_check (GTK_EDITABLE (self->due_entry));
      update_state (self);
    }

  update_names (self);

  if (self->loading == 0)
    g_signal_emit (self, signals[EDITED], 0);
}

static void
due_focus_leave_cb (MentorMilestoneRow *self)
{
  mentor_date_entry_check (GTK_EDITABLE (self->due_entry));
}

/* What the check button's "milestone.toggle" action does: GTK 4.8 gives a
 * check button no action of its own on the accessibility bus, so assistive
 * technologies (and the UI tests) could only tick it with the pointer. */
static void
toggle_activated_cb (GSimpleAction      *action,
                     GVariant           *param,
                     MentorMilestoneRow *self)
{
  gtk_check_button_set_active (self->done_check,
                               !gtk_check_button_get_active (self->done_check));
}

static void
move_up_cb (MentorMilestoneRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
move_down_cb (MentorMilestoneRow *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
remove_cb (MentorMilestoneRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* ---- GObject ------------------------------------------------------------ */

static void
mentor_milestone_row_dispose (GObject *object)
{
  MentorMilestoneRow *self = MENTOR_MILESTONE_ROW (object);

  g_clear_object (&self->milestone);

  G_OBJECT_CLASS (mentor_milestone_row_parent_class)->dispose (object);
}

static void
mentor_milestone_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MentorMilestoneRow *self = MENTOR_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_MILESTONE:
      g_value_set_object (value, self->milestone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_milestone_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MentorMilestoneRow *self = MENTOR_MILESTONE_ROW (object);

  switch (prop_id)
    {
    case PROP_MILESTONE:
      mentor_milestone_row_set_milestone (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_milestone_row_class_init (MentorMilestoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mentor_milestone_row_dispose;
  object_class->get_property = mentor_milestone_row_get_property;
  object_class->set_property = mentor_milestone_row_set_property;

  properties[PROP_MILESTONE] =
    g_param_spec_object ("milestone", NULL, NULL,
                         MENTOR_TYPE_MILESTONE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DONE_TOGGLED] =
    g_signal_new ("done-toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[MOVE] =
    g_signal_new ("move",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static GtkWidget *
icon_button (const char *icon_name,
             GCallback   callback,
             gpointer    self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);

  return button;
}

static void
mentor_milestone_row_init (MentorMilestoneRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *second = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  /* The second and third lines line up with the title, past the check. */
  const int indent = 34;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  self->done_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->done_check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->done_check), _("Done"));
  g_signal_connect_object (self->done_check, "toggled", G_CALLBACK (done_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->done_check));

  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
    g_autoptr(GSimpleAction) toggle = g_simple_action_new ("toggle", NULL);

    g_signal_connect_object (toggle, "activate", G_CALLBACK (toggle_activated_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (toggle));
    gtk_widget_insert_action_group (GTK_WIDGET (self->done_check), "milestone", G_ACTION_GROUP (group));
  }

  self->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_entry), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->title_entry), 8);
  gtk_entry_set_placeholder_text (self->title_entry, _("Milestone title"));
  /* Reads as the row's title; the frame shows on focus. */
  gtk_widget_add_css_class (GTK_WIDGET (self->title_entry), "flat");
  set_name (GTK_WIDGET (self->title_entry), _("Milestone Title"));
  g_signal_connect_object (self->title_entry, "changed", G_CALLBACK (text_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (first), GTK_WIDGET (self->title_entry));

  gtk_widget_set_margin_start (second, indent);

  self->due_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->due_entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->due_entry), 10);
  gtk_entry_set_placeholder_text (self->due_entry, _("Due date"));
  gtk_entry_set_input_purpose (self->due_entry, GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->due_entry), _("Due date, as year-month-day"));
  set_name (GTK_WIDGET (self->due_entry), _("Due Date"));
  g_signal_connect_object (self->due_entry, "changed", G_CALLBACK (text_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (due_focus_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->due_entry), focus);
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->due_entry));

  self->due_picker = MENTOR_DATE_PICKER (mentor_date_picker_new (GTK_EDITABLE (self->due_entry),
                                                                _("Pick Due Date")));
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->due_picker));

  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (second), spacer);

  self->up_button = icon_button ("go-up-symbolic", G_CALLBACK (move_up_cb), self);
  self->down_button = icon_button ("go-down-symbolic", G_CALLBACK (move_down_cb), self);
  self->remove_button = icon_button ("user-trash-symbolic", G_CALLBACK (remove_cb), self);
  gtk_box_append (GTK_BOX (second), self->up_button);
  gtk_box_append (GTK_BOX (second), self->down_button);
  gtk_box_append (GTK_BOX (second), self->remove_button);

  self->state_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (self->state_box, indent);
  gtk_widget_add_css_class (self->state_box, "caption");
  self->state_icon = GTK_IMAGE (gtk_image_new ());
  /* The words beside it say the same. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->state_icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  self->state_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->state_label, 0);
  gtk_label_set_wrap (self->state_label, TRUE);
  gtk_box_append (GTK_BOX (self->state_box), GTK_WIDGET (self->state_icon));
  gtk_box_append (GTK_BOX (self->state_box), GTK_WIDGET (self->state_label));

  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_box_append (GTK_BOX (box), self->state_box);
}

/* ---- Public API --------------------------------------------------------- */

GtkWidget *
mentor_milestone_row_new (MentorMilestone *milestone)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE (milestone), NULL);

  return g_object_new (MENTOR_TYPE_MILESTONE_ROW,
                       "milestone", milestone,
                       NULL);
}

MentorMilestone *
mentor_milestone_row_get_milestone (MentorMilestoneRow *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE_ROW (self), NULL);

  return self->milestone;
}

void
mentor_milestone_row_set_milestone (MentorMilestoneRow *self,
                                    MentorMilestone    *milestone)
{
  g_autofree char *typed_title = NULL;
  g_autofree char *typed_due = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *old_due = NULL;
  const char *due_on;

  g_return_if_fail (MENTOR_IS_MILESTONE_ROW (self));
  g_return_if_fail (MENTOR_IS_MILESTONE (milestone));

  typed_title = dup_trimmed (GTK_EDITABLE (self->title_entry));
  typed_due = dup_trimmed (GTK_EDITABLE (self->due_entry));
  if (self->milestone != NULL)
    {
      old_title = g_strdup (mentor_milestone_get_title (self->milestone));
      old_due = g_strdup (mentor_milestone_get_due_on (self->milestone));
    }
  if (old_title == NULL)
    old_title = g_strdup ("");
  if (old_due == NULL)
    old_due = g_strdup ("");

  /* Keep what the person typed; take the record's words where they had not
   * typed anything of their own. The same object may come back changed (a
   * goal not added yet keeps its milestones in memory), so always show it. */
  g_object_ref (milestone);
  g_clear_object (&self->milestone);
  self->milestone = milestone;

  self->loading++;
  if (self->milestone != NULL)
    {
      if (g_strcmp0 (typed_title, old_title) == 0)
        gtk_editable_set_text (GTK_EDITABLE (self->title_entry), mentor_milestone_get_title (milestone));

      due_on = mentor_milestone_get_due_on (milestone);
      if (g_strcmp0 (typed_due, old_due) == 0)
        gtk_editable_set_text (GTK_EDITABLE (self->due_entry), due_on != NULL ? due_on : "");
    }
  self->loading--;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILESTONE]);
}

char *
mentor_milestone_row_dup_title (MentorMilestoneRow *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE_ROW (self), NULL);

  return dup_trimmed (GTK_EDITABLE (self->title_entry));
}

char *
mentor_milestone_row_dup_due_on (MentorMilestoneRow *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE_ROW (self), NULL);

  return dup_trimmed (GTK_EDITABLE (self->due_entry));
}

gboolean
mentor_milestone_row_get_edited (MentorMilestoneRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *due_on = NULL;
  const char *stored_due;

  g_return_val_if_fail (MENTOR_IS_MILESTONE_ROW (self), FALSE);

  if (self->milestone == NULL)
    return FALSE;

  title = dup_trimmed (GTK_EDITABLE (self->title_entry));
  due_on = dup_trimmed (GTK_EDITABLE (self->due_entry));
  stored_due = mentor_milestone_get_due_on (self->milestone);

  return g_strcmp0 (title, mentor_milestone_get_title (self->milestone)) != 0 ||
         g_strcmp0 (due_on, stored_due != NULL ? stored_due : "") != 0;
}

gboolean
mentor_milestone_row_check_due_on (MentorMilestoneRow *self)
{
  g_return_val_if_fail (MENTOR_IS_MILESTONE_ROW (self), FALSE);

  return mentor_date_entry_check (GTK_EDITABLE (self->due_entry));
}

void
mentor_milestone_row_set_movable (MentorMilestoneRow *self,
                                  gboolean            up,
                                  gboolean            down)
{
  g_return_if_fail (MENTOR_IS_MILESTONE_ROW (self));

  gtk_widget_set_sensitive (self->up_button, up);
  gtk_widget_set_sensitive (self->down_button, down);
}

void
mentor_milestone_row_focus_title (MentorMilestoneRow *self)
{
  g_return_if_fail (MENTOR_IS_MILESTONE_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}
