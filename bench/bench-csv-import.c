/* bench-csv-import.c — importing 50,000 people from CSV, against its baselines
 *
 * An HR export of 50,000 people (a reporting line, skills and development
 * areas, quoted titles) is written to a temporary file, then:
 *   1. libcsv alone splits the same bytes into cells (no checks, no data file);
 *   2. raw SQLite inserts the same people and skills with prepared statements
 *      in one transaction, into a file with Mentor's schema and pragmas;
 *   3. Mentor reads the file into a plan (every check of every row) and
 *      applies it in one transaction, through the store.
 * Prints each time with rows per second, and Mentor's ratio to each baseline.
 * The target: the 50,000 rows "in seconds". Not a test: nothing is
 * asserted.
 */
#include "config.h"

#include <csv.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "mentor-core.h"

#define N_PEOPLE 50000

static const char * const skills[] = {
  "Leadership", "Networking", "Communication", "Strategic Thinking",
  "Emotional Intelligence", "Organizational Politics", "Career Advancement",
  "Public Speaking", "Negotiation", "Financial Acumen",
};
static const char * const zones[] = {
  "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Singapore",
  "Australia/Sydney",
};

typedef struct {
  char  *name;
  char  *email;
  char  *title;
  gint64 manager;   /* index + 1 of the manager, 0 for none */
  char  *zone;
  guint  capacity;
  char  *offers;
  char  *seeks;
} Person;

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/* Person i reports to person (i - 1) / 8: a tree five levels deep. */
static Person *
make_people (void)
{
  Person *people = g_new0 (Person, N_PEOPLE);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      Person *p = &people[i];

      p->name = g_strdup_printf ("Person %u Example", i);
      p->email = g_strdup_printf ("person.%u@bench.example", i);
      p->title = g_strdup_printf ("Engineer, Team %u", i / 8);
      p->manager = i == 0 ? 0 : (gint64) ((i - 1) / 8) + 1;
      p->zone = g_strdup (zones[i % G_N_ELEMENTS (zones)]);
      p->capacity = i % 4;
      p->offers = g_strdup_printf ("%s; %s", skills[i % 10], skills[(i + 3) % 10]);
      p->seeks = g_strdup_printf ("%s; %s", skills[(i + 5) % 10], skills[(i + 7) % 10]);
    }

  return people;
}

static void
free_people (Person *people)
{
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_free (people[i].name);
      g_free (people[i].email);
      g_free (people[i].title);
      g_free (people[i].zone);
      g_free (people[i].offers);
      g_free (people[i].seeks);
    }
  g_free (people);
}

static GBytes *
make_csv (Person *people)
{
  GString *text = g_string_new ("name,email,title,organization,department,manager_email,"
                                "timezone,capacity,offers,seeks\r\n");

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      Person *p = &people[i];

      g_string_append_printf (text, "%s,%s,\"%s\",Bench Corp,Engineering,%s,%s,%u,%s,%s\r\n",
                              p->name, p->email, p->title,
                              p->manager != 0 ? people[p->manager - 1].email : "",
                              p->zone, p->capacity, p->offers, p->seeks);
    }

  return g_string_free_to_bytes (text);
}

static void
count_cell (void   *text,
            size_t  length,
            void   *data)
{
  ((guint64 *) data)[0]++;
}

static void
count_row (int   c,
           void *data)
{
  ((guint64 *) data)[1]++;
}

static double
parse_only (GBytes *bytes)
{
  struct csv_parser parser;
  guint64 counts[2] = { 0, 0 };
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);
  gint64 start = g_get_monotonic_time ();

  csv_init (&parser, CSV_STRICT | CSV_APPEND_NULL);
  csv_parse (&parser, text, length, count_cell, count_row, counts);
  csv_fini (&parser, count_cell, count_row, counts);
  csv_free (&parser);

  if (counts[1] != N_PEOPLE + 1)
    g_error ("libcsv saw %" G_GUINT64_FORMAT " rows", counts[1]);

  return seconds_since (start);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
insert_skills (sqlite3_stmt *stmt,
               gint64        person_id,
               const char   *cell,
               const char   *kind)
{
  g_auto(GStrv) words = g_strsplit (cell, ";", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, person_id);
      sqlite3_bind_text (stmt, 2, g_strstrip (words[i]), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, (int) i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        g_error ("skill insert failed");
    }
}

/* The same rows, as raw prepared INSERTs in one transaction. */
static double
raw_sqlite (const char *path,
            Person     *people)
{
  g_autoptr(MentorStore) schema = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *ids = g_new0 (gint64, N_PEOPLE);
  sqlite3_stmt *person_stmt, *skill_stmt;
  sqlite3 *db;
  gint64 start;

  /* Mentor makes the file: the same schema, indexes and constraints. */
  schema = mentor_store_open (path, &error);
  if (schema == NULL)
    g_error ("%s", error->message);
  g_clear_object (&schema);

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("cannot open %s", path);
  exec (db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; "
            "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON");

  start = g_get_monotonic_time ();
  exec (db, "BEGIN IMMEDIATE");
  sqlite3_prepare_v2 (db,
                      "INSERT INTO person (name, email, title, organization, department, "
                      "  manager_id, timezone, capacity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                      -1, &person_stmt, NULL);
  sqlite3_prepare_v2 (db,
                      "INSERT INTO person_skill (person_id, name, kind, position) "
                      "VALUES (?1, ?2, ?3, ?4)",
                      -1, &skill_stmt, NULL);

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      Person *p = &people[i];

      sqlite3_reset (person_stmt);
      sqlite3_bind_text (person_stmt, 1, p->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 2, p->email, -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 3, p->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 4, "Bench Corp", -1, SQLITE_STATIC);
      sqlite3_bind_text (person_stmt, 5, "Engineering", -1, SQLITE_STATIC);
      if (p->manager != 0)
        sqlite3_bind_int64 (person_stmt, 6, ids[p->manager - 1]);
      else
        sqlite3_bind_null (person_stmt, 6);
      sqlite3_bind_text (person_stmt, 7, p->zone, -1, SQLITE_STATIC);
      sqlite3_bind_int (person_stmt, 8, (int) p->capacity);
      if (sqlite3_step (person_stmt) != SQLITE_DONE)
        g_error ("person insert failed: %s", sqlite3_errmsg (db));
      ids[i] = sqlite3_last_insert_rowid (db);

      insert_skills (skill_stmt, ids[i], p->offers, "offers");
      insert_skills (skill_stmt, ids[i], p->seeks, "seeks");
    }

  sqlite3_finalize (person_stmt);
  sqlite3_finalize (skill_stmt);
  exec (db, "COMMIT");
  sqlite3_close (db);

  return seconds_since (start);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
}

static void
line (const char *what,
      double      seconds)
{
  printf ("%-52s %8.3f s  %9.0f rows/s\n", what, seconds, N_PEOPLE / seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *raw_path = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autofree char *summary = NULL;
  Person *people;
  double parse, raw, read, apply;
  gint64 start;

  g_setenv ("TZ", "UTC", TRUE);
  folder = g_dir_make_tmp ("mentor-bench-csv-XXXXXX", &error);
  if (folder == NULL)
    g_error ("%s", error->message);
  csv_path = g_build_filename (folder, "people.csv", NULL);
  raw_path = g_build_filename (folder, "raw.db", NULL);
  db_path = g_build_filename (folder, "mentor.db", NULL);

  people = make_people ();
  bytes = make_csv (people);
  if (!g_file_set_contents (csv_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);
  printf ("%u people, %.1f MB of CSV\n\n", N_PEOPLE, g_bytes_get_size (bytes) / 1e6);

  parse = parse_only (bytes);
  raw = raw_sqlite (raw_path, people);

  store = mentor_store_open (db_path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  file = g_file_new_for_path (csv_path);
  plan = mentor_csv_import_read_file (store, MENTOR_CSV_PEOPLE, file, &error);
  if (plan == NULL)
    g_error ("%s", error->message);
  read = seconds_since (start);

  start = g_get_monotonic_time ();
  if (!mentor_csv_import_apply (plan, FALSE, &summary, &error))
    g_error ("%s", error->message);
  apply = seconds_since (start);

  line ("baseline: libcsv splitting the cells", parse);
  line ("baseline: raw SQLite inserts, one transaction", raw);
  line ("Mentor: read and check every row (the preview)", read);
  line ("Mentor: apply in one transaction", apply);
  line ("Mentor: whole import", read + apply);
  printf ("\n%s\n", summary);
  printf ("ratio to libcsv alone:  %6.1f×\n", (read + apply) / parse);
  printf ("ratio to raw SQLite:    %6.1f×\n", (read + apply) / raw);
  printf ("target \"in seconds\" (< 10 s): %s\n", read + apply < 10.0 ? "met" : "NOT met");

  g_clear_object (&plan);
  g_clear_object (&store);
  free_people (people);
  remove_tree (folder);

  return 0;
}
