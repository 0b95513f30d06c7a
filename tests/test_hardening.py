"""Property-based hardening of ``beritaie.extract`` against hostile input.

Arbitrary Unicode, control characters, whitespace runs, thousands of quote marks or parentheses
and very long tokens must never raise (other than the documented InputError for empty, NUL-bearing
or oversized text), every record must validate against the schema, and every offset must point into
the input (linear time is left to the benchmarks, see the end). Example counts and sizes are kept
small so the suite stays fast on 2 cores.
"""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import beritaie
from beritaie.errors import InputError
from beritaie.textview import TextView
from beritaie.resources import schema

SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
WORDS = ["Bupati", "Sleman", "Hendra", "Gunawan", "ujar", "kata", "Kapolres", "Kab.", "H.", "Dr.", "S.H.",
         "Rabu", "(8/7)", "9", "Desember", "2020", "Covid-19", "kluster-kluster", "1014/Pbn", "Baca", "Juga:",
         "warga", "banjir", "di", "Kecamatan", "Depok", "Wali", "Kota", "Kupang", "mengatakan", "bahwa"]
MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "(", ")", "[", "]", ",", ".", ":", "–", "—", "…"]
ODD = ["\n", "\r\n", "\t", "\u00a0", "\u200b", "\u2028", "\ufeff", "\x0b", "\x0c", "\x1b", "\u0301", "ﬁ", "İ",
       "🙂", "\u202e", "ß", "\x7f", "\x85"]


@pytest.fixture(scope="module")
def record_schema() -> dict:
    return schema()


def _spans(rec: dict):
    for key in ("entities", "dates", "quotes"):
        yield from rec[key]
    for official in rec["officials"]:
        yield from official["mentions"]
    for quote in rec["quotes"]:
        if quote["speaker_mention"]:
            yield quote["speaker_mention"]


def check(nlp, text: str, record_schema: dict) -> None:
    """The invariants: documented errors only, a valid record, offsets into the input."""
    if not TextView(text).text.strip() or "\x00" in text:  # blank once invisible marks are dropped
        with pytest.raises(InputError):
            beritaie.extract(text, nlp=nlp)
        return
    rec = beritaie.extract(text, nlp=nlp).to_dict()
    jsonschema.validate(rec, record_schema)
    for span in _spans(rec):
        assert 0 <= span["start"] < span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span


news_like = st.lists(st.sampled_from(WORDS + MARKS + ODD) | st.sampled_from([" ", "  ", " " * 40]),
                     min_size=1, max_size=120).map("".join)


@settings(max_examples=25, **SETTINGS)
@given(text=st.text(max_size=300))
def test_arbitrary_unicode(nlp, record_schema, text):
    check(nlp, text, record_schema)


@settings(max_examples=25, **SETTINGS)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2FF, exclude_categories=("Cs",)), max_size=300))
def test_control_characters_and_latin(nlp, record_schema, text):
    check(nlp, text, record_schema)


@settings(max_examples=30, **SETTINGS)
@given(text=news_like)
def test_news_fragments_with_noise(nlp, record_schema, text):
    check(nlp, text, record_schema)


@settings(max_examples=6, **SETTINGS)
@given(mark=st.sampled_from(["“", "”", '"', "'", "(", ")", "((", "()", "“”", "[", "«"]),
       count=st.integers(min_value=200, max_value=1_500), spaced=st.booleans(), tail=news_like)
def test_thousands_of_quote_marks_or_parentheses(nlp, record_schema, mark, count, spaced, tail):
    body = (mark + " ") * count if spaced else mark * count
    check(nlp, f"Bupati Sleman ujar {body} {tail}", record_schema)


@settings(max_examples=6, **SETTINGS)
@given(unit=st.sampled_from(["a", "9", "ab", "é", "_", "H.", "-", "/"]), size=st.integers(min_value=1, max_value=20))
def test_very_long_tokens(nlp, record_schema, unit, size):
    # Letters: up to 20,000 characters. Punctuation ('_' included) is split off mark by mark, and the
    # tokenizer's suffix search rescans the rest each time (quadratic: 8,000 quote marks take ~20 s,
    # 20,000 '_' ~50 s), so keep it to 1,000 until the tokenizer is fixed.
    length = size * (1_000 if unit.isalnum() else 50)
    token = (unit * length)[:length]
    check(nlp, f"“Kami siap,” ujar Hendra. {token} Bupati Sleman hadir, Rabu (8/7).", record_schema)


@settings(max_examples=5, **SETTINGS)
@given(ws=st.sampled_from([" ", "\n", "\t", "\r\n", "\u00a0", "\u3000", " \n"]),
       length=st.integers(min_value=1_000, max_value=30_000), where=st.sampled_from(["start", "middle", "end"]))
def test_huge_whitespace_runs(nlp, record_schema, ws, length, where):
    run = ws * length
    sentence = "“Kami siap,” ujar Bupati Sleman, Hendra Gunawan, Rabu (8/7)."
    text = {"start": run + sentence, "middle": sentence + run + sentence, "end": sentence + run}[where]
    check(nlp, text, record_schema)


# Time linear in size is measured by benchmarks (benchmarks/scaling.py, benchmarks/quotes_scaling.py),
# not by timed unit tests, which are flaky on a shared machine.


def test_span_set_answers_overlap_and_containment():
    from beritaie.extensions import SpanSet

    spans = SpanSet([(50, 60), (0, 40), (10, 20)])
    assert spans.contains(12, 18) and spans.contains(30, 40) and not spans.contains(35, 45)
    assert spans.overlaps(39, 41) and spans.overlaps(55, 70) and not spans.overlaps(40, 50)
    assert not SpanSet().overlaps(0, 10) and not SpanSet().contains(0, 1)


def test_doc_text_is_joined_once_and_never_stale(nlp):
    from spacy.tokens import Doc

    from beritaie.extensions import doc_text

    doc = nlp.make_doc("Bupati Kobar datang ke Pangkalan Bun.")
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    # a Doc that inherited another Doc's user data (copied by hand) still gets its own text
    other = Doc(nlp.vocab, words=["Camat", "Arut", "Selatan"], user_data=dict(doc.user_data))
    assert doc_text(other) == "Camat Arut Selatan "



def _no_hang(seconds: int):
    """A context that fails the test instead of hanging when the body runs past ``seconds``."""
    import contextlib
    import signal

    @contextlib.contextmanager
    def guard():
        def fail(_signum, _frame):
            raise TimeoutError(f"still running after {seconds} s")
        previous = signal.signal(signal.SIGALRM, fail)
        signal.alarm(seconds)
        try:
            yield
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    return guard()


@pytest.mark.parametrize("text", [
    "Dansatgas Pamtas RI-Malaysia Letkol Inf Yoga Pratama mengatakan patroli ditambah.",
    "Kapolres Jakarta-Bogor AKBP Dedi Kurnia mengatakan jalur itu macet.",
    "Kepala Balai Jawa Barat-Banten, Sari Dewi, mengatakan proyek selesai.",
])
def test_a_place_ending_inside_a_hyphenated_word_after_a_title_does_not_hang(nlp, text):
    # the officials scan once stayed on the word "RI-Malaysia" for ever: the place "RI" ends inside it
    with _no_hang(20):
        record = beritaie.extract(text, nlp=nlp)
    assert record.officials
