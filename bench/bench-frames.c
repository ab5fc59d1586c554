/* bench-frames.c — frames and main-loop blocks of the real window, large program
 *
 *   xvfb-run -a build/bench/bench-frames
 *
 * The real MentorWindow, 1100 × 720, on the large program (2,000 people,
 * 1,000 mentorships, 1,000 series, 30,000 meetings, 5,000 goals;
 * mentor-bench-program.c) and, as the baseline, on the sample program, both
 * written in a temporary folder. On each, scripted as a person would do it,
 * one step per frame from a tick callback:
 *
 * 1. the first switch to the Goals view and to the Calendar view (their
 *    lists are loaded when first shown);
 * 2. the Mentorships list: its scrolled window's vadjustment moved in
 *    SCROLL_STEPS equal steps from the top to the bottom, and back;
 * 3. the Goals list, the same;
 * 4. the Calendar view: "Next Month" N_MONTHS times.
 *
 * Measured while each script runs: every frame's time from the frame clock's
 * "before-paint" to its "after-paint" (the script's step, layout, and
 * drawing), and the longest the main loop went without running a watchdog
 * that asks to run every WATCHDOG_MS at G_PRIORITY_HIGH (that gap includes
 * what runs between frames, such as the Calendar's agenda). Prints median,
 * 99th percentile and worst frame, and the longest block, for each script on
 * both programs, against the 16.7 ms frame budget. The scroll steps are
 * equal fractions of each list, so the large program's lists move fast (a
 * few new rows a frame in Mentorships, a screenful in Goals) while the
 * sample program's barely move. Not a test: nothing is asserted. Needs a
 * display.
 *
 * GTK draws with the Cairo renderer here unless GSK_RENDERER says otherwise:
 * under Xvfb the GL renderer runs on llvmpipe, a software GL whose two
 * rasterizing threads took two thirds of the CPU and added 30 to 50 ms to
 * every frame even of the sample program, which hid what the frames cost in
 * our code. A desktop draws with its GPU, in less time than Cairo needs.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "mentor-bench-program.h"
#include "mentor-calendar-page.h"
#include "mentor-goals-page.h"
#include "mentor-mentorships-page.h"
#include "mentor-window.h"

#define SCROLL_STEPS 240
#define N_MONTHS 24
#define WATCHDOG_MS 4
#define FRAME_BUDGET_MS (1000.0 / 60.0)

/* ---- Measuring -------------------------------------------------------------- */

typedef struct {
  GdkFrameClock *clock;
  gulong         before_id;
  gulong         after_id;
  guint          watchdog_id;
  gint64         frame_start;
  gint64         last_watch;
  gint64         painted;   /* after-paints so far */
  GArray        *frames;    /* ms */
  GArray        *gaps;      /* ms */
} Meter;

typedef struct {
  guint  n_frames;
  double median;
  double p99;
  double worst;
  guint  over_budget;
  double block;
} Figures;

static double
percentile (GArray *sorted,
            double  p)
{
  guint i;

  if (sorted->len == 0)
    return 0;

  i = (guint) ceil (p * sorted->len);
  return g_array_index (sorted, double, CLAMP (i, 1, sorted->len) - 1);
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Meter         *meter)
{
  meter->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Meter         *meter)
{
  meter->painted++;
  if (meter->frames == NULL || meter->frame_start == 0)
    return;

  g_array_append_vals (meter->frames,
                       (double[]) { (g_get_monotonic_time () - meter->frame_start) / 1000.0 }, 1);
  meter->frame_start = 0;
}

static gboolean
watchdog_cb (gpointer data)
{
  Meter *meter = data;
  gint64 now = g_get_monotonic_time ();

  if (meter->last_watch != 0)
    g_array_append_vals (meter->gaps, (double[]) { (now - meter->last_watch) / 1000.0 }, 1);
  meter->last_watch = now;

  return G_SOURCE_CONTINUE;
}

static void
meter_attach (Meter     *meter,
              GtkWidget *window)
{
  meter->clock = gtk_widget_get_frame_clock (window);
  meter->before_id = g_signal_connect (meter->clock, "before-paint", G_CALLBACK (before_paint_cb), meter);
  meter->after_id = g_signal_connect (meter->clock, "after-paint", G_CALLBACK (after_paint_cb), meter);
}

static void
meter_detach (Meter *meter)
{
  g_clear_signal_handler (&meter->before_id, meter->clock);
  g_clear_signal_handler (&meter->after_id, meter->clock);
}

static void
meter_start (Meter *meter)
{
  meter->frames = g_array_new (FALSE, FALSE, sizeof (double));
  meter->gaps = g_array_new (FALSE, FALSE, sizeof (double));
  meter->frame_start = 0;
  meter->last_watch = 0;
  meter->watchdog_id = g_timeout_add_full (G_PRIORITY_HIGH, WATCHDOG_MS, watchdog_cb, meter, NULL);
  /* Gaps count from the watchdog's first run. */
  while (meter->last_watch == 0)
    g_main_context_iteration (NULL, TRUE);
}

static Figures
meter_stop (Meter *meter)
{
  Figures f = { 0, };

  g_clear_handle_id (&meter->watchdog_id, g_source_remove);

  mentor_bench_sort (meter->frames);
  mentor_bench_sort (meter->gaps);
  f.n_frames = meter->frames->len;
  f.median = percentile (meter->frames, 0.5);
  f.p99 = percentile (meter->frames, 0.99);
  f.worst = percentile (meter->frames, 1.0);
  f.block = percentile (meter->gaps, 1.0);
  for (guint i = 0; i < meter->frames->len; i++)
    if (g_array_index (meter->frames, double, i) > FRAME_BUDGET_MS)
      f.over_budget++;

  g_clear_pointer (&meter->frames, g_array_unref);
  g_clear_pointer (&meter->gaps, g_array_unref);
  return f;
}

/* Runs the main loop until n more frames are painted and nothing else waits. */
static void
settle (Meter *meter,
        guint  n_frames)
{
  gint64 until = meter->painted + n_frames;

  while (meter->painted < until)
    {
      gdk_frame_clock_request_phase (meter->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* ---- Finding the widgets ---------------------------------------------------- */

/* The first widget of this type under widget, choosers aside (a drop-down
 * or combo row shows its choice with a list view of its own). */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  if (GTK_IS_POPOVER (widget) || GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The adjustment that scrolls the first list view of a page. */
static GtkAdjustment *
list_adjustment (GtkWidget *page,
                 guint     *n_items)
{
  GtkWidget *list = find_descendant (page, GTK_TYPE_LIST_VIEW);
  GtkWidget *scroller = list != NULL ? gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW) : NULL;

  if (scroller == NULL)
    g_error ("No scrolled list in %s", G_OBJECT_TYPE_NAME (page));

  *n_items = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* ---- Scripts ---------------------------------------------------------------- */

typedef struct {
  GtkAdjustment *adjustment;
  GtkWidget     *page;
  const char    *view;
  guint          step;
  guint          n_steps;
  gboolean       done;
} Script;

/* Down in n_steps equal steps, then up again: one step per frame. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Script *script = data;
  double range;
  guint down;

  if (script->step >= 2 * script->n_steps)
    {
      script->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  script->step++;
  down = script->step <= script->n_steps ? script->step : 2 * script->n_steps - script->step;
  /* The list estimates its height as it meets rows: read it at each step. */
  range = gtk_adjustment_get_upper (script->adjustment) - gtk_adjustment_get_page_size (script->adjustment);
  gtk_adjustment_set_value (script->adjustment, MAX (range, 0) * down / script->n_steps);
  /* A list too short to scroll still paints a frame per step. */
  gtk_widget_queue_draw (widget);

  return G_SOURCE_CONTINUE;
}

static gboolean
month_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  Script *script = data;

  if (script->step >= script->n_steps)
    {
      script->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  script->step++;
  gtk_widget_activate_action (script->page, "calendar.next-month", NULL);
  return G_SOURCE_CONTINUE;
}

/* One step: the switch to a view. */
static gboolean
view_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  Script *script = data;

  if (script->step >= script->n_steps)
    {
      script->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  script->step++;
  gtk_widget_activate_action (widget, "win.show-view", "s", script->view);
  return G_SOURCE_CONTINUE;
}

static void
run_script (Meter               *meter,
            GtkWidget           *widget,
            GtkTickCallback      tick,
            Script              *script)
{
  gtk_widget_add_tick_callback (widget, tick, script, NULL);
  while (!script->done)
    g_main_context_iteration (NULL, TRUE);
  /* What the last step left for after its frame (the agenda) counts too. */
  settle (meter, 2);
}

static void
show_view (GtkWidget  *window,
           const char *name)
{
  gtk_widget_activate_action (window, "win.show-view", "s", name);
}

typedef struct {
  Figures switch_goals;
  Figures switch_calendar;
  Figures mentorships;
  Figures goals;
  Figures months;
  guint   n_mentorships;
  guint   n_goals;
  char   *renderer;
} Results;

static void
measure_program (GtkApplication *app,
                 MentorStore    *store,
                 Results        *results)
{
  GtkWidget *window = GTK_WIDGET (mentor_window_new (app, store, NULL));
  GtkWidget *mentorships = find_descendant (window, MENTOR_TYPE_MENTORSHIPS_PAGE);
  GtkWidget *goals = find_descendant (window, MENTOR_TYPE_GOALS_PAGE);
  GtkWidget *calendar = find_descendant (window, MENTOR_TYPE_CALENDAR_PAGE);
  Meter meter = { 0, };
  Script script;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  show_view (window, "mentorships");
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_frame_clock (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  meter_attach (&meter, window);
  settle (&meter, 3);
  results->renderer = g_strdup (G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* The first visit of each view: loading it is one block of the loop. */
  script = (Script) { NULL, NULL, "goals", 0, 1, FALSE };
  meter_start (&meter);
  run_script (&meter, window, view_tick_cb, &script);
  results->switch_goals = meter_stop (&meter);

  script = (Script) { NULL, NULL, "calendar", 0, 1, FALSE };
  meter_start (&meter);
  run_script (&meter, window, view_tick_cb, &script);
  results->switch_calendar = meter_stop (&meter);

  show_view (window, "mentorships");
  settle (&meter, 3);
  script = (Script) { list_adjustment (mentorships, &results->n_mentorships), NULL, NULL, 0, SCROLL_STEPS, FALSE };
  meter_start (&meter);
  run_script (&meter, window, scroll_tick_cb, &script);
  results->mentorships = meter_stop (&meter);

  show_view (window, "goals");
  settle (&meter, 3);
  script = (Script) { list_adjustment (goals, &results->n_goals), NULL, NULL, 0, SCROLL_STEPS, FALSE };
  meter_start (&meter);
  run_script (&meter, window, scroll_tick_cb, &script);
  results->goals = meter_stop (&meter);

  show_view (window, "calendar");
  settle (&meter, 3);
  script = (Script) { NULL, calendar, NULL, 0, N_MONTHS, FALSE };
  meter_start (&meter);
  run_script (&meter, window, month_tick_cb, &script);
  results->months = meter_stop (&meter);

  meter_detach (&meter);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Printing --------------------------------------------------------------- */

static void
print_figures (const char    *program,
               const Figures *f)
{
  printf ("  %-15s %4u frames  median %6.2f ms  p99 %6.2f ms  worst %6.2f ms  over budget %3u   longest block %6.2f ms\n",
          program, f->n_frames, f->median, f->p99, f->worst, f->over_budget, f->block);
}

static void
report (const char    *what,
        const Figures *large,
        const Figures *sample)
{
  gboolean smooth = large->worst <= FRAME_BUDGET_MS && large->block <= FRAME_BUDGET_MS;

  printf ("%s\n", what);
  print_figures ("large program", large);
  print_figures ("sample program", sample);
  printf ("  ratio of the medians %.2f×, of the worst %.2f×; the large program %s\n",
          sample->median > 0 ? large->median / sample->median : 0,
          sample->worst > 0 ? large->worst / sample->worst : 0,
          smooth ? "stays within the 16.7 ms frame budget"
                 : "goes over the 16.7 ms frame budget");
}

static MentorStore *
open_program (const char *dir,
              const char *name,
              gboolean    large)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MentorStore) store = mentor_store_open (path, &error);
  MentorBenchSize size = MENTOR_BENCH_LARGE;

  if (store == NULL ||
      !(large ? mentor_bench_fill_program (store, &size, &error) : mentor_demo_fill (store, NULL, &error)))
    g_error ("Cannot write the program: %s", error->message);

  return g_steal_pointer (&store);
}

static void
activate_cb (GtkApplication *app)
{
  g_autofree char *dir = g_dir_make_tmp ("mentor-bench-frames-XXXXXX", NULL);
  g_autofree char *rm = NULL;
  g_autoptr(MentorStore) sample = open_program (dir, "sample.db", FALSE);
  g_autoptr(MentorStore) large = open_program (dir, "large.db", TRUE);
  Results on_sample = { { 0, }, };
  Results on_large = { { 0, }, };
  g_autofree char *mentorships_title = NULL;
  g_autofree char *goals_title = NULL;

  /* Keep running between the two windows. */
  g_application_hold (G_APPLICATION (app));
  measure_program (app, sample, &on_sample);
  measure_program (app, large, &on_large);

  printf ("The real window, 1100 × 720, renderer %s; one step per frame; frame budget %.1f ms.\n"
          "Rows listed: large program %u mentorships, %u goals and headings; "
          "sample program %u and %u (its lists barely scroll: the baseline is frames with little new).\n",
          on_large.renderer, FRAME_BUDGET_MS,
          on_large.n_mentorships, on_large.n_goals, on_sample.n_mentorships, on_sample.n_goals);
  report ("First switch to the Goals view (loads its list)", &on_large.switch_goals, &on_sample.switch_goals);
  report ("First switch to the Calendar view (loads its month)", &on_large.switch_calendar, &on_sample.switch_calendar);
  mentorships_title = g_strdup_printf ("Scroll the Mentorships list top to bottom and back, %u steps",
                                       2 * SCROLL_STEPS);
  report (mentorships_title, &on_large.mentorships, &on_sample.mentorships);
  goals_title = g_strdup_printf ("Scroll the Goals list top to bottom and back, %u steps", 2 * SCROLL_STEPS);
  report (goals_title, &on_large.goals, &on_sample.goals);
  report ("Calendar: Next Month " G_STRINGIFY (N_MONTHS) " times", &on_large.months, &on_sample.months);

  g_clear_object (&large);
  g_clear_object (&sample);
  g_free (on_large.renderer);
  g_free (on_sample.renderer);
  rm = g_strdup_printf ("rm -rf '%s'", dir);
  if (system (rm) != 0)
    g_printerr ("Could not remove %s\n", dir);

  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);

  /* Mentor's resources and style sheet, without its single instance. */
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "com.example.Mentor.BenchFrames",
                      "resource-base-path", "/com/example/Mentor",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
