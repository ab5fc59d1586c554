/* mentor-cli.h — the command line: the options that need no display
 *
 * The same binary opens the window or runs one command (DESIGN.md "The command
 * line"). The application adds mentor_cli_option_entries() to its options and
 * hands what was given to mentor_cli_run() in handle-local-options.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every command-line option but --database and --version, NULL-terminated. */
const GOptionEntry *mentor_cli_option_entries (void);

/* Runs the command named in options, on the data file at database_path.
 * Returns the exit status (0 done; 1 refused or failed, with "mentor: <why>"
 * on stderr; 2 for options that do not go together), or -1 when options name
 * no command, so the window should open. */
int                 mentor_cli_run            (const char   *database_path,
                                               GVariantDict *options);

G_END_DECLS
