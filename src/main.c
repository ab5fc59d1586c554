/* main.c — starts Mentor; the same binary also runs the command line
 *
 * Everything else lives in the libraries of src/core and src/ui, so that the
 * tests link exactly what the application runs.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mentor-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MentorApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mentor_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
