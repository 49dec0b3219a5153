from wagtail.search import index


class IndexedWithRelations:
    """Re-index a page from its stored row once its child rows and links are written.

    Wagtail indexes a page from its post_save signal, but modelcluster writes inline children
    (brand names, tags, …) only after that, so a search for a brand name just added would miss.
    The row is read back rather than indexing `self`: saving a draft saves the page object with
    the draft's text in memory but writes only bookkeeping fields, and the index must only ever
    hold what readers can read.
    """

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        stored = type(self).objects.filter(pk=self.pk).first()
        if stored is not None:
            index.insert_or_update_object(stored)
        return result
