"""Where Translators may publish: every locale's page tree except the source language's.

Wagtail grants page permissions on a page and everything below it, and the home page of
each language is the root of that language's tree. Translators edit every tree (their
add/change on the root page, from migration 0003) and publish under the home pages of the
target locales, so a translation goes live when its translator is done while the Polish
source stays with the Editors. Home pages of new locales appear after the migrations ran
(seed_demo, or an editor translating the home page), so the data migration and a signal
share the one function below.
"""

from django.conf import settings

TRANSLATORS = "Translators"


def target_locale_homes(page_model):
    """Pages at the top of a locale's tree (depth 2) whose locale is not the source one."""
    return page_model.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE)


def let_translators_publish(apps, pages):
    """Grant the Translators group ``publish_page`` on each of ``pages``; safe to repeat.

    ``apps`` is a model registry: the migration's historical one, or ``django.apps.apps``.
    Does nothing where the group does not exist (a database its migration has not reached).
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    group = Group.objects.filter(name=TRANSLATORS).first()
    if group is None:
        return
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    for page in pages:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=publish)
