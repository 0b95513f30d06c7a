"""The pipeline's flat NER layer, ``doc.ents``: the model's mentions, linked and completed.

``doc._.entities`` (the record) follows the project GUIDE: a country used as a modifier
("pasukan Israel") and a region inside a body's name are LOC mentions there, buildings are not.
``doc.ents`` keeps the token-level conventions of news NER corpora instead, which is what a
spaCy user expects of ``doc.ents`` and what ``benchmarks/ner_eval.py --pipeline`` scores:

- every model span stays as the model found it (the model already sees the gazetteers through
  its lexicon features, ``lexfeatures.py``), except one without a capital letter or digit in a
  document that capitalises its names ("komisariat", "cabe"): the model, trained on lower-cased
  copies too, sometimes tags common words; in lower-case text it keeps every span. A person
  span loses leading lower-case words there ("mononim Charice"; name particles such as "van"
  stay), and one cut after a middle initial ("Stephen R." + "Covey") takes the next
  capitalised word; a person span made of degrees only ("M.Kes"), holding a digit
  ("Hijriah/2025") or a reduplicated word ("Lewotobi Laki-laki") is dropped;
- a model body or place span that runs on into a person ("Dinas Pendidikan Kobar Ahmad") is cut
  in two where the record has the body and the person right after each other;
- where a record mention has exactly the model span and label, the span takes the mention's
  gazetteer code as ``kb_id_`` ("Kalteng" -> "62"); where it has another label, a listed
  institution, company or club (gazetteer ORG) or a person named after a title (rule PER)
  wins over the model's label ("Sriwijaya FC" as ORG, not LOC);
- a person found by the rules only (title + name, ``doc._.persons``) and overlapping no model
  span is added as PER: rules see titles across the document that the model cannot. Not when
  it starts with a body's, a geographic feature's, an administrative unit's or a competition's
  head word ("Fakultas Sastra", "Teluk Betung", "Dusun Krajan", "Piala Presiden") or contains
  the English article "The" (titles of works: "X The Series").

Other gazetteer and rule mentions are not added: measured on the NER corpora's dev splits they
are mostly modifier countries and bodies the corpora leave untagged (benchmarks/ner/RESULTS.md).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ..names import NAME_PARTICLES, has_reduplication, only_degrees


def set_ner_layer(doc: Doc, mentions: list[dict[str, Any]], head_words: Collection[str] = ()) -> None:
    """Replace ``doc.ents`` with the model's spans (+ kb_ids) and the rule-only persons.

    ``head_words``: case-folded first words of body, place, administrative-unit and competition
    names ("fakultas", "teluk", "dusun", "piala"); a rule-only person starting with one is not added.
    """
    by_span: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for m in mentions:
        by_span.setdefault((m["start"], m["end"]), []).append(m)
    cased = capitalises_names(doc)
    ents: list[Span] = []
    for ent in _split_person_tails(doc, mentions):
        if cased and not any(c.isupper() or c.isdigit() for c in ent.text):
            continue
        label, kb_id = _label_and_code(ent, by_span.get((ent.start_char, ent.end_char), []), head_words)
        # "Windhu Purnomo, SKM, M.Kes": the model's "M.Kes" is no person, nor "Hijriah/2025", nor
        # "Lewotobi Laki-laki" (a reduplicated word is a common noun)
        if label == "PER" and (only_degrees(ent.text) or any(ch.isdigit() for ch in ent.text)
                               or has_reduplication(ent.text)):
            continue
        start, end = _person_bounds(doc, ent, cased) if label == "PER" else (ent.start, ent.end)
        ents.append(Span(doc, start, end, label=label, kb_id=kb_id or ""))
    taken = [False] * len(doc)
    for ent in ents:
        taken[ent.start:ent.end] = [True] * (ent.end - ent.start)
    for m in mentions:
        if m["label"] != "PER" or m["source"] != "rule" or not _name_like(m["text"], head_words):
            continue
        span = doc.char_span(m["start"], m["end"], label="PER")
        if span is not None and not any(taken[span.start:span.end]):
            taken[span.start:span.end] = [True] * len(span)
            ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)


def _split_person_tails(doc: Doc, mentions: list[dict[str, Any]]) -> list[Span]:
    """The model's spans, each body or place that runs on into a person cut in two (see :func:`run_on_split`)."""
    index = run_on_index(mentions)
    text = doc_text(doc)
    out: list[Span] = []
    for ent in doc.ents:
        split = run_on_split(text, ent.start_char, ent.end_char, index) if ent.label_ != "PER" else None
        if split is not None:
            body = doc.char_span(ent.start_char, split[0], label=ent.label_)
            person = doc.char_span(split[1], ent.end_char, label="PER")
            if body is not None and person is not None:
                out += [body, person]
                continue
        out.append(ent)
    return out


RunOnIndex = tuple[dict[int, set[int]], dict[int, int]]


def run_on_index(mentions: Iterable[dict[str, Any]]) -> RunOnIndex:
    """(ends of bodies and places by their start, start of persons by their end) of record mentions."""
    bodies: dict[int, set[int]] = {}
    persons: dict[int, int] = {}
    for m in mentions:
        if m["label"] == "PER":
            persons[m["end"]] = m["start"]
        else:
            bodies.setdefault(m["start"], set()).add(m["end"])
    return bodies, persons


def run_on_split(text: str, start: int, end: int, index: RunOnIndex) -> tuple[int, int] | None:
    """(body end, person start) where ``start:end`` is a found body or place and the person right
    after it: the model sometimes tags both as one span ("Dinas Pendidikan Kobar Ahmad", "Majelis
    Hakim Budi Santoso"). None otherwise."""
    bodies, persons = index
    person_start = persons.get(end)
    if person_start is None or person_start <= start:
        return None
    body_end = start + len(text[start:person_start].rstrip(" ,"))
    return (body_end, person_start) if body_end < person_start and body_end in bodies.get(start, ()) else None


def _name_like(text: str, head_words: Collection[str]) -> bool:
    words = text.split()
    return bool(words) and words[0].casefold() not in head_words and "The" not in words


def _label_and_code(ent: Span, same_span: list[dict[str, Any]], head_words: Collection[str]) -> tuple[str, Any]:
    """The label and gazetteer code of a model span, given the record mentions with its exact span."""
    for m in same_span:
        if m["label"] == ent.label_:
            return ent.label_, m.get("kb_id")
    for m in same_span:
        if m["label"] == "ORG" and m["source"] == "gazetteer":
            return "ORG", m.get("kb_id")
        if m["label"] == "PER" and m["source"] == "rule" and _name_like(m["text"], head_words):
            return "PER", None
    return ent.label_, None


def _person_bounds(doc: Doc, ent: Span, cased: bool) -> tuple[int, int]:
    """Token bounds of a model person span: without leading common words (in cased text), and
    past the family name when the span stops at a middle initial."""
    start = ent.start
    if cased:
        while start < ent.end - 1 and doc[start].is_lower and doc[start].is_alpha \
                and doc[start].text not in NAME_PARTICLES:
            start += 1
    last = ent[-2:] if len(ent) > 1 and ent[-1].text == "." else ent[-1:]
    initial = "".join(t.text for t in last).rstrip(".")
    if len(ent) > len(last) and len(initial) == 1 and initial.isupper() and ent.end < len(doc):
        following = doc[ent.end]
        if following.is_alpha and following.text[0].isupper() and not following.ent_type_:
            return start, ent.end + 1
    return start, ent.end


# Share of words starting with a capital above which a text is taken to capitalise its names:
# Indonesian news has ~15 %, text typed in lower case has none or only sentence starts.
CASED_SHARE = 0.05


def capitalises_names(doc: Doc) -> bool:
    words = [t.text for t in doc if t.is_alpha]
    capitals = sum(w[0].isupper() for w in words)
    return bool(words) and capitals >= 2 and capitals / len(words) >= CASED_SHARE


# A text is written in capitals when this share of its words are (scraped headlines-only pages,
# wire copy in caps); below MIN_CASE_WORDS words a text is too short to tell.
SHOUTED_SHARE = 0.9
MIN_CASE_WORDS = 20


def single_case(doc: Doc) -> str | None:
    """'upper' or 'lower' for a text written in one case, where capitals cannot mark its names; else None."""
    words = [t.text for t in doc if t.is_alpha and len(t.text) > 1]
    if len(words) < MIN_CASE_WORDS:
        return None
    if sum(w.isupper() for w in words) >= SHOUTED_SHARE * len(words):
        return "upper"
    return None if capitalises_names(doc) else "lower"

