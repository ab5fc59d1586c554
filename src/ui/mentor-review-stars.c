/* mentor-review-stars.c — a rating from 1 to 5 drawn as stars */
#include "config.h"

#include "mentor-core.h"
#include "mentor-review-stars.h"

struct _MentorReviewStars
{
  GtkWidget  parent_instance;

  guint      rating;
  gboolean   interactive;
  GtkImage  *stars[MENTOR_REVIEW_MAX_RATING];
};

enum {
  PROP_0,
  PROP_RATING,
  PROP_INTERACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorReviewStars, mentor_review_stars, GTK_TYPE_WIDGET)

static void
update_stars (MentorReviewStars *self)
{
  for (guint i = 0; i < MENTOR_REVIEW_MAX_RATING; i++)
    {
      gboolean filled = i < self->rating;

      gtk_image_set_from_icon_name (self->stars[i], filled ? "starred-symbolic" : "non-starred-symbolic");
      /* Filled and empty differ in shape, and the rating is also in words. */
      if (filled)
        gtk_widget_add_css_class (GTK_WIDGET (self->stars[i]), "filled");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->stars[i]), "filled");
    }
}

static void
pressed_cb (MentorReviewStars *self,
            int                n_press,
            double             x,
            double             y,
            GtkGestureClick   *gesture)
{
  if (!self->interactive)
    return;

  for (guint i = 0; i < MENTOR_REVIEW_MAX_RATING; i++)
    {
      graphene_point_t point = GRAPHENE_POINT_INIT (x, y);
      graphene_point_t inside;

      if (gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->stars[i]), &point, &inside) &&
          gtk_widget_contains (GTK_WIDGET (self->stars[i]), inside.x, inside.y))
        {
          mentor_review_stars_set_rating (self, i + 1);
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          return;
        }
    }
}

static void
mentor_review_stars_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mentor_review_stars_parent_class)->dispose (object);
}

static void
mentor_review_stars_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MentorReviewStars *self = MENTOR_REVIEW_STARS (object);

  switch (prop_id)
    {
    case PROP_RATING:
      g_value_set_uint (value, self->rating);
      break;

    case PROP_INTERACTIVE:
      g_value_set_boolean (value, self->interactive);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_review_stars_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MentorReviewStars *self = MENTOR_REVIEW_STARS (object);

  switch (prop_id)
    {
    case PROP_RATING:
      mentor_review_stars_set_rating (self, g_value_get_uint (value));
      break;

    case PROP_INTERACTIVE:
      mentor_review_stars_set_interactive (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_review_stars_class_init (MentorReviewStarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_review_stars_dispose;
  object_class->get_property = mentor_review_stars_get_property;
  object_class->set_property = mentor_review_stars_set_property;

  properties[PROP_RATING] =
    g_param_spec_uint ("rating", NULL, NULL,
                       0, MENTOR_REVIEW_MAX_RATING, 0,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));
  properties[PROP_INTERACTIVE] =
    g_param_spec_boolean ("interactive", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewstars");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
mentor_review_stars_init (MentorReviewStars *self)
{
  GtkGesture *click;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 2);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  for (guint i = 0; i < MENTOR_REVIEW_MAX_RATING; i++)
    {
      self->stars[i] = GTK_IMAGE (gtk_image_new ());
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->stars[i]),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_widget_set_parent (GTK_WIDGET (self->stars[i]), GTK_WIDGET (self));
    }

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_stars (self);
}

GtkWidget *
mentor_review_stars_new (guint rating)
{
  return g_object_new (MENTOR_TYPE_REVIEW_STARS, "rating", MIN (rating, MENTOR_REVIEW_MAX_RATING), NULL);
}

guint
mentor_review_stars_get_rating (MentorReviewStars *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_STARS (self), 0);

  return self->rating;
}

void
mentor_review_stars_set_rating (MentorReviewStars *self,
                                guint              rating)
{
  g_return_if_fail (MENTOR_IS_REVIEW_STARS (self));
  g_return_if_fail (rating <= MENTOR_REVIEW_MAX_RATING);

  if (self->rating == rating)
    return;

  self->rating = rating;
  update_stars (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

gboolean
mentor_review_stars_get_interactive (MentorReviewStars *self)
{
  g_return_val_if_fail (MENTOR_IS_REVIEW_STARS (self), FALSE);

  return self->interactive;
}

void
mentor_review_stars_set_interactive (MentorReviewStars *self,
                                     gboolean           interactive)
{
  g_return_if_fail (MENTOR_IS_REVIEW_STARS (self));

  interactive = !!interactive;
  if (self->interactive == interactive)
    return;

  self->interactive = interactive;
  if (interactive)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  else
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTIVE]);
}
