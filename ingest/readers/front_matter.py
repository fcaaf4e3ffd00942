"""A Markdown copy's front matter: the "---" block of "key: value" lines some tools write before the text (Jekyll,
Obsidian, digitising pipelines: ``so_hieu: "17-TB/ĐU"``, ``ngay_ban_hanh: "ngày 30/9/2025"``). It is not the
document's text: it leaves the text and its keys become the metadata fields a portal's metadata block gives
(core/lexicon/portal.toml [front_matter])."""

from __future__ import annotations

import re

import yaml

from core.lexicon import portal
from core.textnorm import fold

_MAX_LINES = 80  # a front matter is a short block at the very top
_FENCE = re.compile(r"^---[ \t]*$")
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")  # a front matter's keys are identifiers, a text's labels ("Số hiệu") not


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """(the text without its front matter, the metadata fields it gives); the text as it was when it has none or the
    block is no mapping of keys to values."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return text, {}
    end = next((k for k in range(1, min(len(lines), _MAX_LINES)) if _FENCE.match(lines[k])), None)
    if end is None:
        return text, {}
    try:
        block = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        return text, {}
    if not isinstance(block, dict) or not block or not all(_KEY.match(str(key)) for key in block):
        return text, {}
    aliases = portal().front_matter
    fields: dict[str, str] = {}
    for key, value in block.items():
        label = aliases.get(fold(re.sub(r"[_\-]+", " ", str(key))).strip())
        if label and value is not None and str(value).strip() and label not in fields:
            fields[label] = str(value).strip()
    return "\n".join(lines[end + 1:]).lstrip("\n"), fields
