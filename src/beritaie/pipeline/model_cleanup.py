"""The ``beritaie_model_cleanup`` component: model spans the document itself shows are common words.

Right after the trained NER model, before anything reads ``doc.ents``. A capital at the start of a
sentence says nothing about a word, and the model sometimes tags such a word alone ("Jenazah telah
diserahkan ...", "Kloter pertama berangkat ..."). The document settles it: a one-word span that
opens a sentence is dropped when the same word is written in lower case elsewhere in the text and
never with a capital inside a sentence. A name keeps its capital wherever it stands ("... kata
Bunga" keeps "Bunga" at a sentence start even if "suku bunga" follows). Only in text that
capitalises its names: in lower-case or all-caps text case tells nothing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .ner_layer import capitalises_names


def drop_sentence_initial_words(doc: Doc) -> Doc:
    """Remove the one-word model spans at sentence starts that the text writes in lower case elsewhere."""
    candidates = {e[0].lower_ for e in doc.ents if len(e) == 1 and _opens_sentence(e[0])}
    if not candidates or not capitalises_names(doc):
        return doc
    lower: set[str] = set()
    capitalised_inside: set[str] = set()
    for token in doc:
        if token.lower_ not in candidates or not token.is_alpha:
            continue
        if token.is_lower:
            lower.add(token.lower_)
        elif token.text[0].isupper() and not _opens_sentence(token):
            capitalised_inside.add(token.lower_)
    common = (candidates & lower) - capitalised_inside
    if common:
        doc.ents = [e for e in doc.ents if not (len(e) == 1 and e[0].lower_ in common and _opens_sentence(e[0]))]
    return doc


def _opens_sentence(token: Token) -> bool:
    """The token is its sentence's first word (opening quotes, brackets and dashes aside)."""
    doc, i = token.doc, token.i
    while not doc[i].is_sent_start:
        if doc[i - 1].is_alpha or doc[i - 1].like_num:
            return False
        i -= 1
    return True


@Language.component("beritaie_model_cleanup", requires=["doc.ents"], assigns=["doc.ents"])
def model_cleanup(doc: Doc) -> Doc:
    """spaCy component wrapping :func:`drop_sentence_initial_words`."""
    return drop_sentence_initial_words(doc)
