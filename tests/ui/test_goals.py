#!/usr/bin/python3
"""The Goals view and the goal editor, on the sample program.

Every goal shows with its progress ("N of M milestones"); one is opened, a
milestone ticked done: the progress becomes "N+1 of M" in the editor, in the
list and in the file (done_on = today). A milestone moved down with its
"Move … Down" button is moved in the file; one removed leaves the file and
comes back in its place with Undo; a success measure typed is in the file
after Save, not before. Another goal is dropped with a reason: the list says
"Dropped", the file keeps the reason. "Overdue Only" leaves exactly the open
goals with an overdue milestone or past their target date. Last, a new goal
with two milestones is added to the mentorship the list is filtered to.
The file is read with sqlite3, read-only.
"""

import datetime
import os
import re
import sqlite3
import subprocess

import mentorui as ui
from mentorui import field, show_view, wait_until

GOAL_ITEM = re.compile(r"^(?P<title>.+), (?P<status>Open|Achieved|Dropped), "
                       r"(?P<done>\d+) of (?P<total>\d+) milestones?(?:, |$)")


def connect(db):
    return sqlite3.connect("file:%s?mode=ro" % db, uri=True)


def read_goals(db):
    """{title: (id, status, done, total, drop_reason, target_on, mentorship_id)}"""
    con = connect(db)
    try:
        rows = con.execute(
            "SELECT g.id, g.title, g.status, g.drop_reason, g.target_on, g.mentorship_id,"
            " (SELECT count(*) FROM milestone m WHERE m.goal_id = g.id),"
            " (SELECT count(*) FROM milestone m WHERE m.goal_id = g.id AND m.done_on IS NOT NULL)"
            " FROM goal g").fetchall()
    finally:
        con.close()
    return {r[1]: {"id": r[0], "status": r[2], "reason": r[3], "target_on": r[4],
                   "mentorship_id": r[5], "total": r[6], "done": r[7]} for r in rows}


def read_milestones(db, goal_id):
    con = connect(db)
    try:
        return con.execute("SELECT id, title, position, due_on, done_on FROM milestone"
                           " WHERE goal_id = ? ORDER BY position, id", (goal_id,)).fetchall()
    finally:
        con.close()


def overdue_titles(db, today):
    """Open goals with a milestone not done past its due date, or past their target."""
    con = connect(db)
    try:
        rows = con.execute(
            "SELECT g.title FROM goal g WHERE g.status = 'open' AND ("
            " (g.target_on IS NOT NULL AND g.target_on < ?1) OR EXISTS ("
            "  SELECT 1 FROM milestone m WHERE m.goal_id = g.id AND m.done_on IS NULL"
            "  AND m.due_on IS NOT NULL AND m.due_on < ?1))", (today,)).fetchall()
    finally:
        con.close()
    return {r[0] for r in rows}


def shown_goals(m, scope):
    """{title: (status, done, total)} of the goal rows in the list on screen."""
    shown = {}
    for node in m.find_all("list item", GOAL_ITEM, scope=scope):
        match = GOAL_ITEM.match(ui.name_of(node))
        shown[match.group("title")] = (match.group("status"), int(match.group("done")),
                                       int(match.group("total")))
    return shown


def goal_item(m, scope, title, status=None, done=None, total=None):
    pattern = r"^%s, %s, %s of %s milestones?(?:, |$)" % (
        re.escape(title), status or r"\w+", done if done is not None else r"\d+",
        total if total is not None else r"\d+")
    return m.find("list item", re.compile(pattern), scope=scope)


def progress_bar(m, scope, done, total):
    name = "%d of %d milestone%s" % (done, total, "" if total == 1 else "s")
    # GTK 4.8 cannot pick a progress bar (its trough is no accessible), so it
    # never counts as "on screen": look for it within what is.
    return m.find("progress bar", name, scope=scope, showing=False)


def search_for(m, main, text):
    # Always on the Goals page's toolbar; a focused entry is not always
    # found by a pick (its text widget is not exposed), so no "on screen".
    search = m.find(None, "Search Goals", scope=main, showing=False, where=ui.is_editable)
    m.set_text(search, text)


def editor_field(m, editor, name):
    # Scrolled below the fold of a modal window, which GTK 4.8 never marks
    # "showing": the field of that name in the editor.
    return m.find(None, name, scope=editor, showing=False, where=ui.is_editable)


def overdue_toggle(m, main):
    # GTK 4.8 says "push button" for a toggle button (with "pressed" when on).
    return m.find(None, "Overdue Only", scope=main,
                  where=lambda n: ui.role_of(n) in ("push button", "toggle button"))


def fill_sample(db):
    env = ui.Mentor.environment()
    out = subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, "mentor --demo failed: %s" % out.stderr
    ui.trace(out.stdout.strip())


def test(tmp):
    db = os.path.join(tmp, "sample.db")
    fill_sample(db)
    today = datetime.date.today().isoformat()

    goals = read_goals(db)
    # An open goal with at least two milestones, one of them not done yet.
    candidates = sorted(t for t, g in goals.items()
                        if g["status"] == "open" and g["total"] >= 2 and g["done"] < g["total"])
    assert candidates, "the sample program has no open goal with milestones left: %s" % goals
    title = candidates[0]
    goal = goals[title]
    done, total = goal["done"], goal["total"]

    m = ui.launch(db)
    main = m.main_window()
    show_view(m, "Goals")
    m.wait_gone(None, "No Goals Yet", scope=main)

    # The goal is in the list with its progress, in words and as a bar;
    # searching for its title brings it up wherever it is in the list.
    search_for(m, main, title)
    item = goal_item(m, main, title, "Open", done, total)
    progress_bar(m, item, done, total)

    # Opened, a milestone not done yet is ticked done.
    m.pointer_click(item)
    editor = m.window("Edit Goal")
    m.find("label", "Open", scope=editor, showing=False)
    progress_bar(m, editor, done, total)
    milestones = read_milestones(db, goal["id"])
    first_open = next(r for r in milestones if r[4] is None)
    check = m.find("check box", "Done: %s" % first_open[1], scope=editor, showing=False)
    m.do_action(check, "milestone.toggle")
    progress_bar(m, editor, done + 1, total)
    wait_until(lambda: "checked" in ui.states_of(check), 5, "the check box to be ticked")
    goal_item(m, main, title, "Open", done + 1, total)
    row = next(r for r in read_milestones(db, goal["id"]) if r[0] == first_open[0])
    assert row[4] == today, "the milestone ticked done has done_on %r, not today (%s)" % (row[4], today)

    # The first milestone moves down one place, in the file at once.
    before = [r[1] for r in read_milestones(db, goal["id"])]
    m.click(m.find("push button", "Move %s Down" % before[0], scope=editor, showing=False))
    expected = [before[1], before[0]] + before[2:]
    wait_until(lambda: [r[1] for r in read_milestones(db, goal["id"])] == expected, None,
               lambda: "the milestones in the file in the order %s (they are %s)"
               % (expected, [r[1] for r in read_milestones(db, goal["id"])]))
    # …and the buttons follow: the moved one can now go up.
    m.find("push button", "Move %s Up" % before[0], scope=editor, showing=False)

    # Removed at once, and put back where it was with Undo on the toast.
    before = read_milestones(db, goal["id"])
    last = before[-1]
    m.click(m.find("push button", "Remove %s" % last[1], scope=editor, showing=False))
    wait_until(lambda: len(read_milestones(db, goal["id"])) == len(before) - 1, None,
               "the milestone %r to leave the file" % last[1])
    m.wait_gone("check box", "Done: %s" % last[1], scope=editor)
    m.click(m.find("push button", "Undo", scope=editor, showing=False))
    wait_until(lambda: [r[1:] for r in read_milestones(db, goal["id"])] == [r[1:] for r in before], None,
               lambda: "the milestones back as they were: %s (they are %s)"
               % ([r[1:] for r in before], [r[1:] for r in read_milestones(db, goal["id"])]))
    m.find("check box", "Done: %s" % last[1], scope=editor, showing=False)

    # Typed words are written by Save (not before).
    measure = "Both agree the talk landed, in writing"
    m.set_text(field(m, "Success Measure", editor), measure)
    con = connect(db)
    try:
        stored = con.execute("SELECT success_measure FROM goal WHERE id = ?", (goal["id"],)).fetchone()[0]
    finally:
        con.close()
    assert stored != measure, "the success measure was written before Save"
    m.click(m.find("push button", "Save", scope=editor))
    m.wait_window_gone("Edit Goal")
    con = connect(db)
    try:
        stored = con.execute("SELECT success_measure FROM goal WHERE id = ?", (goal["id"],)).fetchone()[0]
    finally:
        con.close()
    assert stored == measure, "the success measure in the file is %r" % stored

    # Another open goal is dropped, with a reason.
    others = sorted(t for t, g in goals.items() if g["status"] == "open" and t != title)
    assert others, "the sample program has a single open goal"
    other = others[0]
    reason = "The role changed, so this no longer matters"
    search_for(m, main, other)
    m.pointer_click(goal_item(m, main, other, "Open"))
    editor = m.window("Edit Goal")
    m.click(m.find("push button", "Drop Goal…", scope=editor))
    dialog = m.window("Drop This Goal?")
    m.set_text(m.find(None, "Reason", scope=dialog, showing=False, where=ui.is_editable), reason)
    # AdwMessageDialog keeps a second, hidden row of its buttons for narrow
    # widths: the one with an area is the one shown.
    m.click(m.find("push button", "Drop Goal", scope=dialog, showing=False,
                   where=lambda n: "sensitive" in ui.states_of(n) and n.extents()[2] > 0))
    m.wait_window_gone("Drop This Goal?")
    m.find("label", "Dropped — %s" % reason, scope=editor, showing=False)
    m.find("push button", "Reopen Goal", scope=editor, showing=False)
    m.click(m.find("push button", "Cancel", scope=editor))
    m.wait_window_gone("Edit Goal")
    goal_item(m, main, other, "Dropped")
    dropped = read_goals(db)[other]
    assert dropped["status"] == "dropped", "the goal's status in the file is %r" % dropped["status"]
    assert dropped["reason"] == reason, "the reason in the file is %r" % dropped["reason"]
    search_for(m, main, "")

    # Overdue Only: exactly the open goals with an overdue milestone or past
    # their target date.
    expected = overdue_titles(db, today)
    assert expected, "the sample program has nothing overdue to filter for"
    wait_until(lambda: set(shown_goals(m, main)) - expected, None,
               "goals that are not overdue in the full list")
    m.click(overdue_toggle(m, main))
    wait_until(lambda: set(shown_goals(m, main)) == expected, None,
               lambda: "only the overdue goals %s (the list shows %s)"
               % (sorted(expected), sorted(shown_goals(m, main))))
    for overdue in expected:
        m.find("label", re.compile(r"overdue|Target date passed"),
               scope=goal_item(m, main, overdue))
    m.click(overdue_toggle(m, main))
    wait_until(lambda: set(shown_goals(m, main)) - expected, None,
               "the full list back after 'Overdue Only' is off")

    # A new goal in the mentorship the list is filtered to, with two milestones.
    con = connect(db)
    try:
        mentor, mentee = con.execute(
            "SELECT p1.name, p2.name FROM goal g JOIN mentorship ms ON ms.id = g.mentorship_id"
            " JOIN person p1 ON p1.id = ms.mentor_id JOIN person p2 ON p2.id = ms.mentee_id"
            " WHERE g.id = ?", (goal["id"],)).fetchone()
    finally:
        con.close()
    pair = "%s → %s" % (mentor, mentee)
    m.choose(m.find("combo box", "Filter by Mentorship", scope=main), pair)
    wait_until(lambda: shown_goals(m, main) and all(
        read_goals(db)[t]["mentorship_id"] == goal["mentorship_id"] for t in shown_goals(m, main)),
        None, "only the goals of %s in the list" % pair)
    m.click(m.find("push button", "New Goal", scope=main))
    editor = m.window("New Goal")
    m.set_text(field(m, "Title", editor), "Chair the quarterly review")
    m.set_text(field(m, "Focus Area", editor), "Leadership")
    m.set_text(field(m, "Target Date", editor), "2027-06-30")
    for step in ("Draft the agenda", "Run the meeting"):
        m.set_text(editor_field(m, editor, "New Milestone"), step)
        m.click(m.find("push button", "Add Milestone", scope=editor, showing=False,
                       where=lambda n: "sensitive" in ui.states_of(n)))
        m.find("check box", "Done: %s" % step, scope=editor, showing=False)
    progress_bar(m, editor, 0, 2)
    m.click(m.find("push button", "Add", scope=editor))
    m.wait_window_gone("New Goal")
    goal_item(m, main, "Chair the quarterly review", "Open", 0, 2)
    added = read_goals(db)["Chair the quarterly review"]
    assert added["mentorship_id"] == goal["mentorship_id"], "the new goal is in mentorship %r" % added
    assert added["target_on"] == "2027-06-30", "the new goal's target date is %r" % added["target_on"]
    steps = [r[1] for r in read_milestones(db, added["id"])]
    assert steps == ["Draft the agenda", "Run the meeting"], "the new goal's milestones: %s" % steps

    m.quit()


if __name__ == "__main__":
    ui.run(test)
