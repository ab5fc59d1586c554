/* bench-startup.c — from launch to the first frame, against a bare window
 *
 *   bench-startup [RUNS]      (default 7 runs of each program)
 *
 * Writes the large program (2,000 people, 1,000 mentorships, 1,000 series,
 * 30,000 meetings, 5,000 goals; mentor-bench-program.c) into a data file in
 * a temporary folder, then launches, in turn, RUNS times each:
 *
 * - the real Mentor, `src/mentor --database LARGE.db`, until the first frame
 *   painted with rows of the Mentorships list on screen;
 * - bench-bare-window, an AdwApplication whose AdwApplicationWindow shows one
 *   label, until its first frame painted;
 * - and, to tell what the data costs from what the window costs, Mentor on
 *   the sample program (mentor-demo.c, ten mentorships).
 *
 * All get MENTOR_BENCH_FIRST_FRAME=1, which makes them print the
 * CLOCK_MONOTONIC time of that frame's after-paint in µs and quit (see
 * mentor-window.c). The time of a run is that minus this launcher's
 * CLOCK_MONOTONIC just before fork(); its memory is the child's peak
 * resident size from wait4() (ru_maxrss). Prints the median and worst time of
 * each, the ratio (target: at most 1.3×), their peak memory and the
 * difference (target: at most 40 MB more). Not a test: nothing is asserted.
 *
 * Needs no display of its own: it starts its own `Xvfb` (a free display
 * number, through -displayfd) and a private session bus (`dbus-daemon
 * --session`, so the accessibility bus is there as on a desktop), and stops
 * both at the end. The children get a throw-away XDG_CONFIG_HOME and
 * XDG_DATA_HOME, GSETTINGS_BACKEND=memory and the build tree's compiled
 * schema (build/data): nobody's settings are read or written. One launch of
 * each is made first and not counted, so that both find the page cache, the
 * font and shader caches and the accessibility bus warm. They draw with
 * GTK's default renderer (GL, which under Xvfb is Mesa's software llvmpipe)
 * unless GSK_RENDERER says otherwise; its start-up and memory are in the
 * bare window's figures too.
 *
 * Build everything first (`ninja -C build`): it runs build/src/mentor and
 * build/bench/bench-bare-window.
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <gio/gio.h>

#include "mentor-bench-program.h"

#define DEFAULT_RUNS 7
/* A child that paints nothing in this long is stuck: stop it. */
#define CHILD_TIMEOUT_MS 120000

typedef struct {
  gint64 time_us;   /* launch to first frame; -1: the run failed */
  double peak_mb;   /* ru_maxrss, in MB of 10^6 bytes */
} Run;

static gint64
monotonic_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Reads one line from fd (a pipe from a child): what it printed. */
static char *
read_line_from (int fd)
{
  GString *line = g_string_new (NULL);
  char c;

  for (;;)
    {
      ssize_t got = read (fd, &c, 1);

      if (got < 0 && errno == EINTR)
        continue;
      if (got != 1 || c == '\n')
        break;
      g_string_append_c (line, c);
    }

  return g_string_free (line, FALSE);
}

/* Starts a helper (Xvfb, dbus-daemon) that writes one line to its fd 3 when
 * it is ready, and returns that line. */
static GSubprocess *
start_helper (const char * const  *argv,
              char               **ready_line)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  int fds[2];

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  g_subprocess_launcher_take_fd (launcher, fds[1], 3);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    g_error ("Cannot start %s: %s", argv[0], error->message);

  /* Our copy of the write end is gone with the launcher. */
  g_clear_object (&launcher);
  *ready_line = read_line_from (fds[0]);
  close (fds[0]);

  if (**ready_line == '\0')
    g_error ("%s said nothing on starting", argv[0]);

  return process;
}

/* One launch: fork, exec, read the printed paint time, reap with wait4(). */
static Run
launch (char * const *argv,
        char * const *envp)
{
  Run run = { -1, 0 };
  g_autofree char *printed = NULL;
  struct rusage usage;
  struct pollfd pfd;
  int status = 0;
  int ready;
  gint64 started;
  pid_t pid;
  int fds[2];

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  started = monotonic_us ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execve (argv[0], argv, envp);
      _exit (127);
    }

  close (fds[1]);

  pfd.fd = fds[0];
  pfd.events = POLLIN;
  while ((ready = poll (&pfd, 1, CHILD_TIMEOUT_MS)) < 0 && errno == EINTR)
    ;
  if (ready <= 0)
    {
      g_printerr ("%s painted nothing in %d s; stopped it\n", argv[0], CHILD_TIMEOUT_MS / 1000);
      kill (pid, SIGKILL);
    }
  else
    {
      printed = read_line_from (fds[0]);
    }

  /* Drain whatever else comes until the child closes its end, so that it
   * never blocks on a full pipe (but give up on a stuck one). */
  while (poll (&pfd, 1, CHILD_TIMEOUT_MS) > 0)
    {
      char buffer[256];

      if (read (fds[0], buffer, sizeof buffer) <= 0)
        break;
    }
  close (fds[0]);

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));

  if (printed == NULL || *printed == '\0' || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s failed (status %d)\n", argv[0], status);
      return run;
    }

  run.time_us = g_ascii_strtoll (printed, NULL, 10) - started;
  run.peak_mb = usage.ru_maxrss * 1024.0 / 1e6;
  return run;
}

typedef struct {
  double median;
  double worst;
  double best;
} Figures;

static Figures
figures_of (GArray *values)
{
  Figures f = { 0, 0, 0 };

  if (values->len == 0)
    return f;

  mentor_bench_sort (values);
  f.median = g_array_index (values, double, values->len / 2);
  f.worst = g_array_index (values, double, values->len - 1);
  f.best = g_array_index (values, double, 0);
  return f;
}

static void
make_program (const char *path,
              gboolean    large)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  MentorBenchSize size = MENTOR_BENCH_LARGE;

  if (store == NULL ||
      !(large ? mentor_bench_fill_program (store, &size, &error) : mentor_demo_fill (store, NULL, &error)))
    g_error ("Cannot write the program: %s", error->message);
}

typedef struct {
  GArray *times;  /* ms */
  GArray *peaks;  /* MB */
} Series;

static void
series_add (Series    *series,
            const Run *run)
{
  if (run->time_us < 0)
    return;

  g_array_append_vals (series->times, (double[]) { run->time_us / 1000.0 }, 1);
  g_array_append_vals (series->peaks, &run->peak_mb, 1);
}

static void
series_clear (Series *series)
{
  g_clear_pointer (&series->times, g_array_unref);
  g_clear_pointer (&series->peaks, g_array_unref);
}

static char **
child_environment (const char *dir,
                   const char *display,
                   const char *bus)
{
  char **env = g_get_environ ();
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *data = g_build_filename (dir, "data", NULL);

  g_mkdir_with_parents (config, 0700);
  g_mkdir_with_parents (data, 0700);

  env = g_environ_setenv (env, "DISPLAY", display, TRUE);
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", bus, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", MENTOR_BENCH_SCHEMA_DIR, TRUE);
  env = g_environ_setenv (env, "MENTOR_BENCH_FIRST_FRAME", "1", TRUE);

  return env;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("mentor-bench-startup-XXXXXX", NULL);
  g_autofree char *database = NULL;
  g_autofree char *sample_database = NULL;
  g_autofree char *display_number = NULL;
  g_autofree char *display = NULL;
  g_autofree char *bus = NULL;
  g_autofree char *rm = NULL;
  g_autoptr(GSubprocess) xvfb = NULL;
  g_autoptr(GSubprocess) dbus = NULL;
  Series mentor = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  Series sample = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  Series bare = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
  g_auto(GStrv) env = NULL;
  const char * const xvfb_argv[] = {
    "Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp", NULL,
  };
  const char * const dbus_argv[] = {
    "dbus-daemon", "--session", "--nofork", "--print-address=3", NULL,
  };
  Figures mentor_time, bare_time, mentor_peak, bare_peak, sample_time, sample_peak;
  char *mentor_argv[4];
  char *sample_argv[4];
  char *bare_argv[2];
  guint runs = DEFAULT_RUNS;
  double started;

  if (argc > 2 || (argc == 2 && (runs = (guint) g_ascii_strtoull (argv[1], NULL, 10)) == 0))
    {
      fprintf (stderr, "usage: bench-startup [RUNS]\n");
      return 2;
    }

  if (!g_file_test (MENTOR_BENCH_MENTOR, G_FILE_TEST_IS_EXECUTABLE) ||
      !g_file_test (MENTOR_BENCH_BARE_WINDOW, G_FILE_TEST_IS_EXECUTABLE))
    {
      fprintf (stderr, "bench-startup: build %s and %s first (ninja -C BUILD)\n",
               MENTOR_BENCH_MENTOR, MENTOR_BENCH_BARE_WINDOW);
      return 1;
    }

  database = g_build_filename (dir, "large.db", NULL);
  started = mentor_bench_now ();
  make_program (database, TRUE);
  sample_database = g_build_filename (dir, "sample.db", NULL);
  make_program (sample_database, FALSE);
  printf ("Large program (2,000 people, 1,000 mentorships, 1,000 series, 30,000 meetings, "
          "5,000 goals) written in %.1f s; %u launches of each, after one not counted.\n",
          mentor_bench_now () - started, runs);

  xvfb = start_helper (xvfb_argv, &display_number);
  display = g_strconcat (":", display_number, NULL);
  dbus = start_helper (dbus_argv, &bus);
  env = child_environment (dir, display, bus);

  mentor_argv[0] = (char *) MENTOR_BENCH_MENTOR;
  mentor_argv[1] = (char *) "--database";
  mentor_argv[2] = database;
  mentor_argv[3] = NULL;
  memcpy (sample_argv, mentor_argv, sizeof mentor_argv);
  sample_argv[2] = sample_database;
  bare_argv[0] = (char *) MENTOR_BENCH_BARE_WINDOW;
  bare_argv[1] = NULL;

  /* Warm-up: the first launch also makes the day's backup of the file. */
  launch (bare_argv, env);
  launch (mentor_argv, env);
  launch (sample_argv, env);

  /* In turn, so that a change of load on the machine hits all alike. */
  for (guint i = 0; i < runs; i++)
    {
      Run run;

      run = launch (bare_argv, env);
      series_add (&bare, &run);
      run = launch (mentor_argv, env);
      series_add (&mentor, &run);
      run = launch (sample_argv, env);
      series_add (&sample, &run);
    }

  g_subprocess_send_signal (dbus, SIGTERM);
  g_subprocess_send_signal (xvfb, SIGTERM);
  g_subprocess_wait (dbus, NULL, NULL);
  g_subprocess_wait (xvfb, NULL, NULL);

  if (mentor.times->len == 0 || bare.times->len == 0 || sample.times->len == 0)
    {
      fprintf (stderr, "bench-startup: no run painted a frame\n");
      return 1;
    }

  mentor_time = figures_of (mentor.times);
  bare_time = figures_of (bare.times);
  sample_time = figures_of (sample.times);
  mentor_peak = figures_of (mentor.peaks);
  bare_peak = figures_of (bare.peaks);
  sample_peak = figures_of (sample.peaks);

  printf ("Launch to first frame, Mentor on the large program   median %7.1f ms  best %7.1f ms  worst %7.1f ms\n",
          mentor_time.median, mentor_time.best, mentor_time.worst);
  printf ("Launch to first frame, Mentor on the sample program  median %7.1f ms  best %7.1f ms  worst %7.1f ms\n",
          sample_time.median, sample_time.best, sample_time.worst);
  printf ("Launch to first frame, bare libadwaita window        median %7.1f ms  best %7.1f ms  worst %7.1f ms\n",
          bare_time.median, bare_time.best, bare_time.worst);
  printf ("Large program against the bare window: ratio of the medians %.2f×, of the worst %.2f×   (target ≤ 1.30×: %s)\n",
          mentor_time.median / bare_time.median, mentor_time.worst / bare_time.worst,
          mentor_time.median / bare_time.median <= 1.3 ? "met" : "NOT met");
  printf ("Sample program against the bare window: ratio of the medians %.2f× (what the window costs without the data)\n",
          sample_time.median / bare_time.median);
  printf ("Peak memory (ru_maxrss), Mentor on the large program  median %6.1f MB  worst %6.1f MB\n",
          mentor_peak.median, mentor_peak.worst);
  printf ("Peak memory (ru_maxrss), Mentor on the sample program median %6.1f MB  worst %6.1f MB\n",
          sample_peak.median, sample_peak.worst);
  printf ("Peak memory (ru_maxrss), bare libadwaita window       median %6.1f MB  worst %6.1f MB\n",
          bare_peak.median, bare_peak.worst);
  printf ("Large program against the bare window: %+.1f MB (medians)   (target ≤ 40 MB more: %s); sample program %+.1f MB\n",
          mentor_peak.median - bare_peak.median,
          mentor_peak.median - bare_peak.median <= 40.0 ? "met" : "NOT met",
          sample_peak.median - bare_peak.median);

  series_clear (&mentor);
  series_clear (&sample);
  series_clear (&bare);

  rm = g_strdup_printf ("rm -rf '%s'", dir);
  if (system (rm) != 0)
    g_printerr ("Could not remove %s\n", dir);

  return 0;
}
