"""The one API (ingest, search, ask, tables) that the CLI, the web app, the evaluator and the benchmarks call."""

from api.service import FileOutcome, IngestReport, Kehoach, coverage_of, parse_file, read_text

__all__ = ["FileOutcome", "IngestReport", "Kehoach", "coverage_of", "parse_file", "read_text"]
