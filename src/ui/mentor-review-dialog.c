/* mentor-review-dialog.c — "Add Review": one side rates the relationship */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-accessible.h"
#include "mentor-mentorship-dialogs.h"
#include "mentor-mentorship-text.h"
#include "mentor-review-dialog.h"
#include "mentor-review-stars.h"

struct _MentorReviewDialog
{
  AdwMessageDialog   parent_instance;

  GtkDropDown       *author_dropdown;
  GtkSpinButton     *rating_spin;
  MentorReviewStars *stars;
  GtkEntry          *note_entry;
};

G_DEFINE_FINAL_TYPE (MentorReviewDialog, mentor_review_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* Neither the stars nor the rating start empty; a middle rating changes
 * nothing in the health until someone picks another. */
#define DEFAULT_RATING 3

static GtkWidget *
field_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  /* The field beside it carries the same name. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  return label;
}

static void
name_widget (GtkWidget  *widget,
             const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
rating_changed_cb (MentorReviewDialog *self,
                   GtkSpinButton      *spin)
{
  mentor_review_stars_set_rating (self->stars, gtk_spin_button_get_value_as_int (spin));
}

static void
stars_rating_cb (MentorReviewDialog *self,
                 GParamSpec         *pspec,
                 MentorReviewStars  *stars)
{
  guint rating = mentor_review_stars_get_rating (stars);

  if (rating >= MENTOR_REVIEW_MIN_RATING)
    gtk_spin_button_set_value (self->rating_spin, rating);
}

static void
note_activate_cb (MentorReviewDialog *self,
                  GtkEntry           *entry)
{
  /* adw_message_dialog_response() answers but leaves the dialog open. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "add");
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mentor_review_dialog_class_init (MentorReviewDialogClass *klass)
{
}

static void
mentor_review_dialog_init (MentorReviewDialog *self)
{
  GtkWidget *grid, *rating_box;

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Add Review"));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  self->author_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->author_dropdown), TRUE);
  name_widget (GTK_WIDGET (self->author_dropdown), _("Author"));
  mentor_accessible_name_drop_down (self->author_dropdown);
  mentor_accessible_name_choices (GTK_WIDGET (self->author_dropdown));
  gtk_grid_attach (GTK_GRID (grid), field_label_new (_("Author")), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->author_dropdown), 1, 0, 1, 1);

  rating_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->rating_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (MENTOR_REVIEW_MIN_RATING,
                                                                        MENTOR_REVIEW_MAX_RATING, 1));
  gtk_spin_button_set_numeric (self->rating_spin, TRUE);
  gtk_spin_button_set_value (self->rating_spin, DEFAULT_RATING);
  name_widget (GTK_WIDGET (self->rating_spin), _("Rating"));
  gtk_box_append (GTK_BOX (rating_box), GTK_WIDGET (self->rating_spin));
  self->stars = MENTOR_REVIEW_STARS (mentor_review_stars_new (DEFAULT_RATING));
  mentor_review_stars_set_interactive (self->stars, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->stars), _("Click a star to rate"));
  gtk_box_append (GTK_BOX (rating_box), GTK_WIDGET (self->stars));
  gtk_grid_attach (GTK_GRID (grid), field_label_new (_("Rating")), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), rating_box, 1, 1, 1, 1);

  self->note_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->note_entry), TRUE);
  gtk_entry_set_placeholder_text (self->note_entry, _("What works, what could be better"));
  name_widget (GTK_WIDGET (self->note_entry), _("Note"));
  gtk_grid_attach (GTK_GRID (grid), field_label_new (_("Note")), 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->note_entry), 1, 2, 1, 1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), grid);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add Review"),
                                    NULL);
  mentor_dialog_name_mnemonic_buttons (GTK_WIDGET (self));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");

  g_signal_connect_object (self->rating_spin, "value-changed", G_CALLBACK (rating_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stars, "notify::rating", G_CALLBACK (stars_rating_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "activate", G_CALLBACK (note_activate_cb),
                           self, G_CONNECT_SWAPPED);
}

MentorReviewDialog *
mentor_review_dialog_new (GtkWindow        *parent,
                          MentorMentorship *mentorship,
                          MentorOwner       author)
{
  MentorReviewDialog *self;
  g_autoptr(GtkStringList) authors = NULL;
  g_autofree char *title = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MENTOR_IS_MENTORSHIP (mentorship), NULL);

  self = g_object_new (MENTOR_TYPE_REVIEW_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  title = mentor_mentorship_dup_title (mentorship);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  /* TRANSLATORS: %s is "<Mentor> → <Mentee>"; %u is the highest low rating, 2 */
                                  _("How is %s going, from 1 (poorly) to 5 (very well)? A rating of %u or less shows in its health."),
                                  title, (guint) MENTOR_HEALTH_LOW_RATING);

  /* Positions are the MentorOwner values. */
  /* TRANSLATORS: an author choice: the role, then the person's name */
  mentor = g_strdup_printf (_("Mentor · %s"), mentor_mentorship_author_name (mentorship, MENTOR_OWNER_MENTOR));
  /* TRANSLATORS: an author choice: the role, then the person's name */
  mentee = g_strdup_printf (_("Mentee · %s"), mentor_mentorship_author_name (mentorship, MENTOR_OWNER_MENTEE));
  authors = gtk_string_list_new (NULL);
  gtk_string_list_append (authors, mentor);
  gtk_string_list_append (authors, mentee);
  gtk_drop_down_set_model (self->author_dropdown, G_LIST_MODEL (authors));
  gtk_drop_down_set_selected (self->author_dropdown, author == MENTOR_OWNER_MENTEE ? 1 : 0);

  return self;
}

MentorOwner
mentor_review_dialog_get_author (MentorReviewDialog *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_DIALOG (self), MENTOR_OWNER_MENTOR);

  return gtk_drop_down_get_selected (self->author_dropdown) == 1 ? MENTOR_OWNER_MENTEE : MENTOR_OWNER_MENTOR;
}

guint
mentor_review_dialog_get_rating (MentorReviewDialog *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_DIALOG (self), 0);

  /* A typed figure not yet committed by Enter or leaving the field counts. */
  gtk_spin_button_update (self->rating_spin);
  return gtk_spin_button_get_value_as_int (self->rating_spin);
}

char *
mentor_review_dialog_dup_note (MentorReviewDialog *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
}
