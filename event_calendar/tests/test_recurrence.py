"""Expansion of regular meetings: wall-clock times across summer time, exceptions, bounds."""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import pytest

from event_calendar.recurrence import expand, occurrence_on

WARSAW = ZoneInfo("Europe/Warsaw")


@dataclass
class Event:
    """What the expansion reads of an EventPage, without the page tree around it."""

    start: datetime.datetime
    end: datetime.datetime
    repeat: str = ""
    repeat_interval: int = 1
    repeat_until: datetime.date | None = None
    repeat_count: int | None = None
    exceptions: list = field(default_factory=list)


@dataclass
class Exception_:
    original_date: datetime.date
    is_cancelled: bool = True
    new_start: datetime.datetime | None = None
    new_end: datetime.datetime | None = None


def at(*args):
    return datetime.datetime(*args, tzinfo=WARSAW)


def window(start, end):
    return at(*start), at(*end)


@pytest.mark.parametrize(
    ("first", "change"),
    [((2026, 3, 22, 18), (2026, 3, 29)), ((2026, 10, 18, 18), (2026, 10, 25))],
    ids=["spring-forward", "fall-back"],
)
def test_a_weekly_meeting_keeps_its_warsaw_time_across_the_change_of_time(first, change):
    event = Event(at(*first), at(*first) + datetime.timedelta(hours=2), "weekly", repeat_count=3)
    occurrences = expand(event, [], *window((2026, 1, 1), (2026, 12, 31)))

    assert [o.start.astimezone(WARSAW).hour for o in occurrences] == [18, 18, 18]
    assert occurrences[1].original_date == datetime.date(*change)
    offsets = {o.start.astimezone(WARSAW).utcoffset() for o in occurrences}
    assert len(offsets) == 2  # one UTC offset before the change, another after it
    assert all(o.end - o.start == datetime.timedelta(hours=2) for o in occurrences)


def test_the_second_tuesday_of_each_month_until_a_date():
    event = Event(
        at(2026, 1, 13, 10),
        at(2026, 1, 13, 12),
        "monthly-nth",
        repeat_until=datetime.date(2026, 4, 30),
    )
    dates = [o.original_date for o in expand(event, [], *window((2026, 1, 1), (2027, 1, 1)))]
    assert dates == [
        datetime.date(2026, 1, 13),
        datetime.date(2026, 2, 10),
        datetime.date(2026, 3, 10),
        datetime.date(2026, 4, 14),
    ]


def test_the_last_friday_every_other_month():
    event = Event(at(2026, 1, 30, 9), at(2026, 1, 30, 10), "monthly-last", 2, repeat_count=3)
    dates = [o.original_date for o in expand(event, [], *window((2026, 1, 1), (2027, 1, 1)))]
    assert dates == [
        datetime.date(2026, 1, 30),
        datetime.date(2026, 3, 27),
        datetime.date(2026, 5, 29),
    ]


def test_a_cancelled_occurrence_is_marked_and_a_moved_one_takes_its_new_time():
    event = Event(at(2026, 5, 4, 17), at(2026, 5, 4, 19), "weekly", repeat_count=3)
    exceptions = [
        Exception_(datetime.date(2026, 5, 11)),
        Exception_(datetime.date(2026, 5, 18), False, at(2026, 5, 20, 16)),
    ]
    occurrences = expand(event, exceptions, *window((2026, 5, 1), (2026, 6, 1)))

    assert [(o.original_date.day, o.is_cancelled, o.is_moved) for o in occurrences] == [
        (4, False, False),
        (11, True, False),
        (18, False, True),
    ]
    moved = occurrences[2]
    assert (moved.start, moved.end) == (at(2026, 5, 20, 16), at(2026, 5, 20, 18))
    assert occurrence_on(event, exceptions, datetime.date(2026, 5, 18)).start == moved.start
    assert occurrence_on(event, exceptions, datetime.date(2026, 5, 19)) is None


def test_only_the_window_is_expanded_and_an_overlapping_occurrence_is_included():
    event = Event(
        at(2026, 1, 5, 22), at(2026, 1, 6, 2), "weekly", repeat_until=datetime.date(2030, 1, 1)
    )
    occurrences = expand(event, [], *window((2026, 2, 3, 1), (2026, 2, 17)))
    # 2 February 22:00 to 3 February 02:00 overlaps the window's first hour.
    assert [o.original_date for o in occurrences] == [
        datetime.date(2026, 2, 2),
        datetime.date(2026, 2, 9),
        datetime.date(2026, 2, 16),
    ]


def test_a_single_event_has_one_occurrence_inside_its_window_and_none_outside():
    event = Event(at(2026, 6, 1, 10), at(2026, 6, 1, 12))
    assert len(expand(event, [], *window((2026, 6, 1), (2026, 6, 2)))) == 1
    assert expand(event, [], *window((2026, 6, 2), (2026, 6, 3))) == []
