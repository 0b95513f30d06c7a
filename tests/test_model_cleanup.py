"""The ``beritaie_model_cleanup`` component: sentence-initial common words tagged by the model."""

from __future__ import annotations

import pytest
import spacy

from beritaie.tokenizer import customize_tokenizer


@pytest.fixture(scope="module")
def cleanup():
    nlp = spacy.blank("id")
    customize_tokenizer(nlp.tokenizer)
    nlp.add_pipe("beritaie_sentences")
    nlp.add_pipe("beritaie_model_cleanup")
    return nlp


def kept(nlp, text, ents):
    """Run the component over hand-made model spans ((label, surface, occurrence)); the surfaces kept."""
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("beritaie_sentences")(doc)
    spans = []
    for label, surface, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    doc = nlp.get_pipe("beritaie_model_cleanup")(doc)
    return [(e.text, e.start_char) for e in doc.ents]


def test_a_sentence_initial_word_written_in_lower_case_elsewhere_is_dropped(cleanup):
    text = "Korban tewas di lokasi. Jenazah telah diserahkan kepada keluarga. Polisi membawa jenazah ke rumah duka."
    assert kept(cleanup, text, [("PER", "Jenazah", 0)]) == []


def test_after_an_opening_quote_the_word_still_opens_the_sentence(cleanup):
    text = "Ia datang pagi. “Kloter pertama sudah berangkat,” katanya. Jadwal kloter berikutnya Senin."
    assert kept(cleanup, text, [("ORG", "Kloter", 0)]) == []


def test_a_name_capitalised_inside_a_sentence_stays(cleanup):
    text = "Bunga mengaku lega. Suku bunga naik lagi, kata Bunga kepada wartawan."
    assert kept(cleanup, text, [("PER", "Bunga", 0)]) == [("Bunga", 0)]


def test_a_word_never_written_in_lower_case_stays(cleanup):
    text = "Rapat berjalan lancar. Sutrisno meminta warga tenang."
    assert kept(cleanup, text, [("PER", "Sutrisno", 0)]) == [("Sutrisno", text.index("Sutrisno"))]


def test_inside_a_sentence_or_longer_spans_are_left_to_the_model(cleanup):
    text = "Warga Desa Jenazah berkumpul. Desa Jenazah sepi. Di sana jenazah dimakamkan."
    assert kept(cleanup, text, [("LOC", "Jenazah", 0), ("LOC", "Desa Jenazah", 1)]) == [
        ("Jenazah", text.index("Jenazah")), ("Desa Jenazah", text.index("Desa Jenazah", 10))]


def test_lower_case_text_tells_nothing(cleanup):
    text = "jenazah telah diserahkan. Jenazah dimakamkan hari ini oleh keluarga dan warga setempat di desa."
    assert kept(cleanup, text, [("PER", "Jenazah", 0)]) == [("Jenazah", text.index("Jenazah"))]
