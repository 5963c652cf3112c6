"""Translation drafts: what an editor creates in one language is queued for the others.

wagtail-localize's synchronised trees (``LocaleSynchronization``) copy new pages into the
other locales as *live aliases*, which would put Polish text on /uk/ and /en/ addresses.
Instead, a page or translatable snippet created in the admin in any language is submitted
for translation into every other content language, exactly as the "Translate" action does:
wagtail-localize's ``TranslationCreator`` makes the translation records and the target
objects. Pages start as unpublished drafts (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE``
is off); a translator fills them in and publishes. Visitors meanwhile get the notice of
``cms.views.page_not_found`` and snippets fall back to Polish (``cms.i18n``).

Any page type or snippet that is translatable is covered; nothing here names a model.
"""

from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.operations import TranslationCreator


def create_translation_drafts(instance, user=None):
    """Queue a newly created original ``instance`` for translation into the other locales.

    An instance that already has translations (it is itself a translation, or was copied
    for one) is left alone.
    """
    if not isinstance(instance, TranslatableMixin) or instance.get_translations().exists():
        return
    targets = list(Locale.objects.exclude(pk=instance.locale_id))
    if targets:
        TranslationCreator(user, targets).create_translations(instance)


def after_create_page(request, page):
    create_translation_drafts(page, request.user)


def after_create_snippet(request, instance):
    create_translation_drafts(instance, request.user)
