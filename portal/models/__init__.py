from portal.models.pages import HomePage, StandardPage
from portal.models.ratelimit import RateLimitBucket
from portal.models.review import PharmacistReviewTask, PharmacistReviewTaskState
from portal.models.reviewed import ReviewedSnippet
from portal.models.search import IndexedWithRelations
from portal.models.stamp import PharmacistProfile, ReviewStamp
from portal.models.wording import SiteWording

__all__ = [
    "HomePage",
    "IndexedWithRelations",
    "PharmacistProfile",
    "PharmacistReviewTask",
    "PharmacistReviewTaskState",
    "RateLimitBucket",
    "ReviewStamp",
    "ReviewedSnippet",
    "SiteWording",
    "StandardPage",
]
