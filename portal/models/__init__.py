from portal.models.pages import HomePage, StandardPage
from portal.models.review import (
    PharmacistProfile,
    PharmacistReviewTask,
    PharmacistReviewTaskState,
    ReviewStamp,
)
from portal.models.search import IndexedWithRelations

__all__ = [
    "HomePage",
    "IndexedWithRelations",
    "PharmacistProfile",
    "PharmacistReviewTask",
    "PharmacistReviewTaskState",
    "ReviewStamp",
    "StandardPage",
]
