from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])

# Demo accounts (seed_demo) exist only where this is true; never in production.
DEMO_USERS_ALLOWED = True
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="razem-demo-2026")
