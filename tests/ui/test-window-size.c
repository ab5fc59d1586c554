/* test-window-size.c — the window fits a 360 × 294 screen, in every view
 *
 * libadwaita's smallest supported size (a phone, or a tiled half of a small
 * screen) is 360 × 294. With the sample program in the file, every view of
 * the real MentorWindow must measure at most that as its minimum size: the
 * window can then be made that small and each view scrolls instead of being
 * cut off. Runs under Xvfb (see meson.build); asserts sizes, not looks: the
 * screenshots in the README's checklist are for looks.
 */
#include "config.h"

#include <adwaita.h>

#include "mentor-core.h"
#include "mentor-test-util.h"
#include "mentor-window.h"

#define SMALLEST_WIDTH 360
#define SMALLEST_HEIGHT 294

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_every_view_fits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mentor-window-size-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(AdwApplication) app = NULL;
  MentorWindow *window;
  static const char * const views[] = { "mentorships", "calendar", "goals", "people" };

  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.db", NULL);
  store = mentor_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mentor_demo_fill (store, NULL, &error));
  g_assert_no_error (error);

  app = adw_application_new ("com.example.MentorSizeTest", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = mentor_window_new (GTK_APPLICATION (app), store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), SMALLEST_WIDTH, SMALLEST_HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  iterate (500);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int min_width = 0, min_height = 0;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      iterate (300);
      /* The content (header bar included), not the window: the window adds
       * its client-side shadow around it. */
      GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, SMALLEST_WIDTH,
                          &min_height, NULL, NULL, NULL);
      g_test_message ("%s: at least %d × %d", views[i], min_width, min_height);
      if (min_width > SMALLEST_WIDTH || min_height > SMALLEST_HEIGHT)
        g_test_fail_printf ("The %s view needs at least %d × %d, more than %d × %d",
                            views[i], min_width, min_height, SMALLEST_WIDTH, SMALLEST_HEIGHT);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (100);
  g_clear_object (&store);
  mentor_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  g_test_add_func ("/window/smallest-size", test_every_view_fits);
  return g_test_run ();
}
