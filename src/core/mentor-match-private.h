/* mentor-match-private.h — how matching makes its suggestions */
#pragma once

#include "mentor-match.h"

G_BEGIN_DECLS

/* covered and uncovered are copied; the explanation and conflict are final
 * sentences (conflict NULL when there is none). */
MentorMatch *mentor_match_new (MentorPerson       *mentor,
                               gint64              mentee_id,
                               const char * const *covered,
                               const char * const *uncovered,
                               guint               load,
                               MentorMatchFlags    flags,
                               guint               levels,
                               const char         *explanation,
                               const char         *conflict);

G_END_DECLS
