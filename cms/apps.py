from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        # Receivers import models, which cannot be imported before the app registry is ready.
        from cms import signals

        post_save.connect(
            signals.let_translators_publish_new_target_home,
            dispatch_uid="cms.let_translators_publish_new_target_home",
        )
