#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_APPLICATION (mentor_application_get_type ())
G_DECLARE_FINAL_TYPE (MentorApplication, mentor_application, MENTOR, APPLICATION, AdwApplication)

MentorApplication *mentor_application_new (void);

G_END_DECLS
