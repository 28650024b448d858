"""Typed exceptions; the command line turns them into one-line messages.

Every error has a short code (like spaCy's E-codes) so that a message can be
looked up, and a hint that says how to fix the problem.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class: ``code``, a message, and a hint saying how to fix it."""

    code = "E000"

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputNotFound(KGError):
    code = "E001"


class NoDocuments(KGError):
    code = "E002"


class DecodeError(KGError):
    code = "E003"


class EmptyDocument(KGError):
    code = "E004"


class FrontMatterError(KGError):
    code = "E005"


class NotAFile(KGError):
    """An input that exists but is no regular file: a device, a FIFO, a socket, or a folder where a file is expected."""

    code = "E008"


class UnknownFormat(KGError):
    code = "E010"


class OutputError(KGError):
    code = "E011"


class DiskFullError(OutputError):
    """No space left (or a file-size limit) while writing an output or a store."""

    code = "E012"


class GraphReadError(KGError):
    code = "E020"


class ShapesError(KGError):
    code = "E021"


class QueryError(KGError):
    code = "E030"


class GoldError(KGError):
    code = "E040"


class LexiconError(KGError):
    code = "E060"


class UnreadableDocument(KGError):
    """An HTML, PDF or DOCX file that its reader cannot parse."""

    code = "E080"


class NeedsOCR(KGError):
    """A PDF with no text layer (a scan)."""

    code = "E081"


class DocumentTooLarge(KGError):
    code = "E082"


class NumberError(KGError):
    """A figure whose number is too large to be a measurement (hundreds of digits)."""

    code = "E006"


class MarkupError(KGError):
    """A .txt file that is really an HTML/XML page."""

    code = "E007"


class UsageError(KGError):
    """A command-line option with a value it cannot take (``--jobs 0``, ``--port 70000``)."""

    code = "E090"


class ParamError(KGError):
    """A catalog query parameter whose value does not fit its type."""

    code = "E031"


class MissingExtra(KGError):
    """An optional dependency (an extra of the package) that a feature needs is not installed."""

    code = "E083"


class StoreError(KGError):
    """A store folder that is missing, damaged, of an older kg, or being written by another build."""

    code = "E061"


class BuildError(KGError):
    """A build setting that cannot work (an unreachable Dask scheduler, a bad --dask value)."""

    code = "E091"
