/* mentor-matching-text.h — the words of the coordinator tools: Matching and
 * the CSV import preview
 *
 * Pure functions over core records and numbers (no GTK), so that the wording
 * of suggestions, capacity flags and the import preview can be checked
 * without a display.
 */
#pragma once

#include "mentor-core.h"
#include "mentor-csv-import.h"
#include "mentor-matching.h"

G_BEGIN_DECLS

/* ---- Matching ----------------------------------------------------------- */

/* A flag of a suggestion as a word with an icon (never the color alone). */
typedef struct {
  const char *word;        /* translated: "Conflict of interest" */
  const char *icon_name;   /* a symbolic icon that goes with the word */
  const char *style_class; /* tints the badge on top of the word and icon */
} MentorMatchBadge;

#define MENTOR_MATCH_MAX_BADGES 3

/* Fills badges (room for MENTOR_MATCH_MAX_BADGES) with the flags worth
 * showing, the most serious first: "Conflict of interest", "At capacity",
 * "Same department". Returns how many. */
guint       mentor_match_badges                (MentorMatchFlags        flags,
                                                MentorMatchBadge       *badges);
/* "leadership", "leadership and networking", "leadership, networking and
 * public speaking": a list in words; "" for none. */
char       *mentor_matching_dup_word_list      (const char * const     *words);
/* "Seeks leadership and networking"; NULL when seeks is empty. */
char       *mentor_matching_dup_seeks_text     (const char * const     *seeks);
/* The Propose button's accessible name: "Propose Ana Lima for Ben Okafor". */
char       *mentor_matching_dup_propose_name   (const char             *mentor,
                                                const char             *mentee);
/* The toast after proposing: "Proposed Ana Lima as mentor for Ben Okafor". */
char       *mentor_matching_dup_proposed_text  (const char             *mentor,
                                                const char             *mentee);
/* What a screen reader says for a suggestion: "Ana Lima. Covers … same
 * department. Conflict of interest: …" (the explanation, then the conflict
 * sentence or the badges the explanation does not already say). */
char       *mentor_match_dup_a11y_name         (MentorMatch            *match);
/* "12 mentees without a mentor" over the Matching list. */
char       *mentor_matching_dup_count_text     (guint                   n_mentees);

/* ---- Capacity in the People list ---------------------------------------- */

/* "Over capacity: 4 of 3" when load > capacity, else NULL. */
char       *mentor_capacity_dup_over_text      (guint                   load,
                                                guint                   capacity);

/* ---- The import preview ------------------------------------------------- */

/* "Add", "Update", "Up to date", "Skip", "Problem". */
const char *mentor_csv_action_word             (MentorCsvAction         action);
const char *mentor_csv_action_icon             (MentorCsvAction         action);
const char *mentor_csv_action_class            (MentorCsvAction         action);
/* The rows the import writes: added and updated ones. */
guint       mentor_csv_import_count_to_write   (MentorCsvImport        *import);
/* "Import People" / "Import Mentorships": the preview's title. */
const char *mentor_csv_kind_title              (MentorCsvKind           kind);
/* The import button: "Import 280 People", "Import 1 Person", "Import 3
 * Mentorships", "Import 1 Mentorship"; "Import" for none. */
char       *mentor_csv_dup_import_label        (MentorCsvKind           kind,
                                                guint                   n);
/* Under the counts, what else is in the file: "5 already up to date, 2
 * skipped"; NULL when nothing. */
char       *mentor_csv_dup_other_counts        (guint                   unchanged,
                                                guint                   skipped);
/* The main line of a row: a person's name (or "No name"), or "Mentor email →
 * mentee email" for a mentorship. */
char       *mentor_csv_row_dup_title           (MentorCsvRow           *row,
                                                MentorCsvKind           kind);
/* The second line: a person's email, or NULL. */
char       *mentor_csv_row_dup_subtitle        (MentorCsvRow           *row,
                                                MentorCsvKind           kind);
/* What the row says beyond its action word: every problem of a BAD row, one
 * per line; the reason of a SKIP row; what an UPDATE or a new mentorship
 * changes; NULL for a new person or one up to date, whose word says it all. */
char       *mentor_csv_row_dup_detail          (MentorCsvRow           *row,
                                                MentorCsvKind           kind);
/* "Row 12, Ana Lima, ana@x, Problem: “ana@x” is not an email address." */
char       *mentor_csv_row_dup_a11y_name       (MentorCsvRow           *row,
                                                MentorCsvKind           kind);
/* "Row 12" */
char       *mentor_csv_row_dup_number_text     (MentorCsvRow           *row);

G_END_DECLS
