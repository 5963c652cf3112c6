"""Settings for the test suite: fast hashing, in-memory cache and mail, immediate tasks.

DATABASE_URL and ELASTICSEARCH_URL come from the environment (``make test`` sets them from
``.services/env``), so the suite runs against the real PostgreSQL and search engine.
"""

from .base import *  # noqa: F403
from .base import WAGTAILSEARCH_BACKENDS, env

DEBUG = False
SECRET_KEY = "test-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files from the apps' folders, as in development: no collectstatic before a test.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = env.str("TEST_MEDIA_ROOT", default="/tmp/razem-test-media")  # noqa: S108

# Never write into the development index: tests get their own (one per checkout when
# several run at once on one engine: TEST_INDEX_PREFIX).
if "INDEX_PREFIX" in WAGTAILSEARCH_BACKENDS["default"]:
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = env.str(
        "TEST_INDEX_PREFIX", default="razem_test_"
    )

DEMO_USERS_ALLOWED = True
DEMO_PASSWORD = "test-demo-password"  # noqa: S105
