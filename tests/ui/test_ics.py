#!/usr/bin/python3
"""An Outlook invite opened with Mentor lands in the right mentorship.

The sample program's data file is opened with an .ics file on the command
line, as a file manager or mail client does ("Open With Mentor",
G_APPLICATION_HANDLES_OPEN): the "Import Invites" preview lists the weekly
Outlook series of Fatima Al-Sayed and Aiko Tanaka (matched by their emails,
Windows zone name and all) with its moved occurrence, and a Google event
between two strangers that no mentorship matches. Giving the unmatched
events to Fatima and Aiko in "Events No Mentorship Matches" makes all three
importable; "Import 3 Events" writes them and the toast says so. Opened
again, the same file finds everything unchanged and offers nothing to import.
The data file is checked with sqlite3.
"""

import os
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import wait_until

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interop", "fixtures")
OUTLOOK_UID = "040000008200E00074C5B7101A82E008000000009012A4B1E6A8DA01000000000000000010000000F3A1"
PAIR = "Fatima Al-Sayed → Aiko Tanaka"


def invite(path):
    """Outlook's series for the sample program's people, and Google's one-off."""
    with open(os.path.join(FIXTURES, "outlook.ics"), newline="") as f:
        outlook = f.read()
    with open(os.path.join(FIXTURES, "google.ics"), newline="") as f:
        google = f.read()
    outlook = (outlook.replace("ana@example.com", "fatima.alsayed@northwind.example")
               .replace("ben@example.com", "aiko.tanaka@northwind.example"))
    extra = google[google.index("BEGIN:VEVENT\r\nDTSTART:20260325T170000Z"):]
    with open(path, "w", newline="") as f:
        f.write(outlook.replace("END:VCALENDAR\r\n", "") + extra)


def rows_of(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        return con.execute(
            "SELECT 'series', s.uid, p1.name || ' → ' || p2.name FROM checkin_series s"
            " JOIN mentorship m ON m.id = s.mentorship_id"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE s.uid LIKE '%@google.com' OR s.uid = ?1"
            " UNION ALL "
            "SELECT 'meeting', g.uid, p1.name || ' → ' || p2.name FROM meeting g"
            " JOIN mentorship m ON m.id = g.mentorship_id"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE g.uid LIKE '%@google.com' OR g.uid = ?1 ORDER BY 1, 2",
            (OUTLOOK_UID,)).fetchall()
    finally:
        con.close()


def test(tmp):
    db = os.path.join(tmp, "program.db")
    path = os.path.join(tmp, "invite.ics")
    invite(path)
    subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"], check=True,
                   env=ui.Mentor.environment(), capture_output=True)

    m = ui.launch(db, args=[path])
    main = m.main_window()
    dialog = m.window("Import Invites")
    m.find("label", "3 events: 2 new, 1 left out.", scope=dialog)
    m.find(None, re.compile(r"^Mentoring: Ana / Ben, Repeating · Weekly on Tuesday at 16:00"), scope=dialog)
    m.find(None, re.compile(r"^Mentoring: Ana / Ben, One occurrence · "), scope=dialog)
    m.find(None, re.compile(r"^Extra session, .*Left Out$"), scope=dialog)
    m.find("label", re.compile(r"^No mentorship matches its people \(organizer cy@example\.org; "
                               r"attendees dee@example\.org\)"), scope=dialog)

    m.choose(m.find(None, "Events No Mentorship Matches", scope=dialog), PAIR)
    m.find("label", "3 events: 3 new.", scope=dialog)
    m.click(m.find("push button", "Import 3 Events", scope=dialog))
    m.wait_window_gone("Import Invites")
    m.find("label", "Imported invite.ics: 3 added, 0 updated, 0 unchanged, 0 cancelled, 0 left out",
           scope=main)

    rows = rows_of(db)
    print("rows: %s" % rows)
    assert rows == [
        ("meeting", OUTLOOK_UID, PAIR),
        ("meeting", "0a1b2c3d4e5f6g7h8i9j@google.com", PAIR),
        ("series", OUTLOOK_UID, PAIR),
    ], rows
    m.quit()

    # The same file again: nothing to do.
    m = ui.launch(db, args=[path])
    dialog = m.window("Import Invites")
    m.find("label", "3 events: 3 unchanged.", scope=dialog)
    # An insensitive widget is not picked: look for it whether shown or not.
    button = m.find("push button", "Import", scope=dialog, showing=False)
    wait_until(lambda: "sensitive" not in ui.states_of(button), None, "Import to be unavailable")
    m.click(m.find("push button", "Cancel", scope=dialog))
    m.wait_window_gone("Import Invites")
    assert rows_of(db) == rows


if __name__ == "__main__":
    ui.run(test)
