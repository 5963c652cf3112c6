"""Checks of the registry numbers an organisation gives: Polish KRS, NIP and REGON, and the
Ukrainian EDRPOU code.

NIP and REGON end in a check digit (a weighted sum modulo 11), so a mistyped number is caught
before it reaches a moderator. Numbers are compared without spaces and dashes, the way people
write them ("123-456-32-18"); ``normalise_number`` gives the stored form.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def normalise_number(value):
    """``value`` without the spaces, dashes and dots people write numbers with."""
    return re.sub(r"[\s\-.]", "", value or "")


def _check_digit(digits, weights):
    return sum(int(digit) * weight for digit, weight in zip(digits, weights, strict=False)) % 11


def _digits(value, lengths, message):
    value = normalise_number(value)
    if not value.isdigit() or len(value) not in lengths:
        raise ValidationError(message, code="invalid")
    return value


def validate_krs(value):
    _digits(value, {10}, _("A KRS number has 10 digits, e.g. 0000123456."))


def validate_nip(value):
    digits = _digits(value, {10}, _("A NIP number has 10 digits, e.g. 526-000-12-46."))
    check = _check_digit(digits, NIP_WEIGHTS)
    if check == 10 or check != int(digits[9]):
        raise ValidationError(
            _("This is not a valid NIP number: its check digit does not match."), code="checksum"
        )


def validate_regon(value):
    digits = _digits(value, {9, 14}, _("A REGON number has 9 or 14 digits."))
    parts = [(digits[:9], REGON9_WEIGHTS)]
    if len(digits) == 14:
        parts.append((digits, REGON14_WEIGHTS))
    for part, weights in parts:
        if _check_digit(part, weights) % 10 != int(part[-1]):
            raise ValidationError(
                _("This is not a valid REGON number: its check digit does not match."),
                code="checksum",
            )


def validate_edrpou(value):
    _digits(value, {8}, _("An EDRPOU code has 8 digits."))
