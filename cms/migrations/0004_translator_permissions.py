"""Translators publish translations, never sources.

Grants ``publish_page`` to the Translators group on the home page of every locale other
than the source one (settings.LANGUAGE_CODE) that exists now; ``cms.signals`` grants it to
home pages created later. Translators keep add/change on the whole tree (0003) and get no
publication in the source tree, no settings and no users.
"""

from django.db import migrations

from cms.permissions import TRANSLATORS, let_translators_publish, target_locale_homes


def forwards(apps, schema_editor):
    let_translators_publish(apps, target_locale_homes(apps.get_model("wagtailcore", "Page")))


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(
        group__name=TRANSLATORS, permission__codename="publish_page"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_groups_and_permissions")]

    operations = [migrations.RunPython(forwards, backwards)]
