"""Extract who leads, partners, implements and advises a task, by when, and its numeric targets."""

from __future__ import annotations

import re

from ingest.units import split_units, starts_with_unit
from core.models import Responsibility

# "- Đơn vị chủ trì thực hiện: X", "+ Đơn vị phối hợp: Y", "- Thời gian thực hiện: Thường xuyên."
ATTRIBUTE_RE = re.compile(
    r"^(?:[-+–•]\s*)?(?P<key>(?:Đơn vị|Cơ quan|Đơn vị, địa phương)\s+(?P<roles>[^:]{2,40}?)|"
    r"Thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai))?|Thời hạn(?:\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?)"
    r"\s*:\s*(?P<value>.*)$",
    re.S | re.I,
)
_ROLE_WORDS = ("chủ trì", "phối hợp", "thực hiện", "tham mưu", "hướng dẫn", "theo dõi")

# "(Phòng X chủ trì, phối hợp Y thực hiện)" — a parenthetical assignment inside a clause.
_PAREN_RE = re.compile(r"\(([^()]{4,400})\)")
_KEYWORDS_RE = re.compile(r"chủ trì|thực hiện|phối hợp|tham mưu|triển khai|hướng dẫn", re.I)
_LEAD_RE = re.compile(
    r"^(?P<lead>.+?)\s+chủ trì(?:\s+(?:thực hiện|tham mưu|hướng dẫn))?"
    r"(?:\s*,?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+(?P<partners>.+?))?"
    r"(?:\s+(?:phối hợp\s+)?(?:triển khai\s+|tổ chức\s+)?thực hiện)?\s*[.;,]?\s*$",
    re.S,
)
_PARTNER_RE = re.compile(
    r"^(?P<impl>.+?)\s+(?:phối hợp|cùng phối hợp)(?:\s+với)?\s+(?P<partners>.+?)"
    r"(?:\s+(?:triển khai\s+|tổ chức\s+)?thực hiện)?\s*[.;,]?\s*$",
    re.S,
)
_IMPL_RE = re.compile(r"^(?P<impl>.+?)\s+(?:phối hợp\s+)?(?:triển khai\s+|tổ chức\s+)?thực hiện\s*[.;,]?\s*$", re.S)
_GUIDE_RE = re.compile(r"^(?P<lead>.+?)\s+hướng dẫn(?:\s+cụ thể)?\s*[.;,]?\s*$", re.S)  # "(Công an tỉnh hướng dẫn cụ thể)"

# "Giao Công an tỉnh chủ trì, phối hợp ... theo dõi" or a clause opening "Phòng X chủ trì, phối hợp Y ...".
_VERBS = (
    r"theo dõi|hướng dẫn|kiểm tra|tổ chức|triển khai|thực hiện|đôn đốc|tham mưu|xây dựng|tổng hợp|báo cáo|giúp|"
    r"trong|để|rà soát|chỉ đạo|đánh giá|nghiên cứu|phối hợp|chủ trì"
)
_ASSIGN_RE = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*|[-+]\s*)?(?:Giao\s+)(?P<unit>.+?)\s+(?P<verb>{_VERBS})\b(?P<rest>.*)$", re.S
)
_OPENING_LEAD_RE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*|[-+]\s*)?(?P<unit>(?:Phòng|Sở|Công an|Ban|Ủy ban|UBND|Trung tâm|Văn phòng|Thanh tra)[^,.;:]{2,80}?)"
    r"\s+chủ trì(?P<rest>.*)$",
    re.S,
)
_PARTNERS_AFTER_RE = re.compile(rf"^\s*,?\s*phối hợp(?:\s+với)?\s+(?P<partners>.+?)\s+(?:{_VERBS})\b", re.S)

_TARGET_RE = re.compile(
    r"(?:(?:ít nhất|tối thiểu|không dưới|không thấp hơn|trên|dưới|đạt|từ|tăng|giảm|kéo giảm|phấn đấu)\s+)?"
    r"\d+(?:[.,]\d+)?\s?%(?:\s?/\s?năm)?(?:\s+trở lên)?",
    re.I,
)
_DEADLINE_IN_TEXT_RE = re.compile(
    r"(?:xong|hoàn thành)\s+(?:trong|trước)\s+(?:tháng|quý|ngày)\s+[\d/IVX]+(?:/\d{4})?|trước ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?",
    re.I,
)


def _roles(words: str) -> list[str]:
    w = words.lower()
    roles = []
    if "chủ trì" in w:
        roles.append("lead")
    if "phối hợp" in w and "chủ trì" not in w:
        roles.append("partners")
    if "tham mưu" in w:
        roles.append("advisers")
    if not roles and ("thực hiện" in w or "triển khai" in w):
        roles.append("implementers")
    if not roles and "hướng dẫn" in w:
        roles.append("lead")
    return roles


def parse_attribute(text: str) -> tuple[str, str] | None:
    """("lead"|"partners"|"implementers"|"advisers"|"deadline", value) for an attribute line, else None."""
    m = ATTRIBUTE_RE.match(text.strip())
    if not m:
        return None
    key, value = m.group("key"), m.group("value").strip()
    if key.lower().startswith(("thời gian", "thời hạn", "tiến độ")):
        return ("deadline", value.rstrip(" ."))
    roles_text = m.group("roles") or ""
    if not any(r in roles_text.lower() for r in _ROLE_WORDS):
        return None
    roles = _roles(roles_text)
    return (roles[0], value) if roles else None


def is_attribute_line(text: str) -> bool:
    return parse_attribute(text) is not None


def _add(target: list[str], units: list[str]) -> None:
    for u in units:
        if u not in target:
            target.append(u)


def apply_attribute(resp: Responsibility, text: str) -> bool:
    """Fold one attribute line into ``resp``. Returns False when the line is not an attribute."""
    parsed = parse_attribute(text)
    if parsed is None:
        return False
    role, value = parsed
    if role == "deadline":
        resp.deadline = resp.deadline or value
        return True
    m = ATTRIBUTE_RE.match(text.strip())
    roles = _roles(m.group("roles") or "") if m else [role]
    units = split_units(value)
    for r in roles:
        _add(getattr(resp, r), units)
    return True


def _parse_parenthetical(inner: str, resp: Responsibility) -> bool:
    inner = re.sub(r"\s+", " ", inner.replace("*", "")).strip()
    if not _KEYWORDS_RE.search(inner):
        return False
    m = _LEAD_RE.match(inner)
    if m:
        _add(resp.lead, split_units(m.group("lead")))
        if m.group("partners"):
            _add(resp.partners, split_units(m.group("partners")))
        return True
    m = _PARTNER_RE.match(inner)
    if m:
        _add(resp.implementers, split_units(m.group("impl")))
        _add(resp.partners, split_units(m.group("partners")))
        return True
    m = _IMPL_RE.match(inner)
    if m:
        _add(resp.implementers, split_units(m.group("impl")))
        return True
    m = _GUIDE_RE.match(inner)
    if m and starts_with_unit(m.group("lead")):
        _add(resp.lead, split_units(m.group("lead")))
        return True
    return False


def extract_from_text(text: str) -> Responsibility:
    """Responsibilities stated inside a clause's own text (parentheticals, "Giao X chủ trì ...")."""
    resp = Responsibility()
    for m in _PAREN_RE.finditer(text):
        _parse_parenthetical(m.group(1), resp)
    flat = re.sub(r"\s+", " ", text.replace("*", "")).strip()
    m = _ASSIGN_RE.match(flat)
    if m and not resp.lead:
        unit = split_units(m.group("unit"))
        verb = m.group("verb")
        if verb == "tham mưu":
            _add(resp.advisers, unit)
        else:
            _add(resp.lead, unit)
        pm = _PARTNERS_AFTER_RE.match(m.group("rest"))
        if verb == "chủ trì" and pm:
            _add(resp.partners, split_units(pm.group("partners")))
    elif not resp.lead:
        m = _OPENING_LEAD_RE.match(flat)
        if m:
            _add(resp.lead, split_units(m.group("unit")))
            pm = _PARTNERS_AFTER_RE.match(m.group("rest"))
            if pm:
                _add(resp.partners, split_units(pm.group("partners")))
    d = _DEADLINE_IN_TEXT_RE.search(flat)
    if d:
        resp.deadline = d.group(0)
    return resp


def extract_targets(text: str) -> list[str]:
    out: list[str] = []
    for m in _TARGET_RE.finditer(text):
        t = re.sub(r"\s+", " ", m.group(0)).strip()
        if t not in out:
            out.append(t)
    return out


def finalize(resp: Responsibility) -> Responsibility:
    """When a task names implementers and partners but no "chủ trì", the implementers lead it."""
    if not resp.lead and resp.implementers and resp.partners:
        resp.lead = list(resp.implementers)
    return resp


def merge(into: Responsibility, other: Responsibility) -> None:
    for f in ("lead", "partners", "implementers", "advisers", "targets"):
        _add(getattr(into, f), getattr(other, f))
    into.deadline = into.deadline or other.deadline
