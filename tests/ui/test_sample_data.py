#!/usr/bin/python3
"""Sample data from the empty state, then filtering and searching the list.

On an empty (zero-byte) data file, "Try with Sample Data" fills the program:
the Mentorships list shows several rows with different statuses; "Filter by
Status" set to Completed shows only the completed ones (as many as the file
holds); "Search Mentorships" with the name of someone in a single mentorship
narrows the list to that one; a search that matches nothing says so.
"""

import os
import re
import sqlite3

import mentorui as ui
from mentorui import show_view, wait_until

STATUSES = ("Proposed", "Active", "Paused", "Completed", "Ended")
# "<Mentor> → <Mentee>, <Status>" (GTK 4.8 may append the row's own labels).
ROW = re.compile(r"^(?P<mentor>.+?) → (?P<mentee>.+?), (?P<status>%s)(?: |$)" % "|".join(STATUSES))


def shown_rows(m, scope):
    rows = []
    for node in m.find_all(None, ROW, scope=scope):
        # The list item and the row widget in it may both carry the name.
        if ui.name_of(ui.parent_of(node)) == ui.name_of(node):
            continue
        match = ROW.match(ui.name_of(node))
        rows.append((match.group("mentor"), match.group("mentee"), match.group("status")))
    return rows


def read_file(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        people = con.execute("SELECT count(*) FROM person").fetchone()[0]
        mentorships = con.execute(
            "SELECT p1.name, p2.name, m.status FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
        ).fetchall()
    finally:
        con.close()
    return people, mentorships


def test(tmp):
    db = os.path.join(tmp, "empty.db")
    open(db, "wb").close()

    m = ui.launch(db)
    main = m.main_window()
    show_view(m, "Mentorships")
    m.find(None, "No Mentorships Yet", scope=main)
    m.click(m.find("push button", "Try with Sample Data", scope=main))

    rows = wait_until(lambda: (lambda r: r if len(r) >= 3 else None)(shown_rows(m, main)), 15,
                      "several mentorships in the list after 'Try with Sample Data'")
    statuses = {r[2] for r in rows}
    print("rows shown: %s" % rows)
    assert len(statuses) >= 2, "the sample rows shown all have the status %s" % statuses
    m.wait_gone(None, "No Mentorships Yet", scope=main)

    people, mentorships = read_file(db)
    assert people >= 12, "the sample program has %d people, not at least 12" % people
    assert len(mentorships) >= 8, "the sample program has %d mentorships, not at least 8" % len(mentorships)
    in_file = {s.capitalize() for _, _, s in mentorships}
    assert in_file == set(STATUSES), "statuses in the sample program: %s" % sorted(in_file)

    # Filter by status: Completed only.
    status_filter = m.find("combo box", "Filter by Status", scope=main)
    m.choose(status_filter, "Completed")
    completed = [r for r in mentorships if r[2] == "completed"]

    def only_completed():
        shown = shown_rows(m, main)
        if shown and all(r[2] == "Completed" for r in shown) and len(shown) == len(completed):
            return shown
        return None

    wait_until(only_completed, None,
               lambda: "only the %d completed mentorships in the list (it shows %s)"
               % (len(completed), shown_rows(m, main)))
    m.choose(status_filter, "All Statuses")
    wait_until(lambda: len({r[2] for r in shown_rows(m, main)}) >= 2, None,
               "every status back in the list after 'All Statuses'")

    # Search by the name of someone who is in exactly one mentorship.
    counts = {}
    for mentor, mentee, _ in mentorships:
        for person in (mentor, mentee):
            counts[person] = counts.get(person, 0) + 1
    # …and whose name is not part of another name.
    single = sorted(p for p, n in counts.items()
                    if n == 1 and not any(p.lower() in q.lower() for q in counts if q != p))
    assert single, "every sample person is in several mentorships: nothing to search for"
    name = single[0]
    mentor, mentee, status = next(r for r in mentorships if name in r[:2])
    search = m.find("entry", "Search Mentorships", scope=main, showing=False)
    if not m.is_showing(search):
        m.press_key(ord("f"), ui.MOD_CONTROL)
        search = m.find("entry", "Search Mentorships", scope=main)
    m.set_text(search, name)
    expected = [(mentor, mentee, status.capitalize())]
    wait_until(lambda: shown_rows(m, main) == expected, None,
               lambda: "the search %r to leave only %s (it shows %s)" % (name, expected, shown_rows(m, main)))

    m.set_text(search, "no such person or focus")
    m.find(None, "No Matching Mentorships", scope=main)
    m.set_text(search, "")
    wait_until(lambda: len(shown_rows(m, main)) >= 3, None, "the full list back after clearing the search")

    # The People view has the sample people, and no empty state.
    show_view(m, "People")
    assert not m.exists_now(None, "No People Yet", scope=main), "People still shows its empty state"
    m.find("label", mentor, scope=main)
    m.quit()


if __name__ == "__main__":
    ui.run(test)
