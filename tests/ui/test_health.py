#!/usr/bin/python3
"""Relationship health at a glance, through the real window.

On a sample program (`mentor --demo`) adjusted with sqlite3 so that the test
knows what to expect: one active mentorship ("stale") whose last held meeting
was 40 days ago with a cadence of 14 days, and one ("healthy") met 3 days ago,
with a goal and nothing overdue.

- The stale one's list row is named "<Mentor> → <Mentee>, Active, At Risk" and
  its detail gives the reason "No meeting held for 40 days (agreed: every 14)."
- The program overview's counts by status equal those of the file (sqlite3),
  its counts by health equal the health words of the list rows, and its goals
  line equals the goals in the file.
- "Filter by Status" set to "At Risk" leaves exactly the rows at risk; the
  overview's "Needs Attention" count filters to exactly those, and again
  clears the filter.
- A review rated 2 by the healthy one's mentee (Add Review) turns its row to
  "Needs Attention" with the reason "<Mentee> rated the relationship 2 of 5
  on <today>."; deleting the review turns it back, Undo on the toast brings
  the review (and the reason) back; the file holds the review.
- "Maximum Gap in Days" set to 60 for the stale one and saved: 40 days are no
  longer beyond the maximum, so it needs attention instead, and the file holds
  max_gap_days = 60.
"""

import datetime
import os
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import show_view, wait_until

STATUSES = ("Proposed", "Active", "Paused", "Completed", "Ended")
LEVELS = ("At Risk", "Needs Attention", "On Track")
# The list row: "<Mentor> → <Mentee>, <Status>[, <Health>]" (GTK 4.8 may
# append the row's own labels after a space).
ROW = re.compile(r"^(?P<mentor>.+?) → (?P<mentee>.+?), (?P<status>%s)(?:, (?P<health>%s))?(?: |$)"
                 % ("|".join(STATUSES), "|".join(LEVELS)))
HEALTH_COUNT = re.compile(r"^(\d+) (%s)$" % "|".join(LEVELS))
STATUS_COUNT = re.compile(r"^(\d+) (%s)$" % "|".join(STATUSES))
GOALS = re.compile(r"^Goals: (\d+) achieved, (\d+) open(?:, (\d+) dropped)?$")
MEETINGS = re.compile(r"^Meetings held: (\d+) of (\d+) planned \(last 90 days\)$")

STALE_GAP = 40
CADENCE = 14


def day_text(day):
    """As Mentor writes a date: "3 Nov 2026" (the tests run in English)."""
    return "%d %s %d" % (day.day, day.strftime("%b"), day.year)


def noon_utc(day):
    return day.strftime("%Y-%m-%dT12:00:00Z")


def prepare(db):
    """The sample program, then two of its active mentorships made known."""
    mentor = ui.Mentor.binary()
    done = subprocess.run([mentor, "--database", db, "--demo"], env=ui.Mentor.environment(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr
    today = datetime.date.today()
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        rows = con.execute(
            "SELECT m.id, p1.name, p2.name FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE m.status = 'active' ORDER BY m.id DESC").fetchall()
        assert len(rows) >= 2, "the sample program has %d active mentorships, not 2" % len(rows)
        stale, healthy = rows[0], rows[1]

        def reset(mid, started, last_held):
            con.execute("DELETE FROM meeting WHERE mentorship_id = ?", (mid,))
            con.execute("DELETE FROM review WHERE mentorship_id = ?", (mid,))
            con.execute("DELETE FROM goal WHERE mentorship_id = ?", (mid,))
            con.execute("UPDATE mentorship SET started_on = ?, ends_on = NULL, cadence_days = ?,"
                        " max_gap_days = 0 WHERE id = ?", (started.isoformat(), CADENCE, mid))
            con.execute("INSERT INTO meeting (mentorship_id, starts_at, tzid, status)"
                        " VALUES (?, ?, 'UTC', 'held')", (mid, noon_utc(last_held)))
            con.execute("INSERT INTO goal (mentorship_id, title, status) VALUES (?, ?, 'open')",
                        (mid, "Lead the quarterly planning"))

        reset(stale[0], today - datetime.timedelta(days=100), today - datetime.timedelta(days=STALE_GAP))
        reset(healthy[0], today - datetime.timedelta(days=60), today - datetime.timedelta(days=3))
        con.commit()
    finally:
        con.close()
    return stale, healthy


def read_counts(db):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        by_status = dict(con.execute("SELECT status, count(*) FROM mentorship GROUP BY status"))
        goals = dict(con.execute("SELECT status, count(*) FROM goal GROUP BY status"))
    finally:
        con.close()
    return ({s: by_status.get(s.lower(), 0) for s in STATUSES},
            {g: goals.get(g, 0) for g in ("open", "achieved", "dropped")})


def shown_rows(m, scope):
    """{(mentor, mentee): (status, health or None)} for the rows on screen.
    The list item carries the whole name; the group inside it only the title
    and the status."""
    rows = {}
    for node in m.find_all(None, ROW, scope=scope):
        match = ROW.match(ui.name_of(node))
        key = (match.group("mentor"), match.group("mentee"))
        if key not in rows or rows[key][1] is None:
            rows[key] = (match.group("status"), match.group("health"))
    return rows


def overview(m, scope):
    health = {}
    for node in m.find_all(None, HEALTH_COUNT, scope=scope):
        count, level = HEALTH_COUNT.match(ui.name_of(node)).groups()
        health[level] = int(count)
    status = {}
    for node in m.find_all("label", STATUS_COUNT, scope=scope):
        count, word = STATUS_COUNT.match(ui.name_of(node)).groups()
        status[word] = int(count)
    goals = m.find("label", GOALS, scope=scope)
    meetings = m.find("label", MEETINGS, scope=scope)
    return health, status, ui.name_of(goals), ui.name_of(meetings)


def health_of(rows, pair):
    return rows.get(pair, (None, None))[1]


def open_row(m, scope, pair, health):
    """Selects the row of pair (whose health is as given) and waits for its
    detail."""
    name = "%s → %s, Active, %s" % (pair[0], pair[1], health)
    title = "%s → %s" % pair
    row = m.find(None, name, scope=scope)
    # The title shows twice once the detail has it: in the row and over the detail.
    m.select_row(row, check=lambda: len(m.find_all("label", title, scope=scope)) >= 2)
    return row


def test(tmp):
    db = os.path.join(tmp, "health.db")
    stale, healthy = prepare(db)
    stale_pair, healthy_pair = stale[1:], healthy[1:]
    today = datetime.date.today()

    m = ui.launch(db)
    main = m.main_window()
    show_view(m, "Mentorships")

    # Health next to status in the rows; the default order puts them first.
    rows = wait_until(lambda: (lambda r: r if health_of(r, stale_pair) and health_of(r, healthy_pair) else None)(
        shown_rows(m, main)), 15, "the rows of both adjusted mentorships with their health")
    print("rows: %s" % rows)
    assert health_of(rows, stale_pair) == "At Risk", \
        "the stale one shows %r, not At Risk" % (health_of(rows, stale_pair),)
    assert health_of(rows, healthy_pair) == "On Track", \
        "the healthy one shows %r, not On Track" % (health_of(rows, healthy_pair),)
    for pair, (status, health) in rows.items():
        if status in ("Active", "Paused"):
            assert health is not None, "%s (%s) shows no health" % (pair, status)
        else:
            assert health is None, "%s (%s) shows a health (%s)" % (pair, status, health)

    # The overview against the file and the rows.
    health_counts, status_counts, goals_text, meetings_text = overview(m, main)
    print("overview: %s %s %r %r" % (health_counts, status_counts, goals_text, meetings_text))
    file_status, file_goals = read_counts(db)
    assert status_counts == file_status, \
        "overview by status %s, the file %s" % (status_counts, file_status)
    row_health = {level: sum(1 for _, h in rows.values() if h == level) for level in LEVELS}
    assert health_counts == row_health, \
        "overview by health %s, the rows %s" % (health_counts, row_health)
    achieved, open_goals, dropped = GOALS.match(goals_text).groups()
    assert (int(achieved), int(open_goals), int(dropped or 0)) == \
        (file_goals["achieved"], file_goals["open"], file_goals["dropped"]), \
        "%r, the file has %s" % (goals_text, file_goals)
    held, planned = (int(x) for x in MEETINGS.match(meetings_text).groups())
    assert held <= planned, meetings_text

    # Filter: At Risk shows exactly the rows at risk.
    status_filter = m.find("combo box", "Filter by Status", scope=main)
    m.choose(status_filter, "At Risk")
    at_risk = {p for p, (_, h) in rows.items() if h == "At Risk"}
    wait_until(lambda: set(shown_rows(m, main)) == at_risk
               and all(h == "At Risk" for _, h in shown_rows(m, main).values()), None,
               lambda: "only the rows at risk %s (the list shows %s)" % (at_risk, shown_rows(m, main)))
    m.choose(status_filter, "All Statuses")
    wait_until(lambda: len(shown_rows(m, main)) >= len(rows) - 2, None, "the whole list back")

    # A health count of the overview filters to it, and clears it again.
    attention = {p for p, (_, h) in rows.items() if h == "Needs Attention"}
    button = m.find(None, "%d Needs Attention" % len(attention), scope=main)
    m.click(button)
    wait_until(lambda: set(shown_rows(m, main)) == attention, None,
               lambda: "only the rows needing attention %s (the list shows %s)"
               % (attention, shown_rows(m, main)))
    assert m.current_choice(status_filter) == "Needs Attention", \
        "the filter shows %r" % m.current_choice(status_filter)
    m.click(m.find(None, "%d Needs Attention" % len(attention), scope=main))
    wait_until(lambda: m.current_choice(status_filter) == "All Statuses", None,
               "the filter back to All Statuses after a second click")

    # The stale one's detail gives the reason.
    reason = "No meeting held for %d days (agreed: every %d)." % (STALE_GAP, CADENCE)
    open_row(m, main, stale_pair, "At Risk")
    m.find("label", reason, scope=main)
    m.find("label", "Why", scope=main)

    # A low review makes the healthy one need attention.
    open_row(m, main, healthy_pair, "On Track")
    m.click(m.find("push button", "Add Review", scope=main))
    dialog = m.window("Add Review")
    m.choose(m.find("combo box", "Author", scope=dialog), "Mentee")
    # GTK 4.8 answers no pick inside a spin button of a second window, so the
    # harness cannot see it "on screen"; the dialog is, and modal.
    m.set_value(m.find("spin button", "Rating", scope=dialog, showing=False), 2)
    m.set_text(m.find(None, "Note", scope=dialog, where=ui.is_editable, showing=False),
               "We keep moving our meetings.")
    m.click(m.find("push button", "Add Review", scope=dialog))
    m.wait_window_gone("Add Review")

    low = "%s rated the relationship 2 of 5 on %s." % (healthy_pair[1], day_text(today))
    m.find(None, "%s → %s, Active, Needs Attention" % healthy_pair, scope=main)
    m.find("label", low, scope=main)
    m.find(None, "%s, 2 of 5, %s" % (healthy_pair[1], day_text(today)), scope=main)
    check_review(db, healthy[0], 2, "We keep moving our meetings.")

    # Deleted, the reason goes; Undo brings both back.
    m.click(m.find("push button", "Delete Review by %s of %s" % (healthy_pair[1], day_text(today)),
                   scope=main))
    m.find(None, "%s → %s, Active, On Track" % healthy_pair, scope=main)
    m.wait_gone("label", low, scope=main)
    m.find("label", "Review deleted", scope=main)
    m.click(m.find("push button", "Undo", scope=main))
    m.find(None, "%s → %s, Active, Needs Attention" % healthy_pair, scope=main)
    m.find("label", low, scope=main)
    check_review(db, healthy[0], 2, "We keep moving our meetings.")

    # Its own maximum gap: 40 days are then beyond the cadence only.
    open_row(m, main, stale_pair, "At Risk")
    m.set_value(m.find("spin button", "Maximum Gap in Days", scope=main), 60)
    m.click(m.find("push button", "Save", scope=main))
    m.find(None, "%s → %s, Active, Needs Attention" % stale_pair, scope=main)
    m.find("label", reason, scope=main)
    m.quit()

    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        gap = con.execute("SELECT max_gap_days FROM mentorship WHERE id = ?", (stale[0],)).fetchone()[0]
    finally:
        con.close()
    assert gap == 60, "max_gap_days in the file is %r, not 60" % gap


def check_review(db, mentorship_id, rating, note):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        reviews = con.execute("SELECT author, rating, note, written_on FROM review"
                              " WHERE mentorship_id = ?", (mentorship_id,)).fetchall()
    finally:
        con.close()
    expected = ("mentee", rating, note, datetime.date.today().isoformat())
    assert reviews == [expected], "the file holds the reviews %r, not [%r]" % (reviews, expected)


if __name__ == "__main__":
    ui.run(test)
