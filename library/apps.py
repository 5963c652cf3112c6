from django.apps import AppConfig, apps
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from library import workflow


def put_new_library_under_review(sender, instance, created, raw, **kwargs):
    """A library index page created after the migrations (seed_demo, an editor, a
    translation) joins the «Library review» workflow like the existing ones."""
    if created and not raw:
        workflow.assign_library_review(apps, [instance])


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")

    def ready(self):
        # Models can only be imported once the app registry is ready.
        from library.models import LibraryIndexPage

        post_save.connect(
            put_new_library_under_review,
            sender=LibraryIndexPage,
            dispatch_uid="library.put_new_library_under_review",
        )
