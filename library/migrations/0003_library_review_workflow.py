"""The «Library review» workflow, assigned to every library index page that exists, and the
downloads report for Editors."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from library.workflow import assign_library_review


def forwards(apps, schema_editor):
    assign_library_review(apps, apps.get_model("library", "LibraryIndexPage").objects.all())

    app_config = apps.get_app_config("library")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    editors = apps.get_model("auth", "Group").objects.filter(name="Editors").first()
    if editors:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label="library", codename="view_download")
        )


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name="Library review").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_documents_and_pages"),
        ("cms", "0004_translator_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
