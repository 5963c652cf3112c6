"""Fixtures of the calendar's tests."""

import pytest

from event_calendar.factories import EventIndexPageFactory


@pytest.fixture
def events_index(homes):
    return EventIndexPageFactory(parent=homes["pl"])
