"""Addresses the newsletter refuses: those of throwaway inboxes.

A short list of the best-known disposable mail services; not complete (no list is), but it
stops the casual sign-up that would never read the confirmation mail."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DISPOSABLE_DOMAINS = frozenset(
    {
        "10minutemail.com",
        "discard.email",
        "dispostable.com",
        "fakeinbox.com",
        "getnada.com",
        "guerrillamail.com",
        "guerrillamail.net",
        "mailinator.com",
        "maildrop.cc",
        "mintemail.com",
        "mohmal.com",
        "sharklasers.com",
        "spamgourmet.com",
        "temp-mail.org",
        "tempmail.com",
        "tempmailo.com",
        "throwawaymail.com",
        "trashmail.com",
        "yopmail.com",
    }
)


def is_disposable(address):
    domain = address.rsplit("@", 1)[-1].strip().lower().rstrip(".")
    return any(domain == d or domain.endswith(f".{d}") for d in DISPOSABLE_DOMAINS)


def validate_not_disposable(address):
    if is_disposable(address):
        raise ValidationError(
            _(
                "Addresses of throwaway mail services cannot subscribe. Please give an "
                "address you read regularly."
            ),
            code="disposable",
        )
