/* mentor-bench-program.h — a large program written through the store, for the benchmarks */
#pragma once

#include "mentor-core.h"

G_BEGIN_DECLS

typedef struct {
  guint people;
  guint mentorships;
  guint series;
  guint meetings;
  guint goals;
} MentorBenchSize;

/* The program of the issue "Proof under load and attack": 2,000 people,
 * 1,000 mentorships, 1,000 check-in series, 30,000 meetings, 5,000 goals. */
#define MENTOR_BENCH_LARGE ((MentorBenchSize) { 2000, 1000, 1000, 30000, 5000 })

/* Fills an empty store with a program of the given size (people with skills
 * and a reporting line, mentorships in every status, one series per
 * mentorship up to `series`, meetings spread over the last two years, goals
 * with three milestones each), in one transaction, through the store's own
 * save functions. Deterministic: the same size gives the same data. */
gboolean mentor_bench_fill_program (MentorStore           *store,
                                   const MentorBenchSize *size,
                                   GError               **error);

/* Seconds since an arbitrary start, for timing. */
double   mentor_bench_now          (void);
/* Peak resident memory of this process so far, in MiB (getrusage). */
double   mentor_bench_peak_mib     (void);
/* Sorts an array of doubles in ascending order (for medians and worsts). */
void     mentor_bench_sort         (GArray                *values);

G_END_DECLS
