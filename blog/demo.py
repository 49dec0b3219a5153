"""Demo blog posts. The pudendal-neuralgia post follows the sample's facts in the portal's own
words; the sample posts are plain, general advice that is true for any medicine."""

import datetime

from django.contrib.auth import get_user_model

from blog.models import (
    Author,
    BlogIndexPage,
    BlogPostAuthor,
    BlogPostPage,
    BlogPostRelatedGuide,
    CannedReply,
    Comment,
)
from portal.demo import ensure_child

AUTHORS = [
    (
        "Sam Okafor",
        "Community pharmacist",
        "MPharm",
        "Sam has worked in community pharmacy for twelve years and answers readers' questions.",
    ),
    (
        "Dana Whitfield",
        "Clinical pharmacist",
        "PharmD",
        "Dana works with people living with long-term neurological conditions.",
    ),
]


def ensure_authors():
    return [
        Author.objects.get_or_create(
            name=name, defaults={"role": role, "credentials": credentials, "bio": bio}
        )[0]
        for name, role, credentials, bio in AUTHORS
    ]


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def pudendal_neuralgia_body(guide):
    return [
        *paragraphs(
            "Pudendal neuralgia is long-lasting pain in the pelvis, caused by irritation of the "
            "pudendal nerve. It can make sitting, walking and everyday life hard, and treatments "
            "that work for everyone are scarce.",
            "One idea being discussed is baclofen, a muscle relaxant usually prescribed for "
            "stiffness and spasms. The reasoning goes like this: if tight pelvic floor muscles "
            "press on the pudendal nerve, relaxing those muscles might take some pressure off the "
            "nerve and so ease the pain.",
        ),
        ("heading", {"text": "What we know so far", "level": "h2"}),
        *paragraphs(
            "Some people with pudendal neuralgia say baclofen has helped them. Those are "
            "individual reports, not trial results, and baclofen is not licensed for this use. "
            "Until proper studies are done, nobody can say how well it works or who it suits.",
            "If you are thinking about it, talk it through with your doctor first. Baclofen has "
            "side effects of its own and must never be stopped suddenly. Our "
            f'<a linktype="page" id="{guide.pk}">guide to baclofen</a> explains how it is taken '
            "and what to watch for.",
        ),
        (
            "callout",
            {
                "kind": "info",
                "title": "We will keep you posted",
                "text": "We are following the research and will write again when there is more to say.",
            },
        ),
    ]


SAMPLE_POSTS = [
    (
        "Keep a list of your medicines",
        "A written list helps every professional who treats you see the whole picture.",
        "Write down each medicine, its strength and how often you take it, including anything you "
        "buy without a prescription. Show the list at every appointment.",
        ["medicines safety"],
    ),
    (
        "Questions to ask when you get a new medicine",
        "Five questions that make a new prescription easier to live with.",
        "Ask what it is for, how and when to take it, what to do if you miss a dose, which side "
        "effects to look out for, and how long you will need it.",
        ["medicines safety"],
    ),
    (
        "Storing medicines at home",
        "Most medicines keep best somewhere cool and dry, not in the bathroom.",
        "Heat and damp can spoil medicines. Keep them in their original packs, out of sight and "
        "reach of children, and check the leaflet for any special instructions.",
        ["storage"],
    ),
    (
        "Travelling with your medicines",
        "Pack enough for the whole trip and keep them in your hand luggage.",
        "Take a little more than you need in case of delays, carry a copy of your prescription or "
        "medicines list, and check the rules of the country you are visiting.",
        ["travel"],
    ),
    (
        "What to do with medicines you no longer need",
        "Take them back to a pharmacy rather than putting them in the bin or the toilet.",
        "Pharmacies can dispose of unwanted medicines safely. Do not pass your medicines on to "
        "anyone else, even if their symptoms seem the same as yours.",
        ["medicines safety"],
    ),
    (
        "Reading a medicine label",
        "The label tells you the name, the strength and how to take it.",
        "Check the name on the label matches what you expected, and read the directions each time "
        "you start a new pack. Ask your pharmacist if anything is unclear.",
        ["medicines safety"],
    ),
    (
        "Talk to someone before you stop a medicine",
        "Some medicines need to be reduced slowly. Ask before you stop any of them.",
        "Stopping some medicines suddenly can cause problems. If you want to stop, talk to your "
        "prescriber or pharmacist first so that they can plan it with you.",
        ["stopping medicines"],
    ),
    (
        "Using a pill organiser",
        "A box with a space for each day can make it easier to remember your doses.",
        "Fill it once a week and keep the original packs so that you still have the labels and "
        "leaflets. Ask your pharmacist whether any of your medicines should stay in their pack.",
        ["everyday life"],
    ),
    (
        "Medicines and alcohol",
        "Alcohol and some medicines do not mix. Check before you drink.",
        "The leaflet says whether you should avoid alcohol. If it is not clear, ask your "
        "pharmacist: they can tell you what applies to your medicines.",
        ["alcohol", "medicines safety"],
    ),
    (
        "Buying medicines online safely",
        "Buy only from registered pharmacies, and never prescription medicines without one.",
        "A website that sells prescription medicines without asking for a prescription is not "
        "safe to use. Medicines from unregulated sellers may be fake.",
        ["buying online"],
    ),
    (
        "Getting the most from a medicines review",
        "Bring every medicine you take to your review, including creams and sprays.",
        "A review is a chance to check that each medicine still helps and that they work well "
        "together. Bring your questions as well as your medicines.",
        ["everyday life"],
    ),
    (
        "When a side effect worries you",
        "The leaflet lists side effects; your pharmacist can help you judge them.",
        "Many side effects settle after a few days. If one worries you, or seems serious, contact "
        "your doctor or pharmacist. In an emergency, call the emergency number.",
        ["side effects"],
    ),
]


def add_post(index, slug, authors, tags=(), guides=(), **fields):
    fields["post_authors"] = [BlogPostAuthor(author=author) for author in authors]
    fields["related_guides"] = [BlogPostRelatedGuide(guide=guide) for guide in guides]
    post, created = ensure_child(index, BlogPostPage, slug, **fields)
    if created and tags:
        post.tags.add(*tags)
        post.save_revision().publish()
    return post


def build(home, guides):
    sam, dana = ensure_authors()
    index, _ = ensure_child(
        home,
        BlogIndexPage,
        "blog",
        title="Blog",
        intro="News about medicines, new research and practical advice for living with a condition.",
    )
    start = datetime.date(2026, 9, 1)
    posts = []
    for number, (title, teaser, text, tags) in enumerate(SAMPLE_POSTS):
        posts.append(
            add_post(
                index,
                f"sample-{number + 1:02d}",
                [sam if number % 2 else dana],
                tags=tags,
                title=f"Sample post: {title}",
                date=start + datetime.timedelta(days=3 * number),
                teaser=teaser,
                body=paragraphs(text),
            )
        )
    post = add_post(
        index,
        "baclofen-for-pudendal-neuralgia",
        [dana],
        tags=["baclofen", "pudendal neuralgia", "pain"],
        guides=[guides["baclofen"]],
        title="Baclofen for pudendal neuralgia: a possible new use",
        date=datetime.date(2026, 11, 12),
        teaser=(
            "Could a muscle relaxant ease the pelvic pain of pudendal neuralgia? Some patients say "
            "so, but the evidence is still thin. Here is what is known."
        ),
        off_label=True,
        evidence_note=(
            "Only individual patients' reports so far; no trials have tested baclofen for "
            "pudendal neuralgia."
        ),
        body=pudendal_neuralgia_body(guides["baclofen"]),
    )
    build_comments(post)
    return {"index": index, "pudendal_neuralgia": post, "posts": [*posts, post]}


CANNED_REPLIES = [
    (
        "No personal medical advice",
        "Thank you for your comment. We cannot give personal medical advice here. Please ask "
        "your pharmacist or doctor, who know your health and your other medicines.",
    ),
    (
        "Please do not change your dose",
        "Please do not start, stop or change a medicine without talking to your prescriber "
        "first. Your pharmacist can help you prepare questions for that conversation.",
    ),
]


def build_comments(post):
    for title, text in CANNED_REPLIES:
        CannedReply.objects.get_or_create(title=title, defaults={"text": text})
    if post.comments.exists():
        return
    moderator = get_user_model().objects.filter(username="pharmacist").first()
    Comment.objects.create(
        post=post,
        name="Alex",
        body="Thank you for explaining this so clearly. I will ask my GP about it at my next visit.",
        status=Comment.APPROVED,
        reply=CANNED_REPLIES[0][1] if moderator else "",
        reply_by=moderator,
        reply_role="Pharmacist" if moderator else "",
    )
    Comment.objects.create(
        post=post,
        name="Jordan",
        body="Has anyone tried this? I am thinking of asking for it.",
        status=Comment.PENDING,
    )
