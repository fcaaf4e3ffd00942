"""File readers: turn .txt/.md/.docx/.doc/.pdf/.html plan files into NFC text, refusing bad input with ReadError."""

from .base import SUPPORTED_SUFFIXES, ReadResult
from .factory import read_file
from .ocr import OcrOptions

__all__ = ["SUPPORTED_SUFFIXES", "OcrOptions", "ReadResult", "read_file"]
