/* bench-report.c — the program report for 50, 200 and 1,000 mentorships
 *
 * For each size a program is generated into a temporary file (two people,
 * one check-in series, thirty meetings and five goals per mentorship, as the
 * large program of the load issue), then rendered by a fresh process of this
 * same program: gather from the store, lay out, write the PDF. A process of
 * its own per size makes its peak memory (getrusage) that size's alone.
 *
 * Prints the time of each size, the ratio of 1,000 to 50 (twenty times the
 * work; target: at most 25 times the time) and the peak memory of 1,000
 * (target: under 200 MB). Not a test: nothing is asserted.
 *
 *   build/bench/bench-report
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "mentor-bench-program.h"

static const guint sizes[] = { 50, 200, 1000 };

/* The temporary folder, with the backups the store made beside each file. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, entry, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The child: renders the report of the file at db_path to pdf_path and
 * prints "seconds pages peak_mib". */
static int
render (const char *db_path,
        const char *pdf_path)
{
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(MentorReport) report = NULL;
  g_autoptr(GError) error = NULL;
  MentorReportOptions options;
  double start, gathered, done;
  guint pages = 0;

  store = mentor_store_open (db_path, &error);
  if (store == NULL)
    {
      g_printerr ("bench-report: %s\n", error->message);
      return 1;
    }

  mentor_report_options_init (&options, NULL);
  start = mentor_bench_now ();
  report = mentor_report_gather (store, &options, NULL, &error);
  gathered = mentor_bench_now ();
  if (report == NULL ||
      !mentor_report_write_pdf (report, pdf_path, MENTOR_REPORT_A4_WIDTH, MENTOR_REPORT_A4_HEIGHT,
                                &pages, NULL, &error))
    {
      g_printerr ("bench-report: %s\n", error->message);
      return 1;
    }
  done = mentor_bench_now ();

  printf ("%.4f %.4f %u %u %.1f\n", gathered - start, done - gathered, pages,
          mentor_report_get_n_mentorships (report), mentor_bench_peak_mib ());
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  double total[G_N_ELEMENTS (sizes)];
  double peak[G_N_ELEMENTS (sizes)];

  if (argc == 4 && g_str_equal (argv[1], "--render"))
    return render (argv[2], argv[3]);

  folder = g_dir_make_tmp ("mentor-bench-report-XXXXXX", &error);
  if (folder == NULL)
    {
      g_printerr ("bench-report: %s\n", error->message);
      return 1;
    }

  printf ("Program report (A4 PDF, the last 3 months), per size:\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("program-%u.db", sizes[i]);
      g_autofree char *db_path = g_build_filename (folder, name, NULL);
      g_autofree char *pdf_path = g_strdup_printf ("%s/report-%u.pdf", folder, sizes[i]);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      MentorBenchSize size = { 2 * sizes[i], sizes[i], sizes[i], 30 * sizes[i], 5 * sizes[i] };
      const char *child[] = { argv[0], "--render", db_path, pdf_path, NULL };
      double gather_s, render_s, mib;
      guint pages, listed;
      int status;

      {
        g_autoptr(MentorStore) store = mentor_store_open (db_path, &error);

        if (store == NULL || !mentor_bench_fill_program (store, &size, &error))
          {
            g_printerr ("bench-report: %s\n", error->message);
            return 1;
          }
      }

      if (!g_spawn_sync (NULL, (char **) child, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                         &out, &err, &status, &error) ||
          !g_spawn_check_wait_status (status, &error) ||
          sscanf (out, "%lf %lf %u %u %lf", &gather_s, &render_s, &pages, &listed, &mib) != 5)
        {
          g_printerr ("bench-report: %s%s\n", error != NULL ? error->message : "", err != NULL ? err : "");
          return 1;
        }

      /* Warnings of the child (a series it could not expand…) are worth seeing. */
      if (err != NULL && *err != '\0')
        g_printerr ("%s", err);
      total[i] = gather_s + render_s;
      peak[i] = mib;
      printf ("  %5u mentorships (%4u in the report): %4u pages   gather %7.3f s   "
              "lay out and write %7.3f s   total %7.3f s   peak %6.1f MiB\n",
              sizes[i], listed, pages, gather_s, render_s, total[i], mib);
    }

  printf ("\n1,000 against 50 (twenty times the mentorships): %.1f× the time "
          "(target ≤ 25×: %s)\n",
          total[2] / total[0], total[2] <= 25 * total[0] ? "met" : "NOT met");
  printf ("200 against 50 (four times the mentorships): %.1f× the time\n", total[1] / total[0]);
  printf ("Peak memory for 1,000: %.1f MiB (%.1f MB; target < 200 MB: %s)\n",
          peak[2], peak[2] * 1.048576, peak[2] * 1.048576 < 200 ? "met" : "NOT met");

  remove_tree (folder);
  return 0;
}
