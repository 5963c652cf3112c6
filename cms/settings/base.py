"""Settings shared by every environment.

The environment is read once, here, with typed defaults for development. Production
(``production.py``) removes the defaults that must never reach a real server.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, "dev-insecure-secret-key-change-me"),
    ALLOWED_HOSTS=(list, ["localhost", "127.0.0.1", "[::1]"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    ELASTICSEARCH_URL=(str, ""),
    SEARCH_ENGINE=(str, "elasticsearch"),
    SEARCH_INDEX=(str, "razem"),
    SEARCH_TIMEOUT=(int, 5),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "Forum Razem <no-reply@forumrazem.org.pl>"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "static_collected")),
    WAGTAILADMIN_BASE_URL=(str, "http://127.0.0.1:8000"),
    DEEPL_API_KEY=(str, ""),
    LIBRARY_MAX_UPLOAD_MB=(int, 50),
    EVENT_REGISTRATION_RETENTION_DAYS=(int, 30),
    TRUSTED_PROXY_COUNT=(int, 0),
    NEWSLETTER_UNCONFIRMED_DAYS=(int, 7),
    NEWSLETTER_BATCH_SIZE=(int, 200),
    NEWSLETTER_UNSUBSCRIBE_MAILTO=(str, ""),
)

# The default key is only good for development; production.py refuses it.
DEFAULT_SECRET_KEY = "dev-insecure-secret-key-change-me"  # noqa: S105
SECRET_KEY = env("SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "home",
    "library",
    "directory",
    "event_calendar",
    "search",
    "newsletter",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files by the site itself in every mode, so that none depends on DEBUG.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.AtomicWritesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": env.db_url("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default (`make run`): the server, the task worker and management commands
    # write at once. WAL lets reads go on beside a write; IMMEDIATE takes the write lock as a
    # transaction begins, so that two transactions never both read and then both want to
    # write (SQLite answers that with "database is locked" at once, which no timeout retries);
    # the timeout is how long a writer waits for the lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Polish is the source and the default; every public URL carries its prefix.
LANGUAGE_CODE = "pl"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("pl", _("Polish")),
    ("uk", _("Ukrainian")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT")
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT")
SERVE_MEDIA_IMAGES = False  # dev.py: images by the site itself; in production the web server
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

_email = env.email_url("EMAIL_URL")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
if "EMAIL_FILE_PATH" in _email:  # filemail:////absolute/folder (django-environ drops a slash)
    EMAIL_FILE_PATH = _email["EMAIL_FILE_PATH"]
DEFAULT_FROM_EMAIL = SERVER_EMAIL = env("DEFAULT_FROM_EMAIL")

# How many reverse proxies in front of the site add the client's address to X-Forwarded-For
# (cms/clients.py). 0: none, the rate limits key on REMOTE_ADDR and X-Forwarded-For is
# ignored (a client could forge it); 1: one proxy (nginx, a load balancer), and so on.
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT")

# Newsletter (newsletter/): unconfirmed sign-ups are purged after this many days (the
# confirmation link expires with them); digests go out in batches of this many mails, one
# SMTP connection each. An address for mailto: unsubscribing in List-Unsubscribe, if any.
NEWSLETTER_UNCONFIRMED_DAYS = env("NEWSLETTER_UNCONFIRMED_DAYS")
NEWSLETTER_BATCH_SIZE = env("NEWSLETTER_BATCH_SIZE")
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO")

# Members log in on the public site (cms/accounts), in their language; Wagtail's page and
# document privacy sends visitors there too.
LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account"
LOGOUT_REDIRECT_URL = None

WAGTAIL_SITE_NAME = "Forum „Razem”"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
# Wagtail's workflow and comment notifications (the library's review) go with an HTML part
# too; cms/templates/wagtailadmin/notifications/base.* give them the frame of every mail.
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILIMAGES_IMAGE_MODEL = "cms.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Search: Wagtail's database backend unless a search engine is configured. Both engines
# speak the same REST API; SEARCH_ENGINE only picks the matching client library. With an
# engine, the database backend is kept up to date beside it as the fallback that answers
# searches while the engine is down (search.query).
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
SEARCH_ENGINE = env("SEARCH_ENGINE")
if SEARCH_ENGINE not in {"elasticsearch", "opensearch"}:
    raise environ.ImproperlyConfigured("SEARCH_ENGINE must be 'elasticsearch' or 'opensearch'.")
# On SQLite, its full-text search matching words by their beginnings, for stems
# (search/sqlite_backend.py).
DATABASE_SEARCH_BACKEND = (
    "search.sqlite_backend"
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    else "wagtail.search.backends.database"
)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": DATABASE_SEARCH_BACKEND}}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's backends with analysis in each site language (search/backends.py).
            "BACKEND": {
                "elasticsearch": "search.backends.Elasticsearch9LanguageBackend",
                "opensearch": "search.backends.OpenSearch3LanguageBackend",
            }[SEARCH_ENGINE],
            "URLS": [ELASTICSEARCH_URL],
            # Every model's index is named "<prefix><app>_<model>" (modelsearch).
            "INDEX_PREFIX": f"{env('SEARCH_INDEX')}_",
            # Seconds; a search that waits longer answers from the fallback.
            "TIMEOUT": env("SEARCH_TIMEOUT"),
            # update_index builds a new index and then moves the alias: no empty index meanwhile.
            "ATOMIC_REBUILD": True,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        },
        "fallback": {"BACKEND": DATABASE_SEARCH_BACKEND},
    }

# Background tasks (django-tasks, as Wagtail's own: search index and reference index updates,
# the library's text extraction): stored in the database and run by `manage.py db_worker`, so
# that a request never waits for them and a task survives a restart. `make run` starts a
# worker beside the development server; in production run one as a service of its own.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Translation (wagtail-localize) -------------------------------------------------------------
# Machine translation as a first draft, only when a DeepL key is configured: without the
# setting wagtail-localize offers no machine translation at all, so the editor never shows
# a button that cannot work. Keys of DeepL's free plan end in ":fx"; wagtail-localize then
# calls the free API endpoint, any other key goes to the pro one.
DEEPL_API_KEY = env("DEEPL_API_KEY")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

# Translating a live page makes a draft, never a live page of untranslated (Polish) text:
# the translator fills the segments and publishes the translation when it is done
# (Translators may publish outside the source locale, see cms/permissions.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Library documents ----------------------------------------------------------------------------
# Every upload passes library.validation through the site's document form (the admin's forms,
# the multiple uploader) and the members' submission form: the type is decided from the
# content, and the size is capped here (in megabytes in the environment).
LIBRARY_MAX_UPLOAD_BYTES = env("LIBRARY_MAX_UPLOAD_MB") * 1024 * 1024
# Days after an occurrence ends before its registrants' personal data is deleted.
EVENT_REGISTRATION_RETENTION_DAYS = env("EVENT_REGISTRATION_RETENTION_DAYS")
WAGTAILDOCS_MAX_UPLOAD_SIZE = LIBRARY_MAX_UPLOAD_BYTES  # the multiple uploader checks it early
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.LibraryDocumentForm"
# Every file is downloaded as an attachment, PDFs too (Wagtail shows those inline by
# default): nothing uploaded is ever rendered by the browser on the site's own origin. The
# serve view adds X-Content-Type-Options: nosniff and a restrictive Content-Security-Policy.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
