/* mentor-cli.c — the command line: the options that need no display
 *
 * Each command is a row of `commands`: the option that names it and a function
 * that does the work on the opened store and says in one line what it did.
 * Commands write their output atomically and leave the data file as it was on
 * any error; that is the work of the functions they call.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mentor-cli.h"
#include "mentor-core.h"

/* What a command gets: the opened store, the options, the argument of its own
 * option (a file or folder, NULL for a flag). It fills *summary with one line
 * for stdout, or error. */
typedef gboolean (*MentorCliFunc) (MentorStore   *store,
                                   GVariantDict  *options,
                                   const char    *argument,
                                   char         **summary,
                                   GError       **error);

static gboolean
run_demo (MentorStore   *store,
          GVariantDict  *options,
          const char    *argument,
          char         **summary,
          GError       **error)
{
  if (!mentor_demo_fill (store, summary, error))
    return FALSE;

  if (*summary == NULL)
    *summary = g_strdup (_("Sample program added"));
  return TRUE;
}

static const struct {
  const char    *option;
  gboolean       takes_path;
  MentorCliFunc  func;
} commands[] = {
  { "demo", FALSE, run_demo },
};

static const GOptionEntry option_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill an empty data file with a sample program, then exit"), NULL },
  { "mentorship", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Work on the mentorship with this ID only"), N_("ID") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("First day of the report (YYYY-MM-DD)"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Last day of the report (YYYY-MM-DD)"), N_("DATE") },
  { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the good rows of a CSV file and skip the bad ones"), NULL },
  { NULL }
};

const GOptionEntry *
mentor_cli_option_entries (void)
{
  return option_entries;
}

int
mentor_cli_run (const char   *database_path,
                GVariantDict *options)
{
  g_autoptr(MentorStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *argument = NULL;
  const char *named = NULL;
  MentorCliFunc func = NULL;

  g_return_val_if_fail (database_path != NULL, 1);
  g_return_val_if_fail (options != NULL, 1);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_variant_dict_contains (options, commands[i].option))
        continue;

      if (named != NULL)
        {
          g_printerr (_("mentor: --%s and --%s cannot be used together\n"),
                      named, commands[i].option);
          return 2;
        }

      named = commands[i].option;
      func = commands[i].func;
      if (commands[i].takes_path)
        {
          const char *path = NULL;

          if (!g_variant_dict_lookup (options, commands[i].option, "^&ay", &path) ||
              path == NULL || *path == '\0')
            {
              g_printerr (_("mentor: --%s needs a file name\n"), commands[i].option);
              return 2;
            }
          argument = g_canonicalize_filename (path, NULL);
        }
    }

  if (func == NULL)
    return -1;

  store = mentor_store_open (database_path, &error);
  if (store == NULL || !func (store, options, argument, &summary, &error))
    {
      g_printerr ("mentor: %s\n", error->message);
      return 1;
    }

  if (summary != NULL)
    g_print ("%s\n", summary);
  return 0;
}
