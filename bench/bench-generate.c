/* bench-generate.c — writes the large program into a data file
 *
 *   bench-generate FILE     2,000 people, 1,000 mentorships, 1,000 series,
 *                           30,000 meetings, 5,000 goals, through the store
 *
 * The file is what the start-up and smoothness measurements open
 * (`mentor --database FILE`). Prints the time it took.
 */
#include "config.h"

#include <stdio.h>

#include "mentor-bench-program.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = NULL;
  MentorBenchSize size = MENTOR_BENCH_LARGE;
  double started;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-generate FILE\n");
      return 2;
    }

  started = mentor_bench_now ();
  store = mentor_store_open (argv[1], &error);
  if (store == NULL || !mentor_bench_fill_program (store, &size, &error))
    {
      fprintf (stderr, "bench-generate: %s\n", error->message);
      return 1;
    }

  printf ("wrote %u people, %u mentorships, %u series, %u meetings, %u goals to %s in %.2f s\n",
          size.people, size.mentorships, size.series, size.meetings, size.goals,
          argv[1], mentor_bench_now () - started);
  return 0;
}
