/* mentor-match-card.c — one mentee and their best suggested mentors */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-match-card.h"
#include "mentor-matching-text.h"
#include "mentor-suggestion-row.h"

struct _MentorMatchCard
{
  GtkWidget   parent_instance;

  gint64      mentee_id;
  guint       n_suggestions;

  GtkWidget  *name_box;
  GtkLabel   *name_label;
  GtkLabel   *job_label;
  GtkLabel   *seeks_label;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (MentorMatchCard, mentor_match_card, GTK_TYPE_WIDGET)

static char *
job_text (MentorPerson *person)
{
  const char *title = mentor_person_get_title (person);
  const char *department = mentor_person_get_department (person);

  if (*title != '\0' && *department != '\0')
    /* Translators: a person's job title and department, as in "Analyst · Finance" */
    return g_strdup_printf (_("%s · %s"), title, department);
  if (*title != '\0')
    return g_strdup (title);

  return g_strdup (department);
}

static GtkWidget *
nobody_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_("No one who can take mentees offers these areas yet."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "mentor-match-nobody");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
clear_list (MentorMatchCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_suggestions = 0;
}

static void
mentor_match_card_dispose (GObject *object)
{
  MentorMatchCard *self = MENTOR_MATCH_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mentor_match_card_parent_class)->dispose (object);
}

static void
mentor_match_card_class_init (MentorMatchCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_match_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "matchcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mentor_match_card_init (MentorMatchCard *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 8);

  self->name_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_wrap (self->name_label, TRUE);
  gtk_label_set_wrap_mode (self->name_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "title-4");
  gtk_box_append (GTK_BOX (self->name_box), GTK_WIDGET (self->name_label));

  self->job_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->job_label, 0);
  gtk_label_set_ellipsize (self->job_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->job_label), "dim-label");
  gtk_box_append (GTK_BOX (self->name_box), GTK_WIDGET (self->job_label));
  gtk_box_append (GTK_BOX (header), self->name_box);

  self->seeks_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->seeks_label, 0);
  gtk_label_set_wrap (self->seeks_label, TRUE);
  gtk_label_set_wrap_mode (self->seeks_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->seeks_label));
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}

GtkWidget *
mentor_match_card_new (void)
{
  return g_object_new (MENTOR_TYPE_MATCH_CARD, NULL);
}

void
mentor_match_card_show (MentorMatchCard *self,
                        MentorMatching  *matching,
                        gint64           mentee_id,
                        guint            max)
{
  g_autoptr(GListModel) matches = NULL;
  g_autofree char *job = NULL;
  g_autofree char *seeks = NULL;
  MentorPerson *mentee = NULL;
  const char *name;
  guint n;

  g_return_if_fail (MENTOR_IS_MATCH_CARD (self));
  g_return_if_fail (matching == NULL || MENTOR_IS_MATCHING (matching));

  clear_list (self);

  if (matching != NULL && mentee_id != 0)
    mentee = mentor_matching_get_person (matching, mentee_id);

  self->mentee_id = mentee != NULL ? mentee_id : 0;
  if (mentee == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->job_label, "");
      gtk_label_set_text (self->seeks_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  name = mentor_person_get_name (mentee);
  job = job_text (mentee);
  seeks = mentor_matching_dup_seeks_text (mentor_person_get_seeks (mentee));

  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->job_label, job);
  gtk_widget_set_visible (GTK_WIDGET (self->job_label), *job != '\0');
  gtk_label_set_text (self->seeks_label, seeks != NULL ? seeks : _("Seeks no development areas yet"));

  matches = mentor_matching_suggest (matching, mentee_id, max);
  n = g_list_model_get_n_items (matches);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MentorMatch) match = g_list_model_get_item (matches, i);

      gtk_list_box_append (self->list, mentor_suggestion_row_new (match, name));
    }
  self->n_suggestions = n;

  if (n == 0)
    gtk_list_box_append (self->list, nobody_row_new ());

  /* The group is the mentee: a screen reader says whose suggestions follow. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

gint64
mentor_match_card_get_mentee_id (MentorMatchCard *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH_CARD (self), 0);

  return self->mentee_id;
}

guint
mentor_match_card_get_n_suggestions (MentorMatchCard *self)
{
  g_return_val_if_fail (MENTOR_IS_MATCH_CARD (self), 0);

  return self->n_suggestions;
}

void
mentor_match_card_set_show_name (MentorMatchCard *self,
                                 gboolean         show_name)
{
  g_return_if_fail (MENTOR_IS_MATCH_CARD (self));

  gtk_widget_set_visible (self->name_box, show_name);
}
