"""What a screen reader sees of the console, through the AT-SPI bus (Qt's
bridge on Linux): the window, its menus, the model table's cells, and a name
on every control. Run by run-atspi.sh; exits non-zero with the reasons."""
import sys
import time

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "text", "spin button", "table", "tree table", "list", "menu", "menu item",
               "page tab", "slider"}
EXPECTED_MODELS = sys.argv[1:] or ["gpt-4o", "deepseek-chat"]


def find_app(deadline):
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "langbot" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, path, out):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is None:
            continue
        here = path + [f"{child.getRoleName()} “{child.name}”"]
        out.append((child, here))
        if len(here) < 14:
            walk(child, here, out)
    return out


def main():
    deadline = time.time() + 40
    app = find_app(deadline)
    if app is None:
        print("atspi: the console never appeared on the accessibility bus")
        return 1
    problems = []
    # The table fills once the demo server answered: poll until it has cells.
    while True:
        nodes = walk(app, [], [])
        tables = [n for n, _ in nodes if n.getRoleName() in ("table", "tree table")]
        cells = [n.name for n, _ in nodes if n.getRoleName() == "table cell"]
        if all(m in cells for m in EXPECTED_MODELS) or time.time() > deadline:
            break
        time.sleep(0.5)
    if not any(t.name == "Models" for t in tables):
        problems.append(f"no table named “Models” (tables: {[t.name for t in tables]})")
    for model in EXPECTED_MODELS:
        if model not in cells:
            problems.append(f"the model “{model}” is not readable in the table's cells")
    menus = [n.name for n, path in nodes
             if len(path) >= 2 and path[-2].startswith("menu bar") and n.getRoleName() == "menu item"]
    for menu in ("File", "Server", "Model", "Help"):
        if menu not in menus:
            problems.append(f"no menu “{menu}” (menus: {menus})")
    for node, path in nodes:
        if node.getRoleName() in INTERACTIVE and not (node.name or "").strip():
            problems.append("a control without a name: " + " / ".join(path[-4:]))
    print(f"atspi: {len(nodes)} accessible objects, {len(cells)} table cells, "
          f"menus {menus}")
    for p in problems:
        print("atspi: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
