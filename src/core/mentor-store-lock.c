/* mentor-store-lock.c — one Mentor per data file
 *
 * The window, and every command that writes, works on a data file only while
 * its process holds this lock: a second Mentor on the same file is refused
 * with a sentence instead of silently racing the first (each would show and
 * save what it read before the other's changes). Commands that only read
 * (MENTOR_STORE_OPEN_SHARED) take no lock and run beside a window.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mentor-store-private.h"

/* The lock a Mentor process holds on a data file: flock() on a descriptor of
 * the file. flock() locks are apart from the fcntl() locks SQLite takes, so
 * the two never meet; the kernel drops ours when the process ends, even when
 * it is killed. One per file (device and inode) and process, shared by every
 * store of the process on that file: flock() would refuse a second
 * descriptor of the same process, and closing any descriptor of a file drops
 * the fcntl() locks SQLite holds on it, so the descriptor is closed only
 * after the last of those stores has closed its connection. */
struct _MentorStoreLock
{
  dev_t dev;
  ino_t ino;
  int   fd;
  guint refs;
};

static GMutex store_locks_mutex;
static GSList *store_locks;

void
mentor_store_lock_release (MentorStoreLock *lock)
{
  g_mutex_lock (&store_locks_mutex);
  if (--lock->refs == 0)
    {
      store_locks = g_slist_remove (store_locks, lock);
      close (lock->fd);
      g_free (lock);
    }
  g_mutex_unlock (&store_locks_mutex);
}

gboolean
mentor_store_lock_take (MentorStore  *self,
                        GError      **error)
{
  g_autofree char *shown = g_filename_display_name (self->path);
  MentorStoreLock *lock = NULL;
  GStatBuf st;
  int fd = -1;
  int saved;

  g_assert (self->lock == NULL);

  g_mutex_lock (&store_locks_mutex);

  if (g_stat (self->path, &st) == 0)
    for (GSList *l = store_locks; l != NULL && lock == NULL; l = l->next)
      {
        MentorStoreLock *held = l->data;

        if (held->dev == st.st_dev && held->ino == st.st_ino)
          lock = held;
      }

  if (lock != NULL)
    {
      lock->refs++;
      self->lock = lock;
      g_mutex_unlock (&store_locks_mutex);
      return TRUE;
    }

  /* Close-on-exec: a program Mentor starts (help, a mail client) must not
   * keep the file locked after Mentor quits. */
  fd = g_open (self->path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_mutex_unlock (&store_locks_mutex);
      g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_CANNOT_OPEN,
                   _("“%s” could not be opened: %s."), shown, g_strerror (saved));
      return FALSE;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      saved = errno;
      close (fd);
      g_mutex_unlock (&store_locks_mutex);

      if (saved == EWOULDBLOCK)
        {
          g_set_error (error, MENTOR_STORE_ERROR, MENTOR_STORE_ERROR_BUSY,
                       _("“%s” is open in another Mentor window. Close it there first, "
                         "or open a copy of the file."),
                       shown);
          return FALSE;
        }

      g_message ("No lock on %s (%s): another Mentor could open it as well",
                 self->path, g_strerror (saved));
      return TRUE;
    }

  lock = g_new0 (MentorStoreLock, 1);
  lock->dev = st.st_dev;
  lock->ino = st.st_ino;
  lock->fd = fd;
  lock->refs = 1;
  store_locks = g_slist_prepend (store_locks, lock);
  self->lock = lock;

  g_mutex_unlock (&store_locks_mutex);
  return TRUE;
}
