/* mentor-types.h — enumerations of the domain and their stored words
 *
 * The lower-case words are the ones the data file holds (DESIGN.md, "The data
 * file"); labels are the translated words the UI shows.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MENTOR_KIND_TRADITIONAL,
  MENTOR_KIND_REVERSE,
  MENTOR_KIND_PEER,
  MENTOR_N_KINDS
} MentorKind;

typedef enum {
  MENTOR_STATUS_PROPOSED,
  MENTOR_STATUS_ACTIVE,
  MENTOR_STATUS_PAUSED,
  MENTOR_STATUS_COMPLETED,
  MENTOR_STATUS_ENDED,
  MENTOR_N_STATUSES
} MentorStatus;

typedef enum {
  MENTOR_MODE_VIDEO,
  MENTOR_MODE_PHONE,
  MENTOR_MODE_IN_PERSON,
  MENTOR_MODE_CHAT,
  MENTOR_N_MODES
} MentorMode;

typedef enum {
  MENTOR_GOAL_OPEN,
  MENTOR_GOAL_ACHIEVED,
  MENTOR_GOAL_DROPPED,
  MENTOR_N_GOAL_STATUSES
} MentorGoalStatus;

typedef enum {
  MENTOR_MEETING_SCHEDULED,
  MENTOR_MEETING_HELD,
  MENTOR_MEETING_CANCELLED,
  MENTOR_MEETING_MISSED,
  MENTOR_N_MEETING_STATUSES
} MentorMeetingStatus;

typedef enum {
  MENTOR_SKILL_OFFERS,
  MENTOR_SKILL_SEEKS,
} MentorSkillKind;

typedef enum {
  MENTOR_OWNER_MENTOR,
  MENTOR_OWNER_MENTEE,
} MentorOwner;

/* Stored words ("traditional", "in_person", …); from_string returns FALSE on an
 * unknown word and leaves *out alone. */
const char *mentor_kind_to_string           (MentorKind kind);
gboolean    mentor_kind_from_string         (const char *word, MentorKind *out);
const char *mentor_kind_to_label            (MentorKind kind);

const char *mentor_status_to_string         (MentorStatus status);
gboolean    mentor_status_from_string       (const char *word, MentorStatus *out);
const char *mentor_status_to_label          (MentorStatus status);
/* TRUE when the lifecycle allows from -> to (DESIGN.md: proposed -> active <-> paused
 * -> completed, or ended early from any open status). */
gboolean    mentor_status_can_change        (MentorStatus from, MentorStatus to);

const char *mentor_mode_to_string           (MentorMode mode);
gboolean    mentor_mode_from_string         (const char *word, MentorMode *out);
const char *mentor_mode_to_label            (MentorMode mode);

const char *mentor_goal_status_to_string    (MentorGoalStatus status);
gboolean    mentor_goal_status_from_string  (const char *word, MentorGoalStatus *out);
const char *mentor_goal_status_to_label     (MentorGoalStatus status);

const char *mentor_meeting_status_to_string   (MentorMeetingStatus status);
gboolean    mentor_meeting_status_from_string (const char *word, MentorMeetingStatus *out);
const char *mentor_meeting_status_to_label    (MentorMeetingStatus status);

const char *mentor_skill_kind_to_string     (MentorSkillKind kind);
const char *mentor_owner_to_string          (MentorOwner owner);
gboolean    mentor_owner_from_string        (const char *word, MentorOwner *out);

/* The focus areas DESIGN.md names, as translated labels, NULL-terminated. */
const char * const *mentor_standard_focus_areas (void);

/* Dates are "YYYY-MM-DD", instants "YYYY-MM-DDTHH:MM:SSZ"; both strictly checked
 * (month 13 and 30 February are refused). NULL is not valid. */
gboolean    mentor_date_is_valid            (const char *date);
gboolean    mentor_instant_is_valid         (const char *instant);
/* Today in the local zone as "YYYY-MM-DD"; tests set MENTOR_TODAY to fix it. */
char       *mentor_today                    (void);

/* A local wall time "YYYY-MM-DDTHH:MM:SS" (as a series' dtstart), strictly checked. */
gboolean    mentor_local_time_is_valid      (const char *local);
/* TRUE for an address of the form local@domain.tld, as people type them. */
gboolean    mentor_email_is_valid           (const char *email);
/* TRUE for a known IANA zone name ("Europe/Berlin"); offsets and paths are refused. */
gboolean    mentor_timezone_is_valid        (const char *tzid);
/* The valid date `days` days after (or before, when negative) `date`. */
char       *mentor_date_add_days            (const char *date,
                                             int         days);
/* Days from `from` to `to` (negative when to is earlier); both valid dates. */
int         mentor_date_days_between        (const char *from,
                                             const char *to);
/* A date as people read it, "12 Mar 2026" in English (translated format). */
char       *mentor_date_to_label            (const char *date);

G_END_DECLS
