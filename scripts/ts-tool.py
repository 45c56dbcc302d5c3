#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and a plain JSON list, for
translating in bulk without a Linguist GUI.

  ts-tool.py export FILE.ts OUT.json [--all]   unfinished entries (or all)
  ts-tool.py import FILE.ts IN.json            fills the entries given

JSON: a list of {"context", "source", "comment", "numerus", "translation"};
"translation" is a string, or for a numerus entry a list of forms (one form
for Chinese and Japanese, two for English). An imported entry loses its
"unfinished" mark. Afterwards run `cmake --build build --target
update_translations` (or lupdate) to bring the file back to lupdate's layout.
"""
import json
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    comment = message.findtext("comment") or ""
    return (context, message.findtext("source") or "", comment)


def entries(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(ts, out, everything):
    tree = ET.parse(ts)
    rows = []
    for context, message in entries(tree):
        tr = message.find("translation")
        if not everything and tr is not None and tr.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            value = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        else:
            value = tr.text or "" if tr is not None else ""
        rows.append({"context": context, "source": message.findtext("source") or "",
                     "comment": message.findtext("comment") or "", "numerus": numerus,
                     "translation": value})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    print(f"{len(rows)} entries written to {out}")


def import_(ts, src):
    tree = ET.parse(ts)
    with open(src, encoding="utf-8") as f:
        rows = json.load(f)
    wanted = {(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in rows}
    done = 0
    for context, message in entries(tree):
        value = wanted.pop(key(context, message), None)
        if value is None or value == "" or value == []:
            continue
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            if isinstance(value, list):
                value = value[0]
            tr.text = value
        tr.attrib.pop("type", None)
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{done} entries filled in {ts}; {len(wanted)} not found")
    for k in list(wanted)[:20]:
        print("  not found:", k)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3], "--all" in sys.argv[4:])
    elif len(sys.argv) == 4 and sys.argv[1] == "import":
        import_(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
