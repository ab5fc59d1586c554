/* mentor-date-picker.c — a calendar button that fills a date entry */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mentor-core.h"
#include "mentor-date-picker.h"

struct _MentorDatePicker
{
  GtkWidget      parent_instance;

  GtkEditable   *entry;    /* weak */
  char          *label;

  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  /* Set while the calendar is moved from code, so that it writes nothing. */
  guint          loading;
};

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorDatePicker, mentor_date_picker, GTK_TYPE_WIDGET)

static char *
dup_trimmed_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static GDateTime *
parse_day (const char *date)
{
  int year, month, day;

  if (date == NULL || !mentor_date_is_valid (date) ||
      sscanf (date, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  /* Noon keeps the day the same whatever the zone's daylight-saving rules. */
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static void
popover_show_cb (MentorDatePicker *self)
{
  g_autofree char *text = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) day = NULL;

  if (self->entry != NULL)
    {
      text = dup_trimmed_text (self->entry);
      day = parse_day (text);
    }

  /* mentor_today(), not the clock: tests fix "today" for the whole app. */
  if (day == NULL)
    {
      today = mentor_today ();
      day = parse_day (today);
    }
  if (day == NULL)
    day = g_date_time_new_now_local ();

  self->loading++;
  gtk_calendar_select_day (self->calendar, day);
  self->loading--;
}

static void
day_selected_cb (MentorDatePicker *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;

  if (self->loading > 0 || self->entry == NULL)
    return;

  day = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (day, "%Y-%m-%d");
  before = dup_trimmed_text (self->entry);
  gtk_editable_set_text (self->entry, text);

  /* Picking a day of the month shown closes the popover; stepping to another
   * month (which also moves the selected day) leaves it open. */
  if (strncmp (before, text, 7) == 0)
    gtk_menu_button_popdown (self->button);
}

static void
mentor_date_picker_dispose (GObject *object)
{
  MentorDatePicker *self = MENTOR_DATE_PICKER (object);

  g_clear_weak_pointer (&self->entry);
  if (self->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->button));
      self->button = NULL;
    }

  G_OBJECT_CLASS (mentor_date_picker_parent_class)->dispose (object);
}

static void
mentor_date_picker_finalize (GObject *object)
{
  MentorDatePicker *self = MENTOR_DATE_PICKER (object);

  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (mentor_date_picker_parent_class)->finalize (object);
}

static void
mentor_date_picker_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MentorDatePicker *self = MENTOR_DATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_date_picker_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MentorDatePicker *self = MENTOR_DATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      mentor_date_picker_set_entry (self, g_value_get_object (value));
      break;

    case PROP_LABEL:
      mentor_date_picker_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_date_picker_class_init (MentorDatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_date_picker_dispose;
  object_class->finalize = mentor_date_picker_finalize;
  object_class->get_property = mentor_date_picker_get_property;
  object_class->set_property = mentor_date_picker_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         GTK_TYPE_EDITABLE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "datepicker");
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_buttons (child, buttons);
    }
}

/* GTK 4.8 leaves the calendar and its four arrow buttons unnamed, so a
 * screen reader would say "GtkCalendar" and "GtkImage". The calendar takes
 * the picker's name (the button's label, which it follows); the arrows come
 * in this order in its header: month back, month on, year back, year on. */
static void
name_calendar (MentorDatePicker *self)
{
  static const char * const arrows[] = {
    N_("Previous Month"), N_("Next Month"), N_("Previous Year"), N_("Next Year"),
  };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->button, NULL,
                                  -1);

  collect_buttons (GTK_WIDGET (self->calendar), buttons);
  if (buttons->len != G_N_ELEMENTS (arrows))
    return;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *arrow = g_ptr_array_index (buttons, i);

      gtk_widget_set_tooltip_text (arrow, _(arrows[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(arrows[i]),
                                      -1);
    }
}

static void
mentor_date_picker_init (MentorDatePicker *self)
{
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  name_calendar (self);

  g_signal_connect_object (self->popover, "show", G_CALLBACK (popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
mentor_date_picker_new (GtkEditable *entry,
                        const char  *label)
{
  g_return_val_if_fail (entry == NULL || GTK_IS_EDITABLE (entry), NULL);

  return g_object_new (MENTOR_TYPE_DATE_PICKER,
                       "entry", entry,
                       "label", label,
                       NULL);
}

GtkEditable *
mentor_date_picker_get_entry (MentorDatePicker *self)
{
  g_return_val_if_fail (MENTOR_IS_DATE_PICKER (self), NULL);

  return self->entry;
}

void
mentor_date_picker_set_entry (MentorDatePicker *self,
                              GtkEditable      *entry)
{
  g_return_if_fail (MENTOR_IS_DATE_PICKER (self));
  g_return_if_fail (entry == NULL || GTK_IS_EDITABLE (entry));

  /* Weak: the entry and the picker usually sit side by side in one row. */
  if (g_set_weak_pointer (&self->entry, entry))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

const char *
mentor_date_picker_get_label (MentorDatePicker *self)
{
  g_return_val_if_fail (MENTOR_IS_DATE_PICKER (self), NULL);

  return self->label;
}

void
mentor_date_picker_set_label (MentorDatePicker *self,
                              const char       *label)
{
  g_return_if_fail (MENTOR_IS_DATE_PICKER (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);

  /* An icon-only button: the tooltip shows the words, the name says them. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), label);
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->button),
                                   GTK_ACCESSIBLE_PROPERTY_LABEL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

gboolean
mentor_date_entry_check (GtkEditable *entry)
{
  g_autofree char *text = NULL;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), FALSE);

  text = dup_trimmed_text (entry);
  ok = (*text == '\0' || mentor_date_is_valid (text));

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");

  return ok;
}
