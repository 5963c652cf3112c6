from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Organisation directory")

    def ready(self):
        # Receivers import models, which cannot be imported before the app registry is ready.
        from directory import signals
        from directory.models import Organisation

        post_save.connect(
            signals.remove_unapproved_organisation_from_index,
            sender=Organisation,
            dispatch_uid="directory.remove_unapproved_organisation_from_index",
        )
