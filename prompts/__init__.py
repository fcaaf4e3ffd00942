"""Prompt templates shipped as package data; ``load_prompt(name)`` reads ``<name>.txt``."""

from __future__ import annotations

from importlib import resources


def load_prompt(name: str) -> str:
    """Text of the prompt file ``prompts/<name>.txt`` (UTF-8), without its trailing newline."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"invalid prompt name: {name!r}")
    return resources.files(__name__).joinpath(f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
