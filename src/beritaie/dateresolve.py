"""Find and resolve date expressions in Indonesian news text (pure, no spaCy).

The entry point is :func:`find_dates`. It scans the text with linear-time
patterns (every quantifier is bounded, so a 1 MB document costs one pass per
pattern), keeps the longest non-overlapping candidates, infers a reference
date when none is given, and resolves every expression to the ISO-like value
forms of ``../shared/annotation/GUIDE.md``: ``2020-07-08``, ``2020-07``,
``2020``, ``XXXX-07-08`` (year unknown), ranges ``a/b`` and clock times
``2020-07-08T09:00``.

Families recognised (examples are typical news phrasing):

- day name + day/month: ``Rabu (8/7)``, ``Rabu (8/7/2020)``, ``Rabu, 8/7``,
  a broken bracket ``Kamis (9/7. Acara``, tokenised ``Kamis ( 9 / 7 )``,
  ``Selasa siang (12/5)``, ranges ``Senin-Rabu (6-8/7)``;
- full and partial dates: ``Rabu, 8 Juli 2020``, ``8 Juli``, ``8 Agt 2020``,
  ``Juli 2020``, ``awal Juli``, ``Juni lalu``, ``08-07-2020``, ``8.7.2020``;
- years: ``Tahun 2020``, ``tahun anggaran 2022``, ``TA. 2021``, ``pada 2005``,
  ``Pilkada 2020``, ``2018-2019``, ``triwulan I-2022``;
- relative: ``hari ini``, ``kemarin``, ``besok``, ``lusa``, ``tadi malam``,
  ``Senin lalu``, ``pekan depan``, ``bulan lalu``, ``tahun ini``,
  ``dua tahun lalu``, ``tiga tahun berikutnya`` (from the last date set),
  ``sejak Sabtu hingga Minggu`` (a bare ``Senin-Jumat`` is a schedule);
- clock times after a date: ``Rabu (8/7) pukul 09.00 WIB``.

Not dates: ratios and scores (``1/3``, ``2-1``), unit codes (``1014/Pbn``),
``Covid-19``, amounts (``2019 orang``), durations (``tiga hari``), vague words
(``nantinya``, ``saat ini``) and years inside law, decree or letter numbers
(``UU Nomor 7 Tahun 2017``, ``TR/442/2025``, ``UUD 1945``).
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Sequence

from .errors import InputError, Messages
from .lang import calendar as cal

__all__ = ["DateResult", "find_dates", "parse_iso_date"]

# ---------------------------------------------------------------------------
# Pattern building blocks. Every quantifier is bounded ({0,3} instead of *),
# so each match attempt does constant work and a scan is linear in the text.


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of ``words``, longest first, spaces as ``\\s{1,3}``."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in parts)


def _cap_alt(words: Iterable[str]) -> str:
    """Alternation accepting Capitalised and UPPER forms only."""
    forms: set[str] = set()
    for w in words:
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
    return _alt(forms)


_DAY_ANY = r"(?i:" + _alt(cal.DAYS) + r")(?![\w'’])"
_DAY_CAP = r"(?:" + _cap_alt(cal.DAYS) + r")(?![\w'’])"
_MON_FULL = r"(?i:" + _alt(cal.MONTHS) + r")"
_MON_FULL_CAP = r"(?:" + _cap_alt(cal.MONTHS) + r")"
_MON_ABBR = r"(?:" + _cap_alt(cal.MONTH_ABBREVIATIONS) + r")\.?"
_MON_ANY = r"(?:" + _MON_FULL + r"|" + _MON_ABBR + r")(?![A-Za-z])"
_PART = r"(?i:" + _alt(cal.PARTS_OF_DAY) + r")"
_RE_MONTH_END = re.compile(r"(?<![A-Za-z])(?:" + _MON_FULL + r"|" + _MON_ABBR + r")$")  # a month ends the text
_RANGE_SEP = r"(?:[-–—]|(?i:s\.?d\.?|s/d|sampai(?:\s{1,3}dengan)?|hingga|dan))"
_SP = r"\s{1,3}"
_OSP = r"\s{0,3}"

# Day name + (d/m[/y]): "Rabu (8/7)", "Rabu, 8/7", "Selasa siang (12/5)",
# "Rabu ( 10 / 1 )", and the broken "Kamis (9/7. Acara" (no closing bracket).
_RE_DM = re.compile(
    r"(?<!\w)(?P<dn>" + _DAY_ANY + r")(?:" + _OSP + r",)?(?:" + _SP + r"(?P<part>" + _PART + r"))?"
    r"(?:" + _OSP + r"\(" + _OSP + r"|" + _OSP + r"," + _OSP + r"|" + _SP + r")"
    r"(?P<d>\d{1,2})" + _OSP + r"/" + _OSP + r"(?P<m>\d{1,2})"
    r"(?:" + _OSP + r"/" + _OSP + r"(?P<y>\d{4}|\d{2}))?(?![\d/])(?:" + _OSP + r"\))?"
)

# (d/m) in brackets right after a capitalised word (a place in a schedule): "Palembang (19/7)".
_RE_PLACE_DM = re.compile(
    r"(?<!\w)(?P<word>[A-Z][a-z]+)\s?(?P<date>\(" + _OSP + r"(?P<d>\d{1,2})" + _OSP + r"/" + _OSP
    + r"(?P<m>\d{1,2})(?:" + _OSP + r"/" + _OSP + r"(?P<y>\d{4}))?" + _OSP + r"\))")

# Words before a bracketed number that is a reference, not a date: "Pasal 5 Ayat (2/3)".
_NUMBERED_PARTS = frozenset("pasal ayat huruf butir angka nomor bab tabel gambar lampiran kelas tipe skor".split())

# Day range + (d-d/m): "Senin-Rabu (6-8/7)", "Senin hingga Rabu (6/7-8/7)", "Senin dan Selasa (7-8/7)".
_RE_DM_RANGE = re.compile(
    r"(?<!\w)(?P<dn>" + _DAY_ANY + r")" + _OSP + r"(?:[-–—]|(?i:s\.?d\.?|s/d|hingga|sampai)|" + _SP
    + r"(?i:dan)" + _SP + r")" + _OSP
    + r"(?P<dn2>" + _DAY_ANY + r")(?:" + _SP + _PART + r")?" + _OSP + r"\(" + _OSP
    + r"(?P<d>\d{1,2})(?:" + _OSP + r"/" + _OSP + r"(?P<m1>\d{1,2}))?" + _OSP + r"[-–—]" + _OSP
    + r"(?P<d2>\d{1,2})" + _OSP + r"/" + _OSP + r"(?P<m>\d{1,2})"
    r"(?:" + _OSP + r"/" + _OSP + r"(?P<y>\d{4}|\d{2}))?(?![\d/])(?:" + _OSP + r"\))?"
)

# Full or partial date with a month name: "Kamis, 3 September 2015",
# "Jumat 4  September 2015", "8 Juli", "10 – 15 Maret 2021", "8 Agt 2020".
_RE_FULL = re.compile(
    r"(?:(?<![\w/.,-])|(?<=[a-z][-–]))(?:(?P<dn>" + _DAY_CAP + r")" + _OSP + r",?" + _OSP
    + r"(?:(?P<part>" + _PART + r")" + _OSP + r",?" + _OSP + r")?)?"
    r"(?P<d>\d{1,2})(?:" + _OSP + _RANGE_SEP + _OSP + r"(?P<d2>\d{1,2}))?" + _OSP
    + r"(?P<mon>" + _MON_ANY + r")(?:" + _SP + r"(?P<y>\d{4})(?![\d.,]\d|\w))?"
    r"(?:" + _SP + r"(?P<tail>(?i:yang" + _SP + r"lalu|lalu|kemarin|silam|mendatang|nanti))(?!\w))?"
)

# Numeric dates with a four-digit year: "08-07-2020", "8.7.2020", "8/7/2020",
# and ISO "2020-07-08". The same separator must be used twice.
_RE_NUMERIC = re.compile(
    r"(?<![\w/.,-])(?:(?P<dn>" + _DAY_CAP + r")" + _OSP + r"[,(]?" + _OSP + r")?"
    r"(?P<d>\d{1,2})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\w/]|[.,]\d)"
    r"(?(dn)(?:" + _OSP + r"\))?)"
)
_RE_ISO = re.compile(r"(?<![\w/.,-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/]|[.,-]\d)")

# Month and year: "Desember 2010", "awal Juli 2020", "Juli-Agustus 2020",
# "Des 2021".
_RE_MONTH_YEAR = re.compile(
    r"(?<!\w)(?:(?P<pos>(?i:" + _alt(cal.PERIOD_POSITIONS) + r"))" + _SP + r"(?:(?i:bulan)" + _SP + r")?)?"
    r"(?P<mon>" + _MON_ANY + r")(?:" + _OSP + r"(?:[-–—]|(?i:s\.?d\.?|s/d|hingga|sampai))" + _OSP
    + r"(?P<mon2>" + _MON_ANY + r"))?" + _SP + r"(?:(?i:tahun)" + _SP + r")?(?P<y>\d{4})(?![\d.,]\d|\w)"
)

# A month name without a year needs a cue before or after it:
# "pada Juli lalu", "awal Juli", "bulan Mei", "Juni lalu", "Agustus mendatang".
_RE_MONTH_BARE = re.compile(
    r"(?<!\w)(?:(?P<pos>(?i:" + _alt(cal.PERIOD_POSITIONS) + r"))" + _SP
    + r"|(?P<prep>(?i:pada|sejak|hingga|sampai|selama|sepanjang|mulai|menjelang|jelang|dibanding(?:kan)?"
    r"|ketimbang|periode|per))" + _SP + r")?"
    r"(?P<bulan>(?i:bulan)" + _SP + r")?"
    r"(?P<mon>" + _MON_FULL_CAP + r")(?!\w)(?:" + _SP + r"(?P<dir>(?i:tahun" + _SP
    + r"(?:ini|lalu|depan)|lalu|kemarin|silam|mendatang|depan|nanti|ini))(?!\w))?"
)

# A count right after a bare month makes it a month of a series: "Maret 58 kasus", "Januari tercatat 41 kasus".
_RE_MONTH_COUNT_AFTER = re.compile(
    _SP + r"(?:(?P<word>(?i:tercatat|sebanyak|mencapai))" + _SP + r")?\d{1,3}(?:[.,]\d+)?"
    + _SP + r"[a-z]{3,}"
)

_RE_SERIES_GAP = re.compile(r"\s*[,;]?\s*(?:(?i:dan|serta|lalu|sedangkan|kemudian)\s+)?")

# What joins two months of a list: "Agustus dan September", "Juli, Agustus".
_RE_MONTH_LIST_GAP = re.compile(_OSP + r"(?:,(?:" + _OSP + r"(?i:dan|atau|serta))?|(?i:dan|atau|serta))" + _OSP)

# Two months that share the year after them: "Oktober dan November 2024" (a range, as "8 dan 9 Juli"
# is), "Maret dan Agustus 2025" (two months).
_RE_MONTH_PAIR_YEAR = re.compile(
    r"(?<!\w)(?P<mon>" + _MON_FULL_CAP + r")" + _SP + r"(?i:dan|serta)" + _SP + r"(?P<mon2>" + _MON_FULL_CAP + r")"
    + _SP + r"(?:(?:(?i:tahun)" + _SP + r")?(?P<y>\d{4})(?![\d.,]\d|\w)|(?P<dir>(?i:tahun" + _SP
    + r"(?:lalu|ini|depan)))(?!\w))"
)

# A week of a month: "pekan pertama September", "minggu kedua Oktober 2025", "pekan terakhir Mei lalu".
_RE_WEEK_OF_MONTH = re.compile(
    r"(?<!\w)(?i:pekan|minggu)" + _SP + r"(?P<ord>(?i:pertama|kesatu|kedua|ketiga|keempat|terakhir))" + _SP
    + r"(?:(?i:bulan)" + _SP + r")?(?P<mon>" + _MON_FULL_CAP + r")(?!\w)(?:" + _SP + r"(?:(?i:tahun)" + _SP
    + r")?(?P<y>\d{4})(?![\d.,]\d|\w))?(?:" + _SP + r"(?P<dir>(?i:lalu|ini|depan|mendatang))(?!\w))?"
)

# Two months as a range need no other cue: "Januari hingga Oktober", "Januari-Maret".
_RE_MONTH_SPAN_BARE = re.compile(
    r"(?<!\w)(?P<mon>" + _MON_FULL_CAP + r")" + _OSP + r"(?:[-–—]|(?i:s\.?d\.?|s/d|hingga|sampai))" + _OSP
    + r"(?P<mon2>" + _MON_FULL_CAP + r")(?!\w)"
)

# "Tahun 2020", "tahun anggaran 2022", "TA. 2021", "Tahun 2018-2019".
_RE_YEAR_KW = re.compile(
    r"(?<!\w)(?P<kw>(?i:tahun)(?:" + _SP + r"(?i:" + _alt(cal.YEAR_KINDS) + r"))?|T\.?A\.?)"
    + _OSP + r"(?P<y>\d{4})(?:" + _OSP + r"[-–/]" + _OSP + r"(?P<y2>\d{4}))?(?![\w/]|[.,]\d|-[A-Za-z])"
    r"(?:" + _SP + r"(?P<dir>(?i:lalu|silam|ini))(?!\w))?"
)

# Years of the Hijri and Saka calendars.
_RE_OTHER_CALENDAR_AFTER = re.compile(_OSP + r"(?:H(?![\w.-])|(?i:hijriah|hijriyah|hijrah|saka)(?!\w))")
_RE_SAKA_BEFORE = re.compile(r"(?i:saka)" + _SP + r"$")

# A bare year: "pada 2005", "sejak 1993", "Pilkada 2020", "angkatan 2004".
_RE_YEAR_BARE = re.compile(
    r"(?<![\w./,:/-])(?P<y>(?:19|20)\d{2})(?:" + _OSP + r"[-–/]" + _OSP + r"(?P<y2>(?:19|20)\d{2}))?"
    r"(?![\w/]|[.,:]\d|-\w)(?:" + _SP + r"(?P<dir>(?i:lalu|silam|ini))(?!\w))?"
)

# Quarters and semesters: "triwulan I-2022", "kuartal II 2021", "semester 1 tahun 2022".
# Without a year: "kuartal II tahun lalu", and (not "semester", which also counts a student's
# terms) "kuartal II", "triwulan ketiga", whose year the context gives.
_RE_QUARTER = re.compile(
    r"(?<!\w)(?P<qw>(?i:" + _alt(cal.QUARTER_WORDS) + r")|TW|Q)" + _OSP
    + r"(?P<q>IV|I{1,3}|[1-4]|(?i:" + _alt(cal.ORDINAL_WORDS) + r"))(?!\w)"
    + r"(?:" + _OSP + r"(?:[-/]" + _OSP + r"|(?i:tahun)" + _SP + r")?(?P<y>\d{4})(?![\d.,]\d|\w)"
    + r"|" + _SP + r"(?i:tahun)" + _SP + r"(?P<dir>(?i:ini|lalu|depan))(?!\w))?"
)

# The first months of a year: "sembilan bulan pertama 2024", "paruh pertama tahun ini", "paruh kedua 2025".
_RE_FIRST_MONTHS = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,2}|(?i:" + _alt(cal.NUMBER_WORDS) + r"))" + _SP + r"(?i:bulan)" + _SP + r"(?i:pertama)"
    + r"|(?i:paruh)" + _SP + r"(?P<half>(?i:pertama|kedua)))"
    + r"(?:" + _OSP + r"(?:(?i:tahun)" + _SP + r")?(?P<y>\d{4})(?![\d.,]\d|\w)"
    + r"|" + _SP + r"(?i:tahun)" + _SP + r"(?P<dir>(?i:ini|lalu|depan))(?!\w))"
)

# A decade: "1990-an", "awal 2000-an", "era 80-an" (the position within it does not narrow the value).
_RE_DECADE = re.compile(
    r"(?<![\w/.-])(?:(?i:awal|akhir|pertengahan)" + _SP + r")?(?:(?P<kw>(?i:tahun|era|dekade))" + _SP + r")?"
    r"(?:(?P<y>(?:19|20)\d0)|'?(?P<yy>[1-9]0))-?an(?!\w)"
)

# Deictic day words: "hari ini", "kemarin", "besok", "tadi malam".
_RE_RELDAY = re.compile(
    r"(?<![\w-])(?P<w>(?i:" + _alt(cal.RELATIVE_DAYS) + r"))(?![\w-])"
    r"(?:" + _SP + r"(?P<part>" + _PART + r")(?!\w))?"
)

# Relative periods: "pekan lalu", "minggu depan", "bulan ini", "akhir pekan",
# "awal tahun depan". Capitalised "Minggu" mid-sentence is the day name.
_RE_RELPERIOD = re.compile(
    r"(?<!\w)(?:(?P<pos>(?i:awal|akhir|pertengahan))" + _SP + r")?"
    r"(?P<unit>(?i:pekan|bulan|tahun)|minggu|MINGGU|Minggu)" + _SP
    + r"(?P<dir>(?i:" + _alt(cal.RELATIVE_DIRECTIONS) + r"))(?!\w)"
)

# "awal tahun", "akhir tahun" without "ini": the year in focus ("Sejak awal tahun, BI ...").
# Not before a year, a direction, a kind of year ("tahun ajaran") or "baru" (the new-year holiday).
_RE_YEAR_POSITION = re.compile(
    r"(?<!\w)(?P<pos>(?i:awal|akhir|pertengahan))" + _SP + r"(?i:tahun)(?![\w-])(?!" + _OSP
    + r"(?:\d|(?i:" + _alt((*cal.RELATIVE_DIRECTIONS, *cal.YEAR_KINDS, "baru")) + r")(?!\w)))"
)
_EVERY = r"setiap|tiap-tiap|tiap|saban"  # "setiap akhir tahun", "setiap Senin": a schedule, no date
_RE_EVERY_BEFORE = re.compile(r"(?<!\w)(?i:" + _EVERY + r")" + _SP + r"$")

# "dua tahun lalu", "3 hari lalu", "sepekan lalu", "Tiga tahun berikutnya".
_NUM_WORDS = r"(?i:" + _alt(cal.NUMBER_WORDS) + r")"
_COUNT_DIRS = {**cal.COUNT_DIRECTIONS_DEICTIC, **cal.COUNT_DIRECTIONS_ANAPHORIC}
_RE_COUNT = re.compile(
    r"(?<![\w-])(?:(?P<n>\d{1,3}|" + _NUM_WORDS + r")" + _SP + r"(?P<unit>(?i:hari|pekan|minggu|bulan|tahun))"
    r"|(?i:se)(?P<unit2>(?i:hari|pekan|minggu|bulan|tahun)))" + _SP
    + r"(?P<dir>(?i:" + _alt(_COUNT_DIRS) + r"))(?!\w)"
)
# "bulan sebelumnya", "tahun berikutnya": the period next to the one the text has just set.
_RE_NEXT_PERIOD = re.compile(
    r"(?<![\w-])(?P<unit>(?i:hari|pekan|minggu|bulan|tahun))" + _SP
    + r"(?P<dir>(?i:" + _alt(cal.COUNT_DIRECTIONS_ANAPHORIC) + r"))(?!\w)"
)
# "sore harinya", "malam harinya": a part of the day the text has just set. ("malam itu" is left
# out: annotators disagree on whether "that night" names a date.)
_RE_PART_OF_EVENT_DAY = re.compile(r"(?<![\w-])" + _PART + _SP + r"(?i:harinya)(?!\w)")

# Anaphoric next day: "keesokan harinya", "esok harinya", "hari berikutnya".
_RE_NEXTDAY = re.compile(r"(?<!\w)(?i:keesokan" + _SP + r"harinya|esok" + _SP + r"harinya|hari" + _SP + r"berikutnya)(?!\w)")

# A bare day name; its context is checked in code ("pada Senin", "Senin lalu",
# ", Senin." at an attribution, "Senin pukul 21.15 WIB").
_RE_DAYNAME = re.compile(
    r"(?<![\w-])(?P<dn>" + _DAY_CAP + r")(?!-\w)(?:" + _SP + r"(?P<tail>(?i:(?:pekan|minggu)" + _SP
    + r"(?:lalu|depan|ini)|lalu|kemarin|depan|mendatang|nanti|ini)|" + _PART + r")(?!\w))?"
)

# Two day names as a range after a cue that makes it one occasion, not a
# schedule: "sejak Sabtu hingga Minggu", "pada Senin-Rabu pekan depan".
_RE_DAYNAME_RANGE = re.compile(
    r"(?<![\w-])(?P<dn>" + _DAY_CAP + r")(?:" + _SP + _PART + r")?" + _OSP + r"(?:[-–—]|(?i:s\.?d\.?|s/d|hingga|"
    r"sampai(?:" + _SP + r"dengan)?))" + _OSP + r"(?P<dn2>" + _DAY_ANY + r")(?:" + _SP + _PART + r"(?!\w))?"
    r"(?:" + _SP + r"(?P<tail>(?i:(?:pekan|minggu)" + _SP
    + r"(?:lalu|depan|ini)|lalu|kemarin|depan|mendatang|nanti|ini))(?!\w))?"
)
_RE_DAYNAME_RANGE_CUE_BEFORE = re.compile(r"(?<!\w)(?i:pada|sejak|mulai|dari|hari)" + _SP + r"$")

# What may follow a day-level date and belongs to it.
_RE_TAIL = re.compile(
    _SP + r"(?P<tail>(?i:yang" + _SP + r"lalu|" + _alt(cal.PARTS_OF_DAY) + r"|lalu|kemarin|nanti|mendatang))(?!\w)"
)
# The week a dated day falls in, written after it: "Senin (16/2) pekan depan" is that Monday, one date.
_RE_WEEK_TAIL = re.compile(_SP + r"(?i:pekan|minggu)" + _SP + r"(?i:depan|lalu|ini)(?!\w)")
_RE_TIME = re.compile(
    _OSP + r",?" + _OSP + r"(?:(?i:sekitar|sekira|mulai|pada|tepat)" + _SP + r")?(?i:pukul|pkl\.?|jam)" + _OSP
    + r"(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?![\d.,]\d)(?:" + _OSP + r"(?P<tz>" + _alt(cal.TIME_ZONES) + r")(?!\w))?"
    r"(?:" + _SP + r"(?i:pagi|siang|sore|malam)(?!\w))?"
)
_RE_RANGE_GAP = re.compile(r"\s{0,3}" + _RANGE_SEP + r"\s{0,3}")
_RE_BETWEEN_BEFORE = re.compile(r"(?<!\w)(?i:antara)" + _SP + r"$")  # "antara 2021 dan 2022": a range
_DAY_KINDS = {"dm", "full"}  # a day with its month: "Kamis (15/8)", "31 Agustus"
_RELATIVE_TAILS = {"lalu", "kemarin", "yang lalu", "silam", "depan", "mendatang", "nanti", "ini"}
_RE_FUTURE_BEFORE = re.compile(r"(?<!\w)(?i:" + _alt(cal.FUTURE_CUES_BEFORE) + r")(?!\w)")
_RE_SENT_END = re.compile(r"[.!?…]{1,5}[\"”’')\]]{0,3}\s{1,5}(?=[\"“‘(\[]?[A-Z0-9])|\n")
_RE_QUOTE_MARK = re.compile(r"[\"“”]")

# Context checks around year candidates (applied to short windows only).
_LEGAL = r"(?:UUD|UU|PP|SK|SE|(?i:" + _alt(w for w in cal.LEGAL_WORDS if w not in {"uu", "uud", "pp", "sk", "se"}) + r"))"
_RE_LEGAL_NUMBER_BEFORE = re.compile(
    r"(?<!\w)" + _LEGAL + r"\.?[^.\n]{0,40}?(?<![Kk]e)(?<![Kk]e-)(?<![Kk]e )\d[\w./-]{0,12}" + _SP + r"(?i:tahun)" + _SP + r"$"
)
_RE_CONSTITUTION_BEFORE = re.compile(
    r"(?:UUD|(?i:undang[- ]undang" + _SP + r"dasar))(?:" + _SP + r"(?i:negara" + _SP + r"republik" + _SP
    + r"indonesia|NRI|RI))?(?:" + _SP + r"(?i:tahun))?" + _OSP + r"$"
)
_RE_NUMBER_WORD_BEFORE = re.compile(r"(?<!\w)(?i:nomor|nomer|no|nmr)\.?" + _OSP + r"$")
_RE_NON_DATE_BEFORE = re.compile(r"(?<![\w$])(?i:" + _alt(cal.NON_DATE_BEFORE) + r")\.?" + _OSP + r"$")
_RE_UNIT_AFTER = re.compile(r"^" + _OSP + r"(?:%|(?i:" + _alt(cal.UNITS_AFTER) + r")(?!\w))")
# A number group right before or after ("0812 2020 3030") makes a phone or
# table number; a single digit before is a name ("Liga 1 2021").
_RE_DIGIT_TOKEN_BEFORE = re.compile(r"\d\d" + _SP + r"$")
_RE_DIGIT_TOKEN_AFTER = re.compile(r"^" + _SP + r"\d")
_RE_AGE_GROUP_BEFORE = re.compile(r"(?<![\w-])U-?\d\d" + _SP + r"$")  # "Timnas U-23 2026"
_RE_STREET_BEFORE = re.compile(
    r"(?<!\w)(?i:jalan|jl|jln|gang|gg|universitas|untag|gedung|stadion|lapangan|simpang|bandara|kampus|taman|tugu|monumen)\.?" + _OSP + r"$"
)
_RE_BOUND_BEFORE = re.compile(r"(?<!\w)(?i:sebelum)" + _SP + r"$")
_RE_EVENT_NAME_BEFORE = re.compile(r"(?<!\w)(?i:" + _alt(cal.EVENT_NAME_WORDS) + r")" + _SP + r"$")
_RE_RECENT_NOUN_BEFORE = re.compile(r"(?<!\w)(?i:" + _alt(cal.RECENT_KEMARIN_NOUNS) + r")" + _SP + r"$")
_RE_VAGUE_BEFORE = re.compile(
    r"(?<!\w)(?i:beberapa|sekian|puluhan|belasan|ratusan|bertahun-tahun|berbulan-bulan|berhari-hari)" + _SP + r"$"
)
# ("per Senin": as of that day)
_RE_DAYNAME_OK_BEFORE = re.compile(
    r"(?<!\w)(?i:pada|hari|sejak|hingga|sampai|mulai|tanggal|jelang|menjelang|per)" + _SP + r"$")
_RE_DAYNAME_BAD_BEFORE = re.compile(
    r"(?<!\w)(?i:" + _EVERY + r"|salat|sholat|shalat|solat|ibadah)" + _SP + r"$|[-–]" + _OSP + r"$")
_RE_DAYNAME_COMMA_AFTER = re.compile(r"^" + _OSP + r"(?:[.;:)]|,|$|\n)")
# A dateline: "BANDUNG, Jumat - ...", "Jakarta, Senin (ANTARA) - ..." (place, day name, optional outlet, dash).
_RE_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’ ]{1,40},[ \t]*$")
_RE_DATELINE_DASH = re.compile(r"^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—]{1,2}|:)[ \t]")
_RE_DAY_RANGE_AFTER = re.compile(
    r"^" + _OSP + r"(?:[-–—/,]|(?i:hingga|sampai|s\.?d\.?|s/d|dan|atau))" + _OSP + r"(?:(?i:dan|atau)" + _SP + r")?" + _DAY_ANY
)
_RE_DAY_LIST_BEFORE = re.compile(
    _DAY_ANY + _OSP + r"(?:[,/]|(?i:dan|atau|hingga|sampai(?:" + _SP + r"dengan)?|s\.?d\.?|s/d))" + _OSP + r"$"
)
_RE_DURATION_BEFORE = re.compile(r"(?<!\w)(?i:dalam|selama)" + _SP + r"$")
_RE_FUTURE_AFTER = re.compile(_SP + r"(?i:mendatang|nanti|yang" + _SP + r"akan" + _SP + r"datang)(?!\w)")


# ---------------------------------------------------------------------------
# Data structures


@dataclass
class DateResult:
    """Dates found in one text, and the reference date they were resolved against.

    Attributes:
        dates: One dict per date expression, in text order, with ``text``,
            ``start``, ``end`` (character offsets, end exclusive, ``text ==
            input[start:end]``), ``value`` (ISO-like, see the module docstring),
            ``granularity`` (``year``, ``month``, ``day``, ``time`` or
            ``range``) and, when something looked wrong, ``warning``.
        reference_date: ``YYYY-MM-DD`` the dates were resolved against, or None.
        reference_date_source: ``given`` (the caller's published date),
            ``inferred`` (from the text) or None.
        warnings: Recoverable oddities met in the text (weekday contradictions).
    """

    dates: list[dict] = field(default_factory=list)
    reference_date: str | None = None
    reference_date_source: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Mention:
    start: int
    end: int
    kind: str
    priority: int
    y: int | None = None
    m: int | None = None
    d: int | None = None
    dn: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    dn2: int | None = None
    m1: int | None = None
    n: int = 0
    unit: str = ""
    step: int = 0
    anaphoric: bool = False
    pos: str = ""
    tail: str = ""
    time: tuple[int, int] | None = None
    # resolution
    value: str | None = None
    granularity: str = ""
    warning: str | None = None


@dataclass
class _Ref:
    """A point used for resolution; ``day`` is a proxy when the year is unknown."""

    day: date
    year_known: bool = True
    weekday_known: bool = True


def parse_iso_date(value: str | date | None) -> date | None:
    """Parse ``YYYY-MM-DD`` (or pass a ``date`` through).

    Args:
        value: The date string, a ``date``, or None.

    Returns:
        The date, or None when ``value`` is None.

    Raises:
        InputError: When the string is not a valid ``YYYY-MM-DD`` date.
    """
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InputError(Messages.E003.format(value=value))


# ---------------------------------------------------------------------------
# Calendar helpers


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _year4(y: str | None) -> int | None:
    if y is None:
        return None
    v = int(y)
    return v + 2000 if len(y) == 2 else v


def _occurrences(ref: date, m: int, d: int) -> tuple[date | None, date | None]:
    """The latest (m, d) on or before ``ref`` and the earliest on or after it."""
    prev = nxt = None
    for y in range(ref.year, ref.year - 9, -1):
        if _valid(y, m, d) and date(y, m, d) <= ref:
            prev = date(y, m, d)
            break
    for y in range(ref.year, ref.year + 9):
        if _valid(y, m, d) and date(y, m, d) >= ref:
            nxt = date(y, m, d)
            break
    return prev, nxt


def _proxy_year(m: int, d: int, weekday: int | None) -> int:
    """A year in which (m, d) exists and, if given, falls on ``weekday``."""
    for y in range(2000, 2028):
        if _valid(y, m, d) and (weekday is None or date(y, m, d).weekday() == weekday):
            return y
    return 2000


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


def _fmt_day(day: date, year_known: bool, time: tuple[int, int] | None = None) -> str:
    y = f"{day.year:04d}" if year_known else "XXXX"
    out = f"{y}-{day.month:02d}-{day.day:02d}"
    if time is not None:
        out += f"T{time[0]:02d}:{time[1]:02d}"
    return out


def _fmt_month(y: int | None, m: int) -> str:
    return f"{y:04d}-{m:02d}" if y is not None else f"XXXX-{m:02d}"


def _day_num(text: str) -> int | None:
    key = text.lower().replace("’", "'")
    key = re.sub(r"\s+", " ", key)
    return cal.DAYS.get(key)


def _month_num(text: str) -> int | None:
    key = text.lower().rstrip(".")
    return cal.MONTHS.get(key) or cal.MONTH_ABBREVIATIONS.get(key)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


# ---------------------------------------------------------------------------
# Candidate extraction


class _Scanner:
    def __init__(self, text: str, sentence_starts: list[int]) -> None:
        self.text = text
        self.sentence_starts = sentence_starts
        self.cands: list[_Mention] = []
        # Spans that are names or numbers, not dates ("Universitas 17 Agustus
        # 1945"): no candidate may overlap them.
        self.blocked: list[tuple[int, int]] = []

    # -- context helpers (short windows keep every check constant-time)
    def before(self, pos: int, width: int = 60) -> str:
        return self.text[max(0, pos - width) : pos]

    def after(self, pos: int, width: int = 40) -> str:
        return self.text[pos : pos + width]

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def at_sentence_start(self, pos: int) -> bool:
        return not self.text[self.sentence_start(pos) : pos].strip(" \t\"“‘'(")

    def add(self, m: _Mention) -> None:
        self.cands.append(m)

    # -- families
    def scan(self) -> list[_Mention]:
        t = self.text
        for mt in _RE_DM_RANGE.finditer(t):
            d, d2, mo = int(mt["d"]), int(mt["d2"]), int(mt["m"])
            m1 = int(mt["m1"]) if mt["m1"] else mo
            if not (1 <= d <= 31 and 1 <= d2 <= 31 and 1 <= mo <= 12 and 1 <= m1 <= 12):
                continue
            self.add(
                _Mention(mt.start(), mt.end(), "dm_range", 9, y=_year4(mt["y"]), m=mo, d=d2, dn=_day_num(mt["dn2"]),
                         m1=m1, d2=d, dn2=_day_num(mt["dn"]))
            )
        for mt in _RE_DM.finditer(t):
            d, mo = int(mt["d"]), int(mt["m"])
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            self.add(_Mention(mt.start(), mt.end(), "dm", 8, y=_year4(mt["y"]), m=mo, d=d, dn=_day_num(mt["dn"])))
        for mt in _RE_PLACE_DM.finditer(t):
            d, mo = int(mt["d"]), int(mt["m"])
            if 1 <= d <= 31 and 1 <= mo <= 12 and mt["word"].casefold() not in _NUMBERED_PARTS:
                # a schedule by place: "Palembang (19/7), Balikpapan (26/7)" -- the date without its weekday
                self.add(_Mention(mt.start("date"), mt.end(), "dm", 4, y=_year4(mt["y"]), m=mo, d=d))
        for mt in _RE_FULL.finditer(t):
            if t[mt.start() - 1:mt.start()] in "-–" and mt.start() > 0 and not _RE_MONTH_END.search(t, 0, mt.start() - 1):
                continue  # only a month may end right before the hyphen: "30 Maret-2 April", not "Covid-19 Juli"
            d, mo = int(mt["d"]), _month_num(mt["mon"])
            d2 = int(mt["d2"]) if mt["d2"] else None
            if mo is None or not 1 <= d <= 31 or (d2 is not None and not d < d2 <= 31):
                continue
            if mt["dn"] is None and _RE_STREET_BEFORE.search(self.before(mt.start(), 30)):
                self.blocked.append((mt.start(), mt.end()))
                continue  # "Jalan 17 Agustus", "Universitas 17 Agustus 1945"
            y = int(mt["y"]) if mt["y"] else None
            kind = "full_range" if d2 else "full"
            tail = _norm(mt["tail"] or "")
            if d2:
                self.add(_Mention(mt.start(), mt.end(), kind, 7, y=y, m=mo, d=d2, d2=d, m1=mo, dn=None,
                                  dn2=_day_num(mt["dn"]) if mt["dn"] else None, tail=tail))
            else:
                self.add(_Mention(mt.start(), mt.end(), kind, 7, y=y, m=mo, d=d,
                                  dn=_day_num(mt["dn"]) if mt["dn"] else None, tail=tail))
        for mt in _RE_NUMERIC.finditer(t):
            if _RE_NUMBER_WORD_BEFORE.search(self.before(mt.start(), 12)):
                continue
            self.add(_Mention(mt.start(), mt.end(), "full", 7, y=int(mt["y"]), m=int(mt["m"]), d=int(mt["d"]),
                              dn=_day_num(mt["dn"]) if mt["dn"] else None))
        for mt in _RE_ISO.finditer(t):
            self.add(_Mention(mt.start(), mt.end(), "full", 7, y=int(mt["y"]), m=int(mt["m"]), d=int(mt["d"])))
        for mt in _RE_MONTH_YEAR.finditer(t):
            mo, mo2 = _month_num(mt["mon"]), _month_num(mt["mon2"]) if mt["mon2"] else None
            if mo is None:
                continue
            self.add(_Mention(mt.start(), mt.end(), "month", 6, y=int(mt["y"]), m=mo, m2=mo2,
                              pos=(mt["pos"] or "").lower()))
        for mt in _RE_MONTH_PAIR_YEAR.finditer(t):
            first, last = _month_num(mt["mon"]), _month_num(mt["mon2"])
            if first is None or last is None:
                continue
            y, tail = (int(mt["y"]) if mt["y"] else None), _norm(mt["dir"] or "")
            if last == first + 1:
                self.add(_Mention(mt.start(), mt.end(), "month", 6, y=y, m=first, m2=last, tail=tail))
            else:
                self.add(_Mention(mt.start(), mt.end("mon"), "month", 5, y=y, m=first, tail=tail))
        for mt in _RE_WEEK_OF_MONTH.finditer(t):
            ordinal = mt["ord"].lower()
            self.add(_Mention(mt.start(), mt.end(), "week_of_month", 7, y=int(mt["y"]) if mt["y"] else None,
                              m=_month_num(mt["mon"]), d=cal.ORDINAL_WORDS.get(ordinal, 0),
                              tail=_norm(mt["dir"] or "")))
        for mt in _RE_MONTH_SPAN_BARE.finditer(t):
            first, last = _month_num(mt["mon"]), _month_num(mt["mon2"])
            if first is not None and last is not None and first < last:
                self.add(_Mention(mt.start(), mt.end(), "month", 5, m=first, m2=last))
        listed_from = -1  # end of the last month taken: "bulan Agustus dan September" lists a second one
        counted_to = -1  # end of the last month's count: "Januari 41 kasus, Februari 44 kasus"
        for mt in _RE_MONTH_BARE.finditer(t):
            listed = listed_from >= 0 and _RE_MONTH_LIST_GAP.fullmatch(t, listed_from, mt.start("mon")) is not None
            # a month with a count in a series: "Januari tercatat 41 kasus, Februari 44 kasus"
            count = _RE_MONTH_COUNT_AFTER.match(t, mt.end())
            counted = count is not None and (count["word"] is not None or counted_to >= 0 and _RE_SERIES_GAP.fullmatch(
                t, counted_to, mt.start("mon")) is not None)
            if count is not None and counted:
                counted_to = count.end()
            if not (mt["pos"] or mt["prep"] or mt["bulan"] or mt["dir"] or listed or counted):
                continue
            listed_from = mt.end()
            # The preposition is a cue, not part of the date: "pada [Juli lalu]".
            start = mt.start() if mt["pos"] else mt.start("bulan") if mt["bulan"] else mt.start("mon")
            self.add(_Mention(start, mt.end(), "month", 5, m=_month_num(mt["mon"]),
                              pos=(mt["pos"] or "").lower(), tail=_norm(mt["dir"] or "")))
        for mt in _RE_QUARTER.finditer(t):
            size = cal.QUARTER_WORDS.get(mt["qw"].lower(), 3)
            q = int(mt["q"]) if mt["q"].isdigit() else \
                cal.ROMAN_NUMERALS.get(mt["q"].lower()) or cal.ORDINAL_WORDS[mt["q"].lower()]
            if q * size > 12:
                continue
            if mt["y"] is None and mt["dir"] is None and (size != 3 or mt["qw"] in ("TW", "Q")):
                continue  # "semester 3", "Q2" alone: no date
            tail = f"tahun {mt['dir'].lower()}" if mt["dir"] else ""  # the year as months' "tahun lalu" give it
            self.add(_Mention(mt.start(), mt.end(), "quarter", 6, y=int(mt["y"]) if mt["y"] else None,
                              m=(q - 1) * size + 1, m2=q * size, tail=tail))
        for mt in _RE_FIRST_MONTHS.finditer(t):
            n = 6 if mt["half"] else int(mt["n"]) if mt["n"].isdigit() else cal.NUMBER_WORDS[mt["n"].lower()]
            first = 7 if (mt["half"] or "").lower() == "kedua" else 1
            if 1 <= n <= 11:
                tail = f"tahun {mt['dir'].lower()}" if mt["dir"] else ""
                self.add(_Mention(mt.start(), mt.end(), "quarter", 6, y=int(mt["y"]) if mt["y"] else None,
                                  m=first, m2=first + n - 1, tail=tail))
        for mt in _RE_DECADE.finditer(t):
            if mt["yy"] and not mt["kw"]:
                continue  # "90-an" alone may count anything; "tahun 90-an" is the decade
            decade = int(mt["y"]) if mt["y"] else 1900 + int(mt["yy"])
            self.add(_Mention(mt.start(), mt.end(), "decade", 4, y=decade, y2=decade + 9))
        for mt in _RE_YEAR_KW.finditer(t):
            self._year(mt, "year", 4, mt.start("y"))
        for mt in _RE_YEAR_BARE.finditer(t):
            self._year(mt, "year", 3, mt.start("y"), bare=True)
        for mt in _RE_RELDAY.finditer(t):
            w = _norm(mt["w"])
            if w == "kemarin":
                if _RE_RECENT_NOUN_BEFORE.search(self.before(mt.start(), 20)):
                    continue  # "Pilkada kemarin" = the recent election
            self.add(_Mention(mt.start(), mt.end(), "relday", 2, step=cal.RELATIVE_DAYS[w]))
        for mt in _RE_RELPERIOD.finditer(t):
            unit_word = mt["unit"]
            if unit_word == "Minggu" and not self.at_sentence_start(mt.start()):
                continue  # "Minggu lalu" mid-sentence: the day name, handled below
            unit = cal.PERIOD_UNITS[unit_word.lower()]
            step = cal.RELATIVE_DIRECTIONS[_norm(mt["dir"])]
            pos = (mt["pos"] or "").lower()
            if not pos and _RE_VAGUE_BEFORE.search(self.before(mt.start(), 25)):
                continue  # "beberapa tahun lalu": not a pinned date
            if pos == "akhir" and unit == "week":
                unit = "weekend"
            self.add(_Mention(mt.start(), mt.end(), "relperiod", 2, unit=unit, step=step, pos=pos))
        for mt in _RE_COUNT.finditer(t):
            unit = cal.PERIOD_UNITS[(mt["unit"] or mt["unit2"]).lower()]
            n = 1 if mt["unit2"] else (int(mt["n"]) if mt["n"].isdigit() else cal.NUMBER_WORDS[_norm(mt["n"])])
            dr = _norm(mt["dir"])
            if _RE_VAGUE_BEFORE.search(self.before(mt.start(), 25)) or _RE_DURATION_BEFORE.search(
                self.before(mt.start(), 20)
            ):
                continue  # "dalam tiga hari lagi", "selama dua tahun": durations
            self.add(_Mention(mt.start(), mt.end(), "count", 2, n=n, unit=unit, step=_COUNT_DIRS[dr],
                              anaphoric=dr in cal.COUNT_DIRECTIONS_ANAPHORIC))
        for mt in _RE_YEAR_POSITION.finditer(t):
            if not _RE_EVERY_BEFORE.search(self.before(mt.start(), 15)):
                self.add(_Mention(mt.start(), mt.end(), "year_position", 2, pos=mt["pos"].lower()))
        for mt in _RE_NEXT_PERIOD.finditer(t):
            self.add(_Mention(mt.start(), mt.end(), "next_period", 2, n=1, unit=cal.PERIOD_UNITS[mt["unit"].lower()],
                              step=cal.COUNT_DIRECTIONS_ANAPHORIC[mt["dir"].lower()], anaphoric=True))
        for mt in _RE_PART_OF_EVENT_DAY.finditer(t):
            self.add(_Mention(mt.start(), mt.end(), "count", 2, n=0, unit="day", step=1, anaphoric=True))
        for mt in _RE_NEXTDAY.finditer(t):
            self.add(_Mention(mt.start(), mt.end(), "count", 2, n=1, unit="day", step=1, anaphoric=True))
        for mt in _RE_DAYNAME.finditer(t):
            self._dayname(mt)
        for mt in _RE_DAYNAME_RANGE.finditer(t):
            before = self.before(mt.start(), 25)
            if mt["tail"] or _RE_DAYNAME_RANGE_CUE_BEFORE.search(before):
                self.add(_Mention(mt.start(), mt.end(), "dayname_range", 1, dn=_day_num(mt["dn2"]),
                                  dn2=_day_num(mt["dn"]), tail=_norm(mt["tail"] or "")))
        if self.blocked:
            self.cands = [c for c in self.cands if not any(a < c.end and c.start < b for a, b in self.blocked)]
        return self.cands

    def _year(self, mt: re.Match, kind: str, prio: int, ystart: int, bare: bool = False) -> None:
        y = int(mt["y"])
        y2 = int(mt["y2"]) if mt["y2"] else None
        lo, hi = (1900, 2099) if bare else (1000, 2199)
        if not lo <= y <= hi:
            return
        if y2 is not None and not y < y2 <= y + 10:
            return
        before = self.before(ystart, 70)
        if _RE_LEGAL_NUMBER_BEFORE.search(before) or _RE_CONSTITUTION_BEFORE.search(before):
            return  # "UU Nomor 7 Tahun 2017", "UUD 1945"
        if _RE_OTHER_CALENDAR_AFTER.match(self.text, mt.end("y2") if y2 else mt.end("y")) or \
                _RE_SAKA_BEFORE.search(before[-12:]):
            return  # "1445 Hijriah", "1444 H", "Tahun Baru Saka 1945": not Gregorian years
        if _RE_NUMBER_WORD_BEFORE.search(before[-12:]):
            return  # "Nomor 2020"
        if bare:
            if _RE_NON_DATE_BEFORE.search(before[-20:]) or (
                    _RE_DIGIT_TOKEN_BEFORE.search(before[-6:]) and not _RE_AGE_GROUP_BEFORE.search(before[-8:])):
                return  # "Rp 2020", "sebanyak 2019", "0812 2020 ..." (but "Piala Dunia U-17 2025")
            after = self.after(mt.end("y2") if y2 else mt.end("y"), 20)
            if _RE_UNIT_AFTER.search(after) or _RE_DIGIT_TOKEN_AFTER.search(after):
                return  # "2019 orang", "2020 meter"
        self.add(_Mention(mt.start(), mt.end(), kind, prio, y=y, y2=y2, tail=_norm(mt["dir"] or "")))

    def _dayname(self, mt: re.Match) -> None:
        tail = _norm(mt["tail"] or "")
        before = self.before(mt.start(), 25)
        after = self.after(mt.end(), 40)
        if _RE_DAYNAME_BAD_BEFORE.search(before) or _RE_DAY_RANGE_AFTER.search(after):
            return  # "setiap Senin", "salat Jumat", "Senin-Jumat", "Senin, Selasa"
        if _RE_DAY_LIST_BEFORE.search(before):
            return  # "Senin dan Selasa", "Senin hingga Jumat": a list or a schedule (a cued range is found whole)
        ok = bool(tail) or bool(_RE_DAYNAME_OK_BEFORE.search(before))
        if not ok and before.rstrip(" \t").endswith(",") and _RE_DAYNAME_COMMA_AFTER.search(after):
            ok = True  # attribution: "kata Fajar, Senin."
        if not ok and _RE_TIME.match(self.text, mt.end()):
            ok = True  # "Senin pukul 21.15 WIB"
        if not ok and _RE_DATELINE_DASH.match(after) and _RE_DATELINE_PLACE.search(self.before(mt.start(), 50)):
            ok = True  # a dateline: "BANDUNG, Jumat - Persib menang ..."
        if not ok:
            return
        if mt["dn"].lower() == "minggu" and tail in {"lalu", "depan", "ini"} and self.at_sentence_start(mt.start()):
            return  # sentence-initial "Minggu lalu" is "last week" (relperiod)
        self.add(_Mention(mt.start(), mt.end(), "dayname", 1, dn=_day_num(mt["dn"]), tail=tail))


def _select(cands: list[_Mention]) -> list[_Mention]:
    """Longest (then highest-priority) non-overlapping candidates, in text order."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []
    kept: list[_Mention] = []
    for c in order:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def _extend(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Attach tails ("pagi", "lalu", "kemarin") and clock times to day-level dates.

    A following mention wholly covered by the tail is absorbed:
    "Sabtu (14/10) kemarin" is one date, not two.
    """
    out: list[_Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        i += 1
        out.append(m)
        if m.kind not in {"dm", "full", "dayname", "relday"}:
            continue
        if m.kind in {"dm", "full"}:
            tm = _RE_TAIL.match(text, m.end)
            if tm:
                m.tail = m.tail or _norm(tm["tail"])
                m.end = tm.end()
            week = _RE_WEEK_TAIL.match(text, m.end)
            if week:
                m.end = week.end()
        tm = _RE_TIME.match(text, m.end)
        if tm and int(tm["h"]) < 24 and int(tm["mi"]) < 60:
            m.time = (int(tm["h"]), int(tm["mi"]))
            m.end = tm.end()
        while i < len(mentions) and mentions[i].start < m.end:
            if mentions[i].end > m.end:
                m.end = mentions[i].start  # never cut another date: give the overlap back
                break
            i += 1
    return out


def _merge_ranges(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Join "8 Juli hingga 10 Agustus 2020", "Kamis (15/8) hingga 31 Agustus", "2018 - 2019" and
    "antara 2021 dan 2022" into ranges."""
    out: list[_Mention] = []
    for m in mentions:
        if out:
            p = out[-1]
            gap = text[p.end : m.start]
            # "hingga", "-", "sampai": a range; "dan" only after "antara" ("8 dan 9 Juli" is matched whole)
            ranged = _RE_RANGE_GAP.fullmatch(gap) is not None
            joined_by_dan = gap.strip().lower() == "dan"
            days = p.kind in _DAY_KINDS and m.kind in _DAY_KINDS
            same = days or (p.kind, m.kind) in {("month", "month"), ("year", "year")}
            # (two days keep no clock time: "Sabtu (14/12) pukul 22.00 hingga Minggu (15/12) pukul 04.00")
            if same and p.y2 is None and m.y2 is None and p.m2 is None and m.m2 is None and (days or not p.time):
                if ranged and (not joined_by_dan or _RE_BETWEEN_BEFORE.search(text, 0, p.start)):
                    kind = "full_span" if days else p.kind + "_span"
                    merged = _Mention(p.start, m.end, kind, max(p.priority, m.priority),
                                      y=m.y, m=m.m, d=m.d, dn=m.dn, y2=p.y, m1=p.m, d2=p.d, dn2=p.dn, pos=p.pos)
                    out[-1] = merged
                    continue
            if p.kind == "year" and m.kind == "month" and p.y2 is None and m.m2 is None and m.y is not None \
                    and p.y is not None and p.y < m.y and ranged and not joined_by_dan:
                # "sepanjang 2024 hingga Oktober 2025": a year up to a month
                out[-1] = _Mention(p.start, m.end, "year_to_month", max(p.priority, m.priority), y=m.y, m=m.m, y2=p.y)
                continue
            if p.kind in _DAY_KINDS and m.kind == "dayname" and m.tail not in _RELATIVE_TAILS \
                    and p.tail not in _RELATIVE_TAILS and p.y2 is None and p.d2 is None \
                    and ranged and not joined_by_dan:
                # "Senin (17/3/2025) malam hingga Selasa siang": the weekday after the dated day
                out[-1] = _Mention(p.start, m.end, "day_to_dayname", max(p.priority, m.priority),
                                   y=p.y, m=p.m, d=p.d, dn=p.dn, dn2=m.dn, pos=p.pos)
                continue
        out.append(m)
    return out


def _sentence_starts(text: str, bounds: Sequence[tuple[int, int]] | None) -> list[int]:
    if bounds:
        return sorted(s for s, _ in bounds)
    return [0] + [m.end() for m in _RE_SENT_END.finditer(text)]


# ---------------------------------------------------------------------------
# Resolution


# A yearless date on the side the text does not point to (the future without "akan", the past with
# it) costs this many days more: a date up to ~80 days ahead may still be the coming one ("Sabtu
# (2/1)" on 30 December, "17 Agustus" in July), "pada 5 Februari" in a November article is past.
_WRONG_SIDE_DAYS = 200
_WRONG_WEEKDAY_DAYS = 200


class _Resolver:
    def __init__(self, text: str, scanner: _Scanner, ref: _Ref | None) -> None:
        self.text = text
        self.scanner = scanner
        self.ref = ref
        self.event: tuple[_Ref, str] | None = None  # last date set, with its granularity
        self.day_event: _Ref | None = None  # last day the text set ("sehari sebelumnya" after a year)
        self.year_set: tuple[int, int] | None = None  # (year, offset) of the last year the text named
        self.warnings: list[str] = []

    def year_just_set(self, m: _Mention) -> int | None:
        """The year a year mention set in this or the previous sentence ("Pada 2019, ia ditangkap pada
        5 Juli"): a yearless date there belongs to it (GUIDE: the event date the article has just set)."""
        if self.year_set is None or m.dn is not None or m.tail:
            return None  # a weekday or "lalu"/"depan" places the date against the reference instead
        year, pos = self.year_set
        sentence = self.scanner.sentence_start(m.start)
        previous = self.scanner.sentence_start(sentence - 1) if sentence > 0 else 0
        return year if previous <= pos < m.start else None

    def future_cue(self, m: _Mention) -> bool:
        """Whether the clause before the date (or a word after it) says it is ahead."""
        if m.tail in {"nanti", "mendatang", "depan"}:
            return True
        if m.tail in {"lalu", "kemarin", "yang lalu", "silam"}:
            return False
        start = max(self.scanner.sentence_start(m.start), m.start - 70)
        window = self.text[start : m.start]
        q = None
        for q in _RE_QUOTE_MARK.finditer(window):
            pass
        if q is not None:
            window = window[q.end() :]
        if _RE_FUTURE_BEFORE.search(window):
            return True
        return bool(_RE_FUTURE_AFTER.match(self.text, m.end))

    def pick_day(self, m: _Mention, mo: int, d: int, dn: int | None) -> tuple[date, bool] | None:
        """Resolve a yearless (d, m) against the reference, using the weekday when given."""
        ref = self.ref
        if ref is None or not ref.year_known:
            return None
        prev, nxt = _occurrences(ref.day, mo, d)
        if prev is None and nxt is None:
            return None  # no such day ("31/2")
        if m.tail in {"lalu", "kemarin", "yang lalu", "silam"} and prev is not None:
            nxt = None
        elif m.tail in {"mendatang", "nanti", "depan"} and nxt is not None:
            prev = None
        future = self.future_cue(m)
        # Cost in days: distance from the reference, a penalty for the side the
        # text does not point to (news reports the past unless it says "akan"),
        # and a larger one for a weekday that does not match. So "Sabtu (2/1)"
        # published 2020-12-30 is 2021-01-02 (the weekday agrees, 3 days on),
        # while "Kamis (8/7)" published 2020-07-09 stays 2020-07-08 with a
        # warning rather than jumping to a Thursday a year ahead.
        best: tuple[int, date] | None = None
        for occ, side_future in ((prev, False), (nxt, True)):
            if occ is None:
                continue
            cost = abs((occ - ref.day).days)
            if occ != ref.day and side_future != future:
                cost += _WRONG_SIDE_DAYS
            if dn is not None and occ.weekday() != dn:
                cost += _WRONG_WEEKDAY_DAYS
            if best is None or cost < best[0]:
                best = (cost, occ)
        if best is None:
            return None
        day = best[1]
        return day, dn is None or day.weekday() == dn

    def weekday_warning(self, m: _Mention, day: date, dn: int | None) -> None:
        if dn is not None and day.weekday() != dn:
            msg = (f"weekday {cal.DAY_NAMES[dn]} does not match {day.isoformat()} "
                   f"({cal.DAY_NAMES[day.weekday()]}); kept the date")
            m.warning = msg
            self.warnings.append(f"{self.text[m.start:m.end]!r}: {msg}")

    def resolve(self, m: _Mention) -> None:
        kind = m.kind
        if kind in {"dm", "full"} and m.d is not None:
            self._day(m)
        elif kind in {"dm_range", "full_range", "full_span"}:
            self._day_range(m)
        elif kind in {"month", "month_span", "quarter"}:
            self._month(m)
        elif kind in {"year", "year_span", "decade"}:
            self._year(m)
        elif kind == "week_of_month":
            self._week_of_month(m)
        elif kind == "year_to_month":
            self._year_to_month(m)
        elif kind == "relday":
            self._relday(m)
        elif kind == "relperiod":
            self._relperiod(m)
        elif kind == "year_position":
            self._year_position(m)
        elif kind == "next_period":
            self._next_period(m)
        elif kind == "count":
            self._count(m)
        elif kind == "dayname":
            self._dayname(m)
        elif kind == "dayname_range":
            self._dayname_range(m)
        elif kind == "day_to_dayname":
            self._day_to_dayname(m)

    def _day_event(self, day: date, year_known: bool) -> None:
        """The text has just set ``day``: relative dates after it count from there."""
        self.event = (_Ref(day, year_known, year_known), "day")
        self.day_event = self.event[0]

    def set_day(self, m: _Mention, day: date, year_known: bool) -> None:
        m.value = _fmt_day(day, year_known, m.time)
        m.granularity = "time" if m.time else "day"
        self._day_event(day, year_known)

    def _day(self, m: _Mention) -> None:
        assert m.m is not None and m.d is not None
        if m.y is not None:
            if not _valid(m.y, m.m, m.d):
                return
            day = date(m.y, m.m, m.d)
            self.weekday_warning(m, day, m.dn)
            self.set_day(m, day, True)
            return
        year = self.year_just_set(m)
        if year is not None and _valid(year, m.m, m.d):
            self.set_day(m, date(year, m.m, m.d), True)
            return
        got = self.pick_day(m, m.m, m.d, m.dn)
        if got is not None:
            day, ok = got
            if not ok:
                self.weekday_warning(m, day, m.dn)
            self.set_day(m, day, True)
            return
        # Year unknown: keep month and day ("XXXX-07-08").
        if not _valid(2000, m.m, m.d):
            return
        self.set_day(m, date(_proxy_year(m.m, m.d, m.dn), m.m, m.d), False)

    def _day_range(self, m: _Mention) -> None:
        assert m.m is not None and m.d is not None and m.d2 is not None
        m1 = m.m1 or m.m
        end_probe = _Mention(m.start, m.end, "full", 0, y=m.y, m=m.m, d=m.d, dn=m.dn, tail=m.tail)
        if m.kind == "full_span" and m.y2 is not None and m.y is None:
            end_probe.y = m.y2  # "8 Juli 2020 - 10 Juli": unlikely, but keep the given year
        self._day(end_probe)
        if end_probe.value is None:
            return
        end_year_known = not end_probe.value.startswith("XXXX")
        end_day = date.fromisoformat(end_probe.value[:10]) if end_year_known else None
        ey = end_day.year if end_day else _proxy_year(m.m, m.d, None)
        sy = m.y2 if (m.kind == "full_span" and m.y2 is not None) else (ey if (m1, m.d2) <= (m.m, m.d) else ey - 1)
        if not _valid(sy, m1, m.d2):
            return
        start_day = date(sy, m1, m.d2)
        self.weekday_warning(m, start_day, m.dn2)
        m.warning = m.warning or end_probe.warning
        end_val = end_probe.value[:10]
        m.value = f"{_fmt_day(start_day, end_year_known or (m.y2 is not None))}/{end_val}"
        m.granularity = "range"
        self._day_event(start_day, end_year_known)

    def _month_year(self, m: _Mention, mo: int) -> int | None:
        """Year of a yearless month ("Juni lalu", "pada Juli", "Agustus mendatang")."""
        ref = self.ref
        if ref is None or not ref.year_known:
            return None
        ry, rm = ref.day.year, ref.day.month
        tail = m.tail
        year = self.year_just_set(m)
        if year is not None:
            return year
        if tail.startswith("tahun"):
            return ry + cal.RELATIVE_DIRECTIONS.get(tail.split()[-1], 0)
        if tail == "ini":
            return ry
        if tail in {"lalu", "kemarin", "silam"}:
            return ry if mo <= rm else ry - 1
        if tail in {"mendatang", "depan", "nanti"} or self.future_cue(m):
            return ry if mo >= rm else ry + 1
        # news reports the past: this year's or last year's month, unless it is next month
        # ("pada Desember" in a November article)
        if mo == rm % 12 + 1:
            return ry if mo > rm else ry + 1
        return ry if mo <= rm else ry - 1

    def _year_to_month(self, m: _Mention) -> None:
        """"2024 hingga Oktober 2025": from the year to the month."""
        assert m.y is not None and m.m is not None
        m.value, m.granularity = f"{m.y2}/{_fmt_month(m.y, m.m)}", "range"
        self.event = (_Ref(date(m.y, m.m, 1)), "month")

    def _week_of_month(self, m: _Mention) -> None:
        """Days 1-7, 8-14 ... of the month, or its last seven days ("pekan terakhir")."""
        assert m.m is not None and m.d is not None
        y = m.y if m.y is not None else self._month_year(m, m.m)
        year = y if y is not None else _proxy_year(m.m, 1, None)
        last = monthrange(year, m.m)[1]
        first_day = 7 * (m.d - 1) + 1 if m.d else last - 6
        start, end = date(year, m.m, first_day), date(year, m.m, min(first_day + 6, last))
        m.value = f"{_fmt_day(start, y is not None)}/{_fmt_day(end, y is not None)}"
        m.granularity = "range"
        self._day_event(start, y is not None)

    def _month(self, m: _Mention) -> None:
        assert m.m is not None
        if m.kind == "month_span":
            crosses = (m.m1 or 1) > m.m  # "November 2025 sampai Januari": the end is in the next year
            if m.y is None and m.y2 is not None:
                y_end: int | None = m.y2 + crosses
            else:
                y_end = m.y if m.y is not None else self._month_year(m, m.m)
            y_start = m.y2 if m.y2 is not None else (y_end if y_end is None or not crosses else y_end - 1)
            m.value = f"{_fmt_month(y_start, m.m1 or m.m)}/{_fmt_month(y_end, m.m)}"
            m.granularity = "range"
            return
        y = m.y if m.y is not None else self._month_year(m, m.m)  # also "kuartal II tahun lalu"
        if m.m2 is not None:
            # "Desember hingga Februari 2026": the year written last is the end's
            y_start = y - 1 if y is not None and m.m2 < m.m else y
            m.value = f"{_fmt_month(y_start, m.m)}/{_fmt_month(y, m.m2)}"
            m.granularity = "range"
        else:
            m.value = _fmt_month(y, m.m)
            m.granularity = "month"
        if y is not None:
            self.event = (_Ref(date(y, m.m, 1)), "month")

    def _year(self, m: _Mention) -> None:
        assert m.y is not None
        if m.kind == "year_span" or m.y2 is not None:
            a, b = (m.y2, m.y) if m.kind == "year_span" else (m.y, m.y2)
            if a is None or b is None or not a < b:
                return
            m.value = f"{a}/{b}"
            m.granularity = "range"
        else:
            m.value = f"{m.y:04d}"
            m.granularity = "year"
        if m.kind == "decade":
            return  # ten years set no year for the dates after them
        if _RE_EVENT_NAME_BEFORE.search(self.text, max(0, m.start - 20), m.start):
            return  # "Pemilu 2024": the event's name sets no year for the dates after it
        if _RE_BOUND_BEFORE.search(self.text, max(0, m.start - 12), m.start):
            return  # "berlaku sebelum 2023": a bound, not the year the text goes on in
        self.event = (_Ref(date(m.y, 1, 1)), "year")
        self.year_set = (m.y2 or m.y, m.start)

    def _relday(self, m: _Mention) -> None:
        if self.ref is None:
            return
        day = self.ref.day + timedelta(days=m.step)
        self.set_day(m, day, self.ref.year_known)

    def _relperiod(self, m: _Mention) -> None:
        ref = self.ref
        if ref is None:
            return
        if m.unit in {"week", "weekend"}:
            monday = ref.day - timedelta(days=ref.day.weekday()) + timedelta(weeks=m.step)
            a, b = (monday, monday + timedelta(days=6)) if m.unit == "week" else (
                monday + timedelta(days=5), monday + timedelta(days=6))
            if not ref.weekday_known:
                return
            m.value = f"{_fmt_day(a, ref.year_known)}/{_fmt_day(b, ref.year_known)}"
            m.granularity = "range"
        elif m.unit == "month":
            y, mo = _add_months(ref.day.year, ref.day.month, m.step)
            m.value = _fmt_month(y if ref.year_known else None, mo)
            m.granularity = "month"
        elif m.unit == "year":
            if not ref.year_known:
                return
            m.value = f"{ref.day.year + m.step:04d}"
            m.granularity = "year"
            self.event = (_Ref(date(ref.day.year + m.step, 1, 1)), "year")
            self.year_set = (ref.day.year + m.step, m.start)  # "Tahun ini, ... hingga Oktober" after "sejak 1949"

    def _year_position(self, m: _Mention) -> None:
        """"akhir tahun": the year the text has just named ("Pada 2019 ... hingga akhir tahun"), else
        the reference year."""
        year = self.year_just_set(m)
        if year is None:
            if self.ref is None or not self.ref.year_known:
                return
            year = self.ref.day.year
        m.value = f"{year:04d}"
        m.granularity = "year"

    def _next_period(self, m: _Mention) -> None:
        """"pekan sebelumnya" is the whole week before the day the text has set; "bulan sebelumnya",
        "tahun berikutnya" count like "sebulan sebelumnya" at their own granularity."""
        if m.unit != "week":
            self._count(m)
            return
        if self.day_event is None:
            return
        base = self.day_event
        monday = base.day - timedelta(days=base.day.weekday()) + timedelta(weeks=m.step)
        m.value = f"{_fmt_day(monday, base.year_known)}/{_fmt_day(monday + timedelta(days=6), base.year_known)}"
        m.granularity = "range"

    def _count(self, m: _Mention) -> None:
        if m.anaphoric:
            if self.event is None:
                return
            base, gran = self.event
        else:
            if self.ref is None:
                return
            base, gran = self.ref, "day"
        k = m.n * m.step
        if m.unit in {"day", "week"}:
            if gran != "day":
                if not m.anaphoric or self.day_event is None:
                    return
                base = self.day_event  # "Kamis (14/11) ... tahun ini ... sehari sebelumnya": from that day
            day = base.day + timedelta(days=k * (7 if m.unit == "week" else 1))
            self.set_day(m, day, base.year_known)
        elif m.unit == "month":
            if gran == "year":
                return
            y, mo = _add_months(base.day.year, base.day.month, k)
            m.value = _fmt_month(y if base.year_known else None, mo)
            m.granularity = "month"
            if base.year_known:
                self.event = (_Ref(date(y, mo, 1)), "month")
        else:
            if not base.year_known:
                return
            y = base.day.year + k
            m.value = f"{y:04d}"
            m.granularity = "year"
            self.event = (_Ref(date(y, 1, 1)), "year")

    def _weekday_date(self, m: _Mention, dn: int) -> date | None:
        """The day named by weekday ``dn``, placed by the mention's tail or the clause's tense."""
        ref = self.ref
        if ref is None or not ref.weekday_known:
            return None
        wd = ref.day.weekday()
        tail = m.tail
        if tail.startswith(("pekan", "minggu")):
            step = cal.RELATIVE_DIRECTIONS[tail.split()[-1]]
            monday = ref.day - timedelta(days=wd) + timedelta(weeks=step)
            return monday + timedelta(days=dn)
        if tail == "ini":
            return ref.day - timedelta(days=wd) + timedelta(days=dn)
        if tail in {"lalu", "kemarin"}:
            return ref.day - timedelta(days=(wd - dn) % 7 or 7)
        if tail in {"depan", "mendatang"}:
            return ref.day + timedelta(days=(dn - wd) % 7 or 7)
        if tail == "nanti" or self.future_cue(m):
            return ref.day + timedelta(days=(dn - wd) % 7)
        return ref.day - timedelta(days=(wd - dn) % 7)

    def _dayname(self, m: _Mention) -> None:
        day = self._weekday_date(m, m.dn) if m.dn is not None else None
        if day is not None:
            self.set_day(m, day, self.ref is not None and self.ref.year_known)

    def _day_to_dayname(self, m: _Mention) -> None:
        """A dated day up to a weekday: the first such weekday after it."""
        assert m.dn2 is not None and m.m is not None and m.d is not None
        first = _Mention(m.start, m.end, "full" if m.y is not None else "dm", 0, y=m.y, m=m.m, d=m.d, dn=m.dn)
        self._day(first)
        if first.value is None:
            return
        m.warning = first.warning
        year_known = not first.value.startswith("XXXX")
        start_day = date.fromisoformat(first.value[:10]) if year_known else \
            date(_proxy_year(m.m, m.d, m.dn), m.m, m.d)
        end_day = _weekday_after(start_day, m.dn2)
        m.value = f"{_fmt_day(start_day, year_known)}/{_fmt_day(end_day, year_known)}"
        m.granularity = "range"
        self._day_event(start_day, year_known)

    def _dayname_range(self, m: _Mention) -> None:
        """"sejak Sabtu hingga Minggu": the first day placed like a lone day name, the last the days after it."""
        assert m.dn is not None and m.dn2 is not None
        start_day = self._weekday_date(m, m.dn2)
        if start_day is None or self.ref is None:
            return
        end_day = _weekday_after(start_day, m.dn)
        year_known = self.ref.year_known
        m.value = f"{_fmt_day(start_day, year_known)}/{_fmt_day(end_day, year_known)}"
        m.granularity = "range"
        self._day_event(start_day, year_known)


def _weekday_after(day: date, dn: int) -> date:
    """The first day after ``day`` that falls on weekday ``dn`` (0 = Monday): "Sabtu hingga Minggu"."""
    return day + timedelta(days=(dn - day.weekday()) % 7 or 7)


# ---------------------------------------------------------------------------
# Reference-date inference


def _agrees(anchors: list[_Mention], year: int) -> bool:
    """Whether every yearless day name + (d/m) falls on its weekday in ``year``.

    A late-December anchor may belong to the year before when the article also
    has an early-January one ("Rabu (30/12)" and "Sabtu (2/1)").
    """
    has_january = any(a.m is not None and a.m <= 2 for a in anchors)
    for a in anchors:
        assert a.m is not None and a.d is not None
        if _valid(year, a.m, a.d) and date(year, a.m, a.d).weekday() == a.dn:
            continue
        if has_january and a.m >= 11 and _valid(year - 1, a.m, a.d) and date(year - 1, a.m, a.d).weekday() == a.dn:
            continue
        return False
    return True


def _infer_reference(
    mentions: list[_Mention],
    text: str,
    resolver_probe: _Resolver,
    today: date,
    guess_year_from_weekdays: bool,
) -> _Ref | None:
    """Reference date from the text alone (see the module docstring)."""
    anchors = [m for m in mentions if m.kind in {"dm", "full"} and m.dn is not None and m.d is not None]
    evidence: list[int] = []
    for m in mentions:
        for y in (m.y, m.y2):
            if y is not None and 1900 <= y <= today.year + 20:
                evidence.append(y)
    dated: list[tuple[date, _Mention]] = []
    yearless: list[_Mention] = []
    for a in anchors:
        assert a.m is not None and a.d is not None
        if a.y is not None:
            if _valid(a.y, a.m, a.d):
                dated.append((date(a.y, a.m, a.d), a))
        elif _valid(2000, a.m, a.d):
            yearless.append(a)
    if yearless:
        year = None
        if evidence:
            recent = [e for e in evidence if e >= max(evidence) - 15]
            best = None
            for y in range(min(recent) - 6, max(recent) + 7):
                if not _agrees(yearless, y):
                    continue
                dist = min(abs(y - e) for e in recent)
                if dist > 5:
                    continue
                key = (dist, -sum(1 for e in recent if e == y), -y)
                if best is None or key < best[0]:
                    best = (key, y)
            year = best[1] if best else None
        elif guess_year_from_weekdays:
            for y in range(today.year, today.year - 40, -1):
                if _agrees(yearless, y) and all(
                    date(y, a.m, a.d) <= today for a in yearless if a.m is not None and a.d is not None and _valid(y, a.m, a.d)
                ):
                    year = y
                    break
        if year is not None:
            has_january = any(a.m is not None and a.m <= 2 for a in yearless)
            for a in yearless:
                assert a.m is not None and a.d is not None
                y = year
                if not (_valid(y, a.m, a.d) and date(y, a.m, a.d).weekday() == a.dn) and has_january and a.m >= 11:
                    y = year - 1
                if _valid(y, a.m, a.d):
                    dated.append((date(y, a.m, a.d), a))
            yearless = []
    past = [d for d, a in dated if not resolver_probe.future_cue(a)]
    if past:
        return _Ref(max(past))
    # A dateline: a full date at the very top ("JAKARTA, 8 Juli 2020 -").
    for m in mentions:
        if m.start > 150:
            break
        if m.kind == "full" and m.y is not None and m.m and m.d and _valid(m.y, m.m, m.d):
            return _Ref(date(m.y, m.m, m.d))
    if yearless:
        # Year unknown: month, day and weekday of the latest-reported anchor.
        counts: dict[tuple[int, int, int], int] = {}
        for a in yearless:
            assert a.m is not None and a.d is not None and a.dn is not None
            counts[(a.m, a.d, a.dn)] = counts.get((a.m, a.d, a.dn), 0) + 1
        (mo, d, dn), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0][:2]))
        return _Ref(date(_proxy_year(mo, d, dn), mo, d), year_known=False, weekday_known=True)
    return None


# ---------------------------------------------------------------------------
# Public API


def find_dates(
    text: str,
    *,
    published: date | str | None = None,
    excluded: Iterable[tuple[int, int]] = (),
    sentence_bounds: Sequence[tuple[int, int]] | None = None,
    today: date | str | None = None,
    guess_year_from_weekdays: bool = False,
) -> DateResult:
    """Find the date expressions of ``text`` and resolve them to ISO-like values.

    Args:
        text: The article text; offsets in the result index into it.
        published: Publication date (``date`` or ``YYYY-MM-DD``), or None to
            infer the reference date from the text.
        excluded: (start, end) character spans (boilerplate) whose dates are
            ignored, also as evidence for the reference date.
        sentence_bounds: (start, end) spans of sentences; when None a simple
            punctuation/line-break splitter is used. Sentences bound the
            window in which future cues ("akan") are looked for.
        today: The date the text is processed (``date`` or ``YYYY-MM-DD``);
            only used when ``guess_year_from_weekdays`` is True. Defaults to
            ``date.today()``.
        guess_year_from_weekdays: When the text has day name + (d/m) pairs but
            no year anywhere, pick the most recent year, not after ``today``,
            in which all weekdays agree. Off by default because the annotation
            guide wants ``XXXX`` when the year cannot be known.

    Returns:
        A :class:`DateResult`.

    Raises:
        InputError: When ``text`` is not a str or a date string is malformed.
    """
    if not isinstance(text, str):
        raise InputError(Messages.E001.format(type=type(text).__name__))
    pub = parse_iso_date(published)
    now = parse_iso_date(today) or date.today()
    starts = _sentence_starts(text, sentence_bounds)
    scanner = _Scanner(text, starts)
    cands = scanner.scan()
    spans = sorted((int(s), int(e)) for s, e in excluded)
    if spans:
        ex_starts = [s for s, _ in spans]
        max_end: list[int] = []
        for _, e in spans:
            max_end.append(max(e, max_end[-1]) if max_end else e)

        def inside(c: _Mention) -> bool:
            i = bisect.bisect_left(ex_starts, c.end) - 1
            return i >= 0 and max_end[i] > c.start

        cands = [c for c in cands if not inside(c)]
    mentions = _select(cands)
    mentions = _extend(text, mentions)
    mentions = _merge_ranges(text, mentions)

    result = DateResult()
    if pub is not None:
        ref: _Ref | None = _Ref(pub)
        result.reference_date, result.reference_date_source = pub.isoformat(), "given"
    else:
        probe = _Resolver(text, scanner, None)
        ref = _infer_reference(mentions, text, probe, now, guess_year_from_weekdays)
        if ref is not None and ref.year_known:
            result.reference_date, result.reference_date_source = ref.day.isoformat(), "inferred"
    resolver = _Resolver(text, scanner, ref)
    for m in mentions:
        resolver.resolve(m)
        if m.value is None:
            continue
        rec = {"text": text[m.start : m.end], "start": m.start, "end": m.end, "value": m.value,
               "granularity": m.granularity}
        if m.warning:
            rec["warning"] = m.warning
        result.dates.append(rec)
    result.warnings = resolver.warnings
    return result
