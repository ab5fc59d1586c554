/* mentor-goal-row.c — one goal in the Goals list
 *
 * The title with the status as a word and an icon, the focus area and target
 * date, the success measure, what is overdue in words (with a warning icon,
 * never color alone) and a progress bar that says "3 of 5 milestones".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-goal-row.h"
#include "mentor-goal-text.h"

struct _MentorGoalRow
{
  GtkWidget       parent_instance;

  MentorGoal     *goal;
  const char     *status_class;

  GtkLabel       *title_label;
  GtkWidget      *status_box;
  GtkImage       *status_icon;
  GtkLabel       *status_label;
  GtkLabel       *details_label;
  GtkLabel       *measure_label;
  GtkWidget      *overdue_box;
  GtkLabel       *overdue_label;
  GtkProgressBar *progress_bar;
};

enum {
  PROP_0,
  PROP_GOAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorGoalRow, mentor_goal_row, GTK_TYPE_WIDGET)

static char *
dup_details (MentorGoal *goal)
{
  g_autofree char *target = mentor_goal_dup_target_text (goal);
  const char *area = mentor_goal_get_focus_area (goal);

  if (area == NULL || *area == '\0')
    return g_steal_pointer (&target);

  /* TRANSLATORS: a goal's focus area, then its target date, e.g. "Leadership · Target 12 Mar 2026" */
  return g_strdup_printf (_("%s · %s"), area, target);
}

static void
mentor_goal_row_update (MentorGoalRow *self)
{
  g_autofree char *details = NULL;
  g_autofree char *measure = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *a11y_name = NULL;
  g_autofree char *today = NULL;
  MentorGoalStatus status;
  guint done, total;
  const char *success;

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (self->status_box, self->status_class);
      self->status_class = NULL;
    }

  if (self->goal == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->status_label, "");
      gtk_label_set_label (self->details_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->measure_label), FALSE);
      gtk_widget_set_visible (self->overdue_box, FALSE);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, NULL);
      gtk_image_clear (self->status_icon);
      return;
    }

  today = mentor_today ();
  status = mentor_goal_get_status (self->goal);
  done = mentor_goal_get_milestones_done (self->goal);
  total = mentor_goal_get_milestones_total (self->goal);
  success = mentor_goal_get_success_measure (self->goal);

  details = dup_details (self->goal);
  progress = mentor_goal_dup_progress_text (done, total);
  overdue = mentor_goal_dup_overdue_text (self->goal, today);
  if (success != NULL && *success != '\0')
    /* TRANSLATORS: how both will know the goal is met, e.g. "Success: leads the quarterly review" */
    measure = g_strdup_printf (_("Success: %s"), success);

  gtk_label_set_label (self->title_label, mentor_goal_get_title (self->goal));
  gtk_label_set_label (self->status_label, mentor_goal_status_to_label (status));
  gtk_image_set_from_icon_name (self->status_icon, mentor_goal_status_icon (status));
  self->status_class = mentor_goal_status_class (status);
  gtk_widget_add_css_class (self->status_box, self->status_class);

  gtk_label_set_label (self->details_label, details);
  gtk_label_set_label (self->measure_label, measure != NULL ? measure : "");
  gtk_widget_set_visible (GTK_WIDGET (self->measure_label), measure != NULL);

  gtk_label_set_label (self->overdue_label, overdue != NULL ? overdue : "");
  gtk_widget_set_visible (self->overdue_box, overdue != NULL);

  gtk_progress_bar_set_fraction (self->progress_bar, mentor_goal_progress_fraction (done, total));
  gtk_progress_bar_set_text (self->progress_bar, progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, progress,
                                  -1);

  /* What a screen reader says for the row. The list around the row names
   * its own item widget with the same words (GTK 4.8 has no
   * GtkListItem:accessible-label). */
  a11y_name = mentor_goal_dup_a11y_name (self->goal, today);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                  -1);
}

static void
mentor_goal_row_dispose (GObject *object)
{
  MentorGoalRow *self = (MentorGoalRow *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->goal);

  G_OBJECT_CLASS (mentor_goal_row_parent_class)->dispose (object);
}

static void
mentor_goal_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MentorGoalRow *self = MENTOR_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_object (value, self->goal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MentorGoalRow *self = MENTOR_GOAL_ROW (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      mentor_goal_row_set_goal (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_goal_row_class_init (MentorGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_goal_row_dispose;
  object_class->get_property = mentor_goal_row_get_property;
  object_class->set_property = mentor_goal_row_set_property;

  properties[PROP_GOAL] =
    g_param_spec_object ("goal", NULL, NULL,
                         MENTOR_TYPE_GOAL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "goalrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
new_label (const char *css_class,
           gboolean    wrap)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  if (wrap)
    {
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);

  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);

  return label;
}

static void
mentor_goal_row_init (MentorGoalRow *self)
{
  GtkBoxLayout *layout = GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  GtkWidget *top;
  GtkWidget *overdue_icon;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (layout, 4);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 4);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (top, GTK_WIDGET (self));

  self->title_label = new_label ("heading", TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->title_label));

  self->status_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_widget_set_valign (self->status_box, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->status_box, "caption-heading");
  gtk_box_append (GTK_BOX (top), self->status_box);

  self->status_icon = GTK_IMAGE (gtk_image_new ());
  /* The word beside it says the same; a screen reader should not read both. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->status_icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (self->status_box), GTK_WIDGET (self->status_icon));

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (self->status_box), GTK_WIDGET (self->status_label));

  self->details_label = new_label ("caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->details_label), GTK_WIDGET (self));

  self->measure_label = new_label (NULL, TRUE);
  gtk_label_set_lines (self->measure_label, 2);
  gtk_label_set_ellipsize (self->measure_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->measure_label), "dim-label");
  gtk_widget_set_parent (GTK_WIDGET (self->measure_label), GTK_WIDGET (self));

  self->overdue_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->overdue_box, "warning");
  gtk_widget_add_css_class (self->overdue_box, "caption-heading");
  gtk_widget_set_parent (self->overdue_box, GTK_WIDGET (self));

  overdue_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (overdue_icon, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (overdue_icon),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_box_append (GTK_BOX (self->overdue_box), overdue_icon);

  self->overdue_label = new_label (NULL, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->overdue_label), TRUE);
  gtk_box_append (GTK_BOX (self->overdue_box), GTK_WIDGET (self->overdue_label));

  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->progress_bar), 2);
  gtk_widget_set_parent (GTK_WIDGET (self->progress_bar), GTK_WIDGET (self));
}

GtkWidget *
mentor_goal_row_new (void)
{
  return g_object_new (MENTOR_TYPE_GOAL_ROW, NULL);
}

MentorGoal *
mentor_goal_row_get_goal (MentorGoalRow *self)
{
  g_return_val_if_fail (MENTOR_IS_GOAL_ROW (self), NULL);

  return self->goal;
}

void
mentor_goal_row_set_goal (MentorGoalRow *self,
                          MentorGoal    *goal)
{
  g_return_if_fail (MENTOR_IS_GOAL_ROW (self));
  g_return_if_fail (goal == NULL || MENTOR_IS_GOAL (goal));

  /* Every refresh of the list brings new record objects, so the same pointer
   * means nothing changed. */
  if (!g_set_object (&self->goal, goal))
    return;

  mentor_goal_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}
