"""Fill the unfinished messages of a Qt .ts file from a table, after `make translations`.

    python tools/translate_ts.py resources/translations/cti_monitor_fr.ts table.json
    python tools/translate_ts.py resources/translations/cti_monitor_en.ts --english-plurals

The table is JSON: {"source text": "translation", "context|source text": "...", "%n user(s)":
["%n utilisateur", "%n utilisateurs"]} (a list for plural forms, one per numerus form of the
language; a "context|" key wins over a bare one). --english-plurals writes English's own forms
("%n user(s)" -> "%n user", "%n users"). Translations already done are kept; what is left
untranslated is listed, and the exit status is 1 while anything is.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def english_forms(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def fill(ts: Path, table: dict | None) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue  # finished, or vanished/obsolete
            numerus = message.get("numerus") == "yes"
            if table is None:
                value = english_forms(source) if numerus else None
            else:
                value = table.get(f"{name}|{source}", table.get(source))
            if value is None:
                missing.append(f"{name}|{source}")
                continue
            if numerus:
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                count = max(2, len(forms))
                for i in range(count):
                    ET.SubElement(translation, "numerusform").text = forms[min(i, len(forms) - 1)]
                translation.text = None
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    ts = Path(argv[0])
    table = None if argv[1] == "--english-plurals" else json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    missing = fill(ts, table)
    for m in missing:
        print(f"untranslated: {m}")
    print(f"{ts.name}: {len(missing)} left untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
