from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone

from portal.review import due


class Command(BaseCommand):
    help = (
        "Email each pharmacist the published pages whose review is overdue, never done or due "
        "within 30 days. Sends nothing when nothing is due; safe to run daily from cron."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        pages = due.due_pages(today)
        if not pages:
            self.stdout.write("Nothing is due for review.")
            return
        body = render_to_string(
            "portal/emails/review_reminder.txt",
            {"pages": pages, "today": today, "base_url": settings.WAGTAILADMIN_BASE_URL},
        )
        subject = f"{len(pages)} page{'s' if len(pages) != 1 else ''} due for pharmacist review"
        sent = 0
        for pharmacist in due.pharmacists().exclude(email=""):
            send_mail(subject, body, None, [pharmacist.email])
            sent += 1
        self.stdout.write(f"Reminded {sent} pharmacist(s) about {len(pages)} page(s).")
