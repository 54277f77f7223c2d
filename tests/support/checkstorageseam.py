#!/usr/bin/env python3
"""The storage seam (issue 11): outside app/storage/, code reaches a roadmap only through the
RoadmapStore interface. No file of app/ or ui/ outside app/storage/ may include a backend's
internals (the SQLite connection, the repositories, SQLite's or Qt Sql's headers) or name them,
so that a second backend can be added without touching the document, models or views.

Usage: checkstorageseam.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

source = Path(sys.argv[1])
# What the rest of the application may include from storage/: the interface and plain types.
allowed = {"roadmapstore.h", "storetypes.h", "snapshot.h", "outputguard.h",
           "backgroundintegritycheck.h", "schema.h", "serveraddress.h", "serverpassword.h",
           "changefeed.h", "serverprobe.h"}
include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
# Types of the SQLite backend that must not be named outside it.
backend_names = re.compile(r"\b(Database|SqliteStore|PostgresStore|RoadmapRepository|ChangeLogRepository|"
                           r"BaselineRepository|SourceRepository|ItemWriter|Statement|"
                           r"QSqlDatabase|QSqlQuery|sqlite3)\b(?=\s*[&*:(<{]|\s+\w)")
problems = []
checked = 0
for top in ("app", "ui"):
    for path in sorted((source / top).rglob("*")):
        if path.suffix not in (".h", ".cpp") or (source / "app" / "storage") in path.parents:
            continue
        checked += 1
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(source)
        for name in include.findall(text):
            if name.startswith("storage/") and name[len("storage/"):] not in allowed:
                problems.append(f"{rel}: includes {name}")
            if name.startswith(("sqlite3", "QSql", "QtSql", "libpq")):
                problems.append(f"{rel}: includes {name}")
        # Comments may name the backend's classes; code may not.
        code = re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
        code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', code)
        for match in backend_names.finditer(code):
            line = code.count("\n", 0, match.start()) + 1
            problems.append(f"{rel}:{line}: uses {match.group(1)}")

if checked < 50:
    print(f"only {checked} source files found under {source}: wrong folder?")
    sys.exit(1)
if problems:
    print("Code outside app/storage/ reaches under the RoadmapStore interface:")
    print("\n".join(problems))
    sys.exit(1)
print(f"{checked} files outside app/storage/ use only the RoadmapStore interface")
