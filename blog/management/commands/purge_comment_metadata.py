import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from blog.models import Comment


class Command(BaseCommand):
    help = "Delete the address hash and browser string of comments older than --days (default 90)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.PORTAL_COMMENT_METADATA_DAYS)

    def handle(self, *args, days, **options):
        if days < 1:
            self.stderr.write("--days must be at least 1.")
            return
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = Comment.objects.filter(created__lt=cutoff).exclude(ip_hash="", user_agent="")
        count = old.update(ip_hash="", user_agent="")
        self.stdout.write(f"Cleared the address hash and browser of {count} comment(s).")
