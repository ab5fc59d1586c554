"""mentorui — drives the real Mentor window over AT-SPI, as a screen reader would.

Run under tests/ui/run-ui-test.sh (private X server, session bus and a11y bus).
The binary comes from MENTOR_BIN and the compiled schema from GSETTINGS_SCHEMA_DIR
(both set by meson). Widgets are found by role and accessible name, the names of
the UI contract; every wait polls the tree against a deadline.

What GTK 4.8 does and this module works around:
- The "showing" state is set on windows only, and a page hidden in a stack keeps
  its old size, so whether a widget is on screen is decided by hit-testing its
  area (Component.getAccessibleAtPoint), see Mentor.is_showing().
- A name from a label plus a labelled-by relation comes out as both joined by a
  space ("Undo Undo"); a name then matches when the rest is the text of the
  node's own labels, see name_matches().
- Rows of a GtkDropDown / AdwComboRow cannot be picked through the Selection
  interface (it does not reach the widget's "selected"); they are picked with
  the keyboard from the open popover, as a person would, see Mentor.choose().
- Component.grabFocus is not implemented; focus comes from a pointer click.
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
KEY_DELETE = 0xFFFF
# X modifier masks for Registry.generateKeyboardEvent(..., KEY_LOCKMODIFIERS).
MOD_SHIFT = 1 << 0
MOD_CONTROL = 1 << 2
MOD_ALT = 1 << 3


class UiError(AssertionError):
    """A UI step failed; the message says what was expected."""


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


def role_of(node):
    return _safe(node.getRoleName, "?")


def name_of(node):
    return _safe(lambda: node.name or "", "")


def states_of(node):
    return _safe(lambda: {s.value_nick for s in node.getState().getStates()}, set())


def children_of(node):
    count = _safe(lambda: node.childCount, 0) or 0
    result = []
    for i in range(count):
        child = _safe(lambda: node.getChildAtIndex(i))
        if child is not None:
            result.append(child)
    return result


def parent_of(node):
    return _safe(node.get_parent)


def same(a, b):
    if a is None or b is None:
        return False
    if a is b:
        return True
    return _safe(lambda: a.path == b.path and a.get_bus_name() == b.get_bus_name(), False)


def walk(node, max_depth=60):
    """Depth-first, node first."""
    stack = [(node, 0)]
    while stack:
        current, depth = stack.pop()
        yield current
        if depth < max_depth:
            kids = children_of(current)
            for child in reversed(kids):
                stack.append((child, depth + 1))


def label_texts(node, max_nodes=200):
    texts = []
    for i, n in enumerate(walk(node, max_depth=8)):
        if i > max_nodes:
            break
        if n is not node and role_of(n) == "label":
            texts.append(name_of(n))
    return texts


def text_of(node):
    """The text of an entry, text view or label, read through the Text interface."""
    def read():
        t = node.queryText()
        return t.getText(0, t.characterCount)
    text = _safe(read)
    if text is None:
        return name_of(node)
    return text


def name_ok(actual, expected, labels=None):
    """expected: None (any), a string, a compiled regex (search) or a callable
    taking the name. A string matches the name exactly or, GTK 4.8 joining the
    label property and the labelled-by labels, as "<expected> <text of the
    node's own labels>"; labels() gives those texts."""
    if expected is None:
        return True
    actual = actual or ""
    if isinstance(expected, re.Pattern):
        return expected.search(actual) is not None
    if callable(expected):
        return bool(expected(actual))
    if actual == expected:
        return True
    if actual.startswith(expected + " ") and labels is not None:
        rest = actual[len(expected) + 1:]
        if rest == expected:
            return True
        texts = [t for t in labels() if t]
        return rest in texts or rest == " ".join(texts)
    return False


def name_matches(node, expected):
    return name_ok(name_of(node), expected, lambda: label_texts(node))


def describe(node):
    if node is None:
        return "<none>"
    return "[%s] %r" % (role_of(node), name_of(node))


def dump_tree(node, max_depth=40, show_states=True):
    """The subtree as indented text: role, name, text, states, actions, extents."""
    lines = []

    def visit(n, depth):
        role = role_of(n)
        parts = ["  " * depth + "[%s] %r" % (role, name_of(n))]
        if role in ("text", "entry", "spin button", "password text"):
            parts.append("text=%r" % text_of(n))
        if show_states:
            st = states_of(n)
            interesting = sorted(st & {"focused", "selected", "checked", "pressed",
                                       "sensitive", "showing", "expanded", "editable"})
            if "sensitive" in interesting:
                interesting.remove("sensitive")
            elif role not in ("application",):
                interesting.append("INSENSITIVE")
            if interesting:
                parts.append("{%s}" % ",".join(interesting))
        actions = _safe(lambda: [n.queryAction().getName(i) for i in range(n.queryAction().nActions)], [])
        actions = [a for a in actions if a in ("click", "activate", "press", "toggle")]
        if actions:
            parts.append("actions=%s" % actions)
        ext = _safe(lambda: n.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
        if ext is not None and role not in ("application",):
            parts.append("@%d,%d %dx%d" % (ext.x, ext.y, ext.width, ext.height))
        lines.append(" ".join(parts))
        if depth < max_depth:
            for c in children_of(n):
                visit(c, depth + 1)

    visit(node, 0)
    return "\n".join(lines)


def _deadline(timeout):
    return time.monotonic() + (DEFAULT_TIMEOUT if timeout is None else timeout)


def wait_until(predicate, timeout=None, message="condition"):
    """Polls predicate() until it returns a true value (returned), or raises UiError."""
    end = _deadline(timeout)
    last_exc = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except UiError:
            raise
        except Exception as exc:  # the tree changes under our feet: try again
            last_exc = exc
        if time.monotonic() >= end:
            extra = " (last error: %r)" % last_exc if last_exc else ""
            what = _safe(message, "?") if callable(message) else message
            raise UiError("timed out after %.0f s waiting for %s%s"
                          % (DEFAULT_TIMEOUT if timeout is None else timeout, what, extra))
        time.sleep(POLL_INTERVAL)


_a11y_conn = None
_role_names = {}


def role_name(number):
    """libatspi's name of a role number ("push button"), as getRoleName() gives;
    the application's own GetRoleName answers with GTK's words instead."""
    if number not in _role_names:
        _role_names[number] = _safe(lambda: Atspi.role_get_name(Atspi.Role(number)), "?")
    return _role_names[number]


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


class Snapshot:
    """The tree under some roots, read in one go over the a11y bus with
    pipelined asynchronous calls (GetChildren, GetRole, Name): walking it
    node by node through libatspi is ten times slower, too slow to poll."""

    ACC = "org.a11y.atspi.Accessible"

    def __init__(self, conn, bus_name, roots):
        self.conn = conn
        self.bus_name = bus_name
        self.recs = {}
        self.order = []
        self.roots = list(roots)
        self._read()

    def _read(self):
        ctx = GLib.MainContext.default()
        pending = [0]

        def call(path, iface, method, args, done):
            pending[0] += 1

            def finish(conn, res):
                pending[0] -= 1
                try:
                    done(conn.call_finish(res).unpack())
                except GLib.Error:
                    pass  # the node went away while we looked: it is not there

            self.conn.call(self.bus_name, path, iface, method, args, None,
                           Gio.DBusCallFlags.NONE, 5000, None, finish)

        def visit(path, parent, depth):
            if path in self.recs or depth > 80:
                return
            rec = {"path": path, "parent": parent, "role": "?", "name": "", "children": []}
            self.recs[path] = rec
            self.order.append(path)

            def got_role(v):
                rec["role"] = role_name(v[0])

            def got_name(v):
                rec["name"] = v[0]

            def got_children(v):
                rec["children"] = [c[1] for c in v[0] if c[1] != "/org/a11y/atspi/null"]
                for child in rec["children"]:
                    visit(child, path, depth + 1)

            call(path, self.ACC, "GetRole", None, got_role)
            call(path, "org.freedesktop.DBus.Properties", "Get",
                 GLib.Variant("(ss)", (self.ACC, "Name")), got_name)
            call(path, self.ACC, "GetChildren", None, got_children)

        for root in self.roots:
            visit(root, None, 0)
        end = time.monotonic() + 30
        while pending[0] and time.monotonic() < end:
            ctx.iteration(True)

    def under(self, root):
        """Paths of root and everything under it, depth first."""
        stack = [root]
        while stack:
            path = stack.pop()
            rec = self.recs.get(path)
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

    def chain(self, path):
        """The paths from a root down to path."""
        result = []
        while path is not None:
            result.append(path)
            path = self.recs[path]["parent"] if path in self.recs else None
        return list(reversed(result))


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
        # The contract names are English; translations would change them.
        env["LANGUAGE"] = "en"
        env["LC_ALL"] = "C.UTF-8"
        env.setdefault("GSETTINGS_SCHEMA_DIR", "")
        if not env["GSETTINGS_SCHEMA_DIR"]:
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
        # GTK 4.8 does not tell the AT-SPI cache about every change (names of
        # rebound list rows, for one): always ask the application itself.
        _safe(lambda: self.app.set_cache_mask(Atspi.Cache.NONE))
        self.bus_name = self.app.app.bus_name
        self.main_window(timeout=timeout)
        return self

    def _find_app(self):
        if self.proc.poll() is not None:
            raise UiError("mentor exited with code %s before its window appeared\n%s"
                          % (self.proc.returncode, self.log()))
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children_of(desktop):
            if _safe(app.get_process_id) == self.proc.pid:
                return app
        return None

    def log(self):
        if not self.log_path:
            return ""
        with open(self.log_path, "r", errors="replace") as f:
            return f.read()

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def quit(self, timeout=20):
        """Closes the main window as a person would; the app must exit with 0."""
        if not self.running():
            raise UiError("mentor is not running (exit code %s)\n%s"
                          % (self.proc.returncode if self.proc else None, self.log()))
        window = self.main_window()
        trace("close the main window")
        try:
            self.do_action(window, "window.close")
        except GLib.Error as exc:
            # The last window closed, the app may exit before it replies.
            if "disconnected" not in str(exc) and "NoReply" not in str(exc):
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
        if self.app is None:
            return []
        return [w for w in children_of(self.app)
                if "showing" in states_of(w) or "visible" in states_of(w)]

    def main_window(self, timeout=None):
        return wait_until(
            lambda: next((w for w in self.windows()
                          if name_of(w) == "Mentor" and "showing" in states_of(w)), None),
            timeout, "the main window titled 'Mentor'")

    def window(self, title, timeout=None):
        """A toplevel on screen (the editor, a dialog) by its title. GTK 4.8
        gives "showing" to the main window only: a modal AdwWindow is a
        "filler" that is just "visible"."""
        return wait_until(
            lambda: next((w for w in self.windows() if name_matches(w, title)), None),
            timeout, "a window titled %r" % (title,))

    def wait_window_gone(self, title, timeout=None):
        wait_until(lambda: not any(name_matches(w, title) for w in self.windows()),
                   timeout, "the window %r to close" % (title,))

    # ---- finding -----------------------------------------------------------

    def toplevel_of(self, node):
        current = node
        while current is not None:
            parent = parent_of(current)
            if parent is None or role_of(parent) == "application":
                return current
            current = parent
        return None

    def is_ancestor(self, maybe_ancestor, node):
        current = node
        for _ in range(80):
            if current is None:
                return False
            if same(current, maybe_ancestor):
                return True
            if role_of(current) == "application":
                return False
            current = parent_of(current)
        return False

    def is_showing(self, node):
        """On screen: its window is, it and its ancestors are visible, it has
        a size, and GTK finds it when picking inside it.

        GTK 4.8 keeps the old size of a page hidden in a stack, so the size
        alone says nothing; but gtk_widget_pick() finds nothing in a widget
        that is not mapped. The pick is asked of the node itself
        (Component.GetAccessibleAtPoint on the node), never of the window:
        GTK 4.8 answers a pick that lands on a widget no one has listed yet
        with a broken reply that cuts the application off the a11y bus, and
        the node's own widgets were all listed a moment ago. Insensitive
        widgets are not picked: a greyed-out button does not count as shown.
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
        while current is not None and not same(current, top):
            if "visible" not in states_of(current):
                return False
            current = parent_of(current)
        ext = _safe(lambda: node.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
        if ext is None or ext.width <= 0 or ext.height <= 0:
            return False
        # Scrolled out of view, as a person would scroll to it: on screen when
        # the scrolled window around it is.
        cx, cy = ext.x + ext.width // 2, ext.y + ext.height // 2
        scroller = parent_of(node)
        while scroller is not None and not same(scroller, top) and role_of(scroller) != "scroll pane":
            scroller = parent_of(scroller)
        if scroller is not None and role_of(scroller) == "scroll pane":
            sext = _safe(lambda: scroller.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
            if sext is not None and not (sext.x <= cx < sext.x + sext.width
                                         and sext.y <= cy < sext.y + sext.height):
                return self.is_showing(scroller)
        top_ext = _safe(lambda: top.queryComponent().getExtents(pyatspi.WINDOW_COORDS))
        if top_ext is not None and not (top_ext.x <= cx < top_ext.x + top_ext.width
                                        and top_ext.y <= cy < top_ext.y + top_ext.height):
            return False
        # List the node's own widgets first, so that GTK knows them all.
        if _safe(lambda: node.childCount, 0):
            Snapshot(a11y_bus(), self.bus_name, [node.path])
        # A grid over the node's area: the text widget inside an entry is not
        # exposed (its pick answers nothing), the entry's border is.
        xs = sorted({ext.x + min(2, ext.width - 1), ext.x + ext.width // 4, ext.x + ext.width // 2,
                     ext.x + (3 * ext.width) // 4, ext.x + max(ext.width - 3, 0)})
        ys = sorted({ext.y + min(2, ext.height - 1), ext.y + ext.height // 2,
                     ext.y + max(ext.height - 3, 0)})
        comp = node.queryComponent()
        for y in ys:
            for x in xs:
                if _safe(lambda: comp.getAccessibleAtPoint(x, y, pyatspi.WINDOW_COORDS)) is not None:
                    return True
        # A label that takes no pointer (can-target off) is found by picking
        # its parent, which then answers with the label or itself.
        parent = parent_of(node)
        if role_of(node) == "label" and parent is not None and not same(parent, top):
            pcomp = _safe(parent.queryComponent)
            hit = _safe(lambda: pcomp.getAccessibleAtPoint(cx, cy, pyatspi.WINDOW_COORDS))
            return same(hit, node) or same(hit, parent)
        return False

    def snapshot(self, scope=None):
        roots = [scope] if scope is not None else self.windows()
        self.check_alive()
        return Snapshot(a11y_bus(), self.bus_name, [r.path for r in roots]), roots

    def check_alive(self):
        """A crash is reported as one, not as a widget that never showed."""
        if self.proc is not None and self.proc.poll() is not None:
            raise UiError("mentor exited (code %s) while the test was looking at it\n%s"
                          % (self.proc.returncode, self.log()))

    def resolve(self, snap, roots, path):
        """The live pyatspi object of a path of the snapshot, reached from its
        window child by child (GTK 4.8 lists GtkStackPage objects among the
        children that GetChildren leaves out: they are passed through)."""
        chain = snap.chain(path)
        node = next((r for r in roots if r.path == chain[0]), None)
        for want in chain[1:]:
            if node is None:
                return None
            queue, node = children_of(node), None
            for _ in range(3):
                deeper = []
                for child in queue:
                    if child.path == want:
                        node = child
                        break
                    if child.path not in snap.recs:
                        deeper.extend(children_of(child))
                if node is not None or not deeper:
                    break
                queue = deeper
        return node

    def find_all(self, role=None, name=None, scope=None, showing=True, where=None):
        """Every node under scope (default: all windows of the app) with that
        role ("push button", "label", …; None for any) and name (see name_ok),
        on screen unless showing=False, and for which where(node) holds."""
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
                node = self.resolve(snap, roots, rec["path"])
                if node is None:
                    continue
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
        trace("gone: %s named %r (%.1f s)" % (role or "node", _pattern(name), time.monotonic() - started))

    def exists_now(self, role=None, name=None, scope=None, where=None):
        return bool(self.find_all(role, name, scope, True, where))

    # ---- acting ------------------------------------------------------------

    def do_action(self, node, action_name):
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if action_name not in names:
            raise UiError("%s has no action %r (it has %s)" % (describe(node), action_name, names))
        return action.doAction(names.index(action_name))

    def click(self, node):
        """Clicks a button (its "click" action, else its first action), or,
        for a widget without actions (a row), with the pointer."""
        if "sensitive" not in states_of(node):
            raise UiError("%s is insensitive and cannot be clicked" % describe(node))
        trace("click %s" % describe(node))
        action = _safe(node.queryAction)
        count = _safe(lambda: action.nActions, 0) if action is not None else 0
        if count:
            names = [action.getName(i) for i in range(count)]
            for wanted in ("click", "activate", "press"):
                if wanted in names:
                    action.doAction(names.index(wanted))
                    return
            if not any("." in n for n in names):
                action.doAction(0)
                return
        self.pointer_click(node)

    def pointer_click(self, node, double=False):
        """A real pointer click in the middle of the node. Without a window
        manager the main window sits at the origin of the screen, so window
        coordinates are screen coordinates."""
        ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        if ext.width <= 0 or ext.height <= 0:
            raise UiError("%s has no area to click" % describe(node))
        x = ext.x + ext.width // 2
        y = ext.y + ext.height // 2
        pyatspi.Registry.generateMouseEvent(x, y, "b1d" if double else "b1c")

    def set_text(self, node, text, verify=True):
        """Types text into an entry, replacing what it held; with verify, waits
        until the entry holds exactly that (a tag entry takes commas away)."""
        trace("type %r into %s" % (text, describe(node)))
        editable = node.queryEditableText()
        if not editable.setTextContents(text):
            raise UiError("could not set the text of %s" % describe(node))
        if not verify:
            return
        wait_until(lambda: text_of(node) == text, 5,
                   lambda: "%s to hold %r (it holds %r)" % (describe(node), text, text_of(node)))

    def press_key(self, keysym, modifiers=0):
        if modifiers:
            pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
        try:
            pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        finally:
            if modifiers:
                pyatspi.Registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)

    def press_enter(self, node):
        """Enter in an entry: its "activate" action when it has one, else a
        pointer click to focus it and the Return key."""
        action = _safe(node.queryAction)
        names = _safe(lambda: [action.getName(i) for i in range(action.nActions)], []) or []
        if "activate" in names:
            action.doAction(names.index("activate"))
            return
        self.pointer_click(node)
        # An AdwEntryRow gives the focus to a text widget GTK does not expose,
        # so the focus may not be seen: wait for it a little, then go on.
        with contextlib.suppress(UiError):
            wait_until(lambda: "focused" in states_of(node)
                       or any("focused" in states_of(n) for n in walk(node, 4)),
                       1, "%s to take the keyboard focus" % describe(node))
        self.press_key(KEY_RETURN)

    def set_value(self, node, value):
        trace("set %s to %s" % (describe(node), value))
        v = node.queryValue()
        v.currentValue = float(value)
        wait_until(lambda: abs(node.queryValue().currentValue - float(value)) < 1e-6, 5,
                   "%s to hold %s" % (describe(node), value))

    def current_choice(self, combo):
        """The text a drop-down or combo row shows as chosen."""
        snap, roots = self.snapshot(combo)
        title = name_of(combo)
        for rec in snap.under(combo.path):
            # The open popover's list is not the choice.
            if rec["role"] == "list" and len([c for c in rec["children"]]) > 1:
                continue
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
        before = [l.path for l in walk(combo) if role_of(l) == "list"]
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
                if "focused" in states_of(it) or any("focused" in states_of(n) for n in walk(it, 3)):
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
        lst = parent_of(item)
        with contextlib.suppress(Exception):
            lst.querySelection().selectChild(item.getIndexInParent())
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
    """The text input named name (an AdwEntryRow, a GtkEntry of a tag entry,
    a text view, a spin button): the editable node, not a label of that name."""
    return m.find(None, name, timeout, scope, where=is_editable)


def show_view(m, title):
    """Switches the main window to the view titled title ("People",
    "Mentorships") with the view switcher."""
    m.click(m.find("page tab", title, scope=m.main_window()))
    wait_until(lambda: any("selected" in states_of(t) or "checked" in states_of(t)
                           for t in m.find_all("page tab", title, scope=m.main_window())),
               None, "the %r view to be the one shown" % title)


def add_tags(m, name, text, scope=None):
    """Types text into the tag entry name, ending with a comma, which turns
    what was typed into tags (the contract's "Enter or a comma"). Each tag
    must then show with its "Remove <tag>" button and the entry be empty.

    Enter is not used: the "activate" action GTK 4.8 gives a GtkEntry does
    not emit the entry's activate signal, and a key press needs the entry
    focused by a pointer click, which a modal window cannot get without a
    window manager to keep it above its parent."""
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
    try:
        m.start(timeout)
    except Exception:
        raise
    return m


def screenshot(path):
    if not (shutil.which("xwd") and shutil.which("convert")):
        return None
    with contextlib.suppress(Exception):
        subprocess.run("xwd -root -silent | convert xwd:- %s" % path, shell=True,
                       timeout=20, check=True)
        return path
    return None


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(test, name=None):
    """Runs test(tmpdir) and exits: 0 when it passes, 1 with the reason, the
    AT-SPI tree of every window still open, the app's output and a screenshot
    path when it fails. Every Mentor started through launch() is killed."""
    name = name or os.path.splitext(os.path.basename(sys.argv[0]))[0]
    tmpdir = tempfile.mkdtemp(prefix="mentor-%s-" % name)
    code = 0
    try:
        test(tmpdir)
        print("PASS %s" % name, flush=True)
    except BaseException as exc:  # noqa: B902 — report everything, then fail
        code = 1
        print("FAIL %s: %s" % (name, exc), flush=True)
        traceback.print_exc()
        for m in _running:
            if m.running() and m.app is not None:
                print("---- AT-SPI tree of mentor (pid %d) ----" % m.proc.pid)
                with contextlib.suppress(Exception):
                    print(m.dump())
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
                criticals = len(re.findall(r"-(CRITICAL|WARNING) \*\*", out))
                if criticals:
                    print("NOTE: mentor printed %d GLib warning or critical message(s)" % criticals)
            if m.log_path:
                with contextlib.suppress(OSError):
                    os.unlink(m.log_path)
        if code == 0:
            shutil.rmtree(tmpdir, ignore_errors=True)
        else:
            print("---- test files kept in %s" % tmpdir)
        sys.stdout.flush()
    sys.exit(code)
