from wagtail.search import index


class IndexedWithRelations:
    """Re-index a page after its child rows and many-to-many links are written.

    Wagtail indexes a page from its post_save signal, but modelcluster writes inline children
    (brand names, tags, …) only after that, so a search for a brand name just added would miss.
    """

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        index.insert_or_update_object(self)
        return result
