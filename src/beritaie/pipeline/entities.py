"""The ``beritaie_entities`` component: one list of PER/ORG/LOC mentions with canonical names.

It merges, per mention (``doc._.entities``: ``{text, label, start, end, canonical, kb_id, source}``):

- gazetteer hits (``doc._.gazetteer_hits``, source ``"gazetteer"``): regions with Kemendagri
  codes, institutions, and composite bodies such as "Pemkab Kobar" or "KPU Provinsi Kalimantan
  Tengah"; the region inside a body stays a LOC mention of its own (GUIDE.md: "Kobar in
  'Bupati Kobar' makes Kotawaringin Barat a LOC cluster");
- person clusters (``doc._.persons`` from ``beritaie_officials``, source ``"model"`` when the
  mention overlaps a model PER span, else ``"rule"``): canonical = the cluster's name;
- rules (source ``"rule"``): bodies named by a head word and capitalised words ("Universitas
  Brawijaya", "PT Sinar Jaya Abadi", "Tim Penggerak PKK Desa", "Biro Hukum KPK"), short forms the
  text defines ("Lembaga Kajian Pangan Nusantara (LKPN)"), news outlets written as domains
  ("KOMPAS.com"), and named geographic features ("Sungai Mahakam", "Gunung Merapi");
- the trained model's ``doc.ents`` (source ``"model"``), kept where nothing above covers them;
  a model LOC whose text is a gazetteer name takes the gazetteer's canonical name and code.

It then rewrites ``doc.ents`` as the flat NER layer (``ner_layer.py``).

Canonical names follow the scorer (GUIDE.md "How systems are scored": a system name counts when
it equals a gold form of the article): places take the gazetteer's canonical name ("Kobar" ->
"Kotawaringin Barat"); a body takes the fullest form the article itself uses for it
("Pemkab Kobar", "Pemkab" and "Pemerintah Kabupaten Kotawaringin Barat (Kobar)" ->
"Pemerintah Kabupaten Kotawaringin Barat"), because the gold name is "the expanded official
form when the article gives it, else the form used".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from . import ErrorHandling
from .. import names
from ..extensions import SpanSet, add_warning, doc_text, register_extensions
from ..lang.abbreviations import HONORIFICS, MILITARY_CORPS, MILITARY_RANKS
from ..lang.calendar import DAYS, MONTHS
from ..lang.titles import BODY_WORDS, GEO_WORDS, find_titles, without_title_short_form
from .lexfeatures import lexicon
from .ner_layer import run_on_index, run_on_split, set_ner_layer, single_case
from .gazetteer import (LANGUAGE_WORDS, MARKERS, MARKER_MAX, NAME_LISTS, WEAK_TYPES, Word, get_index, segment,
                        shouted_lines, titled_lines, word_keys)

register_extensions()

MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
                "LOC": "LOC", "GPE": "LOC", "PLACE": "LOC", "LOCATION": "LOC"}
# Boilerplate kinds whose entities belong to another article ("Baca Juga: ...") or to no article
# content (credits of writers and photographers, tag lists).
SKIP_BOILERPLATE = {"read_also", "video", "repost", "scroll", "credit", "tags"}
SOURCE_RANK = {"gazetteer": 0, "persons": 1, "rule": 2, "model": 3}

# Head words that open an organisation's name when capitalised words follow
# ("Universitas Brawijaya", "Pondok Pesantren Al Falah", "Tim Penggerak PKK").
ORG_HEADS: tuple[tuple[str, ...], ...] = tuple(tuple(h.casefold().split()) for h in (
    "Universitas", "Institut", "Politeknik", "Akademi", "Sekolah Tinggi", "Fakultas", "SMA", "SMAN",
    "SMP", "SMPN", "SMK", "SMKN", "SD", "SDN", "MAN", "MTs", "MTsN", "Madrasah", "Pondok Pesantren", "Ponpes",
    "PT", "CV", "UD", "Perum", "Perumda", "PDAM", "Bank", "Rumah Sakit", "RS", "RSU", "RSUD", "RSUP", "RSIA", "RSJ",
    "Puskesmas", "Yayasan", "Lembaga",
    "Forum", "Federasi", "Persatuan", "Perhimpunan", "Ikatan", "Asosiasi", "Himpunan", "Gabungan", "Komite",
    "Komisi", "Panitia", "Pansel", "Tim", "Satgas", "Satuan Tugas", "Badan", "Dinas", "Balai", "Pusat", "Koperasi",
    "Partai", "Harian", "Majalah", "Kelompok", "Karang Taruna", "Gerakan", "Dewan", "Majelis", "Mahkamah",
    "Pengadilan", "Kejaksaan", "Lapas", "Rutan", "Kementerian", "Kemenko", "Sekretariat", "Serikat", "Paguyuban",
    "Kwarcab", "Kwarda", "Persekutuan", "Klub", "Perkumpulan", "Suku Dinas", "Sudin", "Fraksi",
    # unions, sultanates and churches ("Konfederasi Serikat Pekerja ...", "Kesultanan Kutai Kartanegara",
    # "Keuskupan Larantuka", "Paroki Santo Yoseph Hokeng", "Jemaat GMIM Bukit Moria")
    "Konfederasi", "Kesultanan", "Keuskupan", "Paroki", "Jemaat", "Sinode",
    # offices and stations of national agencies in the regions ("Kantor Pertanahan Konawe Utara", "Stasiun
    # Klimatologi NTT", "Pos SAR Melak", "Rumah Tahanan (Rutan) Kelas IIB Watampone")
    "Kantor Pertanahan", "Kantor Imigrasi", "Kantor Kesyahbandaran", "Kantor Pelayanan", "Stasiun Klimatologi",
    "Stasiun Meteorologi", "Stasiun Geofisika", "Pos SAR", "Rumah Tahanan",
    # units inside a body: only with the body after them ("Biro Hukum KPK", "Unit Reskrim Polres Kotim")
    *("Biro", "Bagian", "Bidang", "Direktorat", "Subdit", "Seksi", "Divisi", "Unit", "Subbag", "Satuan"),
))
# Heads of bodies that are never a person's first name: a model person opening with one is a body. (Not
# every head: a model "Mahkamah" or "Tim ..." alone stays as the model has it.)
BODY_FIRST_WORDS = frozenset("""
universitas institut politeknik akademi fakultas madrasah ponpes puskesmas yayasan lembaga federasi persatuan
perhimpunan ikatan asosiasi himpunan gabungan komite komisi panitia pansel satgas badan dinas balai koperasi
partai kementerian kemenko sekretariat serikat paguyuban sudin fraksi konfederasi kesultanan keuskupan paroki
""".split())
# Last words of tournament names ("Indonesia Open", "Korea Masters", "Piala AFF" is a head instead).
TOURNAMENT_ENDS = frozenset({"open", "masters", "cup", "championship", "championships", "series", "games"})
SCHOOL_HEADS = frozenset("sd sdn smp smpn sma sman smk smkn man mts mtsn madrasah sekolah".split())
# Heads of bodies often named after a person with an honorific ("RSUD Dr. Soetomo", "Universitas
# Dr. Soetomo", "RSUP Dr. Sardjito"): there the honorific continues the name instead of ending it.
NAMED_AFTER_PERSON_HEADS = frozenset(h for h in ORG_HEADS if h[-1] in names.NAMED_AFTER_PERSON_WORDS) | {
    ("sekolah", "tinggi")}
# Heads that name a body of their own before the body they serve ("Pansel KPK", "Satgas Covid"),
# or the party they sit for ("Fraksi Partai Golkar").
STANDALONE_HEADS = {"pansel", "satgas", "timsel", "fraksi"}
# Heads of ad-hoc groups, whose name may run into the person who leads them ("Kelompok Tani ...").
GROUP_HEADS = frozenset({"tim", "kelompok", "panitia", "satgas", "forum", "komite", "gerakan", "paguyuban"})
# Heads of the last group: the name must end in a known body.
UNIT_HEADS = frozenset({("biro",), ("bagian",), ("bidang",), ("direktorat",), ("subdit",), ("seksi",), ("divisi",),
                        ("unit",), ("subbag",), ("satuan",)})
# Heads of named geographic features ("Sungai Mahakam", "Kali Ciliwung", "Gunung Merapi"). Streets and buildings
# are not LOC (GUIDE.md: "geo-political and geographic names ... rivers, mountains").
GEO_HEADS: dict[tuple[str, ...], str] = {
    ("sungai",): "Sungai", ("kali",): "Kali", ("gunung",): "Gunung", ("danau",): "Danau", ("selat",): "Selat",
    ("teluk",): "Teluk", ("laut",): "Laut", ("pantai",): "Pantai", ("bukit",): "Bukit", ("pulau",): "Pulau",
    ("pegunungan",): "Pegunungan",
}
# Generic geographic words that the region lists also hold as a town's name ("Tanjung", "Selat"):
# followed by a name, they head another place.
GENERIC_PLACE_HEADS = frozenset({"tanjung", "selat", "teluk", "muara", "kuala", "pulau", "gunung", "danau"})
# Heads of features named like the place they are: "Pulau Bali" is the island Bali, while "Danau
# Toba" is a lake and not the regency Toba.
ISLAND_HEADS = {"pulau"}
# First words of body, place, administrative-unit and competition names: a rule-only person
# starting with one is left out of doc.ents ("Fakultas Sastra", "Teluk Betung", "Dusun Krajan", "Piala FA").
NAME_HEAD_WORDS = frozenset(h[0] for h in (*ORG_HEADS, *GEO_HEADS)) | names.COMPETITION_WORDS | frozenset(
    "desa dusun kampung kelurahan kecamatan kabupaten kota provinsi distrik".split())
# Lower-case words allowed inside a name ("Badan Pengelolaan Keuangan dan Aset Daerah").
NAME_CONNECTORS = {"dan", "&", "untuk", "van", "tot", "de", "der", "bin", "binti"}
# A comma that lists the fields of one body, closed by "dan": ", Klimatologi, dan Geofisika", ", UKM, dan
# Perdagangan", ", Energi dan Pertambangan" (capitalised words only between the commas).
_FIELD_LIST = re.compile(r",(?:\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,)*\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                         r",?\s+(?:dan|serta)\s+[A-Z]")
# Capitalised words that end a name when they follow it (verbs and titles in headline case).
NAME_STOPS = {
    "yang", "di", "ke", "dari", "pada", "dalam", "dengan", "oleh", "bersama", "selaku", "sebagai", "no", "nomor",
}
# Upper-case short forms that are neither bodies nor places: budget, status, programme, tax, school
# admission, disease, facility, market and meeting acronyms of news ("APBD Kobar", "HUT Kobar", "kasus
# DBD", "di SPBU", "IHSG ditutup melemah", "RUPSLB digelar").
NOT_ORG_ACRONYMS = frozenset("""
APBD APBN APBDes HUT ASN PNS PPPK THL ODP PDP OTG BLT BST BBM PAD DAK DAU DD ADD RKPD RPJMD RPJMN UMKM UKM PKL
UMK UMP PSBB PPKM RT RW KTP KK NIK SIM STNK BPKB SK SE PP UU UUD LKPJ LPJ LHP WTP WDP TPS DPT DPS PPK PPS KPPS
COVID PHK KUR RTLH RLH ODGJ SD SMP SMA SMK TK PAUD KB IKN MoU MOU OPD SKPD UPTD WIB WITA WIT DBH LHP HAKI
PPN PPh PTN PTS UKT SNBP SNBT UTBK KIP KIS PKH NPWP SPT DBD ISPA TBC HIV AIDS SPBU LPG ATM QRIS
IHSG IHK NTP HET SPHP PDB PDRB NPL KPR DPK IPO RUPS RUPST RUPSLB RDP RDPU RPP RUU RAPBN RAPBD
""".split())
GOVERNMENT_HEADS = {"org:pemkab", "org:pemkot", "org:pemprov", "org:pemda"}
_HONORIFIC_KEYS = frozenset(h.casefold().rstrip(".") for h in HONORIFICS if " " not in h)
_NOT_ORG_UPPER = frozenset(a.upper() for a in NOT_ORG_ACRONYMS)
_DOMAIN = re.compile(r"(?<![\w@/.])([A-Za-z][A-Za-z0-9-]{1,30})\.((?i:com|co\.id|co|id|net))(?!\w|\.\w)")
_NON_MEDIA_SUFFIX = re.compile(r"\.(go|ac|sch|or|mil|desa)\.id$", re.IGNORECASE)
# A dateline names its outlet between the place and the dash: "KARIMUN (BP) -", "Selong (Suara NTB) -",
# "PADANG PARIAMAN, PADEK—".
_DATELINE_OUTLET = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*){0,3})"
    r"(?:[ \t]*\((?P<bracketed>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2})\)"
    r"|,[ \t]*(?P<after_comma>[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,2}))[ \t]*(?:[-–—]{1,2})")


class EntityMerger:
    """Builds ``doc._.entities`` from gazetteer hits, persons, rules and model spans."""

    def __init__(self, *, rules: bool = True, use_model: bool = True) -> None:
        self.rules = rules
        self.use_model = use_model

    def __call__(self, doc: Doc) -> list[dict[str, Any]]:
        text = doc_text(doc)
        found_titles = find_titles(text)
        title_spans = SpanSet((t.start, t.end) for t in found_titles)
        titles = {t.start for t in found_titles}
        skip = SpanSet((b["start"], b["end"]) for b in doc._.boilerplate or () if b.get("kind") in SKIP_BOILERPLATE)
        gaz = [dict(h) for h in doc._.gazetteer_hits or ()]
        items: list[dict[str, Any]] = []
        raw_model = _raw_model_spans(doc, text) if self.use_model else []
        for h in gaz:
            items.append(_item(h, h["label"], "gazetteer", h["canonical"], h["kb_id"], key=_gaz_key(h)))
        model_spans = self._model_spans(doc, text, titles) if self.use_model else []
        # a short form the text defines by a common noun phrase names no body: "jaminan hari tua (JHT)"
        common = {d["short"] for d in doc._.abbreviations or () if d["long"][:1].islower()}
        model_spans = [m for m in model_spans if not (m["label"] == "ORG" and m["text"] in common)]
        items += self._persons(doc, model_spans, text, titles)
        words = segment(text)
        if self.rules:
            titled_persons = {i["start"] for i in items if i["label"] == "PER"} & {t.end + 1 for t in found_titles}
            model_persons = {i["start"] for i in items if i["label"] == "PER" and i["source"] == "model"}
            items += self._rule_orgs(text, words, gaz, doc._.abbreviations or (), titled_persons, model_persons)
            items += _suffixed_companies(text, words, title_spans)
            features = self._geo_features(text, words, gaz)
            within = SpanSet((f["start"], f["end"]) for f in features)
            # "Danau Toba", "Laut Sulawesi": the lake or sea, not the regency or island inside its name
            items = [i for i in items if not (i["label"] == "LOC" and within.contains(i["start"], i["end"]))]
            items += features
            items += self._domains(text)
            items += self._dateline_outlets(text, gaz)
        items += self._short_forms(text, doc._.abbreviations or (), items)
        # model persons come through the person clusters (cleaned there); raw only without that component
        items += [m for m in model_spans if m["label"] != "PER" or doc._.persons is None]
        items = [i for i in items if not skip.contains(i["start"], i["end"]) and not _language_name(i, text)
                 and not _rank_service(i, text) and not _COORDINATE.fullmatch(i["text"]) and not _ship_name(i, text)]
        kept = _resolve_overlaps(_without_body_person_runs(items, text))
        _cluster_orgs(kept, text)
        _canonical_places(kept)
        _canonical_models(kept)
        if self.use_model:
            # not over an office, nor from inside one: "Wali Kota New York" keeps the place "New York"
            _widen_to_model(kept, [m for m in raw_model if not title_spans.overlaps(m[0], m[0] + 1)], text)
        kept.sort(key=lambda i: (i["start"], i["end"], i["label"]))
        return [{k: i[k] for k in ("text", "label", "start", "end", "canonical", "kb_id", "source")} for i in kept]

    # ---- sources
    def _model_spans(self, doc: Doc, text: str, titles: set[int]) -> list[dict[str, Any]]:
        out = []
        person_forms = {names.fold(m["text"]) for c in doc._.persons or () for m in c.get("mentions", ())}
        for start, end, label in _trimmed_ents(doc, text):
            surface = text[start:end]
            if label == "PER" and surface.split()[0].casefold() in BODY_FIRST_WORDS:
                label = "ORG"  # "Sudin SDA Jaksel", "Dinas Sosial": a body's head opens no person's name
            if not _plausible_model_span(surface, label) or start in titles:
                continue  # an office ("Mentan RI", "Kapolres") is not a body or a place
            if text[:start].rstrip().endswith(",") and (
                    label == "ORG" and len(surface) <= 5 and surface.isupper() or names.only_degrees(surface)):
                continue  # a degree after a name: "Ahmad, CSFA", "Bayu, S.STP.", "Endang, M.Kes."
            if label == "LOC" and names.fold(surface) in person_forms:
                continue  # a person the officials component found
            if label == "ORG" and tuple(w.casefold() for w in surface.split()[:2]) in GENERIC_GROUPS:
                continue  # "Majelis Hakim Gatot Sumarsono": a kind of group, then its member
            canonical = " ".join(surface.split())
            if label == "PER":
                canonical = names.strip_name(surface) or canonical
            out.append(_item({"start": start, "end": end, "text": surface}, label, "model", canonical, None,
                             key=("t", label, names.fold(canonical))))
        return out

    def _persons(self, doc: Doc, model_spans: list[dict[str, Any]], text: str,
                 titles: set[int]) -> list[dict[str, Any]]:
        out = []
        model_per = _SpanIndex(m for m in model_spans if m["label"] == "PER")
        bodies = _SpanIndex(h for h in doc._.gazetteer_hits or () if h["label"] == "ORG")
        for cluster in doc._.persons or ():
            for mention in cluster.get("mentions", ()):
                start, end = mention["start"], mention["end"]
                if start in titles or any(b["start"] <= start and end <= b["end"]
                                          for b in bodies.overlapping(start, end)):
                    continue  # an office ("Sekda Kobar") or part of a body's name, not a person
                source = "model" if model_per.overlapping(start, end) else "rule"
                item = _item({"start": start, "end": end, "text": text[start:end]}, "PER", source,
                             cluster["name"], None, key=("p", cluster["name"]))
                item["rank"] = SOURCE_RANK["persons"]
                out.append(item)
        return out

    def _rule_orgs(self, text: str, words: list[Word], gaz: list[dict[str, Any]],
                   definitions: Iterable[dict[str, Any]] = (), titled_persons: Iterable[int] = (),
                   person_starts: Iterable[int] = ()
                   ) -> list[dict[str, Any]]:
        """Head word + capitalised words: "Universitas Brawijaya", "Biro Hukum KPK"; a short form +
        a region ("RRI Palangkaraya").

        ``titled_persons``: starts of persons right after a title word; such a person ends the name
        ("Majelis Hakim Budi Santoso" is the panel, then its judge). ``person_starts``: starts of the
        model's persons; one ends a name that is not named after a person nor a company's
        ("Bank Permata Yosef Manurung", but "PT Jati Makmur Abadi")."""
        person_stops = set(titled_persons)
        persons_at = set(person_starts)
        gaz_at: dict[int, dict[str, Any]] = {}
        for h in gaz:
            if h["start"] not in gaz_at or h["end"] > gaz_at[h["start"]]["end"]:
                gaz_at[h["start"]] = h
        known_bodies = SpanSet((h["start"], h["end"]) for h in gaz if h["label"] == "ORG")
        long_ends = {d["long_end"] for d in definitions}
        long_at = {d["long_start"]: d["long_end"] for d in definitions}  # a defined name runs to its end
        out = []
        titled = titled_lines(text, words)
        i = 0
        while i < len(words):
            head = _ORG_HEAD_TABLE.at(words, i)
            if head and i + head < len(words) and (words[i].key, words[i + head].key) in _NOT_BODIES:
                i += head + 1  # "Balai Kota Malang": a building; "Majelis Hakim": a kind of group
                continue
            if head and words[i].key == "kesultanan" and i + 1 < len(words) and \
                    (gaz_at.get(words[i + 1].start) or {}).get("type") == "country":
                i += 1  # "Kesultanan Oman": the country, not a body
                continue
            bare_head_hit = head and (gaz_at.get(words[i].start) or {}).get("end") == words[i + head - 1].end
            if head == 0 or titled[i] or not words[i].text[:1].isupper() or \
                    (known_bodies.overlaps(words[i].start, words[i].start + 1) and not bare_head_hit):
                # (a head inside a known body starts nothing: "Pusat" in "Badan Pusat Statistik")
                i += 1
                continue
            j = i + head
            end_word, tail = None, None
            after_person = tuple(w.key for w in words[i:j]) in NAMED_AFTER_PERSON_HEADS
            listing = False
            k = j
            defined_end = long_at.get(words[i].start, -1)
            while k < len(words) and k - j < 9 and _same_line(text, words[k - 1], words[k]):
                w = words[k]
                hit = gaz_at.get(w.start)
                if hit is not None and hit["label"] == "LOC" and words[i].key in names.COMPANY_MARKERS:
                    after = _word_ending_at(words, k, hit["end"]) + 1
                    if after < len(words) and words[after].text[:1].isupper() \
                            and _same_line(text, words[k], words[after]):
                        end_word, k = after - 1, after  # a place inside a company's name: "PT Sinar Halmahera Mineral"
                        continue
                within_defined = hit["end"] < defined_end if hit is not None else (
                    w.text[:1].isupper() and w.end <= defined_end)
                if within_defined:
                    # a name the text defines runs to its end, over a place or a stop word inside it: "Badan
                    # Pelaksana Otorita Labuan Bajo Flores (BPOLBF)", "Asosiasi Fintech Pendanaan Bersama Indonesia"
                    end_word = _word_ending_at(words, k, hit["end"]) if hit is not None else k
                    k = end_word + 1
                    continue
                if hit is not None:
                    # a known body or place ends the name and is part of it: "Biro Hukum KPK", and a
                    # school's number after its place ("SD Negeri Ketanjung 1")
                    end_word, tail = _word_ending_at(words, k, hit["end"]), hit
                    if words[i].key in SCHOOL_HEADS and end_word + 1 < len(words) \
                            and words[end_word + 1].text.isdigit() and _same_line(text, words[end_word], words[end_word + 1]):
                        end_word += 1
                    break
                if after_person and w.text == "." and words[k - 1].key in _HONORIFIC_KEYS:
                    k += 1  # "RSUP Dr. Sardjito"
                    continue
                if w.text[:1].isupper() or w.text.isdigit() or _ROMAN.match(w.text):
                    if w.key in NAME_STOPS or (w.key in _HONORIFIC_KEYS and not after_person) \
                            or w.start in person_stops or w.key in STANDALONE_HEADS \
                            or (w.start in persons_at and k > j and not after_person
                                and words[i].key not in names.COMPANY_MARKERS and words[i].key not in GROUP_HEADS):
                        # "Ketua Komite Ir. H. Hartanto": a name follows, not more of the body;
                        # "Komisi III Fraksi Partai Golkar": the faction is a body of its own
                        break
                    end_word = k
                    k += 1
                    continue
                nxt = words[k + 1] if k + 1 < len(words) else None
                if w.key in NAME_CONNECTORS and nxt is not None and nxt.text[:1].isupper() \
                        and nxt.start not in gaz_at and not _ORG_HEAD_TABLE.at(words, k + 1):
                    k += 1
                    continue
                if w.text == "," and nxt is not None and nxt.start not in gaz_at \
                        and not _ORG_HEAD_TABLE.at(words, k + 1) \
                        and (_FIELD_LIST.match(text, w.start) or listing and nxt.key in {"dan", "serta"}):
                    listing = True  # fields listed up to "dan": "Dinas Koperasi, UKM, dan Perdagangan"
                    k += 1
                    continue
                break
            unit = tuple(w.key for w in words[i:i + head]) in UNIT_HEADS
            defined = end_word is not None and words[end_word].end in long_ends
            bare_head = tail is not None and tail["label"] == "ORG" and tail["start"] == words[j].start \
                and words[i].key not in STANDALONE_HEADS
            if end_word is None or bare_head \
                    or (unit and not defined and (tail is None or tail["label"] != "ORG")):
                # nothing of its own between the head and a known body ("Komisi" + "DKPP"), or a
                # unit ("Unit", "Biro") not followed by the body it belongs to nor defined in the text
                i += 1
                continue
            start, end = words[i].start, words[end_word].end
            surface = text[start:end]
            item = _item({"start": start, "end": end, "text": surface}, "ORG", "rule", surface, None,
                         key=("t", "ORG", names.fold(surface)))
            # a unit or a standalone body keeps the body it serves as a mention of its own
            # ("Biro Hukum KPK", "Fraksi Partai Golkar": KPK, Partai Golkar)
            item["unit"] = unit or words[i].key in STANDALONE_HEADS
            out.append(item)
            i = end_word + 1
        # upper-case short form + region: "RRI Palangkaraya", "KPUD Jateng" (not "Kabid PU Kota Bekasi")
        locs = {h["start"]: h for h in gaz if h["label"] == "LOC"}
        orgs = [(h["start"], h["end"]) for h in gaz if h["label"] == "ORG"]
        shouted = shouted_lines(text, words)
        for k in range(len(words) - 1):
            w, nxt = words[k], words[k + 1]
            hit = locs.get(nxt.start)
            if hit is None or not (2 <= len(w.text) <= 6 and w.text.isupper() and w.text.isalpha()):
                continue
            if w.text in NOT_ORG_ACRONYMS or _ROMAN.match(w.text) or not _same_line(text, w, nxt) \
                    or text[w.end:nxt.start] != " " or shouted[k]:
                continue  # (on an all-caps line every word looks like a short form: "BUPATI SLEMAN")
            if any(s <= w.start < e for s, e in orgs) or hit.get("evidence") == "unit_code":
                continue
            if k > 0 and _same_line(text, words[k - 1], w) and words[k - 1].text[:1].isupper():
                continue  # part of a longer name or a title: "Kabid PU Kota Bekasi", "Dosen UI Depok"
            surface = text[w.start:hit["end"]]
            out.append(_item({"start": w.start, "end": hit["end"], "text": surface}, "ORG", "rule", surface, None,
                             key=("t", "ORG", names.fold(surface))))
        return out

    def _geo_features(self, text: str, words: list[Word], gaz: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """"Sungai Mahakam", "Gunung Merapi", "Jl. Diponegoro" -> LOC (canonical spells out "Jalan")."""
        out = []
        taken = [(h["start"], h["end"]) for h in gaz]
        # places a feature's name may hold: not under an island's head ("Pulau Bali" is Bali)
        places = SpanSet((h["start"], h["end"]) for h in gaz if h["label"] == "LOC")
        for i in range(len(words)):
            size = _GEO_HEAD_TABLE.at(words, i)
            if size == 0 or not words[i].text[:1].isupper() or (i and words[i - 1].key in names.COMPANY_MARKERS):
                continue  # "PT Teluk Senja Resort": a company's name
            holds_places = words[i].key not in ISLAND_HEADS
            j = i + size
            k = j
            while k < len(words) and k - j < 3 and words[k].text[:1].isupper() and words[k].text.isalpha() \
                    and _same_line(text, words[k - 1], words[k]) and words[k].key not in NAME_STOPS:
                k += 1
            if k == j:
                continue
            start, end = words[i].start, words[k - 1].end
            if any(s < end and start < e and not (holds_places and places.contains(s, e) and start < s)
                   for s, e in taken):
                continue
            head = GEO_HEADS[tuple(w.key for w in words[i:j])]
            canonical = " ".join([head, *text[words[j].start:end].split()])
            out.append(_item({"start": start, "end": end, "text": text[start:end]}, "LOC", "rule", canonical, None,
                             key=("t", "LOC", names.fold(canonical))))
        return out

    def _domains(self, text: str) -> list[dict[str, Any]]:
        """News outlets written as domains: "KOMPAS.com", "POS-KUPANG.COM", "VIVA.co.id" (not .go.id or e-mail)."""
        out = []
        for m in _DOMAIN.finditer(text):
            if _NON_MEDIA_SUFFIX.search(m.group()) or text[max(0, m.start() - 4):m.start()].lower().endswith("www."):
                continue
            surface = m.group()
            item = _item({"start": m.start(), "end": m.end(), "text": surface}, "ORG", "rule", surface, None,
                         key=("t", "ORG", names.fold(surface)))
            item["domain"] = True
            out.append(item)
        return out

    def _dateline_outlets(self, text: str, gaz: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The outlet of a dateline whose place the gazetteer knows; never a day, month or place."""
        places = {(h["start"], h["end"]) for h in gaz if h["label"] == "LOC"}
        out = []
        for m in _DATELINE_OUTLET.finditer(text):
            group = "bracketed" if m.group("bracketed") else "after_comma"
            start, end = m.span(group)
            surface = text[start:end].rstrip(".")
            if m.span("place") not in places or (start, end) in places or \
                    surface.casefold() in DAYS or surface.split()[0].casefold() in MONTHS:
                continue
            out.append(_item({"start": start, "end": start + len(surface), "text": surface}, "ORG", "rule",
                             surface, None, key=("t", "ORG", names.fold(surface))))
        return out

    def _short_forms(self, text: str, definitions: Iterable[dict[str, Any]],
                     items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A short form the text defines for a body ("(LKPN)") names that body wherever it is used;
        followed by a region it names the body's branch there ("LKPN Kecamatan Kumai")."""
        out = []
        locs = {i["start"]: i for i in items if i["label"] == "LOC" and i["source"] == "gazetteer"}
        for d in definitions:
            # the body whose name ends the long form: "Lembaga Kajian Pangan Nusantara (LKPN)"
            long = next((i for i in items if i["label"] == "ORG" and i["start"] <= d["long_start"]
                         and i["end"] == d["long_end"]), None)
            if long is None:
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(d["short"]) + r"(?!\w)")
            for m in pattern.finditer(text):
                end, key = m.end(), long["key"]
                region = _region_after(text, end, locs)
                before = text[max(0, m.start() - 30):m.start()].split()
                marked = region is not None and text[end:region["start"]].strip(" )\t") != ""
                if region is not None and not marked and m.start() != d["short_start"] and before \
                        and before[-1][:1].isupper():
                    region = None  # "Dosen UI Depok": not a branch ("LKPN Kabupaten Lamandau" is one)
                if region is not None:
                    end, key = region["end"], ("s", d["short"], region["kb_id"] or region["canonical"])
                start = d["long_start"] if m.start() == d["short_start"] and region is not None else m.start()
                if any(i["start"] <= start and end <= i["end"] and i["label"] == "ORG" for i in items):
                    continue
                out.append(_item({"start": start, "end": end, "text": text[start:end]}, "ORG", long["source"],
                                 text[start:end], None, key=key))
        return out


def _region_after(text: str, end: int, locs: dict[int, dict[str, Any]]) -> dict[str, Any] | None:
    """A gazetteer place right after ``end`` ("... ) Kecamatan Kumai", " Lamandau")."""
    m = re.match(r"\)?[ \t]+((?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Desa|Kelurahan)[ \t]+)?",
                 text[end:end + 40])
    if m is None:
        return None
    return locs.get(end + m.end())


# ---------------------------------------------------------------------------------------------
# helpers


_ROMAN = re.compile(r"^[IVX]+$")
# First words of buildings and facilities, which are not LOC (GUIDE.md: "Buildings and rooms
# (Aula Setda Kobar) are not LOC"): "Masjid Agung", "Gedung Sate", "Jalan Sudirman".
# A body head and the next word that together name a building: "Balai Kota", "Balai Desa".
BUILDING_NAMES = frozenset(("balai", w) for w in "kota desa kelurahan dusun warga pertemuan rakyat kampung".split())
# A head and a word that make a kind of group, no named body: "Majelis Hakim" (a court's panel),
# "Tim SAR", "Tim JPU" (generic common nouns, GUIDE.md).
GENERIC_GROUPS = frozenset({("majelis", "hakim"), ("tim", "sar"), ("tim", "jpu"), ("tim", "gabungan"), ("tim", "medis"),
                            ("tim", "penyidik"), ("tim", "kuasa")})
_NOT_BODIES = BUILDING_NAMES | GENERIC_GROUPS
BUILDING_WORDS = frozenset("""
aula gedung masjid musala mushola gereja pura vihara klenteng istana kediaman rumah kantor hotel wisma pendopo
balai tugu monumen stadion lapangan gelanggang terminal stasiun bandara pelabuhan pasar mal toko jalan jl jln
gang gg kompleks perumahan ruang ruangan lantai rsud puskesmas sekolah kampus gelora gor museum taman markas
mapolres mapolresta mapolrestabes mapolda mapolsek makodim
""".split())
# Street words among them: a street keeps the place name it is called after ("Jalan Bulungan").
STREET_WORDS = frozenset("jalan jl jln gang gg".split())
# First words of generic phrases a model tags as bodies ("Organisasi Kepemudaan", "Instansi Terkait").
GENERIC_ORG_WORDS = frozenset({"organisasi", "ormas", "instansi", "lembaga-lembaga", "pihak"})


def _suffixed_companies(text: str, words: list[Word], title_spans: SpanSet) -> list[dict[str, Any]]:
    """Capitalised words closed by a legal form: "Guangxi Hengtai New Energy Co. Ltd", "Borneo Mining Inc"
    (after "PT" the head-word rule has the name already)."""
    out = []
    k = 0
    while k < len(words):
        if words[k].key not in names.COMPANY_SUFFIXES or not words[k].text[:1].isupper():
            k += 1
            continue
        first = k
        while first > 0 and k - first < 6:
            w = words[first - 1]
            if not (w.text[:1].isupper() and w.text[:1].isalpha()) or not _same_line(text, w, words[first]) \
                    or title_spans.overlaps(w.start, w.end) or w.key in names.COMPANY_MARKERS:
                break
            first -= 1
        end = k  # with the forms that follow: "Co. Ltd", "Co., Ltd", "Pte. Ltd", "Sdn. Bhd"
        while True:
            gap = 1
            while end + gap < len(words) and words[end + gap].text in {".", ","} and gap <= 2:
                gap += 1
            if gap == 1 or end + gap >= len(words) or words[end + gap].key not in names.COMPANY_SUFFIXES:
                break
            end += gap
        if first < k and (first == 0 or words[first - 1].key not in names.COMPANY_MARKERS):
            surface = text[words[first].start:words[end].end]
            out.append(_item({"start": words[first].start, "end": words[end].end, "text": surface}, "ORG", "rule",
                             surface, None, key=("t", "ORG", names.fold(surface))))
        k = end + 1
    return out


def _plausible_model_span(surface: str, label: str) -> bool:
    """A model span worth keeping where no rule or gazetteer covers it.

    Every word must be a capitalised word, a number or a connector ("Universitas negeri" and
    "NR melapor" are cut-off phrases); places must not be buildings; bodies must not be the
    budget or status acronyms of ``NOT_ORG_ACRONYMS`` or a disease.
    """
    words = surface.split()
    if not words or not surface[:1].isalnum() or not surface[:1].isupper() and not surface[:1].isdigit():
        return False
    for w in words[1:]:
        if not (w[:1].isupper() or w[:1].isdigit() or w.casefold() in NAME_CONNECTORS or not w[:1].isalpha()):
            return False
    first = words[0].casefold().rstrip(".")
    if first in names.NOT_NAME_WORDS or surface.casefold() in names.NOT_NAME_WORDS:
        return False
    if all(part in DAYS or part in MONTHS for part in re.split(r"[\s\-–]+", surface.casefold()) if part):
        return False  # a day or month range: "Jumat-Minggu", "Januari-Maret"
    if label == "LOC" and (first in BUILDING_WORDS or surface.upper() in _NOT_ORG_UPPER):
        return False
    if label == "PER" and (names.has_reduplication(surface) or words[-1].casefold() in TOURNAMENT_ENDS):
        return False  # "Lewotobi Laki-laki" is a mountain, "Hylo Open" a tournament
    if label == "ORG" and (surface.upper() in _NOT_ORG_UPPER or first in GENERIC_ORG_WORDS
                           or (len(surface) <= 2 and surface.isupper())):
        return False
    return True


def _item(span: dict[str, Any], label: str, source: str, canonical: str, kb_id: str | None, *,
          key: tuple[Any, ...]) -> dict[str, Any]:
    return {"start": span["start"], "end": span["end"], "text": span["text"], "label": label,
            "canonical": canonical, "kb_id": kb_id, "source": source, "key": key,
            "rank": SOURCE_RANK[source], "hit": span if source == "gazetteer" else None}


def _gaz_key(hit: dict[str, Any]) -> tuple[Any, ...]:
    if hit["label"] == "LOC":
        return ("l", hit["kb_id"] or hit["canonical"])
    head = hit.get("head_id") or hit.get("entry_id")
    region = hit.get("region_kb_id") or (names.fold(hit["region"]) if hit.get("region") else None)
    if hit.get("board"):
        return ("g", head, hit["board"], region)  # "DPD Partai Gerindra Jawa Barat" is not the party
    parent = names.fold(hit["parent_org"]) if hit.get("parent_org") else None
    if hit.get("region") is None and hit.get("head") and hit.get("canonical") != hit.get("head") and not hit.get("level") \
            and not parent:
        # unit with a number: "Kodim 1014/Pbn"
        return ("g", head, names.fold(hit["text"]))
    return ("g", head, region or parent, None if (region or parent) else hit.get("level"))


class _HeadTable:
    """Head-word sequences indexed by their first word, so a lookup tries only heads that can match."""

    def __init__(self, heads: Iterable[tuple[str, ...]]) -> None:
        self.heads = frozenset(heads)
        sizes: dict[str, set[int]] = {}
        for head in self.heads:
            sizes.setdefault(head[0], set()).add(len(head))
        self.sizes = {first: tuple(sorted(n, reverse=True)) for first, n in sizes.items()}

    def at(self, words: list[Word], i: int) -> int:
        """Length of the longest head starting at word ``i`` (0 if none)."""
        for size in self.sizes.get(words[i].key, ()):
            if size == 1 or tuple(w.key for w in words[i:i + size]) in self.heads:
                return size
        return 0


_ORG_HEAD_TABLE = _HeadTable(ORG_HEADS)
_GEO_HEAD_TABLE = _HeadTable(GEO_HEADS)


def _word_ending_at(words: list[Word], k: int, end: int) -> int:
    while k + 1 < len(words) and words[k].end < end:
        k += 1
    return k


def _same_line(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end:b.start]
    return "\n" not in gap and gap.strip() in ("", "-")


class _SpanIndex:
    """Mentions bucketed by blocks of characters, so overlap queries only touch nearby ones.

    Keeps the pipeline linear on very long documents (a 1 MB article has ~100,000 mentions);
    queries return mentions in the order they were added, as a plain list scan would.
    """

    BLOCK = 256

    def __init__(self, items: Iterable[dict[str, Any]] = ()) -> None:
        self._buckets: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        self._seq = 0
        for item in items:
            self.add(item)

    def _blocks(self, start: int, end: int) -> range:
        return range(start // self.BLOCK, max(start, end - 1) // self.BLOCK + 1)

    def add(self, item: dict[str, Any]) -> None:
        self._seq += 1
        for block in self._blocks(item["start"], item["end"]):
            self._buckets.setdefault(block, []).append((self._seq, item))

    def remove(self, item: dict[str, Any]) -> None:
        for block in self._blocks(item["start"], item["end"]):
            self._buckets[block] = [(n, i) for n, i in self._buckets.get(block, ()) if i is not item]

    def overlapping(self, start: int, end: int) -> list[dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for block in self._blocks(start, end):
            for seq, item in self._buckets.get(block, ()):
                if item["start"] < end and start < item["end"]:
                    found[seq] = item
        return [found[seq] for seq in sorted(found)]


def _resolve_overlaps(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the best item where mentions collide.

    - same label: a mention nested in a longer ORG is kept ("KPK" in "Biro Hukum KPK"); other
      overlaps keep the better source (gazetteer > persons > rule > model), then the longer span;
    - a LOC inside an ORG is kept: GUIDE.md counts regions named inside a body ("Pemkab Kobar",
      "Bawaslu RI", "Persatuan Guru Republik Indonesia");
    - PER against LOC/ORG: a person wins over a place or body found by alias only
      ("Bima Arya" is a person, not Kabupaten Bima), but not over one with a marker or cue.
    """
    ordered = sorted(items, key=lambda i: (i["rank"], -(i["end"] - i["start"]), i["start"]))
    kept: list[dict[str, Any]] = []
    index = _SpanIndex()

    def drop(gone: dict[str, Any]) -> None:
        kept[:] = [k for k in kept if k is not gone]
        index.remove(gone)

    for item in ordered:
        conflict = False
        for other in index.overlapping(item["start"], item["end"]):
            if item["label"] == other["label"]:
                if item["source"] == "model":
                    conflict = True  # a model span never splits or re-cuts a better one
                    break
                if item["label"] == "ORG" and _nested(item, other) \
                        and (item["start"], item["end"]) != (other["start"], other["end"]):
                    outer = item if item["end"] - item["start"] > other["end"] - other["start"] else other
                    if outer["source"] == "model" and outer is item:
                        conflict = True  # the gazetteer's span wins over the model's
                        break
                    if _keeps_inner(outer):
                        continue
                    if outer is item:
                        drop(other)
                        continue
                conflict = True
                break
            pair = {item["label"], other["label"]}
            if pair == {"LOC", "ORG"}:
                inner, outer = (item, other) if item["label"] == "LOC" else (other, item)
                same = (inner["start"], inner["end"]) == (outer["start"], outer["end"])
                if not same and outer["start"] <= inner["start"] and inner["end"] <= outer["end"]:
                    if inner["source"] == "model" and inner is item:
                        conflict = True  # a model "place" inside a body's name ("Metro Jaya")
                        break
                    if _village_namesake(inner, outer) or outer.get("domain"):
                        # (no place inside an outlet's domain either: "POS-KUPANG.COM")
                        if inner is item:
                            conflict = True
                            break
                        drop(inner)
                    continue
                if item["rank"] >= other["rank"]:
                    conflict = True
                    break
                continue
            if "PER" in pair:
                person = item if item["label"] == "PER" else other
                place = other if person is item else item
                if _person_wins(person, place):
                    if place is item:
                        conflict = True
                        break
                    drop(place)
                else:
                    if person is item:
                        conflict = True
                        break
                    drop(person)
        if not conflict:
            kept.append(item)
            index.add(item)
    return kept


# A coordinate's hemisphere is no place: "120,26 derajat Bujur Timur", "2,5 derajat Lintang Selatan".
_COORDINATE = re.compile(r"(?i:bujur|lintang)\s+(?i:timur|barat|utara|selatan)")
_RANK_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(MILITARY_RANKS, key=len, reverse=True)) + r")\s+$")


def _rank_service(item: dict[str, Any], text: str) -> bool:
    """The service written in an officer's rank, no mention of the body: "Brigjen TNI Budi"."""
    return item["label"] == "ORG" and item["text"] in MILITARY_CORPS and \
        bool(_RANK_BEFORE.search(text, max(0, item["start"] - 25), item["start"]))


# A ship's prefix: the name after it is the vessel's, no place ("KM Sirimau", "KMP Bukit Siguntang", "KRI Bima").
_SHIP_BEFORE = re.compile(r"(?<![\w.])(?:KM|KMP|KRI|KLM|KN|MV|MT)\.?\s+$")


def _ship_name(item: dict[str, Any], text: str) -> bool:
    return item["label"] == "LOC" and bool(_SHIP_BEFORE.search(text, max(0, item["start"] - 6), item["start"]))


_LANGUAGE_BEFORE = re.compile(r"(?i:\b(?:" + "|".join(sorted(LANGUAGE_WORDS)) + r"))\s+$")


def _language_name(item: dict[str, Any], text: str) -> bool:
    """A place name after "bahasa" names a language: "Guru Bahasa Indonesia", "dalam bahasa Melayu"
    (the gazetteer's rule, applied to the model's places too)."""
    return item["label"] == "LOC" and bool(_LANGUAGE_BEFORE.search(text, max(0, item["start"] - 12), item["start"]))


def _raw_model_spans(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """The model's spans (punctuation trimmed), before any plausibility filter."""
    return [(start, end, label) for start, end, label in _trimmed_ents(doc, text) if "\n" not in text[start:end]]


def _trimmed_ents(doc: Doc, text: str) -> Iterable[tuple[int, int, str]]:
    """The model's PER/ORG/LOC spans with surrounding punctuation trimmed (empty ones dropped)."""
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
            end -= 1
        corps, _, rest = text[start:end].partition(" ")
        if label == "PER" and rest and corps in MILITARY_CORPS and \
                _RANK_BEFORE.search(text, max(0, start - 25), start):
            start = end - len(rest.lstrip())  # "Letkol Arh Yudha Prasetyo": the corps is the rank's
        if start < end:
            yield start, end, label


_SHORT_FORM_TAIL = re.compile(r"^[ \t]*\([ \t]*[A-Z][\w&.-]{1,15}[ \t]*\)$")


def _widen_to_model(items: list[dict[str, Any]], spans: list[tuple[int, int, str]], text: str) -> None:
    """Span boundaries from the model, names from the gazetteer, persons and rules.

    Where a model span of the same label strictly contains exactly one such mention and overlaps
    nothing of another label (a region inside a body excepted), the mention takes the model's
    boundaries and keeps its canonical name, code and source (run after canonical names are
    chosen, so the wider text never becomes a name): a place with the level word the model
    includes ("Desa Kedungbulus", "kota Pati" -> canonical "Kedungbulus", "Pati"), a person's full
    written name ("Maria Augusta Kutschera", "Mahfud MD"), a body with the short form it defines
    right after it ("Mahkamah Konstitusi (MK)"). The model never adds a mention this way, and the
    caller passes no span that starts with an office ("Kapolres Sintang" stays the place "Sintang").
    """
    index = _SpanIndex(items)
    for start, end, label in spans:
        near = index.overlapping(start, end)
        inside = [i for i in near if i["label"] == label and start <= i["start"] and i["end"] <= end]
        if not inside:
            continue
        target = max(inside, key=lambda i: i["end"] - i["start"])
        if (target["start"], target["end"]) == (start, end):
            continue
        extra = [w.casefold().rstrip(".") for w in f"{text[start:target['start']]} {text[target['end']:end]}".split()]
        if any(w in _HONORIFIC_KEYS or (w in BUILDING_WORDS and w not in STREET_WORDS) for w in extra):
            # a rank or honorific is no part of a name or place ("Kombes Arya Perdana", "Cimanggis Kompol"),
            # and a building named after a place is no place (GUIDE.md): "Mapolres Sleman", "Stadion ... Bandung"
            continue
        tail = text[target["end"]:end].strip(" ,")
        if label == "PER" and tail and ("." in tail or not tail.isupper()) and names.only_degrees(tail):
            continue  # a degree is no part of the name: "dr Ratna Wulandari SpPD" ("Johan Budi SP" may be)
        written = f"{text[start:target['start']]} {text[target['end']:end]}".split()
        if label == "PER" and any(w.casefold() in BODY_WORDS or (w.isalpha() and w.islower() and w not in
                                                                 names.NAME_PARTICLES) for w in written):
            continue  # a verb or a body is no part of a name: "Steve Witkoff tiba", "Senat John Thune"
        others = [i for i in inside if i is not target]
        if label == "ORG":
            # the body and its defined short form: "Bursa Efek Indonesia (BEI)"
            if target["start"] != start or not _SHORT_FORM_TAIL.match(text[target["end"]:end]):
                continue
        elif others:
            continue  # two places or persons in one model span: "Kabupaten Pati Provinsi Jawa Tengah"
        clash = False
        for i in near:  # all overlap the model span
            if i is target or any(i is o for o in others):
                continue
            nested_region = label == "ORG" and i["label"] == "LOC" and start <= i["start"] and i["end"] <= end
            if not nested_region:
                clash = True
                break
        if clash:
            continue
        index.remove(target)
        if label == "LOC" and target["end"] < end and tail[:1].isupper() and (
                tail.casefold() in GEO_WORDS or target["text"].casefold() in GENERIC_PLACE_HEADS):
            # a place with a compass word after it, or a generic head with a name, is another place:
            # "Denpasar Barat", "Asia Timur", "Tanjung Tiram", "Selat Lombok"
            target["canonical"], target["kb_id"] = " ".join(text[start:end].split()), None
        target["start"], target["end"], target["text"] = start, end, text[start:end]
        index.add(target)


def _without_body_person_runs(items: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Drop model spans that are a found body or place and the person right after it
    (:func:`~.ner_layer.run_on_split`): the two mentions stand, the run-on span goes."""
    index = run_on_index(i for i in items if i["source"] != "model")
    return [i for i in items if not (i["source"] == "model" and i["label"] != "PER"
                                     and run_on_split(text, i["start"], i["end"], index))]


def _person_wins(person: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether a person mention beats an overlapping place or body.

    A person wins over a model span, and over a gazetteer name found by alias alone that the
    person's name runs past ("Bima Arya Sugiarto" is not Kabupaten Bima) or that is a short
    form of a longer name of the same person ("Menurut Bima" after "Bima Arya"). A gazetteer body
    always wins ("Forkopimda", "Kemenpora"), and so does a place that is the whole span
    ("Papua") or that a marker or title introduced ("Sekda Kobar").
    """
    if other["source"] != "gazetteer":
        if other["source"] == "model" and person["source"] == "rule" and _strictly_inside(person, other) \
                and len(other["text"].split()) - len(person["text"].split()) >= 2:
            # a name inside a model place or body ("SMP Negeri 1 Putri Hijau", "Puncak Datuk Panglima
            # Husin"); one word before a name is more often a rank or title ("Brigadir Wahyu")
            return False
        if other["source"] == "rule" and other["label"] == "ORG" and _strictly_inside(person, other) \
                and " " not in person["text"] \
                and not lexicon().categories.get(person["text"].casefold(), frozenset()) & NAME_LISTS:
            return False  # a word no name list holds inside a body's name: "Badan Pengawas ... Berjangka Komoditi"
        return other["source"] == "model" or person["rank"] < other["rank"]
    hit = other.get("hit") or {}
    if other["label"] == "ORG" or hit.get("evidence") not in ("alias", "context"):
        return False
    if not (person["start"] <= other["start"] and other["end"] <= person["end"]):
        return False
    longer = (person["end"] - person["start"]) > (other["end"] - other["start"])
    # "Menurut Bima, ..." after "Bima Arya Sugiarto": a short form of a longer person name
    known = len(person["canonical"].split()) > len(person["text"].split())
    return longer or known


def _village_namesake(place: dict[str, Any], body: dict[str, Any]) -> bool:
    """A village found only because its regency is in the text, inside a body's name found by the
    head-word rule: a namesake ("Pesantren" in "Pondok Pesantren Al Falah", "Airlangga" in
    "Universitas Airlangga"), not a region the body is named after."""
    hit = place.get("hit") or {}
    return body["source"] == "rule" and hit.get("evidence") == "context" and hit.get("type") in WEAK_TYPES


def _strictly_inside(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return b["start"] <= a["start"] and a["end"] <= b["end"] and (a["start"], a["end"]) != (b["start"], b["end"])


def _keeps_inner(outer: dict[str, Any]) -> bool:
    """Whether a body nested in ``outer`` is a mention of its own.

    Yes for a unit inside its parent ("Biro Hukum KPK", "Satreskrim Polres Kotim") and for a
    regional branch ("KPU Provinsi Kalimantan Tengah"); no for a proper name that merely contains
    another ("Rumah Sakit Angkatan Darat Malang" is not TNI AD).
    """
    hit = outer.get("hit") or {}
    return bool(outer.get("unit") or hit.get("parent_org") or hit.get("head_id") or outer["source"] == "gazetteer")


def _nested(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["start"] <= b["start"] and b["end"] <= a["end"]) or (b["start"] <= a["start"] and a["end"] <= b["end"])


def _home_region(items: list[dict[str, Any]]) -> str | None:
    """The regency/city (else province) the article is about: its most frequent LOC code."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i in items:
        hit = i.get("hit") or {}
        if i["label"] == "LOC" and i["kb_id"] and hit.get("type") in ("kabupaten", "kota", "provinsi"):
            weight = 2 if hit.get("type") != "provinsi" else 1
            counts[i["kb_id"]] += weight
            first.setdefault(i["kb_id"], i["start"])
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _cluster_orgs(items: list[dict[str, Any]], text: str) -> None:
    """Give every ORG mention of one body the same canonical: the fullest form the text uses."""
    orgs = [i for i in items if i["label"] == "ORG"]
    if not orgs:
        return
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: Any, b: Any) -> None:
        parent[find(a)] = find(b)

    home = _home_region(items)
    keys = {i["key"] for i in orgs}
    for key in keys:
        find(key)
        if key[0] != "g" or len(key) != 4:
            continue
        _, head, region, level = key
        if region is not None:
            continue
        with_region = [k for k in keys if k[0] == "g" and len(k) == 4 and k[1] == head and k[2] is not None]
        if level is None:
            # bare "Pemkab", "Setda", "Kesbangpol": the body of the article's own region;
            # "Pemerintah Daerah"/"Pemda": the article's own regional government
            heads = GOVERNMENT_HEADS if head == "org:pemda" else {head}
            home_keys = [k for k in keys if k[0] == "g" and len(k) == 4 and k[1] in heads and k[2] == home]
            if len(home_keys) == 1:
                union(key, home_keys[0])
        else:
            # "KPU Provinsi" beside "KPU Provinsi Kalimantan Tengah"
            same_level = [k for k in with_region if _region_level(k[2]) == level]
            if len(same_level) == 1:
                union(key, same_level[0])
    groups: dict[Any, list[dict[str, Any]]] = {}
    for i in orgs:
        groups.setdefault(find(i["key"]), []).append(i)
    for members in groups.values():
        canonical = _expanded_head(members, home)
        if canonical is None:
            forms = [without_title_short_form(m["text"]) for m in members]
            canonical = max(forms, key=lambda t: (len(" ".join(t.split())), -t.count("(")))
        canonical = " ".join(canonical.split())
        for m in members:
            m["canonical"] = canonical


def _expanded_head(members: list[dict[str, Any]], home: str | None) -> str | None:
    """The body's expanded name when the article spells it out for its own region's body.

    "Kaban Kesatuan Bangsa dan Politik (Kesbangpol)" ... "Kesbangpol Kobar": the gold name is
    "Kesatuan Bangsa dan Politik"; "Kepala Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kota
    Depok" in an article about Depok: "Badan Pengelolaan Keuangan dan Aset Daerah". Only regional
    apparatus (dinas, badan, sekretariat) is named so; governments, courts and police keep their
    seat ("Pemerintah Kabupaten Kotawaringin Barat", "Pengadilan Tata Usaha Negara (PTUN) Palu").
    """
    hits = [m.get("hit") or {} for m in members]
    if not any(h.get("region_kb_id") and h["region_kb_id"] == home for h in hits):
        return None
    if not all(h.get("type") == "apparatus" for h in hits if h):
        return None  # governments, courts, police keep their seat: "PTUN Medan", "Pemkab Kobar"
    expanded = []
    for m, h in zip(members, hits):
        words = m["text"].split()
        if "(" in m["text"] and h.get("region"):
            expanded.append(m["text"].split(" (")[0])
        elif not h.get("region") and len(words) >= 3 and not m["text"].isupper():
            expanded.append(m["text"])
    return max(expanded, key=len) if expanded else None


def _region_level(code: Any) -> str | None:
    if not isinstance(code, str) or not code[:2].isdigit():
        return None
    parts = code.split(".")
    if len(parts) == 1:
        return "provinsi"
    if len(parts) == 2:
        return "kota" if int(parts[1]) >= 70 else "kabupaten"
    return "kecamatan" if len(parts) == 3 else "desa"


def _canonical_places(items: list[dict[str, Any]]) -> None:
    """Places without a Kemendagri code (capitals, countries, islands) take the form the article uses.

    The gold name of such a place is its fullest form in the article ("Pangkalanbun" where the
    article writes it joined; "China" where the article never says "Tiongkok"), so the
    canonical is the longest surface form of the place, mixed case preferred. A seat code in a
    unit number keeps the gazetteer name ("1014/Pbn" -> "Pangkalan Bun").
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for i in items:
        hit = i.get("hit") or {}
        if i["label"] == "LOC" and i["source"] == "gazetteer" and i["kb_id"] is None and hit.get("entry_id") \
                and hit.get("type") not in ("kabupaten_kota",):
            groups.setdefault(hit["entry_id"], []).append(i)
    for members in groups.values():
        registry = members[0]["canonical"]
        written = [m for m in members if (m.get("hit") or {}).get("evidence") != "unit_code"]
        forms = {" ".join(m["text"].split()) for m in written}
        if not written or registry in forms:
            continue
        best = max(written, key=lambda m: (not m["text"].isupper(), len(m["text"]), -m["start"]))
        canonical = " ".join(best["text"].split())
        if len(canonical) < 3 or registry.startswith(canonical + " ") or (canonical.isupper() and len(canonical) > 4):
            canonical = registry  # "AS", "Amerika" (a part of Amerika Serikat), "MUARASABAK"
        for m in members:
            m["canonical"] = canonical


def _canonical_models(items: list[dict[str, Any]]) -> None:
    """A model LOC whose text is a gazetteer place name takes its canonical name and code."""
    index = get_index(True)
    for i in items:
        if i["source"] != "model" or i["label"] != "LOC":
            continue
        found = index.strong.get(word_keys(i["text"]))
        if not found:
            continue
        entries = sorted((index.entry(idx) for idx, _ in found), key=lambda e: e.type != "provinsi")
        if len({e.canonical for e in entries}) == 1 or entries[0].type == "provinsi":
            i["canonical"], i["kb_id"] = entries[0].canonical, entries[0].kb_id


# ---------------------------------------------------------------------------------------------
# spaCy component


class EntitiesComponent(ErrorHandling):
    """spaCy component writing ``doc._.entities`` (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = "beritaie_entities", *, rules: bool = True,
                 use_model: bool = True) -> None:
        """Create the component.

        Args:
            nlp: the pipeline.
            name: the component name.
            rules: add rule-based mentions (head-word bodies, defined short forms, outlets, geographic features).
            use_model: use the trained model's ``doc.ents`` where nothing else covers them.
        """
        self.name = name
        self.rules = rules
        self.use_model = use_model

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            doc._.entities = EntityMerger(rules=self.rules, use_model=self.use_model)(doc)
            set_ner_layer(doc, doc._.entities, NAME_HEAD_WORDS)
            case = single_case(doc)
            if case:  # said on the record rather than left to look like an article without names
                add_warning(doc, f"entities: the text is written in {'capitals' if case == 'upper' else 'lower case'} "
                                 "only; names are told by their capitals, so most persons, officials and quote "
                                 "speakers are missed")
            return doc
        except Exception as err:  # noqa: BLE001 - spaCy's error-handler protocol
            error_handler(self.name, self, [doc], err)
            return doc

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        """Nothing to train; builds the shared gazetteer index used to name model places."""
        get_index(True)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"rules": self.rules, "use_model": self.use_model})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntitiesComponent:
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json") if (path / "cfg.json").is_file() else {}
        self.rules = bool(cfg.get("rules", self.rules))
        self.use_model = bool(cfg.get("use_model", self.use_model))
        return self


@Language.factory(
    "beritaie_entities",
    assigns=["doc._.entities", "doc.ents"],
    requires=["doc._.gazetteer_hits"],
    default_config={"rules": True, "use_model": True},
)
def make_entities(nlp: Language, name: str, rules: bool, use_model: bool) -> EntitiesComponent:
    """spaCy factory of :class:`EntitiesComponent` (settings mirror its keyword arguments)."""
    return EntitiesComponent(nlp, name, rules=rules, use_model=use_model)
