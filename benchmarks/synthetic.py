"""Synthetic Indonesian news-style text for benchmarks and load tests (written for this project).

Sentences are assembled from small hand-written templates (officials, regions, weekday dates,
quotes with reporting verbs), so the pipeline's components all have work to do. Deterministic
for a given seed. Not real articles and not copied from any corpus.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

TITLES = ["Bupati", "Wali Kota", "Gubernur", "Kapolres", "Dandim", "Sekda", "Kepala Dinas Kesehatan",
          "Ketua DPRD", "Camat", "Kalaksa BPBD"]
NAMES = ["Rahmat Hidayat", "Siti Nurhaliza Putri", "Yohanes Dirgantara", "Made Suarjana", "Andi Pratama",
         "Dewi Lestari Ananda", "Bambang Suryono", "Fransiskus Lado", "Nur Aisyah", "Hendra Gunawan"]
PLACES = ["Kotawaringin Barat", "Sintang", "Bekasi", "Banyuwangi", "Sleman", "Kupang", "Gorontalo",
          "Palangka Raya", "Kutai Kartanegara", "Lombok Timur"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
VERBS = ["ujar", "kata", "tutur", "jelas", "tegas", "ungkap"]
TOPICS = ["penanganan banjir", "vaksinasi Covid-19", "perbaikan jalan desa", "penyaluran bantuan sosial",
          "persiapan pilkada serentak", "pengendalian harga beras", "pembangunan puskesmas"]
QUOTES = ["Kami minta seluruh warga tetap waspada dan mengikuti arahan petugas",
          "Anggaran untuk kegiatan ini sudah disiapkan sejak awal tahun",
          "Jangan ada lagi warga yang tertinggal dari program ini",
          "Pemerintah daerah akan terus memantau perkembangan di lapangan",
          "Koordinasi dengan kecamatan dan desa berjalan dengan baik"]


def _sentence(rng: random.Random) -> str:
    title, name, place = rng.choice(TITLES), rng.choice(NAMES), rng.choice(PLACES)
    day, date = rng.choice(DAYS), f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
    kind = rng.randrange(4)
    if kind == 0:
        return f"{title} {place}, {name} meninjau {rng.choice(TOPICS)} di Kecamatan {rng.choice(PLACES)}, {day} ({date})."
    if kind == 1:
        return f"“{rng.choice(QUOTES)},” {rng.choice(VERBS)} {name.split()[0]}."
    if kind == 2:
        return (f"Menurut {name}, kegiatan {rng.choice(TOPICS)} di Kabupaten {place} ditargetkan selesai pada "
                f"{rng.randint(1, 28)} Desember {rng.randint(2015, 2024)}.")
    return (f"Sebanyak {rng.randint(10, 900)} warga dari {rng.randint(2, 12)} desa di {place} hadir dalam "
            f"rapat koordinasi yang dipimpin {title} {name} pada {day} lalu.")


def article(rng: random.Random, chars: int) -> str:
    """About ``chars`` characters of news-like text in paragraphs."""
    parts: list[str] = [f"{rng.choice(PLACES).upper()} – " + _sentence(rng)]
    size = len(parts[0])
    while size < chars:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        parts.append(para)
        size += len(para) + 2
    return "\n\n".join(parts)


def documents(n: int, *, chars: int = 2_000, seed: int = 0, broken_every: int = 0) -> Iterator[str]:
    """``n`` JSONL lines; with ``broken_every`` k, every k-th line is bad in one of several ways."""
    rng = random.Random(seed)
    bad_kinds = ["{not json", '{"id": "%s", "text": ""}', '{"id": "%s", "text": 42}', '["%s"]',
                 '{"id": "%s"}']
    for i in range(n):
        doc_id = f"doc-{i:06d}"
        if broken_every and i % broken_every == broken_every - 1:
            template = bad_kinds[(i // broken_every) % len(bad_kinds)]
            yield template.replace("%s", doc_id) if "%s" in template else template
            continue
        published = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield json.dumps({"id": doc_id, "text": article(rng, chars), "published": published}, ensure_ascii=False)
