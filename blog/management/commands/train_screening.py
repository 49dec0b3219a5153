"""`manage.py train_screening`: trains the screening's model on the development part of the
corpus and writes blog/screening/model.json (needs requirements-dev.txt for scikit-learn)."""

import json

from django.core.management.base import BaseCommand

from blog.screening import screen
from blog.screening.evaluation import DEMO_NAMES, demo_guide
from blog.screening.model import WEIGHTS
from blog.screening.training import LEGITIMATE_BUDGET, train


class Command(BaseCommand):
    help = "Train the comment screening's model on the development corpus and store its weights."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(WEIGHTS))

    def handle(self, *args, output, **options):
        guides = (demo_guide(),)

        def by_rules(text):
            return screen(text, DEMO_NAMES, guides, read_by_model=False)[0]

        model, figures = train(by_rules, LEGITIMATE_BUDGET)
        with open(output, "w", encoding="utf-8") as stored:
            json.dump(model, stored, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            stored.write("\n")
        self.stdout.write(f"{len(model['features'])} features, written to {output}")
        self.stdout.write(
            "Thresholds: "
            + ", ".join(f"{label} {value:.3f}" for label, value in model["thresholds"].items())
        )
        self.stdout.write(
            "Rules and model on each author's comments, the model trained without them:"
        )
        for label, (caught, total) in figures.items():
            what = "flagged for anything" if label == "legitimate" else "caught"
            self.stdout.write(f"- {label}: {caught} of {total} {what} ({caught / total:.1%})")
