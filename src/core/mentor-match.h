/* mentor-match.h — one suggested mentor for one mentee, with its reasons
 *
 * Made by mentor_matching_suggest() (mentor-matching.h); read-only.
 */
#pragma once

#include <glib-object.h>

#include "mentor-person.h"

G_BEGIN_DECLS

typedef enum {
  MENTOR_MATCH_NONE            = 0,
  /* The mentor is above the mentee in the reporting line: their manager, their
   * manager's manager, and so on. A conflict of interest. */
  MENTOR_MATCH_MENTOR_ABOVE    = 1 << 0,
  /* The mentee is above the mentor: the mentor is one of the mentee's reports,
   * or one of their reports' reports. A conflict of interest. */
  MENTOR_MATCH_MENTOR_BELOW    = 1 << 1,
  /* Both have the same department (ignoring case): noted, not a conflict. */
  MENTOR_MATCH_SAME_DEPARTMENT = 1 << 2,
  /* The mentor has no place free: their open mentorships as mentor (proposed,
   * active, paused) reach or pass their capacity. */
  MENTOR_MATCH_NO_PLACE        = 1 << 3,
} MentorMatchFlags;

#define MENTOR_MATCH_CONFLICT (MENTOR_MATCH_MENTOR_ABOVE | MENTOR_MATCH_MENTOR_BELOW)

#define MENTOR_TYPE_MATCH (mentor_match_get_type ())
G_DECLARE_FINAL_TYPE (MentorMatch, mentor_match, MENTOR, MATCH, GObject)

/* Properties (all read-only):
 *   "mentor"      MentorPerson  the suggested mentor (with skills)
 *   "mentee-id"   gint64
 *   "coverage"    double        covered areas / areas sought, 0..1 (0 when
 *                               the mentee seeks none)
 *   "covered"     GStrv         the mentee's development areas the mentor
 *                               offers, in the mentee's order and spelling
 *   "uncovered"   GStrv         the others
 *   "load"        guint         open mentorships as mentor (proposed, active, paused)
 *   "capacity"    guint         mentees the mentor can take
 *   "spare"       guint         capacity - load, 0 when full or over
 *   "flags"       guint         MentorMatchFlags
 *   "levels"      guint         for a conflict: how many levels apart in the
 *                               reporting line (1: direct manager), else 0
 *   "explanation" string        the reasons in words: "Covers leadership and
 *                               networking of 3 areas; 1 place free; same
 *                               department."
 *   "conflict"    string        the conflict of interest in words, or NULL:
 *                               "Conflict of interest: Ana Lima is Ben Okafor's
 *                               manager's manager."
 */

MentorPerson       *mentor_match_get_mentor      (MentorMatch *self);
gint64              mentor_match_get_mentee_id   (MentorMatch *self);
double              mentor_match_get_coverage    (MentorMatch *self);
const char * const *mentor_match_get_covered     (MentorMatch *self);
const char * const *mentor_match_get_uncovered   (MentorMatch *self);
guint               mentor_match_get_load        (MentorMatch *self);
guint               mentor_match_get_capacity    (MentorMatch *self);
guint               mentor_match_get_spare       (MentorMatch *self);
MentorMatchFlags    mentor_match_get_flags       (MentorMatch *self);
guint               mentor_match_get_levels      (MentorMatch *self);
const char         *mentor_match_get_explanation (MentorMatch *self);
const char         *mentor_match_get_conflict    (MentorMatch *self);
gboolean            mentor_match_has_conflict    (MentorMatch *self);

G_END_DECLS
