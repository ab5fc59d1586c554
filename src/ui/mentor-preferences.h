/* mentor-preferences.h — the preferences window */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_PREFERENCES (mentor_preferences_get_type ())
G_DECLARE_FINAL_TYPE (MentorPreferences, mentor_preferences, MENTOR, PREFERENCES, AdwPreferencesWindow)

/* Properties: "settings" (GSettings of com.example.Mentor, construct-only). */

GtkWidget *mentor_preferences_new (GSettings *settings);

G_END_DECLS
