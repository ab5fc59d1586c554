/* test-faults.c — faults a person meets: nothing is lost, and each refusal
 * is a sentence that says what to do
 *
 * - A read-only data folder or file. CI runs as root, whom permission bits do
 *   not stop, so these run in a subprocess (g_test_trap_subprocess) that
 *   first drops to the user "nobody" when it is root.
 * - A full disk: a test VFS, the default of this process, passes everything
 *   to SQLite's own and fails writes with SQLITE_FULL once a byte budget is
 *   spent. No hook in Mentor itself.
 * - Another Mentor on the same file, and another program holding a write
 *   transaction past the busy timeout: helper processes, this same binary
 *   started with --hold-store, --hold-flock or --hold-write.
 *
 * Text of every kind (quotes, SQL-looking, any Unicode) is test-text.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mentor-store-private.h"
#include "mentor-test-faults.h"
#include "mentor-test-util.h"

typedef MentorTestFixture Fixture;

static char *self_exe;

/* ---- A disk that fills up ------------------------------------------------- */

/* A VFS in front of SQLite's own: every file it opens is SQLite's, wrapped
 * so that xWrite fails with SQLITE_FULL once full_budget bytes were written
 * (-1: no limit) to any of them: the data file, its -wal journal, backups.
 * The -shm index is mapped memory, never written with xWrite. */
typedef struct {
  sqlite3_file  base;
  sqlite3_file *real;
} FullFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs full_vfs;
static sqlite3_io_methods full_methods;
static gint64 full_budget = -1;
static gint64 full_written;

#define REAL(file) (((FullFile *) (file))->real)

static void
disk_fill_after (gint64 bytes)
{
  full_written = 0;
  full_budget = bytes;
}

static void
disk_free_space (void)
{
  full_budget = -1;
}

static int
full_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
full_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
full_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  if (full_budget >= 0 && full_written + amount > full_budget)
    return SQLITE_FULL;

  full_written += amount;
  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
full_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
full_sync (sqlite3_file *file, int flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
full_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
full_lock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
full_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
full_check_reserved_lock (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
full_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
full_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
full_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
full_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, size, extend, out);
}

static int
full_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
full_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
full_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
full_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
full_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static int
full_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FullFile *full = (FullFile *) file;
  int rc;

  full->real = (sqlite3_file *) &full[1];
  rc = real_vfs->xOpen (real_vfs, name, full->real, flags, out_flags);
  /* SQLite calls xClose only on a file whose methods are set. */
  full->base.pMethods = rc == SQLITE_OK && full->real->pMethods != NULL ? &full_methods : NULL;
  if (rc == SQLITE_OK)
    g_assert_cmpint (full->real->pMethods->iVersion, >=, 3);

  return rc;
}

static int
full_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
full_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
full_full_pathname (sqlite3_vfs *vfs, const char *name, int size, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, size, out);
}

static int
full_randomness (sqlite3_vfs *vfs, int size, char *out)
{
  return real_vfs->xRandomness (real_vfs, size, out);
}

static int
full_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
full_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
full_get_last_error (sqlite3_vfs *vfs, int size, char *out)
{
  return real_vfs->xGetLastError (real_vfs, size, out);
}

static int
full_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static void
full_vfs_register (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);

  full_methods = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = full_close,
    .xRead = full_read,
    .xWrite = full_write,
    .xTruncate = full_truncate,
    .xSync = full_sync,
    .xFileSize = full_file_size,
    .xLock = full_lock,
    .xUnlock = full_unlock,
    .xCheckReservedLock = full_check_reserved_lock,
    .xFileControl = full_file_control,
    .xSectorSize = full_sector_size,
    .xDeviceCharacteristics = full_device_characteristics,
    .xShmMap = full_shm_map,
    .xShmLock = full_shm_lock,
    .xShmBarrier = full_shm_barrier,
    .xShmUnmap = full_shm_unmap,
    .xFetch = full_fetch,
    .xUnfetch = full_unfetch,
  };

  full_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = (int) sizeof (FullFile) + real_vfs->szOsFile,
    .mxPathname = real_vfs->mxPathname,
    .zName = "mentor-test-full",
    .xOpen = full_open,
    .xDelete = full_delete,
    .xAccess = full_access,
    .xFullPathname = full_full_pathname,
    .xRandomness = full_randomness,
    .xSleep = full_sleep,
    .xCurrentTime = full_current_time,
    .xGetLastError = full_get_last_error,
    .xCurrentTimeInt64 = full_current_time_int64,
  };

  g_assert_cmpint (sqlite3_vfs_register (&full_vfs, 1), ==, SQLITE_OK);
}

/* ---- Helpers -------------------------------------------------------------- */

/* A closed data file with a few people in it. */
static void
make_file (const char *path,
           guint       people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < people; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i + 1);
      g_autofree char *email = g_strdup_printf ("person%u@example.com", i + 1);
      g_autoptr(MentorPerson) person = mentor_test_add_person (store, name, email);
    }
}

/* ---- Helper processes ------------------------------------------------------ */

/* This binary started as `test-faults --hold-… PATH`: it takes the file as
 * the mode says, prints one line ("holding", or "refused: <sentence>") and
 * keeps it until its stdin closes (or it is killed). */
typedef struct {
  GPid  pid;
  int   in_fd;
  int   out_fd;
  char *line;
} Helper;

static void
helper_start (Helper     *helper,
              const char *mode,
              const char *path)
{
  const char *argv[] = { self_exe, mode, path, NULL };
  g_autoptr(GError) error = NULL;
  GString *line = g_string_new (NULL);
  struct pollfd pfd;
  char c;

  memset (helper, 0, sizeof *helper);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &helper->pid, &helper->in_fd,
                                           &helper->out_fd, NULL, &error));
  g_assert_no_error (error);

  pfd.fd = helper->out_fd;
  pfd.events = POLLIN;
  for (;;)
    {
      g_assert_cmpint (poll (&pfd, 1, 60 * 1000), ==, 1);
      if (read (helper->out_fd, &c, 1) != 1 || c == '\n')
        break;
      g_string_append_c (line, c);
    }

  helper->line = g_string_free (line, FALSE);
  g_test_message ("helper %s: %s", mode, helper->line);
}

/* Lets the helper end as it would (stdin closed); returns its exit status. */
static int
helper_stop (Helper *helper)
{
  int status = 0;

  close (helper->in_fd);
  g_assert_cmpint (waitpid (helper->pid, &status, 0), ==, helper->pid);
  close (helper->out_fd);
  g_spawn_close_pid (helper->pid);
  g_clear_pointer (&helper->line, g_free);

  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* As a crash: SIGKILL, nothing of its own runs. */
static void
helper_kill (Helper *helper)
{
  int status = 0;

  g_assert_cmpint (kill (helper->pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (helper->pid, &status, 0), ==, helper->pid);
  g_assert_true (WIFSIGNALED (status));
  close (helper->in_fd);
  close (helper->out_fd);
  g_spawn_close_pid (helper->pid);
  g_clear_pointer (&helper->line, g_free);
}

/* One line to the test, as bytes: g_print() would turn the quotes of a
 * sentence into "?" in a process that never set its locale. */
static void G_GNUC_PRINTF (1, 2)
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  printf ("\n");
  fflush (stdout);
}

static void
wait_for_stdin_to_close (void)
{
  char buffer[64];

  while (read (STDIN_FILENO, buffer, sizeof buffer) > 0)
    ;
}

static int
hold_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);

  if (store == NULL)
    {
      say ("refused: %s", error->message);
      return 1;
    }

  say ("holding");
  wait_for_stdin_to_close ();
  return 0;
}

/* What another Mentor's lock is, without a store: for a file this build
 * would migrate. */
static int
hold_flock (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      say ("refused: %s", g_strerror (errno));
      return 1;
    }

  say ("holding");
  wait_for_stdin_to_close ();
  return 0;
}

/* A program that is not Mentor (the sqlite3 shell, a script) in the middle
 * of a write transaction; it ends without committing. */
static int
hold_write (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN IMMEDIATE; "
                        "INSERT INTO person (name) VALUES ('Never committed');",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      say ("refused: %s", sqlite3_errmsg (db));
      return 1;
    }

  say ("holding");
  wait_for_stdin_to_close ();
  sqlite3_close_v2 (db);
  return 0;
}

/* ---- A read-only data folder or file --------------------------------------- */

typedef enum {
  READ_ONLY_FOLDER,     /* the file may change, its folder may not (no journal) */
  READ_ONLY_FILE,
  READ_ONLY_BOTH,
  READ_ONLY_WHILE_OPEN, /* both turn read-only while a store has the file open */
} ReadOnlyCase;

/* The folder of one read-only test, named after the test process so that
 * its subprocess finds it. */
static char *
read_only_dir_for (GPid parent)
{
  g_autofree char *name = g_strdup_printf ("mentor-faults-ro-%d", (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* Whether this process may become "nobody": as root, only with the rights
 * to change owner and user (CAP_CHOWN, CAP_SETGID, CAP_SETUID), which a
 * container may take away. */
static gboolean
can_become_unprivileged (void)
{
  g_autofree char *status = NULL;
  const char *line;
  guint64 effective;
  struct passwd *nobody;

  if (geteuid () != 0)
    return TRUE;

  nobody = getpwnam ("nobody");
  if (nobody == NULL || nobody->pw_uid == 0)
    return FALSE;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "\nCapEff:\t")) == NULL)
    return FALSE;
  effective = g_ascii_strtoull (line + strlen ("\nCapEff:\t"), NULL, 16);

  return (effective & (1 << 0)) && (effective & (1 << 6)) && (effective & (1 << 7));
}

/* When root: become "nobody", for whom permission bits count, owning dir. */
static void
become_unprivileged (const char *dir)
{
  struct passwd *nobody;

  if (geteuid () != 0)
    return;

  nobody = getpwnam ("nobody");
  g_assert_nonnull (nobody);
  g_assert_cmpint (chown (dir, nobody->pw_uid, nobody->pw_gid), ==, 0);
  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (nobody->pw_gid), ==, 0);
  g_assert_cmpint (setuid (nobody->pw_uid), ==, 0);
  g_assert_cmpint (geteuid (), !=, 0);
  g_assert_cmpint (getuid (), !=, 0);
}

static void
set_modes (const char *dir,
           const char *path,
           int         dir_mode,
           int         file_mode)
{
  g_assert_cmpint (g_chmod (path, file_mode), ==, 0);
  g_assert_cmpint (g_chmod (dir, dir_mode), ==, 0);
}

static void
assert_refused_for_permissions (const char   *path,
                                ReadOnlyCase  which)
{
  static const MentorStoreOpenFlags modes[] = { MENTOR_STORE_OPEN_DEFAULT, MENTOR_STORE_OPEN_SHARED };
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *sum_before = mentor_test_checksum (path);
  g_auto(GStrv) listing_before = mentor_test_list_dir (dir);

  g_assert_nonnull (sum_before);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MentorStore) store = mentor_store_open_full (path, modes[i], &error);
      g_autofree char *sum_after = NULL;
      g_auto(GStrv) listing_after = NULL;

      g_assert_null (store);
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN);
      mentor_test_assert_sentence (error->message);
      /* It says whose permissions, and what to do. */
      switch (which)
        {
        case READ_ONLY_FOLDER:
          g_assert_nonnull (strstr (error->message, dir));
          g_assert_nonnull (strstr (error->message, "Check the permissions of the folder, "
                                                    "or copy the file into a folder of your own."));
          break;
        case READ_ONLY_FILE:
          g_assert_nonnull (strstr (error->message, path));
          g_assert_nonnull (strstr (error->message, "Check the permissions of the file."));
          break;
        case READ_ONLY_BOTH:
        case READ_ONLY_WHILE_OPEN:
          g_assert_nonnull (strstr (error->message, path));
          g_assert_nonnull (strstr (error->message, "nor to its folder"));
          g_assert_nonnull (strstr (error->message, "copy the file into a folder of your own."));
          break;
        default:
          g_assert_not_reached ();
        }

      /* Not a byte changed, nothing half-written beside it. */
      sum_after = mentor_test_checksum (path);
      listing_after = mentor_test_list_dir (dir);
      g_assert_cmpstr (sum_before, ==, sum_after);
      g_assert_true (g_strv_equal ((const char * const *) listing_before,
                                   (const char * const *) listing_after));
    }
}

static void
read_only_child (ReadOnlyCase which)
{
  g_autofree char *dir = read_only_dir_for (getppid ());
  g_autofree char *path = g_build_filename (dir, "mentor.db", NULL);
  g_autoptr(GError) error = NULL;

  become_unprivileged (dir);
  make_file (path, 3);

  switch (which)
    {
    case READ_ONLY_FOLDER:
      set_modes (dir, path, 0555, 0600);
      assert_refused_for_permissions (path, which);
      break;

    case READ_ONLY_FILE:
      set_modes (dir, path, 0755, 0444);
      assert_refused_for_permissions (path, which);
      break;

    case READ_ONLY_BOTH:
      set_modes (dir, path, 0555, 0444);
      assert_refused_for_permissions (path, which);
      break;

    case READ_ONLY_WHILE_OPEN:
      {
        g_autoptr(MentorStore) store = mentor_store_open (path, &error);
        g_autoptr(MentorPerson) before = NULL;
        g_autoptr(MentorPerson) after = NULL;

        g_assert_no_error (error);
        before = mentor_test_add_person (store, "Saved Before", "before@example.com");

        /* SQLite writes through the files it already has open (the file,
         * its -wal and -shm), so a change made now is kept, not lost. */
        set_modes (dir, path, 0555, 0444);
        after = mentor_test_add_person (store, "Saved After", "after@example.com");
        g_assert_cmpuint (mentor_test_n_people (store), ==, 5);
        g_clear_object (&store);

        /* Opening it again is refused with the sentence... */
        assert_refused_for_permissions (path, which);

        /* ...and once writable, both changes are there. */
        set_modes (dir, path, 0755, 0600);
        store = mentor_store_open (path, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (mentor_test_n_people (store), ==, 5);
        g_clear_object (&store);
        mentor_test_assert_integrity_ok (path);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  set_modes (dir, path, 0755, 0600);
}

static void
test_read_only (gconstpointer data)
{
  ReadOnlyCase which = GPOINTER_TO_INT (data);
  g_autofree char *dir = NULL;

  if (g_test_subprocess ())
    {
      read_only_child (which);
      return;
    }

  if (!can_become_unprivileged ())
    {
      g_test_skip ("permission bits cannot be tried here: running as root without "
                   "the right to become another user");
      return;
    }

  dir = read_only_dir_for (getpid ());
  mentor_test_remove_tree (dir);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);

  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);

  /* Whatever the child left, the folder can go. */
  g_chmod (dir, 0755);
  mentor_test_remove_tree (dir);

  g_test_trap_assert_passed ();
}

/* ---- A full disk ------------------------------------------------------------ */

static void
test_full_save (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_person_new ();
  g_autoptr(MentorStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (20000, 'x');
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *sum_before = mentor_test_checksum (fixture->path);
  g_autofree char *after = NULL;
  g_autofree char *sum_after = NULL;

  mentor_person_set_name (ben, "Ben Okafor");
  mentor_person_set_title (ben, big);

  /* Not a byte more fits on the disk. */
  disk_fill_after (0);
  g_assert_false (mentor_store_save_person (fixture->store, ben, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==,
                   "The disk is full, so the change was not saved. Free some space and try again.");
  mentor_test_assert_sentence (error->message);
  g_clear_error (&error);
  g_assert_cmpint (mentor_person_get_id (ben), ==, 0);

  /* A delete meets the same full disk. */
  g_assert_false (mentor_store_delete_person (fixture->store, mentor_person_get_id (ana), &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FULL);
  g_clear_error (&error);

  /* The store still reads; the file holds what it held, whole. */
  g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, 1);
  disk_free_space ();
  after = mentor_test_dump (fixture->path);
  sum_after = mentor_test_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (sum_before, ==, sum_after);
  mentor_test_assert_integrity_ok (fixture->path);

  /* Space freed: the same save works, and stays. */
  g_assert_true (mentor_store_save_person (fixture->store, ben, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fresh = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(MentorPerson) read = mentor_store_get_person (fresh, mentor_person_get_id (ben), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (mentor_person_get_title (read), ==, big);
  }
  g_assert_cmpuint (mentor_test_n_people (fresh), ==, 2);
}

/* The disk fills at every point of a bulk import (one transaction of 300
 * people): each time nothing is written, the file stays whole, and the
 * same import works once there is room. With data = "spill" the page cache
 * is tiny, so that pages go to the journal in the middle of the
 * transaction and the disk fills there too, not only at the commit. */
static void
test_full_import_anywhere (Fixture       *fixture,
                           gconstpointer  data)
{
  gboolean spill = g_strcmp0 (data, "spill") == 0;
  const char *csv_dir = g_getenv ("MENTOR_TEST_CSV_DIR");
  g_autofree char *csv = g_build_filename (csv_dir != NULL ? csv_dir : ".", "people-300.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(MentorCsvImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *summary = NULL;
  guint failures = 0;
  guint added;
  gint64 budget;

  g_assert_nonnull (csv_dir);
  make_file (fixture->path, 3);
  fixture->store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  if (spill)
    g_assert_cmpint (sqlite3_exec (fixture->store->db, "PRAGMA cache_size = 2", NULL, NULL, NULL),
                     ==, SQLITE_OK);
  before = mentor_test_dump (fixture->path);

  plan = mentor_csv_import_read_file (fixture->store, MENTOR_CSV_PEOPLE, file, &error);
  g_assert_no_error (error);

  /* Budgets growing by half each time, odd so that a write is cut anywhere
   * in a page: at the first pages, in the middle, at the commit. */
  for (budget = 0; ; budget = budget * 3 / 2 + 1237)
    {
      g_autofree char *after = NULL;

      disk_fill_after (budget);
      /* The file has a few bad rows on purpose: they are left out. */
      if (mentor_csv_import_apply (plan, TRUE, NULL, &error))
        break;
      disk_free_space ();

      g_test_message ("disk full after %" G_GINT64_FORMAT " bytes: %s", budget, error->message);
      g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FULL);
      mentor_test_assert_sentence (error->message);
      g_clear_error (&error);
      failures++;

      g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, 3);
      after = mentor_test_dump (fixture->path);
      g_assert_cmpstr (before, ==, after);
      mentor_test_assert_integrity_ok (fixture->path);
    }
  disk_free_space ();

  g_test_message ("%u failed imports, then one with %" G_GINT64_FORMAT " bytes of room",
                  failures, budget);
  added = mentor_csv_import_count (plan, MENTOR_CSV_ACTION_ADD);
  g_assert_cmpuint (failures, >=, 5);
  g_assert_cmpuint (added, >=, 280);
  g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, 3 + added);
  mentor_test_assert_integrity_ok (fixture->path);

  /* Still usable for the next change. */
  {
    g_autoptr(MentorPerson) next = mentor_test_add_person (fixture->store, "Next One", "next@example.com");
  }
  g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, 4 + added);
}

/* ---- Another Mentor, another program ------------------------------------- */

static void
test_lock_other_mentor (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorPerson) person = mentor_person_new ();
  g_autofree char *sum_before = NULL;
  g_autofree char *sum_after = NULL;
  g_autofree char *expected = NULL;
  Helper window, second;

  make_file (fixture->path, 3);
  helper_start (&window, "--hold-store", fixture->path);
  g_assert_cmpstr (window.line, ==, "holding");
  sum_before = mentor_test_checksum (fixture->path);

  /* A second window, or a command that writes, is refused... */
  store = mentor_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_BUSY);
  expected = g_strdup_printf ("“%s” is open in another Mentor window. Close it there first, "
                              "or open a copy of the file.", fixture->path);
  g_assert_cmpstr (error->message, ==, expected);
  mentor_test_assert_sentence (error->message);
  g_clear_error (&error);

  /* ...in another process as well. */
  helper_start (&second, "--hold-store", fixture->path);
  g_assert_true (g_str_has_prefix (second.line, "refused: "));
  g_assert_cmpstr (second.line + strlen ("refused: "), ==, expected);
  g_assert_cmpint (helper_stop (&second), ==, 1);

  /* A command that only reads works beside the window, and changes nothing. */
  store = mentor_store_open_full (fixture->path, MENTOR_STORE_OPEN_SHARED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_test_n_people (store), ==, 3);
  mentor_person_set_name (person, "Not Saved");
  g_assert_false (mentor_store_save_person (store, person, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "The data file was opened for reading only, so the change was not saved.");
  mentor_test_assert_sentence (error->message);
  g_clear_error (&error);
  g_clear_object (&store);

  sum_after = mentor_test_checksum (fixture->path);
  g_assert_cmpstr (sum_before, ==, sum_after);

  /* The window crashes: the kernel drops its lock, nothing stale is left. */
  helper_kill (&window);
  store = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_test_n_people (store), ==, 3);
  mentor_test_assert_integrity_ok (fixture->path);
}

/* Stores of one process share the lock (the window's and the import
 * preview's); it goes when the last of them closes. */
static void
test_lock_same_process (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) first = NULL;
  g_autoptr(MentorStore) second = NULL;
  Helper other;

  make_file (fixture->path, 3);
  first = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  second = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (first->lock == second->lock);

  g_clear_object (&first);
  {
    g_autoptr(MentorPerson) added = mentor_test_add_person (second, "Still Writing", "still@example.com");
  }
  helper_start (&other, "--hold-store", fixture->path);
  g_assert_true (g_str_has_prefix (other.line, "refused: "));
  g_assert_cmpint (helper_stop (&other), ==, 1);

  g_clear_object (&second);
  helper_start (&other, "--hold-store", fixture->path);
  g_assert_cmpstr (other.line, ==, "holding");
  g_assert_cmpint (helper_stop (&other), ==, 0);
  mentor_test_assert_integrity_ok (fixture->path);
}

/* A file that needs a migration is only migrated under the lock, even by a
 * command that only reads. */
static void
test_lock_shared_migration (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autofree char *sum_before = NULL;
  g_autofree char *sum_after = NULL;
  sqlite3 *db = NULL;
  Helper other;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db,
                                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  for (guint step = 1; step < MENTOR_STORE_SCHEMA_VERSION; step++)
    g_assert_cmpint (mentor_test_exec (db, mentor_store_schema_step_sql (step), NULL), ==, SQLITE_OK);
  g_assert_cmpint (mentor_test_exec (db, "INSERT INTO person (name) VALUES ('Ana Souza')", NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  sum_before = mentor_test_checksum (fixture->path);

  helper_start (&other, "--hold-flock", fixture->path);
  g_assert_cmpstr (other.line, ==, "holding");

  store = mentor_store_open_full (fixture->path, MENTOR_STORE_OPEN_SHARED, &error);
  g_assert_null (store);
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_BUSY);
  mentor_test_assert_sentence (error->message);
  g_clear_error (&error);
  sum_after = mentor_test_checksum (fixture->path);
  g_assert_cmpstr (sum_before, ==, sum_after);

  g_assert_cmpint (helper_stop (&other), ==, 0);
  store = mentor_store_open_full (fixture->path, MENTOR_STORE_OPEN_SHARED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentor_test_n_people (store), ==, 1);
  g_clear_object (&store);

  db = mentor_test_raw_open (fixture->path);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, MENTOR_STORE_SCHEMA_VERSION);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
}

/* Another program (not Mentor: no lock of ours) holds a write transaction
 * past the busy timeout. */
static void
test_busy_other_program (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(MentorPerson) ana = mentor_test_add_person (fixture->store, "Ana Souza", "ana@example.com");
  g_autoptr(MentorPerson) ben = mentor_person_new ();
  g_autoptr(MentorStore) fresh = NULL;
  g_autoptr(GListModel) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = mentor_test_dump (fixture->path);
  g_autofree char *after = NULL;
  gint64 started;
  Helper program;

  helper_start (&program, "--hold-write", fixture->path);
  g_assert_cmpstr (program.line, ==, "holding");

  mentor_person_set_name (ben, "Ben Okafor");
  started = g_get_monotonic_time ();
  g_assert_false (mentor_store_save_person (fixture->store, ben, &error));
  g_assert_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_BUSY);
  g_assert_cmpstr (error->message, ==,
                   "Another program is using the data file, so the change was not saved. "
                   "Try again in a moment.");
  mentor_test_assert_sentence (error->message);
  g_clear_error (&error);
  /* It waited for the other program first. */
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 4 * G_USEC_PER_SEC);

  g_assert_cmpuint (mentor_test_n_people (fixture->store), ==, 1);
  after = mentor_test_dump (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* The other program ends without committing: the same save works. */
  g_assert_cmpint (helper_stop (&program), ==, 0);
  g_assert_true (mentor_store_save_person (fixture->store, ben, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  fresh = mentor_store_open (fixture->path, &error);
  g_assert_no_error (error);
  people = mentor_store_list_people (fresh, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(MentorPerson) p = g_list_model_get_item (people, i);

      g_assert_cmpstr (mentor_person_get_name (p), !=, "Never committed");
    }
  mentor_test_assert_integrity_ok (fixture->path);
}

int
main (int   argc,
      char *argv[])
{
  /* The helper processes of the lock and busy tests. */
  if (argc == 3 && strcmp (argv[1], "--hold-store") == 0)
    return hold_store (argv[2]);
  if (argc == 3 && strcmp (argv[1], "--hold-flock") == 0)
    return hold_flock (argv[2]);
  if (argc == 3 && strcmp (argv[1], "--hold-write") == 0)
    return hold_write (argv[2]);

  self_exe = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);
  full_vfs_register ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup, func, mentor_test_fixture_teardown)
#define ADD_STORE(path, func) \
  g_test_add (path, Fixture, NULL, mentor_test_fixture_setup_store, func, mentor_test_fixture_teardown)

  g_test_add_data_func ("/faults/read-only/folder", GINT_TO_POINTER (READ_ONLY_FOLDER), test_read_only);
  g_test_add_data_func ("/faults/read-only/file", GINT_TO_POINTER (READ_ONLY_FILE), test_read_only);
  g_test_add_data_func ("/faults/read-only/both", GINT_TO_POINTER (READ_ONLY_BOTH), test_read_only);
  g_test_add_data_func ("/faults/read-only/while-open", GINT_TO_POINTER (READ_ONLY_WHILE_OPEN), test_read_only);
  ADD_STORE ("/faults/full/save", test_full_save);
  g_test_add ("/faults/full/import-anywhere", Fixture, NULL,
              mentor_test_fixture_setup, test_full_import_anywhere, mentor_test_fixture_teardown);
  g_test_add ("/faults/full/import-anywhere-spilled", Fixture, "spill",
              mentor_test_fixture_setup, test_full_import_anywhere, mentor_test_fixture_teardown);
  ADD ("/faults/lock/other-mentor", test_lock_other_mentor);
  ADD ("/faults/lock/same-process", test_lock_same_process);
  ADD ("/faults/lock/shared-migration", test_lock_shared_migration);
  ADD_STORE ("/faults/busy/other-program", test_busy_other_program);

  return g_test_run ();
}
