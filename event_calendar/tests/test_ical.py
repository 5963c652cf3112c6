"""The iCalendar of events, parsed back with icalendar."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import icalendar

from event_calendar.ical import calendar_bytes

WARSAW = ZoneInfo("Europe/Warsaw")


def event(**fields):
    values = {
        "translation_key": "3f0c6b2e-0000-4000-8000-000000000001",
        "title": "Spotkanie plenarne Forum",
        "summary": "Comiesięczne spotkanie członków.",
        "start": datetime.datetime(2026, 3, 10, 17, tzinfo=WARSAW),
        "end": datetime.datetime(2026, 3, 10, 19, tzinfo=WARSAW),
        "all_day": False,
        "venue": "Centrum Wielokulturowe",
        "address": "ul. Jagiellońska 1, Warszawa",
        "is_cancelled": False,
        "repeat": "monthly-nth",
        "repeat_interval": 1,
        "repeat_until": None,
        "repeat_count": 6,
        "sequence": 3,
        **fields,
    }
    return SimpleNamespace(**values)


def test_a_monthly_meeting_with_a_cancelled_and_a_moved_occurrence_round_trips():
    exceptions = [
        SimpleNamespace(original_date=datetime.date(2026, 4, 14), is_cancelled=True),
        SimpleNamespace(
            original_date=datetime.date(2026, 5, 12),
            is_cancelled=False,
            new_start=datetime.datetime(2026, 5, 13, 17, tzinfo=WARSAW),
            new_end=None,
        ),
    ]
    data = calendar_bytes([(event(), exceptions, "https://example.org/pl/events/plenary/")], "X")

    calendar = icalendar.Calendar.from_ical(data)
    main, moved = calendar.walk("VEVENT")
    assert str(main["UID"]) == "3f0c6b2e-0000-4000-8000-000000000001@forumrazem.org.pl"
    assert main["RRULE"]["BYDAY"] == ["2TU"]
    assert main["RRULE"]["COUNT"] == [6]
    assert main["SEQUENCE"] == 3
    assert main.decoded("DTSTART") == datetime.datetime(2026, 3, 10, 17, tzinfo=WARSAW)
    assert main["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert [d.dt for d in main["EXDATE"].dts] == [datetime.datetime(2026, 4, 14, 17, tzinfo=WARSAW)]
    assert moved["UID"] == main["UID"]
    assert moved.decoded("RECURRENCE-ID") == datetime.datetime(2026, 5, 12, 17, tzinfo=WARSAW)
    assert moved.decoded("DTSTART") == datetime.datetime(2026, 5, 13, 17, tzinfo=WARSAW)
    (zone,) = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Warsaw"


def test_a_cancelled_all_day_event_has_dates_and_the_cancelled_status():
    single = event(
        repeat="",
        repeat_count=None,
        all_day=True,
        is_cancelled=True,
        end=datetime.datetime(2026, 3, 11, 18, tzinfo=WARSAW),
    )
    (vevent,) = icalendar.Calendar.from_ical(calendar_bytes([(single, [], "")], "X")).walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent.decoded("DTSTART") == datetime.date(2026, 3, 10)
    assert vevent.decoded("DTEND") == datetime.date(2026, 3, 12)
    assert "RRULE" not in vevent
