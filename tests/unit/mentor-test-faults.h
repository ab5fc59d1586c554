/* mentor-test-faults.h — what the fault tests and the text tests share */
#pragma once

#include "mentor-core.h"

G_BEGIN_DECLS

/* A refusal a person reads: a whole sentence in valid UTF-8, ending with a
 * full stop, without the words of the machine (as tests/ui/test_errors.py's
 * JARGON, plus SQLite's own English). */
void   mentor_test_assert_sentence     (const char  *message);
/* PRAGMA integrity_check of the file says "ok". */
void   mentor_test_assert_integrity_ok (const char  *path);
/* People in the store, archived ones too. */
guint  mentor_test_n_people            (MentorStore *store);

G_END_DECLS
