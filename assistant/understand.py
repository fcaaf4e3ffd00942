"""Question understanding: intent, and the units, plans, provinces and years a Vietnamese question names."""

from __future__ import annotations

import re

from core.query import Intent, Query
from core.textnorm import fold, unit_key


# Folded keyword patterns, checked in order (first match wins, except where combined below).
_INTENT_PATTERNS: list[tuple[Intent, re.Pattern]] = [
    (Intent.COMPARE, re.compile(r"\b(so sanh|khac nhau|giong nhau|(tinh|dia phuong|ke hoach|thanh pho|noi) nao (dat|co|de ra|giao|quy dinh|yeu cau|neu)|nhung tinh nao|cac tinh)\b")),
    (Intent.SUMMARY, re.compile(r"\b(tom tat|tom luoc|noi dung chinh|gom nhung (gi|noi dung)|khai quat)\b")),
    (Intent.PARTNERS, re.compile(r"\b(phoi hop|cung voi ai|ho tro|don vi phoi hop|ai phoi hop)\b")),
    (Intent.DEADLINE, re.compile(r"\b(khi nao|bao gio|thoi gian|thoi han|han chot|luc nao|tien do|khi nao xong|xong truoc|xong trong|thang may|dinh ky|bao lau)\b")),
    (Intent.TARGET, re.compile(r"(%|\b(bao nhieu phan tram|phan tram|muc tieu|chi tieu|ty le|ti le|keo giam|bao nhieu|phan dau dat|dat bao nhieu)\b)")),
    (Intent.UNIT_TASKS, re.compile(r"\b(phai lam gi|lam gi|duoc giao (gi|nhung)|nhiem vu (gi|cua)|chu tri nhung|chiu trach nhiem nhung|phu trach nhung|nhung viec gi|viec gi)\b")),
    (Intent.LIST_TASKS, re.compile(r"\b(liet ke|nhung nhiem vu|cac nhiem vu|bao nhieu nhiem vu|co nhung gi)\b")),
    (Intent.LEAD, re.compile(r"\b(chu tri|ai lo|ai phu trach|phu trach|(don vi|co quan|phong|so|ban|luc luong|to chuc|trung tam|nganh) nao|ai (thuc hien|lam|chiu trach nhiem|duoc giao)|giao (cho )?(ai|phong|so|don vi|co quan)|trach nhiem chinh|dau moi|ai tham muu|tham muu|ai (dam nhiem|dam nhan))\b")),
]
_FOLLOWUP_RE = re.compile(r"^(con|the|vay|thi|the con|con ve|con o|the o|vay o|con voi)\b|\bthi sao\b|\bthe nao\b\s*\??$")

# Vietnamese provinces and centrally-run cities (before and after the 2025 merger), folded.
PROVINCES = [
    "an giang", "ba ria vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh",
    "binh duong", "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang", "da nang", "dak lak", "dak nong",
    "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha noi", "ha tinh", "hai duong",
    "hai phong", "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau", "lam dong",
    "lang son", "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho", "phu yen",
    "quang binh", "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la", "tay ninh",
    "thai binh", "thai nguyen", "thanh hoa", "thua thien hue", "hue", "tien giang", "tra vinh", "tuyen quang",
    "vinh long", "vinh phuc", "yen bai", "ho chi minh", "tp hcm", "sai gon",
]


class QuestionParser:
    """Parses questions against what the index knows (provinces and unit names of the ingested plans)."""

    def __init__(self, provinces: list[str], units: list[str]):
        self.provinces = sorted({p for p in provinces if p}, key=len, reverse=True)
        self._unit_keys = sorted({(unit_key(u), u) for u in units if len(unit_key(u)) >= 6}, key=lambda t: -len(t[0]))

    @staticmethod
    def _as_typed(question: str, folded_name: str) -> str:
        """A province name as the user typed it ("Quảng Nam", or "quang nam" without accents)."""
        words = question.split()
        n = len(folded_name.split())
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n]).strip(" ,.?!:;")
            if fold(cand) == folded_name:
                return cand if cand[:1].isupper() else cand.title()
        return folded_name.title()

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
        padded = f" {folded} "
        provinces = [p for p in self.provinces if f" {fold(p)} " in padded or fold(p) in folded]
        known = {fold(p) for p in self.provinces}
        unknown = [self._as_typed(question, p) for p in PROVINCES if re.search(rf"\b{p}\b", folded)
                   and p not in known and not any(p in k for k in known)]
        qkey = f" {unit_key(question)} "
        units: list[str] = []
        for key, name in self._unit_keys:
            if f" {key} " in qkey and not any(key in unit_key(u) for u in units):
                units.append(name)
        years = re.findall(r"\b(20\d\d)\b", folded)
        short = len(folded.split()) <= 7
        is_followup = bool(_FOLLOWUP_RE.search(folded)) and short
        return Query(question, folded, intent, provinces, unknown, units, years, is_followup)
