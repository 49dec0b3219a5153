"""`manage.py send_crisis_alerts`: send every crisis alert the mail server refused so far. Run it
every minute from the scheduler (docs/operations.md); an alert already sent is never sent again."""

from django.core.management.base import BaseCommand

from blog.alerts import pending, send_crisis_alert


class Command(BaseCommand):
    help = "Send the moderators' crisis alerts that have not gone out yet."

    def handle(self, *args, **options):
        ids = list(pending().order_by("created").values_list("pk", flat=True))
        sent = sum(bool(send_crisis_alert.call(pk)) for pk in ids)
        self.stdout.write(f"Crisis alerts: {sent} sent, {len(ids) - sent} still waiting.")
