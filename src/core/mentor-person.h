/* mentor-person.h — a person in the program
 *
 * Records are plain GObjects with properties; the store fills them and writes
 * them back. Editing a record changes nothing until mentor_store_save_person().
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_PERSON (mentor_person_get_type ())
G_DECLARE_FINAL_TYPE (MentorPerson, mentor_person, MENTOR, PERSON, GObject)

/* Properties: "id" (gint64, 0 until stored), "name", "email", "title",
 * "organization", "department" (strings, never NULL: "" when unset),
 * "manager-id" (gint64, 0 for none), "timezone" (IANA name, "" for unset),
 * "capacity" (guint, mentees they can take), "archived" (gboolean),
 * "offers" and "seeks" (GStrv: skills offered, development areas sought). */

MentorPerson       *mentor_person_new              (void);
/* A deep copy, for editors that may be cancelled. */
MentorPerson       *mentor_person_copy             (MentorPerson *self);

gint64              mentor_person_get_id           (MentorPerson *self);
const char         *mentor_person_get_name         (MentorPerson *self);
void                mentor_person_set_name         (MentorPerson *self, const char *name);
const char         *mentor_person_get_email        (MentorPerson *self);
void                mentor_person_set_email        (MentorPerson *self, const char *email);
const char         *mentor_person_get_title        (MentorPerson *self);
void                mentor_person_set_title        (MentorPerson *self, const char *title);
const char         *mentor_person_get_organization (MentorPerson *self);
void                mentor_person_set_organization (MentorPerson *self, const char *organization);
const char         *mentor_person_get_department   (MentorPerson *self);
void                mentor_person_set_department   (MentorPerson *self, const char *department);
gint64              mentor_person_get_manager_id   (MentorPerson *self);
void                mentor_person_set_manager_id   (MentorPerson *self, gint64 manager_id);
const char         *mentor_person_get_timezone     (MentorPerson *self);
void                mentor_person_set_timezone     (MentorPerson *self, const char *timezone);
guint               mentor_person_get_capacity     (MentorPerson *self);
void                mentor_person_set_capacity     (MentorPerson *self, guint capacity);
gboolean            mentor_person_get_archived     (MentorPerson *self);
const char * const *mentor_person_get_offers       (MentorPerson *self);
void                mentor_person_set_offers       (MentorPerson *self, const char * const *offers);
const char * const *mentor_person_get_seeks        (MentorPerson *self);
void                mentor_person_set_seeks        (MentorPerson *self, const char * const *seeks);

G_END_DECLS
