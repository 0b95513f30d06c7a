"""Recognise news boilerplate so quotes and dates skip it; the text is never changed.

Kinds: ``read_also`` ("Baca Juga: ...", "(Baca: ...)"), ``scroll`` ("SCROLL TO
CONTINUE WITH CONTENT"), ``caption`` ("Foto: ..." lines, a line ending in "(KOMPAS.com/NAME)"
without a quote in it), ``credit`` ("Penulis: ...", "Editor: ...", "Laporan Wartawan X, NAME",
"Copyright © ...", "(Foto: Antara/X)", "(ant/hrs)", a writer's "(Bangkapos.com/NAME)" after a
paragraph, a trailing source credit in lower case such as "(humas setda)"), ``repost`` ("Artikel ini telah tayang
di ..."), ``video`` ("Simak Video ..."), ``tags`` ("Tags: ...", "#pemilu #kpu" lines).
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text

# Each pattern matches inside one line (no pattern crosses a newline), with
# bounded repetition only, so matching stays linear in the text length.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("read_also", r"\(\s*Baca(?:\s+[Jj]uga)?\s*:[^()\n]{0,300}\)"),
    ("read_also", r"(?m)^[ \t]*(?:BACA JUGA|Baca [Jj]uga|Baca)\s*:[^\n]{0,300}$"),
    # "Baca juga:" alone on its line, then up to three headline lines (short, no final stop)
    ("read_also", r"(?m)^[ \t]*(?:BACA JUGA|Baca [Jj]uga)[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]{0,150}(?<![.\s])[ \t]*(?:\n|$)){1,3}"),
    ("scroll", r"(?i)SCROLL TO CONTINUE WITH CONTENT"),
    ("caption", r"(?m)^[ \t]*(?:FOTO|Foto|Keterangan [Ff]oto|Ilustrasi|ILUSTRASI)\s*:[^\n]{0,400}$"),
    # a line that ends with its photo credit: "... Senin (15/7/2024). (KOMPAS.com/RINA AYU)"; not a
    # paragraph with a quote, nor the last paragraph: both end an article with its writer's credit
    # ("... ,' ujar Rafi. (Bangkapos.com/X)", "... berbasis agama. (Tribunjateng.com/Agus Salim)")
    ("caption", r"(?m)^(?![^\n]{0,400}(?:[\"“”‘’]|(?<![\w])'|'(?![\w])))[^\n]{0,400}\((?:[A-Z][\w.-]{1,24}(?: [A-Z][\w.-]{1,24}){0,2})/[A-Z][^()\n/]{1,60}\)[ \t]*$(?=\s*\S)"),
    ("credit", r"(?m)\((?:[A-Z][\w.-]{1,24}(?: [A-Z][\w.-]{1,24}){0,2})/[A-Z][^()\n/]{1,60}\)[ \t]*$"),
    ("credit", r"\(\s*(?:[Ff]oto|FOTO|[Ii]lustrasi)\s*:?[^()\n]{0,120}\)"),
    ("credit", r"(?m)^[ \t]*(?:Penulis|PENULIS|Editor|EDITOR|Reporter|REPORTER|Pewarta|PEWARTA|Redaktur|"
               r"Penyunting|Sumber|SUMBER|Laporan wartawan|Laporan|LAPORAN)\s*:[^\n]{0,200}$"),
    # "Laporan Muhammad Nasir | Banda Aceh": the reporter, a bar, the place
    ("credit", r"(?m)^[ \t]*(?:Laporan|LAPORAN)[ \t]+[A-Z][^\n|]{1,60}\|[^\n|]{1,40}$"),
    # "Laporan Wartawan TribunJatim.com, Dwi Prastika Sari", "Copyright © ANTARA 2025"
    # (a whole line of its own: outlet, comma, name; a lead paragraph on the same line is content)
    ("credit", r"(?m)^[ \t]*(?:Laporan|LAPORAN) (?:[Ww]artawan|WARTAWAN|[Rr]eporter|[Kk]ontributor)\b[^\n,]{0,60},"
               r"[ \t]*[A-Z][^\n,.:;]{1,60}$"),
    ("credit", r"(?m)^[ \t]*(?:Copyright|COPYRIGHT|Hak [Cc]ipta|©)[^\n]{0,200}$"),
    ("credit", r"\((?:[a-z]{2,12}/){1,3}[a-z]{2,12}\)"),
    ("credit", r"(?m)\((?:[a-z][a-z.&-]{0,24})(?:[ /][a-z][a-z.&-]{0,24}){0,4}\)[ \t]*$"),
    ("repost", r"(?m)Artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat) di[^\n]{0,600}$"),
    ("read_also", r"(?m)^[ \t]*(?:Artikel|Berita) [Tt]erkait\s*:[^\n]{0,300}$"),
    # "Pilihan Editor: ...", and the next article's headline under "Next Article" (CNBC Indonesia)
    ("read_also", r"(?m)^[ \t]*(?:Pilihan [Ee]ditor|PILIHAN EDITOR)\s*:[^\n]{0,300}$"),
    ("read_also", r"(?m)^[ \t]*(?:Next Article|NEXT ARTICLE)[ \t]*(?:\n[ \t]*\S[^\n]{0,150}(?<![.\s]))?[ \t]*$"),
    ("tags", r"(?m)^[ \t]*(?:Tags?|TAGS?|Topik|TOPIK|Kata [Kk]unci)\s*:[^\n]{0,400}$"),
    ("tags", r"(?m)^[ \t]*#\w{1,40}(?:[ \t,]+#\w{1,40}){0,30}[ \t]*$"),
    ("video", r"(?m)^[ \t]*Simak [Vv]ideo[^\n]{0,300}$"),
    ("video", r"(?m)^[ \t]*(?:Tonton|Saksikan) (?:juga )?[Vv]ideo[^\n]{0,300}$"),
    ("video", r"(?m)^[ \t]*(?:Video|VIDEO)\s*:[^\n]{0,300}$"),
)
_COMPILED = tuple((kind, regex.compile(pattern)) for kind, pattern in _PATTERNS)


def find_boilerplate(text: str) -> list[dict]:
    """Return sorted, non-overlapping ``{start, end, kind}`` spans of boilerplate in ``text``."""
    found = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            start, end = match.span()
            # Trim surrounding whitespace so spans begin and end on content.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                found.append({"start": start, "end": end, "kind": kind})
    found.sort(key=lambda s: (s["start"], -s["end"]))
    merged: list[dict] = []
    for span in found:
        if merged and span["start"] < merged[-1]["end"]:
            merged[-1]["end"] = max(merged[-1]["end"], span["end"])
        else:
            merged.append(span)
    return merged


class BoilerplateDetector:
    """Marks boilerplate spans on ``doc._.boilerplate``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.boilerplate = find_boilerplate(doc_text(doc))
        return doc


@Language.factory("beritaie_boilerplate", assigns=["doc._.boilerplate"], default_config={})
def make_boilerplate(nlp: Language, name: str) -> BoilerplateDetector:
    """spaCy factory of :class:`BoilerplateDetector`."""
    return BoilerplateDetector(nlp, name)
