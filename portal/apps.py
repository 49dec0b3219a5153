from django.apps import AppConfig
from django.core import checks as django_checks


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import signals
        from portal.review import checks
        from portal.serving import cache

        checks.register()
        django_checks.register(cache.check_shared, django_checks.Tags.caches, deploy=True)
        signals.register()
