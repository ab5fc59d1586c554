/* mentor-accessible.c — names GTK 4.8 leaves out inside its own widgets */
#include "config.h"

#include "mentor-accessible.h"

static void
forget_labelled_by_cb (GtkWidget *widget)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

void
mentor_accessible_keep_own_label (GtkButton *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  /* Realized after AdwButtonContent's root, which adds the relation. */
  g_signal_connect (button, "realize", G_CALLBACK (forget_labelled_by_cb), NULL);
}

static GtkWidget *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = first_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* The row is labelled by its own label widget, not given its text, so the
 * name follows the text when the row is bound to another choice. */
static void
name_row (GtkWidget *row)
{
  GtkWidget *label = first_label (row);

  if (label != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                    -1);
}

/* Rows made later, after the factory's own bind: the row is the list's item
 * widget around the child. */
static void
name_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child != NULL && gtk_widget_get_parent (child) != NULL)
    name_row (gtk_widget_get_parent (child));
}

/* Rows made already: a list makes its rows as soon as it has a model, open
 * or not. */
static void
name_rows_under (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
        name_row (child);
      name_rows_under (child);
    }
}

static void
name_rows_of (GtkListItemFactory *factory)
{
  if (!GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory) ||
      g_object_get_data (G_OBJECT (factory), "mentor-names-rows") != NULL)
    return;

  g_object_set_data (G_OBJECT (factory), "mentor-names-rows", GINT_TO_POINTER (TRUE));
  g_signal_connect_after (factory, "bind", G_CALLBACK (name_row_cb), NULL);
}

void
mentor_accessible_name_choices (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The open list uses the list factory, or the factory when there is none. */
  if (GTK_IS_DROP_DOWN (widget))
    {
      GtkDropDown *drop_down = GTK_DROP_DOWN (widget);

      name_rows_of (gtk_drop_down_get_list_factory (drop_down) != NULL
                    ? gtk_drop_down_get_list_factory (drop_down)
                    : gtk_drop_down_get_factory (drop_down));
      name_rows_under (widget);
      return;
    }
  else if (ADW_IS_COMBO_ROW (widget))
    {
      AdwComboRow *row = ADW_COMBO_ROW (widget);

      name_rows_of (adw_combo_row_get_list_factory (row) != NULL
                    ? adw_combo_row_get_list_factory (row)
                    : adw_combo_row_get_factory (row));
      name_rows_under (widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mentor_accessible_name_choices (child);
}

void
mentor_accessible_name_drop_down (GtkDropDown *drop_down)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  /* GTK 4.8 names a widget labelled by another with that widget's label
   * property, so the button says what the drop-down is for. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, drop_down, NULL,
                                      -1);
}
