/* mentor-backup.c — checking a data file before use, and automatic backups
 *
 * Backups are made with sqlite3_backup into a "backups" folder beside the
 * data file (0700, files 0600: they hold the same confidential notes), named
 * "<stem>-YYYYMMDD-HHMMSS[-reason].db" with the time in UTC, where <stem> is
 * the data file's name without ".db" ("mentor" for the default file), so two
 * data files in one folder never mix their backups.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "mentor-store-private.h"

#define STAMP_LEN 15 /* YYYYMMDD-HHMMSS */

static const char sqlite_header[16] = "SQLite format 3";

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

static void
set_corrupt_error (GError     **error,
                   const char  *path,
                   const char  *detail)
{
  g_autofree char *name = display_name (path);
  g_autofree char *clean = g_strdup (detail);
  gsize len = strlen (clean);

  /* SQLite's messages sometimes end with a full stop; ours adds one. */
  while (len > 0 && (clean[len - 1] == '.' || g_ascii_isspace (clean[len - 1])))
    clean[--len] = '\0';

  g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CORRUPT,
               /* Translators: the first %s is a file, the second what is wrong with it */
               _("“%s” is damaged or is not a Mentor data file: %s. It was left as it is."),
               name, clean);
}

static gboolean
read_header (const char  *path,
             char         header[16],
             GError     **error)
{
  gssize n = 0;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = display_name (path);

      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” could not be read: %s."), name, g_strerror (saved));
      return FALSE;
    }

  memset (header, 0, 16);
  while (n < 16)
    {
      gssize r = read (fd, header + n, 16 - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      n += r;
    }
  close (fd);

  if (n < 16 || memcmp (header, sqlite_header, 16) != 0)
    {
      set_corrupt_error (error, path, _("it is not an SQLite database"));
      return FALSE;
    }

  return TRUE;
}

/* A "file:" URI that opens path without taking locks or creating -wal/-shm
 * files, unless a -wal file shows a connection is open or did not close
 * cleanly: then read-only, so that the WAL is read too. */
static char *
check_uri_for (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = NULL;
  g_autofree char *escaped = NULL;

  absolute = g_path_is_absolute (path) ? g_strdup (path)
                                       : g_canonicalize_filename (path, NULL);
  escaped = g_uri_escape_string (absolute, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, TRUE);

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    return g_strconcat ("file:", escaped, "?mode=ro", NULL);

  return g_strconcat ("file:", escaped, "?immutable=1", NULL);
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *out,
           const char **detail)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      *detail = sqlite3_errmsg (db);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *out = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
mentor_store_check_file (const char  *path,
                         int         *version,
                         GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *problem = NULL;
  const char *detail = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char header[16];
  int app_id = 0;
  int tables = 0;
  int rc;

  g_assert (path != NULL);

  if (!read_header (path, header, error))
    return FALSE;

  uri = check_uri_for (path);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” could not be opened: %s."),
                   name, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return FALSE;
    }

  /* quick_check answers "ok", or one row per problem found. */
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row = (const char *) sqlite3_column_text (stmt, 0);

      if (problem == NULL && g_strcmp0 (row, "ok") != 0)
        {
          /* "*** in database main ***\nPage 2: …": keep the first real line. */
          g_auto(GStrv) lines = g_strsplit (row != NULL ? row : "", "\n", -1);

          for (guint i = 0; lines[i] != NULL && problem == NULL; i++)
            {
              g_strstrip (lines[i]);
              if (*lines[i] != '\0' && !g_str_has_prefix (lines[i], "***"))
                problem = g_strdup (lines[i]);
            }
          if (problem == NULL)
            problem = g_strdup (_("the integrity check failed"));
        }
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE && problem == NULL)
    problem = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  if (problem != NULL)
    {
      set_corrupt_error (error, path, problem);
      sqlite3_close (db);
      return FALSE;
    }

  if (!query_int (db, "PRAGMA user_version", version, &detail) ||
      !query_int (db, "PRAGMA application_id", &app_id, &detail) ||
      !query_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", &tables, &detail))
    {
      set_corrupt_error (error, path, detail);
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);

  if (*version > MENTOR_STORE_SCHEMA_VERSION)
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of Mentor (schema %d; "
                     "this version reads up to %d). It was left as it is."),
                   name, *version, MENTOR_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* Another program's database must not get Mentor's tables added to it. */
  if ((app_id != 0 && app_id != MENTOR_STORE_APPLICATION_ID) ||
      (*version == 0 && tables > 0) || *version < 0)
    {
      set_corrupt_error (error, path, _("it belongs to another program"));
      return FALSE;
    }

  return TRUE;
}

char *
mentor_store_backup_dir_for (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';

  return g_steal_pointer (&base);
}

/* The timestamp part of a backup's file name, or NULL when the name is not
 * one of stem's backups. */
static const char *
backup_stamp (const char *name,
              const char *stem)
{
  gsize stem_len = strlen (stem);
  const char *stamp;
  const char *rest;

  if (strncmp (name, stem, stem_len) != 0 || name[stem_len] != '-')
    return NULL;

  stamp = name + stem_len + 1;
  for (guint i = 0; i < STAMP_LEN; i++)
    {
      if (i == 8 ? stamp[i] != '-' : !g_ascii_isdigit (stamp[i]))
        return NULL;
    }

  rest = stamp + STAMP_LEN;
  if (strcmp (rest, ".db") == 0)
    return stamp;
  if (rest[0] != '-' || !g_str_has_suffix (rest, ".db") || strlen (rest) < 5)
    return NULL;
  for (const char *p = rest + 1; p < rest + strlen (rest) - 3; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-')
        return NULL;
    }

  return stamp;
}

static int
compare_backups_newest_first (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  const char *stem = user_data;
  g_autofree char *name_a = g_path_get_basename (*(const char * const *) a);
  g_autofree char *name_b = g_path_get_basename (*(const char * const *) b);

  GStatBuf st_a, st_b;
  int cmp;

  cmp = strncmp (backup_stamp (name_b, stem), backup_stamp (name_a, stem), STAMP_LEN);
  if (cmp != 0)
    return cmp;

  /* Two backups in the same second: the one written last is newer. */
  if (g_stat (*(const char * const *) a, &st_a) == 0 &&
      g_stat (*(const char * const *) b, &st_b) == 0)
    {
      if (st_a.st_mtim.tv_sec != st_b.st_mtim.tv_sec)
        return st_a.st_mtim.tv_sec < st_b.st_mtim.tv_sec ? 1 : -1;
      if (st_a.st_mtim.tv_nsec != st_b.st_mtim.tv_nsec)
        return st_a.st_mtim.tv_nsec < st_b.st_mtim.tv_nsec ? 1 : -1;
    }

  return strcmp (name_b, name_a);
}

GPtrArray *
mentor_store_list_backups (const char *db_path)
{
  g_autofree char *dir_path = mentor_store_backup_dir_for (db_path);
  g_autofree char *stem = backup_stem (db_path);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return g_steal_pointer (&found);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (backup_stamp (name, stem) != NULL)
        g_ptr_array_add (found, g_build_filename (dir_path, name, NULL));
    }

  g_ptr_array_sort_with_data (found, compare_backups_newest_first, stem);
  return g_steal_pointer (&found);
}

char *
mentor_store_latest_backup_for (const char *db_path)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  backups = mentor_store_list_backups (db_path);
  if (backups->len == 0)
    return NULL;

  return g_strdup (g_ptr_array_index (backups, 0));
}

static void
prune_backups (const char *db_path)
{
  g_autoptr(GPtrArray) backups = mentor_store_list_backups (db_path);

  for (guint i = MENTOR_STORE_BACKUPS_KEPT; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
}

/* Creates an empty 0600 file with a fresh name; returns its path. */
static char *
create_backup_file (const char  *dir,
                    const char  *stem,
                    const char  *stamp,
                    const char  *reason,
                    GError     **error)
{
  for (guint attempt = 1; attempt < 100; attempt++)
    {
      g_autofree char *suffix = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      int fd;

      if (reason != NULL && attempt > 1)
        suffix = g_strdup_printf ("-%s-%u", reason, attempt);
      else if (reason != NULL)
        suffix = g_strdup_printf ("-%s", reason);
      else if (attempt > 1)
        suffix = g_strdup_printf ("-%u", attempt);
      else
        suffix = g_strdup ("");

      name = g_strdup_printf ("%s-%s%s.db", stem, stamp, suffix);
      path = g_build_filename (dir, name, NULL);

      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd >= 0)
        {
          close (fd);
          return g_steal_pointer (&path);
        }

      if (errno != EEXIST)
        {
          int saved = errno;
          g_autofree char *shown = display_name (dir);

          g_set_error (error, MENTOR_STORE_ERROR,
                       saved == ENOSPC ? MENTOR_STORE_ERROR_FULL : MENTOR_STORE_ERROR_FAILED,
                       _("A backup could not be made in “%s”: %s."),
                       shown, g_strerror (saved));
          return NULL;
        }
    }

  g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
               _("A backup could not be made: too many backups were made in one second."));
  return NULL;
}

gboolean
mentor_store_backup_db (sqlite3     *db,
                        const char  *db_path,
                        const char  *reason,
                        GDateTime   *when,
                        GError     **error)
{
  g_autofree char *dir = mentor_store_backup_dir_for (db_path);
  g_autofree char *stem = backup_stem (db_path);
  g_autofree char *stamp = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GDateTime) utc = NULL;
  sqlite3_backup *backup;
  sqlite3 *dest = NULL;
  int rc;

  g_assert (db != NULL);
  g_assert (when != NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *shown = display_name (dir);

      g_set_error (error, MENTOR_STORE_ERROR,
                   saved == ENOSPC ? MENTOR_STORE_ERROR_FULL : MENTOR_STORE_ERROR_FAILED,
                   _("The backup folder “%s” could not be created: %s."),
                   shown, g_strerror (saved));
      return FALSE;
    }

  utc = g_date_time_to_utc (when);
  stamp = g_date_time_format (utc, "%Y%m%d-%H%M%S");

  /* Created here first, so that SQLite's journal beside it gets mode 0600 too. */
  target = create_backup_file (dir, stem, stamp, reason, error);
  if (target == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
          sqlite3_backup_finish (backup);
        }
    }

  /* A backup is one self-contained file: no WAL beside it. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_autofree char *shown = display_name (target);
      const char *detail = dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc);

      g_set_error (error, MENTOR_STORE_ERROR,
                   (rc & 0xff) == SQLITE_FULL ? MENTOR_STORE_ERROR_FULL : MENTOR_STORE_ERROR_FAILED,
                   _("The backup “%s” could not be written: %s."), shown, detail);
      sqlite3_close (dest);
      g_unlink (target);
      return FALSE;
    }

  sqlite3_close (dest);
  prune_backups (db_path);
  return TRUE;
}

gboolean
mentor_store_backup_now (MentorStore  *self,
                         const char   *reason,
                         GError      **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (MENTOR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  now = g_date_time_new_now_utc ();
  return mentor_store_backup_db (self->db, self->path, reason, now, error);
}

static GDateTime *
stamp_to_date_time (const char *stamp)
{
  g_autofree char *iso = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  /* YYYYMMDD-HHMMSS -> YYYY-MM-DDTHH:MM:SSZ */
  iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ",
                         stamp, stamp + 4, stamp + 6, stamp + 9, stamp + 11, stamp + 13);
  return g_date_time_new_from_iso8601 (iso, utc);
}

gboolean
mentor_store_backup_if_due (MentorStore  *self,
                            GDateTime    *now,
                            GError      **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *stem = NULL;

  g_assert (MENTOR_IS_STORE (self));

  backups = mentor_store_list_backups (self->path);
  stem = backup_stem (self->path);

  if (backups->len > 0)
    {
      g_autofree char *newest = g_path_get_basename (g_ptr_array_index (backups, 0));
      g_autoptr(GDateTime) made = stamp_to_date_time (backup_stamp (newest, stem));

      if (made != NULL && g_date_time_difference (now, made) < G_TIME_SPAN_DAY)
        return TRUE;
    }

  return mentor_store_backup_db (self->db, self->path, NULL, now, error);
}

gboolean
mentor_store_restore_latest_backup (const char  *db_path,
                                    GError     **error)
{
  static const char * const companions[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *latest = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  int version = 0;

  g_return_val_if_fail (db_path != NULL, FALSE);

  shown = display_name (db_path);
  latest = mentor_store_latest_backup_for (db_path);
  if (latest == NULL)
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_NOT_FOUND,
                   _("There is no backup of “%s” to restore."), shown);
      return FALSE;
    }

  if (!mentor_store_check_file (latest, &version, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("The latest backup cannot be restored. "));
      return FALSE;
    }

  if (!g_file_get_contents (latest, &contents, &length, &local_error))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                   _("The latest backup could not be read: %s."), local_error->message);
      return FALSE;
    }

  /* The broken file, and its WAL that belongs with it, are kept aside. */
  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  broken = g_strdup_printf ("%s.broken-%s", db_path, stamp);
  for (guint n = 2; g_file_test (broken, G_FILE_TEST_EXISTS); n++)
    {
      g_free (broken);
      broken = g_strdup_printf ("%s.broken-%s-%u", db_path, stamp, n);
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *from = g_strconcat (db_path, companions[i], NULL);
      g_autofree char *to = g_strconcat (broken, companions[i], NULL);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved = errno;

          g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                       _("“%s” could not be moved aside: %s."), shown, g_strerror (saved));
          /* Put back what was already moved. */
          for (guint j = 0; j < i; j++)
            {
              g_autofree char *back_from = g_strconcat (broken, companions[j], NULL);
              g_autofree char *back_to = g_strconcat (db_path, companions[j], NULL);

              g_rename (back_from, back_to);
            }
          return FALSE;
        }
    }

  if (!g_file_set_contents_full (db_path, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED,
                   _("The backup could not be copied to “%s”: %s. "
                     "The damaged file was kept as “%s”."),
                   shown, local_error->message, broken);
      return FALSE;
    }

  return TRUE;
}
