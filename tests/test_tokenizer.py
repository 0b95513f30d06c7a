import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kasus Covid-19 naik.", ["Kasus", "Covid-19", "naik", "."]),
        ("muncul kluster-kluster baru", ["muncul", "kluster-kluster", "baru"]),
        ("Komandan Kodim 0612/Tsm hadir", ["Komandan", "Kodim", "0612/Tsm", "hadir"]),
        ("pada Senin (6/7).", ["pada", "Senin", "(", "6", "/", "7", ")", "."]),
        ("Fajar Alfian/Muhammad Rian dan/atau", ["Fajar", "Alfian", "/", "Muhammad", "Rian", "dan", "/", "atau"]),
        ("tanggal 8-10 Juli", ["tanggal", "8", "-", "10", "Juli"]),
        ("H. Ahmad Yani, S.H., M.Si. datang", ["H.", "Ahmad", "Yani", ",", "S.H.", ",", "M.Si.", "datang"]),
        ("di Kab. Sleman dan Jl. Kaliurang", ["di", "Kab.", "Sleman", "dan", "Jl.", "Kaliurang"]),
        ("Plt. Kadis Kominfo", ["Plt.", "Kadis", "Kominfo"]),
        ("Hj. Siti dan Dr. Budi", ["Hj.", "Siti", "dan", "Dr.", "Budi"]),
        ("Rina Lestari, M.Kes, menilai", ["Rina", "Lestari", ",", "M.Kes", ",", "menilai"]),
        ("dr. Anna, Sp.PD, MARS, Ph.D menilai", ["dr.", "Anna", ",", "Sp.PD", ",", "MARS", ",", "Ph.D", "menilai"]),
        ("dr. Rina, Sp.A(K), menilai", ["dr.", "Rina", ",", "Sp.A", "(", "K", ")", ",", "menilai"]),
        ("hadir----------- lalu ((((((((((Baca", ["hadir", "-----------", "lalu", "((((((((((", "Baca"]),
        ('kata "..." lalu!!', ["kata", '"', "...", '"', "lalu", "!", "!"]),
    ],
)
def test_news_tokenization(id_tokenizer, text, expected):
    assert [t.text for t in id_tokenizer(text)] == expected


def test_tokens_cover_text_exactly(id_tokenizer):
    text = "Bupati  Sleman,\n\nH. Budi (8/7)  “Kita siap,” ujarnya."
    doc = id_tokenizer(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_pipeline_tokenizer_equals_customized_default(id_tokenizer):
    """beritaie.tokenizer.v1 builds in one go what customize_tokenizer makes of spaCy's default."""
    import spacy

    import beritaie.tokenizer  # noqa: F401  (registers beritaie.tokenizer.v1)

    built = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "beritaie.tokenizer.v1"}}}).tokenizer
    assert built.to_bytes(exclude=["vocab"]) == id_tokenizer.to_bytes(exclude=["vocab"])


def test_long_punctuation_runs_are_one_token_each(id_tokenizer):
    # spaCy strips affixes one character at a time: 4,000 dashes took ~20 s before they became one token
    doc = id_tokenizer("Bupati hadir " + "-" * 20000 + " dan " + "(" * 20000 + "pulang")
    assert [t.text[:3] for t in doc] == ["Bup", "had", "---", "dan", "(((", "pul"]

