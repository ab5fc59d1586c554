/* mentor-accessible.h — names GTK 4.8 leaves out inside its own widgets
 *
 * Screen readers say the name of the widget that has the keyboard focus.
 * Some GTK 4.8 widgets put the focus on an inner widget nobody named, and
 * GTK then makes up its type name ("GtkToggleButton"). These helpers name
 * such inner widgets after the outer one. tests/ui/test_a11y_walk.py finds
 * any that are missed.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A GtkDropDown takes the focus on its inner toggle button: this names the
 * button by the drop-down's accessible label (set that label first, in the
 * .ui file or with gtk_accessible_update_property; the button follows it when
 * it changes). */
void mentor_accessible_name_drop_down   (GtkDropDown *drop_down);

/* An AdwButtonContent labels its button by its own label when it is put in
 * a window, and GTK 4.8 then joins that to the button's accessible label
 * ("Add Leadership Leadership"). For a button whose accessible label says
 * more than the words it shows, this drops the added relation each time the
 * button is realized, so only the button's own label is said. */
void mentor_accessible_keep_own_label  (GtkButton   *button);

/* The rows of the list a GtkDropDown or an AdwComboRow opens take the focus,
 * but GTK 4.8 has no GtkListItem:accessible-label to name them. This names
 * each row by the first label it shows, for every drop-down and combo row in
 * widget (widget included). Call it once their factories are set; calling it
 * again does no harm. */
void mentor_accessible_name_choices    (GtkWidget   *widget);

G_END_DECLS
