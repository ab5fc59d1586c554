/* bench-bare-window.c — the baseline of bench-startup: a bare libadwaita window
 *
 * An AdwApplication with one AdwApplicationWindow showing one GtkLabel: what
 * any libadwaita application pays to put a first frame on screen. With the
 * same hook as Mentor's window (MENTOR_BENCH_FIRST_FRAME, mentor-window.c):
 * the first frame painted with the label on screen prints its CLOCK_MONOTONIC
 * time in µs on stdout, then the application quits. Started by bench-startup;
 * not useful on its own.
 */
#include "config.h"

#include <adwaita.h>

static void
after_paint_cb (GtkWidget     *label,
                GdkFrameClock *clock)
{
  if (!gtk_widget_get_mapped (label))
    return;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, label);
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *window,
        GtkWidget *label)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (after_paint_cb), label, G_CONNECT_SWAPPED);
}

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *label = gtk_label_new ("Mentor");

  gtk_window_set_title (GTK_WINDOW (window), "Mentor");
  /* Mentor's default size, so that both draw the same area. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), label);

  if (g_getenv ("MENTOR_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (map_cb), label);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* Non-unique like Mentor started with --database. */
  app = adw_application_new ("com.example.Mentor.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
