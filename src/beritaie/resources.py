"""The only module that opens packaged data (gazetteers, lexicons, the model).

Data ships inside the wheel: ``data/gazetteers`` of the repo is installed as
``beritaie.gazetteers`` and ``models`` as ``beritaie.models`` (see pyproject's
``package-dir``), so nothing is read from the repository root at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import DataError, Messages


def _file(package: str, name: str) -> Any:
    path = resources.files(f"beritaie.{package}").joinpath(name)
    if not path.is_file():
        raise DataError(Messages.E012.format(name=name, package=package))
    return path


def read_text(package: str, name: str) -> str:
    """Return a packaged text file, e.g. ``read_text("gazetteers", "README.md")``."""
    return _file(package, name).read_text(encoding="utf-8")


def iter_jsonl(package: str, name: str) -> Iterator[dict[str, Any]]:
    """Yield the objects of a packaged JSONL file; fail fast on a bad line."""
    for number, line in enumerate(read_text(package, name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataError(Messages.E011.format(file=name, line=number, error=err)) from err
        if not isinstance(obj, dict):
            raise DataError(Messages.E011.format(file=name, line=number, error="not an object"))
        yield obj


def iter_tsv(package: str, name: str) -> Iterator[dict[str, str]]:
    """Yield rows of a packaged TSV file with a header line; ``#`` lines are comments."""
    lines = [ln for ln in read_text(package, name).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return
    header = lines[0].split("\t")
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataError(
                Messages.E011.format(file=name, line=number, error=f"{len(cells)} cells, expected {len(header)}")
            )
        yield dict(zip(header, cells))


def has_resource(package: str, name: str) -> bool:
    """Whether a packaged file or folder exists."""
    try:
        entry = resources.files(f"beritaie.{package}").joinpath(name)
    except ModuleNotFoundError:
        return False
    return entry.is_file() or entry.is_dir()


@contextmanager
def model_path(name: str = "beritaie-ner") -> Iterator[Path]:
    """A real filesystem path to the packaged spaCy model folder ``name``."""
    with resources.as_file(resources.files("beritaie.models").joinpath(name)) as path:
        yield Path(path)


@lru_cache(maxsize=None)
def schema() -> dict[str, Any]:
    """The JSON Schema of the record contract."""
    return json.loads(read_text("data", "record.schema.json"))
