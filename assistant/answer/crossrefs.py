"""Clauses that hand over another clause's task by reference, as legal texts write it: "4. Sở Tài chính có trách nhiệm
chủ trì, tham mưu Ủy ban nhân dân Thành phố thực hiện nhiệm vụ quy định tại điểm c khoản 1 Điều này." (NQ
73/2025/NQ-HĐND Hà Nội Điều 16.4) says who prepares the task of Điều 16.1.c ("c) Cân đối bố trí ngân sách hằng năm để
thực hiện Nghị quyết ..."), which names the City People's Committee."""

from __future__ import annotations

import re

from core.models import Clause, Document
from core.textnorm import nfc

# "điểm c khoản 1 Điều này", "khoản 2 Điều 5", "khoản 1, khoản 2 Điều này", "khoản 2 và khoản 3 Điều này"; not "Điều 5
# Luật ..." or "Điều 40 Nghị định số ...": another text's article ("Điều 5 Quy chế này", "Điều 2 Nghị quyết này" are the
# text's own)
_REFERENCE = re.compile(r"\b((?:(?:điểm\s+[a-zđ]\s+)?khoản\s+\d+(?:\s*,\s*\d+)*\s*(?:,|và|hoặc)?\s*)+)Điều\s+(này|\d+[a-z]?)\b"
                        r"(?!\s+(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh|Chỉ thị|"
                        r"Hiến pháp|Văn bản)\b(?!\s+này\b))", re.I)
_ITEM = re.compile(r"(?:điểm\s+([a-zđ])\s+)?khoản\s+(\d+)((?:\s*,\s*\d+)*)", re.I)
_ARTICLE = re.compile(r"Điều (\d+[a-z]?)")


def cited_paths(clause: Clause) -> list[str]:
    """The section paths of the same text that ``clause`` refers to by "điểm ... khoản ... Điều ...", resolved against
    its own article ("Điều này")."""
    own = _ARTICLE.search(clause.path)
    if own is None:
        return []
    prefix = clause.path[: own.start()]
    paths: list[str] = []
    for m in _REFERENCE.finditer(nfc(clause.text)):
        article = own.group(1) if m.group(2).lower() == "này" else m.group(2)
        for point, item, more in _ITEM.findall(m.group(1)):
            for number in [item, *re.findall(r"\d+", more)]:
                path = f"{prefix}Điều {article}.{number}" + (f".{point.lower()}" if point and number == item else "")
                if path not in paths:
                    paths.append(path)
    return paths


def clauses_citing(doc: Document, target: Clause) -> list[Clause]:
    """The clauses of ``doc`` that refer to ``target`` (or to the item it belongs to: "nhiệm vụ quy định tại khoản 1
    Điều này" covers 1.c), in document order; never ``target`` itself or its own items."""
    if _ARTICLE.search(target.path) is None:
        return []
    return [c for c, paths in doc.derived("cited_paths", _references)
            if c.id != target.id and not c.path.startswith(f"{target.path}.")
            and any(target.path == p or target.path.startswith(f"{p}.") for p in paths)]


def _references(doc: Document) -> list[tuple[Clause, list[str]]]:
    """Each clause of ``doc`` that refers to others, with their paths (read once per clause list)."""
    return [(c, paths) for c in doc.clauses if (paths := cited_paths(c))]
