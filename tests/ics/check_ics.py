#!/usr/bin/env python3
"""Reads every .ics sample named in manifest.json with Python's `icalendar` package and checks
that it parses without errors and agrees with the manifest on events, dates, summaries and
reminders and privacy (CLASS). Usage: check_ics.py SAMPLES_DIR. Exits non-zero on the first disagreement."""

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

import icalendar


def fail(message):
    print(f"icalendar: {message}", file=sys.stderr)
    sys.exit(1)


def when(prop, where):
    """A DATE as YYYY-MM-DD, a UTC DATE-TIME as YYYY-MM-DDTHH:MM:SSZ; floating times fail."""
    value = prop.dt
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() != timedelta(0):
            fail(f"{where}: {value!r} is not a UTC time")
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def check(path, expected):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    for component in cal.walk():
        if component.errors:
            fail(f"{path.name}: {component.name} has errors {component.errors}")
    for name, value in [("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")]:
        if str(cal.get(name)) != value:
            fail(f"{path.name}: {name} is {cal.get(name)!r}, expected {value!r}")
    if not cal.get("PRODID"):
        fail(f"{path.name}: no PRODID")
    events = cal.walk("VEVENT")
    if len(events) != len(expected):
        fail(f"{path.name}: {len(events)} events, the manifest says {len(expected)}")
    uids = [str(e.get("UID")) for e in events]
    if len(set(uids)) != len(uids):
        fail(f"{path.name}: UIDs are not unique")
    for event, want in zip(events, expected):
        where = f"{path.name} {want['uid']}"
        got = {
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "start": when(event.get("DTSTART"), where),
            "end": when(event.get("DTEND"), where),
            "alarms": len(event.walk("VALARM")),
            "class": str(event.get("CLASS")),
        }
        if not event.get("DTSTAMP"):
            fail(f"{where}: no DTSTAMP")
        for key, value in got.items():
            if value != want[key]:
                fail(f"{where}: {key} is {value!r}, the manifest says {want[key]!r}")
        for alarm in event.walk("VALARM"):
            if str(alarm.get("ACTION")) != "DISPLAY" or not alarm.get("DESCRIPTION"):
                fail(f"{where}: a reminder needs ACTION:DISPLAY and a DESCRIPTION")
    return len(events)


def main():
    samples = Path(sys.argv[1])
    manifest = json.loads((samples / "manifest.json").read_text(encoding="utf-8"))
    total = 0
    for sample in manifest["samples"]:
        total += check(samples / sample["file"], sample["events"])
    print(f"icalendar {icalendar.__version__}: {len(manifest['samples'])} files, {total} events agree with the manifest")


if __name__ == "__main__":
    main()
