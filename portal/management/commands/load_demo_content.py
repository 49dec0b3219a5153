from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail import hooks

from portal import demo as portal_demo


class Command(BaseCommand):
    help = (
        "Build the demo site: home, medicines A–Z with the baclofen guide, the blog, and (with "
        "DEBUG on) the demo logins. Safe to run again: whatever exists is left untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url", default="http://127.0.0.1:8000", help="Where the site is served."
        )

    @transaction.atomic
    def handle(self, *args, base_url, **options):
        if settings.DEBUG:
            new_accounts = portal_demo.ensure_demo_accounts()
            if new_accounts:
                self.stdout.write(f"Demo accounts created: {', '.join(new_accounts)}.")
        else:
            self.stdout.write("DEBUG is off: demo accounts are not created.")

        address = urlsplit(base_url)
        home, created = portal_demo.ensure_home_page(address.hostname, address.port or 80)
        portal_demo.ensure_privacy_page(home)
        demo = portal_demo.DemoSite(home)
        for build in hooks.get_hooks(portal_demo.DEMO_CONTENT_HOOK):
            build(demo)
        portal_demo.stamp_demo_reviews(demo.reviewed)
        self.stdout.write(
            self.style.SUCCESS("Demo content created.") if created else "Demo content is in place."
        )

        self.stdout.write(self.summary(base_url.rstrip("/")))

    def summary(self, base):
        lines = [
            "",
            f"  Site:      {base}/",
            f"  Medicines: {base}/medicines/",
            f"  Blog:      {base}/blog/",
            f"  Admin:     {base}/admin/",
        ]
        if settings.DEBUG:
            lines += ["", "  Demo logins (username / password):"]
            for username, group, _ in portal_demo.DEMO_ACCOUNTS:
                role = group or "superuser"
                password = portal_demo.demo_password(username)
                lines.append(f"    {username:<11} / {password:<16} {role}")
        return "\n".join(lines) + "\n"
