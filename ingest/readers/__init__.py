"""File readers: turn .txt/.md/.docx/.pdf/.html plan files into NFC text, refusing bad input with ReadError."""

from .base import SUPPORTED_SUFFIXES, ReadResult
from .factory import read_file

__all__ = ["SUPPORTED_SUFFIXES", "ReadResult", "read_file"]
