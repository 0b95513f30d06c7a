"""All beritaie exceptions and message templates, in one place.

Messages say what was wrong, the offending value, the allowed options and a
hint, in the manner of spaCy's ``errors.py``.
"""

from __future__ import annotations


class BeritaieError(Exception):
    """Base class of every error raised by beritaie."""


class InputError(BeritaieError, ValueError):
    """A document or input file that cannot be processed."""


class ConfigError(BeritaieError, ValueError):
    """A wrong setting, option or argument."""


class DataError(BeritaieError, ValueError):
    """A malformed packaged data file (gazetteer, lexicon, model)."""


class Messages:
    """Message templates; format with ``.format(**values)``."""

    E001 = "Document text must be a str, got {type}. Hint: decode bytes first (UTF-8) or pass the 'text' field."
    E002 = "Document text is empty, or only whitespace and invisible marks (id={id!r}). Hint: skip empty documents before extraction."
    E003 = ("Invalid published date {value!r}: expected YYYY-MM-DD (or a printed date such as '14 Maret 2024', "
            "'14/03/2024'). Hint: pass a date like '2020-07-08' or None.")
    E004 = "Document is {size} characters, over the limit of {limit}. Hint: split it or raise max_chars."
    E005 = "Invalid JSON on line {line}: {error}. Hint: each line must be one JSON object."
    E006 = "JSON line {line} is a {type}, not an object with a 'text' field."
    E007 = ("Bytes of {source!r} cannot be decoded ({error}). Hint: convert the file to UTF-8 (UTF-16 with a "
            "byte-order mark is read too).")
    E008 = "Unknown output format {value!r}; choose one of: {options}."
    E009 = "Input {path!r} does not exist. Hint: check the path or use '-' for standard input."
    E010 = ("Unknown input kind for {path!r}: expected .txt, .json, .jsonl (.gz, .zst), .csv (.gz, .zst), .parquet "
            "or a directory.")
    E011 = "{file}:{line}: malformed data line ({error}). Hint: rebuild with scripts/build_gazetteers.py."
    E012 = "Packaged data file {name!r} is missing from beritaie.{package}. Hint: reinstall the package or rebuild the data."
    E013 = "Document field 'text' is missing (id={id!r}). Hint: each JSON object needs a 'text' string."
    E014 = "Document contains NUL bytes or is binary (id={id!r}). Hint: only plain text articles can be extracted."
    E015 = ("Input {source!r} cannot be read past item {position} ({error}). "
            "Hint: the file may be truncated or corrupt; re-create or re-download it.")
    E016 = "Reading {path!r} needs the 'zstandard' package. Hint: pip install 'beritaie[zstd]' or zstandard."
    E017 = "Standard input '-' can be given only once. Hint: pass '-' as a single INPUT."
    E018 = ("Table {path!r} has no text column {column!r}; its columns are: {columns}. "
            "Hint: name the text column with --text-column.")
    E019 = ("Cannot resume from {path!r}: line {line} is not a JSON record ({error}). "
            "Hint: only the last line of an interrupted run may be partial; fix or remove the file.")
    E020 = "--resume needs an output file in JSONL format (-o OUT.jsonl), got {what}. Hint: add -o OUT.jsonl."
    E021 = "Invalid value {value!r} for {option}: {reason}. Hint: {hint}"
    E022 = ("A worker process crashed while extracting this document (killed, out of memory or a native "
            "crash). Hint: check the document's size and content; the rest of the batch went on.")
    E023 = "The worker failed on this batch: {error}. Hint: rerun with --jobs 1 to see the full error."
    E024 = ("Document text is not encodable as UTF-8 ({error}; id={id!r}): it holds a lone surrogate, as a "
            "broken '\\ud800' JSON escape gives. Hint: repair or drop the character.")
