/* mentor-windows-zones.h — the zone names Windows and Outlook write, as IANA zones
 *
 * Outlook and Exchange name zones the Windows way ("W. Europe Standard Time")
 * in the TZID of the invites they send. Mentor stores IANA zones, so an
 * import maps them with this table: the "001" (default territory) rows of
 * CLDR's windowsZones, written out here as our own table.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The IANA zone for a Windows zone name (compared without regard to case or
 * surrounding spaces), or NULL when the name is not a Windows zone. */
const char *mentor_windows_zone_to_iana   (const char *windows_name);

/* Every IANA zone the table maps to, without repeats, NULL-terminated; the
 * candidates an import tries when it must recognise a zone by its rules. */
const char * const *mentor_windows_zone_targets (void);

/* Number of Windows names in the table. */
guint       mentor_windows_zone_count     (void);

G_END_DECLS
