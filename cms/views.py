from django.db.models import Q
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.defaults import page_not_found as django_page_not_found
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from cms.i18n import AUTONYMS, home_pages
from cms.privacy import public


@never_cache
@require_GET
def healthz(request):
    """Liveness: the process answers. Deliberately touches nothing else."""
    return JsonResponse({"status": "ok"})


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap covers the site's root page tree only; this one covers the
    trees of all its translations (every language)."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            public(Page.objects.filter(in_any_tree).live())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": AllLocalesSitemap})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def versions_elsewhere(request):
    """The live versions, in other languages, of the page this 404 was looking for.

    The path under the language prefix is looked up in every language's tree (section slugs
    are the same in each), also among this language's unpublished pages (a translation
    draft), and the translations of whatever is found are offered instead.
    """
    current = translation.get_language()
    prefix = f"/{current}/"
    if not request.path.startswith(prefix) or "\x00" in request.path:
        return []  # no page has a NUL in its path, and PostgreSQL refuses to look one up
    rest = request.path.removeprefix(prefix)
    homes = home_pages(request)
    candidates = Page.objects.filter(url_path__in=[home.url_path + rest for home in homes.values()])
    keys = candidates.values("translation_key")
    versions = (
        public(Page.objects.live())
        .filter(translation_key__in=keys)
        .exclude(locale__language_code=current)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return [
        {
            "code": page.locale.language_code,
            "name": AUTONYMS[page.locale.language_code],
            "url": page.get_url(request),
            "title": page.title,
        }
        for page in versions
        if page.locale.language_code in AUTONYMS
    ]


def page_not_found(request, exception):
    """A 404 that, for a page not yet translated into this language, says so and links to
    the languages it can be read in."""
    versions = versions_elsewhere(request)
    if not versions:
        return django_page_not_found(request, exception)
    response = TemplateResponse(
        request, "cms/not_translated.html", {"versions": versions}, status=404
    )
    return response.render()
