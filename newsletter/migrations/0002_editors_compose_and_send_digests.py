"""Editors (the communications team) compose, preview and send digests and see the
newsletter report with its export of subscribers; no other group does.

Translators, library reviewers, directory moderators and members have no business mailing
subscribers or reading their addresses; a superuser can grant these permissions to anyone
else in the group editor.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"  # cms/migrations/0003_groups_and_permissions
CODENAMES = [
    "add_digest",
    "change_digest",
    "delete_digest",
    "view_digest",
    "send_digest",
    "view_subscriber",
    "export_subscriber",
]


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; these are needed now.
    app_config = apps.get_app_config("newsletter")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    editors = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if editors:
        editors.permissions.add(
            *apps.get_model("auth", "Permission").objects.filter(
                content_type__app_label="newsletter", codename__in=CODENAMES
            )
        )


def backwards(apps, schema_editor):
    editors = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if editors:
        editors.permissions.remove(
            *editors.permissions.filter(content_type__app_label="newsletter")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_subscribers_digests_deliveries"),
        ("cms", "0004_translator_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
