#!/usr/bin/env python3
"""Opens a jcroadmap Excel export with openpyxl (an independent reader) and checks what the
issue asks of it: an Items sheet with a frozen header, an autofilter, dates as dates, fitted
column widths, coloured area cells, and a Status updates sheet. Prints the rows as JSON
(dates as YYYY-MM-DD); exit 1 with a message when a check fails."""
import datetime, json, sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
if book.sheetnames != ['Items', 'Status updates']:
    sys.exit(f'sheets are {book.sheetnames}')
items, history = book['Items'], book['Status updates']
for sheet in (items, history):
    if sheet.freeze_panes != 'A2':
        sys.exit(f'{sheet.title}: the header is not frozen ({sheet.freeze_panes})')
    if not sheet.auto_filter.ref or not sheet.auto_filter.ref.startswith('A1:'):
        sys.exit(f'{sheet.title}: no autofilter ({sheet.auto_filter.ref})')

def value(v):
    if isinstance(v, datetime.datetime):
        return {'date': v.date().isoformat()}
    if isinstance(v, datetime.date):
        return {'date': v.isoformat()}
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v

rows = [[value(c) for c in row] for row in items.iter_rows(values_only=True)]
header = rows[0]
widths = {}
for letter, dim in items.column_dimensions.items():
    widths[letter] = dim.width
area_fills = set()
area_col = header.index('area') + 1
for r in range(2, items.max_row + 1):
    cell = items.cell(row=r, column=area_col)
    if cell.value is not None:
        area_fills.add(cell.fill.fgColor.rgb)
start_col = header.index('start') + 1
date_format = None
for r in range(2, items.max_row + 1):
    cell = items.cell(row=r, column=start_col)
    if cell.value is not None:
        if not isinstance(cell.value, datetime.datetime):
            sys.exit(f'start in row {r} is not a date: {cell.value!r}')
        date_format = cell.number_format
        break
hist = [[value(c) for c in row] for row in history.iter_rows(values_only=True)]
json.dump({'header': header, 'rows': rows[1:], 'widths': widths,
           'areaFills': sorted(str(f) for f in area_fills), 'dateFormat': date_format,
           'history': hist}, sys.stdout, ensure_ascii=False)
