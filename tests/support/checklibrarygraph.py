#!/usr/bin/env python3
"""Checks that the project's libraries form a tree (issue 11): configures the source tree afresh
in a temporary folder (nothing is built, the real build tree is not touched) with
`cmake --graphviz`, then fails when a cycle exists among the project's targets
or when the core library depends on the timeline, report or CLI libraries (or, through them,
on libqpdf). Usage: checklibrarygraph.py CMAKE SOURCE_DIR"""
import os
import re
import subprocess
import sys
import tempfile

cmake, source = sys.argv[1], os.path.abspath(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([cmake, '-S', source, '-B', os.path.join(tmp, 'build'),
                    '--graphviz=' + os.path.join(tmp, 'deps.dot')],
                   check=True, stdout=subprocess.DEVNULL)
    text = open(os.path.join(tmp, 'deps.dot'), encoding='utf-8').read()

names = dict(re.findall(r'"(node\d+)" \[ label = "([^"]+)"', text))
graph = {}
for a, b in re.findall(r'"(node\d+)" -> "(node\d+)"', text):
    graph.setdefault(names[a], set()).add(names[b])


def reachable(start):
    seen, todo = set(), [start]
    while todo:
        for n in graph.get(todo.pop(), ()):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


problems = []
for target in sorted(graph):
    if target.startswith('jcroadmap') and target in reachable(target):
        problems.append('cycle through ' + target)
core = reachable('jcroadmap_core')
for upper in ('jcroadmap_timelinecore', 'jcroadmap_report', 'jcroadmap_cli', 'jcroadmap_ui'):
    if upper in core:
        problems.append('jcroadmap_core depends on ' + upper)
if any('QPDF' in n for n in core):
    problems.append('jcroadmap_core links libqpdf')
expected = {'jcroadmap_timelinecore': {'jcroadmap_core'},
            'jcroadmap_report': {'jcroadmap_core', 'jcroadmap_timelinecore'},
            'jcroadmap_cli': {'jcroadmap_core', 'jcroadmap_timelinecore', 'jcroadmap_report'}}
for target, wanted in expected.items():
    missing = wanted - reachable(target)
    if missing:
        problems.append('%s does not depend on %s' % (target, ', '.join(sorted(missing))))
if 'jcroadmap_cli' in reachable('jcroadmap_ui'):
    problems.append('the widgets depend on the command line')
for p in problems:
    print('library graph: ' + p)
print('library graph: %d targets, %s' % (len(graph), 'a tree' if not problems else 'NOT a tree'))
sys.exit(1 if problems else 0)
