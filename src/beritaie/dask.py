"""Scale extraction out with Dask (optional extra: ``pip install 'beritaie[dask]'``).

- :func:`extract_bag`: a ``dask.bag`` of texts or ``{"id", "text", "published"}`` dicts -> a bag of
  record dicts (an error dict ``{"id", "error": {...}}`` for a bad document);
- :func:`extract_dataframe`: a ``dask.dataframe`` with a text column -> a dask DataFrame with one
  row per input row (same index): ``id``, ``reference_date``, ``reference_date_source``, ``error``
  and the lists ``entities``, ``officials``, ``dates``, ``quotes`` as JSON strings;
- :class:`DaskBackend`: runs the CLI's batches on a cluster (``beritaie extract --scheduler``).

The pipeline is built once per worker process: tasks call :func:`beritaie.load`, which caches it
in the process, and run under a per-process lock (start workers with ``--nthreads 1``; more
threads only queue on the lock). On a real cluster, install the same beritaie version (with its
packaged model) on the scheduler, every worker and the client, e.g.::

    dask scheduler                                   # on the head node: tcp://HEAD:8786
    dask worker tcp://HEAD:8786 --nworkers 8 --nthreads 1 --memory-limit 4GB   # on each node
    beritaie extract archive/ --glob '*.jsonl.gz' -o out.jsonl --scheduler tcp://HEAD:8786

The CLI reads inputs and writes the output on the client machine, in input order, with at most
``2 x (worker threads) + 1`` batches in flight; workers need no access to the input files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .batch import FLAT_COLUMNS, BatchFuture, Item, extract_batch, flat_row
from .errors import ConfigError, Messages

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError("beritaie.dask needs Dask: pip install 'beritaie[dask]'.") from err

FLAT_META = {name: "string" for name in FLAT_COLUMNS}


def _normalise(item: Any, published: str | None) -> Item:
    """A document dict from a text or a dict."""
    if isinstance(item, str):  # plain texts carry no id; pass dicts to keep yours
        return {"id": None, "text": item, "published": published}
    if isinstance(item, dict):
        doc = {"id": item.get("id"), "text": item.get("text"), "published": item.get("published") or published}
        if doc["id"] is not None:
            doc["id"] = str(doc["id"])
        return doc
    return {"id": None, "text": item, "published": published}  # extraction reports the wrong type


def _records(items: list[Item], max_chars: int | None) -> list[dict[str, Any]]:
    results, _pid, _rss = extract_batch(items, max_chars)
    return [json.loads(line) for line, _err, _words in results]


def _bag_partition(partition: Iterable[Any], published: str | None, max_chars: int | None) -> list[dict[str, Any]]:
    items = [_normalise(item, published) for item in partition]
    return _records(items, max_chars)


def extract_bag(bag: db.Bag, *, published: str | None = None, max_chars: int | None = None) -> db.Bag:
    """Extract records over a ``dask.bag``, one output item per input item, order kept.

    Args:
        bag: texts, or dicts ``{"id", "text", "published"?}``.
        published: 'YYYY-MM-DD' for documents that give none.
        max_chars: per-document character limit (default: ``beritaie.api.MAX_CHARS``).

    Returns:
        A lazy bag of record dicts (``Record.to_dict()``) and error dicts.
    """
    return bag.map_partitions(_bag_partition, published, max_chars)


def _frame_partition(frame: Any, text_column: str, id_column: str | None, published_column: str | None,
                     published: str | None, max_chars: int | None) -> Any:
    import pandas as pd

    items: list[Item] = []
    for index, row in frame.iterrows():
        doc_id = row[id_column] if id_column else index
        pub = row[published_column] if published_column else None
        if pub is None or (isinstance(pub, float) and pub != pub) or pub == "":
            pub = published
        items.append({"id": None if doc_id is None else str(doc_id), "text": row[text_column], "published": pub})
    rows = [flat_row(rec) for rec in _records(items, max_chars)] if items else []
    return pd.DataFrame(rows, index=frame.index, columns=list(FLAT_META)).astype(FLAT_META)


def extract_dataframe(frame: dd.DataFrame, *, text_column: str = "text", id_column: str | None = None,
                      published_column: str | None = None, published: str | None = None,
                      max_chars: int | None = None) -> dd.DataFrame:
    """Extract one flat record row per row of a dask DataFrame.

    Args:
        frame: the input frame.
        text_column: column with the article text.
        id_column: column with document ids (default: the index).
        published_column: column with publication dates (default: none).
        published: 'YYYY-MM-DD' for rows without one.
        max_chars: per-document character limit (default: ``beritaie.api.MAX_CHARS``).

    Returns:
        A lazy dask DataFrame with the input's index and the columns of ``beritaie.batch.FLAT_COLUMNS``
        (string columns: lists as JSON strings; ``error`` a JSON string or missing, ``<NA>``).

    Raises:
        ConfigError: a named column is not in the frame.
    """
    for option, column in (("text_column", text_column), ("id_column", id_column),
                           ("published_column", published_column)):
        if column is not None and column not in frame.columns:
            raise ConfigError(Messages.E021.format(value=column, option=option, reason="no such column",
                                                   hint="choose one of: " + ", ".join(map(str, frame.columns))))
    return frame.map_partitions(_frame_partition, text_column, id_column, published_column, published, max_chars,
                                meta=FLAT_META)


class DaskBackend:
    """Runs the CLI's batches as tasks on a Dask cluster (see :func:`beritaie.batch.run_batch`).

    Args:
        address: scheduler address such as ``tcp://10.0.0.5:8786``, or a ``distributed.Client``.
        max_chars: per-document character limit (default: ``beritaie.api.MAX_CHARS``).
        timeout: seconds to wait for the scheduler.

    Raises:
        ConfigError: the scheduler cannot be reached.
    """

    def __init__(self, address: Any, *, max_chars: int | None = None, timeout: float = 10) -> None:
        from distributed import Client

        self.max_chars = max_chars
        self._own = not isinstance(address, Client)
        try:
            self.client = Client(address, timeout=timeout) if self._own else address
        except (OSError, TimeoutError, ValueError) as err:
            raise ConfigError(Messages.E021.format(value=address, option="--scheduler", reason=f"unreachable ({err})",
                                                   hint="start it with 'dask scheduler' and pass tcp://HOST:8786."))
        threads = sum(self.client.nthreads().values())
        self.slots = max(1, threads)

    def submit(self, batch: list[Item]) -> BatchFuture:
        return self.client.submit(extract_batch, batch, self.max_chars, pure=False)  # type: ignore[no-any-return]

    def recover(self) -> None:
        return None  # the scheduler reschedules work of lost workers itself

    def close(self, cancel: bool = False) -> None:
        if self._own:
            self.client.close()


__all__ = ["DaskBackend", "extract_bag", "extract_dataframe"]
