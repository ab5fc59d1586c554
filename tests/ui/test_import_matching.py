#!/usr/bin/python3
"""A coordinator onboards a program from CSV and matches mentors to mentees.

On a new data file, "Import People…" on the People page's empty state opens
the preview of a spreadsheet export (a byte-order mark, CRLF line ends, a
quoted title with a comma): it counts 4 to add and 1 with problems, and the
problem row says which row it is, that it is a problem and why. "Import 4
People" writes the good rows; the toast says what was done.

Then Matching, under People: the two mentees without a mentor are listed with
their suggestions; the mentor in a mentee's reporting line is flagged as a
conflict of interest. Proposing the best match removes the mentee from the
list; Undo on the toast brings them back; proposing again sticks, and the
mentorship is in the Mentorships view as Proposed. "Suggest a Mentor" in the
person editor proposes for the other mentee, and then every mentee has a
mentor.

Last, "Import Mentorships…" gives one mentor more mentees than their
capacity (a self-pair in the file is refused in the preview, a pair already
matched is skipped), and the People list flags them "Over capacity: 3 of 2".
The file is checked with sqlite3.

The file chooser cannot be driven over AT-SPI: the test names its files in
MENTOR_TEST_IMPORT_PEOPLE and MENTOR_TEST_IMPORT_MENTORSHIPS, the window's
test hook (src/ui/mentor-import-dialog.h), which only picks the file the
preview reads.
"""

import os
import re
import sqlite3

import mentorui as ui
from mentorui import show_view, wait_until

PEOPLE_CSV = (
    "\ufeffname,email,title,department,manager_email,timezone,capacity,offers,seeks\r\n"
    "Grace Hopper,grace@example.com,\"VP, Engineering\",Engineering,,Europe/Berlin,3,"
    "Leadership;Strategic Thinking;Networking,\r\n"
    "Alan Turing,alan@example.com,Staff Engineer,Engineering,grace@example.com,Europe/London,2,"
    "Python;Leadership,\r\n"
    "Ada Lovelace,ada@example.com,Analyst,Finance,,America/New_York,0,,Leadership;Networking\r\n"
    "Bad Email,not-an-email,Analyst,Finance,,,,,\r\n"
    "Katherine Johnson,katherine@example.com,Engineer,Engineering,alan@example.com,,0,,"
    "Leadership;Public Speaking\r\n"
)

MENTORSHIPS_CSV = (
    "mentor_email,mentee_email,kind,status,started_on,cadence_days\n"
    "alan@example.com,katherine@example.com,traditional,active,2026-01-12,14\n"
    "alan@example.com,grace@example.com,reverse,active,2026-02-01,30\n"
    "alan@example.com,ada@example.com,peer,paused,2026-01-20,30\n"
    "alan@example.com,alan@example.com,peer,active,2026-01-20,30\n"
)

PROPOSE_ADA = "Propose Grace Hopper for Ada Lovelace"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def toggle(m, name, scope):
    """A GtkToggleButton: GTK 4.8 gives it the role of a push button."""
    return m.find(None, name, scope=scope,
                  where=lambda n: ui.role_of(n) in ("push button", "toggle button"))


def click_toggle(m, name, scope):
    button = toggle(m, name, scope)
    m.click(button)
    wait_until(lambda: ui.states_of(button) & {"checked", "pressed"}, None,
               "the %r switch to be on" % name)


def preview_rows(m, dialog):
    """The names of the rows the preview shows: "Row N, …"."""
    return [ui.name_of(n) for n in m.find_all(None, re.compile(r"^Row \d+, "), scope=dialog)]


def import_people(m, main):
    m.click(m.find("push button", "Import People…", scope=main))
    dialog = m.window("Import People")

    # The counts, each a figure with its words.
    m.find(None, "4 to add", scope=dialog)
    m.find(None, "0 to update", scope=dialog)
    m.find(None, "1 with problems", scope=dialog)

    # The problem row: its number, who, the word "Problem" and why.
    problem = m.find(None, re.compile(r"^Row 5, Bad Email, not-an-email, Problem: .*not-an-email"),
                     scope=dialog)
    print("problem row: %r" % ui.name_of(problem))
    m.find("label", "Problem", scope=dialog)
    m.find("label", "Row 5", scope=dialog)
    rows = preview_rows(m, dialog)
    assert any(r.startswith("Row 2, Grace Hopper, grace@example.com, Add") for r in rows), rows

    # Only the problems, then everything again.
    only = toggle(m, "Only Problems", dialog)
    m.click(only)
    wait_until(lambda: not m.exists_now(None, re.compile(r"^Row 2, "), scope=dialog), None,
               "the good rows to be hidden by Only Problems")
    m.find(None, re.compile(r"^Row 5, "), scope=dialog)
    m.click(only)
    m.find(None, re.compile(r"^Row 2, "), scope=dialog)

    m.click(m.find("push button", "Import 4 People", scope=dialog))
    m.wait_window_gone("Import People")
    m.find("label", re.compile(r"4 added"), scope=main)


def test(tmp):
    db = os.path.join(tmp, "program.db")
    people_csv = os.path.join(tmp, "hr-export.csv")
    mentorships_csv = os.path.join(tmp, "pairs.csv")
    write(people_csv, PEOPLE_CSV)
    write(mentorships_csv, MENTORSHIPS_CSV)

    m = ui.launch(db, env={"MENTOR_TEST_IMPORT_PEOPLE": people_csv,
                           "MENTOR_TEST_IMPORT_MENTORSHIPS": mentorships_csv})
    main = m.main_window()

    # ---- Import people through the preview --------------------------------
    show_view(m, "People")
    m.find(None, "No People Yet", scope=main)
    import_people(m, main)
    m.wait_gone(None, "No People Yet", scope=main)
    for name in ("Grace Hopper", "Alan Turing", "Ada Lovelace", "Katherine Johnson"):
        m.find("label", name, scope=main)
    assert not m.exists_now("label", "Bad Email", scope=main), "the problem row was imported"

    # ---- Matching ----------------------------------------------------------
    click_toggle(m, "Matching", main)
    m.find("label", "2 mentees without a mentor", scope=main)
    propose = m.find("push button", PROPOSE_ADA, scope=main)
    # Katherine reports to Alan, who reports to Grace: both are flagged.
    conflicts = m.find_all(None, re.compile(r"^(Alan Turing|Grace Hopper)\. .*Conflict of interest"),
                           scope=main)
    flagged = {ui.name_of(n).split(".")[0] for n in conflicts}
    print("flagged: %s" % [ui.name_of(n) for n in conflicts])
    assert flagged == {"Alan Turing", "Grace Hopper"}, \
        "conflicts of interest flagged for %s, not Alan and Grace" % sorted(flagged)
    m.find("label", re.compile(r"^Conflict of interest: "), scope=main)

    # Proposed: Ada leaves the list; Undo brings her back.
    m.click(propose)
    m.find("label", "Proposed Grace Hopper as mentor for Ada Lovelace", scope=main)
    m.wait_gone("push button", PROPOSE_ADA, scope=main)
    m.find("label", "1 mentee without a mentor", scope=main)
    m.click(m.find("push button", "Undo", scope=main))
    m.find("label", "2 mentees without a mentor", scope=main)
    m.click(m.find("push button", PROPOSE_ADA, scope=main))
    m.wait_gone("push button", PROPOSE_ADA, scope=main)
    m.find("label", "1 mentee without a mentor", scope=main)

    show_view(m, "Mentorships")
    m.find(None, re.compile(r"^Grace Hopper → Ada Lovelace, Proposed"), scope=main)

    # ---- Suggest a Mentor, for one person ------------------------------------
    show_view(m, "People")
    click_toggle(m, "People", main)
    m.pointer_click(m.find("label", "Katherine Johnson", scope=main))
    editor = m.window("Edit Person")
    m.click(m.find("push button", "Suggest a Mentor", scope=editor, showing=False))
    suggestions = m.window(re.compile(r"^Mentors for Katherine Johnson"))
    m.find(None, re.compile(r"^Alan Turing\. .*Conflict of interest"), scope=suggestions, showing=False)
    m.click(m.find("push button", "Propose Alan Turing for Katherine Johnson", scope=suggestions,
                   showing=False))
    m.wait_window_gone(re.compile(r"^Mentors for Katherine Johnson"))
    m.find("label", "Proposed Alan Turing as mentor for Katherine Johnson", scope=main)
    m.click(m.find("push button", "Cancel", scope=editor, showing=False))
    m.wait_window_gone("Edit Person")

    click_toggle(m, "Matching", main)
    m.find(None, "Every Mentee Has a Mentor", scope=main)

    # ---- Import mentorships: a mentor above capacity -------------------------
    click_toggle(m, "People", main)
    m.click(m.find("push button", "Main Menu", scope=main))
    m.click(m.find(None, "Import Mentorships…", scope=main, showing=False,
                   where=lambda n: "menu" in ui.role_of(n) or ui.role_of(n) == "push button"))
    dialog = m.window("Import Mentorships")
    m.find(None, "2 to add", scope=dialog)
    m.find(None, "1 with problems", scope=dialog)
    # Alan and Katherine are already matched (proposed above): left out.
    m.find("label", "1 skipped", scope=dialog)
    m.find(None, re.compile(r"^Row 2, .*Skip"), scope=dialog)
    m.find(None, re.compile(r"^Row 5, .*Problem: "), scope=dialog)
    m.click(m.find("push button", "Import 2 Mentorships", scope=dialog))
    m.wait_window_gone("Import Mentorships")
    m.find("label", re.compile(r"2 added"), scope=main, timeout=30)

    m.find("label", "Over capacity: 3 of 2", scope=main)
    m.find(None, re.compile(r"^Alan Turing, Over capacity: 3 of 2"), scope=main)
    assert not m.exists_now("label", re.compile(r"^Over capacity: .* of 3$"), scope=main), \
        "Grace is flagged although she mentors one of three"
    m.quit()

    check_file(db)


def check_file(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        people = {r[0]: r[1:] for r in con.execute(
            "SELECT name, email, title, capacity FROM person")}
        assert set(people) == {"Grace Hopper", "Alan Turing", "Ada Lovelace", "Katherine Johnson"}, \
            "people in the file: %s" % sorted(people)
        assert people["Grace Hopper"] == ("grace@example.com", "VP, Engineering", 3), people["Grace Hopper"]
        manager = con.execute(
            "SELECT m.name FROM person p JOIN person m ON m.id = p.manager_id"
            " WHERE p.name = 'Katherine Johnson'").fetchone()
        assert manager == ("Alan Turing",), "Katherine's manager: %r" % (manager,)
        pairs = set(con.execute(
            "SELECT a.name, b.name, m.status FROM mentorship m"
            " JOIN person a ON a.id = m.mentor_id JOIN person b ON b.id = m.mentee_id"))
        expected = {
            ("Grace Hopper", "Ada Lovelace", "proposed"),
            ("Alan Turing", "Katherine Johnson", "proposed"),
            ("Alan Turing", "Grace Hopper", "active"),
            ("Alan Turing", "Ada Lovelace", "paused"),
        }
        assert expected <= pairs, "mentorships in the file: %s" % sorted(pairs)
    finally:
        con.close()


if __name__ == "__main__":
    ui.run(test)
