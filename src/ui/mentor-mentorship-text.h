/* mentor-mentorship-text.h — the words the Mentorships page shows for a record
 *
 * Pure functions over records and strings, so that the wording of rows, the
 * detail header and the list filter can be checked without a display.
 */
#pragma once

#include "mentor-core.h"

G_BEGIN_DECLS

/* "12 Mar 2026" (translatable order) for a valid "YYYY-MM-DD"; NULL otherwise. */
char       *mentor_mentorship_format_date     (const char       *date);
/* "Since 12 Mar 2026", "Starts 4 Dec 2026" (a start still ahead), "4 Jan 2026 –
 * 10 Nov 2026" (closed) or "Not started". */
char       *mentor_mentorship_dup_start_text (MentorMentorship *mentorship);
/* A symbolic icon that goes with the status word; never shown without it. */
const char *mentor_mentorship_status_icon     (MentorStatus      status);
/* A style class that tints the status word (on top of the word and the icon). */
const char *mentor_mentorship_status_class    (MentorStatus      status);
/* "<Kind> · Since 12 Mar 2026" or "<Kind> · Not started" */
char       *mentor_mentorship_dup_subtitle    (MentorMentorship *mentorship);
/* "<Mentor> → <Mentee>, <Status>, <Health>" ("<Mentor> → <Mentee>, <Status>"
 * when health does not apply): what a screen reader says for a row. */
char       *mentor_mentorship_dup_a11y_name   (MentorMentorship *mentorship);
/* "<Mentor> → <Mentee>, <Status>", without the health. */
char       *mentor_mentorship_dup_status_name (MentorMentorship *mentorship);
/* The health level of a record; MENTOR_HEALTH_NONE when it has none. */
MentorHealthLevel mentor_mentorship_health_level (MentorMentorship *mentorship);
/* A style class that tints the health word (on top of the word and the icon). */
const char *mentor_health_level_class         (MentorHealthLevel  level);
/* "Completed on 12 Mar 2026" or "Ended on 12 Mar 2026 — <reason>"; NULL while open. */
char       *mentor_mentorship_dup_closed_text (MentorMentorship *mentorship);
/* Whether the record shows under a search, a status filter and a health
 * filter. folded_query is g_utf8_casefold() of the trimmed search text ("" or
 * NULL matches all); status is a MentorStatus or -1 for all; health is a
 * MentorHealthLevel or -1 for all. Looks at both names and the focus areas. */
gboolean    mentor_mentorship_matches         (MentorMentorship *mentorship,
                                               const char       *folded_query,
                                               int               status,
                                               int               health);

/* The orders the list offers ("Sort By"). */
typedef enum {
  MENTOR_MENTORSHIP_SORT_STATUS,     /* proposed, active, paused, completed, ended */
  MENTOR_MENTORSHIP_SORT_HEALTH,     /* at risk, needs attention, on track, then the rest */
  MENTOR_MENTORSHIP_SORT_START_DATE, /* newest start first, not started last */
  MENTOR_MENTORSHIP_N_SORTS
} MentorMentorshipSort;

/* "Status", "Health", "Start Date". */
const char *mentor_mentorship_sort_to_label   (MentorMentorshipSort sort);
/* Orders two records for the list; ties fall back on the newest start, then
 * the names, then the id, so the order is total. */
int         mentor_mentorship_compare         (MentorMentorship     *a,
                                               MentorMentorship     *b,
                                               MentorMentorshipSort  sort);

/* "4 of 5": a review's rating in words. */
char       *mentor_review_dup_rating_text     (guint             rating);
/* The name of the side that wrote (or owes) a review, from the mentorship's
 * names: "Ana Lopez"; "Mentor" or "Mentee" when the record has no names. */
const char *mentor_mentorship_author_name     (MentorMentorship *mentorship,
                                               MentorOwner       author);
/* For a side's next review, due on due_on: "Review due from Kwame since 3 Nov
 * 2026" once due (on or before today), else "Next review from Kwame due 3 Dec
 * 2026". today NULL: mentor_today(). *is_due (may be NULL) says which. */
char       *mentor_review_dup_due_text        (const char       *name,
                                               const char       *due_on,
                                               const char       *today,
                                               gboolean         *is_due);

/* The words of the program overview (mentor-overview-panel.c). */
/* "Meetings held: 14 of 18 planned (last 90 days)" */
char       *mentor_overview_dup_meetings_text (const MentorOverview *overview);
/* "Goals: 5 achieved, 7 open" (", 1 dropped" when some were) */
char       *mentor_overview_dup_goals_text    (const MentorOverview *overview);
/* "3 At Risk", "1 Active" */
char       *mentor_overview_dup_count_text    (guint                 count,
                                               const char           *label);

G_END_DECLS
