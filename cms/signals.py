"""Signal receivers of the site; connected in ``CmsConfig.ready()``."""

from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from cms.permissions import let_translators_publish


def let_translators_publish_new_target_home(sender, instance, created, raw, **kwargs):
    """When the home page of a target locale is created, let Translators publish below it.

    Connected to every model's ``post_save``: Django sends it for the concrete page class
    (``HomePage``), never for ``Page``, so the receiver filters instead of naming a sender.
    Fixtures loaded raw are skipped; run ``migrate`` or save the page again to grant.
    """
    if not created or raw or not isinstance(instance, Page) or instance.depth != 2:
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        let_translators_publish(apps, [instance])
