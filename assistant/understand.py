"""Question understanding: intent, and the units, plans, provinces and years a Vietnamese question names."""

from __future__ import annotations

import re

from core.docrefs import ref_matches, refs_with_text
from core.places import canonical_province, province_mentions, provinces_in
from core.query import Intent, Query
from core.textnorm import fold
from core.units import unit_key


# Folded keyword patterns, checked in order (first match wins, except where combined below).
_INTENT_PATTERNS: list[tuple[Intent, re.Pattern]] = [
    (Intent.COMPARE, re.compile(r"\b(so sanh|khac nhau|giong nhau|(tinh|dia phuong|ke hoach|thanh pho|noi) nao (dat|co|de ra|giao|quy dinh|yeu cau|neu)|nhung tinh nao|cac tinh)\b")),
    (Intent.SUMMARY, re.compile(r"\b(tom tat|tom luoc|noi dung chinh|gom nhung (gi|noi dung)|khai quat)\b")),
    (Intent.PARTNERS, re.compile(r"\b(phoi hop|cung voi ai|ho tro|don vi phoi hop|ai phoi hop)\b")),
    (Intent.DEADLINE, re.compile(r"\b(khi nao|bao gio|thoi gian|thoi han|han chot|luc nao|tien do|khi nao xong|xong truoc|xong trong|thang may|dinh ky|bao lau)\b")),
    (Intent.TARGET, re.compile(r"(%|\b(bao nhieu phan tram|phan tram|muc tieu|chi tieu|ty le|ti le|keo giam|bao nhieu|phan dau dat|dat bao nhieu)\b)")),
    (Intent.UNIT_TASKS, re.compile(r"\b(phai lam gi|lam gi|duoc giao (gi|nhung)|nhiem vu (gi|cua)|chu tri nhung|chiu trach nhiem nhung|phu trach nhung|nhung viec gi|viec gi)\b")),
    (Intent.LIST_TASKS, re.compile(r"\b(liet ke|nhung nhiem vu|cac nhiem vu|bao nhieu nhiem vu|co nhung gi)\b")),
    (Intent.LEAD, re.compile(r"\b(chu tri|ai lo|ai phu trach|phu trach|(don vi|co quan|phong|so|ban|luc luong|to chuc|trung tam|nganh|bo|cuc|cap|bo phan|to|doan|nguoi) nao|ai|ai (thuc hien|lam|chiu trach nhiem|duoc giao)|giao (cho )?(ai|phong|so|don vi|co quan)|trach nhiem chinh|dau moi|ai tham muu|tham muu|ai (dam nhiem|dam nhan))\b")),
]
_FOLLOWUP_RE = re.compile(r"^(con|the|vay|thi|the con|con ve|con o|the o|vay o|con voi)\b|\bthi sao\b|\bthe nao\b\s*\??$")

def _locality_name(locality: str) -> str:
    """"xã Lương Minh" -> "luong minh" (the name people type)."""
    return re.sub(r"^(?:xa|phuong|thi tran|dac khu)\s+", "", fold(locality)).strip()


class QuestionParser:
    """Parses questions against what the index knows (provinces and unit names of the ingested plans)."""

    def __init__(self, provinces: list[str], units: list[str], documents: list[dict] | None = None):
        self.provinces = sorted({p for p in provinces if p}, key=len, reverse=True)
        self.documents = [d for d in (documents or []) if d.get("number") or d.get("locality")]
        self._localities = sorted({(_locality_name(d["locality"]), d["id"]) for d in self.documents if d.get("locality")},
                                  key=lambda t: -len(t[0]))
        # national documents about a province ("Kết luận ... làm việc với lãnh đạo tỉnh Điện Biên")
        self._about: dict[str, list[str]] = {}
        for d in documents or []:
            if not d.get("province"):
                for name in provinces_in(d.get("title", "")):
                    self._about.setdefault(name, []).append(d["id"])
        self._indexed: dict[str, list[str]] = {}  # canonical province -> the names the index writes for it
        for p in self.provinces:
            self._indexed.setdefault(canonical_province(p) or p, []).append(p)
        self._unit_keys = sorted({(unit_key(u), u) for u in units if len(unit_key(u)) >= 6}, key=lambda t: -len(t[0]))

    def parse(self, question: str) -> Query:
        folded = fold(question)
        intent = Intent.CONTENT
        for it, pat in _INTENT_PATTERNS:
            if pat.search(folded):
                intent = it
                break
        # "chủ trì ... phối hợp" both named: the question is about partners only if it does not ask who leads
        if intent == Intent.PARTNERS and re.search(r"\b(chu tri|ai lo|phu trach)\b", folded) and not re.search(
            r"\b(don vi phoi hop|ai phoi hop|phoi hop (voi )?(nhung )?(ai|don vi nao|co quan nao))\b", folded
        ):
            intent = Intent.LEAD
        if intent in (Intent.DEADLINE,) and re.search(r"\b(chu tri|ai lo)\b", folded) and not re.search(r"\b(khi nao|bao gio|thoi han|han chot)\b", folded):
            intent = Intent.LEAD
        mentions = province_mentions(question)  # any common form: "TP.HCM", "tphcm", "thanh pho Ho Chi Minh"
        named = list(dict.fromkeys(name for name, _ in mentions))
        provinces = [p for name in named for p in self._indexed.get(name, [])]
        unknown = [name for name in named if name not in self._indexed and name not in self._about]
        doc_ids, unknown_refs, scope_terms, numbered = self._documents_named(question, folded)
        scope_terms.extend(form for _, form in mentions)  # "tp hcm" picks the plans, it is not the topic
        for name in named:
            if name not in self._indexed and name in self._about:  # only national documents are about it
                doc_ids.extend(i for i in self._about[name] if i not in doc_ids)
                scope_terms.append(name)
        qkey = f" {unit_key(question)} "
        units: list[str] = []
        for key, name in self._unit_keys:
            if f" {key} " in qkey and not any(key in unit_key(u) for u in units):
                units.append(name)
        years = re.findall(r"\b(20\d\d)\b", folded)
        short = len(folded.split()) <= 7
        is_followup = bool(_FOLLOWUP_RE.search(folded)) and short
        return Query(question, folded, intent, provinces, unknown, units, years, is_followup,
                     doc_ids=doc_ids, unknown_refs=unknown_refs, scope_terms=scope_terms, numbered=numbered)

    def _documents_named(self, question: str, folded: str) -> tuple[list[str], list[str], list[str], int]:
        """Plans the question names by number ("QĐ 2904", "TB 627", "Nghị định 171/2025") or by commune, the numbers
        no indexed plan has, and the words that only did the naming (kept out of the topic)."""
        ids: list[str] = []
        unknown: list[str] = []
        scope: list[str] = []
        for ref, written in refs_with_text(question):
            hits = [d["id"] for d in self.documents if ref_matches(ref, d.get("number", ""), d.get("kind", ""))]
            (ids.extend(h for h in hits if h not in ids) if hits else unknown.append(written))
            scope.append(written)
        numbered = len(ids)
        padded = f" {folded} "
        for name, doc_id in self._localities:
            if name and f" {name} " in padded:
                scope.append(name)
                if doc_id not in ids:
                    ids.append(doc_id)
        return ids, unknown, scope, numbered
