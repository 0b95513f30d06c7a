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
    E002 = "Document text is empty or whitespace only (id={id!r}). Hint: skip empty documents before extraction."
    E003 = "Invalid published date {value!r}: expected YYYY-MM-DD. Hint: pass a date like '2020-07-08' or None."
    E004 = "Document is {size} characters, over the limit of {limit}. Hint: split it or raise max_chars."
    E005 = "Invalid JSON on line {line}: {error}. Hint: each line must be one JSON object."
    E006 = "JSON line {line} is a {type}, not an object with a 'text' field."
    E007 = "Bytes of {source!r} are not valid UTF-8 ({error}). Hint: convert the file to UTF-8."
    E008 = "Unknown output format {value!r}; choose one of: {options}."
    E009 = "Input {path!r} does not exist. Hint: check the path or use '-' for standard input."
    E010 = "Unknown input kind for {path!r}: expected .txt, .jsonl, .jsonl.gz, .jsonl.zst, .csv, .parquet or a directory."
    E011 = "{file}:{line}: malformed data line ({error}). Hint: rebuild with scripts/build_gazetteers.py."
    E012 = "Packaged data file {name!r} is missing from beritaie.{package}. Hint: reinstall the package or rebuild the data."
    E013 = "Document field 'text' is missing (id={id!r}). Hint: each JSON object needs a 'text' string."
    E014 = "Document contains NUL bytes or is binary (id={id!r}). Hint: only plain text articles can be extracted."
