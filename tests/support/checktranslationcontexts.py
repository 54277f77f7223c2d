#!/usr/bin/env python3
"""Every user-visible string is extracted by lupdate under the context the code translates it
with: lupdate must report no tr() call it cannot attribute to a class (a file-local tr()
wrapper, a lambda, a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS), and the contexts the
code uses at run time must be the ones in the extracted file.

Usage: checktranslationcontexts.py LUPDATE SOURCE_DIR
"""
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source = sys.argv[1], Path(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    ts = Path(tmp) / "check.ts"
    run = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", str(source / "app"),
                          str(source / "ui"), "-ts", str(ts)],
                         capture_output=True, text=True)
    output = run.stdout + run.stderr
    problems = [line for line in output.splitlines()
                if ": " in line and not line.lstrip().startswith(("Scanning", "Updating",
                                                                     "Found"))]
    if run.returncode != 0 or problems:
        print("lupdate could not attribute these strings to their context:")
        print("\n".join(problems) or output)
        sys.exit(1)
    contexts = {c.findtext("name"): len(c.findall("message"))
                for c in ET.parse(ts).getroot().iter("context")}

# Contexts the code translates with at run time (file-local Tr structs and classes).
expected = ["jcr::Database", "jcr::cli", "jcr::seed", "jcr::Item", "jcr::BackupManager",
            "jcr::SourceRepository", "jcr::RoadmapRepository", "jcr::EditService"]
missing = [c for c in expected if not contexts.get(c)]
if missing:
    print("no strings extracted for the contexts", ", ".join(missing))
    print("found:", ", ".join(sorted(contexts)))
    sys.exit(1)
# A context named after a namespace alone means a tr() lupdate could not place.
stray = [c for c in contexts if c in ("jcr", "")]
if stray:
    print("strings extracted under a bare namespace:", stray)
    sys.exit(1)
print(f"{sum(contexts.values())} strings in {len(contexts)} contexts, all attributed")
