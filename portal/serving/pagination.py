from django.core.paginator import Paginator

from portal.serving.query_forms import PageNumberForm


def paginate(request, items, per_page, count=None):
    """The page of `items` asked for by ?page=, forgiving any junk a reader or crawler sends:
    anything that is not a positive whole number gives page one, past the end gives the last.

    The page carries `links`: the first and last page numbers and two either side of this one,
    with Paginator.ELLIPSIS for the gaps, so that a hundred pages do not mean a hundred links.
    `count`, when given, is the number of items, found more cheaply than `items.count()` would.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    page = paginator.get_page(PageNumberForm(request.GET).number())
    page.links = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page
