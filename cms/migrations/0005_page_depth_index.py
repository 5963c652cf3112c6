"""An index of Wagtail's pages by depth and path: ``get_children()`` asks for one depth within a
path range, and without it PostgreSQL read the whole page table to find the home page's
children (the main menu, on every page: 26 ms at 100,000 pages, 0.06 ms with it)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_translator_permissions"), ("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS razem_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS razem_page_depth_path",
        )
    ]
