#!/usr/bin/env python3
"""Reads a jcroadmap CSV export with Python's csv module (an independent reader) and prints
its header and rows as JSON. Fails (exit 1) when the file breaks RFC 4180 as Excel expects it:
no UTF-8 byte-order mark, a record not ended by CRLF, or a row of another width."""
import csv, io, json, sys

data = open(sys.argv[1], 'rb').read()
if not data.startswith(b'\xef\xbb\xbf'):
    sys.exit('no UTF-8 byte-order mark')
if not data.endswith(b'\r\n'):
    sys.exit('the last record does not end in CRLF')
text = data[3:].decode('utf-8')
rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
header, body = rows[0], rows[1:]
for n, row in enumerate(body, start=2):
    if len(row) != len(header):
        sys.exit(f'record {n} has {len(row)} fields, the header {len(header)}')
# Every record ends in CRLF: the number of CRLF outside quoted fields equals the records.
quoted, ends, i = False, 0, 0
while i < len(text):
    c = text[i]
    if c == '"':
        quoted = not quoted
    elif not quoted and c == '\n':
        if i == 0 or text[i - 1] != '\r':
            sys.exit(f'a record ends in a bare LF at character {i}')
        ends += 1
    i += 1
if ends != len(rows):
    sys.exit(f'{ends} record ends for {len(rows)} records')
json.dump({'header': header, 'rows': body}, sys.stdout, ensure_ascii=False)
