/* mentor-types.c — enumerations of the domain, their stored words and labels */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mentor-types.h"

static const char * const kind_words[] = { "traditional", "reverse", "peer" };
static const char * const kind_labels[] = { N_("Traditional"), N_("Reverse"), N_("Peer") };

static const char * const status_words[] = {
  "proposed", "active", "paused", "completed", "ended",
};
static const char * const status_labels[] = {
  N_("Proposed"), N_("Active"), N_("Paused"), N_("Completed"), N_("Ended"),
};

static const char * const mode_words[] = { "video", "phone", "in_person", "chat" };
static const char * const mode_labels[] = {
  N_("Video"), N_("Phone"), N_("In Person"), N_("Chat"),
};

static const char * const goal_status_words[] = { "open", "achieved", "dropped" };
static const char * const goal_status_labels[] = {
  N_("Open"), N_("Achieved"), N_("Dropped"),
};

static const char * const meeting_status_words[] = {
  "scheduled", "held", "cancelled", "missed",
};
static const char * const meeting_status_labels[] = {
  N_("Scheduled"), N_("Held"), N_("Cancelled"), N_("Missed"),
};

static const char * const skill_kind_words[] = { "offers", "seeks" };
static const char * const owner_words[] = { "mentor", "mentee" };

static const char * const focus_area_msgids[] = {
  N_("Emotional Intelligence"),
  N_("Leadership"),
  N_("Networking"),
  N_("Organizational Politics"),
  N_("Communication"),
  N_("Strategic Thinking"),
  N_("Career Advancement"),
};

static gboolean
word_lookup (const char * const *words,
             guint               n_words,
             const char         *word,
             guint              *out)
{
  if (word == NULL)
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    {
      if (strcmp (words[i], word) == 0)
        {
          if (out != NULL)
            *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_WORDS(prefix, Type, words, labels, n)                     \
  const char *                                                          \
  prefix##_to_string (Type value)                                       \
  {                                                                     \
    g_return_val_if_fail ((guint) value < (n), NULL);                   \
    return words[value];                                                \
  }                                                                     \
                                                                        \
  gboolean                                                              \
  prefix##_from_string (const char *word,                               \
                        Type       *out)                                \
  {                                                                     \
    guint i;                                                            \
                                                                        \
    if (!word_lookup (words, (n), word, &i))                            \
      return FALSE;                                                     \
    if (out != NULL)                                                    \
      *out = (Type) i;                                                  \
    return TRUE;                                                        \
  }                                                                     \
                                                                        \
  const char *                                                          \
  prefix##_to_label (Type value)                                        \
  {                                                                     \
    g_return_val_if_fail ((guint) value < (n), NULL);                   \
    return _(labels[value]);                                            \
  }

G_STATIC_ASSERT (G_N_ELEMENTS (kind_words) == MENTOR_N_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (status_words) == MENTOR_N_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (mode_words) == MENTOR_N_MODES);
G_STATIC_ASSERT (G_N_ELEMENTS (goal_status_words) == MENTOR_N_GOAL_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (meeting_status_words) == MENTOR_N_MEETING_STATUSES);

DEFINE_WORDS (mentor_kind, MentorKind, kind_words, kind_labels, MENTOR_N_KINDS)
DEFINE_WORDS (mentor_status, MentorStatus, status_words, status_labels, MENTOR_N_STATUSES)
DEFINE_WORDS (mentor_mode, MentorMode, mode_words, mode_labels, MENTOR_N_MODES)
DEFINE_WORDS (mentor_goal_status, MentorGoalStatus, goal_status_words,
              goal_status_labels, MENTOR_N_GOAL_STATUSES)
DEFINE_WORDS (mentor_meeting_status, MentorMeetingStatus, meeting_status_words,
              meeting_status_labels, MENTOR_N_MEETING_STATUSES)

gboolean
mentor_status_can_change (MentorStatus from,
                          MentorStatus to)
{
  g_return_val_if_fail (from < MENTOR_N_STATUSES, FALSE);
  g_return_val_if_fail (to < MENTOR_N_STATUSES, FALSE);

  switch (from)
    {
    case MENTOR_STATUS_PROPOSED:
      return to == MENTOR_STATUS_ACTIVE || to == MENTOR_STATUS_ENDED;

    case MENTOR_STATUS_ACTIVE:
      return to == MENTOR_STATUS_PAUSED ||
             to == MENTOR_STATUS_COMPLETED ||
             to == MENTOR_STATUS_ENDED;

    case MENTOR_STATUS_PAUSED:
      return to == MENTOR_STATUS_ACTIVE ||
             to == MENTOR_STATUS_COMPLETED ||
             to == MENTOR_STATUS_ENDED;

    case MENTOR_STATUS_COMPLETED:
    case MENTOR_STATUS_ENDED:
    case MENTOR_N_STATUSES:
    default:
      /* Closed relationships are history: they never reopen. */
      return FALSE;
    }
}

const char *
mentor_skill_kind_to_string (MentorSkillKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (skill_kind_words), NULL);
  return skill_kind_words[kind];
}

const char *
mentor_owner_to_string (MentorOwner owner)
{
  g_return_val_if_fail ((guint) owner < G_N_ELEMENTS (owner_words), NULL);
  return owner_words[owner];
}

gboolean
mentor_owner_from_string (const char  *word,
                          MentorOwner *out)
{
  guint i;

  if (!word_lookup (owner_words, G_N_ELEMENTS (owner_words), word, &i))
    return FALSE;
  if (out != NULL)
    *out = (MentorOwner) i;
  return TRUE;
}

const char * const *
mentor_standard_focus_areas (void)
{
  static const char **areas = NULL;

  /* Translated once: the language does not change while Mentor runs. */
  if (g_once_init_enter (&areas))
    {
      const char **tmp = g_new0 (const char *, G_N_ELEMENTS (focus_area_msgids) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (focus_area_msgids); i++)
        tmp[i] = _(focus_area_msgids[i]);

      g_once_init_leave (&areas, tmp);
    }

  return areas;
}

/* Reads exactly n ASCII digits at s. */
static gboolean
parse_digits (const char *s,
              guint       n,
              guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (guint) (s[i] - '0');
    }

  *out = value;
  return TRUE;
}

static gboolean
parse_date (const char *s,
            guint      *year,
            guint      *month,
            guint      *day)
{
  if (!parse_digits (s, 4, year) || s[4] != '-' ||
      !parse_digits (s + 5, 2, month) || s[7] != '-' ||
      !parse_digits (s + 8, 2, day))
    return FALSE;

  if (*year < 1 || *month < 1 || *month > 12 || *day < 1)
    return FALSE;

  return g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

static gboolean
parse_time (const char *s)
{
  guint hour, minute, second;

  if (!parse_digits (s, 2, &hour) || s[2] != ':' ||
      !parse_digits (s + 3, 2, &minute) || s[5] != ':' ||
      !parse_digits (s + 6, 2, &second))
    return FALSE;

  return hour < 24 && minute < 60 && second < 60;
}

gboolean
mentor_date_is_valid (const char *date)
{
  guint y, m, d;

  if (date == NULL || strlen (date) != 10)
    return FALSE;

  return parse_date (date, &y, &m, &d);
}

gboolean
mentor_instant_is_valid (const char *instant)
{
  guint y, m, d;

  if (instant == NULL || strlen (instant) != 20)
    return FALSE;

  return parse_date (instant, &y, &m, &d) &&
         instant[10] == 'T' &&
         parse_time (instant + 11) &&
         instant[19] == 'Z';
}

gboolean
mentor_local_time_is_valid (const char *local)
{
  guint y, m, d;

  if (local == NULL || strlen (local) != 19)
    return FALSE;

  return parse_date (local, &y, &m, &d) &&
         local[10] == 'T' &&
         parse_time (local + 11);
}

static GHashTable *known_zones; /* zone names found valid, never freed */
G_LOCK_DEFINE_STATIC (known_zones);

gboolean
mentor_timezone_is_valid (const char *tzid)
{
  g_autoptr(GTimeZone) tz = NULL;

  if (tzid == NULL || *tzid == '\0' || strlen (tzid) > 64)
    return FALSE;

  /* Only zone names: no offsets ("+02:00"), no paths that would let the
   * lookup wander out of the zoneinfo folder. */
  if (!g_ascii_isalpha (tzid[0]) || strstr (tzid, "..") != NULL || strstr (tzid, "//") != NULL)
    return FALSE;

  for (const char *p = tzid; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '/' && *p != '_' && *p != '-' && *p != '+')
        return FALSE;
    }

  if (tzid[strlen (tzid) - 1] == '/')
    return FALSE;

  /* Reading a zone parses its tzdata file every time; a program has a handful
   * of zones and checks them on every save, so the known ones are kept. */
  G_LOCK (known_zones);
  if (known_zones != NULL && g_hash_table_contains (known_zones, tzid))
    {
      G_UNLOCK (known_zones);
      return TRUE;
    }
  G_UNLOCK (known_zones);

  /* GLib also reads POSIX TZ strings ("UTC+2", "CET-1CEST"): only names
   * with a tzdata file of their own are zones. */
  {
    const char *tzdir = g_getenv ("TZDIR");
    g_autofree char *file = g_build_filename (tzdir != NULL && *tzdir != '\0' ? tzdir : "/usr/share/zoneinfo",
                                              tzid, NULL);

    if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
      return FALSE;
  }

  tz = g_time_zone_new_identifier (tzid);
  if (tz == NULL)
    return FALSE;

  G_LOCK (known_zones);
  if (known_zones == NULL)
    known_zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (known_zones, g_strdup (tzid));
  G_UNLOCK (known_zones);
  return TRUE;
}

char *
mentor_today (void)
{
  const char *fixed = g_getenv ("MENTOR_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && mentor_date_is_valid (fixed))
    return g_strdup (fixed);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
mentor_date_add_days (const char *date,
                      int         days)
{
  guint y, m, d;
  GDate g;

  g_return_val_if_fail (mentor_date_is_valid (date), NULL);

  parse_date (date, &y, &m, &d);
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  if (days >= 0)
    g_date_add_days (&g, (guint) days);
  else
    g_date_subtract_days (&g, (guint) -days);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (&g),
                          (guint) g_date_get_month (&g),
                          (guint) g_date_get_day (&g));
}

int
mentor_date_days_between (const char *from,
                          const char *to)
{
  guint y, m, d;
  GDate a, b;

  g_return_val_if_fail (mentor_date_is_valid (from), 0);
  g_return_val_if_fail (mentor_date_is_valid (to), 0);

  parse_date (from, &y, &m, &d);
  g_date_clear (&a, 1);
  g_date_set_dmy (&a, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  parse_date (to, &y, &m, &d);
  g_date_clear (&b, 1);
  g_date_set_dmy (&b, (GDateDay) d, (GDateMonth) m, (GDateYear) y);

  return g_date_days_between (&a, &b);
}

char *
mentor_date_to_label (const char *date)
{
  g_autoptr(GDateTime) when = NULL;
  guint y, m, d;

  g_return_val_if_fail (mentor_date_is_valid (date), NULL);

  parse_date (date, &y, &m, &d);
  when = g_date_time_new_utc ((int) y, (int) m, (int) d, 12, 0, 0);
  /* TRANSLATORS: a date as people read it, for g_date_time_format(); "%-e" is
   * the day without padding, "%b" the short month name, "%Y" the year. */
  return g_date_time_format (when, _("%-e %b %Y"));
}

gboolean
mentor_email_is_valid (const char *email)
{
  const char *at;
  const char *domain;
  g_auto(GStrv) labels = NULL;

  if (email == NULL || *email == '\0' || strlen (email) > 254)
    return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || at - email > 64)
    return FALSE;

  for (const char *p = email; *p; p++)
    {
      if ((guchar) *p <= ' ' || strchr ("<>()[]\\,;:\"", *p) != NULL)
        return FALSE;
    }

  domain = at + 1;
  if (strchr (domain, '.') == NULL)
    return FALSE;

  labels = g_strsplit (domain, ".", -1);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize len = strlen (labels[i]);

      if (len == 0 || len > 63 || labels[i][0] == '-' || labels[i][len - 1] == '-')
        return FALSE;
    }

  /* Dots at either end or doubled in the local part are not allowed either. */
  if (email[0] == '.' || at[-1] == '.' || strstr (email, "..") != NULL)
    return FALSE;

  return TRUE;
}
