from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Medicine guides"

    def ready(self):
        from guides import signals

        signals.register()
