#!/usr/bin/python3
"""F1 opens the help, and the Help item of the main menu does too.

Mentor is started with the help pages of this source tree where Yelp looks
for them (XDG_DATA_DIRS/help/C/mentor, as an installed Mentor has them in
/usr/share/help). F1 in the main window must start a help browser on
help:mentor (Yelp on Debian, a run dependency) whose window reaches the
accessibility bus, and whose XDG_DATA_DIRS lead to this tree's index page;
the main menu's Help item must do the same after that browser is closed.
(Yelp titles its window "Help" and draws the page title in its web view,
which is not on the bus: the page is checked through what Yelp resolves.)
"""

import contextlib
import os
import re
import shutil
import signal

from gi.repository import Gio, GLib

import mentorui as ui
from mentorui import ACC, REGISTRY, ROOT_PATH, Node, wait_until

HELP_TITLE = "Mentor Help"
KEY_F1 = 0xFFBE


def index_title(help_dir):
    with open(os.path.join(help_dir, "index.page"), encoding="utf-8") as f:
        return re.search(r"<title>(.*?)</title>", f.read()).group(1)


def help_processes():
    """Pids of the help browsers showing help:mentor (Yelp gets the address
    on its command line)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if b"help:mentor" in argv and os.path.basename(argv[0]) != b"mentor":
            pids.append(int(entry))
    return pids


def help_windows():
    """(pid, window) of a help browser on help:mentor with its window on the
    accessibility bus, once it shows one."""
    pids = set(help_processes())
    if not pids:
        return []
    conn = ui.a11y_bus()
    found = []
    for ref in Node(REGISTRY, ROOT_PATH).call(ACC, "GetChildren")[0]:
        pid = ui._safe(lambda: conn.call_sync(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "GetConnectionUnixProcessID", GLib.Variant("(s)", (ref[0],)), None,
            Gio.DBusCallFlags.NONE, 5000, None).unpack()[0])
        if pid in pids:
            app = Node(ref[0], ref[1])
            frames = [f for f in ui.children_of(app) or [] if ui.role_of(f) == "frame"]
            if frames:
                found.append((pid, frames[0]))
    return found


def check_finds_index(pid, help_dir):
    """The browser resolves help:mentor the way Yelp does: the first
    help/C/mentor/index.page along its XDG_DATA_DIRS must be ours."""
    with open("/proc/%d/environ" % pid, "rb") as f:
        env = dict(v.split(b"=", 1) for v in f.read().split(b"\0") if b"=" in v)
    dirs = env.get(b"XDG_DATA_DIRS", b"/usr/local/share:/usr/share").decode().split(":")
    for d in dirs:
        page = os.path.join(d, "help", "C", "mentor", "index.page")
        if os.path.isfile(page):
            assert os.path.samefile(page, os.path.join(help_dir, "index.page")), \
                "help:mentor resolves to %s, not this tree's help" % page
            return page
    raise AssertionError("no help/C/mentor/index.page along the help browser's XDG_DATA_DIRS %s" % dirs)


def close_help():
    # The help browser was started for this test only.
    for pid in help_processes():
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    wait_until(lambda: not help_processes(), 20, "the help browser to quit")


def test(tmp):
    help_dir = os.environ.get("MENTOR_HELP_DIR")
    assert help_dir and os.path.isfile(os.path.join(help_dir, "index.page")), \
        "MENTOR_HELP_DIR does not point at help/C"
    assert index_title(help_dir) == HELP_TITLE, "help/C/index.page is no longer titled %r" % HELP_TITLE
    if shutil.which("yelp") is None:
        raise AssertionError("yelp is not installed: build-aux/deps installs it (F1 needs it)")

    xdg = os.path.join(tmp, "xdg")
    os.makedirs(os.path.join(xdg, "help", "C"))
    os.symlink(os.path.abspath(help_dir), os.path.join(xdg, "help", "C", "mentor"))
    env = {"XDG_DATA_DIRS": xdg + ":" + os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share")}

    db = os.path.join(tmp, "help.db")
    m = ui.launch(db, env=env)
    main = m.main_window()
    assert not help_processes(), "a help browser is open before F1"

    # F1 from the main window.
    m.pointer_click(main)
    m.press_key(KEY_F1)
    pid, window = wait_until(lambda: (help_windows() or [None])[0], 60,
                             "a help browser window on help:mentor after F1")
    print("F1 opened help:mentor in pid %d, showing %s" % (pid, check_finds_index(pid, help_dir)))
    ui.screenshot(os.path.join(os.environ.get("MENTOR_UI_ARTIFACTS", tmp), "help-f1.png"))
    close_help()

    # The main menu's Help item.
    m.click(m.find("push button", "Main Menu", scope=main))
    m.click(m.find(None, "Help", scope=main, showing=False,
                   where=lambda n: "menu" in ui.role_of(n) or ui.role_of(n) == "push button"))
    pid, window = wait_until(lambda: (help_windows() or [None])[0], 60,
                             "a help browser window on help:mentor from the menu's Help")
    print("Main Menu → Help opened help:mentor in pid %d" % pid)
    check_finds_index(pid, help_dir)
    close_help()
    m.quit()


if __name__ == "__main__":
    ui.run(test)
