/* mentor-month-grid.h — six weeks of days with the meetings of each */
#pragma once

#include <gtk/gtk.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MONTH_GRID (mentor_month_grid_get_type ())
G_DECLARE_FINAL_TYPE (MentorMonthGrid, mentor_month_grid, MENTOR, MONTH_GRID, GtkWidget)

/* Properties:
 *   "selected-date" (string "YYYY-MM-DD"): the day chosen by a click or the
 *     keyboard; the grid shows its month. Notified when it changes.
 *   "first-day" (string, read-only): the first of the 42 days shown.
 *   "today" (string): the day marked as today.
 *   "week-start" (GDateWeekday as guint): the weekday of the first column.
 *   "compact" (boolean): ask only for the height of the day numbers, for a
 *     narrow window where the agenda sits below the grid.
 *
 * Keyboard: the arrow keys move the selected day, Page Up and Page Down by a
 * month, Home back to today. Tab enters at the selected day and leaves. */

GtkWidget  *mentor_month_grid_new               (void);

const char *mentor_month_grid_get_selected_date (MentorMonthGrid *self);
void        mentor_month_grid_set_selected_date (MentorMonthGrid *self,
                                                 const char      *date);
const char *mentor_month_grid_get_first_day     (MentorMonthGrid *self);
const char *mentor_month_grid_get_today         (MentorMonthGrid *self);
void        mentor_month_grid_set_today         (MentorMonthGrid *self,
                                                 const char      *today);
GDateWeekday mentor_month_grid_get_week_start   (MentorMonthGrid *self);
void        mentor_month_grid_set_week_start    (MentorMonthGrid *self,
                                                 GDateWeekday     week_start);
gboolean    mentor_month_grid_get_compact       (MentorMonthGrid *self);
void        mentor_month_grid_set_compact       (MentorMonthGrid *self,
                                                 gboolean         compact);

/* The meetings (MentorMeeting, sorted by start) of the 42 days shown, as one
 * list from mentor_store_list_calendar(); NULL for none. */
void        mentor_month_grid_set_meetings      (MentorMonthGrid *self,
                                                 GListModel      *meetings);

G_END_DECLS
