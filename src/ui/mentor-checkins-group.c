/* mentor-checkins-group.c — the "Check-ins" of a mentorship's detail
 *
 * What a person asks first about a mentorship's meetings — when is the next
 * one, and how often do we meet — with the ways to plan more right under it.
 * It reads the store itself and follows its "changed" signal, so a check-in
 * marked held in the Calendar moves "Next" on at once.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-checkins-group.h"
#include "mentor-meeting-editor.h"
#include "mentor-meeting-text.h"
#include "mentor-schedule-dialog.h"

struct _MentorCheckinsGroup
{
  AdwBin            parent_instance;

  MentorStore      *store;
  MentorMentorship *mentorship;
  /* The meeting "Next" opens. */
  MentorMeeting    *next;

  AdwPreferencesGroup *group;
  GtkListBox       *list;
  AdwActionRow     *next_row;
  GtkWidget        *schedule_series_button;
  GtkWidget        *schedule_one_button;
  GtkWidget        *log_button;
  GtkWidget        *calendar_button;
};

G_DEFINE_FINAL_TYPE (MentorCheckinsGroup, mentor_checkins_group, ADW_TYPE_BIN)

static gboolean
is_closed (MentorMentorship *mentorship)
{
  MentorStatus status = mentor_mentorship_get_status (mentorship);

  return status == MENTOR_STATUS_COMPLETED || status == MENTOR_STATUS_ENDED;
}

static void
clear_series_rows (MentorCheckinsGroup *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->next_row))
        gtk_list_box_remove (self->list, child);
      child = next;
    }
}

static void
refresh (MentorCheckinsGroup *self)
{
  g_autoptr(GListModel) series = NULL;
  g_autofree char *today = NULL;
  g_autofree char *next_text = NULL;
  g_autofree char *how = NULL;
  gint64 id;

  clear_series_rows (self);
  g_clear_object (&self->next);

  gtk_widget_set_visible (GTK_WIDGET (self), self->store != NULL && self->mentorship != NULL);
  if (self->store == NULL || self->mentorship == NULL)
    return;

  id = mentor_mentorship_get_id (self->mentorship);
  today = mentor_today ();

  self->next = mentor_store_next_meeting (self->store, id, NULL);
  next_text = mentor_meeting_dup_next_text (self->next != NULL ? mentor_meeting_get_starts_at (self->next) : NULL,
                                            NULL, today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), next_text);
  if (self->next != NULL)
    how = mentor_meeting_dup_how (self->next, mentor_mentorship_get_mode (self->mentorship));
  adw_action_row_set_subtitle (self->next_row,
                               self->next != NULL
                                 ? (how != NULL ? how : "")
                                 : is_closed (self->mentorship)
                                     ? _("This mentorship is closed.")
                                     : _("Schedule check-ins at the agreed cadence, or a single meeting."));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->next_row), self->next != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->next_row), self->next != NULL ? _("Open the next check-in") : NULL);

  series = mentor_store_list_series (self->store, id);
  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(MentorCheckinSeries) s = g_list_model_get_item (series, i);
      g_autofree char *words = mentor_recurrence_describe (mentor_checkin_series_get_dtstart (s),
                                                           mentor_checkin_series_get_tzid (s),
                                                           mentor_checkin_series_get_rrule (s));
      g_autofree char *minutes = mentor_meeting_format_duration (mentor_checkin_series_get_duration_min (s));
      /* TRANSLATORS: under a series in words: "45 minutes · Europe/Berlin" */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), minutes, mentor_checkin_series_get_tzid (s));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("view-refresh-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), words != NULL ? words : mentor_checkin_series_get_rrule (s));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->list, row);
    }

  gtk_widget_set_visible (self->schedule_series_button, !is_closed (self->mentorship));
  gtk_widget_set_visible (self->schedule_one_button, !is_closed (self->mentorship));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->calendar_button), g_variant_new_int64 (id));
}

static void
store_changed_cb (MentorCheckinsGroup *self,
                  guint                what,
                  MentorStore         *store)
{
  if ((what & (MENTOR_CHANGE_MEETINGS | MENTOR_CHANGE_SERIES | MENTOR_CHANGE_MENTORSHIPS)) != 0)
    refresh (self);
}

static void
next_activated_cb (MentorCheckinsGroup *self,
                   GtkListBoxRow       *row)
{
  if (row == GTK_LIST_BOX_ROW (self->next_row) && self->next != NULL)
    mentor_meeting_editor_present (GTK_WIDGET (self), self->store, self->next);
}

static void
schedule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  MentorCheckinsGroup *self = MENTOR_CHECKINS_GROUP (widget);
  MentorScheduleKind kind = MENTOR_SCHEDULE_ONE_OFF;
  const char *which = g_variant_get_string (param, NULL);

  if (self->store == NULL || self->mentorship == NULL)
    return;

  if (g_str_equal (which, "recurring"))
    kind = MENTOR_SCHEDULE_RECURRING;
  else if (g_str_equal (which, "log"))
    kind = MENTOR_SCHEDULE_LOG;

  mentor_schedule_dialog_present (widget, self->store, mentor_mentorship_get_id (self->mentorship), kind);
}

static GtkWidget *
button_new (const char *label,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void
mentor_checkins_group_dispose (GObject *object)
{
  MentorCheckinsGroup *self = MENTOR_CHECKINS_GROUP (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->store);
  g_clear_object (&self->mentorship);
  g_clear_object (&self->next);

  G_OBJECT_CLASS (mentor_checkins_group_parent_class)->dispose (object);
}

static void
mentor_checkins_group_class_init (MentorCheckinsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_checkins_group_dispose;

  gtk_widget_class_install_action (widget_class, "checkins.schedule", "s", schedule_action);
}

static void
mentor_checkins_group_init (MentorCheckinsGroup *self)
{
  GtkWidget *box;
  GtkWidget *buttons;
  GtkWidget *arrow;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  adw_bin_set_child (ADW_BIN (self), box);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Check-ins"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check-ins"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (next_activated_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));

  self->next_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->next_row), FALSE);
  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (self->next_row, arrow);
  gtk_list_box_append (self->list, GTK_WIDGET (self->next_row));

  /* Wraps onto more lines in a narrow window. */
  buttons = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 4);
  gtk_box_append (GTK_BOX (box), buttons);

  self->schedule_series_button = button_new (_("Schedule Check-ins…"),
                                             _("Plan recurring check-ins at the agreed cadence"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->schedule_series_button), "checkins.schedule");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->schedule_series_button), g_variant_new_string ("recurring"));
  gtk_widget_add_css_class (self->schedule_series_button, "suggested-action");
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->schedule_series_button);

  self->schedule_one_button = button_new (_("Schedule Meeting…"), _("Plan a single meeting"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->schedule_one_button), "checkins.schedule");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->schedule_one_button), g_variant_new_string ("one-off"));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->schedule_one_button);

  self->log_button = button_new (_("Log Meeting…"), _("Record a meeting that already happened"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->log_button), "checkins.schedule");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->log_button), g_variant_new_string ("log"));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->log_button);

  self->calendar_button = button_new (_("Show in Calendar"), _("The check-ins of this mentorship in the Calendar"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->calendar_button), "win.show-mentorship-calendar");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->calendar_button), g_variant_new_int64 (0));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->calendar_button);

  /* The flow box children take the focus themselves; the buttons do. */
  for (GtkWidget *child = gtk_widget_get_first_child (buttons); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
mentor_checkins_group_new (void)
{
  return g_object_new (MENTOR_TYPE_CHECKINS_GROUP, NULL);
}

void
mentor_checkins_group_set_mentorship (MentorCheckinsGroup *self,
                                      MentorStore         *store,
                                      MentorMentorship    *mentorship)
{
  g_return_if_fail (MENTOR_IS_CHECKINS_GROUP (self));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));
  g_return_if_fail (mentorship == NULL || MENTOR_IS_MENTORSHIP (mentorship));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_set_object (&self->mentorship, mentorship);
  refresh (self);
}

GMenuModel *
mentor_mentorship_menu_new (gint64 mentorship_id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) export = g_menu_item_new (_("Export Check-ins…"), NULL);
  g_autoptr(GMenuItem) print = g_menu_item_new (_("Print Report…"), NULL);

  g_menu_item_set_action_and_target_value (export, "win.export-mentorship-ics",
                                           g_variant_new_int64 (mentorship_id));
  g_menu_item_set_action_and_target_value (print, "win.print-mentorship-report",
                                           g_variant_new_int64 (mentorship_id));
  g_menu_append_item (menu, export);
  g_menu_append_item (menu, print);

  return G_MENU_MODEL (menu);
}
