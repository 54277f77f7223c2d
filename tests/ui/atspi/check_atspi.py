#!/usr/bin/python3
"""Issue 18: the planner as a screen reader sees it, through AT-SPI (python3-pyatspi).

Run inside a private X server and D-Bus session (CTest: xvfb-run + dbus-launch):
    check_atspi.py JCROADMAP

It starts openbox and the planner (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) on a seeded roadmap in a
temporary HOME, then, as a screen reader would, walks the accessible tree: the timeline's lanes
and items and the board's cards have names and states, no control that can take the focus is
unnamed, and the focus follows a key press on the timeline. Every wait polls with a deadline;
nothing waits a fixed time and then asserts.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

TIMEOUT = 20.0  # seconds for any one thing to show up on a loaded machine

# Roles a user acts on: an object of these roles that is shown must have a name.
# The health an item's spoken summary must carry (ItemSummary), as words.
HEALTH_WORDS = (", on track, ", ", at risk, ", ", off track, ")

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST_ITEM,
}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def pump():
    """Lets pyatspi deliver queued events."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, condition, timeout=TIMEOUT):
    """Polls condition() until it returns something true; fails after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        pump()
        try:
            value = condition()
        except Exception:  # the tree changes under us: an object may go away mid-walk
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            fail("timed out waiting for " + what)
            return None
        time.sleep(0.05)


def children(obj):
    try:
        return [c for c in (obj.getChildAtIndex(i) for i in range(obj.childCount)) if c]
    except Exception:
        return []


def walk(obj, depth=0):
    yield obj, depth
    if depth > 40:
        return
    for child in children(obj):
        yield from walk(child, depth + 1)


def states(obj):
    return obj.getState()


def showing(obj):
    s = states(obj)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def find(root, predicate):
    for obj, _ in walk(root):
        try:
            if predicate(obj):
                return obj
        except Exception:
            continue
    return None


def key(keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)


def main():
    app_path = sys.argv[1]
    work = tempfile.mkdtemp(prefix="jcr-atspi-")
    env = dict(os.environ)
    env.update({
        "HOME": work, "XDG_CONFIG_HOME": os.path.join(work, ".config"),
        "XDG_DATA_HOME": os.path.join(work, ".local/share"),
        "XDG_RUNTIME_DIR": work,
        "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1", "JCR_TODAY": "2026-11-26",
    })
    roadmap = os.path.join(work, "roadmap.jcroadmap")
    subprocess.run([app_path, "init", roadmap], env=env, check=True, stdout=subprocess.DEVNULL)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app = subprocess.Popen([app_path, roadmap], env=env)
    started = time.monotonic()
    try:
        run(app)
    finally:
        app.terminate()
        wm.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        wm.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    print("took %.1f s" % (time.monotonic() - started))
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("PASS")
    return 0


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for a in children(desktop):
        if a.name == "jcroadmap":
            return a
    return None


def run(process):
    app = wait_for("the planner on the accessibility bus", find_app)
    if not app:
        return
    frame = wait_for("the planner's window, active",
                     lambda: next((f for f in children(app)
                                   if f.getRole() == pyatspi.ROLE_FRAME
                                   and states(f).contains(pyatspi.STATE_ACTIVE)), None))
    if not frame:
        return

    # Record what the bridge announces: focus changes, with the name of what got the focus.
    focused_names = []

    def on_focus(event):
        if event.detail1 == 1:
            try:
                focused_names.append(event.source.name)
            except Exception:
                pass
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")

    # --- The classification marking's band in the menu bar says what it is. ---
    band = wait_for("the classification marking's band",
                    lambda: find(frame, lambda o: (o.name or "").startswith("Classification marking: ")
                                 and showing(o)))
    if band:
        if "UNCLASSIFIED" not in band.name or not (band.description or "").strip():
            fail("the marking band says %r (%r)" % (band.name, band.description))
        print("marking band: %r, %r" % (band.name, band.description))

    # --- The timeline (Ctrl+3): lanes and their items, with names and states. ---
    key("ctrl+3")
    chart = wait_for("the timeline chart",
                     lambda: find(frame, lambda o: o.getRole() == pyatspi.ROLE_PANEL
                                  and o.name == "Timeline" and showing(o)))
    if not chart:
        return
    lanes = wait_for("six lanes with items on screen",
                     lambda: (lambda ls: ls if len(ls) == 6 and any(l.childCount for l in ls)
                              else None)(children(chart)))
    if not lanes:
        return
    items = []
    for lane in lanes:
        if lane.getRole() != pyatspi.ROLE_LIST or ", " not in lane.name or "item" not in lane.name:
            fail("lane %r has role %s" % (lane.name, lane.getRoleName()))
        if not states(lane).contains(pyatspi.STATE_EXPANDABLE):
            fail("lane %r is not expandable" % lane.name)
        for item in children(lane):
            items.append(item)
            if item.getRole() != pyatspi.ROLE_LIST_ITEM:
                fail("timeline item %r has role %s" % (item.name, item.getRoleName()))
            if ", lead " not in item.name or not any(h in item.name for h in HEALTH_WORDS):
                fail("timeline item %r does not say its state" % item.name)
            s = states(item)
            if not (s.contains(pyatspi.STATE_SELECTABLE) and s.contains(pyatspi.STATE_FOCUSABLE)):
                fail("timeline item %r is not selectable and focusable" % item.name)
            actions = item.queryAction()
            names = [actions.getName(i) for i in range(actions.nActions)]
            for wanted in ("Press", "moveLater", "moveEarlier"):
                if wanted not in names:
                    fail("timeline item %r lacks action %s (has %s)" % (item.name, wanted, names))
    print("timeline: %d lanes, %d items on screen, e.g. %r" % (len(lanes), len(items),
                                                                items[0].name if items else None))
    if len(items) < 5:
        fail("only %d timeline items exposed" % len(items))
    check_unnamed(frame, "timeline tab")

    # --- Focus follows the keys on the timeline. ---
    key("ctrl+f")  # somewhere else first, then click into the chart with the keyboard
    key("ctrl+3")
    wait_for("the chart to be on screen", lambda: showing(chart))
    ext = chart.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width - 20), str(ext.y + ext.height - 20),
                    "click", "1"], check=True)
    wait_for("the chart to take the focus",
             lambda: states(chart).contains(pyatspi.STATE_FOCUSED))
    del focused_names[:]
    quiet = HiddenViewListener(chart)
    key("ctrl+Home")
    first = wait_for("a timeline item to get the focus (Ctrl+Home)",
                     lambda: next((i for l in children(chart) for i in children(l)
                                   if states(i).contains(pyatspi.STATE_FOCUSED)), None))
    if first:
        first_name = first.name
        if not states(first).contains(pyatspi.STATE_SELECTED):
            fail("the focused item %r is not selected" % first_name)
        wait_for("the focus event for %r" % first_name, lambda: first_name in focused_names)
        key("Right")
        second = wait_for("the focus to move on (Right)",
                          lambda: next((i for l in children(chart) for i in children(l)
                                        if states(i).contains(pyatspi.STATE_FOCUSED)
                                        and i.name != first_name), None))
        if second:
            second_name = second.name
            wait_for("the focus event for %r" % second_name,
                     lambda: second_name in focused_names)
            print("focus: %r -> %r" % (first_name, second_name))
        quiet.check(second_name)
    quiet.stop()

    # --- The board (Ctrl+2): every card says its whole state. ---
    key("ctrl+2")
    planned = wait_for("the board's Planned column with cards",
                       lambda: find(frame, lambda o: o.getRole() == pyatspi.ROLE_LIST
                                    and o.name == "Planned" and showing(o) and o.childCount > 0))
    if planned:
        cards = children(planned)
        for card in cards:
            if card.getRole() != pyatspi.ROLE_LIST_ITEM:
                fail("card %r has role %s" % (card.name, card.getRoleName()))
            if (", Planned, " not in card.name or ", lead " not in card.name
                    or not any(h in card.name for h in HEALTH_WORDS)):
                fail("card %r does not say its state" % card.name)
            if not states(card).contains(pyatspi.STATE_SELECTABLE):
                fail("card %r is not selectable" % card.name)
        print("board: %d planned cards, e.g. %r" % (len(cards), cards[0].name))
        if planned.childCount != len(cards):
            fail("the Planned list says %d children but gives %d" % (planned.childCount, len(cards)))
        if len(cards) >= 2:
            check_only_own_list_speaks(planned, cards)
    check_unnamed(frame, "board tab")
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")


def index_path(obj):
    """The object's child indices from its application down, e.g. [0, 0, 3, 0, 2, 0, 1]."""
    path = []
    while obj is not None and obj.getRole() != pyatspi.ROLE_APPLICATION and len(path) < 60:
        path.append(obj.getIndexInParent())
        obj = obj.parent
    return path[::-1]


class HiddenViewListener:
    """Hears what the planner tells a screen reader while the timeline is shown and its focus
    moves. The views of the other tabs (the table, the board, the Sources text) follow the shared
    selection; Orca 43 heard their focus, selection and text events, took the hidden table's cell
    (the last focus event) for the focus and never spoke the timeline item. None may come."""

    EVENTS = ("object:state-changed:focused", "object:state-changed:selected", "focus:",
              "object:text-changed", "object:selection-changed",
              "object:active-descendant-changed")

    def __init__(self, chart):
        # The tabs' pages are the children of the outermost layered pane above the chart.
        chart_path = index_path(chart)
        self.pages = None
        obj, depth = chart.parent, len(chart_path) - 1
        while obj is not None and obj.getRole() != pyatspi.ROLE_APPLICATION:
            if obj.getRole() == pyatspi.ROLE_LAYERED_PANE:
                self.pages = chart_path[:depth]
            obj, depth = obj.parent, depth - 1
        if self.pages is None:
            fail("no layered pane holds the chart: cannot tell the hidden tabs")
            self.pages = chart_path[:-1]
        self.shown_page = chart_path[len(self.pages)]
        self.heard = []  # (event type, name, role, page) of events from the other tabs
        self.last_focus = None
        self.listening = True
        self.sentinel = None
        pyatspi.Registry.registerEventListener(self.on_event, *self.EVENTS)

    def on_event(self, event):
        if not self.listening:
            return
        try:
            source = event.source
            name, role = source.name, source.getRoleName()
            if (self.sentinel and event.type.startswith("object:state-changed:focused")
                    and event.detail1 == 1 and name == self.sentinel):
                self.listening = False  # everything sent before the sentinel has come
                return
            path = index_path(source)
        except Exception:
            return
        if len(path) > len(self.pages) and path[:len(self.pages)] == self.pages:
            page = path[len(self.pages)]
            if page != self.shown_page:
                self.heard.append((event.type, name, role, page))
                return
        if (event.type.startswith("object:state-changed:focused") and event.detail1 == 1):
            self.last_focus = name

    def check(self, expected_focus):
        # A focus moved to the filter field marks the end: D-Bus delivers one sender's signals in
        # order, so once its event is here every event the timeline's keys caused has come too.
        self.sentinel = "Filter text"
        key("ctrl+f")
        wait_for("the filter field's focus event (end of the timeline's events)",
                 lambda: not self.listening)
        for what in self.heard[:12]:
            fail("a hidden tab (page %d) told the screen reader %s for %s %r"
                 % (what[3], what[0], what[2], what[1]))
        if self.heard:
            pages = {}
            for what in self.heard:
                pages[what[3]] = pages.get(what[3], 0) + 1
            fail("%d events from hidden tabs while the timeline's focus moved (by page: %s)"
                 % (len(self.heard), ", ".join("%d: %d" % p for p in sorted(pages.items()))))
        if self.last_focus != expected_focus:
            fail("the last focus event before the filter was %r, not the timeline item %r"
                 % (self.last_focus, expected_focus))
        print("hidden tabs: %d events while the timeline's focus moved; last focus %r"
              % (len(self.heard), self.last_focus))

    def stop(self):
        pyatspi.Registry.deregisterEventListener(self.on_event, *self.EVENTS)


BOARD_COLUMNS = ("Proposed", "Planned", "In progress", "Done", "On hold", "Cancelled")


def check_only_own_list_speaks(planned, cards):
    """The board's lists share one selection: moving between two Planned cards must be told by
    the Planned list alone, not by every other column's list (whose events named a card of its
    own at the same row, one that has nothing to do with the move)."""
    ext = cards[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width // 2), str(ext.y + 8),
                    "click", "1"], check=True)
    first = wait_for("the first Planned card to get the focus",
                     lambda: states(cards[0]).contains(pyatspi.STATE_FOCUSED) or None)
    if not first:
        return
    heard, own, state = [], [], {"listening": True}
    events = ("object:state-changed:focused", "object:state-changed:selected", "focus:",
              "object:selection-changed", "object:active-descendant-changed")

    def on_event(event):
        if not state["listening"]:
            return
        try:
            source = event.source
            name, role = source.name, source.getRole()
            if (event.type.startswith("object:state-changed:focused") and event.detail1 == 1
                    and name == "Filter text"):
                state["listening"] = False
                return
            column = (name if role == pyatspi.ROLE_LIST
                      else source.parent.name if role == pyatspi.ROLE_LIST_ITEM else None)
        except Exception:
            return
        if column in BOARD_COLUMNS:
            (own if column == "Planned" else heard).append((event.type, column, name))
    pyatspi.Registry.registerEventListener(on_event, *events)
    key("Down")
    second = wait_for("the second Planned card to get the focus (Down)",
                      lambda: states(cards[1]).contains(pyatspi.STATE_FOCUSED) or None)
    key("ctrl+f")
    wait_for("the filter field's focus event (end of the board's events)",
             lambda: not state["listening"])
    pyatspi.Registry.deregisterEventListener(on_event, *events)
    if second and not own:
        fail("the Planned list told nothing of its focus moving to %r" % cards[1].name)
    for what in heard[:8]:
        fail("the %s list told the screen reader %s for %r while the focus moved in Planned"
             % (what[1], what[0], what[2]))
    print("board: %d events from the Planned list, %d from the other lists" % (len(own), len(heard)))


def check_unnamed(frame, where):
    """No shown control that a user acts on is without a name."""
    count = 0
    for obj, _ in walk(frame):
        try:
            role = obj.getRole()
            if role not in INTERACTIVE or not showing(obj):
                continue
            parent = obj.parent
            # A combo box's list of choices is part of the combo box.
            if role == pyatspi.ROLE_LIST and parent and parent.getRole() == pyatspi.ROLE_COMBO_BOX:
                continue
            count += 1
            if not (obj.name or "").strip():
                fail("%s: unnamed %s (in %s %r)" % (where, obj.getRoleName(),
                                                   parent.getRoleName() if parent else "?",
                                                   parent.name if parent else ""))
        except Exception:
            continue
    print("%s: %d shown controls checked" % (where, count))
    if count < 20:
        fail("%s: only %d controls found: the tree was not walked" % (where, count))


if __name__ == "__main__":
    sys.exit(main())
