/* mentor-ics-export-chooser.h — "Export Check-ins…": a save dialog, then the file */
#pragma once

#include <adwaita.h>

#include "mentor-store.h"

G_BEGIN_DECLS

/* Called with what the export did ("Exported … to check-ins.ics") or why it
 * could not, for the window to show as a toast. */
typedef void (*MentorIcsExportDone) (GObject    *done_object,
                                     const char *message);

/* Asks where to save (GtkFileChooserNative, a name ending in ".ics" so the
 * Flatpak portal grants it), then writes the check-ins of one mentorship (or
 * all, mentorship_id 0) there: read from the store now, built and written
 * atomically on a worker thread. The alarm lead comes from settings'
 * "reminder-minutes" when it has that key. done is called with done_object
 * (held weakly: not called once it is gone) and one sentence. */
void mentor_ics_export_choose (GtkWindow           *parent,
                               MentorStore         *store,
                               GSettings           *settings,
                               gint64               mentorship_id,
                               MentorIcsExportDone  done,
                               GObject             *done_object);

G_END_DECLS
