"""How the calendar writes a time: in Warsaw time, with the zone, in the reader's language."""

from django import template
from django.utils.formats import date_format

from event_calendar.recurrence import local_zone

register = template.Library()
DASH = "\u2013"  # the en dash of ranges


@register.simple_tag
def when(start, end, all_day=False):
    """«Tuesday 1 December 2026, 17:00-19:00 CET» (with an en dash); an all-day event
    without times; an event over several days with both ends in full."""
    start, end = start.astimezone(local_zone()), end.astimezone(local_zone())
    if all_day:
        if start.date() == end.date():
            return date_format(start, "l j E Y")
        return f"{date_format(start, 'j E Y')} {DASH} {date_format(end, 'j E Y')}"
    if start.date() == end.date():
        return f"{date_format(start, 'l j E Y, H:i')}{DASH}{date_format(end, 'H:i T')}"
    return f"{date_format(start, 'j E Y, H:i T')} {DASH} {date_format(end, 'j E Y, H:i T')}"
