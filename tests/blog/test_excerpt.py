from tests.blog.factories import BlogPostPageFactory


def test_excerpt_prefers_the_teaser(blog_index):
    post = BlogPostPageFactory(parent=blog_index, teaser="Short teaser.")
    assert post.excerpt == "Short teaser."


def test_excerpt_falls_back_to_the_body_cut_at_a_word(blog_index):
    words = " ".join(f"word{n}" for n in range(60))
    post = BlogPostPageFactory(
        parent=blog_index, body=[("paragraph", f"<p>{words}</p>"), ("paragraph", "<p>more</p>")]
    )
    assert post.excerpt.endswith("word39…")
    assert "word40" not in post.excerpt


def test_excerpt_strips_html_keeps_paragraphs_apart_and_decodes_entities(blog_index):
    post = BlogPostPageFactory(
        parent=blog_index,
        body=[
            ("heading", {"text": "Start", "level": "h2"}),
            ("paragraph", '<p>Salt &amp; <b>pepper</b>.</p><p><a href="/x/">Next</a></p>'),
        ],
    )
    assert post.excerpt == "Start Salt & pepper. Next"


def test_excerpt_never_cuts_inside_a_tag(blog_index):
    long_link = '<a href="/a-very-long-address/">' + " ".join(["linked"] * 50) + "</a>"
    post = BlogPostPageFactory(parent=blog_index, body=[("paragraph", f"<p>{long_link}</p>")])
    assert "<" not in post.excerpt and "href" not in post.excerpt
    assert post.excerpt.endswith("linked…")
