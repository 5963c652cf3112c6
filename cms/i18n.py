"""Where a page lives in the other languages: the switcher, hreflang alternates, the menu.

Everything here asks the database a fixed number of questions, however big the site is.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from cms.models import Partner
from cms.privacy import public

UNTRANSLATED_PARAM = "untranslated"
# Each language by its own name, as a reader looks for it; the same on every page.
AUTONYMS = {"pl": "Polski", "uk": "Українська", "en": "English"}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # the language's own name: a Ukrainian reader looks for «Українська»
    url: str
    full_url: str
    is_current: bool
    has_translation: bool


def _translations_by_language(page):
    """The live versions of ``page`` in every locale, keyed by language code."""
    versions = Page.objects.live().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p for p in versions.select_related("locale")}


def home_pages(request):
    """The site's home page in each language that has one, keyed by language code.

    Kept on the request: the header, the menu and the switcher all ask for it.
    """
    if not hasattr(request, "_home_pages"):
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        request._home_pages = _translations_by_language(site.root_page)
    return request._home_pages


def current_home_page(request):
    return home_pages(request).get(translation.get_language())


def language_links(request, page=None):
    """One link per language to the same content there.

    A Wagtail page links to its translation; where there is none, to that language's home
    page, which then explains (``?untranslated=1``) why the reader landed there. Any other
    view keeps its path and swaps the language prefix.
    """
    current = translation.get_language()
    translations = _translations_by_language(page) if page is not None else {}
    homes = home_pages(request) if page is not None else {}
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code)
        if page is None:
            url = translate_url(request.get_full_path(), code)
        elif target is not None:
            url = target.get_url(request)
        else:
            home = homes.get(code)
            url = f"{home.get_url(request) if home else f'/{code}/'}?{UNTRANSLATED_PARAM}=1"
        links.append(
            LanguageLink(
                code=code,
                name=AUTONYMS[code],
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=code == current,
                has_translation=page is None or target is not None,
            )
        )
    return links


def menu_pages(request):
    """The main navigation: the current language's home page and its children in menus."""
    home = current_home_page(request)
    if home is None:
        return None, []
    return home, list(public(home.get_children().live().in_menu(), depth=home.depth + 1))


def partners_in_current_language():
    return in_reader_language(Partner.objects.all())


def in_reader_language(queryset):
    """One object per translation_key from ``queryset`` of a translatable model: the
    reader's language where it exists, else the source language (Polish); in one query."""
    current = translation.get_language()
    rows = queryset.filter(locale__language_code__in={current, settings.LANGUAGE_CODE})
    chosen = {}
    for obj in rows.select_related("locale"):
        if obj.translation_key not in chosen or obj.locale.language_code == current:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def prefer_current_language(items, queryset):
    """Each of ``items`` (translatable objects) in the reader's language where ``queryset``
    holds that version, else in the source language (Polish), else as it is; in one query."""
    keys = list(dict.fromkeys(item.translation_key for item in items))
    if not keys:
        return []
    rank = {translation.get_language(): 0, settings.LANGUAGE_CODE: 1}
    best = {}
    for obj in queryset.filter(translation_key__in=keys).select_related("locale"):
        current = best.get(obj.translation_key)
        if current is None or rank.get(obj.locale.language_code, 2) < rank.get(
            current.locale.language_code, 2
        ):
            best[obj.translation_key] = obj
    return [best[key] for key in keys if key in best]


def reader_terms(model):
    """The terms of a vocabulary (Theme, Region, TargetGroup) in the reader's language, in
    their editors' order: one query."""
    return sorted(
        in_reader_language(model.objects.all()), key=lambda term: (term.sort_order, term.name)
    )


def reader_term_choices(model):
    """``reader_terms`` as a queryset, for a form's choice of terms."""
    return model.objects.filter(pk__in=[term.pk for term in in_reader_language(model.objects)])


def with_local_terms(items, *relations):
    """Give each item ``local_<relation>``: its themes, regions … in the reader's language.

    The terms are translatable snippets, and items (organisations, listings, a translated
    page) may point at the Polish ones, so the display swaps them for the reader's language:
    one query per vocabulary. The relations should be prefetched.
    """
    items = list(items)
    if not items:
        return items
    for relation in relations:
        vocabulary = type(items[0])._meta.get_field(relation).related_model
        chosen = [term for item in items for term in getattr(item, relation).all()]
        local = {
            term.translation_key: term
            for term in prefer_current_language(chosen, vocabulary.objects.all())
        }
        for item in items:
            terms = [local[term.translation_key] for term in getattr(item, relation).all()]
            setattr(item, f"local_{relation}", terms)
    return items
