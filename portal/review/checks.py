from django.core import checks

from portal.models.stamp import MAX_REVIEW_INTERVAL_MONTHS
from portal.review.due import reviewed_page_models


def review_intervals(app_configs, **kwargs):
    return [
        checks.Error(
            f"{model.__name__}.review_interval_months is {model.review_interval_months}; "
            f"reviews may be at most {MAX_REVIEW_INTERVAL_MONTHS} months apart.",
            obj=model,
            id="portal.E001",
        )
        for model in reviewed_page_models()
        if not 1 <= model.review_interval_months <= MAX_REVIEW_INTERVAL_MONTHS
    ]


def register():
    checks.register(review_intervals)
