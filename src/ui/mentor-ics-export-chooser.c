/* mentor-ics-export-chooser.c — "Export Check-ins…": a save dialog, then the file
 *
 * The check-ins are read from the store when the user has chosen the file
 * (on the main thread: the store is not shared with threads); building the
 * calendar with libical and writing it (temporary file, fsync, rename) run
 * on a worker thread, and the result comes back as one sentence.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mentor-core.h"
#include "mentor-ics-export-chooser.h"

typedef struct {
  MentorStore         *store;
  gint64               mentorship_id;
  guint                reminder_minutes;
  MentorIcsExportDone  done;
  GWeakRef             done_object;
  MentorIcsExport     *export;
  char                *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->store);
  g_weak_ref_clear (&job->done_object);
  g_clear_pointer (&job->export, mentor_ics_export_free);
  g_free (job->path);
  g_free (job);
}

static void
finish (ExportJob  *job,
        const char *message)
{
  g_autoptr(GObject) object = g_weak_ref_get (&job->done_object);

  if (object != NULL)
    job->done (object, message);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  MentorIcsExportCounts counts = { 0, };
  g_autoptr(GError) error = NULL;

  if (!mentor_ics_export_write (job->export, job->path, &counts, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, mentor_ics_export_describe (&counts, job->path), g_free);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *said = g_task_propagate_pointer (G_TASK (result), &error);

  finish (job, said != NULL ? said : error->message);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || (job->path = g_file_get_path (file)) == NULL)
    {
      if (file != NULL)
        finish (job, _("Mentor can only write files on this computer."));
      export_job_free (job);
      return;
    }

  job->export = mentor_ics_export_collect (job->store, job->mentorship_id, &error);
  if (job->export == NULL)
    {
      finish (job, error->message);
      export_job_free (job);
      return;
    }
  mentor_ics_export_set_reminder (job->export, job->reminder_minutes);

  task = g_task_new (NULL, NULL, written_cb, NULL);
  g_task_set_source_tag (task, mentor_ics_export_choose);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, write_thread);
}

void
mentor_ics_export_choose (GtkWindow           *parent,
                          MentorStore         *store,
                          GSettings           *settings,
                          gint64               mentorship_id,
                          MentorIcsExportDone  done,
                          GObject             *done_object)
{
  g_autoptr(MentorIcsExport) probe = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  ExportJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (MENTOR_IS_STORE (store));
  g_return_if_fail (done != NULL && G_IS_OBJECT (done_object));

  /* The suggested name (and a mentorship that is gone, said at once). */
  probe = mentor_ics_export_collect (store, mentorship_id, &error);
  if (probe == NULL)
    {
      done (done_object, error->message);
      return;
    }
  name = mentor_ics_export_suggest_filename (probe);

  job = g_new0 (ExportJob, 1);
  job->store = g_object_ref (store);
  job->mentorship_id = mentorship_id;
  job->done = done;
  g_weak_ref_init (&job->done_object, done_object);
  job->reminder_minutes = MENTOR_ICS_DEFAULT_REMINDER_MINUTES;
  if (settings != NULL)
    {
      g_object_get (settings, "settings-schema", &schema, NULL);
      if (schema != NULL && g_settings_schema_has_key (schema, "reminder-minutes"))
        job->reminder_minutes = (guint) MAX (g_settings_get_int (settings, "reminder-minutes"), 0);
    }

  chooser = gtk_file_chooser_native_new (mentorship_id != 0 ? _("Export Check-ins") : _("Export All Check-ins"),
                                         parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Calendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
