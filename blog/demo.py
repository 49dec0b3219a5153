"""Demo blog posts. The facts follow the sample post; the sentences are the portal's own."""

import datetime

from blog.models import BlogIndexPage, BlogPostPage
from portal.demo import ensure_child


def pudendal_neuralgia_body(guide):
    return f"""
<p>Pudendal neuralgia is long-lasting pain in the pelvis, caused by irritation of the pudendal
nerve. It can make sitting, walking and everyday life hard, and treatments that work for everyone
are scarce.</p>
<p>One idea being discussed is baclofen, a muscle relaxant usually prescribed for stiffness and
spasms. The reasoning goes like this: if tight pelvic floor muscles press on the pudendal nerve,
relaxing those muscles might take some pressure off the nerve and so ease the pain.</p>
<h2>What we know so far</h2>
<p>Some people with pudendal neuralgia say baclofen has helped them. Those are individual
reports, not trial results, and baclofen is not licensed for this use. Until proper studies are
done, nobody can say how well it works or who it suits.</p>
<p>If you are thinking about it, talk it through with your doctor first. Baclofen has side effects
of its own and must never be stopped suddenly. Our <a linktype="page" id="{guide.pk}">guide to
baclofen</a> explains how it is taken and what to watch for.</p>
<p>We will keep following the research and write again when there is more to say.</p>
"""


def build(home, guides):
    index, _ = ensure_child(
        home,
        BlogIndexPage,
        "blog",
        title="Blog",
        intro="News about medicines, new research and practical advice for living with a condition.",
    )
    post, _ = ensure_child(
        index,
        BlogPostPage,
        "baclofen-for-pudendal-neuralgia",
        title="Baclofen for pudendal neuralgia: a possible new use",
        date=datetime.date(2026, 10, 12),
        teaser=(
            "Could a muscle relaxant ease the pelvic pain of pudendal neuralgia? Some patients say "
            "so, but the evidence is still thin. Here is what is known."
        ),
        body=pudendal_neuralgia_body(guides["baclofen"]).strip(),
    )
    return {"index": index, "pudendal_neuralgia": post}
