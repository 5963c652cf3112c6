from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    """The newsletter: subscriptions with double opt-in, signed links for preferences and
    unsubscribing, digests composed by Editors and sent in batches by a background task."""

    name = "newsletter"
    verbose_name = _("Newsletter")
