from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from search.documents import connect_signals
        from search.indexing import create_indexes, index_migrated_content

        connect_signals()
        post_migrate.connect(create_indexes, sender=self)
        post_migrate.connect(index_migrated_content, sender=self)
