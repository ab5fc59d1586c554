/* mentor-tag-entry.h — a list of short words (skills, focus areas) as tags
 *
 * Tags show as small pills, each with a button "Remove <tag>", above an entry
 * whose accessible name is the title. Enter or a comma turns the typed text
 * into tags (split on commas, trimmed, no duplicates ignoring case).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MENTOR_TYPE_TAG_ENTRY (mentor_tag_entry_get_type ())
G_DECLARE_FINAL_TYPE (MentorTagEntry, mentor_tag_entry, MENTOR, TAG_ENTRY, GtkWidget)

/* Properties: "title" (string, construct-only: the entry's accessible name),
 * "tags" (GStrv, the committed tags).
 * Signals: "changed" (no arguments): what mentor_tag_entry_get_tags() returns
 * may have changed (a tag added or removed, or text typed). */

GtkWidget  *mentor_tag_entry_new             (const char         *title);
void        mentor_tag_entry_set_tags        (MentorTagEntry     *self,
                                              const char * const *tags);
/* The tags plus any text still typed in the entry (split on commas), so that
 * saving never loses what was typed. Free with g_strfreev(). */
char      **mentor_tag_entry_get_tags        (MentorTagEntry     *self);
/* Words offered as one-click additions (those not already chosen). */
void        mentor_tag_entry_set_suggestions (MentorTagEntry     *self,
                                              const char * const *words);

G_END_DECLS
