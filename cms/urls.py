from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import api, views
from search import views as search_views

handler404 = "cms.views.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api.api_router.urls),
    path("api/", include("directory.api_urls")),
    path("api/", include("event_calendar.api_urls")),
    path("api/", include("search.api_urls")),
    # Any other path of the API: a JSON 404 here, not a redirect to /pl/api/… and a page.
    re_path(r"^api/", api.not_found),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", search_views.readyz, name="readyz"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA_IMAGES:
    # Images only: documents are served by Wagtail's view, which checks their privacy.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>(original_)?images/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Every public page sits under its language prefix, the default language's too: "/"
# itself is answered by LocaleMiddleware with a redirect to the visitor's language.
urlpatterns += i18n_patterns(
    path("", include("cms.accounts.urls")),
    path("", include("library.urls")),
    path("", include("directory.urls")),
    path("", include("event_calendar.urls")),
    path("", include("search.urls")),
    path("", include("newsletter.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
