"""Index pages that find their child for a URL with one query."""


class OneQueryChildRoute:
    """Page mixin for an index whose children are all of its one subpage type (the A–Z, the
    blog). Wagtail's generic route finds the child as a plain Page, then loads its specific
    form: two queries, each through Django's query builder, for every guide or post served."""

    def route(self, request, path_components):
        if path_components:
            (model,) = self.allowed_subpage_models()
            # The tree's own terms for a child (treebeard's path and depth), unordered: a slug
            # is unique among siblings.
            found = model.objects.filter(
                path__startswith=self.path, depth=self.depth + 1, slug=path_components[0]
            ).order_by()[:1]
            for child in found:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
