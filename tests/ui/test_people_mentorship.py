#!/usr/bin/python3
"""The Foundation scenario through the real window, on a new data file:

the People empty state; two people added with the editor (names, emails, job
titles, a time zone, skills as tags); both in the list; search finds one and
hides the other; a mentorship between them created on the Mentorships page,
found in the list as Proposed, moved Active → Paused → Active; deleted and
brought back with Undo on the toast. Then the app is closed and started again
on the same file: everything is still there. Last, the file itself is read
with sqlite3 (read-only).
"""

import os
import re
import sqlite3
import stat

import mentorui as ui
from mentorui import field, show_view, add_tags

ALICE = {
    "Name": "Alice Smith",
    "Email": "alice.smith@example.com",
    "Job Title": "Engineering Director",
    "Organization": "Example Corp",
    "Department": "Platform",
    "Time Zone": "Europe/Berlin",
}
BOB = {
    "Name": "Bob Jones",
    "Email": "bob.jones@example.com",
    "Job Title": "Software Engineer",
    "Organization": "Example Corp",
    "Time Zone": "America/New_York",
}
PAIR = "Alice Smith → Bob Jones"
EXPECTATIONS = "We meet every two weeks for an hour.\nWhat we say stays between us."


def row_name(status):
    return "%s, %s" % (PAIR, status)


def add_person(m, fields, offers=None, seeks_typed=None, capacity=None):
    """Fills the person editor and presses Add. offers: tags entered with
    Enter; seeks_typed: text left typed in "Development Areas" (never Enter),
    which Save must keep as tags all the same."""
    main = m.main_window()
    m.click(m.find("push button", "Add Person", scope=main))
    editor = m.window("New Person")
    for title, value in fields.items():
        m.set_text(field(m, title, editor), value)
    if capacity is not None:
        m.set_value(m.find("spin button", "Capacity", scope=editor), capacity)
    if offers:
        add_tags(m, "Skills Offered", offers, scope=editor)
    if seeks_typed:
        m.set_text(field(m, "Development Areas", editor), seeks_typed)
    # Nothing was lost while moving between fields.
    for title, value in fields.items():
        got = ui.text_of(field(m, title, editor))
        assert got == value, "the editor's %r holds %r instead of %r" % (title, got, value)
    m.click(m.find("push button", "Add", scope=editor))
    m.wait_window_gone("New Person")


def person_row_shown(m, name, subtitle=None):
    main = m.main_window()
    m.find("label", name, scope=main)
    if subtitle:
        m.find("label", subtitle, scope=main)


def test(tmp):
    db = os.path.join(tmp, "program", "mentor.db")
    os.makedirs(os.path.dirname(db))
    m = ui.launch(db)
    main = m.main_window()

    # A new file: both views invite the first step.
    show_view(m, "Mentorships")
    m.find(None, "No Mentorships Yet", scope=main)
    show_view(m, "People")
    m.find(None, "No People Yet", scope=main)
    m.find("push button", "Try with Sample Data", scope=main)

    # Two people through the editor.
    add_person(m, ALICE, offers="Leadership, Strategic Thinking", capacity=3)
    m.wait_gone(None, "No People Yet", scope=main)
    person_row_shown(m, "Alice Smith", "Engineering Director · Example Corp")
    add_person(m, BOB, offers="Python", seeks_typed="Leadership")
    person_row_shown(m, "Bob Jones", "Software Engineer · Example Corp")
    person_row_shown(m, "Alice Smith")

    # Search finds one and hides the other.
    search = m.find("entry", "Search People", scope=main, showing=False)
    if not m.is_showing(search):
        m.press_key(ord("f"), ui.MOD_CONTROL)
        search = m.find("entry", "Search People", scope=main)
    m.set_text(search, "alice")
    m.wait_gone("label", "Bob Jones", scope=main)
    m.find("label", "Alice Smith", scope=main)
    m.set_text(search, "Software")  # the job title counts too
    m.wait_gone("label", "Alice Smith", scope=main)
    m.find("label", "Bob Jones", scope=main)
    m.set_text(search, "")
    person_row_shown(m, "Alice Smith")
    person_row_shown(m, "Bob Jones")

    # A mentorship between them.
    show_view(m, "Mentorships")
    m.find(None, "No Mentorships Yet", scope=main)
    assert not m.find_all("push button", "Try with Sample Data", scope=main,
                          where=lambda n: "sensitive" in ui.states_of(n)), \
        "'Try with Sample Data' is offered although the file holds people"
    m.click(m.find("push button", "New Mentorship", scope=main))
    m.choose(m.find("combo box", "Mentor", scope=main), "Alice Smith")
    m.choose(m.find("combo box", "Mentee", scope=main), "Bob Jones")
    kind = m.find("combo box", "Kind", scope=main)
    m.choose(kind, "Peer")  # away from the default and back: the row answers both ways
    m.choose(kind, "Traditional")
    m.choose(m.find("combo box", "Mode", scope=main), "In Person")
    m.set_text(field(m, "Start Date", main), "2026-03-12")
    m.set_value(m.find("spin button", "Cadence in Days", scope=main), 14)
    add_tags(m, "Focus Areas", "Leadership", scope=main)
    m.set_text(field(m, "Expectations", main), EXPECTATIONS)
    m.click(m.find("push button", "Create", scope=main))

    row = m.find(None, row_name("Proposed"), scope=main)
    m.find("label", re.compile(r"^Traditional · Since 12 Mar 2026$"), scope=main)
    m.select_row(row, check=lambda: m.exists_now("push button", "Activate", scope=main))

    # Through the lifecycle: only the allowed moves are offered.
    assert not m.exists_now("push button", "Resume", scope=main), "'Resume' offered for a proposed one"
    m.click(m.find("push button", "Activate", scope=main))
    m.find(None, row_name("Active"), scope=main)
    m.find("push button", "Pause", scope=main)
    m.wait_gone("push button", "Activate", scope=main)
    assert not m.exists_now("push button", "Resume", scope=main), "'Resume' offered for an active one"
    m.click(m.find("push button", "Pause", scope=main))
    m.find(None, row_name("Paused"), scope=main)
    m.wait_gone("push button", "Pause", scope=main)
    m.click(m.find("push button", "Resume", scope=main))
    m.find(None, row_name("Active"), scope=main)
    m.find("push button", "Pause", scope=main)

    # Delete, then Undo on the toast.
    m.click(m.find("push button", "Delete Mentorship", scope=main))
    m.wait_gone(None, re.compile("^" + re.escape(PAIR + ",")), scope=main)
    m.find("label", "Mentorship deleted", scope=main)
    m.click(m.find("push button", "Undo", scope=main))
    m.find(None, row_name("Active"), scope=main)

    # Deleted again, brought back with Ctrl+Z this time (the toast's Undo).
    m.select_row(m.find(None, row_name("Active"), scope=main),
                 check=lambda: m.exists_now("push button", "Delete Mentorship", scope=main))
    m.click(m.find("push button", "Delete Mentorship", scope=main))
    m.wait_gone(None, re.compile("^" + re.escape(PAIR + ",")), scope=main)
    m.find("push button", "Undo", scope=main)
    m.press_key(ord("z"), ui.MOD_CONTROL)
    m.find(None, row_name("Active"), scope=main)

    # Closed and opened again: all of it is in the file.
    m.quit()
    m = ui.launch(db)
    main = m.main_window()
    show_view(m, "Mentorships")
    m.find(None, row_name("Active"), scope=main)
    show_view(m, "People")
    person_row_shown(m, "Alice Smith", "Engineering Director · Example Corp")
    person_row_shown(m, "Bob Jones", "Software Engineer · Example Corp")
    m.quit()

    check_file(db)


def check_file(db):
    mode = stat.S_IMODE(os.stat(db).st_mode)
    assert mode == 0o600, "the data file has mode %o, not 600" % mode
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        people = {r[0]: r for r in con.execute(
            "SELECT name, id, email, title, organization, timezone, capacity FROM person")}
        assert set(people) == {"Alice Smith", "Bob Jones"}, "people in the file: %s" % sorted(people)
        alice, bob = people["Alice Smith"], people["Bob Jones"]
        assert alice[2:6] == (ALICE["Email"], ALICE["Job Title"], ALICE["Organization"],
                              ALICE["Time Zone"]), "Alice's row: %r" % (alice,)
        assert alice[6] == 3, "Alice's capacity is %r, not 3" % (alice[6],)
        assert bob[2:6] == (BOB["Email"], BOB["Job Title"], BOB["Organization"],
                            BOB["Time Zone"]), "Bob's row: %r" % (bob,)

        skills = set(con.execute(
            "SELECT p.name, s.name, s.kind FROM person_skill s JOIN person p ON p.id = s.person_id"))
        for expected in [("Alice Smith", "Leadership", "offers"),
                         ("Alice Smith", "Strategic Thinking", "offers"),
                         ("Bob Jones", "Python", "offers"),
                         ("Bob Jones", "Leadership", "seeks")]:
            assert expected in skills, "skill %r missing from the file: %s" % (expected, sorted(skills))

        rows = con.execute(
            "SELECT mentor_id, mentee_id, kind, status, started_on, cadence_days, mode, expectations"
            " FROM mentorship").fetchall()
        assert len(rows) == 1, "mentorships in the file: %r" % (rows,)
        mentor_id, mentee_id, kind, status, started_on, cadence, mode_word, expectations = rows[0]
        assert (mentor_id, mentee_id) == (alice[1], bob[1]), \
            "the mentorship joins ids %r → %r, not Alice (%r) → Bob (%r)" % (
                mentor_id, mentee_id, alice[1], bob[1])
        assert status == "active", "the mentorship's status in the file is %r, not 'active'" % status
        assert kind == "traditional", "kind %r" % kind
        assert mode_word == "in_person", "mode %r" % mode_word
        assert started_on == "2026-03-12", "started_on %r" % started_on
        assert cadence == 14, "cadence_days %r" % cadence
        assert expectations == EXPECTATIONS, "expectations %r" % expectations
    finally:
        con.close()


if __name__ == "__main__":
    ui.run(test)
