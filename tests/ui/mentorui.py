"""mentorui — drives the real Mentor window over AT-SPI, as a screen reader would.

Run under tests/ui/run-ui-test.sh (private X server, session bus and a11y bus).
The binary comes from MENTOR_BIN and the compiled schema from GSETTINGS_SCHEMA_DIR
(both set by meson). Widgets are found by role and accessible name, the names of
the UI contract; every wait polls the tree against a deadline, never a fixed sleep.

The application is read and driven through the AT-SPI D-Bus interfaces
(org.a11y.atspi.Accessible, Action, EditableText, Text, Value, Selection,
Component), called directly on the accessibility bus; pyatspi's registry
synthesizes the key presses and pointer clicks. Not libatspi's object
navigation, because of what GTK 4.8 does:

- Accessible.GetChildAtIndex (what libatspi uses to walk a tree) answers, for a
  widget created since anyone last listed its parent's children, with a NULL
  object path: the reply cannot be built, GLib complains
  (g_variant_new_object_path: assertion …) and the application falls off the
  accessibility bus for good. GetChildren realizes the children first, so only
  GetChildren is used here, and a pick is asked of a node itself, whose
  widgets were all listed a moment ago.
- The "showing" state is set on the main window only; a page hidden in a
  stack keeps its old size. Whether a widget is on screen is decided by
  gtk_widget_pick(), which finds nothing in an unmapped widget (is_showing).
- A name from a label plus a labelled-by relation comes out as both joined by
  a space ("Undo Undo"); a name then matches when the rest is the text of the
  node's own labels or the name again (name_ok).
- A GtkDropDown / AdwComboRow cannot be set through the Selection interface
  (it does not reach the widget's "selected"): its popover is opened and the
  item picked with the arrow keys and Return, as a person does (choose).
- Component.GrabFocus is not implemented, and the "activate" action of a
  GtkEntry does not emit the entry's activate signal.
"""

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402
import pyatspi  # noqa: E402

DEFAULT_TIMEOUT = 10.0
POLL_INTERVAL = 0.1

KEY_RETURN = 0xFF0D
KEY_ESCAPE = 0xFF1B
KEY_UP = 0xFF52
KEY_DOWN = 0xFF54
# X modifier masks for Registry.generateKeyboardEvent(..., KEY_LOCKMODIFIERS).
MOD_SHIFT = 1 << 0
MOD_CONTROL = 1 << 2
MOD_ALT = 1 << 3

WINDOW_COORDS = 1  # ATSPI_COORD_TYPE_WINDOW
ACC = "org.a11y.atspi.Accessible"
NULL_PATH = "/org/a11y/atspi/null"
ROOT_PATH = "/org/a11y/atspi/accessible/root"
REGISTRY = "org.a11y.atspi.Registry"


class UiError(AssertionError):
    """A UI step failed; the message says what was expected."""


class DisplayLost(Exception):
    """The X server went away under the test: not the app's fault. The test
    exits with 75 and run-ui-test.sh runs it again on a new display."""


_started = time.monotonic()


def trace(message):
    """One line per step, so that a failure's log tells the story before it."""
    print("%6.1f  %s" % (time.monotonic() - _started, message), flush=True)


def _pattern(name):
    return name.pattern if isinstance(name, re.Pattern) else name


def _safe(fn, default=None):
    try:
        return fn()
    except Exception:
        return default


# ---- the accessibility bus -------------------------------------------------

_a11y_conn = None
_role_names = {}
_state_names = {}


def a11y_bus():
    """A connection of our own to the accessibility bus."""
    global _a11y_conn
    if _a11y_conn is None:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                    None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE,
                                    5000, None).unpack()[0]
        _a11y_conn = Gio.DBusConnection.new_for_address_sync(
            address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
    return _a11y_conn


def role_name(number):
    """libatspi's name of a role number ("push button"), the words of
    pyatspi's getRoleName(); GTK's own GetRoleName answers with other words."""
    if number not in _role_names:
        _role_names[number] = _safe(lambda: Atspi.role_get_name(Atspi.Role(number)), "?")
    return _role_names[number]


def state_name(bit):
    if bit not in _state_names:
        _state_names[bit] = _safe(lambda: Atspi.StateType(bit).value_nick, str(bit))
    return _state_names[bit]


class Node:
    """One accessible object of the application: (bus name, object path)."""

    def __init__(self, bus_name, path):
        self.bus_name = bus_name
        self.path = path

    def __eq__(self, other):
        return isinstance(other, Node) and (self.bus_name, self.path) == (other.bus_name, other.path)

    def __hash__(self):
        return hash((self.bus_name, self.path))

    def __repr__(self):
        return describe(self)

    def call(self, iface, method, args=None, timeout=5000):
        return a11y_bus().call_sync(self.bus_name, self.path, iface, method, args, None,
                                    Gio.DBusCallFlags.NONE, timeout, None).unpack()

    def prop(self, iface, name):
        return self.call("org.freedesktop.DBus.Properties", "Get",
                         GLib.Variant("(ss)", (iface, name)))[0]

    def set_prop(self, iface, name, value):
        self.call("org.freedesktop.DBus.Properties", "Set",
                  GLib.Variant("(ssv)", (iface, name, value)))

    def _ref(self, ref):
        bus, path = ref
        if not path or path == NULL_PATH:
            return None
        return Node(bus or self.bus_name, path)

    @property
    def name(self):
        return self.prop(ACC, "Name")

    @property
    def role(self):
        return role_name(self.call(ACC, "GetRole")[0])

    @property
    def states(self):
        words = self.call(ACC, "GetState")[0]
        found = set()
        for i, word in enumerate(words):
            for bit in range(32):
                if word & (1 << bit):
                    found.add(state_name(i * 32 + bit))
        return found

    @property
    def parent(self):
        return self._ref(self.prop(ACC, "Parent"))

    @property
    def children(self):
        return [n for n in (self._ref(r) for r in self.call(ACC, "GetChildren")[0]) if n]

    def extents(self):
        x, y, w, h = self.call("org.a11y.atspi.Component", "GetExtents",
                               GLib.Variant("(u)", (WINDOW_COORDS,)))[0]
        return x, y, w, h

    def pick(self, x, y):
        return self._ref(self.call("org.a11y.atspi.Component", "GetAccessibleAtPoint",
                                   GLib.Variant("(iiu)", (x, y, WINDOW_COORDS)))[0])

    def action_names(self):
        try:
            return [a[0] for a in self.call("org.a11y.atspi.Action", "GetActions")[0]]
        except GLib.Error:
            count = self.prop("org.a11y.atspi.Action", "NActions")
            return [self.call("org.a11y.atspi.Action", "GetName", GLib.Variant("(i)", (i,)))[0]
                    for i in range(count)]

    def do_action(self, index):
        return self.call("org.a11y.atspi.Action", "DoAction", GLib.Variant("(i)", (index,)))[0]

    def set_text_contents(self, text):
        return self.call("org.a11y.atspi.EditableText", "SetTextContents",
                         GLib.Variant("(s)", (text,)))[0]

    def text(self):
        count = self.prop("org.a11y.atspi.Text", "CharacterCount")
        return self.call("org.a11y.atspi.Text", "GetText", GLib.Variant("(ii)", (0, count)))[0]

    def value(self):
        return self.prop("org.a11y.atspi.Value", "CurrentValue")

    def set_value(self, value):
        self.set_prop("org.a11y.atspi.Value", "CurrentValue", GLib.Variant("d", float(value)))

    def select_child(self, index):
        return self.call("org.a11y.atspi.Selection", "SelectChild", GLib.Variant("(i)", (index,)))[0]

    def index_in_parent(self):
        return self.call(ACC, "GetIndexInParent")[0]


# ---- reading nodes without failing on a tree that moves ---------------------

def role_of(node):
    return _safe(lambda: node.role, "?")


def name_of(node):
    return _safe(lambda: node.name or "", "") if node is not None else ""


def states_of(node):
    return _safe(lambda: node.states, set())


def children_of(node):
    return _safe(lambda: node.children, []) or []


def parent_of(node):
    return _safe(lambda: node.parent)


def text_of(node):
    """The text of an entry, text view or label (its name when it has no Text)."""
    text = _safe(node.text)
    return name_of(node) if text is None else text


def walk(node, max_depth=60):
    """Depth-first, node first."""
    stack = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        yield current
        if depth < max_depth:
            for child in reversed(children_of(current)):
                stack.append((child, depth + 1))


def label_texts(node, max_nodes=200):
    snap = Snapshot(node.bus_name, [node.path], max_nodes=max_nodes)
    return snap.labels(node.path)


def describe(node):
    if node is None:
        return "<none>"
    return "[%s] %r" % (role_of(node), name_of(node))


def name_ok(actual, expected, labels=None):
    """expected: None (any), a string, a compiled regex (search) or a callable
    taking the name. A string matches the name exactly or, GTK 4.8 joining the
    label property and the labelled-by labels, as "<expected> <rest>" where
    rest is expected again or the text of the node's own labels (labels())."""
    if expected is None:
        return True
    actual = actual or ""
    if isinstance(expected, re.Pattern):
        return expected.search(actual) is not None
    if callable(expected):
        return bool(expected(actual))
    if actual == expected:
        return True
    if actual.startswith(expected + " "):
        rest = actual[len(expected) + 1:]
        if rest == expected:
            return True
        if labels is not None:
            texts = [t for t in labels() if t]
            return rest in texts or rest == " ".join(texts)
    return False


def dump_tree(node, max_depth=40):
    """The subtree as indented text: role, name, text, states, actions, extents."""
    lines = []

    def visit(n, depth):
        role = role_of(n)
        parts = ["  " * depth + "[%s] %r" % (role, name_of(n))]
        if role in ("text", "entry", "spin button", "password text"):
            parts.append("text=%r" % text_of(n))
        st = states_of(n)
        marks = sorted(st & {"focused", "selected", "checked", "pressed", "showing",
                             "expanded", "editable", "modal"})
        if "sensitive" not in st:
            marks.append("INSENSITIVE")
        if "visible" not in st:
            marks.append("HIDDEN")
        if marks:
            parts.append("{%s}" % ",".join(marks))
        actions = [a for a in (_safe(n.action_names, []) or [])
                   if a in ("click", "activate", "press", "toggle")]
        if actions:
            parts.append("actions=%s" % actions)
        ext = _safe(n.extents)
        if ext is not None:
            parts.append("@%d,%d %dx%d" % ext)
        lines.append(" ".join(parts))
        if depth < max_depth:
            for c in children_of(n):
                visit(c, depth + 1)

    visit(node, 0)
    return "\n".join(lines)


def wait_until(predicate, timeout=None, message="condition"):
    """Polls predicate() until it returns a true value (returned), or raises
    UiError saying what was awaited (message may be a callable, for a message
    that reads the state at the time of the failure)."""
    limit = DEFAULT_TIMEOUT if timeout is None else timeout
    end = time.monotonic() + limit
    last_exc = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except (UiError, DisplayLost):
            raise
        except Exception as exc:  # the tree changes under our feet: try again
            last_exc = exc
        if time.monotonic() >= end:
            extra = " (last error: %r)" % last_exc if last_exc else ""
            what = _safe(message, "?") if callable(message) else message
            raise UiError("timed out after %.0f s waiting for %s%s" % (limit, what, extra))
        time.sleep(POLL_INTERVAL)


class Snapshot:
    """The tree under some roots, read in one go with pipelined asynchronous
    calls (GetChildren, GetRole, Name): node by node it is ten times slower,
    too slow to poll with."""

    def __init__(self, bus_name, roots, max_nodes=None):
        self.bus_name = bus_name
        self.recs = {}
        self.roots = list(roots)
        self.max_nodes = max_nodes
        self._read()

    def _read(self):
        conn = a11y_bus()
        ctx = GLib.MainContext.default()
        pending = [0]

        def call(path, iface, method, args, done):
            pending[0] += 1

            def finish(c, res):
                pending[0] -= 1
                try:
                    done(c.call_finish(res).unpack())
                except GLib.Error:
                    pass  # the node went away while we looked: it is not there

            conn.call(self.bus_name, path, iface, method, args, None,
                      Gio.DBusCallFlags.NONE, 5000, None, finish)

        def visit(path, parent, depth):
            if path in self.recs or depth > 80:
                return
            if self.max_nodes is not None and len(self.recs) >= self.max_nodes:
                return
            rec = {"path": path, "parent": parent, "role": "?", "name": "", "children": []}
            self.recs[path] = rec

            def got_role(v):
                rec["role"] = role_name(v[0])

            def got_name(v):
                rec["name"] = v[0]

            def got_children(v):
                rec["children"] = [c[1] for c in v[0] if c[1] and c[1] != NULL_PATH]
                for child in rec["children"]:
                    visit(child, path, depth + 1)

            call(path, ACC, "GetRole", None, got_role)
            call(path, "org.freedesktop.DBus.Properties", "Get",
                 GLib.Variant("(ss)", (ACC, "Name")), got_name)
            call(path, ACC, "GetChildren", None, got_children)

        for root in self.roots:
            visit(root, None, 0)
        end = time.monotonic() + 30
        while pending[0] and time.monotonic() < end:
            ctx.iteration(True)

    def under(self, root):
        """The records of root and everything under it, depth first."""
        stack = [root]
        while stack:
            rec = self.recs.get(stack.pop())
            if rec is None:
                continue
            yield rec
            stack.extend(reversed(rec["children"]))

    def labels(self, path, limit=200):
        texts = []
        for i, rec in enumerate(self.under(path)):
            if i > limit:
                break
            if rec["path"] != path and rec["role"] == "label":
                texts.append(rec["name"])
        return texts

    def node(self, path):
        return Node(self.bus_name, path)


class Mentor:
    """One running Mentor process on one data file."""

    def __init__(self, database, args=(), env=None):
        self.database = str(database)
        self.args = list(args)
        self.extra_env = dict(env or {})
        self.proc = None
        self.app = None
        self.bus_name = None
        self.log_path = None
        self._log = None

    # ---- process -----------------------------------------------------------

    @staticmethod
    def binary():
        path = os.environ.get("MENTOR_BIN")
        if not path:
            raise UiError("MENTOR_BIN is not set (run through meson test or run-ui-test.sh)")
        if not os.access(path, os.X_OK):
            raise UiError("MENTOR_BIN %s is not an executable" % path)
        return path

    @staticmethod
    def environment(extra=None):
        env = dict(os.environ)
        for var in ("MENTOR_TODAY", "NO_AT_BRIDGE", "GTK_DEBUG", "GSK_RENDERER"):
            env.pop(var, None)
        env["GSETTINGS_BACKEND"] = "memory"
        env["GTK_A11Y"] = "atspi"
        # The contract names are English; a translation would change them.
        env["LANGUAGE"] = "en"
        env["LC_ALL"] = "C.UTF-8"
        if not env.get("GSETTINGS_SCHEMA_DIR"):
            bin_dir = os.path.dirname(os.path.abspath(os.environ.get("MENTOR_BIN", ".")))
            env["GSETTINGS_SCHEMA_DIR"] = os.path.join(os.path.dirname(bin_dir), "data")
        if extra:
            env.update(extra)
        return env

    def start(self, timeout=30):
        log = tempfile.NamedTemporaryFile(prefix="mentor-ui-", suffix=".log", delete=False)
        self.log_path = log.name
        self._log = log
        cmd = [self.binary(), "--database", self.database] + self.args
        trace("start %s" % " ".join(cmd))
        self.proc = subprocess.Popen(cmd, env=self.environment(self.extra_env),
                                     stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.app = wait_until(self._find_app, timeout,
                              "the mentor process (pid %d) on the accessibility bus" % self.proc.pid)
        self.bus_name = self.app.bus_name
        self.main_window(timeout=timeout)
        return self

    def _find_app(self):
        """The application's root among those the registry knows, by the
        process id of its connection to the bus (not by its name)."""
        self.check_alive()
        conn = a11y_bus()
        for ref in Node(REGISTRY, ROOT_PATH).call(ACC, "GetChildren")[0]:
            bus = ref[0]
            pid = _safe(lambda: conn.call_sync(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                "GetConnectionUnixProcessID", GLib.Variant("(s)", (bus,)), None,
                Gio.DBusCallFlags.NONE, 5000, None).unpack()[0])
            if pid == self.proc.pid:
                return Node(bus, ref[1])
        return None

    def check_alive(self):
        """A crash is reported as one, not as a widget that never showed."""
        if self.proc is not None and self.proc.poll() is not None:
            if "cannot open display" in self.log():
                raise DisplayLost("mentor could not open the display %s"
                                  % os.environ.get("DISPLAY"))
            raise UiError("mentor exited with code %s while the test expected it running\n%s"
                          % (self.proc.returncode, self.log()))

    def log(self):
        if not self.log_path or not os.path.exists(self.log_path):
            return ""
        with open(self.log_path, "r", errors="replace") as f:
            return f.read()

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def quit(self, timeout=20):
        """Closes the main window as a person would; the app must exit with 0."""
        self.check_alive()
        window = self.main_window()
        trace("close the main window")
        try:
            self.do_action(window, "window.close")
        except GLib.Error as exc:
            # The last window closed, the app may exit before it replies.
            if "NoReply" not in str(exc) and "disconnected" not in str(exc):
                raise
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise UiError("mentor did not exit within %d s of closing its window" % timeout)
        self.app = None
        if code != 0:
            raise UiError("mentor exited with code %d on close\n%s" % (code, self.log()))
        return code

    def kill(self):
        """Teardown: no process survives, whatever happened."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        if self._log:
            self._log.close()
            self._log = None
        self.app = None

    # ---- windows -----------------------------------------------------------

    def windows(self):
        """The toplevels on screen. GTK 4.8 gives "showing" to the main
        window only: a modal AdwWindow is a "filler" that is just "visible"."""
        if self.app is None:
            return []
        self.check_alive()
        return [w for w in children_of(self.app) if states_of(w) & {"showing", "visible"}]

    def main_window(self, timeout=None):
        return wait_until(
            lambda: next((w for w in self.windows()
                          if name_of(w) == "Mentor" and "showing" in states_of(w)), None),
            timeout, "the main window titled 'Mentor'")

    def window(self, title, timeout=None):
        """A toplevel on screen (the editor, a dialog) by its title."""
        return wait_until(
            lambda: next((w for w in self.windows() if name_ok(name_of(w), title)), None),
            timeout, "a window titled %r" % (title,))

    def wait_window_gone(self, title, timeout=None):
        wait_until(lambda: not any(name_ok(name_of(w), title) for w in self.windows()),
                   timeout, "the window %r to close" % (title,))
        trace("window %r closed" % (title,))

    # ---- finding -----------------------------------------------------------

    def toplevel_of(self, node):
        current = node
        for _ in range(100):
            parent = parent_of(current)
            if parent is None or parent.path == ROOT_PATH:
                return current
            current = parent
        return None

    def is_showing(self, node):
        """On screen: its window is, it and its ancestors are visible, it has
        a size, and GTK finds it when picking inside it.

        GTK 4.8 keeps the old size of a page hidden in a stack, so the size
        alone says nothing; but gtk_widget_pick() finds nothing in a widget
        that is not mapped. The pick is asked of the node itself, never of the
        window (which could land on a widget no one has listed yet, see the
        module's notes). An insensitive widget is not picked either: a
        greyed-out button does not count as offered.
        """
        if node is None:
            return False
        st = states_of(node)
        if "showing" in st:
            return True
        if "visible" not in st:
            return False
        top = self.toplevel_of(node)
        if top is None or not states_of(top) & {"showing", "visible"}:
            return False
        current = parent_of(node)
        while current is not None and current != top:
            if "visible" not in states_of(current):
                return False
            current = parent_of(current)
        ext = _safe(node.extents)
        if ext is None or ext[2] <= 0 or ext[3] <= 0:
            return False
        x0, y0, w, h = ext
        cx, cy = x0 + w // 2, y0 + h // 2
        # Scrolled out of view, as a person would scroll to it: on screen when
        # the scrolled window around it is.
        scroller = parent_of(node)
        while scroller is not None and scroller != top and role_of(scroller) != "scroll pane":
            scroller = parent_of(scroller)
        if scroller is not None and role_of(scroller) == "scroll pane":
            sx, sy, sw, sh = _safe(scroller.extents, (0, 0, 0, 0))
            if not (sx <= cx < sx + sw and sy <= cy < sy + sh):
                return self.is_showing(scroller)
        tx, ty, tw, th = _safe(top.extents, (0, 0, 1 << 30, 1 << 30))
        if not (tx <= cx < tx + tw and ty <= cy < ty + th):
            return False
        # List the node's own widgets first, so that GTK knows them all.
        Snapshot(node.bus_name, [node.path], max_nodes=400)
        # A grid over the node's area: the text widget inside an entry is not
        # exposed (its pick answers nothing), the entry's border is.
        xs = sorted({x0 + min(2, w - 1), x0 + w // 4, cx, x0 + (3 * w) // 4, x0 + max(w - 3, 0)})
        ys = sorted({y0 + min(2, h - 1), cy, y0 + max(h - 3, 0)})
        for y in ys:
            for x in xs:
                if _safe(lambda: node.pick(x, y)) is not None:
                    return True
        # A label that takes no pointer (can-target off) is found by picking
        # its parent, which then answers with the label or itself.
        parent = parent_of(node)
        if role_of(node) == "label" and parent is not None and parent != top:
            hit = _safe(lambda: parent.pick(cx, cy))
            return hit is not None and hit in (node, parent)
        return False

    def snapshot(self, scope=None):
        roots = [scope] if scope is not None else self.windows()
        self.check_alive()
        return Snapshot(self.bus_name, [r.path for r in roots]), roots

    def find_all(self, role=None, name=None, scope=None, showing=True, where=None):
        """Every node under scope (default: all windows of the app) with that
        role ("push button", "label", …; None for any) and name (see name_ok),
        for which where(node) holds, and on screen unless showing=False."""
        if self.app is None:
            return []
        snap, roots = self.snapshot(scope)
        found = []
        for root in roots:
            for rec in snap.under(root.path):
                if role is not None and rec["role"] != role:
                    continue
                if not name_ok(rec["name"], name, lambda: snap.labels(rec["path"])):
                    continue
                node = snap.node(rec["path"])
                if where is not None and not where(node):
                    continue
                if showing and not self.is_showing(node):
                    continue
                found.append(node)
        return found

    def find(self, role=None, name=None, timeout=None, scope=None, showing=True, where=None):
        """The first match, waiting for it until the deadline."""
        what = "%s named %r%s" % (role or "a node", _pattern(name), " on screen" if showing else "")
        started = time.monotonic()
        node = wait_until(
            lambda: next(iter(self.find_all(role, name, scope, showing, where)), None),
            timeout, what)
        trace("found %s (%.1f s)" % (describe(node), time.monotonic() - started))
        return node

    def wait_gone(self, role=None, name=None, timeout=None, scope=None, where=None):
        what = "%s named %r to leave the screen" % (role or "a node", _pattern(name))
        started = time.monotonic()
        wait_until(lambda: not self.find_all(role, name, scope, True, where), timeout, what)
        trace("gone: %s named %r (%.1f s)" % (role or "node", _pattern(name),
                                               time.monotonic() - started))

    def exists_now(self, role=None, name=None, scope=None, where=None):
        return bool(self.find_all(role, name, scope, True, where))

    # ---- acting ------------------------------------------------------------

    def do_action(self, node, action_name):
        names = node.action_names()
        if action_name not in names:
            raise UiError("%s has no action %r (it has %s)" % (describe(node), action_name, names))
        return node.do_action(names.index(action_name))

    def click(self, node):
        """Clicks a button (its "click" action, else its first action), or,
        for a widget without actions (a row), with the pointer."""
        if "sensitive" not in states_of(node):
            raise UiError("%s is insensitive and cannot be clicked" % describe(node))
        trace("click %s" % describe(node))
        names = _safe(node.action_names, []) or []
        for wanted in ("click", "activate", "press"):
            if wanted in names:
                node.do_action(names.index(wanted))
                return
        if names and not any("." in n for n in names):
            node.do_action(0)
            return
        self.pointer_click(node)

    def pointer_click(self, node, double=False):
        """A real pointer click in the middle of the node. Without a window
        manager the main window sits at the origin of the screen, so its
        coordinates are the screen's (not so for a second window)."""
        x, y, w, h = node.extents()
        if w <= 0 or h <= 0:
            raise UiError("%s has no area to click" % describe(node))
        trace("pointer click on %s" % describe(node))
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1d" if double else "b1c")

    def set_text(self, node, text, verify=True):
        """Types text into an entry, replacing what it held; with verify, waits
        until the entry holds exactly that (a tag entry takes commas away)."""
        trace("type %r into %s" % (text, describe(node)))
        if not node.set_text_contents(text):
            raise UiError("could not set the text of %s" % describe(node))
        if verify:
            wait_until(lambda: text_of(node) == text, 5,
                       lambda: "%s to hold %r (it holds %r)" % (describe(node), text, text_of(node)))

    def set_value(self, node, value):
        trace("set %s to %s" % (describe(node), value))
        node.set_value(value)
        wait_until(lambda: abs(node.value() - float(value)) < 1e-6, 5,
                   lambda: "%s to hold %s (it holds %s)" % (describe(node), value, _safe(node.value)))

    def press_key(self, keysym, modifiers=0):
        if modifiers:
            pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
        try:
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        finally:
            if modifiers:
                pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)

    def press_enter(self, node):
        """Enter in an entry of the main window: a pointer click to focus it,
        then the Return key (see the module's notes on "activate")."""
        self.pointer_click(node)
        # An AdwEntryRow gives the focus to a text widget GTK does not expose,
        # so the focus may not be seen: wait for it a little, then go on.
        with contextlib.suppress(UiError):
            wait_until(lambda: any("focused" in states_of(n) for n in walk(node, 4)),
                       1, "%s to take the keyboard focus" % describe(node))
        self.press_key(KEY_RETURN)

    def current_choice(self, combo):
        """The text a drop-down or combo row shows as chosen: its first label
        other than its title (the popover's list comes after it)."""
        snap = Snapshot(combo.bus_name, [combo.path], max_nodes=400)
        title = name_of(combo)
        for rec in snap.under(combo.path):
            if rec["role"] == "label" and rec["name"] and rec["name"] not in (title, "(None)"):
                return rec["name"]
        return None

    def choose(self, combo, item, timeout=None):
        """Picks item in a GtkDropDown or AdwComboRow: opens its popover (the
        toggle button's click, or a pointer click on the row), moves to the
        item with the arrow keys and presses Return, as a person would. An
        item matches when its text is item or starts with "item " (a person
        shown as "Alice Smith (Director)")."""
        def matches(text):
            return text == item or text.startswith(item + " ") or text.startswith(item + ",")

        trace("choose %r in %s" % (item, describe(combo)))
        if matches(self.current_choice(combo) or ""):
            return
        before = {n.path for n in walk(combo) if role_of(n) == "list"}
        toggles = [n for n in walk(combo) if role_of(n) in ("push button", "toggle button")]
        if toggles:
            self.click(toggles[0])
        else:
            self.pointer_click(combo)

        def popup_list():
            for lst in walk(combo):
                if role_of(lst) != "list" or lst.path in before:
                    continue
                items = children_of(lst)
                texts = [[t for t in label_texts(i) if t] for i in items]
                if any(matches(t) for ts in texts for t in ts):
                    return lst, items, texts
            return None

        lst, items, texts = wait_until(popup_list, timeout,
                                       "the list of %s to open with %r in it" % (describe(combo), item))
        target = next(i for i, ts in enumerate(texts) if any(matches(t) for t in ts))

        def focused_index():
            for i, it in enumerate(items):
                if any("focused" in states_of(n) for n in walk(it, 3)):
                    return i
            return None

        current = wait_until(lambda: focused_index() is not None and [focused_index()], 3,
                             "the open list of %s to take the focus" % describe(combo))[0]
        key = KEY_DOWN if target > current else KEY_UP
        for _ in range(abs(target - current)):
            self.press_key(key)
        wait_until(lambda: focused_index() == target, 3,
                   "%r to be focused in the list of %s" % (item, describe(combo)))
        self.press_key(KEY_RETURN)
        wait_until(lambda: matches(self.current_choice(combo) or ""), timeout,
                   lambda: "%s to show %r (it shows %r)" % (describe(combo), item,
                                                           self.current_choice(combo)))

    def select_row(self, node, check=None, timeout=None):
        """Selects the list row holding node: the list's Selection interface,
        then, if check() does not become true, a pointer click on the row."""
        item = node
        while item is not None:
            parent = parent_of(item)
            if parent is not None and role_of(parent) in ("list", "list box", "tree", "table"):
                break
            item = parent
        if item is None:
            raise UiError("%s is not inside a list" % describe(node))
        trace("select the row %s" % describe(node))
        with contextlib.suppress(Exception):
            parent_of(item).select_child(item.index_in_parent())
        if check is None:
            return
        try:
            wait_until(check, 3, "the row to be selected")
            return
        except UiError:
            pass
        self.pointer_click(node)
        wait_until(check, timeout, "the selection of %s to take effect" % describe(node))

    def dump(self):
        """The tree of every window of the app, for a failure report."""
        if self.app is None:
            return "(the application is not on the accessibility bus)"
        return "\n".join(dump_tree(w) for w in children_of(self.app))


# ---- Mentor's own widgets ------------------------------------------------


def is_editable(node):
    return "editable" in states_of(node)


def field(m, name, scope=None, timeout=None):
    """The text input named name (an AdwEntryRow, the entry of a tag entry, a
    text view, a spin button): the editable node, not a label of that name."""
    return m.find(None, name, timeout, scope, where=is_editable)


def show_view(m, title):
    """Switches the main window to the view titled title ("People",
    "Mentorships") with the view switcher."""
    main = m.main_window()
    m.click(m.find("page tab", title, scope=main))
    wait_until(lambda: any(states_of(t) & {"selected", "checked"}
                           for t in m.find_all("page tab", title, scope=main)),
               None, "the %r view to be the one shown" % title)


def add_tags(m, name, text, scope=None):
    """Types text into the tag entry name, ending with a comma, which turns
    what was typed into tags (the contract's "Enter or a comma"). Each tag
    must then show with its "Remove <tag>" button and the entry be empty.

    Not Enter: GTK 4.8's "activate" action of a GtkEntry does not emit the
    entry's activate signal, and a key press needs the entry focused by a
    pointer click, which a modal window cannot get without a window manager
    keeping it above its parent."""
    entry = field(m, name, scope)
    m.set_text(entry, text.rstrip(", ") + ",", verify=False)
    for tag in [t.strip() for t in text.split(",") if t.strip()]:
        m.find("push button", "Remove " + tag, scope=scope, showing=False)
    wait_until(lambda: text_of(entry) == "", 5,
               lambda: "the tag entry %r to be emptied by the comma (it holds %r)"
               % (name, text_of(entry)))


# ---- running a test --------------------------------------------------------

_running = []


def launch(database, args=(), env=None, timeout=30):
    m = Mentor(database, args, env)
    _running.append(m)
    m.start(timeout)
    return m


def screenshot(path):
    if not (shutil.which("xwd") and shutil.which("convert")):
        return None
    with contextlib.suppress(Exception):
        subprocess.run("xwd -root -silent | convert xwd:- '%s'" % path, shell=True,
                       timeout=20, check=True)
        return path
    return None


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(test, name=None):
    """Runs test(tmpdir) and exits: 0 when it passes, 1 with the reason, the
    AT-SPI tree of every window still open, the app's output and a screenshot
    when it fails. Every Mentor started through launch() is killed."""
    name = name or os.path.splitext(os.path.basename(sys.argv[0]))[0]
    tmpdir = tempfile.mkdtemp(prefix="mentor-%s-" % name)
    code = 0
    try:
        test(tmpdir)
        print("PASS %s" % name, flush=True)
    except DisplayLost as exc:
        code = 75
        print("RETRY %s: %s" % (name, exc), flush=True)
        display = os.environ.get("DISPLAY", "").lstrip(":").split(".")[0]
        for path in ("/tmp/.X11-unix/X" + display, "/tmp/.X%s-lock" % display):
            print("  %s %s" % (path, "exists" if os.path.exists(path) else "is missing"))
    except BaseException as exc:  # noqa: B902 — report everything, then fail
        code = 1
        print("FAIL %s: %s" % (name, exc), flush=True)
        traceback.print_exc()
        sys.stderr.flush()
        for m in _running:
            if m.running() and m.app is not None:
                print("---- AT-SPI tree of mentor (pid %d) ----" % m.proc.pid)
                try:
                    print(m.dump())
                except Exception as dump_exc:  # the app may have left the bus
                    print("(cannot read it: %s)" % dump_exc)
        shot_dir = os.environ.get("MENTOR_UI_ARTIFACTS", tempfile.gettempdir())
        shot = screenshot(os.path.join(shot_dir, "mentor-%s-failure.png" % name))
        if shot:
            print("---- screenshot: %s" % shot)
    finally:
        for m in _running:
            m.kill()
            out = m.log().strip()
            if out:
                print("---- output of mentor --database %s ----\n%s" % (m.database, out))
                noted = len(re.findall(r"-(CRITICAL|WARNING) \*\*", out))
                if noted:
                    print("NOTE: mentor printed %d GLib warning or critical message(s)" % noted)
            if m.log_path:
                with contextlib.suppress(OSError):
                    os.unlink(m.log_path)
        if code in (0, 75):
            shutil.rmtree(tmpdir, ignore_errors=True)
        else:
            print("---- test files kept in %s" % tmpdir)
        sys.stdout.flush()
    sys.exit(code)
