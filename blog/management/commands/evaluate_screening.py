"""`manage.py evaluate_screening`: the comment screening measured on the labelled corpus, per
label and part, with every misclassified comment (docs/comments.md)."""

from django.core.management.base import BaseCommand

from blog.screening.corpus import PARTS
from blog.screening.evaluation import evaluate, report


class Command(BaseCommand):
    help = "Measure the comment screening on the development and held-out parts of the corpus."

    def add_arguments(self, parser):
        parser.add_argument(
            "--part", choices=PARTS, action="append", help="one part (default: both)"
        )

    def handle(self, *args, part=None, **options):
        shortfalls = []
        for name in part or PARTS:
            result = evaluate(name)
            self.stdout.write(report(result) + "\n")
            shortfalls += [f"{name}: {gap}" for gap in result.shortfalls()]
        if shortfalls:
            self.stdout.write("Thresholds missed:\n" + "\n".join(f"- {gap}" for gap in shortfalls))
        else:
            self.stdout.write("Every threshold holds.")
