#!/usr/bin/python3
"""A stand-in notification server for the UI tests.

Owns org.freedesktop.Notifications on the session bus of the test (the one
run-ui-test.sh makes), so that GLib's GNotification backend talks to it as it
would to GNOME Shell. Every Notify call is written to LOG as one JSON line
({"id", "app", "summary", "body", "actions"}); READY is created once the name
is owned. On SIGUSR1 it answers the last notification as a click on it would:
the ActionInvoked signal with the "default" action.

Usage: fake_notifications.py LOG READY
"""

import json
import signal
import sys

from gi.repository import Gio, GLib

PATH = "/org/freedesktop/Notifications"
IFACE = "org.freedesktop.Notifications"
XML = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="s" direction="in"/><arg type="as" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
</node>
"""


def main():
    log_path, ready_path = sys.argv[1], sys.argv[2]
    state = {"last": 0, "conn": None}
    loop = GLib.MainLoop()
    node = Gio.DBusNodeInfo.new_for_xml(XML)

    def on_call(conn, sender, path, iface, method, params, invocation):
        if method == "Notify":
            app, _replaces, _icon, summary, body, actions, _hints, _timeout = params.unpack()
            state["last"] += 1
            with open(log_path, "a") as log:
                log.write(json.dumps({"id": state["last"], "app": app, "summary": summary,
                                      "body": body, "actions": actions}) + "\n")
            invocation.return_value(GLib.Variant("(u)", (state["last"],)))
        elif method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
        elif method == "GetServerInformation":
            invocation.return_value(GLib.Variant("(ssss)", ("fake", "mentor-tests", "1", "1.2")))
        else:
            invocation.return_value(None)

    def on_bus(conn, name):
        state["conn"] = conn
        conn.register_object(PATH, node.interfaces[0], on_call, None, None)

    def on_name(conn, name):
        open(ready_path, "w").close()

    def on_click():
        if state["conn"] is not None and state["last"]:
            state["conn"].emit_signal(None, PATH, IFACE, "ActionInvoked",
                                      GLib.Variant("(us)", (state["last"], "default")))
        return GLib.SOURCE_CONTINUE

    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGUSR1, on_click)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, lambda: loop.quit() or GLib.SOURCE_REMOVE)
    Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.Notifications",
                     Gio.BusNameOwnerFlags.NONE, on_bus, on_name, lambda *a: loop.quit())
    loop.run()


if __name__ == "__main__":
    main()
