"""beritaie: structured records (entities, officials, dates, quotes) from Indonesian news."""

from .api import extract, extract_many
from .errors import BeritaieError, ConfigError, DataError, InputError
from .export import to_frames
from .loader import load
from .record import ErrorRecord, Record
from .render import render

__version__ = "0.1.0"

__all__ = [
    "BeritaieError", "ConfigError", "DataError", "ErrorRecord", "InputError", "Record",
    "__version__", "extract", "extract_many", "load", "render", "to_frames",
]
