/* mentor-atomic-file.c — an output file that appears whole or not at all
 *
 * See the header. The unnamed file gets its name with linkat() through
 * /proc/self/fd (no capability needed, unlike AT_EMPTY_PATH), under a hidden
 * temporary name, and rename() then replaces the target in one step: only a
 * kill between those two calls can leave the hidden name behind.
 */
/* O_TMPFILE and linkat() are Linux's. */
#define _GNU_SOURCE
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "mentor-atomic-file.h"

gboolean
mentor_atomic_file_open (MentorAtomicFile *self,
                         const char       *path,
                         int               mode)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  self->path = g_strdup (path);
  self->tmp_path = NULL;
  dir = g_path_get_dirname (path);

#ifdef O_TMPFILE
  self->fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (self->fd >= 0)
    return TRUE;
  /* Only "this file system cannot" falls back; a missing or read-only
   * folder is the answer for both ways. */
  if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
    goto failed;
#endif

  {
    g_autofree char *base = g_path_get_basename (path);

    self->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
    self->fd = g_mkstemp_full (self->tmp_path, O_WRONLY | O_CLOEXEC, mode);
    if (self->fd < 0)
      goto failed;
  }

  return TRUE;

failed:
  {
    /* Nothing to clear afterwards: a failed open holds nothing. */
    int saved_errno = errno;

    g_clear_pointer (&self->tmp_path, g_free);
    g_clear_pointer (&self->path, g_free);
    errno = saved_errno;
  }
  return FALSE;
}

gboolean
mentor_atomic_file_write (MentorAtomicFile *self,
                          const char       *data,
                          gsize             len)
{
  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (len > 0)
    {
      gssize written = write (self->fd, data, len);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      len -= written;
    }

  return TRUE;
}

/* Gives the unnamed file a hidden name beside its target. */
static gboolean
link_unnamed (MentorAtomicFile *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);

  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_free (self->tmp_path);
      self->tmp_path = g_strdup_printf ("%s/.%s.%08x", dir, base, g_random_int ());
      if (linkat (AT_FDCWD, proc, AT_FDCWD, self->tmp_path, AT_SYMLINK_FOLLOW) == 0)
        return TRUE;
      if (errno != EEXIST)
        break;
    }

  {
    int saved_errno = errno;

    g_clear_pointer (&self->tmp_path, g_free);
    errno = saved_errno;
  }
  return FALSE;
}

gboolean
mentor_atomic_file_commit (MentorAtomicFile *self)
{
  int saved_errno;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (fsync (self->fd) != 0)
    goto failed;
  if (self->tmp_path == NULL && !link_unnamed (self))
    goto failed;
  if (g_rename (self->tmp_path, self->path) != 0)
    goto failed;
  g_clear_pointer (&self->tmp_path, g_free);

  if (close (self->fd) != 0)
    {
      /* The file is in place and was flushed: nothing more to undo. */
      self->fd = -1;
      return TRUE;
    }
  self->fd = -1;

  /* The rename itself reaches the disk with the folder. */
  {
    g_autofree char *dir = g_path_get_dirname (self->path);
    int dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (dir_fd >= 0)
      {
        fsync (dir_fd);
        close (dir_fd);
      }
  }
  return TRUE;

failed:
  saved_errno = errno;
  mentor_atomic_file_clear (self);
  errno = saved_errno;
  return FALSE;
}

void
mentor_atomic_file_clear (MentorAtomicFile *self)
{
  g_return_if_fail (self != NULL);

  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  g_clear_pointer (&self->tmp_path, g_free);
  g_clear_pointer (&self->path, g_free);
}
