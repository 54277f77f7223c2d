#!/usr/bin/env python3
"""Every user-visible string has a finished French and Japanese translation (issue 15).

Reads resources/translations/jcroadmap_{fr,ja}.ts and fails on
- an entry that is unfinished, empty, vanished or obsolete;
- a translation that drops or adds a placeholder (%1 … %99, %n) of its source;
- a plural entry without the language's number of forms (French 2, Japanese 1);
- a source string in the code that the file lacks, or an entry whose string left the code:
  lupdate is run on app/ and ui/ into a temporary copy of each file (the options of the
  update_translations target) and the entries are compared.
jcroadmap_en.ts (English plural forms only, lupdate -pluralonly) is checked the same way.

Usage: checktranslations.py LUPDATE SOURCE_DIR
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source = sys.argv[1], Path(sys.argv[2])
translations = source / "resources" / "translations"
OPTIONS = ["-no-obsolete", "-locations", "none"]
FILES = {"fr": ([], 2), "ja": ([], 1), "en": (["-pluralonly"], 2)}
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
problems = []


def entries(path):
    """{(context, source, comment): message element}"""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def describe(key):
    context, text, comment = key
    return f"{context}: “{text}”" + (f" ({comment})" if comment else "")


def placeholders(text):
    return sorted(set(m.replace("%L", "%") for m in PLACEHOLDER.findall(text)))


for lang, (extra, forms) in FILES.items():
    ts = translations / f"jcroadmap_{lang}.ts"
    if not ts.exists():
        problems.append(f"{ts} is missing")
        continue
    committed = entries(ts)
    if not committed:
        problems.append(f"{ts.name}: no entries")
    for key, message in committed.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if translation is None or kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{ts.name}: {kind or 'unfinished'}: {describe(key)}")
            continue
        wanted = placeholders(key[1])
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if len(texts) != forms:
                problems.append(f"{ts.name}: {len(texts)} plural forms instead of {forms}: "
                                f"{describe(key)}")
            # The singular form of a language that has one may leave %n out ("un élément").
            wanted = [p for p in wanted if p != "%n"]
            got_list = [[p for p in placeholders(t) if p != "%n"] for t in texts]
        else:
            texts = [translation.text or ""]
            got_list = [placeholders(texts[0])]
        if any(not t.strip() for t in texts):
            problems.append(f"{ts.name}: empty translation: {describe(key)}")
            continue
        for got in got_list:
            if got != wanted:
                problems.append(f"{ts.name}: placeholders {got} instead of {wanted}: "
                                f"{describe(key)}")
                break

    # What lupdate finds in the code today, merged into a copy of the committed file.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        shutil.copy(ts, copy)
        run = subprocess.run([lupdate, *OPTIONS, *extra, str(source / "app"), str(source / "ui"),
                              "-ts", str(copy)], capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"lupdate failed on {ts.name}: {run.stdout}{run.stderr}")
            continue
        updated = entries(copy)
    for key in sorted(set(updated) - set(committed)):
        problems.append(f"{ts.name}: missing (in the code, not in the file): {describe(key)}")
    for key in sorted(set(committed) - set(updated)):
        problems.append(f"{ts.name}: vanished (in the file, no longer in the code): "
                        f"{describe(key)}")

if problems:
    print(f"{len(problems)} translation problems "
          "(run `cmake --build build --target update_translations`, then translate):")
    print("\n".join(problems[:200]))
    if len(problems) > 200:
        print(f"… and {len(problems) - 200} more")
    sys.exit(1)
print("every string of app/ and ui/ has a finished French and Japanese translation")
