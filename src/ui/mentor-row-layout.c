/* mentor-row-layout.c — a list row's layout: text that wraps, then buttons or badges
 *
 * What a horizontal GtkBox with vertically centred children does, without
 * its cost in GTK 4.8: there a child whose height depends on its width (a
 * label that wraps) has its width found by binary searches, once in the box
 * and once more to centre it, laying its text out a dozen times at every
 * allocation. In the Mentorships list and the Calendar's agenda that was most
 * of every frame while rows scrolled into view or the agenda was rebuilt
 * with a large program (bench/bench-frames.c). Here the widths come straight
 * from the children's own minimum and natural widths, so each label is laid
 * out once per width it gets.
 */
#include "config.h"

#include "mentor-row-layout.h"

struct _MentorRowLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
};

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MentorRowLayout, mentor_row_layout, GTK_TYPE_LAYOUT_MANAGER)

typedef struct {
  GtkWidget *child;
  int        minimum;
  int        natural;
  int        width;
} Slot;

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;

  return n;
}

/* Fills slots with the children to lay out and their widths for this row
 * width (-1: their natural widths). The children other than the expanding
 * one get their minimum, then up to their natural width; the expanding one
 * gets its minimum and whatever is left. */
static void
split_width (MentorRowLayout *self,
             GtkWidget       *widget,
             int              width,
             Slot            *slots,
             guint            n)
{
  Slot *main_slot = NULL;
  int extra = width - self->spacing * ((int) n - 1);
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < n;
       child = gtk_widget_get_next_sibling (child))
    {
      Slot *slot = &slots[i];

      if (!gtk_widget_should_layout (child))
        continue;

      slot->child = child;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &slot->minimum, &slot->natural, NULL, NULL);
      slot->width = width < 0 ? slot->natural : slot->minimum;
      extra -= slot->minimum;
      if (main_slot == NULL && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        main_slot = slot;
      i++;
    }

  if (width < 0)
    return;

  for (i = 0; i < n && extra > 0; i++)
    {
      int more;

      if (&slots[i] == main_slot)
        continue;

      more = MIN (slots[i].natural - slots[i].minimum, extra);
      slots[i].width += more;
      extra -= more;
    }

  if (main_slot != NULL && extra > 0)
    main_slot->width += extra;
}

static GtkSizeRequestMode
mentor_row_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mentor_row_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  MentorRowLayout *self = MENTOR_ROW_LAYOUT (manager);
  guint n = count_children (widget);
  Slot *slots = g_newa (Slot, MAX (n, 1));

  *minimum = 0;
  *natural = 0;
  if (n == 0)
    return;

  split_width (self, widget, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1, slots, n);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < n; i++)
        {
          *minimum += slots[i].minimum;
          *natural += slots[i].natural;
        }
      *minimum += self->spacing * ((int) n - 1);
      *natural += self->spacing * ((int) n - 1);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (slots[i].child, GTK_ORIENTATION_VERTICAL, for_size < 0 ? -1 : slots[i].width,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
mentor_row_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  MentorRowLayout *self = MENTOR_ROW_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  guint n = count_children (widget);
  Slot *slots = g_newa (Slot, MAX (n, 1));
  int x = 0;

  if (n == 0)
    return;

  split_width (self, widget, width, slots, n);

  for (guint i = 0; i < n; i++)
    {
      int child_height;

      /* Centred here: a valign on a child whose height follows its width
       * would have GTK search that width again. */
      gtk_widget_measure (slots[i].child, GTK_ORIENTATION_VERTICAL, slots[i].width,
                          NULL, &child_height, NULL, NULL);
      child_height = MIN (child_height, height);

      gtk_widget_size_allocate (slots[i].child,
                                &(GtkAllocation) {
                                  rtl ? width - x - slots[i].width : x,
                                  (height - child_height) / 2,
                                  slots[i].width,
                                  child_height,
                                },
                                -1);
      x += slots[i].width + self->spacing;
    }
}

static void
mentor_row_layout_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MentorRowLayout *self = MENTOR_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_row_layout_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MentorRowLayout *self = MENTOR_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      mentor_row_layout_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mentor_row_layout_class_init (MentorRowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = mentor_row_layout_get_property;
  object_class->set_property = mentor_row_layout_set_property;

  layout_class->get_request_mode = mentor_row_layout_get_request_mode;
  layout_class->measure = mentor_row_layout_measure;
  layout_class->allocate = mentor_row_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mentor_row_layout_init (MentorRowLayout *self)
{
}

GtkLayoutManager *
mentor_row_layout_new (void)
{
  return g_object_new (MENTOR_TYPE_ROW_LAYOUT, NULL);
}

int
mentor_row_layout_get_spacing (MentorRowLayout *self)
{
  g_return_val_if_fail (MENTOR_IS_ROW_LAYOUT (self), 0);

  return self->spacing;
}

void
mentor_row_layout_set_spacing (MentorRowLayout *self,
                               int              spacing)
{
  g_return_if_fail (MENTOR_IS_ROW_LAYOUT (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}
