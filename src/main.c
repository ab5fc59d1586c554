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
  const char *localedir;

  setlocale (LC_ALL, "");
  /* build-aux/run and the tests point this at the build tree's catalogues,
   * so that LANGUAGE=de works before Mentor is installed. */
  localedir = g_getenv ("MENTOR_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mentor_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
