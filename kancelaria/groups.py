"""Admin rights per model come through groups; this keeps the groups as the apps declare them."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from .registry import admin_groups


@transaction.atomic
def groups_ensure() -> dict[str, Group]:
    """Create the declared groups and give each exactly its declared permissions (idempotent)."""
    result = {}
    for name, perms in admin_groups().items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for dotted in perms:
            app_label, codename = dotted.split(".", 1)
            wanted.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(wanted)
        result[name] = group
    return result


def on_post_migrate(sender, **kwargs):
    """Housekeeping after `migrate`: keep the admin groups in step with the code.

    `kancelaria` migrates before the apps whose permissions the groups hold, so their permissions
    are created here first (Django would create them a moment later; doing it twice is harmless).
    """
    if sender.name != "kancelaria":
        return
    using = kwargs.get("using", "default")
    for config in apps.get_app_configs():
        if config.models_module is not None:
            create_permissions(config, verbosity=0, using=using)
    groups_ensure()
