"""Reading documents from files: discovery, decoding, HTML/Markdown cleanup, sidecars, errors."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cctv_density import documents
from cctv_density.documents import (
    DocumentSource,
    decode_text,
    discover_documents,
    html_to_text,
    looks_like_wikitext,
    markdown_to_text,
    read_document,
    read_documents,
    wikitext_to_text,
)
from cctv_density.errors import DocumentError
from cctv_density.extract import extract_claims
from cctv_density.gazetteer import Gazetteer, load_gazetteer
from cctv_density.model import sha256_hex
from cctv_density.population.wup import WupSnapshot
from cctv_density.provenance import Provenance, write_provenance
from cctv_density.settings import Settings

MAX = 1_000_000


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- discovery


def test_discover_walks_folders_sorted_and_skips_sidecars_hidden_and_notes(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    write(root / "b.txt", "b")
    write(root / "a" / "z.md", "z")
    write(root / "a" / "y.html", "y")
    write(root / "b.txt.provenance.json", "{}")
    write(root / ".hidden.txt", "h")
    write(root / ".cache" / "inside.txt", "h")
    write(root / "README.md", "r")
    write(root / "SOURCE.md", "s")
    single = write(tmp_path / "single.txt", "s")

    sources = discover_documents([root, str(single), "https://example.org/a", root])

    assert sources == [
        DocumentSource(str(root / "a" / "y.html"), is_url=False),
        DocumentSource(str(root / "a" / "z.md"), is_url=False),
        DocumentSource(str(root / "b.txt"), is_url=False),
        DocumentSource(str(single), is_url=False),
        DocumentSource("https://example.org/a", is_url=True),
    ]


def test_discover_names_a_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(DocumentError) as caught:
        discover_documents([missing])
    assert str(missing) in str(caught.value)
    assert "no such file" in str(caught.value)


# --------------------------------------------------------------------------- plain text


def test_plain_text_document_fields(tmp_path: Path) -> None:
    raw = b"Short heading\r\nChina has 200 million cameras.\rEnd\r\n"
    path = write(tmp_path / "article.txt", raw)

    document = read_document(path, max_bytes=MAX)

    assert document.document_id == sha256_hex(raw)
    assert document.doc == "article"
    assert document.source == str(path)
    assert document.media_type == "text/plain"
    assert document.text == "Short heading\nChina has 200 million cameras.\nEnd\n"
    assert document.title == "Short heading"
    assert document.source_url is None and document.year is None


def test_utf8_bom_is_dropped_and_text_is_nfc(tmp_path: Path) -> None:
    decomposed = "Zu\u0308rich has cameras."  # u + combining diaeresis
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + decomposed.encode())

    document = read_document(path, max_bytes=MAX)

    assert document.text == unicodedata.normalize("NFC", decomposed)
    assert document.text.startswith("Zürich")


def test_a_pdf_s_ligatures_are_letters_in_plain_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bulletin.txt", "Ghent's most recent \ufb01gure: 270 cameras.\n".encode()
    )

    assert read_document(path, max_bytes=MAX).text == "Ghent's most recent figure: 270 cameras.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    text = "Москва: 193 000 камер\r\nline 2"
    path = write(tmp_path / "u16.txt", bom + text.encode(encoding))

    assert read_document(path, max_bytes=MAX).text == "Москва: 193 000 камер\nline 2"


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "word " * 100 + "\nnext")
    assert read_document(path, max_bytes=MAX).title is None


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "document is empty"),
        (b"  \n\t\r\n ", "whitespace-only"),
        (b"text\x00more", "NUL byte at byte 4"),
        (b"%PDF-1.7 whatever", "a PDF"),
        (b"ok so far \xc3\x28", "not valid UTF-8 at byte 10"),
        (bytes(range(1, 32)) * 4 + b"abc", "control characters"),
    ],
)
def test_unreadable_files_give_one_line_errors(tmp_path: Path, raw: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", raw)
    with pytest.raises(DocumentError) as caught:
        read_document(path, max_bytes=MAX)
    message = str(caught.value)
    assert reason in message
    assert str(path) in message
    assert "\n" not in message


def test_invalid_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "bom-bad.txt", codecs.BOM_UTF8 + b"abc\x80")
    with pytest.raises(DocumentError, match="not valid UTF-8 at byte 6"):
        read_document(path, max_bytes=MAX)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="file is missing"):
        read_document(tmp_path / "gone.txt", max_bytes=MAX)


def test_file_larger_than_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 101)
    with pytest.raises(DocumentError, match="larger than 100 bytes"):
        read_document(path, max_bytes=100)
    assert read_document(path, max_bytes=101).text == "x" * 101


def test_html_without_readable_text(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><body><script>x()</script><nav>menu</nav></body>")
    with pytest.raises(DocumentError, match="no readable text"):
        read_document(path, max_bytes=MAX)


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>CCTV  in
 cities | Example News</title>
<meta property="article:published_time" content="2023-05-06T10:00:00+00:00">
<style>p { color: red }</style></head>
<body class="has-cookie-banner">
<header class="site"><a href="/">Example News home</a></header>
<nav><ul><li>World</li><li>Tech</li></ul></nav>
<div id="cookie-consent">We use cookies. Accept?</div>
<article>
  <header><h1>Cities   with the
  most cameras</h1></header>
  <p>London has <b>942,562</b> cameras.<br>Beijing has 1.15 million.</p>
  <div class="ad-slot">Buy a camera now</div>
  <script>var tracking = "1,000,000 cameras";</script>
  <noscript>Enable JavaScript</noscript>
  <table>
    <tr><th>City</th><th>Cameras</th></tr>
    <tr><td>London</td><td>942,562</td></tr>
  </table>
  <ul><li>First point</li><li>Second <i>point</i></li></ul>
  <div hidden>secret 5 cameras</div>
  <aside>Related: 7 cameras</aside>
  <form><label>Subscribe</label></form>
  <p class="header-note">Kept: "header" is not an ad word.</p>
</article>
<footer>© 2023 Example</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_chrome_ads_and_scripts() -> None:
    converted = html_to_text(PAGE)

    assert converted.text.split("\n") == [
        "Cities with the most cameras",
        "London has 942,562 cameras.",
        "Beijing has 1.15 million.",
        "City | Cameras",
        "London | 942,562",
        "• First point",
        "• Second point",
        'Kept: "header" is not an ad word.',
    ]
    assert converted.title == "CCTV in cities | Example News"
    assert converted.published_date == "2023-05-06"


def test_html_keeps_a_forms_text_and_drops_its_controls() -> None:
    # Old Reddit puts a post's own text in <form class="usertext">.
    page = (
        "<body><form class='usertext'><div class='md'><p>Warsaw had 1,147 cameras.</p></div>"
        "<input value='2'><button>save</button><textarea>draft 3</textarea></form></body>"
    )
    assert html_to_text(page).text == "Warsaw had 1,147 cameras."


def test_html_preformatted_text_keeps_its_columns_and_joins_its_wrapped_lines() -> None:
    prose = (
        "Geneva increased its public network of police video cameras from 29 cameras in 2023\n"
        "to 76 in 2025, the largest relative increase of any of the cities in this study.\n"
        "Zurich's police ran about 40 cameras in 2025, mostly around the main station too.\n"
    )
    table = (
        "City             2023      2025\n"
        "Berlin             64       112\n"
        "Geneva             29        76\n"
    )
    page = f"<body><pre class='pdftext'>{prose}\n{table}</pre><p>A  spaced   paragraph.</p></body>"
    assert html_to_text(page).text.split("\n") == [
        "Geneva increased its public network of police video cameras from 29 cameras in 2023 "
        "to 76 in 2025, the largest relative increase of any of the cities in this study. "
        "Zurich's police ran about 40 cameras in 2025, mostly around the main station too.",
        "City             2023      2025",
        "Berlin             64       112",
        "Geneva             29        76",
        "A spaced paragraph.",
    ]


def test_html_reads_a_definition_list_term_and_definition_on_one_line() -> None:
    page = (
        "<body><h3>Curitiba</h3><dl>\n  <dt>Public cameras</dt>\n  <dd>2,200</dd>\n"
        "<dt>Data year</dt><dd>2025</dd><dt>Notes</dt></dl><dd>loose</dd></body>"
    )
    assert html_to_text(page).text == (
        "Curitiba\nPublic cameras: 2,200\nData year: 2025\nNotes\nloose"
    )


def test_html_drops_related_posts() -> None:
    page = (
        "<body><article><p>Medellín has 3,046 cameras.</p></article>"
        "<section class='related-posts'><h3>Ready for more?</h3><ul><li><a href='/p/46'>"
        "#46: São Paulo's Smart Sampa hits 20,000 cameras</a></li></ul></section></body>"
    )
    assert html_to_text(page).text == "Medellín has 3,046 cameras."


def test_html_title_falls_back_to_h1_and_date_to_time_element() -> None:
    converted = html_to_text(
        "<body><h1>Headline</h1><p>Posted <time datetime='2021-02-03'>3 Feb</time></p></body>"
    )
    assert converted.title == "Headline"
    assert converted.published_date == "2021-02-03"
    assert converted.text == "Headline\nPosted 3 Feb"


def test_html_nested_tables_and_deep_nesting() -> None:
    nested = (
        "<table><tr><td>a<table><tr><td>x</td><td>y</td></tr></table></td><td>b</td></tr></table>"
    )
    assert html_to_text(nested).text == "a\nx | y\n| b"
    deep = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert html_to_text(deep).text == "deep text"


def test_html_document_gets_sniffed_media_type_and_sidecar_wins(tmp_path: Path) -> None:
    raw = PAGE.encode()
    path = write(tmp_path / "page.data", raw)
    write_provenance(
        path,
        Provenance(
            source_url="https://example.org/cctv",
            retrieved_at="2026-11-26T10:00:00Z",
            licence="CC BY 4.0",
            sha256=sha256_hex(raw),
            title="Sidecar title",
            published_date="2022-12-31",
        ),
    )

    document = read_document(path, max_bytes=MAX)

    assert document.media_type == "text/html"
    assert document.title == "Sidecar title"
    assert document.published_date == "2022-12-31"
    assert document.year == 2022
    assert document.source_url == "https://example.org/cctv"
    assert document.retrieved_at == "2026-11-26T10:00:00Z"
    assert document.licence == "CC BY 4.0"


def test_html_date_is_used_when_the_sidecar_has_none(tmp_path: Path) -> None:
    raw = PAGE.encode()
    path = write(tmp_path / "page.html", raw)
    write_provenance(
        path,
        Provenance(source_url="u", retrieved_at="2026-11-26", licence="l", sha256=sha256_hex(raw)),
    )
    document = read_document(path, max_bytes=MAX)
    assert (document.published_date, document.year) == ("2023-05-06", 2023)
    assert document.title == "CCTV in cities | Example News"


def test_sidecar_with_a_wrong_checksum_is_a_document_error(tmp_path: Path) -> None:
    path = write(tmp_path / "changed.txt", "new text")
    write_provenance(
        path, Provenance(source_url="u", retrieved_at="d", licence="l", sha256="0" * 64)
    )
    with pytest.raises(DocumentError, match="sha256 mismatch") as caught:
        read_document(path, max_bytes=MAX)
    assert str(path) in str(caught.value)


def test_malformed_sidecar_is_a_document_error(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", "text")
    write(tmp_path / "doc.txt.provenance.json", "{not json")
    with pytest.raises(DocumentError, match="not valid JSON"):
        read_document(path, max_bytes=MAX)


# --------------------------------------------------------------------------- Markdown

MARKDOWN = """# Cameras *per* city #

Some **bold**, _emphasis_, `code`, snake_case_name and a [link](https://x.org "t").
![chart](chart.png) Image gone.

| City | Cameras |
|:-----|--------:|
| London | 942,562 |

- first
* second
1. numbered
> quoted **text**

---
[ref]: https://example.org
<!-- a comment
over lines -->
```
**kept** as [written](x)
```
"""


def test_markdown_cleanup() -> None:
    converted = markdown_to_text(MARKDOWN)
    assert converted.title == "Cameras per city"
    assert converted.text.split("\n") == [
        "Cameras per city",
        "",
        # Lines of one paragraph are one line (Markdown's soft line breaks).
        "Some bold, emphasis, code, snake_case_name and a link. Image gone.",
        "",
        "City | Cameras",
        "London | 942,562",
        "",
        "• first",
        "• second",
        "• numbered",
        "quoted text",
        "",
        "**kept** as [written](x)",
    ]


def test_markdown_paragraph_lines_are_joined_but_blocks_are_not() -> None:
    markdown = (
        "# London\n"
        "The Metropolitan Police said the city had\n"
        "942,562 cameras in 2023.\n"
        "- a list item that goes\n"
        "  on to a second line\n"
        "| City | Cameras |\n"
        "| Paris | 4,300 |\n"
        "A hard break  \n"
        "stays a break.\n"
    )
    assert markdown_to_text(markdown).text.split("\n") == [
        "London",
        "The Metropolitan Police said the city had 942,562 cameras in 2023.",
        "• a list item that goes on to a second line",
        "City | Cameras",
        "Paris | 4,300",
        "A hard break",
        "stays a break.",
    ]


def test_a_markdown_table_rule_with_one_or_two_dashes_per_cell_is_dropped() -> None:
    markdown = "| # | City | Cameras | Year |\n|--:|---|--:|:-:|\n| 1 | Antwerp | 1,100 | 2024 |\n"
    assert markdown_to_text(markdown).text.split("\n") == [
        "# | City | Cameras | Year",
        "1 | Antwerp | 1,100 | 2024",
    ]


def test_markdown_fact_card_lines_stay_lines_of_their_own() -> None:
    markdown = (
        "Cameras per 1,000 people: 118.9\n"
        "Population: 17.7 million\n"
        "\n"
        "The survey found: the city had\n"
        "more cameras than before.\n"
    )
    assert markdown_to_text(markdown).text.split("\n") == [
        "Cameras per 1,000 people: 118.9",
        "Population: 17.7 million",
        "",
        "The survey found: the city had more cameras than before.",
    ]


def test_markdown_setext_heading_is_the_title(tmp_path: Path) -> None:
    path = write(tmp_path / "setext.markdown", "Big title\n=========\n\nBody text.\n")
    document = read_document(path, max_bytes=MAX)
    assert document.media_type == "text/markdown"
    assert document.title == "Big title"
    assert document.text == "Big title\n\nBody text."


def test_markdown_unclosed_emphasis_and_comments_are_left_alone() -> None:
    text = "2 * 3 = 6 and a_b and <!-- never closed **x"
    assert markdown_to_text(text).text == text


# --------------------------------------------------------------------------- batches


def test_read_documents_collects_errors_and_keeps_going(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "London has 942,562 cameras.")
    bad = write(tmp_path / "bad.txt", b"\x00\x01")
    also_good = write(tmp_path / "also.md", "# Title\n\ntext")
    sources = discover_documents([good, bad, also_good])

    documents, errors = read_documents(sources, max_bytes=MAX, timeout=1.0, user_agent="test")

    assert [document.doc for document in documents] == ["good", "also"]
    assert len(errors) == 1
    assert errors[0].path == str(bad)


def test_the_embedded_article_reads_with_its_sidecar() -> None:
    folder = Path(__file__).resolve().parents[2] / "data" / "raw" / "documents"
    documents, errors = read_documents(
        discover_documents([folder]), max_bytes=MAX, timeout=1.0, user_agent="test"
    )
    assert errors == []
    assert documents, "the embedded article is missing"
    article = documents[0]
    assert article.title == "Countries and Cities Have the Most CCTV"
    assert article.retrieved_at == "2026-11-26"
    assert "\r" not in article.text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_any_text_round_trips_as_normalised_text(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF is a byte-order mark: dropped
    raw = text.encode("utf-8")
    decoded = decode_text(raw, "mem")
    assert decoded == unicodedata.normalize("NFC", text)
    assert decode_text(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "mem") == decoded


def test_markdown_blockquote_lines_are_one_paragraph() -> None:
    markdown = (
        "> Quick answer: there are thought to be around 7.7 million CCTV cameras in\n"
        "> the UK.\n"
        "- a list item\n"
        "> a quote after a list item\n"
    )
    assert markdown_to_text(markdown).text.split("\n") == [
        "Quick answer: there are thought to be around 7.7 million CCTV cameras in the UK.",
        "• a list item",
        "a quote after a list item",
    ]


def test_markdown_front_matter_is_metadata() -> None:
    converted = markdown_to_text(
        '---\ntitle: "China has 700 million cameras"\ndate: 2025-01-15\n---\n\n# Heading\n\nText.\n'
    )
    assert "700 million" not in converted.text
    assert converted.text.startswith("Heading")


def test_html_inline_elements_keep_numbers_apart_from_their_labels() -> None:
    html = (
        '<div><span class="label">Public CCTV cameras</span><span class="value">1,850</span>'
        '<span class="year">2025</span></div><p>Area: 696 km<sup>2</sup>; <b>Lon</b>don; '
        "<span>2</span>,<span>000</span></p>"
    )
    assert html_to_text(html).text == (
        "Public CCTV cameras 1,850 2025\nArea: 696 km2; London; 2,000"
    )


def test_a_footnote_mark_is_dropped_an_exponent_is_kept() -> None:
    html = (
        "<p>Brighton just 82.<sup>3</sup> Southampton has 210 cameras<sup>[4]</sup>, "
        "4 per km<sup>2</sup>.</p>"
    )
    assert html_to_text(html).text == "Brighton just 82. Southampton has 210 cameras, 4 per km2."
    markdown = "Brighton just 82.<sup>3</sup> Southampton: 4 per km<sup>2</sup>."
    assert markdown_to_text(markdown).text == "Brighton just 82. Southampton: 4 per km2."


def test_an_element_classed_as_a_note_mark_is_dropped() -> None:
    html = (
        '<table><tr><td>Kyoto<span class="ltx_note_mark">a</span></td><td>310</td></tr>'
        '<tr><td>Osaka<a class="footnote-ref" href="#fn2">2</a></td><td>1,900</td></tr></table>'
        '<p>The <span class="note">mark</span> stays.</p>'
    )
    assert html_to_text(html).text.split("\n") == [
        "Kyoto | 310",
        "Osaka | 1,900",
        "The mark stays.",
    ]


def test_markdown_fields_with_bold_labels_keep_their_lines() -> None:
    markdown = (
        "## Belo Horizonte\n\n**Cameras:** 2,150\n**Per 1,000 residents:** 0.9\n"
        "__Population__: 2.3 million\n\nSome **bold:** words\nwrap on."
    )
    assert markdown_to_text(markdown).text.split("\n") == [
        "Belo Horizonte",
        "",
        "Cameras: 2,150",
        "Per 1,000 residents: 0.9",
        "Population: 2.3 million",
        "",
        "Some bold: words wrap on.",
    ]


# --------------------------------------------------------------------------- wikitext


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(WupSnapshot(Settings().population_dir).snapshot_file())


def wiki(text: str) -> str:
    return wikitext_to_text(text).text


def test_wikitext_links_show_their_words_and_files_and_categories_go() -> None:
    text = (
        "[[Puebla (city)|Puebla]], [[Mexico City]] and [[León, Guanajuato|]] have cameras."
        "[[File:C5.jpg|thumb|The C5 houses 120 video walls.]][[Image:Map.png|right]]"
        "[[Category:Mass surveillance by city]] See [https://c5.cdmx.gob.mx C5 site] "
        "or [https://example.org]."
    )
    assert wiki(text) == "Puebla, Mexico City and León have cameras. See C5 site or."


@pytest.mark.parametrize(
    "template",
    [
        "{{cite web |title=Cámaras: 83,000 |url=https://example.org}}",
        "{{cite news |title=8 mil cámaras |work=[[La Jornada]]}}",
        "{{citation needed|date=May 2023}}",
        "{{efn|Excludes about 3,000 cameras of the state C5.}}",
        "{{refn|group=n|1,000 more}}",
        "{{sfn|Arteaga|2023|p=301}}",
        "{{Reflist}}",
        "{{notelist}}",
        "{{Short description|Public camera networks}}",
        "{{Use mdy dates|date=March 2025}}",
        "{{Update|date=August 2026|reason=Figures may be out of date}}",
        "{{Main|Video surveillance in Mexico}}",
        "{{See also|Closed-circuit television}}",
        "{{Portal|Mexico City}}",
        "{{Mexico City topics}}",
        "{{Some template nobody knows|9,999 cameras}}",
    ],
)
def test_wikitext_notes_references_navigation_and_unknown_templates_go(template: str) -> None:
    assert wiki(f"[[Tijuana]] had some 1,100 cameras{template}.") == (
        "Tijuana had some 1,100 cameras."
    )


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ("{{As of|2025}}", "As of 2025"),
        ("{{as of|2024|lc=y}}", "as of 2024"),
        ("{{convert|1485|km2|sqmi}}", "1485 km2"),
        ("{{nowrap|9.2 million}}", "9.2 million"),
        ("{{nobr|15,300 poles}}", "15,300 poles"),
        ("{{small|(2025)}}", "(2025)"),
        ("{{lang|es|Ciudad Segura}}", "Ciudad Segura"),
        ("{{start date|2009|11|18}}", "2009-11-18"),
    ],
)
def test_wikitext_templates_that_stand_for_words_keep_them(template: str, shown: str) -> None:
    assert wiki(f"[[Mexico City]]: {template}.") == f"Mexico City: {shown}."


def test_wikitext_references_comments_tags_and_entities() -> None:
    text = (
        "About 9.2&nbsp;million people<ref>{{cite web |title=Censo 2020}}</ref> and "
        '83,400 cameras<ref name="c5-2025"/>.<!-- Not 83,000: see the talk page. --> '
        "<span>Kept</span> words &amp; more<br>On a new line<br />and another."
    )
    assert wiki(text).split("\n") == [
        "About 9.2 million people and 83,400 cameras. Kept words & more",
        "On a new line",
        "and another.",
    ]


def test_wikitext_emphasis_lists_and_indents_read_like_markdown() -> None:
    text = (
        "'''C5''' runs ''Mi C911e''.\n"
        "* [[León, Guanajuato|León]]: 1,500 cameras\n"
        "** of them 200 new\n"
        "# Puebla: 1,300\n"
        "; Tijuana\n"
        ": 1,100 cameras\n"
        "After the list."
    )
    lines = wiki(text).split("\n")
    assert lines == [
        "C5 runs Mi C911e.",
        "• León: 1,500 cameras",
        "  • of them 200 new",
        "• Puebla: 1,300",
        "Tijuana",
        "1,100 cameras",
        "After the list.",
    ]
    markdown = "C5 runs *Mi C911e*.\n- León: 1,500 cameras\n  - of them 200 new\n1. Puebla: 1,300"
    assert markdown_to_text(markdown).text.split("\n") == lines[:4]


def test_wikitext_headings_are_lines_and_paragraph_lines_are_joined() -> None:
    text = (
        "== History ==\nThe first 8,088 cameras\nwere installed in 2009.\n\n"
        "=== Mi C911e ===\nAbout 11,000 cameras."
    )
    lines = wiki(text).split("\n")
    assert lines == [
        "History",
        "The first 8,088 cameras were installed in 2009.",
        "",
        "Mi C911e",
        "About 11,000 cameras.",
    ]
    markdown = (
        "## History\nThe first 8,088 cameras\nwere installed in 2009.\n\n"
        "### Mi C911e\nAbout 11,000 cameras."
    )
    assert markdown_to_text(markdown).text.split("\n") == lines


WIKI_TABLE = """'''Video surveillance in Mexico''' is run by the cities.

== Cameras by city ==
{| class="wikitable sortable"
|+ Public cameras in Mexican cities
! City !! Cameras !! Year
|-
| [[Guadalajara]] || 5,200 || 2024
|-
| [[Monterrey]] || 4,100{{efn|Excludes about 3,000 cameras of the state C5.}} || 2024
|-
| style="text-align:left" | [[Puebla (city)|Puebla]]
| 2,700<ref>{{cite news |title=2 mil 700 cámaras}}</ref>
| 2023
|}
"""


def test_wikitext_table_rows_read_like_a_markdown_table() -> None:
    lines = wiki(WIKI_TABLE).split("\n")
    assert lines == [
        "Video surveillance in Mexico is run by the cities.",
        "",
        "Cameras by city",
        "Public cameras in Mexican cities",
        "City | Cameras | Year",
        "Guadalajara | 5,200 | 2024",
        "Monterrey | 4,100 | 2024",
        "Puebla | 2,700 | 2023",
    ]
    markdown = (
        "| City | Cameras | Year |\n|---|---|---|\n| Guadalajara | 5,200 | 2024 |\n"
        "| Monterrey | 4,100 | 2024 |\n| Puebla | 2,700 | 2023 |\n"
    )
    assert markdown_to_text(markdown).text.split("\n") == lines[4:]


def test_wikitext_table_in_a_txt_file_gives_its_claims(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    document = read_document(write(tmp_path / "cities.txt", WIKI_TABLE), max_bytes=MAX)
    claims = extract_claims(document, gazetteer).claims
    assert [(c.entity_name, c.metric, c.value, c.year) for c in claims] == [
        ("Guadalajara", "camera_count", 5_200.0, 2024),
        ("Monterrey", "camera_count", 4_100.0, 2024),
        ("Puebla", "camera_count", 2_700.0, 2023),
    ]


def test_wikitext_infobox_is_left_out() -> None:
    text = (
        "{{Infobox government agency\n| name = C5 CDMX\n"
        '| cameras = 83,400 (2025)<ref name="c5"/>\n}}\n'
        "'''Video surveillance in Mexico City''' is run by the C5."
    )
    converted = wikitext_to_text(text)
    assert converted.text == "Video surveillance in Mexico City is run by the C5."
    assert converted.title == "Video surveillance in Mexico City"
    assert converted.published_date is None


def test_wikitext_title_is_the_first_bold_term_or_heading() -> None:
    text = "{{x}}\n'''Lima''' has [[CCTV]].\n== Overview ==\n'''More''' [[cameras]]."
    assert wikitext_to_text(text).title == "Lima"
    assert wikitext_to_text("== Overview ==\n'''Lima''' has [[CCTV]].").title == "Overview"
    assert wikitext_to_text("[[Lima]] has {{x}} cameras.").title == "Lima has cameras."


def test_a_txt_file_of_wikitext_is_read_as_wikitext(tmp_path: Path) -> None:
    path = write(
        tmp_path / "wiki.txt",
        "{{Short description|Surveillance in Mexico}}\r\n"
        "'''Mass surveillance in Mexico''' covers [[closed-circuit television|CCTV]].\r\n"
        "== History ==\r\nIn 2009 the city had 8,088 cameras.<ref>x</ref>\r\n",
    )
    document = read_document(path, max_bytes=MAX)
    assert document.media_type == "text/plain"
    assert document.title == "Mass surveillance in Mexico"
    assert document.published_date is None
    assert document.text == (
        "Mass surveillance in Mexico covers CCTV.\nHistory\nIn 2009 the city had 8,088 cameras."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Links are written [[like this]] on a wiki. London has 942,562 cameras.",
        "The '''bold''' claim: London has 942,562 cameras.",
        "== Notes ==\nLondon has 942,562 cameras.",
        "Array a[[0]] = 1; '''unclosed\nLondon has 942,562 cameras.",
    ],
)
def test_plain_text_with_a_stray_wiki_marker_is_not_wikitext(tmp_path: Path, text: str) -> None:
    assert not looks_like_wikitext(text)
    document = read_document(write(tmp_path / "plain.txt", text), max_bytes=MAX)
    assert document.text == text


def test_markdown_with_wiki_markers_stays_markdown(tmp_path: Path) -> None:
    text = "# [[London]]\n\n'''Bold''' {{x}} **942,562** cameras"
    assert looks_like_wikitext(text)
    document = read_document(write(tmp_path / "page.md", text), max_bytes=MAX)
    assert document.text == markdown_to_text(text).text


def test_wikitext_that_fails_to_convert_is_read_as_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "'''Tijuana''' had [[CCTV|1,100 cameras]]."
    path = write(tmp_path / "wiki.txt", text)
    assert read_document(path, max_bytes=MAX).text == "Tijuana had 1,100 cameras."

    def broken(_: str) -> None:
        raise ValueError("a bug in the parser")

    monkeypatch.setattr(documents.mwparserfromhell, "parse", broken)
    assert read_document(path, max_bytes=MAX).text == text


def test_wikitext_longer_than_a_wiki_page_may_be_is_read_as_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "'''Tijuana''' had [[CCTV|1,100 cameras]]."
    path = write(tmp_path / "wiki.txt", text)
    assert read_document(path, max_bytes=MAX).text == "Tijuana had 1,100 cameras."
    monkeypatch.setattr(documents, "_WIKI_MAX_CHARS", len(text) - 1)
    assert read_document(path, max_bytes=MAX).text == text


def test_a_long_wikitext_table_is_parsed_in_pieces_and_keeps_its_rows() -> None:
    rows = "".join(
        f"|-\n| [[City {i}]] || {i:,}<ref>{{{{cite web|title={i}}}}}</ref>\n" for i in range(3000)
    )
    text = (
        "'''Cities''' have cameras.\n{| class=\"wikitable\"\n! City !! Cameras\n"
        + rows
        + "|}\nAfter the table."
    )
    lines = wiki(text).split("\n")
    assert lines[:2] == ["Cities have cameras.", "City | Cameras"]
    assert lines[2:-1] == [f"City {i} | {i:,}" for i in range(3000)]
    assert lines[-1] == "After the table."


@pytest.mark.parametrize(
    "broken",
    [
        "{{",
        "[[a|{{b|",
        "{|\n|}\n|}\n|-",
        "<ref name=",
        "'''[[x]]",
        "{{Infobox|}}[[",
        "<!--",
        "{{{1}}}",
        "[[File:x.jpg|{{y|[[z]]}}]]",
        "== ==\n[[]]",
        "{{As of|}} {{convert||}} {{start date|x}} {{lang|es}}",
        "\x04\x05\x06",
    ],
)
def test_broken_wikitext_never_raises(broken: str) -> None:
    converted = wikitext_to_text("[[Lima]] '''has''' cameras. " + broken)
    assert converted.text.startswith("Lima has cameras.")
    assert not set(converted.text) & {"\x04", "\x05", "\x06"}


WIKI_PIECES = st.sampled_from(
    [
        "[[", "]]", "{{", "}}", "|", "'''", "''", "<ref>", "</ref>", "<ref name=a/>", "{|",
        "|}", "|-", "!!", "||", "\n", "\n* ", "\n== ", " ==", "<!--", "-->", "<br>", "&nbsp;",
        "[https://x.org ", "]", "Lima", " 1,200 ", "cameras", "{{As of|", "{{convert|1|km2",
        "File:", "Category:", "=", "#", ";", ":",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(WIKI_PIECES, max_size=40))
def test_any_wiki_markup_converts_without_raising(pieces: list[str]) -> None:
    converted = wikitext_to_text("".join(pieces))
    assert not set(converted.text) & {"\x04", "\x05", "\x06"}


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_hostile_wikitext_ends_in_text(tmp_path: Path) -> None:
    # The parser retries every unclosed "{{a|" against the rest of its input.
    text = "[[Lima]] '''has''' 1,200 cameras. " + "{{a|" * 25_000
    document = read_document(write(tmp_path / "hostile.txt", text), max_bytes=MAX)
    assert document.text.startswith("Lima has 1,200 cameras") or document.text == text


def test_wikitext_with_markup_left_open_by_the_hundred_is_read_as_plain_text(
    tmp_path: Path,
) -> None:
    # Real pages balance their braces, brackets and tags; "<span <span …" by the hundred is
    # hostile, and the parser would retry every opener against the rest of its piece.
    text = "'''Tijuana''' had [[CCTV|1,100 cameras]]. " + "<span " * 200
    assert read_document(write(tmp_path / "wiki.txt", text), max_bytes=MAX).text == text


def test_markdown_drops_raw_script_and_style_elements() -> None:
    markdown = (
        "# Ranked\n\nAstana has 16,500 cameras.\n\n"
        '<script type="application/ld+json">\n{"text": "Baku has 23,800 cameras"}\n</script>\n'
        "<STYLE>.x { content: '1,200 cameras' }</STYLE>\n\nEnd. <script>left open"
    )
    assert markdown_to_text(markdown).text == (
        "Ranked\n\nAstana has 16,500 cameras.\n\nEnd. <script>left open"
    )
