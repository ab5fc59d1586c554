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
/* "<Mentor> → <Mentee>" */
char       *mentor_mentorship_dup_title       (MentorMentorship *mentorship);
/* "<Kind> · Since 12 Mar 2026" or "<Kind> · Not started" */
char       *mentor_mentorship_dup_subtitle    (MentorMentorship *mentorship);
/* "<Mentor> → <Mentee>, <Status>": what a screen reader says for a row. */
char       *mentor_mentorship_dup_a11y_name   (MentorMentorship *mentorship);
/* "Completed on 12 Mar 2026" or "Ended on 12 Mar 2026 — <reason>"; NULL while open. */
char       *mentor_mentorship_dup_closed_text (MentorMentorship *mentorship);
/* Whether the record shows under a search and a status filter. folded_query is
 * g_utf8_casefold() of the trimmed search text ("" or NULL matches all); status
 * is a MentorStatus or -1 for all. Looks at both names and the focus areas. */
gboolean    mentor_mentorship_matches         (MentorMentorship *mentorship,
                                               const char       *folded_query,
                                               int               status);
/* Open ones first (proposed, active, paused), then the newest start, then names. */
int         mentor_mentorship_compare         (MentorMentorship *a,
                                               MentorMentorship *b);

G_END_DECLS
