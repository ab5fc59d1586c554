/* fuzz-csv-import.c — libFuzzer target for the CSV import
 *
 * Each input goes through what `mentor --import-people` and
 * `--import-mentorships` do with a file, as both kinds: the byte checks,
 * libcsv, the header, every row's checks against a data file that holds
 * people (one archived, a reporting line) and a mentorship, the words of the
 * preview, and the write of every good row (skip_bad_rows), inside a
 * transaction that is always rolled back, so that each input meets the same
 * data file and nothing is ever committed. Built by tests/fuzz/run-fuzz.sh
 * with clang and AddressSanitizer + UBSan.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "mentor-core.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define N_PEOPLE 4

static MentorStore *store;

static MentorPerson *
add_person (const char *name,
            const char *email,
            gint64      manager_id,
            const char *offers)
{
  g_autoptr(MentorPerson) person = mentor_person_new ();
  const char *skills[] = { offers, NULL };

  mentor_person_set_name (person, name);
  mentor_person_set_email (person, email);
  mentor_person_set_manager_id (person, manager_id);
  mentor_person_set_timezone (person, "Europe/Berlin");
  mentor_person_set_capacity (person, 2);
  mentor_person_set_offers (person, offers != NULL ? skills : NULL);
  if (!mentor_store_save_person (store, person, NULL))
    abort ();
  return g_steal_pointer (&person);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorPerson) ana = NULL;
  g_autoptr(MentorPerson) ben = NULL;
  g_autoptr(MentorPerson) cy = NULL;
  g_autoptr(MentorPerson) dee = NULL;
  g_autoptr(MentorMentorship) mentorship = mentor_mentorship_new ();
  g_autofree char *dir = g_dir_make_tmp ("mentor-fuzz-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

  store = mentor_store_open (path, &error);
  if (store == NULL)
    abort ();

  ana = add_person ("Ana Souza", "ana@example.com", 0, "Leadership");
  ben = add_person ("Ben Okafor", "ben@example.com", mentor_person_get_id (ana), NULL);
  cy = add_person ("Cy Park", "cy@example.com", mentor_person_get_id (ben), "Networking");
  dee = add_person ("Dee Lima", "dee@example.com", 0, NULL);
  if (!mentor_store_set_person_archived (store, mentor_person_get_id (dee), TRUE, NULL))
    abort ();

  mentor_mentorship_set_mentor_id (mentorship, mentor_person_get_id (ana));
  mentor_mentorship_set_mentee_id (mentorship, mentor_person_get_id (cy));
  mentor_mentorship_set_started_on (mentorship, "2026-01-05");
  if (!mentor_store_save_mentorship (store, mentorship, NULL) ||
      !mentor_store_set_mentorship_status (store, mentor_mentorship_get_id (mentorship),
                                           MENTOR_STATUS_ACTIVE, NULL, NULL))
    abort ();

  return 0;
}

/* A refusal always says why, in words. */
static void
check_error (const GError *error)
{
  if (error == NULL || error->message == NULL || *error->message == '\0' ||
      !g_utf8_validate (error->message, -1, NULL))
    abort ();
}

/* Writes the plan, then refuses, so that mentor_store_batch() rolls it all
 * back (the import's own batch is a savepoint inside this one). */
static gboolean
apply_then_roll_back (MentorStore  *batch_store,
                      gpointer      user_data,
                      GError      **error)
{
  MentorCsvImport *plan = user_data;
  g_autoptr(GError) apply_error = NULL;
  g_autofree char *summary = NULL;

  if (mentor_csv_import_apply (plan, TRUE, &summary, &apply_error))
    {
      if (summary == NULL || !g_utf8_validate (summary, -1, NULL))
        abort ();
    }
  else
    check_error (apply_error);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "rolled back by the fuzzer");
  return FALSE;
}

static void
read_as (GBytes        *bytes,
         MentorCsvKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorCsvImport) plan = mentor_csv_import_read_bytes (store, kind, bytes, &error);
  g_auto(GStrv) problems = NULL;
  const char * const *notes;
  GListModel *rows;
  guint counted = 0;

  if (plan == NULL)
    {
      check_error (error);
      return;
    }

  /* What the preview shows. */
  notes = mentor_csv_import_get_notes (plan);
  for (guint i = 0; notes[i] != NULL; i++)
    if (!g_utf8_validate (notes[i], -1, NULL))
      abort ();

  rows = mentor_csv_import_get_rows (plan);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(MentorCsvRow) row = g_list_model_get_item (rows, i);
      const char * const *row_problems = mentor_csv_row_get_problems (row);

      if (!g_utf8_validate (mentor_csv_row_get_label (row), -1, NULL) ||
          !g_utf8_validate (mentor_csv_row_get_description (row), -1, NULL))
        abort ();
      /* A bad row always says what is wrong with it. */
      if (mentor_csv_row_get_action (row) == MENTOR_CSV_ACTION_BAD &&
          (row_problems == NULL || row_problems[0] == NULL))
        abort ();
    }

  for (int action = MENTOR_CSV_ACTION_ADD; action <= MENTOR_CSV_ACTION_BAD; action++)
    counted += mentor_csv_import_count (plan, (MentorCsvAction) action);
  if (counted != g_list_model_get_n_items (rows))
    abort ();

  problems = mentor_csv_import_dup_problems (plan, TRUE);

  /* The write, never committed. */
  if (mentor_store_batch (store, apply_then_roll_back, plan, NULL))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GListModel) people = NULL;

  read_as (bytes, MENTOR_CSV_PEOPLE);
  read_as (bytes, MENTOR_CSV_MENTORSHIPS);

  /* Every input met the same data file. */
  people = mentor_store_list_people (store, TRUE);
  if (g_list_model_get_n_items (people) != N_PEOPLE)
    abort ();

  return 0;
}
