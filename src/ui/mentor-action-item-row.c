/* mentor-action-item-row.c — one action item on a meeting's page
 *
 * Two lines fit a 360 px window: the check button, the text and the remove
 * button; then who owns it and when it is due. Every button is named after
 * the item, so a screen reader says which one it acts on.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-action-item-row.h"
#include "mentor-date-picker.h"

struct _MentorActionItemRow
{
  GtkListBoxRow     parent_instance;

  MentorActionItem *item;
  guint             loading;

  GtkCheckButton   *done_check;
  GtkEntry         *text_entry;
  GtkDropDown      *owner_dropdown;
  GtkEntry         *due_entry;
  GtkWidget        *remove_button;
};

enum {
  CHANGED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorActionItemRow, mentor_action_item_row, GTK_TYPE_LIST_BOX_ROW)

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
set_name (GtkWidget  *widget,
          const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
update_names (MentorActionItemRow *self)
{
  g_autofree char *text = dup_trimmed (GTK_EDITABLE (self->text_entry));
  g_autofree char *done = NULL;
  g_autofree char *remove = NULL;
  const char *what = *text != '\0' ? text : _("New Action Item");

  /* TRANSLATORS: the check button that ticks an action item done; %s is its text */
  done = g_strdup_printf (_("Done: %s"), what);
  /* TRANSLATORS: a button that removes an action item; %s is its text */
  remove = g_strdup_printf (_("Remove %s"), what);

  set_name (GTK_WIDGET (self->done_check), done);
  set_name (self->remove_button, remove);
  set_name (GTK_WIDGET (self), what);
}

static void
text_changed_cb (MentorActionItemRow *self)
{
  g_autofree char *text = dup_trimmed (GTK_EDITABLE (self->text_entry));

  update_names (self);
  if (self->loading > 0)
    return;

  mentor_action_item_set_text (self->item, text);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
done_toggled_cb (MentorActionItemRow *self)
{
  gboolean done = gtk_check_button_get_active (self->done_check);

  if (self->loading > 0)
    return;

  if (done)
    {
      const char *done_on = mentor_action_item_get_done_on (self->item);

      /* Ticking again keeps the day it was first done. */
      if (done_on == NULL || *done_on == '\0')
        {
          g_autofree char *today = mentor_today ();

          mentor_action_item_set_done_on (self->item, today);
        }
    }
  else
    mentor_action_item_set_done_on (self->item, NULL);

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
owner_changed_cb (MentorActionItemRow *self)
{
  if (self->loading > 0)
    return;

  mentor_action_item_set_owner (self->item,
                                gtk_drop_down_get_selected (self->owner_dropdown) == 1
                                  ? MENTOR_OWNER_MENTEE : MENTOR_OWNER_MENTOR);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
due_changed_cb (MentorActionItemRow *self)
{
  g_autofree char *due = dup_trimmed (GTK_EDITABLE (self->due_entry));

  if (self->loading > 0)
    return;

  /* Flag a bad date as soon as it is right again; flag it on Save. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->due_entry), "error"))
    mentor_date_entry_check (GTK_EDITABLE (self->due_entry));

  mentor_action_item_set_due_on (self->item, *due != '\0' ? due : NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_clicked_cb (MentorActionItemRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
mentor_action_item_row_dispose (GObject *object)
{
  MentorActionItemRow *self = MENTOR_ACTION_ITEM_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (mentor_action_item_row_parent_class)->dispose (object);
}

static void
mentor_action_item_row_class_init (MentorActionItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mentor_action_item_row_dispose;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
mentor_action_item_row_init (MentorActionItemRow *self)
{
  GtkWidget *box;
  GtkWidget *line;
  GtkWidget *second;
  GtkWidget *picker;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), line);

  self->done_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->done_check), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->done_check), _("Done"));
  g_signal_connect_object (self->done_check, "toggled", G_CALLBACK (done_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->done_check));

  self->text_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->text_entry), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->text_entry), 8);
  gtk_entry_set_placeholder_text (self->text_entry, _("What is to be done"));
  set_name (GTK_WIDGET (self->text_entry), _("Action Item"));
  g_signal_connect_object (self->text_entry, "changed", G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->text_entry));

  self->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (self->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->remove_button, _("Remove Action Item"));
  gtk_widget_add_css_class (self->remove_button, "flat");
  g_signal_connect_object (self->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (line), self->remove_button);

  /* Who and when, lined up under the text. */
  second = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (second, 28);
  gtk_box_append (GTK_BOX (box), second);

  self->owner_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->owner_dropdown), _("Owner"));
  set_name (GTK_WIDGET (self->owner_dropdown), _("Owner"));
  mentor_accessible_name_drop_down (self->owner_dropdown);
  mentor_accessible_name_choices (GTK_WIDGET (self->owner_dropdown));
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->owner_dropdown));

  self->due_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->due_entry), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->due_entry), 10);
  gtk_entry_set_placeholder_text (self->due_entry, _("Due date"));
  gtk_entry_set_input_purpose (self->due_entry, GTK_INPUT_PURPOSE_DIGITS);
  set_name (GTK_WIDGET (self->due_entry), _("Due Date"));
  g_signal_connect_object (self->due_entry, "changed", G_CALLBACK (due_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (second), GTK_WIDGET (self->due_entry));

  picker = mentor_date_picker_new (GTK_EDITABLE (self->due_entry), _("Pick Due Date"));
  gtk_box_append (GTK_BOX (second), picker);
}

GtkWidget *
mentor_action_item_row_new (MentorActionItem *item)
{
  MentorActionItemRow *self;
  g_autoptr(GtkStringList) owners = NULL;
  const char *done_on;

  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM (item), NULL);

  self = g_object_new (MENTOR_TYPE_ACTION_ITEM_ROW, NULL);
  self->item = g_object_ref (item);

  /* The roles, not the names: short enough for a 360 px window. */
  owners = gtk_string_list_new ((const char * const []) { _("Mentor"), _("Mentee"), NULL });

  self->loading++;
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owners));
  gtk_drop_down_set_selected (self->owner_dropdown,
                              mentor_action_item_get_owner (item) == MENTOR_OWNER_MENTEE ? 1 : 0);
  g_signal_connect_object (self->owner_dropdown, "notify::selected", G_CALLBACK (owner_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_editable_set_text (GTK_EDITABLE (self->text_entry),
                         mentor_action_item_get_text (item) != NULL ? mentor_action_item_get_text (item) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry),
                         mentor_action_item_get_due_on (item) != NULL ? mentor_action_item_get_due_on (item) : "");
  done_on = mentor_action_item_get_done_on (item);
  gtk_check_button_set_active (self->done_check, done_on != NULL && *done_on != '\0');
  self->loading--;

  update_names (self);

  return GTK_WIDGET (self);
}

MentorActionItem *
mentor_action_item_row_get_item (MentorActionItemRow *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM_ROW (self), NULL);

  return self->item;
}

gboolean
mentor_action_item_row_check (MentorActionItemRow *self)
{
  g_return_val_if_fail (MENTOR_IS_ACTION_ITEM_ROW (self), FALSE);

  return mentor_date_entry_check (GTK_EDITABLE (self->due_entry));
}

void
mentor_action_item_row_focus (MentorActionItemRow *self)
{
  g_return_if_fail (MENTOR_IS_ACTION_ITEM_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}
