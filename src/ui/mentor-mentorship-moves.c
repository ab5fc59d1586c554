/* mentor-mentorship-moves.c — the row of status moves, wrapping when narrow
 *
 * A GtkFlowBox would wrap too, but it puts a focusable cell around every
 * button and Tab then stops twice per move; this keeps the buttons as plain
 * children in the focus chain.
 */
#include "config.h"

#include "mentor-mentorship-moves.h"

#define SPACING 6

struct _MentorMentorshipMoves
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (MentorMentorshipMoves, mentor_mentorship_moves, GTK_TYPE_WIDGET)

static void
child_size (GtkWidget      *child,
            GtkOrientation  orientation,
            int             for_size,
            int            *minimum,
            int            *natural)
{
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* Walks the children as they would be placed in the given width; returns the
 * total height, and allocates them when allocate is set. */
static int
layout_rows (MentorMentorshipMoves *self,
             int                    width,
             gboolean               allocate)
{
  int x = 0, y = 0, row_height = 0;
  gboolean row_empty = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_w, nat_w, min_h, nat_h, w;

      if (!gtk_widget_should_layout (child))
        continue;

      child_size (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w);
      w = MAX (min_w, MIN (nat_w, width));

      if (!row_empty && x + SPACING + w > width)
        {
          y += row_height + SPACING;
          x = 0;
          row_height = 0;
          row_empty = TRUE;
        }

      if (!row_empty)
        x += SPACING;

      child_size (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h);

      if (allocate)
        {
          GtkAllocation area = { x, y, w, nat_h };

          if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
            area.x = width - x - w;

          gtk_widget_size_allocate (child, &area, -1);
        }

      x += w;
      row_height = MAX (row_height, nat_h);
      row_empty = FALSE;
    }

  return row_empty && y == 0 ? 0 : y + row_height;
}

static GtkSizeRequestMode
mentor_mentorship_moves_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mentor_mentorship_moves_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  MentorMentorshipMoves *self = MENTOR_MENTORSHIP_MOVES (widget);

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gboolean first = TRUE;

      /* As narrow as the widest move; as wide as all of them in one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;

          child_size (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat);
          *minimum = MAX (*minimum, min);
          *natural += nat + (first ? 0 : SPACING);
          first = FALSE;
        }
    }
  else
    {
      int width = for_size;

      if (width < 0)
        {
          int min_w, nat_w;

          mentor_mentorship_moves_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1,
                                           &min_w, &nat_w, NULL, NULL);
          width = nat_w;
        }

      *minimum = *natural = layout_rows (self, width, FALSE);
    }
}

static void
mentor_mentorship_moves_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  layout_rows (MENTOR_MENTORSHIP_MOVES (widget), width, TRUE);
}

static void
mentor_mentorship_moves_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mentor_mentorship_moves_parent_class)->dispose (object);
}

static void
mentor_mentorship_moves_class_init (MentorMentorshipMovesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mentor_mentorship_moves_dispose;

  widget_class->get_request_mode = mentor_mentorship_moves_get_request_mode;
  widget_class->measure = mentor_mentorship_moves_measure;
  widget_class->size_allocate = mentor_mentorship_moves_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "mentorshipmoves");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mentor_mentorship_moves_init (MentorMentorshipMoves *self)
{
}

GtkWidget *
mentor_mentorship_moves_new (void)
{
  return g_object_new (MENTOR_TYPE_MENTORSHIP_MOVES, NULL);
}
