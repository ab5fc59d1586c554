/* mentor-report-private.h — what the parts of the report share, and what the
 * tests read
 *
 * mentor-report-data.c fills the plain model below from the store;
 * mentor-report-layout.c turns it into blocks, measures them and places them
 * on pages; mentor-report-draw.c draws the blocks (text, charts, bars);
 * mentor-report.c holds the options, the paper and the PDF writer.
 */
#pragma once

#include <pango/pangocairo.h>

#include "mentor-report.h"

G_BEGIN_DECLS

/* ---- The model (mentor-report-data.c) ------------------------------------- */

typedef struct {
  char     *title;
  char     *due_on;          /* "YYYY-MM-DD" or NULL */
  char     *done_on;
  guint     days_overdue;    /* 0 unless open, of an open goal, and past due */
} MentorReportMilestone;

typedef struct {
  char             *title;
  char             *focus_area;
  char             *success_measure;
  char             *target_on;
  char             *drop_reason;
  MentorGoalStatus  status;
  guint             done;
  guint             total;
  GPtrArray        *milestones;  /* MentorReportMilestone */
} MentorReportGoal;

typedef struct {
  char                *when;          /* "Tue 3 Mar 2026, 14:00 CET", in its zone */
  char                *day;           /* "YYYY-MM-DD" in the user's zone */
  MentorMeetingStatus  status;
  char                *agenda;
  char                *summary;       /* NULL unless summaries are included */
  char                *private_notes; /* NULL unless private notes are included */
} MentorReportMeeting;

typedef struct {
  char        *text;
  char        *owner_name;
  char        *due_on;
  guint        days_overdue;
} MentorReportAction;

typedef struct {
  gint64             id;
  char              *mentor_name;
  char              *mentee_name;
  MentorKind         kind;
  MentorStatus       status;
  char              *started_on;
  char              *ends_on;
  char              *closed_on;
  char              *end_reason;
  guint              cadence_days;
  MentorMode         mode;
  GStrv              focus_areas;
  MentorHealthLevel  health;
  GStrv              reasons;      /* health reasons, worst first */
  GPtrArray         *goals;        /* MentorReportGoal */
  GPtrArray         *meetings;     /* MentorReportMeeting in the period */
  GPtrArray         *upcoming;     /* MentorReportMeeting still scheduled */
  GPtrArray         *actions;      /* MentorReportAction still open */
  guint              held;         /* meetings of the period */
  guint              planned;
} MentorReportMentorship;

typedef struct {
  char  *label;                   /* "Jan 2026" */
  guint  held;
  guint  planned;
} MentorReportMonth;

typedef struct {
  char  *mentorship;              /* "Mentor → Mentee" */
  char  *goal;
  char  *milestone;
  char  *due_on;
  guint  days_overdue;
} MentorReportOverdue;

struct _MentorReport
{
  GObject              parent_instance;

  MentorReportOptions  options;
  char                *today;
  char                *program_name;
  char                *period_label;  /* "11 Dec 2025 – 10 Mar 2026" */
  GPtrArray           *mentorships;   /* MentorReportMentorship, in print order */
  GPtrArray           *months;        /* MentorReportMonth, in order */
  GPtrArray           *overdue;       /* MentorReportOverdue, most overdue first */
  guint                by_status[MENTOR_N_STATUSES];
  guint                by_health[MENTOR_N_HEALTH_LEVELS];
  guint                goals_by_status[MENTOR_N_GOAL_STATUSES];
  guint                held;
  guint                planned;
};

/* "Mentor → Mentee". */
char *mentor_report_mentorship_title (const MentorReportMentorship *m);

/* ---- Blocks (mentor-report-layout.c, mentor-report-draw.c) ----------------- */

typedef enum {
  MENTOR_REPORT_BLOCK_TITLE,          /* the report's title and what it covers */
  MENTOR_REPORT_BLOCK_HEADING,        /* a part of the report */
  MENTOR_REPORT_BLOCK_SUBHEADING,     /* a part of a mentorship's section */
  MENTOR_REPORT_BLOCK_TEXT,           /* a paragraph; split by lines if taller than a page */
  MENTOR_REPORT_BLOCK_TILES,          /* counts by status as tiles */
  MENTOR_REPORT_BLOCK_HEALTH_BAR,     /* counts by health as one stacked bar */
  MENTOR_REPORT_BLOCK_CHART,          /* meetings held and planned per month */
  MENTOR_REPORT_BLOCK_MENTORSHIP,     /* a mentorship's name, terms and health */
  MENTOR_REPORT_BLOCK_GOAL,           /* a goal, its progress bar and milestones */
  MENTOR_REPORT_BLOCK_TABLE_HEADER,   /* column titles, repeated on a new page */
  MENTOR_REPORT_BLOCK_TABLE_ROW,
  MENTOR_REPORT_BLOCK_HEALTH_ITEM,    /* a mentorship at risk with its reasons */
} MentorReportBlockKind;

typedef enum {
  MENTOR_REPORT_STYLE_BODY,
  MENTOR_REPORT_STYLE_DIM,            /* secondary text */
  MENTOR_REPORT_STYLE_SUMMARY,        /* a shared summary, indented */
  MENTOR_REPORT_STYLE_PRIVATE,        /* private notes, marked as such */
  MENTOR_REPORT_STYLE_EMPTY,          /* "No meetings in this period." */
} MentorReportStyle;

#define MENTOR_REPORT_MAX_COLUMNS 4

typedef struct _MentorReportBlock MentorReportBlock;
struct _MentorReportBlock
{
  MentorReportBlockKind  kind;
  double                 height;        /* measured, points */
  double                 space_before;  /* dropped at the top of a page */
  gboolean               keep_with_next;
  MentorReportBlock     *header;        /* a row's table header, to repeat */

  /* Text: the whole of what the block prints, for tests and the outline. */
  char                  *text;
  MentorReportStyle      style;
  char                  *label;         /* TEXT: a lead-in ("Summary"); else an aside */

  /* Kind-specific: borrowed from the report, which outlives the layout's use. */
  const MentorReportMentorship *mentorship;
  const MentorReportGoal       *goal;
  guint                  first;         /* GOAL: milestones [first, last) */
  guint                  last;
  gboolean               continued;     /* GOAL or TEXT: the rest of an earlier block */
  char                  *cells[MENTOR_REPORT_MAX_COLUMNS];
  guint                  n_cells;
  const double          *columns;       /* TABLE_*: column widths as fractions */
  guint                  color;         /* TABLE_ROW: MentorReportColor of cell color_cell */
  guint                  color_cell;
  gboolean               outline;       /* HEADING, MENTORSHIP: an outline entry */
};

typedef enum {
  MENTOR_REPORT_COLOR_TEXT,
  MENTOR_REPORT_COLOR_DIM,
  MENTOR_REPORT_COLOR_RULE,
  MENTOR_REPORT_COLOR_TROUGH,
  MENTOR_REPORT_COLOR_TILE,
  MENTOR_REPORT_COLOR_ACCENT,
  MENTOR_REPORT_COLOR_PLANNED,
  MENTOR_REPORT_COLOR_GOOD,
  MENTOR_REPORT_COLOR_WARNING,
  MENTOR_REPORT_COLOR_BAD,
  MENTOR_REPORT_COLOR_PRIVATE,
  MENTOR_REPORT_N_COLORS
} MentorReportColor;

/* What drawing needs: a Pango context in points (resolution 72, metrics
 * unhinted, so measuring and drawing agree on any surface) and the page. */
typedef struct {
  PangoContext *context;
  MentorReport *report;
  double        page_width;
  double        page_height;
  double        left;          /* body: x from left to left + width */
  double        width;
  double        top;           /* body: y from top to bottom */
  double        bottom;
  GString      *collect;       /* when set, every text shown is appended, one a line */
} MentorReportPage;

/* Measures (cr NULL) or draws a block with its top-left at (x, y); returns
 * its height either way, so that measuring and drawing cannot disagree. */
double        mentor_report_draw_block     (MentorReportPage        *page,
                                            const MentorReportBlock *block,
                                            cairo_t                 *cr,
                                            double                   y);
/* The header and footer of a page. */
void          mentor_report_draw_furniture (MentorReportPage        *page,
                                            cairo_t                 *cr,
                                            guint                    index,
                                            guint                    n_pages);
/* Where to break a TEXT block that does not fit: the byte offsets of its
 * text where pieces begin, 0 first, in *n_starts entries; the first piece is
 * at most first_height tall, every other at most rest_height. */
guint        *mentor_report_split_text     (MentorReportPage        *page,
                                            const MentorReportBlock *block,
                                            double                   first_height,
                                            double                   rest_height,
                                            guint                   *n_starts);
/* The same for a GOAL block: the milestone indexes where pieces begin. */
guint        *mentor_report_split_goal     (MentorReportPage        *page,
                                            const MentorReportBlock *block,
                                            double                   first_height,
                                            double                   rest_height,
                                            guint                   *n_starts);
void          mentor_report_set_color      (cairo_t                 *cr,
                                            MentorReportColor        color);

/* ---- What the tests read (mentor-report-layout.c) ------------------------- */

typedef struct {
  const MentorReportBlock *block;
  guint                    page;
  double                   y;
} MentorReportPlacement;

/* The blocks in print order, each once, a table header repeated on a new page
 * included. */
guint                        mentor_report_layout_get_n_placements (MentorReportLayout *self);
const MentorReportPlacement *mentor_report_layout_get_placement    (MentorReportLayout *self,
                                                                    guint               index);
/* The body of every page: blocks lie between top and bottom. */
void                         mentor_report_layout_get_body         (MentorReportLayout *self,
                                                                    double             *top,
                                                                    double             *bottom);
/* Every word the layout prints (blocks, headers and footers), one block a
 * line: what the pages hold, as text. */
char                        *mentor_report_layout_dup_text         (MentorReportLayout *self);

/* The paper for a locale name ("en_US.UTF-8"): Letter for US and CA, A4
 * otherwise; the fallback of mentor_report_default_page_size(). */
gboolean                     mentor_report_locale_uses_letter      (const char *locale);

G_END_DECLS
