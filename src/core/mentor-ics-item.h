/* mentor-ics-item.h — one event of a file being imported, as the preview shows it
 *
 * Items are made by mentor_ics_plan_new() and live in the plan's list. Only
 * the mentorship an event goes to may be changed, through
 * mentor_ics_plan_set_mentorship() (so that a series' occurrences follow it).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  MENTOR_ICS_ACTION_NEW,        /* not in Mentor yet: added */
  MENTOR_ICS_ACTION_UPDATE,     /* in Mentor, and the file's copy is newer */
  MENTOR_ICS_ACTION_UNCHANGED,  /* in Mentor as the file says, or Mentor's copy is newer */
  MENTOR_ICS_ACTION_CANCEL,     /* in Mentor, and the file cancels it */
  MENTOR_ICS_ACTION_SKIP,       /* cannot be imported: see "problem" */
  MENTOR_ICS_N_ACTIONS
} MentorIcsAction;

typedef enum {
  MENTOR_ICS_ITEM_MEETING,      /* a single meeting */
  MENTOR_ICS_ITEM_SERIES,       /* recurring check-ins */
  MENTOR_ICS_ITEM_OCCURRENCE,   /* one changed or cancelled occurrence of a series */
} MentorIcsItemKind;

/* The word the preview shows for an action: "New", "Update", … */
const char *mentor_ics_action_to_label (MentorIcsAction action);

#define MENTOR_TYPE_ICS_ITEM (mentor_ics_item_get_type ())
G_DECLARE_FINAL_TYPE (MentorIcsItem, mentor_ics_item, MENTOR, ICS_ITEM, GObject)

/* Read-only properties: "title" (SUMMARY, or "Untitled Event"), "when" (in
 * words, in the user's zone), "kind" (MentorIcsItemKind as guint), "action"
 * (MentorIcsAction as guint), "mentorship-id" (gint64, 0 for none yet),
 * "mentorship-title" ("Mentor → Mentee", "" for none), "can-choose" (TRUE
 * when the user may pick the mentorship: a new event that is not an
 * occurrence of a series), "matched" (TRUE when the mentorship was found by
 * the people's emails or is the one Mentor holds it in), "people" (the
 * organizer's and attendees' emails in words), "problem" (why it is
 * skipped, or NULL), "note" (what else to know, or NULL), "line" (guint,
 * where the event begins in the file, 0 if unknown). */
const char        *mentor_ics_item_get_title            (MentorIcsItem *self);
const char        *mentor_ics_item_get_when             (MentorIcsItem *self);
MentorIcsItemKind  mentor_ics_item_get_kind             (MentorIcsItem *self);
MentorIcsAction    mentor_ics_item_get_action           (MentorIcsItem *self);
gint64             mentor_ics_item_get_mentorship_id    (MentorIcsItem *self);
const char        *mentor_ics_item_get_mentorship_title (MentorIcsItem *self);
gboolean           mentor_ics_item_get_can_choose       (MentorIcsItem *self);
gboolean           mentor_ics_item_get_matched          (MentorIcsItem *self);
const char        *mentor_ics_item_get_people           (MentorIcsItem *self);
const char        *mentor_ics_item_get_problem          (MentorIcsItem *self);
const char        *mentor_ics_item_get_note             (MentorIcsItem *self);
guint              mentor_ics_item_get_line             (MentorIcsItem *self);

G_END_DECLS
