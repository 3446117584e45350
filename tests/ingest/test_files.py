"""Reading inputs: formats, titles, dates, ids, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MalformedInputError,
    NoArticleError,
    TooLargeInputError,
)
from veille.ingest.files import ReadOptions, expand_paths, parse_published, read_path
from veille.ingest.language import guess_language
from veille.ingest.text import article_id, clean_text, decode
from veille.models import Article

STORY = (
    "Car bomb kills 12 in Baghdad market\n"
    "Published: 23 Mar 2015 08:31 GMT+01:00\n\n"
    "A car bomb exploded in a crowded market in Baghdad on Sunday, killing at least 12 people "
    "and wounding 30 others, police said. No group has claimed responsibility for the attack."
)


def read_one(path: Path, **options: object) -> Article | InputError:
    results = list(read_path(path, ReadOptions(**options)))  # type: ignore[arg-type]
    assert len(results) == 1
    return results[0]


def test_text_file_title_and_dateline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Car bomb kills 12 in Baghdad market"
    assert article.published == "2015-03-23"
    assert article.published_source == "dateline"
    assert article.id.startswith("art_")
    assert article.raw == path.read_bytes()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17/11/2015 20:50", "2015-11-17"),
        ("AFP · 23 Mar 2015, 08:31", "2015-03-23"),
        ("Published: 23 Mar 2015 08:31 GMT+01:00", "2015-03-23"),
    ],
)
def test_dateline_forms(tmp_path: Path, line: str, expected: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Attack in Paris\n{line}\n\n" + STORY.split("\n\n", 1)[1], encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.published == expected


def test_no_dateline_means_no_date(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY.replace("Published: 23 Mar 2015 08:31 GMT+01:00\n", ""), "utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.published is None
    assert article.published_source == "none"


def test_published_option_overrides(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    article = read_one(path, published="2015-03-24")
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == ("2015-03-24", "given")


def test_parse_published_rejects_bad_dates() -> None:
    assert parse_published("2015-11-13") == "2015-11-13"
    with pytest.raises(InputError, match="not a date"):
        parse_published("13/11/2015")


def test_same_text_same_id_whatever_spacing() -> None:
    assert article_id("A bomb  exploded.\n") == article_id("a bomb exploded.")
    assert article_id("A bomb exploded.") != article_id("A bomb did not explode.")


def test_clean_text_keeps_words_and_normalises_lines() -> None:
    assert clean_text("a\r\nb\u00a0\u00a0c\n\n\n\nd\x07") == "a\nb c\n\nd"


@pytest.mark.parametrize(
    ("name", "content", "error", "reason"),
    [
        ("empty.txt", b"", EmptyInputError, "empty"),
        ("blank.txt", b"   \n\n  ", EmptyInputError, "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BinaryInputError, "PNG"),
        ("nul.txt", b"abc\x00\x01\x02def" * 20, BinaryInputError, "NUL"),
        ("short.txt", b"Bomb.", EmptyInputError, "too short"),
        ("garbage.txt", bytes(range(128, 256)) * 40, EncodingInputError, "encoding"),
    ],
)
def test_bad_text_inputs(
    tmp_path: Path, name: str, content: bytes, error: type[InputError], reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = read_one(path)
    assert isinstance(result, error)
    assert result.source == str(path)
    assert reason.lower() in result.reason.lower()


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(STORY.replace("market", "marché café").encode("cp1252"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert "marché café" in article.text


def test_non_english_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Attentat à Paris\n\nUne voiture piégée a explosé dans un marché de Bagdad dimanche, "
        "selon la police. Les enquêteurs sont sur place et le bilan est provisoire pour le moment.",
        encoding="utf-8",
    )
    result = read_one(path)
    assert isinstance(result, InputError)
    assert "'fr'" in result.reason


def test_language_guess() -> None:
    assert guess_language(STORY) == "en"
    assert guess_language("Bomb.") is None
    assert guess_language("Взрыв в центре Москвы унёс жизни двенадцати человек " * 3) == "ru"


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 10, encoding="utf-8")
    result = read_one(path, max_input_bytes=100)
    assert isinstance(result, TooLargeInputError)
    assert "limit" in result.reason


def test_decode_utf16_with_bom() -> None:
    assert decode("x", "Bomb attack".encode("utf-16")) == "Bomb attack"


PAGE = """<!doctype html><html><head><title>Gunmen attack hotel in Bamako</title>
<meta property="article:published_time" content="2015-11-20T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<aside><h3>Today's headlines</h3><ul><li>Bomb kills 40 in fictional city</li></ul></aside>
<article><h1>Gunmen attack hotel in Bamako</h1>
<p>Gunmen stormed the Radisson Blu hotel in Bamako, the capital of Mali, on Friday and took
about 170 people hostage, security sources said.</p>
<p>At least 20 people were killed in the attack, according to the United Nations mission.</p>
<p>Al-Mourabitoun, a group linked to al-Qaeda, claimed responsibility for the assault.</p>
</article><div class="share">Share on Facebook Tweet</div>
<footer>Copyright 2015 Example News</footer></body></html>"""


def test_html_page_drops_chrome_and_reads_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert "Radisson Blu" in article.text
    assert "fictional city" not in article.text
    assert "Share on Facebook" not in article.text
    assert "Copyright" not in article.text
    assert article.title == "Gunmen attack hotel in Bamako"
    assert (article.published, article.published_source) == ("2015-11-20", "html")


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text(
        "<html><body><nav><a href='/a'>World</a><a href='/b'>Sport</a></nav></body></html>",
        encoding="utf-8",
    )
    result = read_one(path)
    assert isinstance(result, NoArticleError)


def test_html_that_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(STORY, encoding="utf-8")
    result = read_one(path)
    assert isinstance(result, MalformedInputError)


def test_malformed_html_still_yields_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text(PAGE.replace("</p>", "").replace("</article>", "<div><span>"), "utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert "Radisson Blu" in article.text


def test_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = {"text": STORY, "url": "https://example.org/a", "published": "2015-03-23"}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://example.org/b"}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"html": PAGE, "title": "Given title"}),
        json.dumps({"text": STORY, "published": "yesterday"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read_path(path, ReadOptions()))
    assert len(results) == 7
    first = results[0]
    assert isinstance(first, Article)
    assert (first.url, first.published, first.published_source) == (
        "https://example.org/a",
        "2015-03-23",
        "metadata",
    )
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.source for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5, 8)]
    assert "malformed JSON" in errors[0].reason
    assert "JSON object" in errors[1].reason
    assert "neither" in errors[2].reason
    assert "must be a string" in errors[3].reason
    assert "not a date" in errors[4].reason
    page = results[5]
    assert isinstance(page, Article)
    assert page.title == "Gunmen attack hotel in Bamako"


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STORY, "utf-8")
    (tmp_path / "a" / "two.HTML").write_text(PAGE, "utf-8")
    (tmp_path / "a" / "notes.md").write_text("skip me", "utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    found = list(expand_paths([tmp_path / "a", tmp_path / "x.pdf", tmp_path / "missing"]))
    names = [p.name if isinstance(p, Path) else p.source for p in found]
    assert names[:2] == ["one.txt", "two.HTML"]
    assert isinstance(found[2], InputError) and "unsupported" in found[2].reason
    assert isinstance(found[3], InputError) and "no such" in found[3].reason
