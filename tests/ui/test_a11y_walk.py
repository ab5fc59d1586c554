#!/usr/bin/python3
"""Every control a person reaches has a name a screen reader can say (issue 8).

On the sample program (`mentor --demo`), opened with an invite (.ics) on the
command line and the CSV test hook set (MENTOR_TEST_IMPORT_PEOPLE, see
src/ui/mentor-import-dialog.h), the test goes where a person goes and, at each
stop, reads the AT-SPI tree of what is on screen: the Import Invites preview;
the Mentorships list with a mentorship's detail (its Goals, Reviews and
Check-ins groups), a new mentorship and its date picker (the calendar in its
popover); the Calendar's month and agenda on a day with a held meeting; Goals;
People; Matching; the main menu; and every editor and dialog: schedule, a new
meeting, a held meeting with action items (from the agenda), review, goal (and
"Drop This Goal?"), new goal, person (and its mentor suggestions), report, the
CSV import preview, preferences and the shortcuts window. Then the main views
again in a window 360 pixels wide, where the view switcher moves to the bottom
and the detail replaces the list, with a Back button.

At each stop it collects every control on screen (push and toggle buttons,
check boxes, radios, menu buttons, switches, entries and text fields, spin
buttons, combo boxes, sliders, menu items, tabs) and checks its accessible
name: not empty, not only white space, not a widget type ("GtkToggleButton",
the name GTK 4.8 makes up for a widget nobody named) nor an icon name
("list-add-symbolic"), and not said twice ("Add Goal Add Goal": GTK 4.8 joins
an accessible label to a labelled-by label). Widgets of other roles that take
the keyboard focus themselves (a GtkCalendar, a list row, a flow box cell)
are checked too. It prints one summary line per stop ("Calendar (month and
agenda): 91 controls, all named") and fails listing every control without a
proper name, with its role and the named widgets around it, so that a person
can find it. MENTOR_A11Y_VERBOSE=1 in the environment lists every control of
every stop.

"On screen" is decided as the harness does (tests/ui/mentorui.py, is_showing):
the node and its ancestors are visible and GTK's pick finds it, asked of the
node itself; one scrolled out of view counts when its scrolled window is on
screen. GTK 4.8 answers no pick over an insensitive button or over the text
inside an entry or a spin button, so for those a pick asked of a near ancestor
(up to three levels) must land on that ancestor or on the way down to the
node: a page hidden in a stack keeps its old size, but its ancestors answer
with widgets of the page shown. In an AdwMessageDialog, which answers no pick
over its extra child at all, a widget with an area counts. The states, extents
and picks of a stop are read with pipelined calls, a tree at a time.
"""

import datetime
import os
import re
import sqlite3
import subprocess
import time

from gi.repository import Gio, GLib

import mentorui as ui
from mentorui import show_view, wait_until

CONTROL_ROLES = frozenset((
    "push button", "toggle button", "check box", "radio button", "switch",
    "entry", "text", "password text", "spin button", "combo box", "slider",
    "menu item", "check menu item", "radio menu item", "page tab", "push button menu",
))

# GTK 4.8 names a widget nobody named after its type.
TYPE_NAME = re.compile(r"^(?:Gtk|Adw|Mentor)[A-Z][A-Za-z0-9]*$")
ICON_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$|-symbolic$")
# Containers pass the focus on to their rows and children: not stops.
CONTAINER_ROLES = frozenset((
    "scroll pane", "list", "list box", "table", "tree", "tree table", "page tab list",
    "menu", "popup menu", "menu bar", "tool bar", "scroll bar", "frame", "dialog", "window",
))
GENERIC_WORDS = frozenset(("button", "toggle", "toggle button", "entry", "text", "image",
                           "icon", "menu", "combo box", "check box", "switch", "label"))

PAIR = "Fatima Al-Sayed → Aiko Tanaka"
SUGGEST_FOR = "Ravi Patel"

PEOPLE_CSV = (
    "name,email,title,department,manager_email,timezone,capacity,offers,seeks\n"
    "Grace Hopper,grace@example.com,VP Engineering,Engineering,,Europe/Berlin,3,Leadership,\n"
    "Bad Email,not-an-email,Analyst,Finance,,,,,\n"
)

INVITE = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Example//Mentor accessibility walk//EN\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:a11y-walk-1@example.com\r\n"
    "DTSTAMP:20260301T090000Z\r\n"
    "DTSTART:20260320T150000Z\r\n"
    "DTEND:20260320T154500Z\r\n"
    "SUMMARY:Mentoring: Fatima / Aiko\r\n"
    "ORGANIZER;CN=Fatima Al-Sayed:mailto:fatima.alsayed@northwind.example\r\n"
    "ATTENDEE;CN=Aiko Tanaka:mailto:aiko.tanaka@northwind.example\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:a11y-walk-2@example.com\r\n"
    "DTSTAMP:20260301T090000Z\r\n"
    "DTSTART:20260325T170000Z\r\n"
    "DTEND:20260325T173000Z\r\n"
    "SUMMARY:Extra session\r\n"
    "ORGANIZER;CN=Cy:mailto:cy@example.org\r\n"
    "ATTENDEE;CN=Dee:mailto:dee@example.org\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


# ---- reading a whole tree's states, extents and picks at once ------------------

def batch(bus_name, calls):
    """The answers to calls [(path, interface, method, args)], made all at
    once on the accessibility bus; None where a call failed (a node that went
    away while we looked)."""
    conn = ui.a11y_bus()
    ctx = GLib.MainContext.default()
    results = [None] * len(calls)
    pending = [0]

    def call(index, path, iface, method, args):
        def finish(c, res):
            pending[0] -= 1
            try:
                results[index] = c.call_finish(res).unpack()
            except GLib.Error:
                pass

        pending[0] += 1
        conn.call(bus_name, path, iface, method, args, None, Gio.DBusCallFlags.NONE,
                  5000, None, finish)

    for index, (path, iface, method, args) in enumerate(calls):
        call(index, path, iface, method, args)
    end = time.monotonic() + 30
    while pending[0] and time.monotonic() < end:
        ctx.iteration(True)
    return results


def extents_of(bus_name, paths):
    """{path: (x, y, width, height) in window coordinates, or None}"""
    paths = sorted(paths)
    answers = batch(bus_name, [(p, "org.a11y.atspi.Component", "GetExtents",
                                GLib.Variant("(u)", (ui.WINDOW_COORDS,))) for p in paths])
    return {p: (a[0] if a else None) for p, a in zip(paths, answers)}


def decode_states(words):
    found = set()
    for i, word in enumerate(words):
        for bit in range(32):
            if word & (1 << bit):
                found.add(ui.state_name(i * 32 + bit))
    return found


def unnamed_reason(name):
    """Why a name is no proper name for a screen reader, or None."""
    if name is None or not name.strip():
        return "no accessible name" if not name else "a name of white space only"
    words = name.strip()
    if TYPE_NAME.match(words):
        return "no name but its widget type %r" % words
    if ICON_NAME.search(words):
        return "no name but the icon name %r" % words
    if words.lower() in GENERIC_WORDS:
        return "only the generic name %r" % words
    if said_twice(words):
        return "a name said twice, %r (a label and a labelled-by label)" % words
    return None


def label_texts(recs, path):
    """The texts of the labels under path, from a snapshot's records."""
    texts = []
    stack = list(reversed(recs[path]["children"]))
    while stack:
        rec = recs.get(stack.pop())
        if rec is None:
            continue
        if rec["role"] == "label" and rec["name"].strip():
            texts.append(rec["name"].strip())
        stack.extend(reversed(rec["children"]))
    return texts


def said_twice(name):
    """GTK 4.8 joins a label property and a labelled-by label: "Save Save",
    "Add Leadership Leadership" (the same words twice at the end)."""
    words = name.split()
    return any(words[-k:] == words[-2 * k:-k] for k in range(1, len(words) // 2 + 1))


def summary(stop, count, problems):
    if problems:
        return "%s: %d controls, %d without a proper name" % (stop, count, len(problems))
    return "%s: %d controls, all named" % (stop, count)


class Walk:
    """The stops of the walk and what each found."""

    def __init__(self, m):
        self.m = m
        self.stops = []      # (stop, number of controls, problems)
        self.seen = {}       # (role, where) -> first stop that found it

    def controls(self, scope):
        """The control records on screen under scope, with their ancestors."""
        m = self.m
        snap = ui.Snapshot(m.bus_name, [scope.path])
        recs = snap.recs
        # Controls by role, and any other widget that takes the keyboard
        # focus (a GtkCalendar, a list row): a screen reader says its name.
        all_paths = sorted(recs)
        all_states = dict(zip(all_paths, batch(m.bus_name, [(p, ui.ACC, "GetState", None)
                                                            for p in all_paths])))
        states = {p: decode_states(v[0]) if v else set() for p, v in all_states.items()}

        def ancestors(rec):
            chain = []
            parent = rec["parent"]
            while parent is not None and parent in recs:
                chain.append(recs[parent])
                parent = recs[parent]["parent"]
            return chain

        def inside_control(rec):
            """Part of a control (the item a drop-down's button shows), not
            of the popover it opens (the list of its choices)."""
            for a in ancestors(rec):
                if a["name"].startswith("GtkPopover"):
                    return False
                if a["role"] in CONTROL_ROLES:
                    return True
            return False

        def is_stop(rec):
            """A control, or another widget that takes the focus itself (not
            a container, not a part of a control)."""
            if rec["role"] in CONTROL_ROLES:
                return True
            return ("focusable" in states[rec["path"]] and rec["role"] not in CONTAINER_ROLES
                    and not inside_control(rec))

        candidates = [r for r in recs.values() if is_stop(r)]
        chains = {r["path"]: ancestors(r) for r in candidates}

        visible = [r for r in candidates
                   if "visible" in states[r["path"]]
                   and all("visible" in states[a["path"]] for a in chains[r["path"]])]

        def scroller_of(rec):
            return next((a for a in chains[rec["path"]] if a["role"] == "scroll pane"), None)

        boxes = {rec["path"] for rec in visible}
        boxes.update(s["path"] for s in map(scroller_of, visible) if s is not None)
        extents = extents_of(m.bus_name, boxes)

        def points(ext):
            x0, y0, w, h = ext
            xs = sorted({x0 + min(2, w - 1), x0 + w // 4, x0 + w // 2, x0 + (3 * w) // 4,
                         x0 + max(w - 3, 0)})
            ys = sorted({y0 + min(2, h - 1), y0 + h // 2, y0 + max(h - 3, 0)})
            return [(x, y) for y in ys for x in xs]

        def picks(asks):
            """asks: [(key, path, x, y)] → {key: set of picked paths}"""
            answers = batch(m.bus_name, [
                (path, "org.a11y.atspi.Component", "GetAccessibleAtPoint",
                 GLib.Variant("(iiu)", (x, y, ui.WINDOW_COORDS))) for _, path, x, y in asks])
            found = {}
            for (key, _, _, _), answer in zip(asks, answers):
                hit = answer[0][1] if answer else None
                found.setdefault(key, set())
                if hit and hit != ui.NULL_PATH:
                    found[key].add(hit)
            return found

        # Which node to ask: the node itself, or, scrolled out of view, its
        # scrolled window (a person scrolls to it).
        asks = []
        target = {}
        for rec in visible:
            ext = extents.get(rec["path"])
            if not ext or ext[2] <= 0 or ext[3] <= 0:
                continue
            node_path = rec["path"]
            scroller = scroller_of(rec)
            if scroller is not None and extents.get(scroller["path"]):
                sx, sy, sw, sh = extents[scroller["path"]]
                cx, cy = ext[0] + ext[2] // 2, ext[1] + ext[3] // 2
                if not (sx <= cx < sx + sw and sy <= cy < sy + sh):
                    node_path = scroller["path"]
                    ext = extents[node_path]
                    if not ext or ext[2] <= 0 or ext[3] <= 0:
                        continue
            target[rec["path"]] = (node_path, ext)
            asks.extend((rec["path"], node_path, x, y) for x, y in points(ext))
        hits = picks(asks)

        # Not found in itself (an insensitive button; an entry or a spin
        # button, whose inner text widget GTK 4.8 does not expose): its
        # parent is asked, then the grandparent, at most three up. GTK's pick
        # finds nothing in a widget that is not mapped, so the pick landing
        # on the ancestor itself (its padding, its spacing) or on the way
        # down to the node says the node is on screen. Not a hit in another
        # child: that is how the shown page of a stack (or squeezer) answers
        # over a hidden one that kept its old size.
        found = {key for key, hit in hits.items() if hit}
        pending = {key: target[key][0] for key in target if key not in found}
        way = {key: {target[key][0]} for key in pending}
        for _ in range(3):
            ups = {key: recs.get(path, {}).get("parent") for key, path in pending.items()}
            ups = {key: up for key, up in ups.items() if up is not None and up != scope.path}
            if not ups:
                break
            up_extents = extents_of(m.bus_name, set(ups.values()))
            asks = []
            for path, ext in up_extents.items():
                if ext and ext[2] > 0 and ext[3] > 0:
                    asks.extend((path, path, x, y) for x, y in points(ext))
            up_hits = picks(asks)
            for key, up in ups.items():
                way[key].add(up)
                if up_hits.get(up, set()) & way[key]:
                    found.add(key)
            pending = {key: up for key, up in ups.items() if key not in found}

        # An AdwMessageDialog answers no pick at all over its extra child (an
        # entry, a spin button); it has no pages either, so there a widget
        # with an area is on screen.
        message_dialog = recs[scope.path]["role"] == "dialog"
        shown = [rec for rec in visible if rec["path"] in target
                 and (rec["path"] in found or message_dialog)]
        return shown, chains, recs

    def where(self, rec, chain, window_title):
        """The named widgets around rec, outermost first: "Mentor › Filter by
        Status". Our own widget types stay (they say which source file)."""
        names = []
        for a in reversed(chain):
            name = (a["name"] or "").strip()
            if not name or (TYPE_NAME.match(name) and not name.startswith("Mentor")):
                continue
            if name.startswith("Adw") or name.startswith("Gtk"):
                continue
            if len(name) > 60:
                name = name[:57] + "…"
            if names and names[-1] == name:
                continue
            names.append(name)
        if not names or names[0] != window_title:
            names.insert(0, window_title)
        return " › ".join(names)

    def check(self, stop, scope):
        """Reads what is on screen under scope and records what is unnamed."""
        shown, chains, recs = wait_until(lambda: (lambda r: r if r[0] else None)(self.controls(scope)),
                                           None, "controls on screen in %s" % stop)
        title = ui.name_of(scope) or "?"
        problems = []
        for rec in shown:
            reason = unnamed_reason(rec["name"])
            where = self.where(rec, chains[rec["path"]], title)
            if reason and rec["role"] not in CONTROL_ROLES:
                texts = label_texts(recs, rec["path"])[:3]
                if texts:
                    reason += " (it shows %s)" % ", ".join(repr(t) for t in texts)
            if reason:
                key = (rec["role"], where)
                first = self.seen.setdefault(key, stop)
                problems.append("[%s] %s — %s%s" % (rec["role"], where, reason,
                                                   "" if first == stop else " (also in %s)" % first))
        self.stops.append((stop, len(shown), problems))
        if os.environ.get("MENTOR_A11Y_VERBOSE"):
            for rec in shown:
                ui.trace("  [%s] %r" % (rec["role"], rec["name"]))
        ui.trace(summary(stop, len(shown), problems))
        for line in problems:
            ui.trace("  UNNAMED " + line)
        return shown

    def report(self):
        """One line per stop; fails listing each control without a proper
        name once (the first stop that found it)."""
        print("\n---- accessible names, stop by stop ----")
        for stop, count, problems in self.stops:
            print(summary(stop, count, problems))
        unique = ["%s: %s" % (stop, p) for stop, _, problems in self.stops for p in problems
                  if "(also in " not in p]
        if unique:
            raise ui.UiError("%d control(s) without a proper accessible name:\n  %s"
                             % (len(unique), "\n  ".join(unique)))


# ---- getting to every view and dialog ---------------------------------------------

def is_button(n):
    return ui.role_of(n) in ("push button", "toggle button")


def close_window(m, title, button="Cancel"):
    """Cancel (or Close) in a dialog; Escape for a window without one."""
    window = m.window(title)
    found = m.find_all("push button", button, scope=window, showing=False,
                       where=lambda n: "sensitive" in ui.states_of(n) and n.extents()[2] > 0)
    if found:
        m.click(found[0])
    elif "window.close" in (ui._safe(window.action_names, []) or []):
        m.do_action(window, "window.close")
    else:
        m.press_key(ui.KEY_ESCAPE)
    m.wait_window_gone(title)


def open_choices(m, walk, stop, scope, name):
    """Opens the list of the drop-down or combo row named name, checks it,
    and closes it again with Escape."""
    # A combo row in a second window is not picked, so not "on screen".
    combo = m.find("combo box", name, scope=scope, showing=False)
    before = {n.path for n in ui.walk(combo) if ui.role_of(n) == "list item"}
    toggles = [n for n in ui.walk(combo) if ui.role_of(n) in ("push button", "toggle button")]
    m.click(toggles[0] if toggles else combo)
    wait_until(lambda: any(ui.role_of(n) == "list item" and n.path not in before
                           and "GtkPopover" in " ".join(ui.name_of(a) for a in ancestors_of(n, combo))
                           for n in ui.walk(combo)),
               None, "the list of %r to open" % name)
    walk.check(stop, scope)
    m.press_key(ui.KEY_ESCAPE)
    wait_until(lambda: not any(ui.role_of(n) == "list item" and "GtkPopover" in " ".join(
        ui.name_of(a) for a in ancestors_of(n, combo)) and m.is_showing(n) for n in ui.walk(combo)),
               None, "the list of %r to close" % name)


def ancestors_of(node, top):
    chain = []
    current = ui.parent_of(node)
    while current is not None and current != top:
        chain.append(current)
        current = ui.parent_of(current)
    return chain


def main_menu_item(m, main, label):
    m.click(m.find("push button", "Main Menu", scope=main))
    m.click(m.find(None, label, scope=main, showing=False,
                   where=lambda n: "menu" in ui.role_of(n) or ui.role_of(n) == "push button"))


def walk_narrow(m, walk, main, meeting):
    width = main.extents()[2]
    assert width <= 400, "the window is %d pixels wide, not 360" % width
    show_view(m, "Mentorships")
    row = m.find(None, re.compile(r"^%s, Active" % re.escape(PAIR)), scope=main)
    walk.check("Mentorships, 360 px", main)
    m.select_row(row, check=lambda: m.exists_now("push button", "Schedule Check-ins…", scope=main))
    walk.check("Mentorship detail, 360 px", main)
    back = m.find_all("push button", re.compile(r"^Back|Mentorships"), scope=main)
    if back:
        m.click(back[0])
    show_view(m, "Calendar")
    m.find("push button", "Next Month", scope=main)
    walk.check("Calendar, 360 px", main)
    show_view(m, "Goals")
    m.find("list item", re.compile(r" milestones?(?:, |$)"), scope=main)
    walk.check("Goals, 360 px", main)
    show_view(m, "People")
    walk.check("People, 360 px", main)


def fill_sample(db):
    done = subprocess.run([ui.Mentor.binary(), "--database", db, "--demo"], env=ui.Mentor.environment(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, "mentor --demo failed: %s" % done.stderr
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        pairs = {r[0] for r in con.execute(
            "SELECT p1.name || ' → ' || p2.name FROM mentorship m"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE (SELECT count(*) FROM goal g WHERE g.mentorship_id = m.id) > 0"
            " AND (SELECT count(*) FROM review r WHERE r.mentorship_id = m.id) > 0"
            " AND (SELECT count(*) FROM checkin_series s WHERE s.mentorship_id = m.id) > 0")}
        held = con.execute(
            "SELECT g.starts_at, p1.name || ' → ' || p2.name FROM meeting g"
            " JOIN mentorship m ON m.id = g.mentorship_id"
            " JOIN person p1 ON p1.id = m.mentor_id JOIN person p2 ON p2.id = m.mentee_id"
            " WHERE g.status = 'held' AND g.starts_at <= ?"
            " AND EXISTS (SELECT 1 FROM action_item a WHERE a.meeting_id = g.id)"
            " ORDER BY g.starts_at DESC LIMIT 1",
            (datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),)).fetchone()
    finally:
        con.close()
    assert PAIR in pairs, "the sample program no longer has %s with goals, reviews and check-ins (%s)" \
        % (PAIR, sorted(pairs))
    assert held, "the sample program has no held meeting with action items"
    # The app runs in UTC (launch), so the stored UTC time is the one shown.
    start = datetime.datetime.strptime(held[0], "%Y-%m-%dT%H:%M:%SZ")
    return start.date(), start.strftime("%H:%M"), held[1]


def walk_invites(m, walk):
    dialog = m.window("Import Invites")
    m.find(None, "Events No Mentorship Matches", scope=dialog)
    walk.check("Import Invites dialog", dialog)
    close_window(m, "Import Invites")


def walk_mentorships(m, walk, main):
    show_view(m, "Mentorships")
    row = m.find(None, re.compile(r"^%s, Active" % re.escape(PAIR)), scope=main)
    m.select_row(row, check=lambda: m.exists_now("push button", "Schedule Check-ins…", scope=main))
    # The detail's groups are filled: its goals and its reviews.
    m.find("list item", re.compile(r" milestones?(?:, |$)"), scope=main, showing=False)
    m.find("push button", re.compile(r"^Delete Review by "), scope=main, showing=False)
    walk.check("Mentorships (list and detail)", main)
    open_choices(m, walk, "Filter by Status choices", main, "Filter by Status")

    m.click(m.find("push button", "Schedule Check-ins…", scope=main))
    dialog = m.window("Schedule Check-ins")
    walk.check("Schedule dialog", dialog)
    open_choices(m, walk, "Repeats choices", dialog, "Repeats")
    close_window(m, "Schedule Check-ins")

    m.click(m.find("push button", "Schedule Meeting…", scope=main))
    editor = m.window(re.compile(r" · |Meeting"))
    title = ui.name_of(editor)
    walk.check("Meeting editor (new)", editor)
    close_window(m, title)

    m.click(m.find("push button", "Add Review", scope=main))
    walk.check("Review dialog", m.window("Add Review"))
    close_window(m, "Add Review")

    m.click(m.find("push button", "New Mentorship", scope=main))
    m.find("push button", "Create", scope=main)
    walk.check("New mentorship", main)

    # A date picker: its popover with the calendar in it. A menu button is a
    # push button around its toggle, both named: the toggle has the click.
    m.find(None, "Pick Start Date", scope=main, where=is_button)
    m.click(m.find_all(None, "Pick Start Date", scope=main, where=is_button)[-1])
    m.find(None, "Next Year", scope=main, showing=False, where=is_button)
    walk.check("Date picker", main)
    m.press_key(ui.KEY_ESCAPE)
    cancel = m.find_all("push button", "Cancel", scope=main)
    if cancel:
        m.click(cancel[0])


def walk_calendar(m, walk, main, meeting):
    """meeting: (day, "HH:MM", pair) of a held meeting with action items."""
    day, time_text, pair = meeting
    show_view(m, "Calendar")
    day_name = "%s %d %s %d, " % (day.strftime("%A"), day.day, day.strftime("%B"), day.year)
    for _ in range(3):
        m.find("push button", "Next Month", scope=main)
        buttons = m.find_all("push button", re.compile("^" + re.escape(day_name)), scope=main)
        if buttons:
            break
        m.click(m.find("push button", "Previous Month", scope=main))
    assert buttons, "no button for %s in the Calendar's month" % day_name
    m.click(buttons[0])
    row = re.compile(r"^%s, %s, Held" % (time_text, re.escape(pair)))
    item = m.find("list item", row, scope=main)
    walk.check("Calendar (month and agenda)", main)

    m.pointer_click(item, double=True)
    editor = m.window(re.compile(r" · "))
    title = ui.name_of(editor)
    m.find("combo box", "Owner", scope=editor, showing=False)
    walk.check("Meeting editor (held, with action items)", editor)
    close_window(m, title)


def walk_goals(m, walk, main):
    show_view(m, "Goals")
    item = m.find("list item", re.compile(r" milestones?(?:, |$)"), scope=main)
    walk.check("Goals", main)
    open_choices(m, walk, "Filter by Mentorship choices", main, "Filter by Mentorship")
    m.pointer_click(item)
    editor = m.window("Edit Goal")
    walk.check("Goal editor", editor)
    m.click(m.find("push button", "Drop Goal…", scope=editor))
    walk.check("Drop goal dialog", m.window("Drop This Goal?"))
    close_window(m, "Drop This Goal?")
    close_window(m, "Edit Goal")
    m.click(m.find("push button", "New Goal", scope=main))
    walk.check("Goal editor (new)", m.window("New Goal"))
    close_window(m, "New Goal")


def walk_people(m, walk, main):
    show_view(m, "People")
    walk.check("People", main)
    search = m.find(None, "Search People", scope=main, showing=False, where=ui.is_editable)
    m.set_text(search, SUGGEST_FOR)
    person = m.find("label", SUGGEST_FOR, scope=main)
    m.pointer_click(person)
    editor = m.window("Edit Person")
    walk.check("Person editor", editor)
    open_choices(m, walk, "Manager choices", editor, "Manager")
    m.click(m.find("push button", "Suggest a Mentor", scope=editor, showing=False))
    suggest = m.window(re.compile(r"^Mentors for %s" % SUGGEST_FOR))
    title = ui.name_of(suggest)
    walk.check("Suggest dialog", suggest)
    close_window(m, title, "Close")
    close_window(m, "Edit Person")

    m.click(m.find(None, "Matching", scope=main, where=is_button))
    m.find(None, re.compile(r"mentees? without a mentor|Every Mentee Has a Mentor"), scope=main)
    walk.check("Matching", main)
    m.click(m.find(None, "People", scope=main, where=is_button))


def walk_menus_and_windows(m, walk, main):
    m.click(m.find("push button", "Main Menu", scope=main))
    m.find(None, "Preferences", scope=main, where=lambda n: "menu" in ui.role_of(n))
    walk.check("Main menu", main)
    m.press_key(ui.KEY_ESCAPE)

    main_menu_item(m, main, "Print Report…")
    walk.check("Report dialog", m.window("Print Report"))
    close_window(m, "Print Report")

    main_menu_item(m, main, "Import People…")
    dialog = m.window("Import People")
    m.find(None, "1 with problems", scope=dialog)
    walk.check("CSV import dialog", dialog)
    close_window(m, "Import People")

    main_menu_item(m, main, "Preferences")
    walk.check("Preferences", m.window("Preferences"))
    close_window(m, "Preferences")

    main_menu_item(m, main, "Keyboard Shortcuts")
    walk.check("Shortcuts window", m.window("Keyboard Shortcuts"))
    close_window(m, "Keyboard Shortcuts")


def test(tmp):
    db = os.path.join(tmp, "sample.db")
    meeting = fill_sample(db)
    invite = os.path.join(tmp, "invite.ics")
    with open(invite, "w", newline="") as f:
        f.write(INVITE)
    people_csv = os.path.join(tmp, "people.csv")
    with open(people_csv, "w", newline="") as f:
        f.write(PEOPLE_CSV)

    m = ui.launch(db, args=[invite], env={"MENTOR_TEST_IMPORT_PEOPLE": people_csv, "TZ": "UTC"})
    main = m.main_window()
    walk = Walk(m)
    walk_invites(m, walk)
    walk_mentorships(m, walk, main)
    walk_calendar(m, walk, main, meeting)
    walk_goals(m, walk, main)
    walk_people(m, walk, main)
    walk_menus_and_windows(m, walk, main)
    m.quit()

    # The same views in a window 360 pixels wide: the view switcher moves to
    # the bottom and a mentorship's detail replaces the list, with a way back.
    config = os.path.join(tmp, "config")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write("[com/example/Mentor]\nwindow-width=360\nwindow-height=640\n")
    m = ui.launch(db, env={"GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": config, "TZ": "UTC"})
    walk.m = m
    walk_narrow(m, walk, m.main_window(), meeting)
    walk.report()
    m.quit()


if __name__ == "__main__":
    ui.run(test)
