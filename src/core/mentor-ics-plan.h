/* mentor-ics-plan.h — what importing a file would do, and doing it
 *
 * A plan matches each event of a parsed file (mentor-ics-import.h) to a
 * mentorship, by the emails of its organizer and attendees against the
 * people of one mentorship (mentor and mentee both), else to the default
 * mentorship given, else to none until the user picks one; and to what the
 * store holds, keyed by (UID, RECURRENCE-ID). Applying it writes every
 * change in one transaction: all or nothing.
 */
#pragma once

#include "mentor-ics-import.h"
#include "mentor-ics-item.h"
#include "mentor-store.h"

G_BEGIN_DECLS

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
  guint cancelled;
  guint skipped;
} MentorIcsCounts;

#define MENTOR_TYPE_ICS_PLAN (mentor_ics_plan_get_type ())
G_DECLARE_FINAL_TYPE (MentorIcsPlan, mentor_ics_plan, MENTOR, ICS_PLAN, GObject)

/* Takes parsed. default_mentorship_id (0: none) receives the events no
 * mentorship matches. Reads the store; call it on the store's thread. */
MentorIcsPlan *mentor_ics_plan_new                 (MentorStore      *store,
                                                    MentorIcsParsed  *parsed,
                                                    gint64            default_mentorship_id);
/* MentorIcsItem, one per event, in file order. */
GListModel    *mentor_ics_plan_get_items           (MentorIcsPlan    *self);
/* MentorMentorship: the ones an event may be given to, as the store lists them. */
GListModel    *mentor_ics_plan_get_mentorships     (MentorIcsPlan    *self);
/* Sentences about the file as a whole (parts left out), NULL-terminated. */
const char * const *mentor_ics_plan_get_warnings   (MentorIcsPlan    *self);
/* Items that apply() would treat with action (NEW, UPDATE, …); an item
 * without a mentorship counts as SKIP. */
guint          mentor_ics_plan_count               (MentorIcsPlan    *self,
                                                    MentorIcsAction   action);
/* Items waiting for the user to choose a mentorship. */
guint          mentor_ics_plan_count_unmatched     (MentorIcsPlan    *self);
/* Gives the item (and, for a series, its occurrences in the file) to the
 * mentorship id (0: none); ignored for items that cannot choose. */
void           mentor_ics_plan_set_mentorship      (MentorIcsPlan    *self,
                                                    MentorIcsItem    *item,
                                                    gint64            mentorship_id);
/* The same for every item no mentorship matched. */
void           mentor_ics_plan_set_unmatched_mentorship (MentorIcsPlan *self,
                                                         gint64         mentorship_id);
/* "12 events: 3 new, 1 to update, 8 unchanged." */
char          *mentor_ics_plan_describe            (MentorIcsPlan    *self);
/* The unmatched events in words, up to max of them, one per line:
 * "“Career chat” on Tue 10 Mar 2026, 09:00 (line 12): no mentorship matches
 * (organizer ana@example.com; attendees ben@example.com)". */
char          *mentor_ics_plan_describe_unmatched  (MentorIcsPlan    *self,
                                                    guint             max);
/* Writes the plan in one transaction (mentor_store_batch). A plan is
 * applied once. counts may be NULL. */
gboolean       mentor_ics_plan_apply               (MentorIcsPlan    *self,
                                                    MentorIcsCounts  *counts,
                                                    GError          **error);
/* "Imported invites.ics: 3 added, 1 updated, 8 unchanged, 1 cancelled." */
char          *mentor_ics_counts_describe          (const MentorIcsCounts *counts,
                                                    const char            *file_name);

G_END_DECLS
