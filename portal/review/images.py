"""Image edits: a picture that live content shows changes only through review.

Editors upload images and choose them in pages, and a page's choice of image is reviewed with
the page. The file and the crop of an image already shown to readers are not: replacing either
would change every live page that shows it, with nobody's approval. Such an image is replaced by
uploading a new one and choosing it in a draft, which goes to a pharmacist as usual.
"""

from django.core.exceptions import ValidationError

from wagtail.images.forms import BaseImageForm

from portal.images import live_users_of

PICTURE_FIELDS = (
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)
REFUSAL = (
    "This image is shown on published pages ({pages}), so its file and crop cannot be changed "
    "here. Upload the new image and choose it in a draft of each page, for a pharmacist to review."
)


class ReviewedImageForm(BaseImageForm):
    def clean(self):
        cleaned = super().clean()
        changed = [name for name in PICTURE_FIELDS if name in self.changed_data]
        if self.instance.pk and changed:
            users = live_users_of(self.instance)
            if users:
                names = ", ".join(sorted({str(user) for user in users})[:5])
                raise ValidationError(REFUSAL.format(pages=names), code="shown_on_live_pages")
        return cleaned
