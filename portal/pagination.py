from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The page of `items` asked for by ?page=, forgiving any junk a reader or crawler sends:
    anything that is not a positive whole number gives page one, past the end gives the last."""
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        number = 1
    return paginator.get_page(max(number, 1))
