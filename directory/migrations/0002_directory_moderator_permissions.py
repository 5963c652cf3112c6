"""Directory moderators moderate organisations and watch the needs-and-offers board in the
admin; Members get nothing here (they edit their own organisation on the public site)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DIRECTORY_MODERATORS = "Directory moderators"
# (app_label, codename)
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    *[("directory", f"{action}_organisation") for action in ("add", "change", "delete", "view")],
    ("directory", "view_supportlisting"),
    ("directory", "change_supportlisting"),
    ("directory", "view_cooperationproposal"),
]


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; these need them now.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Permission = apps.get_model("auth", "Permission")
    group, _created = apps.get_model("auth", "Group").objects.get_or_create(
        name=DIRECTORY_MODERATORS
    )
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def backwards(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=DIRECTORY_MODERATORS).first()
    if group:
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="directory")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_organisations_pages_and_support"),
        ("cms", "0004_translator_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
