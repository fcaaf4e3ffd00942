"""Split lists of responsible units ("Công an tỉnh, Sở Văn hóa, Thể thao và Du lịch; ...") into unit names."""

from __future__ import annotations

import re

from core.textnorm import canon_tones

# Words that begin a unit name. A comma (or "và") followed by one of these separates two units;
# any other comma is inside a name ("Sở Văn hóa, Thể thao và Du lịch", "Phòng Phổ biến, giáo dục pháp luật").
_UNIT_HEADS = [
    "sở", "phòng", "ban", "công an", "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội đồng", "báo", "đài", "trung tâm",
    "bộ", "viện", "tòa án", "toà án", "liên đoàn", "đoàn", "hội", "cục", "chi cục", "văn phòng", "thanh tra",
    "tỉnh đoàn", "ngân hàng", "kho bạc", "hải quan", "đại học", "trường", "mặt trận", "các", "cơ quan", "lãnh đạo",
    "chuyên đề", "tổ chức", "bộ chỉ huy", "bộ đội", "cảnh sát", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "huyện ủy",
    "chủ tịch", "giám đốc", "thủ trưởng", "người đứng đầu", "doanh nghiệp", "quỹ", "cổng", "tạp chí", "ủy ban mttq",
    "cơ sở", "thường trực", "chánh", "trưởng", "thành viên", "tổ công tác", "hợp tác xã", "công ty", "tập đoàn",
]
_HEADS = sorted({canon_tones(h) for h in _UNIT_HEADS}, key=len, reverse=True)
# Lower-case words that still start a new unit after a comma ("..., các tổ chức chính trị - xã hội").
_LOWER_HEADS = ("các ", "cơ quan ", "ủy ban ", "uỷ ban ")

# Phrases around unit names that are not part of them.
_LEADING_NOISE = re.compile(r"^(?:và\s+|đề nghị\s+|giao\s+|với\s+|cùng\s+|do\s+)+", re.I)
_TRAILING_NOISE = re.compile(
    r"\s*(?:"
    r"(?:phối hợp|chủ trì|tham mưu|hướng dẫn|theo dõi)?\s*(?:triển khai|tổ chức)?\s*thực hiện\b.*"
    r"|(?:cùng\s+)?phối hợp\b.*|chủ trì\b.*|theo chức năng,? nhiệm vụ.*|theo chức năng.*"
    r")$",
    re.I,
)
_EDGE_PUNCT = " \t.,;:-–*\"“”'"


def _starts_with_head(text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    if text[0].islower():
        return text.startswith(_LOWER_HEADS)
    low = canon_tones(text).lower()
    return any(low == h or low.startswith(h + " ") for h in _HEADS)


def starts_with_unit(text: str) -> bool:
    """Does the text begin with a unit name ("Công an tỉnh ...", "các sở, ngành ...")?"""
    return _starts_with_head(text)


def _split_top_level(text: str, seps: str) -> list[str]:
    """Split on separator characters that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def clean_unit(name: str) -> str:
    """Strip connecting words and trailing verbs: "đề nghị Ủy ban MTTQVN tỉnh phối hợp" -> "Ủy ban MTTQVN tỉnh"."""
    name = name.strip(_EDGE_PUNCT)
    name = _LEADING_NOISE.sub("", name)
    name = _TRAILING_NOISE.sub("", name)
    name = re.sub(r"\s+", " ", name).strip(_EDGE_PUNCT)
    if name.count("(") > name.count(")"):
        name = name.rsplit("(", 1)[0].strip(_EDGE_PUNCT)
    elif name.count(")") > name.count("("):
        name = name.rstrip(")").strip(_EDGE_PUNCT)
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1].strip(_EDGE_PUNCT)
    return name


def split_units(text: str) -> list[str]:
    """Split a unit list into names, keeping commas that are inside names."""
    units: list[str] = []
    for group in _split_top_level(text, ";"):
        pieces = _split_top_level(group, ",")
        merged: list[str] = []
        for piece in pieces:
            p = piece.strip()
            if not p:
                continue
            if merged and not _starts_with_head(p):
                merged[-1] = f"{merged[-1]}, {p}"
            else:
                merged.append(p)
        for item in merged:
            # "X và Y" where Y starts a new unit ("Các sở, ban, ngành và Ủy ban nhân dân các xã, phường").
            sub = re.split(r"\s+và\s+(?=(?:đề nghị\s+)?(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠỦỨ]|các\s))", item)
            acc: list[str] = []
            for s in sub:
                if acc and not _starts_with_head(_LEADING_NOISE.sub("", s)):
                    acc[-1] = f"{acc[-1]} và {s}"
                else:
                    acc.append(s)
            units.extend(acc)
    out: list[str] = []
    for u in units:
        c = clean_unit(u)
        if c and len(c) > 2 and c not in out:
            out.append(c)
    return out
