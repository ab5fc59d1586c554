/* crash-writer.c — the program test_crash.py kills at random moments
 *
 *   crash-writer write DB       saves people one change at a time (some changes
 *                               are batches of ten in one transaction) and prints
 *                               "ack N" only after the store said N is saved
 *   crash-writer make-v1 DB N   writes a file as the first schema version wrote
 *                               it, with N mentorships and their meetings, so
 *                               opening it migrates for a while
 *   crash-writer open DB        opens the file (migrating it) and prints "opened"
 *   crash-writer check DB       opens the file and prints the names it holds
 *
 * Exit status 0 on success; on an error the message goes to stderr, status 1.
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "mentor-core.h"
#include "mentor-store-private.h"

typedef struct {
  guint first;
  guint n;
} Batch;

static gboolean
save_person (MentorStore  *store,
             guint         n,
             GError      **error)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autofree char *name = g_strdup_printf ("Writer %u", n);
  g_autofree char *email = g_strdup_printf ("writer%u@example.com", n);

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  return mentor_store_save_person (store, person, error);
}

static gboolean
save_batch (MentorStore  *store,
            gpointer      user_data,
            GError      **error)
{
  Batch *batch = user_data;

  for (guint i = 0; i < batch->n; i++)
    if (!save_person (store, batch->first + i, error))
      return FALSE;
  return TRUE;
}

static int
run_write (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  g_autoptr(GListModel) people = NULL;
  guint n = 0;

  if (store == NULL)
    goto failed;

  /* Pick up after what an earlier, killed writer saved. */
  people = mentor_store_list_people (store, TRUE);
  n = g_list_model_get_n_items (people);

  for (guint round = 0; round < 100000; round++)
    {
      if (round % 7 == 6)
        {
          Batch batch = { n, 10 };

          if (!mentor_store_batch (store, save_batch, &batch, &error))
            goto failed;
          for (guint i = 0; i < batch.n; i++)
            printf ("ack %u\n", n + i);
          n += batch.n;
        }
      else
        {
          if (!save_person (store, n, &error))
            goto failed;
          printf ("ack %u\n", n);
          n++;
        }
      fflush (stdout);
    }
  return 0;

failed:
  g_printerr ("crash-writer: %s\n", error->message);
  return 1;
}

static int
run_make_v1 (const char *path,
             guint       n)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    goto failed;
  if (sqlite3_exec (db, mentor_store_schema_step_sql (1), NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    goto failed;

  for (guint i = 1; i <= 2 * n; i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO person (id, name, email, timezone, capacity) "
        "VALUES (%u, 'Person %u', 'p%u@example.com', 'Europe/Berlin', 2)", i, i, i);
      if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        goto failed;
    }

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO meeting (mentorship_id, uid, starts_at, tzid, duration_min, "
                           "status, location, agenda, summary, private_notes) "
                           "VALUES (?1, ?2, '2026-01-20T08:00:00Z', 'Europe/Berlin', 30, 'held', "
                           "'Video', 'Agenda', 'Summary', 'Private')", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "INSERT INTO mentorship (id, mentor_id, mentee_id, kind, status, started_on, cadence_days, mode) "
        "VALUES (%u, %u, %u, 'traditional', 'active', '2026-01-05', 14, 'video')", i, 2 * i - 1, 2 * i);
      if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
        goto failed;

      for (guint j = 0; j < 20; j++)
        {
          g_autofree char *uid = g_strdup_printf ("m%u-%u@example.com", i, j);

          sqlite3_bind_int (stmt, 1, i);
          sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            goto failed;
          sqlite3_reset (stmt);
        }
    }

  sqlite3_finalize (stmt);
  stmt = NULL;
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    goto failed;
  sqlite3_close (db);
  return 0;

failed:
  g_printerr ("crash-writer: %s\n", db != NULL ? sqlite3_errmsg (db) : "cannot open");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return 1;
}

static int
run_open (const char *path,
          gboolean    list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);

  if (store == NULL)
    {
      g_printerr ("crash-writer: %s\n", error->message);
      return 1;
    }

  if (list)
    {
      g_autoptr(GListModel) people = mentor_store_list_people (store, TRUE);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(MentorPerson) person = g_list_model_get_item (people, i);
          printf ("%s\n", mentor_person_get_name (person));
        }
    }
  else
    printf ("opened\n");
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "write"))
    return run_write (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "make-v1"))
    return run_make_v1 (argv[2], (guint) atoi (argv[3]));
  if (argc == 3 && g_str_equal (argv[1], "open"))
    return run_open (argv[2], FALSE);
  if (argc == 3 && g_str_equal (argv[1], "check"))
    return run_open (argv[2], TRUE);

  g_printerr ("usage: crash-writer write|open|check DB | make-v1 DB N\n");
  return 2;
}
