#!/usr/bin/env python3
"""Checks a jcroadmap iCalendar export strictly (every line ends in CRLF, no line is longer
than 75 octets, continuation lines start with a space) and parses it with the icalendar
package (an independent reader). Prints the events as JSON; exit 1 on a violation."""
import json, sys
import icalendar

data = open(sys.argv[1], 'rb').read()
if not data.endswith(b'\r\n'):
    sys.exit('the file does not end in CRLF')
lines = data.split(b'\r\n')[:-1]
for n, line in enumerate(lines, start=1):
    if b'\n' in line or b'\r' in line:
        sys.exit(f'line {n} holds a bare line break')
    if len(line) > 75:
        sys.exit(f'line {n} is {len(line)} octets long')
    try:
        line.decode('utf-8')
    except UnicodeDecodeError:
        sys.exit(f'line {n} splits a UTF-8 character')
cal = icalendar.Calendar.from_ical(data)
events = []
for e in cal.walk('VEVENT'):
    events.append({
        'uid': str(e['UID']),
        'summary': str(e['SUMMARY']),
        'description': str(e['DESCRIPTION']),
        'start': e.decoded('DTSTART').isoformat(),
        'end': e.decoded('DTEND').isoformat(),
        'startIsDate': type(e.decoded('DTSTART')).__name__ == 'date',
        'categories': str(e['CATEGORIES'].to_ical().decode()) if 'CATEGORIES' in e else '',
    })
json.dump({'version': str(cal['VERSION']), 'prodid': str(cal['PRODID']), 'events': events},
          sys.stdout, ensure_ascii=False)
