"""A reader's crawl of a running site over HTTP: every page and file reachable from the home page,
the sitemap and the feeds, following links the way a browser would (same host only)."""

import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

import requests

# Staff and machine entry points are not reader pages; a reader never follows a link into them.
NOT_FOR_READERS = ("/admin/", "/django-admin/", "/_util/")
# Files are fetched to check they exist, never parsed for links.
FILE_PREFIXES = ("/static/", "/media/")


class LinkParser(HTMLParser):
    """The URLs a browser would fetch or a reader could follow from one HTML page."""

    ATTRIBUTES = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "srcset"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        wanted = self.ATTRIBUTES.get(tag)
        value = dict(attrs).get(wanted) if wanted else None
        if not value:
            return
        if wanted == "srcset":
            self.urls.extend(part.split()[0] for part in value.split(",") if part.strip())
        else:
            self.urls.append(value)


def links_in_html(text):
    parser = LinkParser()
    parser.feed(text)
    return parser.urls


def links_in_xml(text):
    """<loc> of a sitemap, <link> of RSS items and <link href> of Atom entries."""
    root = ElementTree.fromstring(text)  # noqa: S314 (our own site's sitemap and feeds)
    urls = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "loc" or (tag == "link" and element.text and element.text.strip()):
            urls.append(element.text.strip())
        elif tag == "link" and element.get("href"):
            urls.append(element.get("href"))
    return urls


@dataclass
class Fetched:
    url: str
    status: int
    content_type: str
    text: str
    found_on: str


@dataclass
class Crawl:
    base: str
    fetched: dict = field(default_factory=dict)
    off_site: set = field(default_factory=set)

    def failures(self):
        """Every URL that did not answer 200; a redirect counts by where it leads, fetched too."""
        return [
            f"{f.status} {f.url} (linked from {f.found_on})"
            for f in self.fetched.values()
            if f.status not in (200, 301, 302, 303, 307, 308)
        ]

    def html_pages(self):
        return [
            f for f in self.fetched.values() if f.status == 200 and f.content_type == "text/html"
        ]

    def files(self):
        return [f for f in self.fetched.values() if urlsplit(f.url).path.startswith(FILE_PREFIXES)]


def crawl(base, seeds, limit=3000):
    """Fetch every same-host URL reachable from the seeds, redirects included."""
    result = Crawl(base)
    host = urlsplit(base).netloc
    queue = deque((urljoin(base, seed), "(start)") for seed in seeds)
    session = requests.Session()
    while queue:
        url, found_on = queue.popleft()
        url = urldefrag(url).url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            continue
        if parts.netloc != host:
            result.off_site.add(url)
            continue
        if url in result.fetched or parts.path.startswith(NOT_FOR_READERS):
            continue
        if len(result.fetched) >= limit:
            raise AssertionError(f"more than {limit} URLs: is a link generating new URLs forever?")
        response = session.get(url, allow_redirects=False, timeout=30)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        page = Fetched(url, response.status_code, content_type, response.text, found_on)
        result.fetched[url] = page
        if response.is_redirect:
            queue.append((urljoin(url, response.headers["Location"]), url))
            continue
        if response.status_code != 200 or parts.path.startswith(FILE_PREFIXES):
            continue
        if content_type == "text/html":
            found = links_in_html(response.text)
        elif re.search(r"xml|rss|atom", content_type):
            found = links_in_xml(response.content)
        else:
            found = []
        queue.extend((urljoin(url, link), url) for link in found)
    return result
