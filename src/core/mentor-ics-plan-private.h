/* mentor-ics-plan-private.h — what planning and applying an import share
 *
 * mentor-ics-plan.c matches each event to a mentorship and to the store and
 * decides what to do; mentor-ics-apply.c does it, in one transaction;
 * mentor-ics-state.c compares and writes the fields a calendar carries.
 */
#pragma once

#include "mentor-ics-parsed.h"
#include "mentor-ics-plan.h"

G_BEGIN_DECLS

typedef struct {
  MentorIcsItem       *item;
  MentorIcsEvent      *event;          /* owned by the parsed file */
  MentorCheckinSeries *series;         /* stored: this series, or an occurrence's series */
  MentorMeeting       *meeting;        /* stored: this meeting or occurrence */
  int                  master;         /* entry of an occurrence's series in the file, or -1 */
  char                *recurrence_id;  /* an occurrence's original start (instant) */
  char                *uid;            /* the UID stored */
  gint64               stored_id;      /* after apply */
} Entry;

struct _MentorIcsPlan
{
  GObject          parent_instance;

  MentorStore     *store;
  MentorIcsParsed *parsed;
  GPtrArray       *entries;      /* Entry */
  GListStore      *items;        /* MentorIcsItem */
  GListStore      *mentorships;  /* MentorMentorship */
  GHashTable      *titles;       /* mentorship id (gint64 *) -> "Mentor → Mentee" */
  GStrv            warnings;
  GHashTable      *occurrences;  /* series key -> set of its occurrences (instants) */
  char            *now;
  gboolean         applied;
};

/* What a calendar says of a meeting: compared, then written. */
typedef struct {
  char                *starts_at;
  char                *tzid;
  guint                duration_min;
  MentorMeetingStatus  status;
  char                *location;
  char                *agenda;
  char                *summary;
  MentorMode           mode;
} MeetingState;

/* What a calendar says of a series. */
typedef struct {
  char       *dtstart;
  char       *tzid;
  guint       duration_min;
  char       *rrule;
  char       *exdates;
  char       *location;
  char       *summary;
  MentorMode  mode;
} SeriesState;

void            mentor_ics_meeting_state_clear       (MeetingState        *state);
void            mentor_ics_meeting_state_from_record (MeetingState        *state,
                                                      MentorMeeting       *meeting);
void            mentor_ics_meeting_state_apply       (MeetingState        *state,
                                                      MentorIcsEvent      *event);
gboolean        mentor_ics_meeting_state_equal       (const MeetingState  *a,
                                                      const MeetingState  *b);
void            mentor_ics_meeting_state_to_record   (const MeetingState  *state,
                                                      MentorMeeting       *meeting);
void            mentor_ics_series_state_clear        (SeriesState         *state);
void            mentor_ics_series_state_from_record  (SeriesState         *state,
                                                      MentorCheckinSeries *series);
void            mentor_ics_series_state_apply        (SeriesState         *state,
                                                      MentorIcsEvent      *event);
gboolean        mentor_ics_series_state_equal        (const SeriesState   *a,
                                                      const SeriesState   *b);
void            mentor_ics_series_state_to_record    (const SeriesState   *state,
                                                      MentorCheckinSeries *series);

/* What apply() does with the entry: its action, or SKIP for one that still
 * has no mentorship. */
MentorIcsAction mentor_ics_entry_action              (MentorIcsPlan       *self,
                                                      Entry               *entry);
/* The terms of an occurrence's series, from the file or the store; FALSE
 * when it has none Mentor can use. */
gboolean        mentor_ics_entry_master_terms        (MentorIcsPlan       *self,
                                                      Entry               *entry,
                                                      const char         **dtstart,
                                                      const char         **tzid,
                                                      const char         **rrule,
                                                      const char         **exdates);

G_END_DECLS
