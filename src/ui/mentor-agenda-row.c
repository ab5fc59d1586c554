/* mentor-agenda-row.c — one meeting in the Calendar's agenda
 *
 * When (in the user's zone, and below it the planned zone's time where it
 * differs), who, how and where, and the status as a word with an icon. A scheduled
 * meeting gets its one-click "Mark Held" and "Mark Missed"; everything else
 * is in "More Actions". The row only asks: the page makes the change and
 * offers Undo.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-agenda-row.h"
#include "mentor-calendar-text.h"
#include "mentor-row-layout.h"

struct _MentorAgendaRow
{
  GtkWidget      parent_instance;

  MentorMeeting *meeting;
  MentorMode     mentorship_mode;
  char          *user_tz;

  /* children */
  GtkImage      *status_icon;
  GtkLabel      *time_label;
  GtkLabel      *status_label;
  GtkLabel      *title_label;
  GtkLabel      *place_label;
  GtkWidget     *held_button;
  GtkWidget     *missed_button;
  GtkWidget     *more_button;
};

enum {
  PROP_0,
  PROP_MEETING,
  PROP_MENTORSHIP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SET_STATUS,
  DELETE_OCCURRENCE,
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (MentorAgendaRow, mentor_agenda_row, GTK_TYPE_WIDGET)

static void
update_actions (MentorAgendaRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have = self->meeting != NULL;
  MentorMeetingStatus status = have ? mentor_meeting_get_status (self->meeting) : MENTOR_MEETING_SCHEDULED;
  gboolean series = have && mentor_meeting_get_series_id (self->meeting) != 0;

  gtk_widget_action_set_enabled (widget, "row.mark-held", have && status != MENTOR_MEETING_HELD);
  gtk_widget_action_set_enabled (widget, "row.mark-missed", have && status != MENTOR_MEETING_MISSED);
  /* The menu repeats Mark Held and Mark Missed only where the buttons are
   * not shown: for meetings no longer scheduled. */
  gtk_widget_action_set_enabled (widget, "row.menu-mark-held",
                                 have && status != MENTOR_MEETING_SCHEDULED && status != MENTOR_MEETING_HELD);
  gtk_widget_action_set_enabled (widget, "row.menu-mark-missed",
                                 have && status != MENTOR_MEETING_SCHEDULED && status != MENTOR_MEETING_MISSED);
  gtk_widget_action_set_enabled (widget, "row.mark-scheduled", have && status != MENTOR_MEETING_SCHEDULED);
  gtk_widget_action_set_enabled (widget, "row.cancel-checkin",
                                 have && series && status != MENTOR_MEETING_CANCELLED);
  gtk_widget_action_set_enabled (widget, "row.cancel-meeting",
                                 have && !series && status != MENTOR_MEETING_CANCELLED);
  gtk_widget_action_set_enabled (widget, "row.delete-occurrence", have && series);
  gtk_widget_action_set_enabled (widget, "row.open", have);
}

static void
update (MentorAgendaRow *self)
{
  g_autofree char *time = NULL;
  g_autofree char *place = NULL;
  MentorMeetingStatus status;
  const char *title;

  for (MentorMeetingStatus s = 0; s < MENTOR_N_MEETING_STATUSES; s++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), mentor_calendar_status_class (s));

  update_actions (self);

  if (self->meeting == NULL)
    {
      gtk_label_set_label (self->time_label, "");
      gtk_label_set_label (self->status_label, "");
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->place_label, "");
      return;
    }

  status = mentor_meeting_get_status (self->meeting);
  title = mentor_meeting_get_mentorship_title (self->meeting);
  time = mentor_calendar_range_text (self->meeting, self->user_tz);
  place = mentor_calendar_details_text (self->meeting, self->mentorship_mode, self->user_tz);

  gtk_label_set_label (self->time_label, time);
  gtk_label_set_label (self->title_label, title != NULL ? title : "");
  gtk_label_set_label (self->place_label, place != NULL ? place : "");
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), place != NULL);

  gtk_image_set_from_icon_name (self->status_icon, mentor_calendar_status_icon (status));
  gtk_label_set_label (self->status_label, mentor_meeting_status_to_label (status));
  gtk_widget_add_css_class (GTK_WIDGET (self), mentor_calendar_status_class (status));

  /* One click for what happens to a scheduled meeting; the rest is in the menu. */
  gtk_widget_set_visible (self->held_button, status == MENTOR_MEETING_SCHEDULED);
  gtk_widget_set_visible (self->missed_button, status == MENTOR_MEETING_SCHEDULED);
}

/* ---- Actions ------------------------------------------------------------- */

/* The menu's popover is made when first opened: made with each row, it was
 * most of the cost of a row, and an agenda has dozens of rows. */
static GMenuModel *
row_menu (void)
{
  static GMenu *menu;

  /* One menu for every row: its items name the row's own actions. */
  if (menu == NULL)
    {
      static const struct {
        guint       section;
        const char *context;
        const char *label;
        const char *action;
        gboolean    hidden_when_disabled;
      } items[] = {
        { 0, NULL, N_("Mark Held"), "row.menu-mark-held", TRUE },
        { 0, NULL, N_("Mark Missed"), "row.menu-mark-missed", TRUE },
        { 0, NULL, N_("Mark Scheduled Again"), "row.mark-scheduled", TRUE },
        { 1, NULL, N_("Cancel Check-in"), "row.cancel-checkin", TRUE },
        { 1, NULL, N_("Cancel Meeting"), "row.cancel-meeting", TRUE },
        { 1, NULL, N_("Delete Occurrence"), "row.delete-occurrence", TRUE },
        /* "Open" is also a goal's status; languages tell the verb apart. */
        { 2, "verb", NC_("verb", "Open"), "row.open", FALSE },
      };
      GMenu *sections[3] = { g_menu_new (), g_menu_new (), g_menu_new () };

      menu = g_menu_new ();
      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        {
          const char *label = items[i].context != NULL
                              ? g_dpgettext2 (NULL, items[i].context, items[i].label)
                              : _(items[i].label);
          g_autoptr(GMenuItem) item = g_menu_item_new (label, items[i].action);

          if (items[i].hidden_when_disabled)
            g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
          g_menu_append_item (sections[items[i].section], item);
        }
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          g_menu_append_section (menu, NULL, G_MENU_MODEL (sections[i]));
          g_object_unref (sections[i]);
        }
    }

  return G_MENU_MODEL (menu);
}

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, row_menu ());
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    text)
{
  gtk_tooltip_set_text (tooltip, _(text));
  return TRUE;
}

static void
emit_status (MentorAgendaRow     *self,
             MentorMeetingStatus  status)
{
  /* The page's change reloads the agenda, which may recycle this row. */
  g_autoptr(MentorAgendaRow) keep = g_object_ref (self);

  if (self->meeting != NULL)
    g_signal_emit (self, signals[SET_STATUS], 0, (guint) status);
}

static void
mark_held_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  emit_status (MENTOR_AGENDA_ROW (widget), MENTOR_MEETING_HELD);
}

static void
mark_missed_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  emit_status (MENTOR_AGENDA_ROW (widget), MENTOR_MEETING_MISSED);
}

static void
mark_scheduled_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  emit_status (MENTOR_AGENDA_ROW (widget), MENTOR_MEETING_SCHEDULED);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  emit_status (MENTOR_AGENDA_ROW (widget), MENTOR_MEETING_CANCELLED);
}

static void
delete_occurrence_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (widget);
  g_autoptr(MentorAgendaRow) keep = g_object_ref (self);

  if (self->meeting != NULL && mentor_meeting_get_series_id (self->meeting) != 0)
    g_signal_emit (self, signals[DELETE_OCCURRENCE], 0);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (widget);
  g_autoptr(MentorAgendaRow) keep = g_object_ref (self);

  if (self->meeting != NULL)
    g_signal_emit (self, signals[OPEN], 0);
}

/* ---- GObject ------------------------------------------------------------- */

static void
mentor_agenda_row_dispose (GObject *object)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (mentor_agenda_row_parent_class)->dispose (object);
}

static void
mentor_agenda_row_finalize (GObject *object)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (object);

  g_clear_pointer (&self->user_tz, g_free);

  G_OBJECT_CLASS (mentor_agenda_row_parent_class)->finalize (object);
}

static void
mentor_agenda_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_MENTORSHIP_MODE:
      g_value_set_uint (value, self->mentorship_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_agenda_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MentorAgendaRow *self = MENTOR_AGENDA_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      mentor_agenda_row_set_meeting (self, g_value_get_object (value));
      break;

    case PROP_MENTORSHIP_MODE:
      mentor_agenda_row_set_mentorship_mode (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_agenda_row_class_init (MentorAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_agenda_row_dispose;
  object_class->finalize = mentor_agenda_row_finalize;
  object_class->get_property = mentor_agenda_row_get_property;
  object_class->set_property = mentor_agenda_row_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         MENTOR_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MENTORSHIP_MODE] =
    g_param_spec_uint ("mentorship-mode", NULL, NULL,
                       0, MENTOR_N_MODES, MENTOR_N_MODES,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SET_STATUS] =
    g_signal_new ("set-status",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  signals[DELETE_OCCURRENCE] =
    g_signal_new ("delete-occurrence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[OPEN] =
    g_signal_new ("open",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* Not a GtkBoxLayout: see mentor-row-layout.c. */
  gtk_widget_class_set_layout_manager_type (widget_class, MENTOR_TYPE_ROW_LAYOUT);

  gtk_widget_class_install_action (widget_class, "row.mark-held", NULL, mark_held_action);
  gtk_widget_class_install_action (widget_class, "row.mark-missed", NULL, mark_missed_action);
  gtk_widget_class_install_action (widget_class, "row.menu-mark-held", NULL, mark_held_action);
  gtk_widget_class_install_action (widget_class, "row.menu-mark-missed", NULL, mark_missed_action);
  gtk_widget_class_install_action (widget_class, "row.mark-scheduled", NULL, mark_scheduled_action);
  gtk_widget_class_install_action (widget_class, "row.cancel-checkin", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "row.cancel-meeting", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "row.delete-occurrence", NULL, delete_occurrence_action);
  gtk_widget_class_install_action (widget_class, "row.open", NULL, open_action);

  gtk_widget_class_set_css_name (widget_class, "agendarow");
}

static GtkWidget *
label_new (const char *css_class,
           ...)
{
  GtkWidget *label = gtk_label_new (NULL);
  const char *name = css_class;
  va_list args;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  va_start (args, css_class);
  while (name != NULL)
    {
      gtk_widget_add_css_class (label, name);
      name = va_arg (args, const char *);
    }
  va_end (args);

  return label;
}

static GtkWidget *
icon_button_new (const char *icon_name,
                 const char *action_name,
                 const char *text)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_has_tooltip (button, TRUE);
  g_signal_connect (button, "query-tooltip", G_CALLBACK (query_tooltip_cb), (gpointer) text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(text),
                                  -1);
  return button;
}

static void
mentor_agenda_row_init (MentorAgendaRow *self)
{
  MentorRowLayout *layout = MENTOR_ROW_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  mentor_row_layout_set_spacing (layout, 6);

  self->time_label = GTK_LABEL (label_new ("heading", "numeric", "mentor-agenda-time", NULL));
  gtk_widget_set_margin_end (GTK_WIDGET (self->time_label), 4);
  self->status_icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "mentor-agenda-status-icon");
  self->status_label = GTK_LABEL (label_new ("caption-heading", "mentor-agenda-status", NULL));
  gtk_label_set_ellipsize (self->status_label, PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (top_box), GTK_WIDGET (self->time_label));
  gtk_box_append (GTK_BOX (top_box), GTK_WIDGET (self->status_icon));
  gtk_box_append (GTK_BOX (top_box), GTK_WIDGET (self->status_label));

  self->title_label = GTK_LABEL (label_new ("mentor-agenda-title", NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  self->place_label = GTK_LABEL (label_new ("dim-label", "caption", NULL));
  gtk_label_set_wrap (self->place_label, TRUE);
  gtk_label_set_wrap_mode (self->place_label, PANGO_WRAP_WORD_CHAR);

  /* Takes the width the buttons leave; the layout centres it vertically. */
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (text_box), top_box);
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (self->place_label));
  gtk_widget_set_parent (text_box, GTK_WIDGET (self));

  /* N_(): translated when shown, by query_tooltip_cb and for the name. */
  self->held_button = icon_button_new ("object-select-symbolic", "row.mark-held", N_("Mark Held"));
  gtk_widget_add_css_class (self->held_button, "mentor-mark-held");
  gtk_widget_set_parent (self->held_button, GTK_WIDGET (self));

  self->missed_button = icon_button_new ("appointment-missed-symbolic", "row.mark-missed", N_("Mark Missed"));
  gtk_widget_set_parent (self->missed_button, GTK_WIDGET (self));

  self->more_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->more_button), "view-more-symbolic");
  gtk_widget_set_valign (self->more_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->more_button, "flat");
  gtk_widget_add_css_class (self->more_button, "circular");
  gtk_widget_set_has_tooltip (self->more_button, TRUE);
  g_signal_connect (self->more_button, "query-tooltip", G_CALLBACK (query_tooltip_cb),
                    (gpointer) N_("More Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Actions"),
                                  -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->more_button),
                                         create_menu_cb, NULL, NULL);
  gtk_widget_set_parent (self->more_button, GTK_WIDGET (self));

  self->mentorship_mode = MENTOR_N_MODES;
  self->user_tz = mentor_user_timezone ();
  update (self);
}

/* ---- Public API ---------------------------------------------------------- */

GtkWidget *
mentor_agenda_row_new (void)
{
  return g_object_new (MENTOR_TYPE_AGENDA_ROW, NULL);
}

MentorMeeting *
mentor_agenda_row_get_meeting (MentorAgendaRow *self)
{
  g_return_val_if_fail (MENTOR_IS_AGENDA_ROW (self), NULL);

  return self->meeting;
}

void
mentor_agenda_row_set_meeting (MentorAgendaRow *self,
                               MentorMeeting   *meeting)
{
  g_return_if_fail (MENTOR_IS_AGENDA_ROW (self));
  g_return_if_fail (meeting == NULL || MENTOR_IS_MEETING (meeting));

  if (!g_set_object (&self->meeting, meeting))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

MentorMode
mentor_agenda_row_get_mentorship_mode (MentorAgendaRow *self)
{
  g_return_val_if_fail (MENTOR_IS_AGENDA_ROW (self), MENTOR_N_MODES);

  return self->mentorship_mode;
}

void
mentor_agenda_row_set_mentorship_mode (MentorAgendaRow *self,
                                       MentorMode       mode)
{
  g_return_if_fail (MENTOR_IS_AGENDA_ROW (self));
  g_return_if_fail (mode <= MENTOR_N_MODES);

  if (self->mentorship_mode == mode)
    return;

  self->mentorship_mode = mode;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP_MODE]);
}
