"""The site frame: navigation, languages, footer. Queries live here, not in templates."""

from django import template
from django.utils import translation

from cms import i18n
from cms.models import ContactSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this content in every language (see ``cms.i18n.language_links``)."""
    return i18n.language_links(context["request"], context.get("page"))


@register.inclusion_tag("cms/includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home, items = i18n.menu_pages(request)
    current = context.get("page")
    return {
        "home": home,
        "items": [
            {
                "page": item,
                "url": item.get_url(request),
                "is_current": current is not None and current.path.startswith(item.path),
            }
            for item in items
        ],
    }


@register.simple_tag(takes_context=True)
def home_url(context):
    home = i18n.current_home_page(context["request"])
    return home.get_url(context["request"]) if home else f"/{translation.get_language()}/"


@register.simple_tag(takes_context=True)
def landed_untranslated(context):
    """True when the reader followed a switcher link to a page that has no translation."""
    return context["request"].GET.get(i18n.UNTRANSLATED_PARAM) == "1"


@register.filter
def in_reader_language(obj):
    """A translatable snippet in the reader's language, else in Polish, else as it is:
    ``{{ page.region|in_reader_language }}``. For lists use ``cms.i18n`` in Python."""
    if obj is None:
        return None
    return i18n.prefer_current_language([obj], type(obj).objects.all())[0]


@register.inclusion_tag("cms/includes/site_footer.html", takes_context=True)
def site_footer(context):
    return {
        "contact": ContactSettings.load(request_or_site=context["request"]),
        "partners": i18n.partners_in_current_language(),
    }
