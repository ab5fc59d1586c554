/* mentor-review-row.c — one satisfaction review in a mentorship's detail
 *
 * Made for one review and never rebound: the detail builds a row per review
 * each time the store changes, and there are only a handful.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-mentorship-text.h"
#include "mentor-review-row.h"
#include "mentor-review-stars.h"

struct _MentorReviewRow
{
  GtkWidget     parent_instance;

  MentorReview *review;
};

G_DEFINE_FINAL_TYPE (MentorReviewRow, mentor_review_row, GTK_TYPE_WIDGET)

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
build (MentorReviewRow *self,
       const char      *author_name)
{
  MentorReview *review = self->review;
  g_autofree char *rating = mentor_review_dup_rating_text (mentor_review_get_rating (review));
  g_autofree char *day = mentor_mentorship_format_date (mentor_review_get_written_on (review));
  g_autofree char *a11y_name = mentor_review_dup_a11y_name (review, author_name);
  g_autofree char *delete_name = NULL;
  const char *note = mentor_review_get_note (review);
  GtkWidget *texts, *top, *middle, *button;

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_parent (texts, GTK_WIDGET (self));

  /* Who and when. */
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (texts), top);
  gtk_box_append (GTK_BOX (top), label_new (author_name, "heading"));
  if (day != NULL)
    {
      GtkWidget *when = label_new (day, "dim-label");

      gtk_widget_set_hexpand (when, TRUE);
      gtk_label_set_xalign (GTK_LABEL (when), 1);
      gtk_widget_add_css_class (when, "caption");
      gtk_box_append (GTK_BOX (top), when);
    }

  /* The rating, drawn and in words. */
  middle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (texts), middle);
  gtk_box_append (GTK_BOX (middle), mentor_review_stars_new (mentor_review_get_rating (review)));
  gtk_box_append (GTK_BOX (middle), label_new (rating, "caption-heading"));
  if (mentor_review_get_rating (review) <= MENTOR_HEALTH_LOW_RATING)
    gtk_widget_add_css_class (middle, "warning");

  if (note != NULL && *note != '\0')
    gtk_box_append (GTK_BOX (texts), label_new (note, NULL));

  /* TRANSLATORS: the delete button of a review; its author, then its date */
  delete_name = g_strdup_printf (_("Delete Review by %s of %s"), author_name,
                                 day != NULL ? day : "");
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete Review"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "detail.delete-review");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (mentor_review_get_id (review)));
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y_name,
                                  -1);
}

static void
mentor_review_row_dispose (GObject *object)
{
  MentorReviewRow *self = (MentorReviewRow *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->review);

  G_OBJECT_CLASS (mentor_review_row_parent_class)->dispose (object);
}

static void
mentor_review_row_class_init (MentorReviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_review_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mentor_review_row_init (MentorReviewRow *self)
{
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
}

GtkWidget *
mentor_review_row_new (MentorReview *review,
                       const char   *author_name)
{
  MentorReviewRow *self;

  g_return_val_if_fail (MENTOR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (author_name != NULL, NULL);

  self = g_object_new (MENTOR_TYPE_REVIEW_ROW, NULL);
  self->review = g_object_ref (review);
  build (self, author_name);

  return GTK_WIDGET (self);
}

MentorReview *
mentor_review_row_get_review (MentorReviewRow *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_ROW (self), NULL);

  return self->review;
}

char *
mentor_review_dup_a11y_name (MentorReview *review,
                             const char   *author_name)
{
  g_autofree char *rating = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (MENTOR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (author_name != NULL, NULL);

  rating = mentor_review_dup_rating_text (mentor_review_get_rating (review));
  day = mentor_mentorship_format_date (mentor_review_get_written_on (review));

  if (day == NULL)
    /* TRANSLATORS: a review: its author, then its rating, e.g. "Kwame Mensah, 4 of 5" */
    return g_strdup_printf (_("%s, %s"), author_name, rating);

  /* TRANSLATORS: a review: its author, its rating, then its date, e.g. "Kwame Mensah, 4 of 5, 3 Nov 2026" */
  return g_strdup_printf (_("%s, %s, %s"), author_name, rating, day);
}
