"""Factories of the newsletter, used by tests and the benchmark."""

import factory
from django.utils import timezone

from newsletter.models import ContentKind, Subscriber, SubscriberStatus
from newsletter.subscriptions import CONSENT_VERSION


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber in Polish who takes every kind of content and every theme."""

    email = factory.Sequence(lambda n: f"czytelnik{n}@example.org")
    language = "pl"
    kinds = factory.LazyFunction(lambda: list(ContentKind.values))
    status = SubscriberStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_version = CONSENT_VERSION

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, themes, **kwargs):
        if create and themes:
            self.themes.set(themes)
