/* mentor-atomic-file.h — an output file that appears whole or not at all
 *
 * Exports (iCalendar, PDF reports, CSV) replace the file the user chose only
 * once the new one is complete and on the disk: its content is written to a
 * file without a name in the same folder (O_TMPFILE), and only at the end is
 * it given a name and renamed over the target. A crash, a kill or a full
 * disk before that leaves the old file as it was and nothing beside it.
 * Where the file system has no O_TMPFILE, a hidden temporary file is used
 * instead (and removed on failure).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *path;      /* the target */
  char *tmp_path;  /* the hidden temporary file, when O_TMPFILE was refused */
  int   fd;        /* write here; -1 once committed or cleared */
} MentorAtomicFile;

#define MENTOR_ATOMIC_FILE_INIT { NULL, NULL, -1 }

/* Opens the unnamed output for path with permissions mode (umask applies).
 * Returns FALSE with errno set when the folder cannot take it (then there is
 * nothing to clear). */
gboolean mentor_atomic_file_open   (MentorAtomicFile *self,
                                    const char       *path,
                                    int               mode);
/* Writes len bytes at the current position; FALSE with errno set. */
gboolean mentor_atomic_file_write  (MentorAtomicFile *self,
                                    const char       *data,
                                    gsize             len);
/* Flushes to the disk and puts the file in place of path; FALSE with errno
 * set, the old file untouched and the new one gone. */
gboolean mentor_atomic_file_commit (MentorAtomicFile *self);
/* Drops what was not committed; safe to call twice, and after commit. */
void     mentor_atomic_file_clear  (MentorAtomicFile *self);

G_END_DECLS
