"""Find, read and fetch input documents (text, wikitext, Markdown, HTML) as normalised plain text."""

from __future__ import annotations

import calendar
import codecs
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import mwparserfromhell
import requests
import urllib3
from mwparserfromhell.nodes import ExternalLink, Heading, HTMLEntity, Tag, Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode
from selectolax.lexbor import LexborHTMLParser, LexborNode

from cctv_density.errors import DocumentError, DocumentFetchError, SnapshotError
from cctv_density.model import Document, sha256_hex
from cctv_density.provenance import is_sidecar, read_provenance, sidecar_path
from cctv_density.reflow import uncaption, unnumber, unquote, untex, unwrap

MEDIA_TEXT = "text/plain"
MEDIA_MARKDOWN = "text/markdown"
MEDIA_HTML = "text/html"

_MEDIA_BY_SUFFIX = {
    ".txt": MEDIA_TEXT,
    ".text": MEDIA_TEXT,
    ".md": MEDIA_MARKDOWN,
    ".markdown": MEDIA_MARKDOWN,
    ".html": MEDIA_HTML,
    ".htm": MEDIA_HTML,
    ".xhtml": MEDIA_HTML,
}

#: Content types accepted from a URL, and the media type each is read as.
_MEDIA_BY_CONTENT_TYPE = {
    "text/html": MEDIA_HTML,
    "application/xhtml+xml": MEDIA_HTML,
    "text/plain": MEDIA_TEXT,
    "text/markdown": MEDIA_MARKDOWN,
    "text/x-markdown": MEDIA_MARKDOWN,
}

#: Share of control characters above which decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.10
_STREAM_CHUNK_BYTES = 64 * 1024
_MAX_TITLE_CHARS = 150

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP/Office archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed"),
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL_CHARS = {c: None for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F)}


@dataclass(frozen=True, slots=True)
class DocumentSource:
    """Where one document is read from: a file path or an http(s) URL."""

    location: str
    is_url: bool

    @property
    def path(self) -> Path:
        return Path(self.location)


# --------------------------------------------------------------------------- discovery


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def _is_skipped_in_directory(relative: Path) -> bool:
    """Sidecars, hidden files (or files in hidden folders) and README/SOURCE notes."""
    if any(part.startswith(".") for part in relative.parts):
        return True
    name = relative.name
    upper = name.upper()
    return is_sidecar(relative) or upper.startswith(("README", "SOURCE"))


def discover_documents(locations: Sequence[str | Path]) -> list[DocumentSource]:
    """Expand files, folders (recursively, sorted) and URLs into document sources.

    A file named explicitly is taken as is; inside folders, provenance sidecars, hidden files
    and README*/SOURCE* notes are skipped. A location listed twice is read once.
    """
    sources: list[DocumentSource] = []
    seen: set[str] = set()

    def add(source: DocumentSource) -> None:
        if source.location not in seen:
            seen.add(source.location)
            sources.append(source)

    for location in locations:
        if is_url(location):
            add(DocumentSource(location=str(location), is_url=True))
            continue
        path = Path(location)
        if path.is_dir():
            found = [
                candidate
                for candidate in path.rglob("*")
                if candidate.is_file() and not _is_skipped_in_directory(candidate.relative_to(path))
            ]
            for candidate in sorted(found, key=lambda p: p.relative_to(path).as_posix()):
                add(DocumentSource(location=str(candidate), is_url=False))
        elif path.is_file():
            add(DocumentSource(location=str(path), is_url=False))
        else:
            raise DocumentError("no such file or directory", path=str(path))
    return sources


# --------------------------------------------------------------------------- decoding


def _check_not_binary(raw: bytes, where: str) -> None:
    for signature, description in _BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise DocumentError(f"binary file ({description}), not text", path=where)
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"binary file (NUL byte at byte {nul}), not text", path=where)


def decode_text(raw: bytes, where: str, *, charset: str | None = None) -> str:
    """Bytes → normalised text: BOM-aware UTF-8/UTF-16 (or `charset`), "\\n" newlines, NFC.

    A byte-order mark wins over `charset`, as in browsers.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body, offset = "utf-16", raw, 0
    elif raw.startswith(codecs.BOM_UTF8):
        encoding, body, offset = "utf-8", raw[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    else:
        encoding, body, offset = (charset or "utf-8"), raw, 0
        if not encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
            _check_not_binary(raw, where)
    try:
        text = body.decode(encoding)
    except LookupError:
        raise DocumentError(f"unknown character set {encoding!r}", path=where) from None
    except UnicodeDecodeError as exc:
        label = codecs.lookup(encoding).name.upper().replace("_", "-")
        raise DocumentError(f"not valid {label} at byte {exc.start + offset}", path=where) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if text:
        control_share = (len(text) - len(text.translate(_CONTROL_CHARS))) / len(text)
        if control_share > _MAX_CONTROL_SHARE:
            raise DocumentError(
                f"binary content ({control_share:.0%} control characters), not text", path=where
            )
    return text


def sniff_media_type(text: str) -> str:
    head = text[:1024].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head:
        return MEDIA_HTML
    return MEDIA_TEXT


# --------------------------------------------------------------------------- HTML → text

_HTML_SKIPPED_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "nav", "footer", "aside", "button", "label", "legend",
        "select", "textarea", "input", "dialog", "img", "picture",
    }
)  # fmt: skip
_HTML_BLOCK_TAGS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "thead", "tbody", "tfoot", "caption", "br", "hr", "section",
        "article", "main", "header", "blockquote", "figure", "figcaption", "pre", "address",
        "details", "summary", "center",
    }
)  # fmt: skip
#: Containers whose own <header> is the article's headline, not site chrome.
_HTML_CONTENT_ROOTS = frozenset({"article", "main"})
#: class/id words that mark ads, cookie banners, menus and share widgets.
_HTML_NOISE_WORDS = frozenset(
    {
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
        "adunit", "adsense", "dfp", "sponsor", "sponsored", "promo", "promoted", "cookie",
        "cookies", "consent", "gdpr", "menu", "navbar", "navigation", "nav", "breadcrumb",
        "breadcrumbs", "sidebar", "share", "sharing", "social", "newsletter", "subscribe",
        "paywall", "popup", "modal", "overlay", "skip", "offcanvas", "related",
    }
)  # fmt: skip
#: Never dropped for their class/id: `<body class="has-cookie-banner">` is still the page.
_HTML_NEVER_NOISE = frozenset({"html", "body", "main", "article"})
_NOISE_SPLIT = re.compile(r"[\s_\-]+")
_HTML_SPACE = re.compile(r"[ \t\n\f\r\v\u00a0\u200b]+")
#: Stands for a line break while HTML whitespace (newlines included) is being collapsed.
_BREAK = "\x02"
#: Where an inline element starts or ends: "<span>Public CCTV cameras</span><span>1,850</span>"
#: reads "Public CCTV cameras 1,850", but "km<sup>2</sup>" and "<b>Lon</b>don" stay whole.
_INLINE_EDGE = "\x03"
#: A space of a preformatted block's run of spaces, kept while other whitespace collapses:
#: a PDF's text in `<pre>` lines up its table's columns with them.
_PRE_SPACE = "\x04"
_PRE_SPACES_RE = re.compile(r" {2,}")
_INLINE_TAGS = frozenset(
    {"span", "strong", "b", "em", "i", "a", "small", "font", "label", "time", "data", "abbr"}
    | {"mark", "u", "cite", "q", "big", "output"}
)
_NUMBER_EDGE_RE = re.compile(r"(?<=\d)\x03+(?=\w)|(?<=\w)\x03+(?=\d)")
_BULLET = "• "
_CELL_SEPARATOR = " | "


def _is_noise(node: LexborNode, tag: str) -> bool:
    attributes = node.attributes
    if not attributes:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    if tag in _HTML_NEVER_NOISE:
        return False
    for name in ("class", "id"):
        value = attributes.get(name)
        if value and not _HTML_NOISE_WORDS.isdisjoint(_NOISE_SPLIT.split(value.lower())):
            return True
    return False


#: A footnote's mark ("3", "[12]", "*"), and what an exponent follows instead ("km<sup>2</sup>",
#: "10<sup>6</sup>").
_FOOTNOTE_MARK_RE = re.compile(r"\s*(?:\[?\d{1,3}\]?|[*†‡])\s*")
_EXPONENT_BASE_RE = re.compile(r"(?:\b(?:km|m|mi|ft|sq|cm)|\d)$")


#: Classes of an element that holds only a footnote's mark ("ltx_note_mark", "footnote-ref").
_NOTE_MARK_CLASS_RE = re.compile(
    r"note[_-]?mark|footnote[_-]?ref|fn[_-]?ref|noteref", re.IGNORECASE
)
_NOTE_MARK_TEXT_RE = re.compile(r"\s*(?:\[?(?:\d{1,3}|[a-z])\]?|[*†‡])\s*")


def _is_footnote_mark(mark: str, before: str) -> bool:
    """Whether a superscript is a footnote's mark: not an exponent ("km²", "10⁶")."""
    return _FOOTNOTE_MARK_RE.fullmatch(mark) is not None and not _EXPONENT_BASE_RE.search(before)


#: Marks the end of a <dt> whose <dd> follows: the two are read as one "term: definition" line.
_TERM_BEFORE_DEFINITION = "dt+dd"


def _element_sibling(node: LexborNode, forward: bool) -> str | None:
    """The tag of the element next to `node` (after it when `forward`), skipping whitespace."""
    sibling = node.next if forward else node.prev
    while sibling is not None and not sibling.is_element_node:
        if sibling.is_text_node and (sibling.text_content or "").strip():
            return None
        sibling = sibling.next if forward else sibling.prev
    return sibling.tag if sibling is not None else None


def _html_fragments(body: LexborNode) -> Iterator[str]:
    """Text pieces of `body` in order, with _BREAK where a block starts or ends.

    The walk is iterative (deep nesting must not hit the recursion limit); a `str` on the
    stack marks the end of the element with that tag.
    """
    stack: list[LexborNode | str] = [body]
    cells_in_row: list[int] = []  # one counter per open <tr> (tables nest)
    content_depth = 0  # how many <article>/<main> we are inside
    pre_depth = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item == "tr":
                cells_in_row.pop()
            elif item in _HTML_CONTENT_ROOTS:
                content_depth -= 1
            elif item == "pre":
                pre_depth -= 1
            if item == _TERM_BEFORE_DEFINITION:
                yield ": "  # "<dt>Public cameras</dt><dd>3,050</dd>": "Public cameras: 3,050"
            elif item in _HTML_BLOCK_TAGS:
                yield _BREAK
            elif item in _INLINE_TAGS:
                yield _INLINE_EDGE
            continue
        if item.is_text_node:
            text = item.text_content or ""
            if pre_depth:
                # A preformatted block keeps its lines (a wrapped paragraph joined again) and
                # the runs of spaces that line up a table's columns.
                text = _PRE_SPACES_RE.sub(lambda run: _PRE_SPACE * len(run.group()), unwrap(text))
                text = text.replace("\n", _BREAK)
            yield text
            continue
        if not item.is_element_node:
            continue  # comments, processing instructions
        tag = item.tag or ""
        if tag in _HTML_SKIPPED_TAGS or (tag == "header" and not content_depth):
            continue
        if _is_noise(item, tag):
            continue
        if tag == "sup" and _is_footnote_mark(item.text(), item.prev.text() if item.prev else ""):
            continue  # "just 82.<sup>3</sup> Southampton …": a footnote's mark, not "82.3"
        if _NOTE_MARK_CLASS_RE.search(item.attributes.get("class") or "") and (
            _NOTE_MARK_TEXT_RE.fullmatch(item.text())
        ):
            continue  # 'Kyoto<span class="ltx_note_mark">a</span>': a note's mark, not "Kyotoa"
        if tag == "dd" and _element_sibling(item, forward=False) == "dt":
            pass  # the definition goes on the line of the term before it
        elif tag in _HTML_BLOCK_TAGS:
            yield _BREAK
        elif tag in _INLINE_TAGS:
            yield _INLINE_EDGE
        if tag == "tr":
            cells_in_row.append(0)
        elif tag in ("td", "th") and cells_in_row:
            if cells_in_row[-1]:
                yield _CELL_SEPARATOR
            cells_in_row[-1] += 1
        elif tag == "li":
            yield _BULLET
        elif tag in _HTML_CONTENT_ROOTS:
            content_depth += 1
        elif tag == "pre":
            pre_depth += 1
        if tag == "dt" and _element_sibling(item, forward=True) == "dd":
            stack.append(_TERM_BEFORE_DEFINITION)
        else:
            stack.append(tag)
        children = list(item.iter(include_text=True))
        children.reverse()
        stack.extend(children)


def _join_fragments(fragments: Iterator[str]) -> str:
    """One line per block: HTML whitespace (newlines included) collapses to one space."""
    joined = _NUMBER_EDGE_RE.sub(" ", "".join(fragments)).replace(_INLINE_EDGE, "")
    collapsed = _HTML_SPACE.sub(" ", joined)
    lines = (line.strip().replace(_PRE_SPACE, " ") for line in collapsed.split(_BREAK))
    return "\n".join(line for line in lines if line.strip() and line != _BULLET.strip())


def _html_date(tree: LexborHTMLParser) -> str | None:
    candidates: list[str | None] = []
    for selector in (
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="dc.date"]',
    ):
        node = tree.css_first(selector)
        if node is not None:
            candidates.append(node.attributes.get("content"))
    time_node = tree.css_first("time[datetime]")
    if time_node is not None:
        candidates.append(time_node.attributes.get("datetime"))
    for candidate in candidates:
        parsed = iso_date(candidate)
        if parsed:
            return parsed
    return None


def iso_date(value: str | None) -> str | None:
    """The YYYY-MM-DD date at the start of an ISO date or timestamp, if it is a real date."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ConvertedText:
    """Plain text made from a markup document, with what its markup said about itself."""

    text: str
    title: str | None
    published_date: str | None


def html_to_text(html: str) -> ConvertedText:
    """Readable text of an HTML page: one line per block, table cells joined by " | ", a
    `<pre>` block's lines kept with the runs of spaces that line up its columns."""
    # _BREAK marks line breaks during the walk, so the page itself must not contain it.
    tree = LexborHTMLParser(html.replace(_BREAK, "").replace(_PRE_SPACE, ""))
    title_node = tree.css_first("head > title") or tree.css_first("title")
    title = _HTML_SPACE.sub(" ", title_node.text()).strip() if title_node is not None else ""
    if not title:
        h1 = tree.css_first("h1")
        title = _HTML_SPACE.sub(" ", h1.text()).strip() if h1 is not None else ""
    body = tree.body
    text = _join_fragments(_html_fragments(body)) if body is not None else ""
    return ConvertedText(text=text, title=title or None, published_date=_html_date(tree))


# --------------------------------------------------------------------------- Markdown → text

#: First characters of lines that may carry block markup (other lines skip those checks).
_MD_MARKER_STARTS = frozenset("#=-*_+|>[0123456789")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:[ \t]+|$)")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_MD_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
#: Lines that are nothing but markup: link definitions, table dividers, horizontal rules.
_MD_MARKUP_ONLY = re.compile(
    r"^\s{0,3}\[[^\]\n]+\]:\s+\S+"  # [ref]: https://…
    r"|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"  # |---|:--:|
    r"|^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$"  # |--:|:-:|: one dash is enough
    r"|^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$"  # --- *** ___
)
_MD_LIST_STARTS = frozenset("-*+0123456789")
_MD_BLOCKQUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_MD_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+")
# Bounded character classes ([^*\n] etc.) keep every pattern linear on hostile input.
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)[ \t]*")
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_MD_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\1")
_MD_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_STRIKE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
#: Runs of spaces inside a line (left by removed images); indentation is kept.
_MD_INNER_SPACE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_MD_CODE = re.compile(r"`+([^`\n]+)`+")
#: Raw HTML superscript in Markdown: "just 82.<sup>3</sup>" (a footnote), "km<sup>2</sup>".
_MD_SUP = re.compile(r"<sup>([^<>\n]{1,12})</sup>")


def _markdown_sup(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 3) : match.start()]
    return "" if _is_footnote_mark(match.group(1), before) else match.group(1)


def _markdown_inline(line: str) -> str:
    """Inline markup → its words (works on many lines at once: no pattern crosses a line)."""
    if "<sup>" in line:
        line = _MD_SUP.sub(_markdown_sup, line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REFERENCE_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS_STAR.sub(r"\1", line)
    line = _MD_EMPHASIS_UNDERSCORE.sub(r"\1", line)
    line = _MD_STRIKE.sub(r"\1", line)
    return _MD_INNER_SPACE.sub(" ", line)


_MD_RAW_BLOCK_START = re.compile(r"<(script|style)\b", re.IGNORECASE)


def _strip_raw_scripts(text: str) -> str:
    """Drop raw HTML <script>/<style> elements from Markdown (a page's JSON-LD or tracking code
    is no text of it), with one forward scan: an unclosed one is kept as written."""
    kept: list[str] = []
    position = 0
    lowered = text.lower()
    while True:
        match = _MD_RAW_BLOCK_START.search(text, position)
        if match is None:
            break
        end = lowered.find(f"</{match.group(1).lower()}", match.end())
        close = lowered.find(">", end) if end >= 0 else -1
        if close < 0:
            break
        kept.append(text[position : match.start()])
        position = close + 1
    kept.append(text[position:])
    return "".join(kept)


def _strip_html_comments(text: str) -> str:
    """Drop <!-- … --> with str.find (a regex rescans to the end for every unclosed one)."""
    if "<!--" not in text:
        return text
    kept: list[str] = []
    position = 0
    while True:
        start = text.find("<!--", position)
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            break  # unclosed: keep the rest as written
        kept.append(text[position:start])
        position = end + 3
    kept.append(text[position:])
    return "".join(kept)


def _markdown_table_row(line: str) -> str:
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return _CELL_SEPARATOR.join(cells)


_FRONT_MATTER_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?:.*\n){0,100}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


def _strip_front_matter(markdown: str) -> str:
    """A blog post's YAML front matter (title, date, description) is metadata, like an HTML
    page's head: it is not page text."""
    return _FRONT_MATTER_RE.sub("", markdown, count=1)


#: A line that opens with a bold label: "**Cameras:** 2,150", "__Per 1,000 residents__: 0.9".
#: A short "Label: value" line of a fact card ("Population: 17.7 million").
_MD_FIELD_LINE = re.compile(r"[ \t]*[A-Z][^:.!?\n]{0,40}:[ \t]+[^\s:][^:\n]{0,40}")
_MD_BOLD_LABEL = re.compile(r"(?:\*\*|__)[^*_\n]{1,40}?(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]")


def markdown_to_text(markdown: str) -> ConvertedText:
    """Light Markdown cleanup: markers, links and images go, words and table cells stay.

    Block markers are handled line by line; inline markup is then removed with one regex pass
    per pattern over each run of prose lines (fenced code is left as written).
    """
    chunks: list[tuple[bool, list[str]]] = []  # (is_code, lines)
    prose: list[str] = []
    code: list[str] = []
    title: str | None = None
    in_fence = False
    # A paragraph's lines are one paragraph (Markdown's soft line breaks): a prose line joins
    # the paragraph or list item before it, unless that line ended in a hard break.
    joinable = False
    previous_quoted = False
    for line in _strip_front_matter(_strip_raw_scripts(_strip_html_comments(markdown))).split("\n"):
        if _MD_FENCE.match(line):
            if in_fence:
                chunks.append((True, code))
                code = []
            else:
                chunks.append((False, prose))
                prose = []
            in_fence = not in_fence
            joinable = False
            continue
        if in_fence:
            code.append(line)
            continue
        stripped = line.lstrip()
        is_block = False
        if stripped and stripped[0] in _MD_MARKER_STARTS:
            block_line = _markdown_block_line(line, previous=prose[-1] if prose else "")
            if block_line is None:
                if title is None and prose and _MD_SETEXT_UNDERLINE.match(line):
                    title = _markdown_inline(prose[-1]).strip() or None
                joinable = False
                continue
            if block_line.is_heading and title is None:
                title = _markdown_inline(block_line.text).strip() or None
            quoted_prose = stripped.startswith(">") and not block_line.text.lstrip().startswith(
                ("#", "|", _BULLET.strip())
            )
            is_block = not quoted_prose and (
                line.strip() != block_line.text.strip() or block_line.is_heading
            )
            line = block_line.text
        quoted = stripped.startswith(">")
        if (
            stripped
            and not is_block
            and joinable
            and prose
            and quoted == previous_quoted
            # "**Cameras:** 2,150" under "**Population:** 2.3 million": a fact sheet's fields
            # are lines of their own, as the writer meant them.
            and not _MD_BOLD_LABEL.match(stripped)
            # "Cameras per 1,000 people: 118.9" above "Population: 17.7 million": the same
            and not (_MD_FIELD_LINE.fullmatch(stripped) and _MD_FIELD_LINE.fullmatch(prose[-1]))
        ):
            prose[-1] = prose[-1].rstrip() + " " + line.strip()
        else:
            prose.append(line)
        hard_break = line.endswith(("  ", "\\"))
        joinable = (
            bool(line.strip()) and not hard_break and not _is_unjoinable_block(line, is_block)
        )
        previous_quoted = quoted
    chunks.append((False, prose))
    chunks.append((True, code))  # an unclosed fence keeps its lines
    parts = [
        "\n".join(lines) if is_code else _markdown_inline("\n".join(lines))
        for is_code, lines in chunks
        if lines
    ]
    text = "\n".join(line.rstrip() for line in "\n".join(parts).split("\n"))
    # Keep paragraph breaks but not long runs of blank lines left by removed markup.
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return ConvertedText(text=text, title=title, published_date=None)


def _is_unjoinable_block(line: str, is_block: bool) -> bool:
    """Headings and table rows end at their line; list items and prose may continue."""
    if not is_block:
        return False
    return not line.lstrip().startswith(_BULLET.strip())


@dataclass(frozen=True, slots=True)
class _BlockLine:
    text: str
    is_heading: bool = False


def _markdown_block_line(line: str, *, previous: str) -> _BlockLine | None:
    """A line that starts with a block marker, cleaned; None when the line is only markup."""
    if _MD_SETEXT_UNDERLINE.match(line) and previous.strip():
        return None  # the previous line was a heading; it stays as its own line
    if _MD_MARKUP_ONLY.match(line):
        return None
    if line.lstrip().startswith(">"):
        line = _MD_BLOCKQUOTE.sub("", line)
    first = line.lstrip()[:1]
    if first == "#":
        heading = _MD_HEADING.match(line)
        if heading:
            return _BlockLine(_MD_CLOSING_HASHES.sub("", line[heading.end() :]).strip(), True)
    elif first == "|" and line.count("|") >= 2:
        return _BlockLine(_markdown_table_row(line))
    elif first in _MD_LIST_STARTS:
        return _BlockLine(_MD_LIST_ITEM.sub(_bullet_for, line, count=1))
    return _BlockLine(line)


def _bullet_for(match: re.Match[str]) -> str:
    return match.group(1) + _BULLET


def _plain_title(text: str) -> str | None:
    """The first line, when it is short enough to be a heading."""
    for line in text.split("\n", 20)[:20]:
        stripped = line.strip()
        if stripped:
            return stripped if len(stripped) <= _MAX_TITLE_CHARS else None
    return None


# --------------------------------------------------------------------------- wikitext → text

#: Markers of MediaWiki source; a plain-text document showing two kinds of them is wikitext.
#: Bounded character classes keep each search linear on hostile text.
_WIKI_MARKERS = (
    re.compile(r"\[\[[^\[\]\n]{1,250}\]\]"),  # [[Mexico City]]
    re.compile(r"\{\{[ \t]*[A-Za-z#][^{}|\n]{0,80}(?:\||\}\})"),  # {{cite web |…}}
    re.compile(r"'''[^'\n]{1,250}'''"),  # '''bold'''
    re.compile(r"^==+[^=\n]{1,200}==+[ \t]*$", re.M),  # == Heading ==
    re.compile(r"^\{\|", re.M),  # {| class="wikitable"
    re.compile(r"<ref[\s>/]", re.I),  # <ref>, <ref name="x"/>
)
_WIKI_MIN_MARKERS = 2
#: A page is parsed in pieces of about _WIKI_SOFT_CHUNK characters, never more than
#: _WIKI_HARD_CHUNK (see _wiki_chunks).
_WIKI_SOFT_CHUNK = 8_000
_WIKI_HARD_CHUNK = 16_000
#: MediaWiki stores no page over 2,048 KB ($wgMaxArticleSize): a longer text is no wiki page's
#: source, and is read as plain text (which also bounds the parser's time on hostile markup).
_WIKI_MAX_CHARS = 2_048 * 1_024

#: Where a block line starts (heading, list item, table row, caption): it is never
#: joined to the lines around it.
_WIKI_BLOCK = "\x04"
#: Where a line break (<br>) starts a line: not joined to the line before.
_WIKI_BREAK = "\x05"
#: Where markup was removed: "cameras{{efn|…}}." reads "cameras." and "a <ref/> b" "a b".
_WIKI_GAP = "\x06"
_WIKI_OWN_CHARS = str.maketrans("", "", _WIKI_BLOCK + _WIKI_BREAK + _WIKI_GAP)
_WIKI_LINE_START = re.compile(f"(?<!\\n)(?=[{_WIKI_BLOCK}{_WIKI_BREAK}])")
_WIKI_GAP_RE = re.compile(f"[ \\t]*{_WIKI_GAP}[{_WIKI_GAP} \\t]*")
_WIKI_NO_SPACE_BEFORE = frozenset(".,;:!?)]\n")
_WIKI_QUOTES = re.compile(r"'{2,}")
_WIKI_MAGIC_WORD = re.compile(r"__[A-Z]{3,20}__")
_WIKI_INNER_SPACE = re.compile(r"(?<=\S)[ \t]{2,}")
_WIKI_PIPE_TRICK = re.compile(r"\s*\([^()]*\)\s*$|,.*$")
#: Links to these namespaces are an image, a category or a file, not words of the text.
_WIKI_HIDDEN_LINKS = ("category:", "file:", "image:")
#: Tags whose contents are not text of the article.
_WIKI_DROPPED_TAGS = frozenset(
    {
        "ref", "references", "gallery", "math", "chem", "ce", "timeline", "score", "graph",
        "mapframe", "maplink", "templatedata", "imagemap", "includeonly", "indicator",
        "syntaxhighlight", "source", "inputbox", "categorytree", "style", "script",
    }
)  # fmt: skip
_WIKI_BLOCK_TAGS = frozenset(
    {"div", "p", "blockquote", "center", "poem", "pre", "ul", "ol", "dl", "section"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figure", "figcaption"}
)
_WIKI_LIST_MARKUP = frozenset("*#:;")
#: {{convert}} unit codes that read differently from how they are written.
_WIKI_UNITS = {"sqkm": "km2", "sqmi": "sq mi", "mi2": "sq mi", "sqm": "m2", "sqft": "sq ft"}
_WIKI_RANGE_WORDS = frozenset({"-", "–", "to", "and", "or", "by", "x", "×", "+/-", "±"})
#: Templates that stand for a character.
_WIKI_CHARACTERS = {
    "ndash": "–", "mdash": "—", "snd": " – ", "spaced ndash": " – ", "spnd": " – ",
    "nbsp": " ", "middot": " · ", "dot": " · ", "·": " · ", "en dash": "–", "em dash": "—",
}  # fmt: skip
#: Templates that show their first, or their second, unnamed parameter.
_WIKI_FIRST_PARAMETER = frozenset(
    {"nowrap", "nobr", "small", "smaller", "big", "larger", "nobold", "noitalic", "abbr"}
    | {"sort", "nts", "ntsh", "number table sorting", "val", "flag", "flagcountry", "sic"}
    | {"plainlist", "flatlist", "nowrap begin", "resize"}
)
_WIKI_SECOND_PARAMETER = frozenset({"lang", "sort"})
#: Currency templates: {{US$|80 million}} reads "US$80 million".
_WIKI_CURRENCIES = {
    "us$": "US$", "usd": "US$", "mxn": "MX$", "€": "€", "eur": "€", "euro": "€", "£": "£",
    "gbp": "£", "inr": "₹", "₹": "₹", "a$": "A$", "aud": "A$", "ca$": "CA$", "cad": "CA$",
    "¥": "¥", "jpy": "¥", "yen": "¥", "cny": "CN¥", "brl": "R$", "r$": "R$",
}  # fmt: skip
_WIKI_LIST_TEMPLATES = frozenset({"ubl", "unbulleted list", "hlist", "bulleted list", "enum"})
_WIKI_DATE_TEMPLATES = frozenset(
    {"start date", "start date and age", "end date", "end date and age", "start-date"}
)


def looks_like_wikitext(text: str) -> bool:
    """Whether plain text is MediaWiki source: it shows at least two kinds of wiki markup.

    One search per kind, each stopping at its first hit, so a large ordinary text costs a few
    linear scans and is never parsed.
    """
    found = 0
    for marker in _WIKI_MARKERS:
        if marker.search(text) is not None:
            found += 1
            if found >= _WIKI_MIN_MARKERS:
                return True
    return False


#: Openers and their closers that a wiki page balances; the parser retries every unclosed
#: opener against the rest of its piece, which hostile text makes take seconds per piece.
_WIKI_PAIRS = (("{{", "}}"), ("[[", "]]"), ("<!--", "-->"), ("{|", "|}"), ("[", "]"), ("<", ">"))
#: Unclosed openers a real page may leave (a typo, a stray bracket) before it counts as hostile.
_WIKI_MAX_UNCLOSED = 50


def _is_tame_wikitext(text: str) -> bool:
    """Whether the page's brackets, braces and tags are (nearly) balanced, as on any page that
    MediaWiki renders; markup left open by the thousand ("{{a|{{a|…", "<span <span …") is read
    as plain text instead of being parsed."""
    return all(
        abs(text.count(opener) - text.count(closer)) <= _WIKI_MAX_UNCLOSED
        for opener, closer in _WIKI_PAIRS
    )


def _template_name(template: Template) -> str:
    name = _strip_html_comments(str(template.name)).replace("_", " ")
    name = " ".join(name.split()).lower()
    return name.removeprefix("template:").strip()


def _wiki_parameter(template: Template, key: str) -> str:
    """A parameter's value as one line of text ("" when it is missing)."""
    if not template.has(key):
        return ""
    return _wiki_flat(_wiki_render(template.get(key).value))


def _wiki_flat(rendered: str, separator: str = " ") -> str:
    """Rendered wikitext as one line: its lines joined, markers and extra spaces gone."""
    text = _wiki_close_gaps(rendered)
    pieces = (
        " ".join(piece.split()) for piece in re.split(f"[\\n{_WIKI_BLOCK}{_WIKI_BREAK}]", text)
    )
    return separator.join(piece for piece in pieces if piece)


def _wiki_close_gaps(text: str) -> str:
    def close(match: re.Match[str]) -> str:
        after = text[match.end() : match.end() + 1]
        before = text[match.start() - 1 : match.start()] if match.start() else "\n"
        if not after or after in _WIKI_NO_SPACE_BEFORE or before == "\n":
            return ""
        return " " if match.group().strip(_WIKI_GAP) else ""

    return _WIKI_GAP_RE.sub(close, text) if _WIKI_GAP in text else text


def _wiki_as_of(template: Template) -> str:
    if template.has("alt"):
        return _wiki_parameter(template, "alt")
    year = _wiki_parameter(template, "1")
    month = _wiki_parameter(template, "2")
    day = _wiki_parameter(template, "3")
    when = year
    if month.isdigit() and 1 <= int(month) <= 12:
        when = f"{calendar.month_name[int(month)]} {year}"
        if day.isdigit():
            when = f"{int(day)} {when}"
    lead = "since" if _wiki_parameter(template, "since").lower() in ("y", "yes") else "as of"
    if _wiki_parameter(template, "lc").lower() not in ("y", "yes"):
        lead = lead.capitalize()
    return f"{lead} {when}{_wiki_parameter(template, 'post')}".strip()


def _wiki_convert(template: Template) -> str:
    values = [_wiki_parameter(template, str(n)) for n in range(1, 5)]
    number, unit = values[0], values[1]
    if unit.lower() in _WIKI_RANGE_WORDS and values[2]:
        joiner = "–" if unit in ("-", "–") else f" {unit} "
        number, unit = f"{number}{joiner}{values[2]}", values[3]
    return f"{number} {_WIKI_UNITS.get(unit.lower(), unit)}".strip()


def _wiki_date(template: Template) -> str:
    parts = [_wiki_parameter(template, str(n)) for n in range(1, 4)]
    if not parts[0].isdigit():
        return _WIKI_GAP
    date_parts = [parts[0]]
    for part in parts[1:]:
        if not part.isdigit():
            break
        date_parts.append(f"{int(part):02d}")
    return "-".join(date_parts)


def _wiki_formatnum(argument: str) -> str:
    number = argument.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", number):
        whole, _, fraction = number.partition(".")
        return f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return number


def _wiki_template(template: Template) -> str:
    name = _template_name(template)
    if name == "as of":
        return _wiki_as_of(template)
    if name in ("convert", "cvt"):
        return _wiki_convert(template)
    if name in _WIKI_DATE_TEMPLATES:
        return _wiki_date(template)
    if name.startswith("formatnum:"):
        return _wiki_formatnum(name.removeprefix("formatnum:"))
    if name in _WIKI_CHARACTERS:
        return _WIKI_CHARACTERS[name]
    if name in _WIKI_CURRENCIES and template.has("1"):
        return _WIKI_CURRENCIES[name] + _wiki_parameter(template, "1")
    if name in _WIKI_SECOND_PARAMETER and template.has("2"):
        return _wiki_parameter(template, "2")
    if name in _WIKI_FIRST_PARAMETER:
        return _wiki_parameter(template, "1")
    if name in _WIKI_LIST_TEMPLATES:
        items = (_wiki_flat(_wiki_render(p.value)) for p in template.params if not p.showkey)
        return ", ".join(item for item in items if item)
    # References, notes, maintenance tags, navigation boxes and anything unknown.
    return _WIKI_GAP


def _wiki_link(link: Wikilink) -> str:
    target = str(link.title).strip()
    if target.lower().lstrip(":").startswith(_WIKI_HIDDEN_LINKS) and not target.startswith(":"):
        return _WIKI_GAP
    if link.text is not None:
        shown = _wiki_render(link.text)
        if shown.strip():
            return shown
        return _WIKI_PIPE_TRICK.sub("", _wiki_flat(_wiki_render(link.title)).split(":", 1)[-1])
    return _wiki_flat(_wiki_render(link.title)).lstrip(":")


def _wiki_table(table: Tag) -> str:
    """A table as one line per row, cells joined by " | "; the caption a line before it."""
    lines: list[str] = []
    row: list[str] = []

    def end_row() -> None:
        if row:
            lines.append(_WIKI_BLOCK + _CELL_SEPARATOR.join(row))
            row.clear()

    def walk(nodes: Iterable[object], in_row: bool) -> None:
        for node in nodes:
            if not isinstance(node, Tag) or node.contents is None:
                continue
            tag = str(node.tag).strip().lower()
            if tag in ("td", "th"):
                cell = _wiki_render(node.contents)
                if node.wiki_markup == "|" and cell.startswith("+") and not in_row:
                    end_row()  # |+ caption
                    lines.append(_WIKI_BLOCK + _wiki_flat(cell[1:]))
                else:
                    row.append(_wiki_flat(cell))
            elif tag == "caption":
                end_row()
                lines.append(_WIKI_BLOCK + _wiki_flat(_wiki_render(node.contents)))
            elif tag == "tr":
                end_row()
                walk(node.contents.nodes, True)
                end_row()
            elif tag in ("thead", "tbody", "tfoot"):
                walk(node.contents.nodes, False)

    walk(table.contents.nodes, False)
    end_row()
    return "\n".join(line for line in lines if line != _WIKI_BLOCK) or _WIKI_GAP


def _wiki_tag(tag: Tag, before: str) -> str:
    name = str(tag.tag).strip().lower()
    if name in _WIKI_DROPPED_TAGS:
        return _WIKI_GAP
    if name == "br":
        return _WIKI_BREAK
    if name == "hr":
        return "\n"
    if name == "table":
        return _wiki_table(tag)
    if tag.contents is None:
        return _WIKI_GAP
    if name == "nowiki":
        return str(tag.contents)
    contents = _wiki_render(tag.contents)
    if name == "sup" and _is_footnote_mark(_wiki_flat(contents), before):
        return _WIKI_GAP
    if name == "li":
        return _WIKI_BLOCK + _BULLET + contents
    if name in _WIKI_BLOCK_TAGS:
        return _WIKI_BREAK + contents + _WIKI_BREAK
    return contents


def _wiki_list_marker(markup: str) -> str:
    """The start of a list line: "*" or "#" a bullet (nested ones indented), ";"/":" none."""
    if markup[-1] in "*#":
        return _WIKI_BLOCK + "  " * (len(markup) - 1) + _BULLET
    return _WIKI_BLOCK


def _wiki_render(code: Wikicode) -> str:
    """Wikicode → text with line markers (_WIKI_BLOCK, _WIKI_BREAK, _WIKI_GAP) still in it."""
    parts: list[str] = []
    nodes = code.nodes
    index = 0
    while index < len(nodes):
        node = nodes[index]
        index += 1
        if isinstance(node, Text):
            parts.append(_WIKI_MAGIC_WORD.sub("", _WIKI_QUOTES.sub("", node.value)))
        elif isinstance(node, Tag):
            markup = node.wiki_markup
            if markup and markup in _WIKI_LIST_MARKUP:
                # "**" is one Tag per character: read the whole run of markers.
                while index < len(nodes):
                    following = nodes[index]
                    if not isinstance(following, Tag) or following.wiki_markup is None:
                        break
                    if following.wiki_markup not in _WIKI_LIST_MARKUP:
                        break
                    markup += following.wiki_markup
                    index += 1
                parts.append(_wiki_list_marker(markup))
            else:
                parts.append(_wiki_tag(node, "".join(parts[-3:])))
        elif isinstance(node, Wikilink):
            parts.append(_wiki_link(node))
        elif isinstance(node, Template):
            parts.append(_wiki_template(node))
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                parts.append(_wiki_render(node.title))
            elif not node.brackets:
                parts.append(str(node.url))
            else:
                parts.append(_WIKI_GAP)
        elif isinstance(node, HTMLEntity):
            parts.append(node.normalize().replace("\u00a0", " "))
        elif isinstance(node, Heading):
            parts.append(_WIKI_BLOCK + _wiki_flat(_wiki_render(node.title)))
        else:  # comments, arguments
            parts.append(_WIKI_GAP)
    return "".join(parts)


def _wiki_lines(rendered: str) -> str:
    """One line per block; the lines of a paragraph are joined, as MediaWiki shows them."""
    text = _wiki_close_gaps(_WIKI_LINE_START.sub("\n", rendered))
    lines: list[str] = []
    previous_is_prose = False
    for raw_line in text.split("\n"):
        is_block = raw_line.startswith(_WIKI_BLOCK)
        is_break = raw_line.startswith(_WIKI_BREAK)
        line = _WIKI_INNER_SPACE.sub(" ", raw_line.translate(_WIKI_OWN_CHARS)).strip()
        if is_block and line.startswith(_BULLET.strip()):
            # "  • item": a list item keeps the indentation that shows its level.
            indent = raw_line[1 : len(raw_line) - len(raw_line[1:].lstrip(" "))]
            line = indent + _BULLET + line[len(_BULLET.strip()) :].lstrip()
        if not line.strip() or line.strip() == _BULLET.strip():
            lines.append("")
            previous_is_prose = False
            continue
        if previous_is_prose and not is_block and not is_break:
            lines[-1] += " " + line
        else:
            lines.append(line)
        previous_is_prose = not is_block
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _wiki_title(code: Wikicode) -> str | None:
    """The page's first bold term (a Wikipedia article's subject) or heading, whichever comes
    first."""
    for node in code.nodes:
        if isinstance(node, Tag) and node.wiki_markup == "'''" and node.contents is not None:
            title = _wiki_flat(_wiki_render(node.contents))
        elif isinstance(node, Heading):
            title = _wiki_flat(_wiki_render(node.title))
        else:
            continue
        if title:
            return title
    return None


def _wiki_physical_lines(text: str) -> Iterator[str]:
    """Lines with their newline; a line longer than a chunk is cut into chunk-sized pieces."""
    position = 0
    length = len(text)
    while position < length:
        end = text.find("\n", position)
        end = length if end < 0 else end + 1
        while end - position > _WIKI_HARD_CHUNK:
            yield text[position : position + _WIKI_HARD_CHUNK]
            position += _WIKI_HARD_CHUNK
        yield text[position:end]
        position = end


def _wiki_chunks(text: str) -> Iterator[str]:
    """The page in pieces of a few kilobytes, each parsed on its own.

    The parser retries an unclosed "{{" or "<ref name=" against the rest of its input, so its
    time grows with the square of the input on hostile text; bounded pieces keep it linear. A
    piece ends where no template, link or comment is open; inside a table it ends before a row
    ("|-"), closing the table and opening it again in the next piece so that every row stays a
    row. A piece that finds no such place is cut at _WIKI_HARD_CHUNK all the same (a table
    still closed and opened again, whatever else was open).
    """
    chunk: list[str] = []
    size = templates = links = comments = tables = 0
    for line in _wiki_physical_lines(text):
        stripped = line.lstrip()
        if size >= _WIKI_SOFT_CHUNK and not (templates or links or comments):
            if not tables:
                yield "".join(chunk)
                chunk, size = [], 0
            elif tables == 1 and stripped.startswith("|-"):
                yield "".join(chunk) + "\n|}\n"
                chunk, size = ["{|\n"], 3
        if size >= _WIKI_HARD_CHUNK:
            if tables:  # the rows of the table stay rows
                yield "".join(chunk) + "\n|}\n"
                chunk, size, tables = ["{|\n"], 3, 1
            else:
                yield "".join(chunk)
                chunk, size = [], 0
            templates = links = comments = 0
        chunk.append(line)
        size += len(line)
        templates = max(0, templates + line.count("{{") - line.count("}}"))
        links = max(0, links + line.count("[[") - line.count("]]"))
        comments = max(0, comments + line.count("<!--") - line.count("-->"))
        if stripped.startswith("{|"):
            tables += 1
        elif stripped.startswith("|}"):
            tables = max(0, tables - 1)
    if chunk:
        yield "".join(chunk)


def wikitext_to_text(wikitext: str) -> ConvertedText:
    """MediaWiki source → readable text in the shapes the Markdown path gives.

    Headings and list items are lines of their own ("• " before an item), a table is one line
    per row with its cells joined by " | " (its caption a line before it). References,
    comments, files, categories, infoboxes and templates that are notes, maintenance tags or
    navigation are dropped (an infobox's fields, read as text, cost more claims than they gave).
    """
    rendered: list[str] = []
    title = None
    for chunk in _wiki_chunks(wikitext.translate(_WIKI_OWN_CHARS)):
        code = mwparserfromhell.parse(chunk)
        rendered.append(_wiki_render(code))
        title = title or _wiki_title(code)
    text = _wiki_lines("".join(rendered))
    if title is not None and len(title) > _MAX_TITLE_CHARS:
        title = None
    return ConvertedText(text=text, title=title or _plain_title(text), published_date=None)


# --------------------------------------------------------------------------- documents


#: A PDF's typographic ligatures, as letters ("ﬁgure" is "figure").
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬆ": "st"})


def _convert(text: str, media_type: str) -> ConvertedText:
    if media_type == MEDIA_HTML:
        return html_to_text(text)
    if media_type == MEDIA_MARKDOWN:
        return markdown_to_text(untex(text))
    if len(text) <= _WIKI_MAX_CHARS and looks_like_wikitext(text) and _is_tame_wikitext(text):
        try:
            return wikitext_to_text(text)
        except Exception:  # never let odd markup stop a document: read it as plain text
            pass
    return ConvertedText(
        text=unwrap(uncaption(unnumber(unquote(untex(text.translate(_LIGATURES)))))),
        title=_plain_title(text),
        published_date=None,
    )


def _year_of(published_date: str | None) -> int | None:
    parsed = iso_date(published_date)
    return int(parsed[:4]) if parsed else None


def build_document(
    raw: bytes,
    *,
    doc: str,
    source: str,
    media_type: str | None,
    charset: str | None = None,
    source_url: str | None = None,
    retrieved_at: str | None = None,
    licence: str | None = None,
    title: str | None = None,
    published_date: str | None = None,
) -> Document:
    """A Document from raw bytes; given metadata (sidecar, HTTP) wins over what markup says."""
    if not raw:
        raise DocumentError("document is empty", path=source)
    decoded = decode_text(raw, source, charset=charset)
    resolved_media_type = media_type or sniff_media_type(decoded)
    converted = _convert(decoded, resolved_media_type)
    if not converted.text.strip():
        reason = "document is whitespace-only" if not decoded.strip() else "no readable text"
        raise DocumentError(reason, path=source)
    published = iso_date(published_date) or converted.published_date
    return Document(
        document_id=sha256_hex(raw),
        doc=doc,
        source=source,
        media_type=resolved_media_type,
        text=converted.text,
        title=title or converted.title,
        published_date=published,
        retrieved_at=retrieved_at,
        source_url=source_url,
        licence=licence,
        year=_year_of(published),
    )


def _read_capped(path: Path, max_bytes: int) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"larger than {max_bytes} bytes ({size} bytes)", path=where)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # +1: a file that grew since stat() is caught too
    except FileNotFoundError:
        raise DocumentError("file is missing", path=where) from None
    except IsADirectoryError:
        raise DocumentError("is a directory, not a file", path=where) from None
    except OSError as exc:
        raise DocumentError(f"cannot read file ({exc.strerror or exc})", path=where) from None
    if len(raw) > max_bytes:
        raise DocumentError(f"larger than {max_bytes} bytes", path=where)
    return raw


def read_document(path: Path, *, max_bytes: int) -> Document:
    """Read one file; its `<file>.provenance.json` sidecar, if any, supplies the metadata."""
    raw = _read_capped(path, max_bytes)
    source_url = retrieved_at = licence = title = published_date = None
    if sidecar_path(path).exists():
        try:
            provenance = read_provenance(path, verify=False)
        except SnapshotError as exc:
            raise DocumentError(exc.message, path=exc.path, field=exc.field) from None
        if sha256_hex(raw) != provenance.sha256:
            raise DocumentError(
                "file changed since its provenance sidecar was written (sha256 mismatch)",
                path=str(path),
                field="sha256",
                value=provenance.sha256,
            )
        source_url = provenance.source_url
        retrieved_at = provenance.retrieved_at
        licence = provenance.licence
        title = provenance.title or None
        published_date = provenance.published_date
    return build_document(
        raw,
        doc=path.stem,
        source=str(path),
        media_type=_MEDIA_BY_SUFFIX.get(path.suffix.lower()),
        source_url=source_url,
        retrieved_at=retrieved_at,
        licence=licence,
        title=title,
        published_date=published_date,
    )


# --------------------------------------------------------------------------- URLs

_ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1"
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)


def _parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """("text/html", "utf-8") from 'text/html; charset="UTF-8"'; (None, None) when absent."""
    if not header:
        return None, None
    main, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return main.strip().lower() or None, charset


def _fetch_error(url: str, message: str, *, field: str | None = None) -> DocumentFetchError:
    return DocumentFetchError(message, path=url, field=field)


def _one_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text if len(text) <= 160 else text[:159] + "…"


def _media_type_for(url: str, content_type: str | None) -> str | None:
    if content_type is None:
        return None  # no header: sniff the body
    media_type = _MEDIA_BY_CONTENT_TYPE.get(content_type)
    suffix = Path(urlsplit(url).path).suffix.lower()
    if media_type == MEDIA_TEXT and _MEDIA_BY_SUFFIX.get(suffix) == MEDIA_MARKDOWN:
        return MEDIA_MARKDOWN  # raw Markdown files are often served as text/plain
    return media_type


def _read_body(
    response: requests.Response, url: str, *, max_bytes: int, deadline: float | None
) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _fetch_error(url, f"larger than {max_bytes} bytes (Content-Length {declared})")
    body = bytearray()
    try:
        while True:
            # read1 returns what has arrived (up to the chunk size) instead of waiting for a
            # full chunk, so the cap and the deadline are checked even on a trickling server.
            chunk = response.raw.read1(_STREAM_CHUNK_BYTES, decode_content=True)
            if not chunk:
                break
            body.extend(chunk)
            if len(body) > max_bytes:
                raise _fetch_error(url, f"larger than {max_bytes} bytes (stopped reading)")
            if deadline is not None and time.monotonic() > deadline:
                raise _fetch_error(url, "download took too long (stopped reading)")
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise _fetch_error(url, f"connection broken while reading ({_one_line(exc)})") from None
    return bytes(body)


def fetch_document(
    url: str,
    *,
    session: requests.Session | None = None,
    timeout: float,
    max_bytes: int,
    user_agent: str,
    max_total_seconds: float | None = None,
) -> Document:
    """GET a text/HTML/Markdown URL with connect/read timeouts and a streaming size cap.

    `timeout` bounds connecting and each wait for bytes; `max_total_seconds`, if given, bounds
    the whole download (a server trickling bytes never trips a read timeout).
    """
    deadline = None if max_total_seconds is None else time.monotonic() + max_total_seconds
    owned_session = session is None
    http = requests.Session() if session is None else session
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT}
    try:
        try:
            response = http.get(url, headers=headers, timeout=(timeout, timeout), stream=True)
        except requests.Timeout:
            raise _fetch_error(url, f"timed out after {timeout:g} s without a response") from None
        except requests.TooManyRedirects:
            raise _fetch_error(url, "too many redirects") from None
        except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema) as exc:
            raise _fetch_error(url, f"invalid URL ({_one_line(exc)})") from None
        except requests.RequestException as exc:
            raise _fetch_error(url, f"cannot connect ({_one_line(exc)})") from None
        with response:
            if response.status_code >= 400:
                raise _fetch_error(
                    url, f"HTTP {response.status_code} {response.reason or ''}".strip()
                )
            header = response.headers.get("Content-Type")
            content_type, charset = _parse_content_type(header)
            if content_type is not None and content_type not in _MEDIA_BY_CONTENT_TYPE:
                raise _fetch_error(
                    url,
                    f"unsupported content type {content_type!r} (expected text/html, "
                    "text/plain, text/markdown or application/xhtml+xml)",
                    field="Content-Type",
                )
            raw = _read_body(response, url, max_bytes=max_bytes, deadline=deadline)
            final_url = response.url or url
    finally:
        if owned_session:
            http.close()
    media_type = _media_type_for(final_url, content_type)
    if charset is None and media_type in (MEDIA_HTML, None):
        declared = _META_CHARSET.search(raw[:1024])
        charset = declared.group(1).decode("ascii") if declared else None
    return build_document(
        raw,
        doc=url,
        source=url,
        media_type=media_type,
        charset=charset,
        source_url=final_url,
        retrieved_at=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    )


def read_documents(
    sources: Sequence[DocumentSource],
    *,
    max_bytes: int,
    timeout: float,
    user_agent: str,
    session: requests.Session | None = None,
    max_total_seconds: float | None = None,
) -> tuple[list[Document], list[DocumentError]]:
    """Read every source; a bad one is collected as an error and the others go through."""
    documents: list[Document] = []
    errors: list[DocumentError] = []
    owned_session = session is None and any(source.is_url for source in sources)
    http = requests.Session() if owned_session else session
    try:
        for source in sources:
            try:
                if source.is_url:
                    documents.append(
                        fetch_document(
                            source.location,
                            session=http,
                            timeout=timeout,
                            max_bytes=max_bytes,
                            user_agent=user_agent,
                            max_total_seconds=max_total_seconds,
                        )
                    )
                else:
                    documents.append(read_document(source.path, max_bytes=max_bytes))
            except DocumentError as exc:
                errors.append(exc)
    finally:
        if owned_session and http is not None:
            http.close()
    return documents, errors
