/* mentor-date-picker.h — a calendar button that fills a date entry
 *
 * Dates are typed as "YYYY-MM-DD" (DESIGN.md); the button beside the entry
 * offers a calendar for those who would rather pick the day. It reads the
 * entry when it opens, so the calendar starts on the typed date (or today),
 * and writes the picked day back into the entry, whose "changed" then tells
 * the form as if it had been typed.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_DATE_PICKER (mentor_date_picker_get_type ())
G_DECLARE_FINAL_TYPE (MentorDatePicker, mentor_date_picker, MENTOR, DATE_PICKER, GtkWidget)

/* Properties: "entry" (GtkEditable: the entry it reads and fills; not
 * owned), "label" (string: the button's tooltip and accessible name, e.g.
 * "Pick Target Date"). */

GtkWidget   *mentor_date_picker_new       (GtkEditable      *entry,
                                           const char       *label);
GtkEditable *mentor_date_picker_get_entry (MentorDatePicker *self);
void         mentor_date_picker_set_entry (MentorDatePicker *self,
                                           GtkEditable      *entry);
const char  *mentor_date_picker_get_label (MentorDatePicker *self);
void         mentor_date_picker_set_label (MentorDatePicker *self,
                                           const char       *label);

/* TRUE when the text of entry is empty or a valid "YYYY-MM-DD"; marks the
 * entry with the "error" style class when it is neither, clears it when it
 * is. */
gboolean     mentor_date_entry_check      (GtkEditable      *entry);

G_END_DECLS
