"""The «Library review» workflow: nothing in the library goes live until a Library reviewer
approves it.

The workflow and its one task (a group approval by Library reviewers) are made by a data
migration; the library index page of each language is assigned to it by the same function,
from the migration for pages that exist and from a signal for library pages created later
(seed_demo, an editor, a translation). ``apps`` is the migration's historical registry or
``django.apps.apps``.
"""

WORKFLOW_NAME = "Library review"
TASK_NAME = "Approval by a library reviewer"
REVIEWERS = "Library reviewers"  # cms/migrations/0003_groups_and_permissions


def library_review_workflow(apps):
    """The workflow, with its task for the Library reviewers group; made if missing."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        # Historical models do not fill in the polymorphic content type themselves.
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, active=True, content_type=content_type
        )
    task.groups.set(Group.objects.filter(name=REVIEWERS))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_library_review(apps, pages):
    """Put each of ``pages`` (library index pages) and everything below it under review.

    Approving the last task publishes the item as the reviewer, so Wagtail requires the
    reviewers to hold the publish permission there (and edit, to read it in the admin).
    """
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    workflow = library_review_workflow(apps)
    reviewers = Group.objects.filter(name=REVIEWERS).first()
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    )
    for page in pages:
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})
        for permission in permissions if reviewers else []:
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page_id=page.pk, permission=permission
            )
