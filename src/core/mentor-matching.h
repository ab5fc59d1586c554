/* mentor-matching.h — suggesting mentors for mentees, and proposing the match
 *
 * A MentorMatching is one look at the program, taken when it is made: people
 * with their skills and reporting lines, and every open mentorship. Make a new
 * one when the store emits "changed" (it costs two queries).
 *
 * Who is who:
 *  - a mentee "without a mentor" is a person who is not archived, seeks at
 *    least one development area, and is the mentee of no open mentorship
 *    (proposed, active or paused): once a match is proposed they leave the list;
 *  - a possible mentor is anyone else who is not archived, can take mentees
 *    (capacity above 0) and has no open mentorship with that mentee already;
 *    when the mentee seeks areas, the mentor must offer at least one of them.
 *
 * Skills match ignoring case, accents, surrounding spaces and punctuation
 * between words: "Public speaking", "public-speaking" and " PUBLIC_SPEAKING"
 * are one skill.
 *
 * Ranking, in three groups: first the mentors with a place free, then those
 * with no place free (proposing them would overload them: listed and flagged,
 * for when no one else covers the areas), then conflicts of interest (the
 * mentor above or below the mentee in the reporting line: listed and flagged,
 * so that a coordinator sees why an obvious name is not first). Within a
 * group: more areas covered first; then more places free; then fewer mentees
 * now; then name.
 */
#pragma once

#include <gio/gio.h>

#include "mentor-match.h"
#include "mentor-store.h"

G_BEGIN_DECLS

#define MENTOR_TYPE_MATCHING (mentor_matching_get_type ())
G_DECLARE_FINAL_TYPE (MentorMatching, mentor_matching, MENTOR, MATCHING, GObject)

MentorMatching *mentor_matching_new                        (MentorStore    *store,
                                                            GError        **error);
/* MentorPerson items, mentees without a mentor (see above), sorted by name. */
GListModel     *mentor_matching_get_mentees_without_mentor (MentorMatching *self);
/* MentorMatch items for mentee_id, best first, at most max (0: all). Empty
 * when the person is unknown or no one can mentor them. */
GListModel     *mentor_matching_suggest                    (MentorMatching *self,
                                                            gint64          mentee_id,
                                                            guint           max);
/* The person as loaded, or NULL (transfer none). */
MentorPerson   *mentor_matching_get_person                 (MentorMatching *self,
                                                            gint64          id);
/* Open mentorships (proposed, active, paused) where the person is mentor. */
guint           mentor_matching_get_load                   (MentorMatching *self,
                                                            gint64          person_id);
/* TRUE when the person mentors more than their capacity (load > capacity):
 * the People list flags them. */
gboolean        mentor_matching_is_over_capacity           (MentorMatching *self,
                                                            gint64          person_id);

/* Proposes the match: a new mentorship, status proposed, kind traditional,
 * no cadence agreed yet, its focus areas the mentee's areas the mentor offers.
 * A conflict of interest does not refuse it (the coordinator decides), but an
 * open mentorship of the same pair does (INVALID), as does anything
 * mentor_store_save_mentorship() refuses. Returns the new mentorship's id, or
 * 0 with error. */
gint64          mentor_matching_propose                    (MentorStore    *store,
                                                            gint64          mentor_id,
                                                            gint64          mentee_id,
                                                            GError        **error);

G_END_DECLS
