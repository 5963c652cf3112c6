"""Editors (the communications team) see the search reports; no other group does.

Translators, library reviewers, directory moderators and members have no use for what
visitors search for; a superuser can grant ``search.view_searchquery`` to anyone else in
the group editor.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"  # cms/migrations/0003_groups_and_permissions


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; this one is needed now.
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    editors = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if editors:
        editors.permissions.add(
            apps.get_model("auth", "Permission").objects.get(
                content_type__app_label="search", codename="view_searchquery"
            )
        )


def backwards(apps, schema_editor):
    editors = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if editors:
        editors.permissions.remove(
            *editors.permissions.filter(content_type__app_label="search")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_query_log"),
        ("cms", "0004_translator_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
