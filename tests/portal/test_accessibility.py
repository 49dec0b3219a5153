"""Accessibility in a real browser (Debian's Chromium), on the demo content.

- axe-core, run inside each page, finds no WCAG 2.2 A or AA violation;
- a reader using only the keyboard can go from the home page to a guide's side effects, on to
  the blog and send a comment, and always sees where the focus is;
- the pages reflow: no sideways scrolling at 320 CSS pixels wide, nor at 1280 pixels zoomed to
  200%.
"""

import io
import re

from django.core.management import call_command

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from blog.models import Comment

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

POST = "/blog/baclofen-for-pudendal-neuralgia/"
POST_TITLE = "Baclofen for pudendal neuralgia: a possible new use"

# The pages of the audit, by what they show. "comment errors" is not an address: it is the post
# after its comment form has been sent empty (see `open_page`).
PAGES = {
    "home": "/",
    "medicines A–Z": "/medicines/",
    "guide": "/medicines/baclofen/",
    "blog": "/blog/",
    "post with a comment": POST,
    "comment errors": POST,
    "search results": "/search/?q=baclofen",
    "not found": "/no-such-page/",
}

# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe tags WCAG 2.2 A rules as wcag2a or wcag21a).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def demo(live_server, settings):
    """The demo site, served by the live server; returns its base URL. Request it before
    `browser_page` so the content exists before Chromium starts."""
    settings.PORTAL_COMMENT_MIN_SECONDS = 1
    # The demo post is dated; keep its comments open whatever day the suite runs.
    settings.PORTAL_COMMENTS_CLOSE_AFTER_DAYS = 100 * 365
    call_command("load_demo_content", base_url=live_server.url, stdout=io.StringIO())
    return live_server.url


def open_page(page, base, name):
    """Show one of PAGES in `page`, checking it answers as expected."""
    response = page.goto(base + PAGES[name])
    if name == "not found":
        assert response.status == 404
        return
    assert response.ok, f"{name}: {response.status}"
    if name == "comment errors":
        # The form has novalidate: the browser sends it empty and the server answers with the
        # error summary and messages beside the fields.
        with page.expect_navigation() as navigation:
            page.get_by_role("button", name="Send comment for moderation").click()
        assert navigation.value.status == 400
        # The form's action ends in #error-summary, so the summary takes the focus.
        assert page.evaluate("() => document.activeElement.id") == "error-summary"
        # Each message is beside its field and read out with it.
        for label in ("Your name", "Your comment"):
            expect(
                page.get_by_role("textbox", name=label, exact=True)
            ).to_have_accessible_description(re.compile(r"Error: This field is required\."))
        # ...and each field in error is outlined in the error colour, the input as the textarea.
        assert page.evaluate(
            """() => [...document.querySelectorAll("[aria-invalid=true]")].map((field) =>
                getComputedStyle(field).borderTopColor ===
                getComputedStyle(field.closest(".field").querySelector(".field-error")).color)"""
        ) == [True, True]


# --- axe-core ------------------------------------------------------------------------------


def describe_violations(name, violations):
    lines = []
    for violation in violations:
        lines.append(
            f"[{name}] {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            lines.append(f"       {node['html']}")
            for summary_line in (node.get("failureSummary") or "").splitlines():
                lines.append(f"       {summary_line}")
    return lines


# What axe-core leaves out or only flags for review: ids used twice (its duplicate-id rules are
# retired with WCAG 2.2's 4.1.1) and references to ids that are not on the page (a hint or an
# error that a screen reader would never read out).
ID_PROBLEMS = """() => {
    const problems = [];
    const seen = new Map();
    for (const el of document.querySelectorAll("[id]")) {
        seen.set(el.id, (seen.get(el.id) || 0) + 1);
    }
    for (const [id, count] of seen) {
        if (count > 1) problems.push(`id "${id}" is used ${count} times`);
    }
    const attributes = ["aria-describedby", "aria-labelledby", "aria-controls", "for"];
    for (const el of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(","))) {
        for (const attribute of attributes) {
            for (const id of (el.getAttribute(attribute) || "").split(/\\s+/).filter(Boolean)) {
                if (!document.getElementById(id)) {
                    problems.push(`${attribute}="${el.getAttribute(attribute)}" names no element: ` +
                                  el.outerHTML.slice(0, 160));
                }
            }
        }
    }
    return problems;
}"""


def test_axe_finds_no_wcag_a_or_aa_violations(demo, browser_page):
    page = browser_page()
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    report = []
    for name in PAGES:
        open_page(page, demo, name)
        results = axe.run(page, options=options)
        report += describe_violations(name, results.response["violations"])
        report += [f"[{name}] {problem}" for problem in page.evaluate(ID_PROBLEMS)]
    assert not report, "axe-core and the id checks found problems:\n" + "\n".join(report)


# --- keyboard only -------------------------------------------------------------------------

FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.textContent || "").replace(/\\s+/g, " ").trim(),
        href: el.getAttribute("href") || "",
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        boxShadow: style.boxShadow,
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def assert_focus_visible(element):
    assert element is not None, "nothing has the focus"
    outline = element["outlineStyle"] != "none" and element["outlineWidth"] > 0
    shadow = element["boxShadow"] not in ("", "none")
    assert outline or shadow, f"no visible focus indicator on {element}"


def press_until(page, wanted, key="Tab", limit=80):
    """Press `key` until the focused element satisfies `wanted`, checking that every element
    the focus passes through shows a focus indicator."""
    for _ in range(limit):
        page.keyboard.press(key)
        element = focused(page)
        assert_focus_visible(element)
        if wanted(element):
            return element
    raise AssertionError(f"{limit} × {key} never reached the element wanted")


def test_keyboard_only_journey_from_home_to_a_sent_comment(demo, browser_page):
    page = browser_page()
    page.goto(demo + "/")

    # Home → Medicines A–Z → the baclofen guide.
    first = press_until(page, lambda el: True)
    assert first["text"] == "Skip to main content"
    press_until(page, lambda el: el["text"] == "Medicines A–Z")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo + "/medicines/"
    press_until(page, lambda el: el["text"] == "Baclofen")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo + "/medicines/baclofen/"

    # The contents list jumps to the side effects; the next Tab continues from there.
    press_until(page, lambda el: el["href"] == "#side-effects")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#side-effects$"))
    heading = page.locator("#side-effects-heading")
    assert heading.is_visible()
    box = heading.bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"] / 2, "side effects not scrolled to"
    page.keyboard.press("Tab")
    after = focused(page)
    assert_focus_visible(after)
    assert page.evaluate(
        """() => Boolean(document.getElementById("side-effects")
            .compareDocumentPosition(document.activeElement)
            & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY))"""
    ), f"Tab after the jump went to {after}, before the side effects"

    # Back up to the main navigation, then the blog and a post's "Read more".
    press_until(page, lambda el: el["text"] == "Blog", key="Shift+Tab", limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo + "/blog/"
    press_until(page, lambda el: el["text"] == f"Read more about {POST_TITLE}")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo + POST

    # The comment form: name, (email skipped), comment, send.
    press_until(page, lambda el: el["id"] == "id_name")
    page.keyboard.type("Robin")
    press_until(page, lambda el: el["id"] == "id_body")
    page.keyboard.type("This helped me prepare for my appointment.")
    page.wait_for_timeout(1100)  # PORTAL_COMMENT_MIN_SECONDS is 1: sooner looks like a bot
    press_until(page, lambda el: el["text"] == "Send comment for moderation")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?comment=thanks#comment-status$"))
    status = page.locator("#comment-status")
    assert status.is_visible()
    assert "Thank you, your comment will appear after moderation." in status.inner_text()
    landed = focused(page)
    assert landed and landed["id"] == "comment-status", f"focus is on {landed}"
    assert_focus_visible(landed)
    comment = Comment.objects.get(name="Robin")
    assert comment.body == "This helped me prepare for my appointment."
    assert comment.status == Comment.PENDING


# --- reflow --------------------------------------------------------------------------------

OVERFLOW = """() => {
    const width = window.innerWidth;
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 0.5 && rect.width > 0) {
            wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}` +
                      `${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : ""}` +
                      ` right=${Math.round(rect.right)}`);
        }
    }
    return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
            wide: wide.slice(0, 8)};
}"""


# Chromium's own zoom: at 200% a 1280-pixel window lays pages out in 640 CSS pixels, each drawn
# as 2 × 2 device pixels. That is exactly a 640-pixel viewport with a device scale factor of 2,
# media queries included. CSS `zoom` on the body would leave the viewport that the media queries
# and the html element see at 1280 pixels, so it is not used.
REFLOW_SIZES = {
    "320 px wide": ({"width": 320, "height": 640}, 1),
    "1280 px at 200% zoom": ({"width": 640, "height": 450}, 2),
}


def test_pages_reflow_without_horizontal_scrolling(demo, browser_page):
    failures = []
    for size, (viewport, scale) in REFLOW_SIZES.items():
        # browser_page sets its own viewport, so this one is set on the page afterwards.
        page = browser_page(device_scale_factor=scale)
        page.set_viewport_size(viewport)
        assert page.evaluate("() => [innerWidth, devicePixelRatio]") == [viewport["width"], scale]
        for name in PAGES:
            open_page(page, demo, name)
            result = page.evaluate(OVERFLOW)
            if result["scrollWidth"] > result["innerWidth"]:
                failures.append(f"{size}, {name}: {result}")
    assert not failures, "pages scroll sideways:\n" + "\n".join(failures)
