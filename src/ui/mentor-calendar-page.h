/* mentor-calendar-page.h — the Calendar view: the month and the agenda */
#pragma once

#include <adwaita.h>

#include "mentor-core.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_CALENDAR_PAGE (mentor_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (MentorCalendarPage, mentor_calendar_page, MENTOR, CALENDAR_PAGE, AdwBin)

/* Properties: "store" (MentorStore; NULL shows nothing).
 * Signals:
 *   "add-toast" (AdwToast): a toast for the window (changes with Undo, errors).
 *
 * A month grid and, beside it (below it in a narrow window), the agenda of
 * the selected day and the days after it, both from
 * mentor_store_list_calendar(), refreshed on the store's "changed". */

GtkWidget   *mentor_calendar_page_new             (MentorStore        *store);
MentorStore *mentor_calendar_page_get_store       (MentorCalendarPage *self);
void         mentor_calendar_page_set_store       (MentorCalendarPage *self,
                                                   MentorStore        *store);
/* Shows only the check-ins of one mentorship (0: all of them). */
void         mentor_calendar_page_show_mentorship (MentorCalendarPage *self,
                                                   gint64              mentorship_id);
/* Selects today and shows its month. */
void         mentor_calendar_page_go_today        (MentorCalendarPage *self);
/* The day selected, "YYYY-MM-DD". */
const char  *mentor_calendar_page_get_selected_date (MentorCalendarPage *self);
/* Selects a day and shows its month. */
void         mentor_calendar_page_select_date     (MentorCalendarPage *self,
                                                   const char         *date);

G_END_DECLS
