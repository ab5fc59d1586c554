/* mentor-test-util.h — shared helpers of the unit tests */
#pragma once

#include <sqlite3.h>

#include "mentor-core.h"

G_BEGIN_DECLS

/* Every test works in its own temporary folder, removed afterwards. */
typedef struct {
  char        *dir;
  char        *path;   /* dir/mentor.db, not created */
  MentorStore *store;  /* opened by the fixtures that want one */
} MentorTestFixture;

void          mentor_test_fixture_setup       (MentorTestFixture *fixture,
                                               gconstpointer      data);
/* As setup, and opens a store on fixture->path. */
void          mentor_test_fixture_setup_store (MentorTestFixture *fixture,
                                               gconstpointer      data);
void          mentor_test_fixture_teardown    (MentorTestFixture *fixture,
                                               gconstpointer      data);

void          mentor_test_remove_tree         (const char        *path);

/* A plain connection with foreign keys on, as a coordinator's tool would. */
sqlite3      *mentor_test_raw_open            (const char        *path);
/* Runs SQL; returns the SQLite result code and, on failure, the message. */
int           mentor_test_exec                (sqlite3           *db,
                                               const char        *sql,
                                               char             **message);

/* Every table (schema and rows) and user_version as text, to compare a file
 * before and after a change. Opened read-only. */
char         *mentor_test_dump                (const char        *path);
/* SHA-256 of a file's bytes, or NULL when it cannot be read. */
char         *mentor_test_checksum            (const char        *path);
/* Last modification time in microseconds, 0 when missing. */
gint64        mentor_test_mtime               (const char        *path);
/* Names in a folder, sorted, NULL-terminated. */
char        **mentor_test_list_dir            (const char        *path);

/* Helpers that save a record or fail the test. */
MentorPerson     *mentor_test_add_person      (MentorStore       *store,
                                               const char        *name,
                                               const char        *email);
MentorMentorship *mentor_test_add_mentorship  (MentorStore       *store,
                                               gint64             mentor_id,
                                               gint64             mentee_id);

G_END_DECLS
