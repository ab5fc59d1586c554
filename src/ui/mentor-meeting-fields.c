/* mentor-meeting-fields.c — fields shared by a meeting's page and the schedule dialog */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-meeting-fields.h"
#include "mentor-meeting-text.h"

#define ENTRY_KEY "mentor-zone-entry"
#define LIST_KEY "mentor-zone-list"

static char *
dup_trimmed (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

static void
zone_row_activated_cb (GtkListBox    *list,
                       GtkListBoxRow *row,
                       GtkWidget     *button)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (button), ENTRY_KEY);
  const char *zone = g_object_get_data (G_OBJECT (row), "mentor-zone");

  if (entry != NULL && zone != NULL)
    {
      gtk_editable_set_text (entry, zone);
      mentor_zone_entry_check (entry);
    }

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  if (entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (entry));
}

GtkWidget *
mentor_zone_button_new (GtkEditable *entry)
{
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *list;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-bullet-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose Time Zone"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose Time Zone"),
                                  -1);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time Zones"),
                                  -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (zone_row_activated_cb), button, 0);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  /* The entry outlives the button (the button sits inside its row). */
  g_object_set_data (G_OBJECT (button), ENTRY_KEY, entry);
  g_object_set_data (G_OBJECT (button), LIST_KEY, list);

  mentor_zone_button_set_mentorship (button, NULL, 0);

  return button;
}

static void
add_zone (GtkListBox *list,
          GPtrArray  *seen,
          const char *zone,
          const char *whose)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *subtitle;
  g_autofree char *name = NULL;

  if (zone == NULL || *zone == '\0' || !mentor_timezone_is_valid (zone))
    return;

  for (guint i = 0; i < seen->len; i++)
    if (g_str_equal (g_ptr_array_index (seen, i), zone))
      return;
  g_ptr_array_add (seen, g_strdup (zone));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  title = gtk_label_new (zone);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  subtitle = gtk_label_new (whose);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), subtitle);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "mentor-zone", g_strdup (zone), g_free);
  /* TRANSLATORS: a time zone to pick, and whose it is: "Europe/Berlin, Ana (Mentor)" */
  name = g_strdup_printf (_("%s, %s"), zone, whose);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_list_box_append (list, row);
}

static void
add_person_zone (MentorStore *store,
                 GtkListBox  *list,
                 GPtrArray   *seen,
                 gint64       person_id,
                 const char  *role)
{
  g_autoptr(MentorPerson) person = NULL;
  g_autofree char *whose = NULL;

  if (person_id == 0)
    return;

  person = mentor_store_get_person (store, person_id, NULL);
  if (person == NULL)
    return;

  /* TRANSLATORS: whose time zone it is: "Ana (Mentor)" */
  whose = g_strdup_printf (_("%s (%s)"), mentor_person_get_name (person), role);
  add_zone (list, seen, mentor_person_get_timezone (person), whose);
}

void
mentor_zone_button_set_mentorship (GtkWidget   *button,
                                   MentorStore *store,
                                   gint64       mentorship_id)
{
  GtkListBox *list;
  GtkWidget *child;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *own = mentor_user_timezone ();

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (store == NULL || MENTOR_IS_STORE (store));

  list = g_object_get_data (G_OBJECT (button), LIST_KEY);
  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  if (store != NULL && mentorship_id != 0)
    {
      g_autoptr(MentorMentorship) m = mentor_store_get_mentorship (store, mentorship_id, NULL);

      if (m != NULL)
        {
          add_person_zone (store, list, seen, mentor_mentorship_get_mentor_id (m), _("Mentor"));
          add_person_zone (store, list, seen, mentor_mentorship_get_mentee_id (m), _("Mentee"));
        }
    }

  add_zone (list, seen, own, _("Your time zone"));
  add_zone (list, seen, "UTC", _("Coordinated Universal Time"));
}

gboolean
mentor_zone_entry_check (GtkEditable *entry)
{
  g_autofree char *text = NULL;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), FALSE);

  text = dup_trimmed (entry);
  ok = mentor_timezone_is_valid (text);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");

  return ok;
}

gboolean
mentor_clock_entry_check (GtkEditable *entry,
                          guint       *hour,
                          guint       *minute)
{
  guint h = 0, m = 0;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), FALSE);

  ok = mentor_meeting_parse_clock (gtk_editable_get_text (entry), &h, &m);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");

  if (ok && hour != NULL)
    *hour = h;
  if (ok && minute != NULL)
    *minute = m;

  return ok;
}

char *
mentor_clock_text (guint hour,
                   guint minute)
{
  /* Typed as 24-hour "HH:MM", like dates as "YYYY-MM-DD": the parser reads
   * "5:45 pm" too. */
  return g_strdup_printf ("%02u:%02u", hour, minute);
}

GListModel *
mentor_mode_model_new (void)
{
  GtkStringList *modes = gtk_string_list_new (NULL);

  for (guint i = 0; i < MENTOR_N_MODES; i++)
    gtk_string_list_append (modes, mentor_mode_to_label (i));

  return G_LIST_MODEL (modes);
}

char *
mentor_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

char *
mentor_mentorship_dup_planning_zone (MentorStore      *store,
                                     MentorMentorship *mentorship)
{
  g_return_val_if_fail (MENTOR_IS_STORE (store), NULL);
  g_return_val_if_fail (mentorship == NULL || MENTOR_IS_MENTORSHIP (mentorship), NULL);

  if (mentorship != NULL)
    {
      g_autoptr(MentorPerson) mentor = mentor_store_get_person (store, mentor_mentorship_get_mentor_id (mentorship), NULL);

      if (mentor != NULL && mentor_timezone_is_valid (mentor_person_get_timezone (mentor)))
        return g_strdup (mentor_person_get_timezone (mentor));
    }

  return mentor_user_timezone ();
}
