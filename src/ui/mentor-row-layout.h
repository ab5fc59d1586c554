/* mentor-row-layout.h — a list row's layout: text that wraps, then buttons or badges */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_ROW_LAYOUT (mentor_row_layout_get_type ())
G_DECLARE_FINAL_TYPE (MentorRowLayout, mentor_row_layout, MENTOR, ROW_LAYOUT, GtkLayoutManager)

/* Lays the children of a row out side by side, each centred vertically: the
 * first child that expands horizontally (the text, which may wrap) takes the
 * width the others leave, and the others keep their natural width as long as
 * it can have its minimum. Mirrored right to left.
 *
 * Properties: "spacing" (int, pixels between children). */

GtkLayoutManager *mentor_row_layout_new         (void);
int               mentor_row_layout_get_spacing (MentorRowLayout *self);
void              mentor_row_layout_set_spacing (MentorRowLayout *self,
                                                 int              spacing);

G_END_DECLS
