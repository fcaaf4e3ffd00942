"""Who leads a task, who partners, implements and advises, by when, and its numeric targets.

The forms real documents use (each with a test on a real file in tests/ingest/test_responsibility_forms.py):
- label lines: "Cơ quan chủ trì: X", "- Đơn vị phối hợp: Y", "Thời gian hoàn thành: Quý II/2026";
- prose: "Giao X chủ trì, phối hợp với Y ...", "X chủ trì, phối hợp ...", "X có trách nhiệm ...", "X khẩn trương ...",
  "X là cơ quan thường trực", "Đề nghị X ..." (a body the issuer can only request), "(X chủ trì, Y phối hợp)";
- subjectless sentences under a unit heading ("2. Sở Y tế" / "a) Chủ trì, phối hợp với Y ..." / "b) Phối hợp với Z
  ..."): the heading's unit leads, or partners where the sentence says "Phối hợp với Z" (Z then leads), also after
  an opening on what grounds ("Căn cứ chức năng, nhiệm vụ được giao, ...");
- a role label with no value over a list of units ("a) Cơ quan chủ trì / - Ban Chỉ đạo quốc gia.": bare_role_label,
  read by ingest/parse.py) and an introduction that hands the numbered items to units ("... yêu cầu <units>:",
  handed_over); tested on excerpts in tests/ingest/test_role_sections.py.
Role phrases, openers, label keys, deadline phrases and the other words of these forms come from
core/lexicon/roles.toml (a procedure's step labels from structure.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from core.lexicon import PERSON_NAME, acronyms, honorific_pattern, roles as role_lexicon, structure as structure_lexicon, \
    units as units_lexicon
from core.models import Responsibility
from core.textnorm import fold, sentence_end, split_sentences
from ingest.labels import label_of
from ingest.units import (_head_at, _is_new_unit, clean_unit, defined_by_role, defining_role, is_bare_head,
                          listed_pieces, only_generic, opens_with_capital_role, opens_with_verb, role_defined_heading,
                          split_units, starts_with_unit, task_verb_at, unit_phrase_at, without_restated_role)

_TARGET_RE = re.compile(
    r"(?:(?:ít nhất|tối thiểu|không dưới|không thấp hơn|trên|dưới|đạt|từ|tăng|giảm|kéo giảm|phấn đấu)\s+)?"
    r"\d+(?:[.,]\d+)?\s?%(?:\s?/\s?năm)?(?:\s+trở lên)?",
    re.I,
)
_REQUESTED_TOPIC = re.compile(r"(?:kiến nghị|đề xuất|đề nghị|việc|xin)\s+$", re.I)
_TOPIC_PREFIX = re.compile(r"^\s*Về\s[^:]{5,400}:\s*(?=\S)")  # "Về kiến nghị ...: Bộ X nghiên cứu ..."
# a letter passing on a leader's direction: "Xét báo cáo ... của Ủy ban nhân dân tỉnh Hưng Yên ..., Phó Thủ tướng Chính phủ
# Trần Hồng Hà có ý kiến như sau: Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc ..." (CV 11654/VPCP-CN of
# 2025; blind set b22): the assignment follows the colon
_DIRECTION_PREFIX = re.compile(r"^[^:]{10,600}?\b(?:có ý kiến(?: chỉ đạo)?|ý kiến chỉ đạo|kết luận|chỉ đạo)\s+như sau:\s*(?=\S)",
                               re.I)
_SENTENCE_SPLIT = re.compile(rf"{sentence_end('.!?')}(?=\S)|\n+|\s+(?=\(\d{{1,2}}\)\s)")
_CLAUSE_SPLIT = re.compile(r"(?<=;)\s+(?=\S)")
_MADE_OF = re.compile(r"[,\s](?:bao\s+)?gồm(?:\s+có)?\s*:?\s*$", re.I)  # a heading ending "..., bao gồm:"
# "05/02/2026 - 08/02/2026", "02/02 đến ngày 03/02", "tháng 01/2026 đến tháng 3/2026", "tháng 01 đến ngày bầu cử 15/3/2026"
_WINDOW_END = re.compile(r"\d\s*(?:đến|-|–)\s*(?:(?:ngày|tháng|quý)\s+)?(?:[^\W\d]+\s+){0,3}\d")
# "Điều 5. Nghĩa vụ của Bên bán điện trước ngày vận hành thương mại": when, not part of the party's name; "Điều 8. Trách
# nhiệm, phạm vi và cách thức giải quyết công việc của Bộ trưởng, Thủ trưởng cơ quan ngang bộ với tư cách người đứng đầu
# bộ, cơ quan ngang bộ" (NĐ 191/2026/NĐ-CP): in which capacity, not part of the name
_WHEN_AFTER_UNIT = re.compile(r"\s*(?:(?:trước|sau|trong)\s+(?:ngày|khi|thời gian|thời hạn)|với\s+tư\s+cách)\b")
# a form's blank to fill in: "(tên)..…..", "(nêu tên cụ thể)", and in a heading a run of dots ("và ông (bà) ………")
_FORM_NAME_BLANK = re.compile(r"\s*\((?:tên|ghi tên|nêu tên)[^()]{0,40}\)\s*[.…]*")
_FORM_BLANK = re.compile(rf"{_FORM_NAME_BLANK.pattern}|\s*[.…]{{3,}}")
_LEADS_BEFORE = re.compile(r"\b[Cc]hủ trì\b")  # a lead named before a directing verb in the same sentence
_EMPHASIS = re.compile(r"\*+")
ROLES = ("lead", "partners", "implementers", "advisers")


@dataclass(frozen=True)
class LabelLine:
    roles: tuple[str, ...]  # lead | partners | implementers | advisers | deadline | product (one or more)
    key: str  # the label as written
    value: str  # the value naming the unit(s), cut where the field's own value ends (``_own_value``)
    written: str = ""  # the value as the line writes it, numbered parts and all


@cache
def _label_keys() -> tuple[tuple[str, str], ...]:
    return tuple((fold(k), role) for k, role in role_lexicon().labels)


_LABEL_LINE = re.compile(r"^(?:[-+–•]\s*)?(?P<key>[^:]{2,70}?)\s*(?:\([^)]{0,40}\))?\s*:\s*(?P<value>.*)$", re.S)


# "Đơn vị chủ trì tham mưu", "Cơ quan phối hợp hướng dẫn": a generic holder word, then role words.
_HOLDER = re.compile(r"^(?:don vi|co quan|so, nganh|so nganh|don vi, dia phuong|co quan, don vi|luc luong|nguoi|bo phan)\b")


def without_emphasis(text: str) -> str:
    """The text without Markdown emphasis marks ("**Cơ quan chủ trì**" -> "Cơ quan chủ trì")."""
    return _EMPHASIS.sub("", text)


def _has(words: str, phrase: str) -> bool:
    return re.search(rf"\b{phrase}\b", words) is not None


def label_roles(key: str) -> tuple[str, ...]:
    """The roles a label or column header names: "Cơ quan chủ trì thực hiện" -> ("lead",), "Đơn vị chủ trì tham
    mưu" -> ("lead", "advisers"), "Đơn vị phối hợp hướng dẫn" -> ("partners",); () when it names none."""
    k = fold(_EMPHASIS.sub("", key)).strip(" .:*")
    for lk, role in _label_keys():
        if k == lk:
            return (role,)
    if _TIME_LIMIT.match(k):
        # a procedure's field of its time limit: "d) Thời hạn ban hành kế hoạch: Trước ngày 15 tháng 12 của năm trước
        # liền kề với năm thực hiện;" (NĐ 311/2025/NĐ-CP Điều 1.2, its Điều 8.2.d; blind set b107-03)
        return (DUE,)
    if not (holder := _HOLDER.match(k)):
        return ()
    if _has(k, "chu tri"):
        return ("lead", "advisers") if _has(k, "tham muu") else ("lead",)
    if _has(k, "phoi hop"):
        return ("partners",)
    if _has(k, "chiu trach nhiem"):
        # "5. Cơ quan chịu trách nhiệm thu thập, tổng hợp: Bộ Tài chính (Tổng cục Hải quan)." (an indicator of TT
        # 01/2025/TT-BKHĐT Phụ lục II; blind set b39)
        return ("lead",)
    if _has(k, "tham muu"):
        return ("advisers",)
    if _has(k, "thuc hien") or _has(k, "trien khai"):
        return ("implementers",)
    if _has(k, "huong dan"):
        return ("lead",)
    # an administrative procedure's fields: "Cơ quan có thẩm quyền quyết định: Sở Y tế", "Cơ quan giải quyết thủ tục
    # hành chính: Bộ Nông nghiệp và Môi trường" decide it; "Cơ quan tiếp nhận hồ sơ: Sở Khoa học và Công nghệ" takes the
    # file in (plans-real/web/ha-tinh_3004-qd-ubnd.md 2.7, bo-nong-nghiep-moi-truong_5042-qd-bnnmt.md,
    # ho-chi-minh_2817-qd-ubnd.md)
    if _has(k, "co tham quyen") or _has(k, "giai quyet"):
        return ("lead",)
    if _has(k, "tiep nhan"):
        return ("implementers",)
    if _doer_label(without_emphasis(key), len(holder.group(0).split())):
        # a field naming the body by what it does: "a) Đơn vị xây dựng kế hoạch: Bộ Giáo dục và Đào tạo;" (NĐ
        # 311/2025/NĐ-CP Điều 1.2, its Điều 8.1.a; blind set b107-01), "b) Cơ quan thẩm định: Sở Quy hoạch - Kiến trúc
        # Hà Nội;": it leads that act, the field's own clause, not the whole item above (whose other fields name the
        # bodies doing its other acts: "c) Cơ quan phê duyệt: ...")
        return (DOER,)
    return ()


DEADLINE_VALUE_WORDS = 25  # a deadline field's value longer than this is a sentence: its deadline phrase is taken
DOER = "doer"  # a field's label naming its body by the act it does: it leads that act, in the field's own clause
DUE = "due"  # a field's label naming the time limit of an act ("Thời hạn ban hành kế hoạch"): its deadline, likewise
_AS_COLUMN = {DOER: "lead", DUE: "deadline"}
OWN_FIELD_ROLES = ((DOER,), (DUE,))  # what such fields state stays in their own clause (or the text they are in)
_TIME_LIMIT = re.compile(r"^thoi han\s+\w")  # "thời hạn <what is done>" (folded)


DOER_LABEL_WORDS = 6  # the longest act a field's label names its body by ("xây dựng kế hoạch")


def _doer_label(key: str, holder_words: int) -> bool:
    """Does a label's holder (its first ``holder_words`` words) go on, in lower case, with the verb of what the body does
    ("Đơn vị | xây dựng kế hoạch", "Đơn vị | báo cáo"), not with receiving or being done to ("Đơn vị | nhận kế hoạch",
    "được ...") nor with a name ("Đơn vị | danh dự": no "dành", which folds alike)?"""
    words = key.strip(" .:*").split()
    rest = " ".join(words[holder_words:]).strip(" ,")
    if not rest or any(w[:1].isupper() for w in words[holder_words:]) or len(rest.split()) > DOER_LABEL_WORDS or \
            fold(rest).startswith(_RECEIVING) or re.search(r"\b(?:bao )?gom$", fold(rest)):
        return False  # (not what a body is made of: "1. Cơ quan điều hành nghiệp vụ Quỹ Bảo vệ môi trường gồm: ...")
    low = rest.lower()
    return any(low == v or low.startswith(v + " ") for v in role_lexicon().acts)


_RECEIVES = "nhan"  # (folded) "nhận": the field names whom something is sent to
_RECEIVING = (_RECEIVES, "duoc", "bi", "co ")  # words of a body that receives, undergoes or has: no doer


def _holder_field(text: str) -> tuple[str, str, str] | None:
    """A "<holder word> ...: <value>" line ("b) Đơn vị nhận kế hoạch: Ủy ban nhân dân cấp tỉnh;" without its label): its
    key as written, what the folded key says past the holder word ("nhan ke hoach"), and its value; None otherwise."""
    m = _LABEL_LINE.match(text)
    if m is None or not (holder := _HOLDER.match(k := fold(m["key"]).strip())):
        return None
    return m["key"], k[holder.end():].strip(" ,"), m["value"]


def _receiving_field(sentence: str) -> bool:
    """A field naming the body that receives ("b) Đơn vị nhận báo cáo: Cơ quan có thẩm quyền quản lý trực tiếp ...", NĐ
    311/2025/NĐ-CP Điều 1.5, its Điều 12.1.b): no one acts in it ("Đơn vị nhận | báo cáo" is no body reporting)."""
    field = _holder_field(sentence)
    return field is not None and field[1].startswith(_RECEIVES)


# the words of a role label and nothing else: "Cơ quan chủ trì, phối hợp", "Đơn vị thực hiện", "Chủ trì thực hiện"
_LABEL_WORDS = frozenset("co quan don vi chu tri phoi hop thuc hien tham muu trien khai to chuc dia phuong so nganh "
                         "luc luong nguoi va chinh".split())
_HOLDER_ROLES = ("lead", "partners", "implementers", "advisers")


def bare_role_label(line: str) -> tuple[str, ...]:
    """The roles a line names when it is a role label with no value, the units it gives the role to listed below it:
    "a) Cơ quan chủ trì" (without its label) -> ("lead",); () for a sentence ("Cơ quan chức năng phối hợp chặt chẽ với
    lực lượng Công an ...") or a label with its value ("Cơ quan chủ trì: Bộ Quốc phòng")."""
    key = without_emphasis(line).strip().rstrip(":").strip()
    if not key or ":" in key or set(fold(key).replace(",", " ").split()) - _LABEL_WORDS:
        return ()
    return tuple(r for r in label_roles(key) if r in _HOLDER_ROLES)


def label_role(key: str) -> str | None:
    """The first role a label or column header names ("Cơ quan chủ trì thực hiện" -> "lead"), or None."""
    roles = label_roles(key)
    return roles[0] if roles else None


def header_role(header: str) -> str | None:
    """The role of a table column from its header text (the longest label key it contains)."""
    h = fold(_EMPHASIS.sub("", header)).strip(" .:*")
    if not h:
        return None
    exact = label_role(header)
    if exact:
        return _AS_COLUMN.get(exact, exact)  # a column of doers or time limits is the lead's or the deadline's
    for lk, role in _label_keys():  # longest key first
        if lk in role_lexicon().exact_labels:
            continue
        if len(lk) >= 4 and re.search(rf"(?:^|\W){re.escape(lk)}(?:\W|$)", h):
            return role
    return None


# where a value may run into the next field: a capital opening at most 8 words up to a colon
_NEXT_FIELD = re.compile(r"\s+(?=[A-ZĐ][^\s:.;]*(?:\s+[^\s:.;]+){0,7}\s*:)")


def next_fields(text: str) -> list[int]:
    """Where further fields start in a field's value, as the portal joins a procedure record's cell lines: "Sở Y tế Cơ
    quan có thẩm quyền quyết định: Sở Y tế Cơ quan được ủy quyền: Không." (plans-real/web/ha-tinh_3004-qd-ubnd.md
    2.7): a label naming a role or a holder ("Cơ quan ..."), or any label after a full stop."""
    starts = []
    for m in _NEXT_FIELD.finditer(text):
        key = text[m.end():].split(":", 1)[0]
        if text[:m.start()].endswith((".", ";")) or label_roles(key) or _HOLDER.match(fold(key)):
            starts.append(m.end())
    return starts


def _own_value(value: str) -> str:
    """A field's value up to the next field on the same line ("Sở Y tế Cơ quan có thẩm quyền quyết định:" -> "Sở Y
    tế")."""
    starts = next_fields(value)
    return value[:starts[0]].rstrip() if starts else value


def parse_label_line(text: str) -> LabelLine | None:
    """A "<label>: <value>" line whose label names a role, a deadline or a product; else None."""
    m = _LABEL_LINE.match(text.strip())
    if not m:
        return None
    roles = tuple(r for r in label_roles(m.group("key")) if r not in ("task", "number", "note"))
    if not roles:
        return None
    value = m.group("value").strip()
    if (inner := parse_label_line(value)) is not None and inner.value == _LABEL_LINE.match(value)["value"].strip():
        # a field whose value opens with a field of its own: "6. Cơ quan giải quyết thủ tục hành chính: Cơ quan trực
        # tiếp thực hiện: Sở Nông nghiệp và Môi trường tỉnh Quảng Trị." (eval/external/docs/b6/0c462ec3eec6e18d.md):
        # the inner field, alone in the value, says what the body does
        return inner
    return LabelLine(roles, m.group("key").strip(), _own_value(value), value)


def is_attribute_line(text: str) -> bool:
    return parse_label_line(text) is not None


# whom the items below are about, not who does them: "1. Công chức có thể bị tạm đình chỉ công tác trong các trường hợp
# sau:" (plans-real/web/chinh-phu_170-2025-nd-cp.md, Điều 56.1) is no office holder's heading
_UNDERGOES = re.compile(r"\s(?:có thể\s+|sẽ\s+)?bị\s")


def _add(target: list[str], units: list[str]) -> None:
    for u in units:
        if u and u not in target:
            target.append(u)


_LEADS_AND_PARTNERS = re.compile(r"\bchu tri,? phoi hop (voi|cung)\b")  # "X chủ trì, phối hợp với Y" inside a field
_NONE_VALUES = frozenset({"khong", "khong co", "khong quy dinh", "chua co"})  # a field filled with "none"
_BLANK_FIELD = re.compile(r":\s*[.…_]{3,}[\s.…_]*$")


def is_blank_field(text: str) -> bool:
    """A form's field left blank ("Cơ quan, Tổ chức chủ trì: ……………", QĐ 4001's attached forms): no assignment."""
    return _BLANK_FIELD.search(text) is not None


_VALUE_END = re.compile(r"\s+\|\s+|(?<=[.;])\s+[-–+]\s+")
_NEXT_NUMERAL = re.compile(r"(?<!\bsố)(?<!\bSố)\s+\d{1,2}$")


def apply_attribute(resp: Responsibility, text: str) -> bool:
    """Fold one label line into ``resp``. Returns False when the line is not one."""
    line = parse_label_line(text)
    if line is None:
        return False
    # a value ends at its table cell or at the bullet of the next line joined on: "... giải quyết TTHC: Ủy ban nhân dân
    # tỉnh. - Cơ quan trực tiếp thực hiện giải quyết TTHC: ..." (a procedure's fields joined under "1.6. Cơ quan giải
    # quyết TTHC:", QĐ 2913/QĐ-UBND Hà Tĩnh Phần II)
    value = _VALUE_END.split(line.value, 1)[0].rstrip(" .;")
    # the next item's numeral the portal joined on: "Cơ quan có thẩm quyền công nhận: Ủy ban nhân dân Thành phố Hồ Chí Minh
    # 3. Kết quả thực hiện: ..." (QĐ 2817/QĐ-UBND TP.HCM); not a name's own number ("Tổ công tác số 3")
    value = _NEXT_NUMERAL.sub("", value)
    value = without_restated_role(value)  # "Cơ quan chủ trì thực hiện: Các địa phương chủ trì"
    if fold(value).strip(" ()") in _NONE_VALUES:
        return True  # "Cơ quan phối hợp: Không." names no one
    doers = [_AS_COLUMN.get(r, r) for r in line.roles if r in ("lead", "implementers", DOER)]
    if doers and (each := leads_of_items(line.written)):
        # a lead for each part of the task, numbered in the field: "CƠ QUAN CHỦ TRÌ: 1. Về phát triển công nghiệp quốc
        # gia: Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp ...: Bộ Tài chính chủ trì. ..." (NQ 109/NQ-CP,
        # Phụ lục III row 17; blind set b29-29): each leads its part
        for role in doers:
            _add(getattr(resp, role), each)
        return True
    if doers and _LEADS_AND_PARTNERS.search(fold(value)):
        # the value is a sentence of its own: "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành,
        # đoàn thể Thành phố, ... và các đơn vị có liên quan." (KH 174/KH-UBND TP.HCM III.1.a) leads with Sở Nội vụ only
        stated = extract_from_text(value)
        if stated.lead and stated.partners:
            for role in doers:
                _add(getattr(resp, role), stated.lead)
            _add(resp.partners, stated.partners)
            return True
    for role in line.roles:
        role = _AS_COLUMN.get(role, role)
        if role == "deadline":
            if len(value.split()) > DEADLINE_VALUE_WORDS:
                # a sentence as the field's value: its deadline phrase, and who it binds when nothing else says
                # ("c) Thời hạn gửi báo cáo: Các cơ quan được giao nhiệm vụ ... gửi báo cáo ... trước ngày 01 của tháng
                # tiếp theo ...", eval/external b3 Điều 8.2.c)
                stated = extract_from_text(value)
                if not (resp.lead or resp.implementers):
                    _add(resp.lead, stated.lead)
                value = stated.deadline or extract_deadline(value) or value
            resp.deadline = resp.deadline or (value if any(ch.isalnum() for ch in value) else "")
        elif role in ROLES:
            # a form's blank ("Cơ quan, Tổ chức chủ trì: …………", QĐ 4001's attached forms) names no one
            named = sum(ch.isalpha() for ch in value) >= 2
            _add(getattr(resp, role), split_units(value) or ([value] if named else []))
    return True


_ITEM_NUMERAL = re.compile(r"(?:^|(?<=[\s.;:]))\d{1,2}\.\s+(?=\S)")


def numbered_items(text: str) -> list[str]:
    """The items of a text numbered "1. ... 2. ..." on one line (the text itself when it numbers none)."""
    return [i.strip() for i in _ITEM_NUMERAL.split(text) if i.strip()]


def leads_of_items(value: str) -> list[str]:
    """The leads of a field's numbered items, each naming who leads one part ("1. Về ...: Bộ Công Thương chủ trì. 2. Bộ
    Công an: chủ trì kinh tế dữ liệu."); none unless two items or more each name one."""
    items = numbered_items(value)
    if len(items) < 2:
        return []
    leads: list[str] = []
    for item in items:
        named = extract_from_text(item).lead
        if not named and (at := unit_phrase_at(item)) is not None and item[at[1]:].lstrip().startswith(":"):
            named = split_units(at[0])  # "Bộ Công an: chủ trì kinh tế dữ liệu."
        if not named:
            return []
        _add(leads, named)
    return leads


# ---------------------------------------------------------------------------------------------- prose


@cache
def _role_phrases() -> tuple[tuple[str, str], ...]:
    return role_lexicon().role_phrases


def leads_by_role(name: str) -> bool:
    """Is ``name`` a body with no proper word defined as the one leading ("cơ quan chủ trì")?"""
    role = defining_role(name)
    return bool(role) and (found := _role_at(role)) is not None and found[0] == "lead"


def _role_at(text: str) -> tuple[str, str] | None:
    """(role, phrase) when ``text`` starts with a role phrase ("chủ trì", "có trách nhiệm", "phối hợp với")."""
    low = text.lstrip(" ,").lower()
    if low.startswith(role_lexicon().not_roles):
        return None  # "làm chủ đầu tư": no "làm chủ" (roles.toml [not_a_role])
    for phrase, role in _role_phrases():
        p = phrase.lower()
        if low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum()):
            return role, phrase
    return None


@cache
def _any_role_re() -> re.Pattern:
    """Any role phrase as a whole word, on lower-cased text."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(phrase.lower()) for phrase, _ in _role_phrases())})(?!\w)")


def says_a_role(text: str) -> bool:
    """Does ``text`` say a role anywhere ("chủ trì", "phối hợp với", "có trách nhiệm", "tham mưu"; roles.toml [[role]]),
    or hand a task over ("Giao ...", "Đề nghị ...": roles.toml [[opener]])?"""
    return _any_role_re().search(text.lower()) is not None or _opener_re().search(text) is not None


def _partners_after(rest: str) -> list[str]:
    """Units after "phối hợp (với)" in ``rest`` ("chủ trì, phối hợp với Sở Y tế, Công an tỉnh tổ chức ...")."""
    # "phối với" is a slip for "phối hợp với" real texts make: "Giao Bộ Giáo dục và Đào tạo chủ trì, phối với Bộ Tài
    # chính và các cơ quan liên quan rà soát ..." (plans-real/web/son-la_b13aef6a.md XV.5)
    m = _COOPERATE.search(rest)
    if not m or m.start() > 60:
        return []
    found = _listed_after(rest, unit_phrase_at(rest, m.end()))
    return split_units(found[0]) if found else []


_COOPERATE = re.compile(r"\bphối(?:\s+hợp(?:\s+chặt chẽ)?(?:\s+cùng)?(?:\s+với)?|\s+với)\s+")
# bodies named only by kind, then listed: "phối hợp với các cơ quan có liên quan gồm: Bộ Văn hóa, Thể thao và Du lịch,
# Bộ Công an và Ủy ban nhân dân cấp tỉnh nơi doanh nghiệp đăng ký đầu tư xây dựng trường đua xem xét ..." (NQ
# 24/2026/NQ-CP, Phụ lục I, the betting licences' procedures; blind set b54-50)
_LISTED = re.compile(r"\s*,?\s*(?:bao\s+)?gồm\s*:?\s*")


def _listed_after(text: str, found: tuple[str, int] | None) -> tuple[str, int] | None:
    """The bodies a list names after ``found`` when ``found`` only names their kind ("các cơ quan có liên quan gồm:
    ..."); else ``found``."""
    if found is None or not only_generic(found[0], related=True) or not (m := _LISTED.match(text, found[1])):
        return found
    return unit_phrase_at(text, m.end()) or found


def partners_named(text: str) -> list[str]:
    """Every unit a text says is worked with ("phối hợp với Bộ Công an"), wherever it says so."""
    names: list[str] = []
    for m in _COOPERATE.finditer(text):
        if (found := _listed_after(text, unit_phrase_at(text, m.end()))) is not None:
            _add(names, split_units(found[0]))
    return names


def _assign(resp: Responsibility, units: list[str], rest: str, requested: bool = False, named: bool = True) -> None:
    """Roles of ``units`` from the words that follow them (``rest``); ``named``: the sentence names them (not a unit
    heading above a sentence with no subject, whose "Phối hợp với ..." hands the lead to whom it names)."""
    found = _role_at(rest)
    role = found[0] if found else "lead"
    skip = rest.lstrip(" ,")[len(found[1]):] if found else rest
    if role == "partners":
        # "X phối hợp với Y ...": X acts with Y's help; with no "chủ trì" X is taken to lead (finalize); so does "X phối
        # hợp chặt chẽ với Y ..." ("Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội, ... phối hợp chặt chẽ với các cơ
        # quan Chính phủ để thẩm tra ...", plans-real/web/chinh-phu_631-tb-vpcp.md 3.3)
        skip = role_lexicon().manner.sub("", skip.lstrip(" ,"))
        partners = split_units(p[0]) if (p := unit_phrase_at(skip.lstrip(" ,"))) else []
        if partners:
            _add(resp.implementers, units)
            _add(resp.partners, partners)
        elif named and found and found[1].endswith(" với") and re.match(r"\s*\w", skip):
            # ... and so does X when who it works with is no name the lexicon knows: "Sở Tư pháp phối hợp với cơ sở giam
            # giữ phạm nhân tổ chức tuyên truyền ..." (NĐ 170/2026/NĐ-CP Điều 35.3), "Sở Khoa học và Công nghệ phối hợp
            # với các cơ quan, đơn vị rà soát, chuẩn hóa thông tin người dùng ..." (eval/external/docs/b8 Điều 13.2.a)
            _add(resp.implementers, units)
        else:
            _add(resp.partners, units)  # "Đề nghị Văn phòng Thành ủy ... phối hợp tổ chức thực hiện Nghị quyết này."
        return
    if role == "advisers":
        _add(resp.advisers, units)
        return
    if role == "implementers":
        _add(resp.implementers, units)
        _add(resp.partners, _partners_after(rest))
        return
    _add(resp.lead, units)
    _add(resp.partners, _partners_after(rest) or _notified_partners(rest))
    if requested:
        resp.requested = True


def _notified_partners(rest: str) -> list[str]:
    """The bodies the subject tells so that they work with it ("đồng thời thông báo cho Cục An toàn bức xạ và hạt nhân,
    Sở Khoa học và Công nghệ trên địa bàn để phối hợp kiểm tra, xử lý", TT 59/2025/TT-BKHCN Điều 68.1; roles.toml
    [notified_partners])."""
    lex = role_lexicon()
    for m in lex.notified.finditer(rest):
        found = unit_phrase_at(rest, m.end())
        if found is not None and lex.notified_purpose.match(rest, found[1]):
            return split_units(found[0])
    return []


@cache
def _openers() -> tuple[tuple[str, bool, bool], ...]:
    """(word, requested?, directs?) of every opener, longest first."""
    return tuple(sorted(((w, o.requested, o.directs) for o in role_lexicon().openers for w in o.words),
                        key=lambda t: -len(t[0])))


@cache
def _not_after() -> dict[str, frozenset[str]]:
    """Opener word -> the (lower-cased) word or two words before it that make it part of another verb ("chuyển
    giao", "dự kiến giao")."""
    return {w: frozenset(x.lower() for x in o.not_after) for o in role_lexicon().openers for w in o.words}


def _part_of_other_verb(text: str, m: re.Match) -> bool:
    before = text[:m.start()].lower().split()
    words = _not_after().get(m.group(0), frozenset())
    return bool(before) and (before[-1] in words or " ".join(before[-2:]) in words)  # "chuyển giao", "dự kiến giao"


@cache
def _opener_re() -> re.Pattern:
    """Where an opener may start: the sentence start or after a space, comma or bracket."""
    words = "|".join(re.escape(w) for w, _, _ in _openers())
    return re.compile(rf"(?:^|(?<=[\s,(]))(?:{words})\b")


def opener_at(text: str, pos: int) -> tuple[int, bool, bool] | None:
    """(where the unit starts, requested?, directs?) when an opener ("Giao", "Đề nghị", "Chỉ đạo") starts at
    ``pos``."""
    for word, requested, directs in _openers():
        if text.startswith(word, pos) and pos + len(word) < len(text) and text[pos + len(word)] == " ":
            start = pos + len(word) + 1
            if text.startswith("cho ", start):
                start += 4
            return start, requested, directs
    return None


def sentence_roles(sentence: str, context: list[str] | None = None, requested_context: bool = False,
                   opens_clause: bool = True) -> Responsibility:
    """Roles stated by one sentence. ``context``: the units of the heading the sentence sits under, the subject
    of a sentence that has none ("Chủ trì, phối hợp với ...", "Phối hợp với Sở Y tế ..."); only a sentence that
    opens its clause (``opens_clause``) takes it: "...; phối hợp với X" later in a clause is a detail."""
    resp = Responsibility()
    s = _EMPHASIS.sub("", sentence).strip(" -–+•\t")
    s = re.sub(r"^\(\d{1,2}\)\s*", "", s)
    s = structure_lexicon().step.sub("", s)  # "Bước 1: Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với ..."
    s = re.sub(r"^\[\d{1,3}\]\s*", "", s)  # a consolidated text's footnote mark: "a) [38] Binh chủng Công binh chủ trì"
    if not s or is_blank_field(s) or _receiving_field(s):
        return resp
    if opens_clause and (after := _after_condition(s)) is not None:
        # "Cán bộ, chiến sĩ đi học, công tác, chữa bệnh ở nước ngoài từ trần thì | Công an đơn vị, địa phương quản lý
        # cán bộ chủ trì ..." (TT 62/2019/TT-BCA Điều 21.2; blind set b81): the case is no actor. Only the sentence that
        # opens its clause: a case further on is an exception to what the clause says ("Trường hợp trong thời gian tạm
        # dừng đóng ... thì người sử dụng lao động ... thực hiện đóng bù", NĐ 158/2025/NĐ-CP Điều 10.3.a, after the
        # clause's rule; tune-fresh14 t14-39 was answered there)
        return sentence_roles(after, context, requested_context, opens_clause)
    # an item that opens "Chủ trì ..." under a unit's heading is that unit's, whatever it asks of others further on: "4.
    # Chủ trì hiệp thương, hòa giải, giải quyết tranh chấp ...; vượt thẩm quyền thì báo cáo Ủy ban nhân dân tỉnh, hoặc đề
    # nghị Bộ Khoa học và Công nghệ (Cục Viễn thông) xem xét" (QĐ 72/2025/QĐ-UBND Bắc Ninh Điều 19.4, under "Trách nhiệm
    # của Sở Khoa học và Công nghệ")
    leads_itself = bool(context) and opens_clause and (found := _role_at(s)) is not None and found[0] == "lead"
    if (delegate := delegated_to(s, opens_clause and not context)) is not None:
        _add(resp.lead, delegate)
        return resp
    # 1. an opener at the start or after a comma/clause: "Giao X ...", "UBND tỉnh giao X ...", "đề nghị X ..."
    for m in _opener_re().finditer(s):
        if leads_itself and m.start() > 0:
            break
        op = opener_at(s, m.start())
        if op is None or _REQUESTED_TOPIC.search(s[:m.start()]) or _part_of_other_verb(s, m):
            continue  # "Về kiến nghị giao UBND tỉnh làm chủ đầu tư": the province's request, not an assignment
        if op[2] and _LEADS_BEFORE.search(s[:m.start()]):
            continue  # "Bộ Tài chính chủ trì, phối hợp với ... chỉ đạo Trung tâm ... xây dựng ...": the subject leads
        unit = unit_phrase_at(s, op[0])
        if unit is None:
            continue
        if op[1] and context and opens_clause and m.start() == 0 and \
                not all(only_generic(c, related=True) for c in context):
            # "Điều 2. Nhiệm vụ và quyền hạn [of Sở Tư pháp] / 4.3. ... / b) Đề nghị Chủ tịch Ủy ban nhân dân tỉnh thành
            # lập, giải thể ... Chi nhánh" (plans-real/web/ha-tinh_2979-qd-ubnd.md): the heading's unit proposes it.
            # Not under a heading naming no one ("Điều 13. Trách nhiệm của các cơ quan liên quan / 7. Đề nghị Ủy ban trung
            # ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam ... tham gia phổ biến, giám sát ...", QĐ
            # 08/2022/QĐ-TTg): those requested do it
            _add(resp.lead, context)
            return resp
        units = split_units(unit[0])
        if units and context and opens_clause and m.start() == 0 and m.group(0) in role_lexicon().asks_under_heading \
                and not all(only_generic(c, related=True) for c in context):
            # "Điều 10. Trách nhiệm của Ngân hàng ... / 1. Yêu cầu nhà đầu tư nước ngoài ... ghi rõ mục đích ..." (TT
            # 72/2025/TT-NHNN; blind set b114-24): the heading's body asks, those asked carry it out
            _add(resp.lead, context)
            _add(resp.implementers, units)
            return resp
        if units and op[2] and not s[unit[1]:].strip(" .;,/”\"’)"):
            # "Trực tiếp theo dõi, chỉ đạo Phòng Nghiệp vụ Y." (a director's duties, QĐ 4085/QĐ-SYT Gia Lai Điều 1;
            # blind set b77-12), "Phụ trách, chỉ đạo Phòng Tổ chức cán bộ, Văn phòng Sở.": the units directed end the
            # sentence, so no task of theirs is named; they are what the leader oversees, who does it
            units = []
        if units and op[2] and not ((found := _role_at(s[unit[1]:])) and found[0] == "lead"):
            # "Chỉ đạo các trường học ... tổ chức ...": they carry it out, the heading's unit directs and leads; so
            # does the sentence's subject ("Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y ... kiểm soát ...")
            _add(resp.implementers, units)
            subject = unit_phrase_at(s, _subject_start(s, opens_clause)) if m.start() > 0 else None
            own_part = s[:m.start()].rsplit(";", 1)  # a part after ";" with words of its own has its own subject
            if subject is not None and (not s[subject[1]:m.start()].strip(" ,")
                                        or _acts_before(s[subject[1]:m.start()])
                                        and (len(own_part) == 1 or not own_part[1].strip())):
                # ... also when it acts before it directs: "(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế
                # ...; chỉ đạo các đơn vị liên quan xem xét thẩm định thiết kế ...", "(6) Ủy ban nhân dân tỉnh Ninh Bình
                # theo chức năng, nhiệm vụ, thẩm quyền chỉ đạo các cơ quan liên quan ..." (TB 637/TB-VPCP, 2.3 and 2.6)
                _add(resp.lead, split_units(subject[0]))
            elif context and opens_clause and (m.start() == 0 or subject is None):
                # also further on in an item with no subject of its own: "a) Căn cứ mục tiêu, nội dung, giải pháp của
                # Đề án để cụ thể hóa thành các chương trình, kế hoạch ..., chỉ đạo các đơn vị thuộc thẩm quyền thực
                # hiện" under "5. Ủy ban nhân dân các tỉnh, thành phố" (plans-real/web/chinh-phu_2597-qd-tt.md Điều 1.V.5)
                _add(resp.lead, context)
            return resp
        if units:
            _assign(resp, units, s[unit[1]:], op[1])
            if op[1] and not resp.lead and not resp.partners and resp.implementers == units:
                # "Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị ... thực hiện nghiêm túc ...": those
                # requested to carry it out, with no one else leading, lead it (CV 5095/SGDĐT-CTTTHSSV Hà Nội; blind set
                # b23). ("giao X thực hiện" stays as it was: a first version made it lead too and changed 80 documents)
                resp.lead, resp.implementers = list(units), []
                resp.requested = True
            return resp
    # 2. a unit as the sentence's subject: "Bộ Tài chính khẩn trương ...", "Sở X chủ trì, phối hợp ..."; also after
    #    a time that opens the sentence: "Hằng năm, Sở Nội vụ thành phố Hà Nội ban hành văn bản hướng dẫn, đôn đốc ..."
    #    (plans-real/web/ha-noi_71-2025-qd-ubnd.md, Quy chế Điều 12.4)
    start = _subject_start(s, opens_clause)
    unit = unit_phrase_at(s, start)
    if unit is not None and unit[1] < len(s):
        rest = s[unit[1]:]
        if _undergoes(rest):
            return resp  # "Cán bộ, công chức, viên chức bị xử lý kỷ luật ... thì ...": a rule about them, no task
        if _speaks(s, unit if start == 0 else None):
            return resp  # "Phó Thủ tướng Chính phủ kết luận ... như sau:": a speaker (roles.toml [speaker])
        after = rest.lstrip()
        agent = unit_phrase_at(after, len("do ")) if after.startswith("do ") else None
        if agent is not None and (agent_units := split_units(agent[0])):
            # "a) Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm, miễn nhiệm ..." (QĐ 2696 Quảng Trị, Điều lệ Điều 8.1.a):
            # the agent acts on the subject
            _assign(resp, agent_units, after[agent[1]:], requested_context)
            return resp
        if (aside := _aside_end(rest)) is not None:
            rest = rest[aside:]  # "Bộ Khoa học và Công nghệ, căn cứ vào Quy hoạch ..., | có trách nhiệm:"
        if rest.lstrip()[:1].islower() or rest.lstrip().startswith(("(",)) or opens_with_capital_role(rest.lstrip()):
            units = split_units(unit[0])
            if (grounds := role_lexicon().mandate_within.match(rest.lstrip())) is not None:
                # "... Kho bạc nhà nước và Ủy ban nhân dân các xã, phường căn cứ chức năng nhiệm vụ đế phối hợp thực
                # hiện quản lý thuế tài nguyên" (QĐ 62 Đồng Nai Điều 4.3): the role follows the grounds it acts on
                rest = rest.lstrip()[grounds.end():]
            if units:
                _assign(resp, units, rest, requested_context)
                return resp
    # 2b. a body known by its acronym, right before a role: "VNMAC có trách nhiệm xây dựng, quản lý cơ sở dữ liệu ...",
    #     "EVN chủ trì" (an acronym of a topic, "TTHC", "CSDL", is no body)
    m = role_lexicon().acronym_subject.match(s)
    if unit is None and m and fold(m.group(1)).replace("&", "") not in acronyms() and _role_at(s[m.end(1):]):
        _assign(resp, [m.group(1)], s[m.end(1):], requested_context)
        return resp
    # 3. a subject inside the sentence, right before a role: "Trong thời hạn 10 ngày, cơ quan bảo hiểm xã hội có
    #    trách nhiệm ...", "...; Bộ Công an chủ trì, phối hợp ...", also after the colon of a topic: "1. Khen thưởng cấp
    #    Nhà nước: Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan báo cáo ..." (eval/external/docs/b17)
    for m in re.finditer(r"(?:(?<=[,;(:])|(?<=[,;(:] )|(?<=\bthì ))(?=\S)", s):
        unit = unit_phrase_at(s, m.start())
        if unit is None or _after_field_label(s[:m.start()]):
            continue
        if unit[0].split()[-1] in role_lexicon().duty_subject_not_ending:
            continue  # "..., Kế toán trưởng ... hoặc người | phụ trách kế toán": the person meant, no one's role (TT
            # 157/2025/TT-BTC Điều 6.1.d, under "Nhiệm vụ, quyền hạn của KBNN"; blind set b108-24)
        found = _role_at(s[unit[1]:])
        if found and found[1] in role_lexicon().established_duties and role_lexicon().established.search(s[:m.start()]):
            continue  # "... thành lập Hội đồng sáng kiến, Hội đồng khoa học ... có nhiệm vụ giúp ...": bodies set up
        if found and found[0] in ("lead", "advisers") or found and found[1].startswith("phối hợp với"):
            units = split_units(unit[0])
            if units:
                _assign(resp, units, s[unit[1]:], requested_context)
                return resp
    # 4. "... do X chủ trì", "X được giao chủ trì", "Việc đánh giá ... do người đứng đầu cơ quan cấp trên ... thực hiện"
    #    (not in an item its heading's unit leads: "3. Sở Nội vụ / b) Chủ trì, nâng cao chất lượng tổ chức huấn luyện
    #    ...; Phối hợp tham gia kiểm tra liên ngành ... do Sở Công Thương hoặc Công an tỉnh chủ trì.", Công văn of UBND
    #    tỉnh Lào Cai on explosives, 2026; blind set b43-08: the inspections it joins are another's)
    m = re.search(r"\bdo\s+(?=\w)", s) if not leads_itself else None
    if m:
        unit = unit_phrase_at(s, m.end())
        if unit and not _role_at(s[unit[1]:]):
            # the agent runs on to the role that ends the sentence: "do người đứng đầu cơ quan cấp trên quản lý trực
            # tiếp thực hiện." (a name cut at "quản lý" would leave the role out of reach)
            end = re.match(r"[^.;:,()]{1,60}?(?=\s+(?:thực hiện|chủ trì|đảm nhiệm)\s*[.;]?\s*$)", s[unit[1]:])
            unit = (s[m.end():unit[1] + end.end()].strip(), unit[1] + end.end()) if end else None
        if unit and _role_at(s[unit[1]:]):
            _assign(resp, split_units(unit[0]), s[unit[1]:])
            return resp
    # 4b. a matter handed to the body that ends the sentence: "Việc tiếp nhận hồ sơ ... thuộc thẩm quyền của Ủy ban
    #     nhân dân cấp tỉnh." (roles.toml [power_holder])
    if (holder := _power_holder(s)) is not None:
        _add(resp.lead, holder)
        return resp
    # 4c. a body named by what it is, which no unit head opens, right before its duty, under a heading naming no one:
    #     "3. Cơ sở khám bệnh, chữa bệnh có trách nhiệm:" (TT 55/2025/TT-BYT Điều 15.3; roles.toml [duty_subject])
    if not context and (named := _duty_subject(s, _subject_start(s, opens_clause))) is not None:
        _assign(resp, [named[0]], s[named[1]:], requested_context)
        return resp
    # 5. no subject: the heading's unit ("Chủ trì, phối hợp với ...", "Phối hợp với Sở Y tế ...", "Là đầu mối ..."),
    #    also after an opening that says on what grounds ("Căn cứ vào chức năng, nhiệm vụ, tham gia phối hợp ...")
    if context and opens_clause:
        if (mandate := role_lexicon().mandate_opening.match(s)) is not None:
            s = s[mandate.end():]
        found = _role_at(s)
        if found and found[0] == "partners":
            rest = s.lstrip(" ,")[len(found[1]):].lstrip(" ,")
            rest = role_lexicon().manner.sub("", rest)  # "Phối hợp chặt chẽ với Ban Thường trực ..."
            other = unit_phrase_at(rest)
            if other:  # "Phối hợp với Sở Y tế ...": Sở Y tế leads, the heading's unit partners
                _add(resp.lead, split_units(other[0]))
                _add(resp.partners, context)
                return resp
            if mandate is not None and found[1].endswith("với"):
                return resp  # "Căn cứ chức năng, nhiệm vụ ..., phối hợp với các cơ quan ... liên quan ...": as before
        if found:
            _assign(resp, list(context), s, requested_context, named=False)
    return resp


ASIDE_WORDS = 30  # the longest aside set off by commas between a subject and its role


def _aside_end(rest: str) -> int | None:
    """Where the role starts in ``rest`` (what follows a sentence's subject) when an aside set off by commas comes
    between them: "1. Bộ Khoa học và Công nghệ, căn cứ vào Quy hoạch phổ tần số vô tuyến điện quốc gia, | có trách
    nhiệm:" (QĐ 37/2025/QĐ-TTg Điều 5.1; blind set b106-01), "Ủy ban nhân dân cấp tỉnh, trong phạm vi nhiệm vụ, quyền hạn
    của mình, | có trách nhiệm ...". The aside opens in lower case, says no role and no sentence ends in it, and a role
    or a task verb follows it; None when there is none."""
    body = rest.lstrip()
    if not body.startswith(","):
        return None
    start = len(rest) - len(body) + 1
    aside = rest[start:]
    if not aside.lstrip()[:1].islower():
        return None  # "Bộ Tài chính, Bộ Tư pháp có trách nhiệm": a list of bodies, read as one subject
    scoped = aside.lstrip().lower().startswith(role_lexicon().aside_openings)
    for comma in re.finditer(",", aside):
        said = aside[:comma.start()]
        if re.search(r"[.;:()]", said) or len(said.split()) > ASIDE_WORDS or _any_role_re().search(said.lower()):
            return None
        if _role_at(aside[comma.end():]) is not None or (scoped and _acting_verb(aside[comma.end():])):
            # (a task verb says it as well as a role after the body's scope: "Hội đồng nhân dân các cấp, trong phạm vi
            # nhiệm vụ, quyền hạn của mình, | quyết định nhiệm vụ thu ngân sách hằng năm ...", Luật Quản lý thuế
            # 108/2025/QH15 Điều 39.4; roles.toml [aside_opening])
            return start + comma.end()
    return None


_DEFINED_AS = re.compile(r"\s*\((?:sau đây|gọi tắt|viết tắt)[^()]*\)\s*$", re.I)  # "(sau đây gọi là cơ quan cấp phép)"


_THEN = re.compile(r"[\s,]thì\s+")
_GROUNDS = ("về ", "căn cứ", "theo ", "thực hiện", "trên cơ sở")  # a sentence opening on its grounds or topic


def _after_condition(sentence: str) -> str | None:
    """What follows "thì" when a sentence states a case and then who acts in it, the case saying no role itself: "...
    từ trần thì Công an cấp huyện trực tiếp quản lý tổ chức viếng" -> "Công an cấp huyện ..."; None otherwise ("Sở Y tế
    chủ trì ...; vượt thẩm quyền thì báo cáo ...": the subject leads, what follows "thì" names no one)."""
    m = _THEN.search(sentence)
    if m is None:
        return None
    case = sentence[:m.start()]
    low = case.lower()
    if _any_role_re().search(low) is not None:
        return None
    if not low.startswith(role_lexicon().case_openings):
        # with no opening word the case is its subject's ("Cán bộ, chiến sĩ ... từ trần thì ..."): one that acts keeps
        # the sentence ("... được vay ..., trường hợp ... thì ..."), and so does one opening on its grounds or topic
        # ("Về thẩm quyền: Căn cứ quy định ... thì Ủy ban nhân dân cấp tỉnh là cơ quan có thẩm quyền ...", a reply
        # letter of Sở Công Thương Lào Cai, tests/data/so-cong-thuong-lao-cai)
        if low.startswith(_GROUNDS):
            return None
        subject = unit_phrase_at(case, 0)
        after_subject = low[subject[1]:].lstrip(" ,") if subject is not None else ""
        if after_subject.startswith(role_lexicon().task_verbs) and not after_subject.startswith(("đang ", "đã ")):
            return None  # (not "... đang công tác hy sinh, từ trần thì ...": what befell them)
    after = sentence[m.end():]
    unit = unit_phrase_at(after, 0)
    if unit is None and after[:1].islower():
        # mid-sentence, the body after "thì" is written in lower case: "Cán bộ, chiến sĩ hy sinh, từ trần đang trong
        # thời gian học tập trung tại các học viện ... thì | lãnh đạo học viện, trường Công an nhân dân chủ trì tổ chức
        # lễ tang" (TT 62/2019/TT-BCA Điều 21.3; blind set b81-11)
        # (only a body a role word follows: "cấp có thẩm quyền căn cứ phẩm chất ..." names no one who leads)
        written = after[0].upper() + after[1:]
        unit = unit_phrase_at(written, 0)
        if unit is None or _role_at(written[unit[1]:]) is None:
            return None
        after = written
    if unit is None or unit[1] == 0 or not after[unit[1]:].strip(" ,"):
        return None
    return after


def _power_holder(sentence: str) -> list[str] | None:
    """The units a sentence opening with its matter ("Việc ...", "Thủ tục ...") hands it to when it ends "... thuộc thẩm
    quyền của <unit>." and no word just before denies or excepts it ("trừ những nội dung thuộc thẩm quyền của ... theo quy định ..." names no one)."""
    lex = role_lexicon()
    opening = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+", "", sentence)  # "1.1. Việc tiếp nhận ..."
    if not lex.power_holder_topic.match(opening):
        return None
    for m in lex.power_holder.finditer(sentence):
        if lex.power_holder_denied.search(sentence[:m.start()]):
            continue
        unit = unit_phrase_at(sentence, m.end())
        if unit is not None and not sentence[unit[1]:].strip(" .;") and \
                (units := split_units(_DEFINED_AS.sub("", unit[0]))):
            return units
    return None


def _after_field_label(before: str) -> bool:
    """Is ``before`` a field's label and its colon ("a) Nhiệm vụ:", "Thời hạn gửi báo cáo:")? Its value is the field's,
    read with the record's other fields ("b) Cơ quan thực hiện: - Đơn vị chủ trì: Các Sở, ban, ngành."), not a
    sentence whose subject leads (eval/external/docs/b2/8e9a425dd83e56b3.md II.4.1)."""
    before = before.rstrip()
    if not before.endswith(":"):
        return False
    key = before[:-1].strip(" *_")
    if (label := label_of(key)) is not None:  # "a) Nhiệm vụ", "1.2. Thời hạn"
        key = key[label.end:]
    return bool(label_roles(key))


def _acts_before(between: str) -> bool:
    """Do the words between a sentence's subject and a directing verb further on say the subject acts (they open in
    lower case, with a task verb or "theo chức năng, nhiệm vụ"), rather than end a name or a phrase of its own?"""
    words = between.lstrip(" ,")
    return words[:1].islower() and not _undergoes(f" {words}") and \
        (_role_at(words) is not None or words.startswith(role_lexicon().task_verbs))


def handed_over(sentence: str) -> Responsibility | None:
    """The units a sentence hands the items after it to, when it ends with ":" and names them after an opener ("Thủ
    tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:", the introduction of
    Chỉ thị 31/CT-TTg of 2012, whose items 1-5 follow; "UBND tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện tốt
    một số nội dung sau:"): they lead them; else None. An issuer saying what it does ("UBND tỉnh triển khai thực hiện
    như sau:") hands over nothing."""
    s = " ".join(without_emphasis(sentence).split())
    if not s.endswith(":") or not (m := _opener_re().search(s)) or _part_of_other_verb(s, m):
        return None
    r = sentence_roles(s[m.start():-1])
    units = r.lead or r.implementers
    return Responsibility(lead=list(units), requested=r.requested) if units else None


def _speaks(text: str, unit: tuple[str, int] | None = None) -> bool:
    """Does ``text`` open with a body that speaks, what it says following ("Phó Thủ tướng Chính phủ kết luận tại Thông
    báo 665/TB-VPCP năm 2025 như sau:", a web copy of that notice; roles.toml [speaker])? The unit name read at its
    start (``unit``, when the caller read it already) may run on over the verb ("Phó Thủ tướng Chính phủ kết luận"):
    the verb is looked for after each of its words."""
    unit = unit if unit is not None else unit_phrase_at(text, 0)
    if unit is None:
        return False
    speaker = role_lexicon().speaker
    return any(speaker.match(text[m.start():]) for m in re.finditer(r"(?<=\s)\S", text[: unit[1] + 2]))


def _undergoes(rest: str) -> bool:
    """Does the subject before ``rest`` undergo what follows (roles.toml [passive]), right after it or after where it
    works ("Cán bộ các cơ quan | trong hệ thống chính trị được đề nghị bổ nhiệm ...", Hướng dẫn 45-HD/BTCTW III.1.2)?"""
    passive = role_lexicon().passive
    if passive.match(rest):
        return True
    m = re.match(r"\s*(?:trong|tại|thuộc|ở)\s", rest)
    if m is None:
        return False
    for w in re.finditer(r"[^\s]+", rest[m.end():]):
        if re.search(r"[,.;:()]", w.group(0)) or w.start() > 80:
            return False
        if passive.match(rest[m.end() + w.end():]):
            return True
    return False


def _duty_subject(sentence: str, start: int) -> tuple[str, int] | None:
    """(name, end) of a body named by what it is that opens ``sentence`` at ``start`` right before a duty ("Cơ sở khám
    bệnh, chữa bệnh | có trách nhiệm:", "Tổ chức tín dụng | có trách nhiệm"; roles.toml [duty_subject]): in capitals,
    in a few words, saying no role, case or verb of its own ("Trường hợp ...", "Việc ...", "Thực hiện ..."); a unit the
    lexicon knows that ends it is the name ("Điều 5. Nội dung | Sở Dân tộc và Tôn giáo | có trách nhiệm chủ trì",
    QĐ 26/2025/QĐ-UBND Thái Nguyên). Else None."""
    lex = role_lexicon()
    m = lex.duty_subject.search(sentence, start)
    if m is None:
        return None
    name = lex.duty_subject_modal.sub("", sentence[start:m.start()].strip())
    words = name.split()
    if not name[:1].isupper() or not 1 < len(words) <= lex.duty_subject_words or " là " in name or is_bare_head(name) \
            or lex.duty_subject_not_opening.match(name) \
            or words[-1] in lex.duty_subject_not_ending or re.search(r"[\d.;:!?/“”\"]|,$", name) \
            or _case_word(name.lower()) or extract_deadline(name) \
            or opens_with_verb(name) and not name.startswith(lex.duty_subject_names) \
            or (_any_role_re().search(name.lower()) is not None and not defined_by_role(name.split(",")[0])):
        return None
    for inner in re.finditer(r"(?<=\s)\w", name):  # a known unit ending it: "Nội dung | Sở Dân tộc và Tôn giáo"
        unit = unit_phrase_at(name, inner.start()) if inner.group(0).isupper() else None
        if unit is not None and unit[1] >= len(name):
            return unit[0], m.start()
    return name, m.start()


def _after_opening_time(sentence: str) -> int:
    """Where the subject starts after a time that opens a sentence up to its first comma ("Hằng năm, ", "Định kỳ hằng
    quý, ", "Trước ngày 15/12/2025, "): the time is all the opening says, but for a word or two ("Định kỳ"); 0 when no
    time opens it."""
    if (mandate := role_lexicon().mandate_opening.match(sentence)) is not None:
        return mandate.end()  # "Căn cứ chức năng, nhiệm vụ được giao, " says on what grounds, not when
    comma = sentence.find(",")
    if comma <= 0:
        return 0
    opening = sentence[:comma]
    said = extract_deadline(opening)
    if not said:
        return 0
    if len(opening.split()) <= len(said.split()) + 2:
        return len(sentence) - len(sentence[comma + 1:].lstrip())
    if not _time_goes_on(opening, said):
        return 0
    # the time goes on over the events it counts from, to the comma before the body acting: "Trong thời hạn không quá
    # 15 ngày kể từ ngày quyết định ban hành bảng giá đất; quyết định điều chỉnh, sửa đổi, bổ sung bảng giá đất, | Ủy
    # ban nhân dân cấp tỉnh gửi kết quả về Bộ Nông nghiệp và Môi trường ..." (NĐ 226/2025/NĐ-CP Điều 1.9, khoản 6 Điều
    # 14 of NĐ 71/2024; blind set b119-09)
    return _unit_acting_after_comma(sentence, comma, OPENING_TIME_WORDS)


# how many words a sentence's opening time may run to, over the events it counts from
OPENING_TIME_WORDS = 40


# a time counted from an event, which the words after it go on describing ("... kể từ ngày nhận được văn bản của cơ
# quan thẩm định (kèm theo hồ sơ ...)"), or a time that goes on with another ("Định kỳ hằng năm (trước ngày 30 tháng
# 11) hoặc đột xuất theo yêu cầu"); not a time a task follows ("Hàng năm lập dự toán kinh phí ..., gửi Sở Tài chính
# thẩm định, Ủy ban nhân dân tỉnh phê duyệt", a Sở's duty in Quy chế thư điện tử công vụ Nghệ An Điều 11.8)
_COUNTED_FROM = re.compile(r"(?i)\b(?:kể từ|từ ngày|sau khi|trước khi)\b")
_TIME_GOES_ON = re.compile(r"(?i)^\s*(?:[;,(]|hoặc\b|và\b|kể từ\b|từ ngày\b|sau khi\b|trước khi\b)")


def _time_goes_on(opening: str, said: str) -> bool:
    """Does ``opening`` open with the time ``said`` (but for a word or two before it: "Trong thời hạn ..."), and do the
    words after that time still belong to it (``_COUNTED_FROM``, ``_TIME_GOES_ON``)?"""
    flat = re.sub(r"\s+", " ", opening)
    at = flat.lower().find(said.lower())
    if at < 0 or len(flat[:at].split()) > 2:
        return False
    return _COUNTED_FROM.search(said) is not None or _TIME_GOES_ON.match(flat[at + len(said):]) is not None


_COMMA = re.compile(r",\s*")


def _unit_acting_after_comma(sentence: str, start: int, max_words: int,
                             goes_on: Callable[[str, re.Match], bool] | None = None) -> int:
    """Where the subject starts after an opening that runs from the sentence's start to a comma at or after ``start``:
    the first comma with a unit right after it that does something (its name, then an acting verb), the opening
    before it saying no role ("thì" neither) in at most ``max_words`` words; a comma that ``goes_on(opening, comma)``
    (the opening in lower case) says the opening goes on over is passed. 0 when the opening ends first."""
    for comma in _COMMA.finditer(sentence, start):
        opening = sentence[:comma.start()].lower()
        if len(opening.split()) > max_words or _any_role_re().search(opening) is not None or " thì " in opening:
            return 0
        if goes_on is not None and goes_on(opening, comma):
            continue
        unit = unit_phrase_at(sentence, comma.end()) if starts_with_unit(sentence[comma.end():]) else None
        if unit is not None and _acting_verb(sentence[unit[1]:]):
            return comma.end()  # the unit does something right after its name ("Công an cấp tỉnh chủ động phối hợp")
    return 0


def _subject_start(sentence: str, opens_clause: bool) -> int:
    """Where a sentence's subject starts: after an opening time (``_after_opening_time``), or after an opening case or
    event (``_after_opening_case``) in the sentence that opens its clause only: a case further on is an exception to
    what the clause says ("... Trường hợp hồ sơ, đề án, văn bản chưa đạt yêu cầu, Chủ tịch Ủy ban nhân dân cấp xã quyết
    định hoãn ...", NĐ 315/2025/NĐ-CP Quy chế Điều 23.3.b, among the tasks of the Văn phòng). Not after a case when the
    subject is a plural, which restates those a heading or lead-in names ("Sở Giáo dục và Đào tạo đề nghị UBND các xã,
    phường; các đơn vị, cơ sở giáo dục trực thuộc: / - Trường hợp ... (VN_AQI ≥ 301), các đơn vị, trường học chủ động
    tạm dừng ...", CV 5095/SGDĐT-CTTTHSSV Hà Nội; blind set b23): a plural with a role of its own is read further on
    ("..., các bộ, ngành có trách nhiệm ...")."""
    if (start := _after_opening_time(sentence)) or not opens_clause:
        return start
    start = _after_opening_case(sentence)
    return 0 if re.match(r"(?i)(?:các|những)\s", sentence[start:]) else start


def _after_opening_case(sentence: str) -> int:
    """Where the subject starts after a case or an event that opens a sentence up to a comma, a unit right after it,
    the opening saying no role: "a) Sau khi kết thúc và rút kinh nghiệm công tác tuyển quân, | Công an tỉnh, thành phố
    (gọi chung là Công an cấp tỉnh) xây dựng kế hoạch ...", "c) Sau khi tổng hợp báo cáo của Công an cấp xã, | Công an
    cấp tỉnh chủ động phối hợp ..." (TT 101/2025/TT-BCA Điều 5.1; blind set b83-24); roles.toml [case_opening]. 0 when
    none opens it."""
    low = sentence.lower()
    if not (case_word := _case_word(low)):
        return 0

    def goes_on(opening: str, comma: re.Match) -> bool:
        if re.search(r"\bcủa(?:\s+\S+)?$", opening) or _LISTED_HEAD_END.search(opening) \
                or starts_with_unit(sentence[len(case_word):comma.start()].lstrip()):
            # a list the comma goes on with: "Khi có văn bản yêu cầu của người, | cơ quan ...", "Trường hợp cơ quan, |
            # tổ chức, đơn vị chưa kiện toàn ..." (NĐ 170/2025/NĐ-CP Điều 34.3), "a) Đối với Ban quản lý dự án chuyên
            # ngành, | Ban quản lý dự án khu vực thuộc thẩm quyền quản lý của bộ ...: được thành lập ..."
            return True
        # a body the grounds name ("Trên cơ sở ý kiến của cấp ủy, tổ chức đảng, | cơ quan, đơn vị, ...")
        return case_word in role_lexicon().grounds_openings and re.search(r"\bcủa\b", opening) is not None \
            and not sentence[comma.end():comma.end() + 1].isupper()

    return _unit_acting_after_comma(sentence, 0, 30, goes_on)


# a head of a list of bodies that the comma goes on with ("Trường hợp cơ quan, | tổ chức, đơn vị ..."); not every head
# that names no unit alone: "... của cơ quan bảo hiểm xã hội, | Ủy ban nhân dân cấp tỉnh chỉ đạo ..." ends on "hội"
_LISTED_HEAD_END = re.compile(r"\b(?:cơ quan|tổ chức|đơn vị|cá nhân|doanh nghiệp)$")


@cache
def _openings() -> tuple[str, ...]:
    """The words opening a case or the grounds a body acts on (roles.toml [case_opening]), longest first."""
    lex = role_lexicon()
    return tuple(sorted([*lex.case_openings, *lex.grounds_openings], key=len, reverse=True))


def _case_word(low: str) -> str:
    """The case or grounds word ``low`` (lower case) opens with, longest first."""
    return next((w for w in _openings() if low.startswith(w)), "")


def _acting_verb(rest: str) -> bool:
    """Does ``rest`` open with a role or a task verb (roles.toml [task_verbs]) that says the body before it acts, not
    one of [case_opening] "not_acting" ("là", "được", "nhận thấy")?"""
    low = rest.lstrip(" ,").lower()
    if _role_at(low) is not None:
        return True
    # (a whole word, before a space or a comma: "Vụ Tổ chức phi chính phủ | tổng hợp, thẩm định hồ sơ ...")
    verb = task_verb_at(low)
    return verb is not None and verb not in role_lexicon().not_acting


def _parentheticals(text: str, resp: Responsibility) -> None:
    """"(Phòng X chủ trì, phối hợp Y thực hiện)", "(Cơ quan chủ trì: X; Thời gian: Quý II)" inside a clause."""
    for m in re.finditer(r"\(([^()]{4,400})\)", text):
        inner = re.sub(r"\s+", " ", _EMPHASIS.sub("", m.group(1))).strip()
        if not re.search(r"chủ trì|thực hiện|phối hợp|tham mưu|hướng dẫn|thời gian|thời hạn", inner, re.I):
            continue
        if ":" in inner and any(apply_attribute(resp, part) for part in re.split(r";\s*", inner)):
            continue  # "(Cơ quan chủ trì: Sở X; Thời gian: Quý II)"
        opened = opener_at(inner, 0)
        if starts_with_unit(inner) or (opened is not None and starts_with_unit(inner[opened[0]:])):
            # "(Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp ... tham mưu)" (Kế hoạch bảo vệ
            # bí mật nhà nước năm 2023, QĐ 254/QĐ-UBND tỉnh Sơn La, II.6)
            sub = sentence_roles(inner)
            if sub.lead or sub.implementers or sub.advisers:
                merge(resp, sub)
            elif (g := re.match(r"^(?P<u>.+?)\s+hướng dẫn(?:\s+cụ thể)?\s*[.;,]?\s*$", inner)) and starts_with_unit(g.group("u")):
                _add(resp.lead, split_units(g.group("u")))  # "(Công an tỉnh hướng dẫn cụ thể)"


def _inline_labels(text: str, resp: Responsibility) -> None:
    """Label lines written inside a clause ("... Cơ quan chủ trì: Sở X. Thời gian thực hiện: năm 2026.")."""
    for line in split_sentences(text, before="(?=[A-ZĐ])"):
        apply_attribute(resp, line)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if s.strip()]


@cache
def _received_kind() -> re.Pattern:
    """A text's kind and "số" after a letter's opening verb: "Kế hoạch số", "Công văn số" (structure.toml [[kind]])."""
    names = sorted((k.name for k in structure_lexicon().kinds), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, names))})\s+số\b", re.I)


def _receives_a_text(sentence: str) -> bool:
    """Does the sentence open a letter by the text it answers ("<issuer> nhận được Kế hoạch số ...", structure.toml
    [letter_opening])? Receiving a dossier is a step of a procedure and stays one ("Sở Tài chính nhận được hồ sơ, ...")."""
    m = structure_lexicon().letter_opening.match(sentence)
    return m is not None and _received_kind().match(sentence, m.end()) is not None


def extract_from_text(text: str, context: list[str] | None = None, requested_context: bool = False) -> Responsibility:
    """Responsibilities a clause states in its own text: label lines, parentheticals, prose sentences."""
    text = _FORM_NAME_BLANK.sub(" ", text)  # "Ủy ban nhân dân các tỉnh ... (tên)..….. có trách nhiệm:" (QĐ 5042's forms)
    resp = Responsibility()
    topic = _TOPIC_PREFIX.match(text) or _DIRECTION_PREFIX.match(text)
    if topic is not None:  # a conclusion's "Về <the issue>:" states the issue; the assignment follows the colon
        after = extract_from_text(text[topic.end():], context, requested_context)
        if after.lead or after.implementers or after.advisers:
            return after
    _inline_labels(text, resp)
    _parentheticals(text, resp)
    if not (resp.lead or resp.implementers or resp.advisers):
        stripped = re.sub(r"\([^()]*(?:chủ trì|phối hợp|thực hiện|tham mưu|thời gian)[^()]*\)", " ", text)  # read above
        enumerated = len(re.findall(r"\(\d{1,2}\)\s", stripped)) >= 2  # "(1) X ...; (2) Y ...": one lead each
        said = sentences(stripped)
        for k, s in enumerate(said):
            if role_lexicon().courtesy.search(s):
                continue  # "Ủy ban nhân dân tỉnh Lào Cai trân trọng báo cáo ...": a courtesy close assigns nothing
            if _receives_a_text(s):
                continue  # "Ủy ban nhân dân tỉnh nhận được Kế hoạch số 600/KH-BCA-V01 ... về tổng kết thực hiện ...": a
                # letter's opening says what it answers; the task follows ("... giao Công an tỉnh nghiên cứu ...",
                # a Lâm Đồng letter of 10/2025; blind set b75)
            # a whole sentence first ("Chánh Văn phòng ...; Giám đốc Sở ...; ... chịu trách nhiệm"), then its
            # semicolon-separated parts ("...; (2) Bộ Công an chủ trì ...")
            pieces = [s, *(_CLAUSE_SPLIT.split(s) if ";" in s else [])]
            for j, piece in enumerate(pieces):
                sub = sentence_roles(piece, context, requested_context, opens_clause=(k == 0 and j <= 1))
                if sub.lead or sub.implementers or sub.advisers or sub.partners:
                    merge(resp, sub)
                    if not enumerated:
                        break
            if (resp.lead or resp.implementers or resp.advisers) and not enumerated:
                if resp.lead:
                    _add(resp.lead, _parallel_leads(stripped))
                    _add(resp.partners, _joining_the_lead(said[k + 1:], resp.lead, pieces[2:]))
                break  # the clause's first assignment names its lead; later ones are detail
    if not resp.deadline:
        resp.deadline = extract_deadline(text)
    return resp


_PARTNERS_OPENING = re.compile(r"phối hợp(?: chặt chẽ)? với\s", re.I)  # a part of a sentence opening with its partners


def _joining_the_lead(later: list[str], lead: list[str], parts: list[str]) -> list[str]:
    """The bodies a later sentence of the clause has work with its lead: "18.1.5. Ban Tổ chức Trung ương có trách
    nhiệm quản lý, hướng dẫn ... Các ban và cơ quan của Đảng ở Trung ương phối hợp với Ban Tổ chức Trung ương hướng
    dẫn hoạt động của ..." (Quy định 294-QĐ/TW, 2025; blind set b140-30): they partner it; so do those a later part of
    its sentence has it work with: "3. Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động ...;
    phối hợp với Đảng đoàn Quốc hội thể chế hoá ..." (NQ 57-NQ/TW IV.3; blind set b139-05)."""
    out: list[str] = []
    keys = {fold(u) for u in lead}
    for part in parts:
        if _PARTNERS_OPENING.match(part.strip()):
            _add(out, [p for p in sentence_roles(f"{lead[0]} {part.strip()}").partners if fold(p) not in keys])
    for s in later:
        roles = sentence_roles(s)
        if {fold(p) for p in roles.partners} & keys:  # "Z phối hợp với <the lead> ...": Z works with it
            _add(out, [u for u in roles.lead + roles.implementers if fold(u) not in keys])
    return out


def holder_named(text: str, office: str) -> str | None:
    """The office and the person holding it, when a line gives the office, a colon and the person before a dash: "2. Phó
    Hiệu trưởng: Ông Nguyễn Văn Thành – Giám sát lịch trình, ... chịu trách nhiệm chính về cuộc thi." is the deputy head
    Nguyễn Văn Thành's (a school's plan of 11/2025, VII.2; blind set b137-01); None otherwise."""
    m = re.match(rf"^\W*(?:\d{{1,2}}[.)]\s*)?{re.escape(office)}\s*:\s*(?:(?:{honorific_pattern()})\s+)?"
                 rf"(?P<name>{PERSON_NAME})\s*[-–]\s", text)
    return f"{office} {m.group('name')}" if m is not None else None


def leading_subject(line: str) -> str | None:
    """The unit phrase a line opens with when "chủ trì" follows it ("Bộ Nông nghiệp và Môi trường chủ trì, phối hợp
    ..."), list markers and emphasis aside; else None."""
    line = _EMPHASIS.sub("", line).strip(" -–+•\t")
    unit = unit_phrase_at(line, 0)
    if unit is None or unit[1] == 0 or not re.match(r"[\s,]*chủ trì\b", line[unit[1]:]):
        return None
    return unit[0]


def _parallel_leads(text: str) -> list[str]:
    """The bodies leading the lines of ``text`` when two or more lines each open with a body that leads its own part:
    "Bộ Nội vụ chủ trì, phối hợp ... hướng dẫn nội dung tiêu chí 1.1.1; / Bộ Công an chủ trì, phối hợp ... các tiêu chí
    1.1.2 và 2.4.1; / ..." (QĐ 42/2025/QĐ-TTg Điều 2.3.a; blind set b79): each its own, not a detail of the first."""
    subjects = [u for u in map(leading_subject, text.splitlines()) if u is not None]
    return [name for u in subjects for name in split_units(u)] if len(subjects) >= 2 else []


_LATER_PARTNERS = re.compile(r"^phối hợp(?:\s+chặt chẽ)?(?:\s+cùng)?\s+với\s+")


def later_partners(text: str) -> list[str]:
    """The units a clause works with in a later part of its own, one with no subject: "6. Giám sát, quan trắc, định kỳ
    phân tích chất lượng nước thải ...; phối hợp cùng với Công an thành phố, Sở Nông nghiệp và Môi trường, Thanh tra
    thành phố để kiểm tra, xử lý các hành vi vi phạm ..." under "Điều 26. Trách nhiệm của Ủy ban nhân dân các xã, phường,
    đặc khu" (QĐ of UBND Hải Phòng on drainage; external set b7-27): the heading's unit does the task with them."""
    parts = [p for s in sentences(text) for p in _CLAUSE_SPLIT.split(s)][1:]
    for part in (p.strip(" -–+•") for p in parts):
        m = _LATER_PARTNERS.match(part)
        if m is not None and (found := _listed_after(part, unit_phrase_at(part, m.end()))):
            # (a generic name runs on to the purpose: "phối hợp với các cơ quan có thẩm quyền để giải quyết ...")
            if units := [u for u in (re.sub(r"\s+(?:để|nhằm)$", "", x) for x in split_units(found[0])) if u]:
                return units
    return []


def extract_deadline(text: str) -> str:
    """The first deadline or recurrence phrase of a text ("trước ngày 25/11/2025", "Quý II/2026", "hằng năm")."""
    flat = re.sub(r"\s+", " ", _EMPHASIS.sub("", text))
    best: tuple[int, str, int] | None = None
    lex = role_lexicon()
    for pattern in lex.deadlines:
        for m in pattern.finditer(flat):
            if _sets_no_deadline(flat, m):
                continue
            found = _deadline_span(m)
            starts_only = found[1].lower().startswith("từ") and not _WINDOW_END.search(found[1])
            if found[1] and not starts_only and (best is None or m.start() < best[0]):
                best = found  # "từ ngày ..." starts something, it is not a deadline; "từ ngày 05/02 - 08/02/2026" is a
                # window
                break
    if best is None:
        return ""
    if _BARE_RECURRENCE.fullmatch(best[1]) and (dated := _dated_after(flat, best[2])) is not None:
        # "... thống nhất chỉ tiêu tuyển quân hằng năm ..., có văn bản đề xuất ... trước ngày 15 tháng 6 hàng năm": the
        # day the sentence sets, with how often it recurs, goes before a bare "hằng năm" said of something else (TT
        # 101/2025/TT-BCA Điều 5.1.c; blind set b83-24). As written only: "Định kỳ hằng năm (trước ngày 30 tháng 11)"
        # keeps "hằng năm", its day quoted with it (a deadline joined from two places matched no text; eval/external
        # b14-20, b16-12)
        best = dated
    # a second day of the same deadline, and the recurrence after the last: "trước ngày 15 tháng 6 và trước ngày 15
    # tháng 12 hằng năm" (Quy chế phối hợp quản lý người nước ngoài, Phú Thọ 2025, Điều 24; blind set b68)
    more = _DEADLINE_MORE.match(flat, best[2])
    return best[1] + more.group(0).rstrip(" ,;") if more and more.group(0).strip() else best[1]


def _sets_no_deadline(flat: str, m: re.Match) -> bool:
    """Is the date matched a cited document's ("Nghị định số 144/2025/NĐ-CP ngày 12 tháng 6 năm 2025", "Luật Quản lý, sử
    dụng vũ khí, vật liệu nổ ngày 29/6/2024"; roles.toml [cited_document]) or part of the case a rule is about
    ("Trường hợp ... trước ngày 01 tháng 01 năm 1995 thì cơ quan bảo hiểm xã hội ..."), not a time the text sets?"""
    return bool(role_lexicon().cited_document.search(flat[max(0, m.start() - 80):m.start()])) \
        or _in_condition(flat, m.start(), m.end()) or _cited_subject().search(flat[max(0, m.start() - 240):m.start()])


@cache
def _cited_subject() -> re.Pattern:
    """The subject of a text cited by number ("... tại Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm 2025 về triển khai
    nhiệm vụ trọng tâm những tháng | cuối năm 2025"; Công văn 11554/VPCP-V.I of 2025, 3.1; blind set b131-08): a time in
    it is that text's, not one this text sets."""
    return re.compile(rf"(?:{role_lexicon().cited_number})(?:\s+ngày\s+\d{{1,2}}(?:/\d{{1,2}}/\d{{4}}|\s+tháng\s+\d{{1,2}}"
                      rf"\s+năm\s+\d{{4}}))?(?:\s+của\s+[^;.,]{{0,80}}?)?\s+về\s[^;.:,]{{0,80}}$")


def _deadline_span(m: re.Match) -> tuple[int, str, int]:
    """(start, the phrase without edge punctuation, where it ends) of a deadline pattern's match."""
    return m.start(), m.group(0).strip(" ,;"), m.start() + len(m.group(0).rstrip(" ,;"))


_BARE_RECURRENCE = re.compile(r"(?i)(?:hằng|hàng)\s+năm")
# a deadline phrase setting a day of the year: "trước ngày 15 tháng 6 hàng năm", "chậm nhất ngày 20/12", "trong quý I"
_SETS_A_DAY = re.compile(r"(?i)^(?:trước|chậm nhất|muộn nhất|đến|hết|trong|vào)\b.*?(?:\d{1,2}\s*(?:/|\s+tháng\s+)\s*"
                         r"\d{1,2}(?!\s*(?:/|năm)\s*\d)|\bquý\s+[IV1-4]+(?!\s*/))")


def _dated_after(flat: str, pos: int) -> tuple[int, str, int] | None:
    """The first day of the year set after ``pos`` in the same sentence (to its "." or ";") with its own "hằng năm",
    unless a case or a cited text's date."""
    end = re.search(r"[.;](?:\s|$)", flat[pos:])
    sentence_end = pos + end.start() if end else len(flat)
    found: tuple[int, str, int] | None = None
    for pattern in role_lexicon().deadlines:
        m = pattern.search(flat, pos, sentence_end)
        if m is None or not _SETS_A_DAY.search(m.group(0).strip()) or not _BARE_RECURRENCE.search(m.group(0)) \
                or _sets_no_deadline(flat, m):
            continue
        if found is None or m.start() < found[0]:
            found = _deadline_span(m)
    return found


_DAY_OF_YEAR = r"(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|/)\d{1,2}(?:(?:\s+năm\s+|/)\d{4})?"
_DEADLINE_MORE = re.compile(rf"(?:(?:\s*,|\s+và|\s+hoặc)\s+(?:trước\s+)?{_DAY_OF_YEAR}(?!\d))*"
                            r"(?:\s+(?:hằng|hàng)\s+(?:năm|tháng|quý)\b)?"
                            # ... of the year after the one reported on: "- Báo cáo năm: Trước ngày 25/01 năm sau." (QĐ
                            # 20/2026/QĐ-UBND Hà Nội, Quy chế Điều 11.2; blind set b125-12)
                            r"(?:\s+(?:của\s+)?năm\s+(?:sau|tiếp theo|kế tiếp)\b)?"
                            # ... and the period the days are counted in: "trong thời hạn 10 ngày đầu tháng" (NĐ
                            # 274/2025/NĐ-CP Điều 3.1; blind set b87-08)
                            r"(?:\s+(?:đầu|cuối)\s+(?:tháng|quý|năm)(?:\s+(?:sau|tiếp theo|kế tiếp))?\b)?")


_CONDITION_OPENS = re.compile(r"\b(?:[Tt]rường hợp|[Nn]ếu)\b")
_CONDITION_ENDS = re.compile(r"\bthì\b")
_NOT_YET = re.compile(r"\bchưa\b")


def _in_condition(flat: str, start: int, end: int) -> bool:
    """Is the phrase at ``start:end`` part of a case a sentence states before its "thì" ("Trường hợp người lao động
    không còn đủ hồ sơ gốc ... trước ngày 01 tháng 01 năm 1995 thì cơ quan bảo hiểm xã hội xem xét ...", NĐ
    158/2025/NĐ-CP Điều 23; "Nếu ... đến ngày 01 tháng 01 năm 1998 ... thì ...")? Within the part of the sentence
    around it (up to the nearest ".", ";" or ":" either side)."""
    before = re.split(r"[.;:]\s", flat[:start])[-1]
    after = re.split(r"[.;:](?:\s|$)", flat[end:], maxsplit=1)[0]
    opens = list(_CONDITION_OPENS.finditer(before))
    case = before[opens[-1].end():] if opens else ""
    if not opens or _CONDITION_ENDS.search(case):
        return False
    then = _CONDITION_ENDS.search(after)
    # (a time missed is still the time: "Trường hợp ... tới thời điểm ngày 01 tháng 7 năm 2026 chưa hoàn thành việc kết nối
    # ... thì:", TT 08/2026/TT-BNV Điều 24.2; blind set b29-49)
    return then is not None and not _NOT_YET.search(f"{case} {after[:then.start()]}")


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
    into.requested = into.requested or other.requested


# ---------------------------------------------------------------------------------------------- unit headings


@cache
def _heading_prefixes() -> tuple[str, ...]:
    return role_lexicon().heading_prefixes


def has_heading_prefix(title: str) -> bool:
    """Does a heading open with a prefix that names a unit ("Trách nhiệm của", "Quy định chức năng, nhiệm vụ, quyền
    hạn và cơ cấu tổ chức của"; roles.toml [heading_prefix]), other than the bare "Trách nhiệm"/"Nhiệm vụ"?"""
    plain = _EMPHASIS.sub("", title).strip(" .")
    t = fold(plain)
    return any(t.startswith(fold(p) + " ") for p in _heading_prefixes() if len(p.split()) > 1) or \
        role_lexicon().duty_of.match(plain) is not None


def _and_another_body(heading: str) -> tuple[str, str]:
    """A heading that describes a body and then, after "và", names a second one ("Cơ quan quản lý nhà nước về khắc phục
    hậu quả bom mìn vật nổ và các cơ quan chức năng có liên quan", plans-real/web/bo-quoc-phong_94-vbhn-bqp.md TT.Điều
    18.2): the description and the second body's name; the heading and "" when no unit phrase ends it after "và"."""
    for m in re.finditer(r"\s+và\s+", heading):
        rest = heading[m.end():]
        found = unit_phrase_at(rest, 0)
        if found is not None and found[1] >= len(rest) and _is_new_unit(rest) and "," not in heading[:m.start()]:
            return heading[:m.start()], rest  # (after a list "lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng", "và"
            # ends the list)
    return heading, ""


@cache
def _delegation_re() -> re.Pattern:
    """A delegation verb (roles.toml [delegation]), its first letter in either case."""
    forms = sorted({f for w in role_lexicon().delegation_verbs for f in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b")


def delegated_to(s: str, may_open: bool) -> list[str] | None:
    """The bodies a sentence hands a power to, named after "cho" when a body (or no one) "phân cấp"/"ủy quyền" it: "Ủy
    ban nhân dân thành phố phân cấp thẩm quyền quyết định thanh lý tài sản ... cho Ủy ban nhân dân cấp xã đối với ..."
    (QĐ 210/2025/QĐ-UBND Hải Phòng Điều 2.1, eval/external b11): they decide it. None when the words name the act
    ("Quyết định này quy định về việc phân cấp ...", "không phân cấp tại Quyết định này"). Opening a sentence with no
    subject (``may_open``: it opens its clause, under no unit's heading), it is the decision's: "2. Phân cấp cho Ủy ban
    nhân dân các phường thực hiện ..."; under a unit's heading that unit delegates ("Điều 67 ... b) Phân cấp, ủy quyền
    cho Chủ tịch ...", NĐ 170/2025), and a part after a semicolon is no sentence of its own ("Dự thảo quyết định việc
    phân cấp ...; phân cấp cho đơn vị sự nghiệp ...", plans-real/web/ha-tinh_2920-qd-ubnd.md Điều 2.1.c)."""
    m = _delegation_re().search(s)
    if m is None or (m.start() == 0 and not may_open):
        return None
    if m.start() > 0 and ((subject := unit_phrase_at(s, 0)) is None or s[subject[1]:m.start()].strip(" ,")):
        return None
    # the delegate right after the verb ("Bộ Quốc phòng ủy quyền cơ quan, đơn vị trực thuộc thẩm định ...", VBHN
    # 94/VBHN-BQP TT.Điều 7.3.b), else after the first "cho" naming one
    starts = [m.end() + 1] + [m.end() + c.end() for c in re.finditer(r"\bcho\s+", s[m.end():])]
    for start in starts:
        found = unit_phrase_at(s, start)
        if found is not None and (units := split_units(found[0])):
            return units
    return None


_DELEGATES = re.compile(r"\b(?:ủy|uỷ) quyền cho\b")  # "UBND tỉnh ủy quyền cho Chủ tịch UBND tỉnh:": the delegate's items


@cache
def _person_heading() -> re.Pattern:
    """A person named with an honorific and then their office: "Bà Nguyễn Thị Tuyết Nhung, Phó Giám đốc", "Ông Lê
    Quang Hùng - Giám đốc Sở", "Ông Trương Cảnh Huy – Phó Chánh Văn phòng HĐND – UBND" (units.toml [person]; the office
    opens with an office holder's head word, or its deputy's), or what the person is put in charge of: "Đồng chí Kiều
    Đình Việt, phụ trách và tham mưu thực hiện các nhiệm vụ, quyền hạn thuộc Lĩnh vực, cụ thể sau" (group "who": the
    person alone; group "duty": what they are put in charge of, when said)."""
    lex = units_lexicon()
    offices = [w for h in lex.heads if h.office for w in h.words if w[:1].isupper()]
    office = "|".join(map(re.escape, sorted(offices, key=len, reverse=True)))
    duties = "|".join(map(re.escape, sorted(lex.person_duties, key=len, reverse=True)))
    return re.compile(rf"^(?P<who>(?:{honorific_pattern()})\s+{PERSON_NAME})\s*(?:(?:,|\s[-–])\s*(?:[Pp]hó\s+)?"
                      rf"(?i:{office})\b[^.;:!?]{{0,100}}|(?P<duty>,\s*(?:{duties})\b[^.;:!?]{{0,200}}))$")


# the body a heading of duties names works "với" another: "Điều 13. Trách nhiệm phối hợp của Cơ quan thường trực | với
# các Thành viên Hội đồng" (NĐ 294/2025/NĐ-CP; blind set b83-05)
_COUNTERPART = re.compile(r"\s*với\s", re.I)


BODY_AFTER_OF_WORDS = 8  # the longest body named after "Trách nhiệm của" with no unit's name opening it


def _body_after_of(t: str) -> str | None:
    """The body a heading names after "Trách nhiệm của" when no unit's name opens it but one is in it: "5. Trách
    nhiệm của y tế các Bộ, ngành:" (the health services of the ministries; TT 60/2025/TT-BYT Điều 7.5, blind set
    b105-20). Short, to the colon or the end, saying no role and no sentence; None otherwise."""
    said = t.rstrip(" :")
    if len(said.split()) > BODY_AFTER_OF_WORDS or re.search(r"[.;:!?()]", said) or says_a_role(said):
        return None
    words = list(re.finditer(r"\S+", said))
    if not any(w.group(0)[:1].isupper() and _head_at(said, w.start()) is not None for w in words[1:]):
        return None
    return said


def _party_after_of(t: str) -> str | None:
    """The party a heading of duties names after "của" when no unit's name is there: "Điều 9. Trách nhiệm của tổ chức,
    cá nhân được thăm dò khoáng sản" (TT 91/2025/TT-BNNMT; blind set b111-10). It opens with a party's word (roles.toml
    [heading_prefix] actor_heads) and ends where the heading says when or where ("... sau khi được xác nhận"), short,
    saying no role and not only the public at large ("cơ quan, tổ chức, cá nhân"). None otherwise."""
    m = role_lexicon().duty_actor.match(t.strip())
    if m is None:
        return None
    party = m.group(0).strip(" ,")
    rest = t.strip()[m.end():].strip()
    if rest and not rest.startswith(":") and not any(rest.startswith(f"{w} ") for w in role_lexicon().duty_actor_stops):
        return None  # the party runs on past what the lexicon reads ("... (sau đây gọi là ...)")
    if len(party.split()) > role_lexicon().duty_actor_words or says_a_role(party) or only_generic(party, related=True):
        return None
    pieces = listed_pieces(party)
    if len(pieces) > 2 and any(only_generic(p) for p in pieces):
        return None  # "gia đình, cơ quan, tổ chức, cá nhân": everyone, each item naming its own (Luật 120/2025/QH15 Điều 26)
    return party


def _unit_acronym(word: str) -> bool:
    """Is ``word`` a body's acronym the units lexicon expands ("KBNN", "UBND"; units.toml [[abbreviation]])?"""
    return word.isupper() and fold(word).lower() in units_lexicon().abbreviations


def heading_units(title: str) -> tuple[list[str], bool, str] | None:
    """The units a heading names, whether they are only requested, and the text after the heading's colon:
    "2. Sở Nông nghiệp và Môi trường", "Điều 23. Trách nhiệm của Văn phòng đăng ký đất đai", "a) Bộ Công an: (1)
    ...", "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh". None when the heading is not a unit."""
    t = _EMPHASIS.sub("", title).strip(" .")
    if (field := _holder_field(t)) is not None and not any(w[:1].isupper() for w in field[0].split()[1:]) and \
            starts_with_unit(field[2].strip()):
        return None  # "b) Đơn vị nhận kế hoạch: Ủy ban nhân dân cấp tỉnh;": a field, its value the body (NĐ 311/2025)
    if _MADE_OF.search(t):
        return None  # "2. Cơ quan quản lý công chức, bao gồm:" lists what the category is made of, not its tasks
    if _speaks(t):
        return None  # "Phó Thủ tướng Chính phủ kết luận ... như sau:": what the speaker said follows (roles.toml [speaker])
    # "... CỦA SỞ TƯ PHÁP (Ban hành kèm theo Quyết định số ...)": the attached text's origin names no unit
    t = re.sub(r"\s*\((?:[Bb]an hành )?[Kk]èm theo[^()]*\)\s*$", "", t)
    # a form's blank to fill in ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (tên)..….. có trách
    # nhiệm:", QĐ 5042's model decisions) is no part of the unit's name
    t = re.sub(r"\s{2,}", " ", _FORM_BLANK.sub(" ", t)).strip()
    requested = False
    prefixed = False
    for prefix in _heading_prefixes():
        if t.lower().startswith(prefix.lower() + " ") and (prefix.endswith(" của") or role_lexicon().duty_of.match(t)
                                                          is None or t[len(prefix) + 1:].lstrip()[:1].isupper()):
            # a bare "Trách nhiệm" with a duty span after it names its body after "của" ("Điều 13. Trách nhiệm phối hợp
            # của Cơ quan thường trực với các Thành viên Hội đồng", NĐ 294/2025/NĐ-CP; blind set b83-05): read below
            t = t[len(prefix) + 1:].lstrip()
            prefixed = True
            break
    else:
        if (duty := role_lexicon().duty_of.match(t)) is not None:
            # "Trách nhiệm, phạm vi và cách thức giải quyết công việc của Phó Thủ tướng Chính phủ" (roles.toml
            # [heading_prefix] duty_nouns)
            prefix, t, prefixed = t[:duty.end()].rstrip(), t[duty.end():], True
            if only_generic(re.split(r"\s+(?:trong|về|khi|theo)\s+", t, flags=re.I)[0].lower()):
                return None  # "NHIỆM VỤ, QUYỀN HẠN, TRÁCH NHIỆM CỦA CƠ QUAN, TỔ CHỨC TRONG QUẢN LÝ VỐN ...": no one named
    duty_of_body = prefixed and prefix.endswith(" của")  # a heading of duties naming its body after "của"
    if duty_of_body and t[:1].islower() and _head_at(t, 0) is None \
            and _head_at(t[:1].upper() + t[1:], 0) is not None:
        # after "Trách nhiệm của", a body written in lower case is still the body: "Điều 9. Trách nhiệm của thủ trưởng
        # các đơn vị thuộc Cục Thuế" (QĐ 3509/QĐ-CT, eval/external/docs/b10)
        t = t[:1].upper() + t[1:]
    if not prefixed and (person := _person_heading().match(t.rstrip(" :"))):
        # "3. Bà Nguyễn Thị Tuyết Nhung, Phó Giám đốc": the tasks below are hers; "1. Đồng chí Kiều Đình Việt, phụ trách
        # và tham mưu ...": his, named without what he is in charge of (whose words say roles of his own)
        if person.group("duty"):
            return [person.group("who")], False, ""
        if not says_a_role(t):
            return [t.rstrip(" :")], False, ""
    op = opener_at(t, 0)
    if op is not None:
        if op[2]:
            return None  # "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn: ...": they work, the directing unit leads
        requested = op[1]
        t = t[op[0]:]
    found = unit_phrase_at(t, 0)
    if found is not None and prefixed and (other := re.search(r"\s+với\s+(?:các\s+)?", found[0])) is not None \
            and starts_with_unit(found[0][other.end():]):
        found = (found[0][:other.start()], other.start())  # the body, not whom it works with (_COUNTERPART)
    if found is not None and duty_of_body and (case := role_lexicon().duty_case.search(found[0])) is not None and \
            _head_at(found[0], 0) is not None:
        found = (found[0][:case.start()], case.start())
    if role_defined_heading(t.rstrip(" :")):
        found = (t.rstrip(" :"), len(t.rstrip(" :")))  # "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
    head = _head_at(t, 0)
    if head is not None and role_lexicon().passive.match(t[len(head):]):
        return None  # "1. Công chức bị xử lý kỷ luật buộc thôi việc": whom the rules below are about, no unit
    described, also = _and_another_body(t.rstrip(" :"))
    holder = False
    if (found is None or found[1] < len(t.rstrip(" :"))) and starts_with_unit(t) and len(described.split()) <= 18 \
            and not re.search(r"[.;!?]|\b(?:chủ trì|phối hợp với)\b", t.rstrip(" :")) \
            and not role_lexicon().duty_subject.search(t) \
            and not _DELEGATES.search(t) \
            and not _UNDERGOES.search(t) \
            and (found is None or len(found[0].split()) <= 2 or found[0] == _head_at(t, 0) or prefixed) \
            and not (found is not None and _WHEN_AFTER_UNIT.match(t[found[1]:])) \
            and not (found is not None and prefixed and _COUNTERPART.match(t[found[1]:])) \
            and not (found is not None and duty_of_body and role_lexicon().duty_case.match(t[found[1]:].lstrip())):
        # an office holder described in the heading: "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội"
        found = (t.rstrip(" :"), len(t.rstrip(" :")))
        holder = True  # one description: "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"
    if found is None and duty_of_body and (body := _body_after_of(t)) is not None:
        found = (body, len(body))
    if found is None and duty_of_body and (party := _party_after_of(t)) is not None:
        return [party], False, ""
    if found is None:
        return None
    phrase, end = found
    rest = t[end:].strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    elif prefixed and (_WHEN_AFTER_UNIT.match(rest) or (duty_of_body and role_lexicon().duty_case.match(rest))):
        rest = ""  # "Nghĩa vụ của Bên bán điện trước ngày vận hành thương mại": the party's duties before that day
    elif prefixed and _COUNTERPART.match(rest):
        rest = ""  # "Trách nhiệm phối hợp của Cơ quan thường trực với các Thành viên Hội đồng": whom the body works with
    elif role_lexicon().role_only.match(rest):
        rest = ""  # "2. Đề nghị Ủy ban nhân dân xã phối hợp" (plans-real/html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm):
        # the unit's items follow, each stating its own role
    elif rest and not rest.startswith("("):
        return None  # "Sở Y tế chủ trì ...": a sentence, read as prose
    units = [clean_unit(phrase)] if holder and not also else \
        [clean_unit(described), *split_units(also)] if holder else split_units(phrase)
    if not units or (len(units) == 1 and len(units[0].split()) < 2 and not _unit_acronym(units[0])):
        return None  # (a body's acronym alone names it: "Điều 6. Nhiệm vụ, quyền hạn của KBNN", TT 157/2025/TT-BTC)
    return units, requested, rest
