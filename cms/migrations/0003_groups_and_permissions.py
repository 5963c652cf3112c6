"""The platform's groups, each with the Wagtail permissions its job needs and no more.

Sections that later issues add (library, directory) grant their own model permissions to
these groups in their own migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
TRANSLATORS = "Translators"
LIBRARY_REVIEWERS = "Library reviewers"
DIRECTORY_MODERATORS = "Directory moderators"
MEMBERS = "Members"

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")

# group -> model permissions as (app_label, codename)
MODEL_PERMISSIONS = {
    EDITORS: [
        ADMIN_ACCESS,
        SUBMIT_TRANSLATION,
        *[
            ("cms", f"{action}_{model}")
            for model in ("theme", "region", "targetgroup", "partner")
            for action in ("add", "change", "delete")
        ],
        ("cms", "change_contactsettings"),
        *[("wagtailredirects", f"{a}_redirect") for a in ("add", "change", "delete")],
    ],
    TRANSLATORS: [
        ADMIN_ACCESS,
        SUBMIT_TRANSLATION,
        # Translating a snippet creates its copy in the target locale.
        *[
            ("cms", f"{action}_{model}")
            for model in ("theme", "region", "targetgroup", "partner")
            for action in ("add", "change")
        ],
    ],
    LIBRARY_REVIEWERS: [ADMIN_ACCESS],
    DIRECTORY_MODERATORS: [ADMIN_ACCESS],
    MEMBERS: [],
}

# group -> page permissions on the whole tree (every locale's pages)
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    # Translators draft translations (new pages in the target locale) but do not publish.
    TRANSLATORS: ["add_page", "change_page"],
}

# group -> image and document permissions in every collection. Wagtail checks these against
# its own Image and Document models, also when the site swaps in custom ones.
MEDIA_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    TRANSLATORS: [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")],
}


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations; these need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        try:
            return Permission.objects.get(content_type__app_label=app_label, codename=codename)
        except Permission.DoesNotExist:
            raise LookupError(f"{app_label}.{codename}") from None

    # Wagtail's starter "Moderators" group is replaced by the groups below.
    Group.objects.filter(name="Moderators").delete()
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name, codes in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.set([permission(app, codename) for app, codename in codes])
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission("wagtailcore", codename)
            )
        for app, codename in MEDIA_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(app, codename)
            )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=MODEL_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_locales_and_taxonomy"),
        ("library", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailcore", "0098_apitoken"),
        # Wagtail's own migrations grant image and document permissions to every group with
        # admin access; run after them so that this migration has the last word.
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
