from .base import *  # noqa: F403
from .base import env

# `make run` shows what visitors see: the site's own 404 and 500 pages. A developer who wants
# Django's technical pages asks for them with DEBUG=1.
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
# Static files straight from the apps' folders, no collectstatic needed (whitenoise).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images under MEDIA_URL (cms/urls.py); documents never: they go through Wagtail's
# serve view, which checks privacy.
SERVE_MEDIA_IMAGES = True

# Demo accounts (seed_demo) exist only where this is true; never in production.
DEMO_USERS_ALLOWED = True
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="razem-demo-2026")
