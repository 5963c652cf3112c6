"""What a visitor sends in a URL or a form, read before it reaches the database or the
calendar: text, whole numbers, dates and lists of ids.

Python reads more than a visitor means: ``"²".isdigit()`` is true, ``int("٣")`` is 3, a
date of 9999-12-31 overflows as soon as a day is added to it, and an id of twenty digits
fits no database column (SQLite raises ``OverflowError``). Each reader here turns such input
into a clear refusal instead of a server error.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext

# The days a visitor may ask about: far enough for any archive or plan, and far enough from
# the ends of Python's calendar that a window of days or a time zone never leaves it.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2999, 12, 31)
# The largest id a database column holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class BadRequest(Exception):
    """A parameter a view cannot answer; its message is in the active language."""


def text(params, name):
    """The parameter ``name`` of ``params`` without NUL characters: nobody types one, and
    PostgreSQL refuses any text that holds one (a lookup with it is a ``DataError``)."""
    return params.get(name, "").replace("\x00", "")


def whole_number(value):
    """``value`` as a whole number of ASCII digits (no sign, no superscript or other
    script's digits), or ``None``."""
    if not (value.isascii() and value.isdigit()):
        return None
    return int(value)


def positive_int(params, name, default, maximum=None):
    """The parameter ``name`` of ``params`` as a whole number of 1 or more (``default`` when
    absent); ``BadRequest`` otherwise."""
    value = params.get(name, "")
    if value == "":
        return default
    number = whole_number(value)
    if number is None or number < 1:
        raise BadRequest(
            gettext("“%(name)s” must be a whole number of 1 or more, not “%(value)s”.")
            % {"name": name, "value": value[:20]}
        )
    if maximum is not None and number > maximum:
        raise BadRequest(
            gettext("“%(name)s” may be at most %(maximum)d.") % {"name": name, "maximum": maximum}
        )
    return number


def parse_date(value):
    """``value`` (YYYY-MM-DD) as a date between ``EARLIEST_DATE`` and ``LATEST_DATE``, or
    ``None``."""
    try:
        day = datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return None
    return day


def date_param(params, name, default):
    """The parameter ``name`` of ``params`` as a date (``default`` when absent);
    ``BadRequest`` when it is not a date or lies outside the dates this site knows."""
    value = params.get(name, "")
    if not value:
        return default
    day = parse_date(value)
    if day is not None:
        return day
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(
            gettext("“%(name)s” must be a date written YYYY-MM-DD, not “%(value)s”.")
            % {"name": name, "value": value[:20]}
        ) from None
    raise BadRequest(
        gettext("“%(name)s” must be a date between %(earliest)s and %(latest)s.")
        % {
            "name": name,
            "earliest": EARLIEST_DATE.isoformat(),
            "latest": LATEST_DATE.isoformat(),
        }
    )


def is_id(value):
    """Whether ``value`` can be the id of a row: ASCII digits, 1 to ``MAX_ID``."""
    number = whole_number(str(value))
    return number is not None and 1 <= number <= MAX_ID


class IdChoicesField(forms.ModelMultipleChoiceField):
    """Django's ``ModelMultipleChoiceField``, refusing an id that no row can have before it
    reaches the database: Django looks up ``pk__in`` with whatever was posted, and SQLite
    cannot even compare an id of twenty digits (``OverflowError``)."""

    def _check_values(self, value):
        if self.to_field_name is None:
            for pk in value:
                if not is_id(pk):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super()._check_values(value)
