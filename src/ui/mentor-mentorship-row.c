/* mentor-mentorship-row.c — one mentorship in the Mentorships list
 *
 * "<Mentor> → <Mentee>" over "<Kind> · Since <date>" and, when one is
 * planned, "Next: Tue 10 Mar, 09:00"; at the end the
 * status and (for active and paused ones) the health, each as a word with an
 * icon, so neither ever rests on color alone.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-meeting-text.h"
#include "mentor-mentorship-row.h"
#include "mentor-mentorship-text.h"
#include "mentor-row-layout.h"

struct _MentorMentorshipRow
{
  GtkWidget         parent_instance;

  MentorMentorship *mentorship;
  const char       *status_class;
  const char       *health_class;

  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkLabel         *next_label;
  GtkWidget        *status_box;
  GtkImage         *status_icon;
  GtkLabel         *status_label;
  GtkWidget        *health_box;
  GtkImage         *health_icon;
  GtkLabel         *health_label;
};

enum {
  PROP_0,
  PROP_MENTORSHIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorMentorshipRow, mentor_mentorship_row, GTK_TYPE_WIDGET)

/* A word with its icon before it; the icon is hidden from screen readers,
 * the word beside it says the same. */
static GtkWidget *
badge_new (GtkImage **icon,
           GtkLabel **label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_add_css_class (box, "caption-heading");

  *icon = GTK_IMAGE (gtk_image_new ());
  gtk_accessible_update_state (GTK_ACCESSIBLE (*icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*icon));

  *label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (*label, 1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*label));

  return box;
}

static void
mentor_mentorship_row_update (MentorMentorshipRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *a11y_name = NULL;
  g_autofree char *status_name = NULL;
  GtkWidget *list_item_widget;
  const char *next_checkin;
  MentorStatus status;
  MentorHealthLevel level;

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (self->status_box, self->status_class);
      self->status_class = NULL;
    }
  if (self->health_class != NULL)
    {
      gtk_widget_remove_css_class (self->health_box, self->health_class);
      self->health_class = NULL;
    }

  if (self->mentorship == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->subtitle_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->next_label), FALSE);
      gtk_label_set_label (self->status_label, "");
      gtk_image_clear (self->status_icon);
      gtk_widget_set_visible (self->health_box, FALSE);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  status = mentor_mentorship_get_status (self->mentorship);
  title = mentor_mentorship_dup_title (self->mentorship);
  subtitle = mentor_mentorship_dup_subtitle (self->mentorship);
  a11y_name = mentor_mentorship_dup_a11y_name (self->mentorship);
  status_name = mentor_mentorship_dup_status_name (self->mentorship);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
  next_checkin = mentor_mentorship_get_next_checkin (self->mentorship);
  if (next_checkin != NULL)
    {
      g_autofree char *today = mentor_today ();
      g_autofree char *next = mentor_meeting_dup_next_text (next_checkin, NULL, today);

      gtk_label_set_label (self->next_label, next);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), next_checkin != NULL);
  gtk_label_set_label (self->status_label, mentor_status_to_label (status));
  gtk_image_set_from_icon_name (self->status_icon, mentor_mentorship_status_icon (status));
  self->status_class = mentor_mentorship_status_class (status);
  gtk_widget_add_css_class (self->status_box, self->status_class);

  level = mentor_mentorship_health_level (self->mentorship);
  gtk_widget_set_visible (self->health_box, level != MENTOR_HEALTH_NONE);
  if (level != MENTOR_HEALTH_NONE)
    {
      gtk_label_set_label (self->health_label, mentor_health_level_to_label (level));
      gtk_image_set_from_icon_name (self->health_icon, mentor_health_level_to_icon_name (level));
      self->health_class = mentor_health_level_class (level);
      gtk_widget_add_css_class (self->health_box, self->health_class);
    }

  /* Inside the row, this group holds the title and the status; the health
   * has a label of its own within. (The UI tests of the first issue find a
   * row's status by this name.) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status_name,
                                  -1);

  /* The focusable row a screen reader lands on is the list's own item widget,
   * our parent; GTK 4.8 has no GtkListItem:accessible-label, so name it here,
   * with everything: "<Mentor> → <Mentee>, <Status>, <Health>". */
  list_item_widget = gtk_widget_get_parent (GTK_WIDGET (self));
  if (list_item_widget != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (list_item_widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                    -1);
}

static void
mentor_mentorship_row_dispose (GObject *object)
{
  MentorMentorshipRow *self = (MentorMentorshipRow *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mentor_mentorship_row_parent_class)->dispose (object);
}

static void
mentor_mentorship_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MentorMentorshipRow *self = MENTOR_MENTORSHIP_ROW (object);

  switch (prop_id)
    {
    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MentorMentorshipRow *self = MENTOR_MENTORSHIP_ROW (object);

  switch (prop_id)
    {
    case PROP_MENTORSHIP:
      mentor_mentorship_row_set_mentorship (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_mentorship_row_class_init (MentorMentorshipRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_mentorship_row_dispose;
  object_class->get_property = mentor_mentorship_row_get_property;
  object_class->set_property = mentor_mentorship_row_set_property;

  properties[PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MENTOR_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Not a GtkBoxLayout: see mentor-row-layout.c. */
  gtk_widget_class_set_layout_manager_type (widget_class, MENTOR_TYPE_ROW_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mentorshiprow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mentor_mentorship_row_init (MentorMentorshipRow *self)
{
  GtkWidget *texts;
  GtkWidget *badges;

  mentor_row_layout_set_spacing (MENTOR_ROW_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 6);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  /* Takes the width the badges leave; the layout centres both vertically. */
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_parent (texts, GTK_WIDGET (self));

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->title_label));

  self->subtitle_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle_label, 0);
  gtk_label_set_ellipsize (self->subtitle_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle_label), "dim-label");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->subtitle_label));

  self->next_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->next_label, 0);
  gtk_label_set_ellipsize (self->next_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->next_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), FALSE);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->next_label));

  /* Status over health, lined up at the end of the row. */
  badges = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_parent (badges, GTK_WIDGET (self));

  self->status_box = badge_new (&self->status_icon, &self->status_label);
  gtk_box_append (GTK_BOX (badges), self->status_box);

  self->health_box = badge_new (&self->health_icon, &self->health_label);
  gtk_widget_set_visible (self->health_box, FALSE);
  gtk_box_append (GTK_BOX (badges), self->health_box);
}

GtkWidget *
mentor_mentorship_row_new (void)
{
  return g_object_new (MENTOR_TYPE_MENTORSHIP_ROW, NULL);
}

MentorMentorship *
mentor_mentorship_row_get_mentorship (MentorMentorshipRow *self)
{
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP_ROW (self), NULL);

  return self->mentorship;
}

void
mentor_mentorship_row_set_mentorship (MentorMentorshipRow *self,
                                      MentorMentorship    *mentorship)
{
  g_return_if_fail (MENTOR_IS_MENTORSHIP_ROW (self));
  g_return_if_fail (mentorship == NULL || MENTOR_IS_MENTORSHIP (mentorship));

  /* Every refresh of the list brings new record objects, so the same pointer
   * means nothing changed. */
  if (!g_set_object (&self->mentorship, mentorship))
    return;

  mentor_mentorship_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTORSHIP]);
}
