"""HTML view of extraction results over the article text.

:func:`render` draws one article with its record: entities coloured by type,
official mentions boxed with their title, dates underlined with the resolved ISO
value as a tooltip, and quotes highlighted, each with a label ``Q1 → speaker``
that links to the speaker's mention in the text (and a back-link from the
mention to its quotes). Everything comes from the record's character offsets;
the text itself is only ever HTML-escaped, never interpreted.

A :class:`~beritaie.record.Record` does not carry the article text, so pass
either a processed ``Doc`` (``beritaie.load()(text)``) or a record plus
``text=`` (the exact string it was extracted from).

Works like displaCy: inside Jupyter the view is displayed inline; elsewhere the
HTML string is returned, and ``path=`` writes a standalone page.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .record import ErrorRecord, Record, record_from_doc

# Message templates of this module (same manner as errors.Messages).
E_TYPE = ("render() takes a processed spaCy Doc, a Record, an ErrorRecord or a record dict, got {type}. "
          "Hint: pass beritaie.load()(text), or beritaie.extract(text) together with text=text.")
E_NO_TEXT = ("A record does not hold the article text (id={id!r}). "
             "Hint: pass the text it was extracted from: render(record, text=text), or render a Doc.")
E_DOC_TEXT = "text= differs from doc.text (id={id!r}). Hint: leave text= out when rendering a Doc."
E_SPAN = ("Record {where} {value!r} at {start}:{end} does not match the text there ({found!r}); id={id!r}. "
          "Hint: pass the exact article text the record was extracted from.")
E_TEXT_TYPE = "text= must be a str, got {type}. Hint: decode bytes as UTF-8 first."

# Layers from outermost to innermost: overlapping annotations nest in this order.
_QUOTE, _OFFICIAL, _ENTITY, _SPEAKER, _DATE = range(5)

CSS = """
.beritaie-render{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;
 max-width:62rem;line-height:2.35;font-size:15px}
.beritaie-render .bx-head{line-height:1.5;margin:.3rem 0 .6rem 0}
.beritaie-render .bx-head h2{font-size:1.05rem;margin:0}
.beritaie-render .bx-meta{color:#57606a;font-size:.85rem}
.beritaie-render .bx-legend{display:flex;flex-wrap:wrap;gap:.4rem;font-size:.78rem;line-height:1.6;margin:.3rem 0}
.beritaie-render .bx-legend span{padding:0 .35rem;border-radius:.25rem}
.beritaie-render .bx-text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #d0d7de;
 border-radius:.4rem;padding:.6rem .9rem;background:#fff}
.beritaie-render .bx-ent{padding:.1em .15em;border-radius:.3em}
.beritaie-render .bx-PER{background:#ffd8a8}
.beritaie-render .bx-ORG{background:#e0d4fb}
.beritaie-render .bx-LOC{background:#c3f0ca}
.beritaie-render .bx-end[data-label]::after{content:attr(data-label);font-size:.62em;font-weight:700;
 letter-spacing:.02em;vertical-align:.15em;margin-left:.3em;padding:0 .25em;border-radius:.2em;
 background:rgba(255,255,255,.75);color:#3d444d;white-space:nowrap}
.beritaie-render .bx-off{border:1.5px solid #9a6700;border-radius:.3em;padding:.05em .1em}
.beritaie-render .bx-off.bx-end[data-label]::after{background:#9a6700;color:#fff}
.beritaie-render .bx-date{background:#ddf4ff;border-bottom:2px dotted #0969da;cursor:help;position:relative}
.beritaie-render .bx-date:hover::before{content:attr(data-value);position:absolute;bottom:100%;left:0;
 background:#0969da;color:#fff;font-size:.75em;line-height:1.4;padding:.1em .4em;border-radius:.25em;
 white-space:nowrap;z-index:2}
.beritaie-render .bx-quote{background:#fff1a6;border-radius:.15em;padding:.12em 0}
.beritaie-render .bx-quote.bx-indirect{background:#fdf8e1;border-bottom:2px dashed #bf8700}
.beritaie-render .bx-qlbl{font-size:.7em;font-weight:700;background:#cf222e;color:#fff;border-radius:.9em;
 padding:.05em .5em;margin-right:.25em;text-decoration:none;white-space:nowrap;user-select:none;
 vertical-align:.1em}
.beritaie-render .bx-qlbl.bx-indirect{background:#fff;color:#cf222e;border:1px solid #cf222e}
.beritaie-render .bx-qlbl.bx-nospeaker{background:#6e7781}
.beritaie-render .bx-speaker{outline:2px solid #cf222e;outline-offset:1px;border-radius:.2em}
.beritaie-render .bx-slbl{font-size:.65em;font-weight:700;color:#cf222e;text-decoration:none;margin-left:.2em;
 vertical-align:.35em;user-select:none;white-space:nowrap}
.beritaie-render :target{box-shadow:0 0 0 3px #0969da}
.beritaie-render table{border-collapse:collapse;font-size:.83rem;line-height:1.4;margin:.3rem 0 .8rem 0}
.beritaie-render th,.beritaie-render td{border:1px solid #d0d7de;padding:.2rem .45rem;text-align:left;
 vertical-align:top}
.beritaie-render th{background:#f6f8fa}
.beritaie-render summary{cursor:pointer;font-weight:600;line-height:1.8}
.beritaie-render .bx-warn{color:#9a6700;font-size:.85rem;line-height:1.5}
.beritaie-render .bx-error{color:#cf222e;line-height:1.5}
"""


def _esc(value: Any) -> str:
    """Escape text or an attribute value (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


@dataclass
class _Ann:
    """One annotation over ``text[start:end]``, drawn as one or more nested fragments."""

    start: int
    end: int
    layer: int
    seq: int
    tag: str
    classes: str
    attrs: dict[str, str] = field(default_factory=dict)
    anchor: str | None = None  # element id, on the first fragment only
    label: str | None = None  # CSS badge after the last fragment (data-label)
    before: str = ""  # raw HTML placed just before the first fragment (already escaped)
    after: str = ""  # raw HTML placed just after the last fragment (already escaped)

    def open(self, first: bool, last: bool) -> str:
        classes = self.classes + ("" if first else " bx-cont") + (" bx-end" if last else "")
        parts = [f'<{self.tag} class="{classes}"']
        if first and self.anchor:
            parts.append(f' id="{_esc(self.anchor)}"')
        for key, value in self.attrs.items():
            parts.append(f' {key}="{_esc(value)}"')
        if last and self.label:
            parts.append(f' data-label="{_esc(self.label)}"')
        return "".join(parts) + ">"


def _nest(text: str, anns: list[_Ann]) -> str:
    """Escaped ``text`` with every annotation wrapped around its span.

    Overlaps that do not nest (an entity crossing a quote boundary) are drawn by
    closing and reopening the inner element, so the markup stays well formed and
    each span's fragments together cover exactly ``text[start:end]``.
    """
    anns = [a for a in anns if a.start < a.end]
    bounds = sorted({0, len(text), *(a.start for a in anns), *(a.end for a in anns)})
    order = sorted(anns, key=lambda a: (a.layer, a.start, -a.end, a.seq))
    out: list[str] = []
    stack: list[tuple[_Ann, int, bool]] = []  # (annotation, index of its open tag in out, first fragment?)

    def close(entry: tuple[_Ann, int, bool], at: int) -> None:
        ann, index, first = entry
        if ann.end == at:  # the last fragment: its open tag gets the badge (data-label)
            out[index] = ann.open(first=first, last=True)
        out.append(f"</{ann.tag}>" + (ann.after if ann.end == at else ""))

    for p, q in zip(bounds, bounds[1:]):
        active = [a for a in order if a.start <= p and q <= a.end]
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] is active[keep]:
            keep += 1
        for entry in reversed(stack[keep:]):
            close(entry, p)
        stack = stack[:keep]
        for ann in active[keep:]:
            if ann.start == p:
                out.append(ann.before)
            out.append(ann.open(first=ann.start == p, last=False))
            stack.append((ann, len(out) - 1, ann.start == p))
        out.append(_esc(text[p:q]))
    for entry in reversed(stack):
        close(entry, len(text))
    return "".join(out)


def _check_span(text: str, span: Mapping[str, Any], where: str, doc_id: Any) -> tuple[int, int]:
    """(start, end) of a record span, after checking it points at its own text."""
    start, end = span.get("start"), span.get("end")
    value = span.get("text")
    if (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
            and (value is None or text[start:end] == value)):
        return start, end
    found = text[start:end] if isinstance(start, int) and isinstance(end, int) else None
    raise InputError(E_SPAN.format(where=where, value=value, start=start, end=end, found=found, id=doc_id))


def _quote_label(number: int, quote: Mapping[str, Any], href: str | None) -> str:
    speaker = quote.get("speaker")
    kind = quote.get("kind") or "direct"
    classes = f"bx-lbl bx-qlbl bx-{_esc(kind)}" + ("" if speaker else " bx-nospeaker")
    shown = f"❝Q{number} → {speaker}" if speaker else f"❝Q{number} → ?"
    tip = f"{kind} quote {number}: " + (f"speaker {speaker}" if speaker else "no speaker found")
    if quote.get("cue"):
        tip += f" (cue: {quote['cue']})"
    if href:
        return (f'<a class="{classes}" href="#{_esc(href)}" data-quote="{number}" data-speaker="{_esc(speaker)}" '
                f'title="{_esc(tip)}">{_esc(shown)}</a>')
    return f'<span class="{classes}" data-quote="{number}" title="{_esc(tip)}">{_esc(shown)}</span>'


def _annotations(text: str, rec: Mapping[str, Any], prefix: str) -> list[_Ann]:
    """All annotations of one record, with checked offsets."""
    doc_id = rec.get("id")
    anns: list[_Ann] = []
    seq = iter(range(1_000_000))

    for ent in rec.get("entities") or ():
        start, end = _check_span(text, ent, "entity", doc_id)
        label = ent.get("label") or "ENT"
        tip = f"{label}: {ent.get('canonical') or ent.get('text')}"
        if ent.get("kb_id"):
            tip += f" [{ent['kb_id']}]"
        if ent.get("source"):
            tip += f" ({ent['source']})"
        attrs = {"data-type": label, "data-canonical": ent.get("canonical") or "", "title": tip}
        if ent.get("kb_id"):
            attrs["data-kb-id"] = ent["kb_id"]
        anns.append(_Ann(start, end, _ENTITY, next(seq), "span", f"bx-ent bx-{_esc(label)}", attrs, label=label))

    for number, off in enumerate(rec.get("officials") or (), start=1):
        title, of, name = off.get("title") or "", off.get("of"), off.get("name")
        tip = f"Official: {title}" + (f" of {of}" if of else "") + (f" — {name}" if name else "")
        if off.get("of_kb_id"):
            tip += f" [{off['of_kb_id']}]"
        for mention in off.get("mentions") or ():
            start, end = _check_span(text, mention, "official mention", doc_id)
            label = title + (f" · {name}" if name and name not in mention.get("text", "") else "")
            attrs = {"data-official": str(number), "data-title": title, "data-name": name or "",
                     "data-of": of or "", "title": tip}
            anns.append(_Ann(start, end, _OFFICIAL, next(seq), "span", "bx-off", attrs, label=label))

    for date in rec.get("dates") or ():
        start, end = _check_span(text, date, "date", doc_id)
        value = date.get("value") or ""
        tip = f"{value} ({date.get('granularity')})" + (f" — {date['warning']}" if date.get("warning") else "")
        attrs = {"datetime": value, "data-value": value, "data-granularity": date.get("granularity") or "",
                 "title": tip}
        anns.append(_Ann(start, end, _DATE, next(seq), "time", "bx-date", attrs))

    speakers: dict[tuple[int, int], list[int]] = {}
    for number, quote in enumerate(rec.get("quotes") or (), start=1):
        start, end = _check_span(text, quote, "quote", doc_id)
        mention = quote.get("speaker_mention")
        href = None
        if mention:
            key = _check_span(text, mention, "speaker mention", doc_id)
            speakers.setdefault(key, []).append(number)
            href = f"{prefix}-s{key[0]}-{key[1]}"
        kind = quote.get("kind") or "direct"
        attrs = {"data-quote": str(number), "data-kind": kind, "data-speaker": quote.get("speaker") or "",
                 "title": f"{kind} quote {number}" + (f" — {quote['speaker']}" if quote.get("speaker") else "")}
        if href:
            attrs["data-speaker-ref"] = href
        anns.append(_Ann(start, end, _QUOTE, next(seq), "mark", f"bx-quote bx-{_esc(kind)}", attrs,
                         anchor=f"{prefix}-q{number}", before=_quote_label(number, quote, href)))

    for (start, end), numbers in speakers.items():
        names = sorted({(rec["quotes"][n - 1].get("speaker") or "") for n in numbers})
        back = "".join(f'<a class="bx-lbl bx-slbl" href="#{prefix}-q{n}" title="speaker of quote {n}">◂Q{n}</a>'
                       for n in numbers)
        attrs = {"data-quotes": " ".join(map(str, numbers)), "data-speaker": "; ".join(names),
                 "title": "speaker of " + ", ".join(f"Q{n}" for n in numbers) + ": " + "; ".join(names)}
        anns.append(_Ann(start, end, _SPEAKER, next(seq), "span", "bx-speaker", attrs,
                         anchor=f"{prefix}-s{start}-{end}", after=back))
    return anns


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table whose cells are already-escaped HTML."""
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _summary(rec: Mapping[str, Any], prefix: str) -> str:
    """Tables under the text: quotes (open), officials, dates and entities (folded)."""
    parts = []
    quotes = rec.get("quotes") or []
    rows = []
    for number, q in enumerate(quotes, start=1):
        mention = q.get("speaker_mention")
        speaker = _esc(q.get("speaker") or "—")
        if mention:
            speaker = (f'<a href="#{prefix}-s{mention["start"]}-{mention["end"]}">{speaker}</a>'
                       f' <small>({_esc(mention.get("text"))})</small>')
        rows.append([f'<a href="#{prefix}-q{number}">Q{number}</a>', _esc(q.get("kind")), speaker,
                     _esc(q.get("cue") or ""), _esc(q.get("text"))])
    parts.append(f"<details open><summary>Quotes ({len(quotes)})</summary>"
                 + _table(["#", "kind", "speaker", "cue", "quote"], rows) + "</details>")
    officials = rec.get("officials") or []
    rows = [[_esc(o.get("title")), _esc(o.get("of") or ""), _esc(o.get("of_kb_id") or ""), _esc(o.get("name") or ""),
             "; ".join(_esc(m.get("text")) for m in o.get("mentions") or ())] for o in officials]
    parts.append(f"<details><summary>Officials ({len(officials)})</summary>"
                 + _table(["title", "of", "of_kb_id", "name", "mentions"], rows) + "</details>")
    dates = rec.get("dates") or []
    rows = [[_esc(d.get("text")), _esc(d.get("value")), _esc(d.get("granularity")), _esc(d.get("warning") or "")]
            for d in dates]
    parts.append(f"<details><summary>Dates ({len(dates)})</summary>"
                 + _table(["text", "value", "granularity", "warning"], rows) + "</details>")
    grouped: dict[tuple[str, str, str], int] = {}
    for e in rec.get("entities") or ():
        key = (e.get("label") or "", e.get("canonical") or e.get("text") or "", e.get("kb_id") or "")
        grouped[key] = grouped.get(key, 0) + 1
    rows = [[_esc(label), _esc(canon), _esc(kb), str(n)] for (label, canon, kb), n in sorted(grouped.items())]
    parts.append(f"<details><summary>Entities ({len(rec.get('entities') or [])} mentions, {len(grouped)} distinct)"
                 "</summary>" + _table(["label", "canonical", "kb_id", "mentions"], rows) + "</details>")
    return "".join(parts)


_LEGEND = ('<div class="bx-legend"><span class="bx-ent bx-PER">PER</span><span class="bx-ent bx-ORG">ORG</span>'
           '<span class="bx-ent bx-LOC">LOC</span><span class="bx-off">official</span>'
           '<span class="bx-date" data-value="ISO value on hover">date</span>'
           '<span class="bx-quote">direct quote</span><span class="bx-quote bx-indirect">indirect quote</span>'
           '<span class="bx-speaker">speaker</span></div>')


def _prefix(doc_id: Any, text: str | None, index: int | None) -> str:
    digest = hashlib.sha1(f"{doc_id}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"bx{digest}" + ("" if index is None else f"-{index}")


def _as_record(obj: Any, text: str | None) -> tuple[dict[str, Any], str | None]:
    """(record dict, text) for a Doc, Record, ErrorRecord or record dict."""
    if text is not None and not isinstance(text, str):
        raise InputError(E_TEXT_TYPE.format(type=type(text).__name__))
    if isinstance(obj, (Record, ErrorRecord)):
        return obj.to_dict(), text
    if isinstance(obj, Mapping):
        return dict(obj), text
    from spacy.tokens import Doc

    if isinstance(obj, Doc):
        source = obj._.source_text or obj.text  # the record's offsets index the input text
        if text is not None and text != source:
            raise InputError(E_DOC_TEXT.format(id=obj._.doc_id))
        return record_from_doc(obj).to_dict(), source
    raise InputError(E_TYPE.format(type=type(obj).__name__))


def _article(rec: Mapping[str, Any], text: str | None, prefix: str) -> str:
    """The ``<article>`` of one record over its text."""
    doc_id = rec.get("id")
    title = f"Article {doc_id}" if doc_id is not None else "Article"
    if "error" in rec:
        err = rec.get("error") or {}
        body = f'<p class="bx-error">Not processed: {_esc(err.get("type"))}: {_esc(err.get("message"))}</p>'
        if text is not None:
            body += f'<div class="bx-text">{_esc(text)}</div>'
        return (f'<article class="bx-article bx-failed" id="{prefix}"><div class="bx-head"><h2>{_esc(title)}</h2>'
                f"</div>{body}</article>")
    if text is None:
        raise InputError(E_NO_TEXT.format(id=doc_id))
    counts = ", ".join(f"{len(rec.get(k) or [])} {k}" for k in ("entities", "officials", "dates", "quotes"))
    ref = rec.get("reference_date")
    meta = (f"reference date {_esc(ref)} ({_esc(rec.get('reference_date_source'))})" if ref
            else "no reference date") + f" · {_esc(counts)}"
    warnings = "".join(f'<div class="bx-warn">⚠ {_esc(w)}</div>' for w in rec.get("warnings") or ())
    return (f'<article class="bx-article" id="{prefix}" data-doc-id="{_esc(doc_id)}">'
            f'<div class="bx-head"><h2>{_esc(title)}</h2><div class="bx-meta">{meta}</div>{_LEGEND}{warnings}</div>'
            f'<div class="bx-text">{_nest(text, _annotations(text, rec, prefix))}</div>'
            f"{_summary(rec, prefix)}</article>")


def _fragment(articles: Iterable[str]) -> str:
    return f'<div class="beritaie-render"><style>{CSS}</style>{"".join(articles)}</div>'


def _page(fragment: str, title: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n</head>\n<body>\n{fragment}\n</body>\n</html>\n")


def _in_jupyter() -> bool:
    from spacy.util import is_in_jupyter

    return is_in_jupyter()


def render(obj: Any, *, text: str | None = None, jupyter: bool | None = None, page: bool = False,
           path: str | os.PathLike[str] | None = None) -> str | None:
    """Draw one article's extraction results over its text as HTML.

    Entities are coloured by type (PER, ORG, LOC) with the canonical name and
    Kemendagri code as tooltip; official mentions are boxed with their title;
    dates carry the resolved ISO value as tooltip; every quote is highlighted
    and labelled ``Q<n> → speaker``, the label linking to the speaker mention.
    All article text is HTML-escaped.

    Args:
        obj: a Doc processed by ``beritaie.load()``, or a ``Record``/``ErrorRecord``
            or record dict (as written by ``beritaie extract``) together with ``text``.
        text: the article text the record was extracted from (not needed for a Doc).
        jupyter: display inline in a notebook; None detects Jupyter.
        page: return a standalone HTML page instead of an embeddable fragment.
        path: also write a standalone HTML page (UTF-8) to this file.

    Returns:
        The HTML (fragment, or page when ``page`` is true), or None when it was
        displayed in Jupyter (as ``spacy.displacy.render`` does).

    Raises:
        InputError: ``obj`` is of another type, ``text`` is missing for a record,
            or a record span does not match the text.
    """
    rec, text = _as_record(obj, text)
    doc_id = rec.get("id")
    fragment = _fragment([_article(rec, text, _prefix(doc_id, text, None))])
    title = f"beritaie: {doc_id}" if doc_id is not None else "beritaie"
    if path is not None:
        Path(path).write_text(_page(fragment, title), encoding="utf-8")
    if jupyter or (jupyter is None and _in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(fragment))
        return None
    return _page(fragment, title) if page else fragment


def render_page(items: Iterable[tuple[Any, str | None]], *, title: str = "beritaie") -> str:
    """A standalone HTML page with one article per ``(record_or_doc, text)`` pair.

    Args:
        items: pairs as taken by :func:`render` (``text`` may be None for a Doc
            or an error record).
        title: the page title.

    Returns:
        The page HTML.

    Raises:
        InputError: as :func:`render`.
    """
    articles = []
    for index, (obj, text) in enumerate(items):
        rec, text = _as_record(obj, text)
        articles.append(_article(rec, text, _prefix(rec.get("id"), text, index)))
    return _page(_fragment(articles), title)


def _read_json_articles(path: Path) -> Iterator[Any]:
    """Items of a .json file holding one article object (``{id, text, published?}``) or a list of them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"Cannot read {str(path)!r} as a JSON article ({err}). "
                         "Hint: give one object {\"id\", \"text\", \"published\"?} or a list of them.") from err
    for index, item in enumerate(data if isinstance(data, list) else [data]):
        if isinstance(item, dict):
            item = {k: item[k] for k in ("id", "text", "published") if k in item}
            item.setdefault("id", f"{path.stem}:{index + 1}" if isinstance(data, list) else path.stem)
            yield item
        else:
            yield ErrorRecord(f"{path.name}:{index + 1}", "InputError",
                              f"JSON item {index + 1} of {path.name} is a {type(item).__name__}, not an article object.")


def render_inputs(inputs: Sequence[str], *, published: str | None = None,
                  title: str | None = None) -> tuple[str, int, int]:
    """Extract and render CLI inputs into one page (what ``beritaie render`` runs).

    Args:
        inputs: paths as ``beritaie extract`` takes them, plus ``.json`` article files
            (one ``{id, text, published?}`` object or a list of them).
        published: 'YYYY-MM-DD' for documents that give none.
        title: page title (default: the input names).

    Returns:
        ``(page html, number of failed documents, number of documents)``.

    Raises:
        InputError: a missing input, an unknown input kind or a bad ``published``.
    """
    from .api import check_published, extract_many
    from .inputs import check_inputs, iter_input

    published = check_published(published)
    json_specs = set()
    for spec in inputs:
        try:
            check_inputs([spec])
        except InputError:
            # Single-article .json files (the devset format) are read here when inputs.py does not know them.
            if not (spec.lower().endswith(".json") and Path(spec).is_file()):
                raise
            json_specs.add(spec)
    items: list[Any] = []
    for spec in inputs:
        for item in (_read_json_articles(Path(spec)) if spec in json_specs else iter_input(spec)):
            if published and isinstance(item, dict) and not item.get("published"):
                item["published"] = published
            items.append(item)
    pairs = []
    failed = 0
    for item, rec in zip(items, extract_many(items)):
        failed += isinstance(rec, ErrorRecord)
        text = item.get("text") if isinstance(item, dict) and isinstance(item.get("text"), str) else None
        pairs.append((rec, text))
    return render_page(pairs, title=title or "beritaie: " + ", ".join(inputs)), failed, len(items)


__all__ = ["CSS", "render", "render_inputs", "render_page"]
