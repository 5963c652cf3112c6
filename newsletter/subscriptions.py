"""Signing up, confirming, changing preferences and unsubscribing.

Double opt-in: the form never changes what an address receives. It sends a confirmation
link whose signed token carries the choices made (language, kinds, themes, consent
version); only following that link, within ``NEWSLETTER_UNCONFIRMED_DAYS`` days, applies
them. So the answer to the form is the same whether the address was new, waiting or
already subscribed (nobody learns who subscribes), and nobody can change another person's
subscription by typing their address.

Links in newsletter mails name the subscriber's random ``token`` (never the id), signed
with a salt per purpose, so that a preferences link cannot unsubscribe and the other way
round. They expire after ``LINK_MAX_AGE`` (a year and a bit: any recent mail's links work).
"""

import datetime
import hashlib
import logging

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from cms import mail
from cms.clients import client_address
from cms.models import Theme
from newsletter.models import Subscriber, SubscriberStatus, normalise_email

logger = logging.getLogger(__name__)

# Change the version whenever the consent text (newsletter/forms.py) changes.
CONSENT_VERSION = "2026-12"
CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
PREFERENCES_SALT = "newsletter.preferences"
LINK_MAX_AGE = datetime.timedelta(days=400)

SUBSCRIPTIONS_PER_HOUR = 10
RATE_LIMIT_WINDOW = 60 * 60


class InvalidLink(Exception):
    """A link that was tampered with, has expired or names no subscriber."""


def confirmation_max_age():
    return datetime.timedelta(days=settings.NEWSLETTER_UNCONFIRMED_DAYS)


# Tokens -------------------------------------------------------------------------------------


def confirmation_token(subscriber, choices):
    """The signed confirmation link's token: the subscriber and the choices to apply."""
    return signing.dumps({"t": str(subscriber.token), **choices}, salt=CONFIRM_SALT)


def subscriber_token(subscriber, salt):
    return signing.dumps(str(subscriber.token), salt=salt)


def load(signed, salt, max_age):
    """What a signed token carries; ``InvalidLink`` when tampered with or expired."""
    try:
        return signing.loads(signed, salt=salt, max_age=max_age)
    except signing.BadSignature as error:  # SignatureExpired is a BadSignature too
        raise InvalidLink from error


def subscriber_from(signed, salt):
    """The subscriber a preferences or unsubscribe link names."""
    token = load(signed, salt, LINK_MAX_AGE)
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise InvalidLink
    return subscriber


# Links --------------------------------------------------------------------------------------


def localised_url(language, name, signed):
    with translation.override(language):
        return mail.absolute_url(reverse(name, kwargs={"token": signed}))


def unsubscribe_url(subscriber):
    return localised_url(
        subscriber.language,
        "newsletter_unsubscribe",
        subscriber_token(subscriber, UNSUBSCRIBE_SALT),
    )


def preferences_url(subscriber):
    return localised_url(
        subscriber.language,
        "newsletter_preferences",
        subscriber_token(subscriber, PREFERENCES_SALT),
    )


def list_headers(unsubscribe):
    """RFC 2369 and RFC 8058 headers: mail clients show an unsubscribe button that POSTs to
    ``unsubscribe`` (no CSRF token, no confirmation page)."""
    targets = [f"<{unsubscribe}>"]
    if settings.NEWSLETTER_UNSUBSCRIBE_MAILTO:
        targets.append(f"<mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


# Rate limit ---------------------------------------------------------------------------------


def client_key(request):
    """A salted hash of the client's address, so that the cache holds no address."""
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"newsletter:subscriptions:{digest}"


def over_rate_limit(request):
    return cache.get(client_key(request), 0) >= SUBSCRIPTIONS_PER_HOUR


def count_subscription(request):
    key = client_key(request)
    cache.add(key, 0, RATE_LIMIT_WINDOW)  # add() starts the window; incr() keeps its expiry
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, RATE_LIMIT_WINDOW)


# Changes ------------------------------------------------------------------------------------


def choices_of(cleaned_data):
    """What a form chose, in the shape a confirmation token carries (theme slugs, which are
    the same in every language)."""
    return {
        "l": cleaned_data["language"],
        "k": list(cleaned_data["kinds"]),
        "th": sorted(theme.slug for theme in cleaned_data.get("themes") or []),
        "v": CONSENT_VERSION,
    }


def source_themes(slugs):
    return Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug__in=slugs)


def apply_choices(subscriber, language, kinds, theme_slugs):
    subscriber.language = language
    subscriber.kinds = list(kinds)
    subscriber.save()
    subscriber.themes.set(source_themes(theme_slugs))


def request_subscription(email, cleaned_data):
    """Send ``email`` a confirmation link for the choices in ``cleaned_data``; the same mail
    whether the address is new, waiting or subscribed. A new address is stored as pending
    (never mailed anything else) with those choices."""
    email = normalise_email(email)
    choices = choices_of(cleaned_data)
    with transaction.atomic():
        subscriber, created = Subscriber.objects.get_or_create(
            email=email, defaults={"language": choices["l"], "kinds": choices["k"]}
        )
        if created:
            subscriber.themes.set(source_themes(choices["th"]))
    with translation.override(choices["l"]):
        confirm_url = mail.absolute_url(
            reverse(
                "newsletter_confirm",
                kwargs={"token": confirmation_token(subscriber, choices)},
            )
        )
    mail.send(
        "newsletter/emails/confirm",
        {"confirm_url": confirm_url, "days": settings.NEWSLETTER_UNCONFIRMED_DAYS},
        choices["l"],
        [email],
    )
    return subscriber


def confirm(signed):
    """Apply the choices of a confirmation link; the confirmed subscriber.
    ``InvalidLink`` (and nothing changed) when the link is forged, expired or stale."""
    data = load(signed, CONFIRM_SALT, confirmation_max_age())
    now = timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(token=data.get("t")).first()
        if subscriber is None:
            raise InvalidLink
        subscriber.status = SubscriberStatus.CONFIRMED
        subscriber.confirmed_at = subscriber.consent_given_at = now
        subscriber.consent_version = data.get("v", CONSENT_VERSION)
        subscriber.unsubscribed_at = None
        apply_choices(subscriber, data["l"], data["k"], data["th"])
    return subscriber


def subscribe_member(user, cleaned_data):
    """A member subscribes their account's address from the account page: it was confirmed
    when they accepted their invitation, so no confirmation link is needed."""
    choices = choices_of(cleaned_data)
    now = timezone.now()
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=normalise_email(user.email))
        subscriber.status = SubscriberStatus.CONFIRMED
        subscriber.confirmed_at = subscriber.consent_given_at = now
        subscriber.consent_version = choices["v"]
        subscriber.unsubscribed_at = None
        subscriber.user = user
        apply_choices(subscriber, choices["l"], choices["k"], choices["th"])
    return subscriber


def update_preferences(subscriber, cleaned_data):
    choices = choices_of(cleaned_data)
    apply_choices(subscriber, choices["l"], choices["k"], choices["th"])
    return subscriber


def unsubscribe(subscriber):
    """Stop mailing ``subscriber``; safe to repeat (a mail client may POST twice)."""
    Subscriber.objects.filter(pk=subscriber.pk).exclude(
        status=SubscriberStatus.UNSUBSCRIBED
    ).update(status=SubscriberStatus.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    subscriber.refresh_from_db()
    return subscriber


def purge_unconfirmed(now=None):
    """Delete the sign-ups never confirmed within ``NEWSLETTER_UNCONFIRMED_DAYS`` days (their
    confirmation links have expired too); returns how many."""
    now = now or timezone.now()
    cutoff = now - confirmation_max_age()
    _rows, per_model = Subscriber.objects.filter(
        status=SubscriberStatus.PENDING, created_at__lt=cutoff
    ).delete()
    deleted = per_model.get(Subscriber._meta.label, 0)
    if deleted:
        logger.info("Deleted %s newsletter sign-ups never confirmed", deleted)
    return deleted


def member_subscription(user):
    """The subscription of a member's address, or None."""
    if not user.email:
        return None
    return Subscriber.objects.filter(email=normalise_email(user.email)).first()
