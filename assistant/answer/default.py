"""Default answerer (no LLM, no network): composes a short cited Vietnamese answer from retrieved clauses."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from dataclasses import dataclass, replace
from itertools import zip_longest
from typing import Callable

from assistant.index.corpus_stats import topic_words
from assistant.answer.crossrefs import cited_paths, clauses_citing
from assistant.answer.plan_facts import event_time_out, period_line
from assistant.answer.quotes import Citations, citation_text, section_text
from assistant.answer.task import stating_clause
from assistant.answer.texts import NO_LEAD_NAMED, REFUSAL, not_indexed, role_parts, section_name
from assistant.values import (CALENDAR_DAY, COUNT, CURRENCY, DATE, DAY, DURATION, MOMENT, MONEY, NEEDS, NO_BOUND,
                              NUMBER_WORD, PAPERS, PAPERS_LEAD_IN, PERCENT, PERIOD, PERIODIC, VALIDITY, VALIDITY_LEAD_IN,
                              ProvinceNamed, ValueNeed, counted_asked, counted_word, thing_counted, value_asked)
from assistant.topic import (asking_words, asks_only_of_plan, asks_plan_itself, best_clause, clause_scope, coverage,
                            description, document_scope, executes_itself, hands_itself, letter_subject, marks_clash,
                            own_title, pairs_held, rewritten_words, round_match, terms_for, topic_variants,
                            variant_coverage, with_aliases, without_exceptions)
from ingest.labels import label_of
from ingest.responsibilities import (delegated_to, extract_deadline, extract_from_text, heading_units, leading_subject,
                                     numbered_items, is_attribute_line, leads_by_role, parse_label_line)
from ingest.units import only_generic, split_units, starts_with_unit, unit_phrase_at
from core.dates import parse_deadline
from core.docrefs import kind_names, refs_in, refs_with_text
from core.lexicon import PERSON_NAME, acronyms, honorific_pattern, questions, roles, structure, units
from core.places import localities_named, provinces_in
from core.units import unit_head, unit_key, unit_matches
from core.models import Answer, Chunk, Citation, Clause, DeadlineKind, Document, Hit, Responsibility
from core.query import Intent, Query, topic_words_of, without_names
from core.settings import Settings
from core.textnorm import fold, has_diacritics, is_vietnamese_syllable, spelled_out, split_sentences


@dataclass
class Evidence:
    """A retrieved clause chosen to answer from."""

    hit: Hit
    doc: Document
    clause: Clause
    coverage: float  # share of the question's topic words found in the clause (and its heading trail)
    # ... in the items of its unit heading together, when asked who does several of them (``_unit_items``): support
    # for an answer, not an order among clauses
    together: float = 0.0
    joined: str = ""  # why the clause joined the evidence though retrieval did not return it ("period", "handed", ...)
    # ... read with the subject line of a letter on one matter (``letter_subject``): how much of the topic a paragraph
    # stating the value or the line asked reaches, not an order among clauses (0 for other documents); or read with the
    # clauses it names its subject by ("Đối tượng quy định tại khoản 1 ... Điều 2 ...", ``_referred_subjects``)
    in_subject: float = 0.0

    @property
    def reach(self) -> float:
        """How much of the topic the clause reaches, its letter's subject line included."""
        return max(self.coverage, self.in_subject)


def sentences(text: str) -> list[str]:
    """A clause's sentences and lines (split after "." or ";" and at line breaks), stripped, non-empty. A ";" inside
    brackets splits nothing: "Báo cáo ... gửi Sở Du lịch theo giai đoạn (từ năm 2025 - 2026; 2027 - 2028; 2029 - 2030),
    thời gian gửi báo cáo trước ngày 10/12 của từng giai đoạn" is one sentence (KH 275/KH-UBND Huế of 2025; blind set
    b75-09)."""
    parts: list[str] = []
    for p in split_sentences(text):
        if parts and parts[-1].endswith(";") and parts[-1].count("(") > parts[-1].count(")"):
            parts[-1] = f"{parts[-1]} {p}"
        else:
            parts.append(p)
    return [p for p in parts if not _MARKER.fullmatch(p)]


_ITEM_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,4})[.)]"  # "5.2.", "b)", "II.": an item's number
_MARKER = re.compile(_ITEM_NUMBER)
_LINE_MARKER = re.compile(rf"(?m)^\s*[-+•]?\s*{_ITEM_NUMBER}\s+")


def _phrase_to(text: str, pos: int, stops: str, max_words: int) -> tuple[str, int] | None:
    """The words from ``pos`` up to the clause's punctuation or a word of ``stops`` (an alternation), at most
    ``max_words`` of them: (phrase, end index), or None."""
    m = re.match(rf"[^.;:,()]+?(?=\s+(?:{stops})\b|[.;:,()]|$)", text[pos:])
    if m is None or len(m.group(0).split()) > max_words:
        return None
    return m.group(0).strip(), pos + m.end()


def _object_unit(text: str, pos: int) -> tuple[str, int] | None:
    """The unit a sentence sends something to, read as the object it is: "nộp hồ sơ cho cơ quan quản lý cấp trên trực
    tiếp" (NĐ 158, Điều 37.1.a), where "quản lý" is part of the name, not its verb. Up to the clause's punctuation or
    "để", at most 12 words, starting with a unit's head or an office ("gửi hồ sơ về phòng hoặc bộ phận hoặc người làm
    công tác tổ chức cán bộ của cơ quan, đơn vị để tổng hợp", QĐ 212/2025 Hải Phòng Điều 9.2)."""
    if starts_with_unit(text[pos:]):
        return _phrase_to(text, pos, "để|nhằm|kèm|trong thời hạn|trước", 12)
    if roles().recipient_office.match(text, pos):  # (whose office it is, "của cơ quan, đơn vị", may be left out)
        return _phrase_to(text, pos, "để|nhằm|kèm|trong thời hạn|trước|của", 16)
    return None


def _party_after(text: str, pos: int, max_words: int = 10) -> tuple[str, int] | None:
    """The party a sentence names after a word only a party follows ("chịu trách nhiệm trước", "theo đề nghị của"),
    read to the clause's punctuation or a word that starts a condition or a purpose, at most ``max_words`` words,
    capitalised: "chịu trách nhiệm trước Nhà đầu tư và Chủ tịch UBND tỉnh trong trường hợp chậm có ý kiến thẩm định" (CT
    010 Đắk Lắk I.2.1.đ), whose "Nhà đầu tư" no unit head reads."""
    if not re.search(r"\b(?:của|trước)\s*$", text[:pos]) or not text[pos:pos + 1].isupper():
        return None
    return _phrase_to(text, pos, "trong|khi|nếu|về|để|nhằm|theo|đối với", max_words)


_PARTY_MAX_WORDS = 25  # a party's whole name read on past where a unit's name stopped


def _unit_or_party(text: str, pos: int) -> tuple[str, int] | None:
    """The unit a phrase names at ``pos``, or the party it names when that runs on from the unit to the clause's
    punctuation: "Theo đề nghị của Tổ trưởng Tổ kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào
    Cai," names the head of the inspection team, where a unit's name stops before "kiểm tra" (QĐ 3728/QĐ-SCT and QĐ
    3770/QĐ-SCT Lào Cai of 6/2026; blind sets b46-19, b49-39)."""
    unit = unit_phrase_at(text, pos)
    party = _party_after(text, pos, _PARTY_MAX_WORDS) if unit is not None else None
    if party is not None and party[0].startswith(unit[0]) and len(party[0]) > len(unit[0]) \
            and re.match(r"\s*[.;:,]|\s*$", text[party[1]:]):
        return party
    return unit


@cache
def _person_named() -> re.Pattern:
    """A person named with an honorific, and the office after a dash or a comma ("ông Thạch Cảnh Minh Vũ - Phó Chánh
    Văn phòng Ủy ban nhân dân tỉnh"), up to what they are sent to do ("tham gia", "làm") or the end of the phrase."""
    honorific = honorific_pattern(any_case=True)
    return re.compile(rf"(?<!\w)(?:{honorific})\s+{PERSON_NAME}(?:\s*(?:,|\s[-–])\s*[^;.]*?)?"
                      rf"(?=\s+(?:tham gia|làm|giữ|với tư cách|và (?:{honorific})\s)|[;.]|$)")


def _members_after(text: str, pos: int) -> tuple[str, int] | None:
    """People named by the body they belong to, at ``pos``: "các chuyên gia của các sở, ban, ngành, đơn vị và tổ chức
    liên quan" after "Được mời" (QĐ 2696 Quảng Trị, Điều lệ 4.4; roles.toml [member_of])."""
    m = roles().member_of.match(text, pos)
    found = unit_phrase_at(text, m.end()) if m else None
    return (text[pos:found[1]].strip(), found[1]) if found else None


def _without_asides(sentence: str) -> str:
    """A sentence without what it says in parentheses: "liên hệ (trực tiếp bằng văn bản, qua thư điện tử, ...) với Công
    ty Tân Cảng - Petro Cam Ranh" (QĐ Quy chế Cảng quốc tế Cam Ranh, Điều 10a.3.b), where "qua thư điện tử" is how,
    not to whom."""
    return re.sub(r"\s*\([^()]*\)", "", sentence)


def _unit_items(doc: Document, clause: Clause) -> list[Clause]:
    """The items a unit heading lists, when ``clause`` is one of them and takes its lead from that heading ("e) Thuế
    tỉnh Đắk Lắk / - Đánh giá về ưu đãi đầu tư ...; / - Tình hình thực hiện nghĩa vụ thuế ..."): the heading's children
    that inherit the same lead, at most ``_UNIT_ITEMS``; [] otherwise."""
    r = clause.responsibility
    if not r.inherited or not r.lead or clause.children or not clause.parent_id:
        return []
    parent = doc.clause(clause.parent_id)
    if parent is None or parent.responsibility.lead != r.lead or len(parent.children) > _UNIT_ITEMS:
        return []
    items = [c for i in parent.children if (c := doc.clause(i)) is not None]
    return items if all(c.responsibility.lead == r.lead and not c.children for c in items) else []


_UNIT_ITEMS = 3


def _variants(query: Query, doc: Document, cache: dict[str, list[list[str]]]) -> list[list[str]]:
    """The question's topic variants for a plan's clauses (``topic_variants`` of ``terms_for``), once per plan."""
    if doc.id not in cache:
        cache[doc.id] = topic_variants(query, terms_for(query, doc))
    return cache[doc.id]


@lru_cache(maxsize=32)
def _field_keys(need: ValueNeed) -> tuple[str, ...]:
    """The labels of the field a record states the value ``need`` in: a time in its deadline field ("Thời hạn giải
    quyết:", "Thời gian thực hiện:", roles.toml), a number in its own ("Số lượng:", questions.toml [value_field])."""
    if need in (DURATION, DATE, DAY):
        return tuple(k for k, role in roles().labels if role == "deadline")
    return tuple(questions().value_fields.get(next((k for k, v in NEEDS.items() if v is need), ""), ()))


@lru_cache(maxsize=32)
def _field_label(keys: tuple[str, ...], colon: bool) -> re.Pattern:
    """One of the field labels ``keys`` at the start of a folded text: followed by its colon ("so luong: 5.000 cuon"),
    or, with ``colon`` False, by the end, a space or a colon (a clause's title, "thoi han giai quyet")."""
    labels = "|".join(re.escape(fold(k)) for k in keys)
    return re.compile(rf"(?:{labels})\s*:" if colon else rf"(?:{labels})(?:$|[\s:])")


def _piece_subjects(piece: str) -> list[str]:
    """The bodies a piece of a clause opens with, or opens with after its lead-in's colon: "b) Trình tự thực hiện ...
    trở lên: Cục Lâm nghiệp và Kiểm lâm xây dựng phương án ..." -> ["Cục Lâm nghiệp và Kiểm lâm"]."""
    found = []
    for text in (piece, piece.split(": ", 1)[1] if ": " in piece else ""):
        if (unit := unit_phrase_at(text.lstrip(" -–+•\t"), 0)) is not None:
            found.append(unit[0])
    return found


def _anothers_value(e: Evidence, query: Query) -> bool:
    """Is ``e`` a task of another body than the one a value question names ("Sở Xây dựng phải trả lời ... trong thời hạn
    mấy ngày?" of "d) ... thời hạn không quá 05 ngày làm việc" led by Ủy ban nhân dân cấp xã, QĐ 88 Lai Châu)? Only
    when the clause names who does it, none of them the body asked, and the body is named nowhere in the clause."""
    if len(query.units) != 1:
        return False
    body = fold(query.units[0])
    if any(questions().own_body.match(query.folded, m.end()) for m in re.finditer(rf"\b{re.escape(body)}\b", query.folded)):
        return False  # the asker's own: "Công ty tôi xin giấy chứng nhận CFS ..." (questions.toml [own_body])
    r = e.clause.responsibility
    if not (r.lead or r.implementers):
        return False
    if query.units[0].lower().startswith(("các ", "những ")) and \
            all(only_generic(u, related=True) for u in [*r.lead, *r.implementers]):
        return False  # a task of every body ("Các cơ quan, đơn vị gửi danh sách đại biểu ... trước ngày 07/11/2024", TB
        # 542/TB-UBND Quảng Ngãi 4; blind set b74-19) is the task of the bodies asked ("các sở ngành") too; not of one
        # kind of body asked ("Mỗi UBND xã ... được cấp tối đa bao nhiêu tài khoản ...?", tune-fresh35 t35-13)
    if any(_kind_holds(u, query.units[0]) for u in [*r.lead, *r.implementers]):
        return False  # a task of the bodies of its kind: "... đề nghị các sở, ngành, đoàn thể, địa phương xây dựng kế
        # hoạch ... gửi về Ban Chỉ đạo 138 tỉnh ... trước ngày 25/02/2025" is Sở Y tế's too (KH of BCĐ 138 Hải Dương V.1)
    asked = set(unit_key(query.units[0]).split()) - {"cap", "cac"}
    # a kind of body is no body ("Trường công lập ..."); the plan's issuer names the plan, not who acts ("UBND TP Hà
    # Nội văn bản chống ô nhiễm ..."); nor does the body its title is about: "ubnd tinh bao cao BTC tinh hinh to chuc,
    # hoat dong Quy phat trien dat ... truoc ngay nao (nd 104)?" of "3. Ủy ban nhân dân cấp tỉnh có trách nhiệm: / g)
    # Báo cáo Bộ Tài chính tình hình tổ chức, hoạt động định kỳ hằng năm; thời hạn gửi báo cáo trước ngày 31 tháng 3 của
    # năm sau." (NĐ 104/2024/NĐ-CP "quy định về Quỹ phát triển đất" Điều 26.3.g; blind set b119-23)
    if len(asked) < 2 or asked <= set(unit_key(e.doc.meta.issuer).split()) or \
            asked <= set(unit_key(e.doc.meta.title).split()):
        return False
    named = set(unit_key(clause_scope(e.clause, " ".join([e.hit.chunk.text, *r.lead, *r.implementers, *r.partners,
                                                           *r.advisers]))).split())
    return not asked <= named


def _kind_holds(bodies: str, name: str) -> bool:
    """Are ``bodies`` the bodies of several kinds ("các sở, ngành, đoàn thể, địa phương"), one of them the kind of the body
    ``name`` ("Sở Y tế": "sở")?"""
    low = fold(bodies).lower()
    if not low.startswith(("cac ", "nhung ")):
        return False
    head = unit_head(name)
    kinds = {unit_key(k) for k in re.split(r",|\s+va\s+|\s+hoac\s+", re.sub(r"^(?:cac|nhung)\s+", "", low))}
    return bool(head) and head in kinds


def _set_for_another(e: Evidence, query: Query) -> bool:
    """Is a time ``e`` states set for another body than the one the question says must act (``Query.doer``)? It is when
    the clause names who acts and that body is none of them nor the subject of a piece of its text: named nowhere ("TT
    48/2025: Bộ Tài chính phải có ý kiến về hồ sơ ... trong mấy ngày?" of "Trong thời hạn 30 ngày ..., Ngân hàng Nhà
    nước xem xét chấp thuận ...", TT 48/2025/TT-NHNN Điều 5.2.3; blind set b110-17), or only as whom they send or report
    to ("Bộ Công Thương phải xong việc điều chỉnh ... trước thời điểm nào?" of "b) Chủ tịch Ủy ban nhân dân cấp tỉnh phê
    duyệt ... đồng thời gửi Bộ Công Thương để theo dõi", NQ 253/2025/QH15 Điều 4.4.b; blind set b103-30). A clause
    naming no one who acts may be the body's (a procedure's "Thời hạn giải quyết: 30 ngày ...", its body in another
    field; tune-fresh17 t17-24). The plan's issuer names the plan."""
    if not query.doer:
        return False
    # (an acronym of administrative language spelled out: "cơ quan BHXH" is "cơ quan bảo hiểm xã hội", tune-fresh tb-20;
    # "HH&ĐTVN" one acronym)
    doer = re.sub(r"(?<=[a-z])&(?=[a-z])", "", query.doer)
    asked = set(unit_key(" ".join(acronyms().get(w, w) for w in doer.split())).split()) - {"cap", "cac"}
    if len(asked) < 2 or asked <= set(unit_key(e.doc.meta.issuer).split()):
        return False
    r = e.clause.responsibility
    doers = [*r.lead, *r.implementers, *r.advisers]
    if not doers or any(u.lower().startswith(("các ", "những ")) or only_generic(u, related=True) for u in doers):
        return False  # (a task of every body of a kind, "Các sở, ban, ngành báo cáo ... trước ngày ...", is each one's)
    text = e.hit.chunk.text if len(e.hit.chunk.clause_ids) == 1 else e.clause.text
    subjects = [s for p in _pieces(text) for s in _piece_subjects(p)]
    return not any(_is_body(asked, u) for u in [*doers, *subjects])


def _is_body(asked: set[str], name: str) -> bool:
    """Does a body's ``name`` hold every word of a name the question writes (``asked``, its key's words), an acronym
    as its words' initials ("Cục HH&ĐTVN": "Cục Hàng hải và Đường thủy Việt Nam", TT 41/2025/TT-BXD Điều 14.2.đ; blind
    set b107-11)?"""
    words, folded = set(unit_key(name).split()), fold(name)
    return all(w in words or spelled_out(w, folded) for w in asked)


def _labelled(line: str, keys: tuple[str, ...]) -> bool:
    """Does ``line`` open with one of the field labels ``keys`` and a colon ("- Số lượng: 5.000 cuốn.")?"""
    return bool(keys) and _field_label(keys, True).match(fold(line.lstrip("-+• ")).strip()) is not None


def _value_field(doc: Document, clause: Clause, need: re.Pattern, keys: tuple[str, ...]) -> Clause | None:
    """The field labelled by one of ``keys`` that states ``need`` in the record ``clause`` belongs to."""
    node = clause
    for _ in range(3):
        parent = doc.clause(node.parent_id or "")
        if parent is None:
            return None
        for cid in parent.children:
            child = doc.clause(cid)
            if child is None or child.id == node.id:
                continue
            title = fold(child.title).strip(" :")
            # (the label alone, "2.4. Thời hạn giải quyết:", or with its value, "- Số lượng: 5.000 cuốn.")
            if _field_label(keys, False).match(title) and need.search(fold(child.text)):
                return child
        node = parent
    return None


_NEAR_TOP = 3  # "near the top" of a ranking
_NAMED_NEAR_TOP = 5  # ... of the dense ranking, for a clause of the plan the question named that keywords rank first
_LEADS_UNNAMED = re.compile(r"^\W*(?:[a-zđ0-9]{1,3}[.)]\s*)?chủ trì\b", re.I)  # "Chủ trì, phối hợp ...", "a) Chủ trì ..."
_LABEL_WORDS = 6  # a longer "nộp hồ sơ ... cho" is shortened in the answer's label
_CONDITION = re.compile(r"^\W*(?:trường hợp|nếu)\b(.+?)\bthì\b", re.I)  # a sentence opening with its case
_ASKS_A_CASE = re.compile(r"\b(?:thi|neu|truong hop)\b|\bkhi\b(?! nao)")  # a question describing one (folded)


# the event a time is counted from: "kể từ ngày nhận đủ hồ sơ hợp lệ", "kể từ khi nhận đủ hồ sơ" (folded)
_COUNTED_FROM = re.compile(r"\bke tu (?:khi |ngay |luc |thoi diem )?(?P<event>[a-z0-9 ]{3,80}?)"
                           r"(?=\s*[,.;?!:()]|$|\s+(?:thi|phai|trong|den|va|hoac)\b)")


def _event_counted_from(folded_question: str) -> frozenset[str]:
    """The topic words of the event a question counts its time from ("... cấp giấy phép trong bao nhiêu ngày kể từ khi
    nhận đủ hồ sơ?": nhận, đủ, hồ, sơ); empty when it names none."""
    m = _COUNTED_FROM.search(folded_question)
    return frozenset(topic_words_of(m.group("event"))) if m else frozenset()


def _counted_from_another(folded_sentence: str, asked: frozenset[str]) -> bool:
    """Does the sentence count its time from an event sharing no word with the one asked ("việc cấp lại giấy phép hoạt
    động báo chí chỉ được thực hiện sau thời hạn 06 tháng kể từ ngày quyết định thu hồi có hiệu lực pháp luật" for "...
    phải cấp giấy phép hoạt động báo chí trong bao nhiêu ngày kể từ khi nhận đủ hồ sơ?", Luật Báo chí 126/2025/QH15
    Điều 19.4; blind set b115-27)? A sentence counting from no event is no other's."""
    said = _event_counted_from(folded_sentence)
    return bool(said) and not said & asked


def _condition_unmet(sentence: str, query: Query) -> bool:
    """Does the sentence open with a condition ("Trường hợp đơn vị quản lý cuối cùng không còn tồn tại thì ...") while
    the question describes no case of its own ("... thì nộp hồ sơ cho ai?", "nếu ...", "khi ...")? Then the rule
    itself answers, not its exception."""
    return _CONDITION.match(sentence) is not None and _ASKS_A_CASE.search(query.folded) is None


def _bound_asked(folded_question: str, opposite: bool = False) -> re.Pattern | None:
    """The bound a value question asks ("tối thiểu bao nhiêu %"), as the ways a sentence states it before a number
    ("ít nhất 50%", "không dưới 03"); None when it asks none (questions.toml [bounds]). ``opposite``: the other bound
    ("tối đa", "không quá" for a question asking "tối thiểu")."""
    bounds = questions().bounds
    for i, words in enumerate(bounds):
        if any(re.search(rf"\b{w}\b", folded_question) for w in words):
            if opposite:
                words = next(w for j, w in enumerate(bounds) if j != i)
            return re.compile(rf"\b(?:{'|'.join(words)})\b(?:\s+\w+){{0,2}}?\s+\d")
    return None


def _other_bound_only(sentence: str, asked: re.Pattern | None, other: re.Pattern | None) -> bool:
    """Does the sentence state only the bound opposite the one asked (``asked``/``other``: ``_bound_asked`` of the
    question, and with ``opposite``): "ít nhất 70% hoàn thành tốt hoặc hoàn thành xuất sắc" for "tỷ lệ tối đa ... được
    xếp loại hoàn thành xuất sắc là bao nhiêu phần trăm?" (QĐ 212 Hải Phòng Điều 7.1.d; tune-fresh33 t33-55)? A minimum
    answers no question about a maximum."""
    if asked is None or other is None:
        return False
    folded = fold(sentence)
    return other.search(folded) is not None and not asked.search(folded)


# a sentence defining the time limit of a step: "Thời hạn nhận đơn phúc khảo là 05 ngày làm việc kể từ ..." (NĐ 170
# Điều 16.4.b) answers "phúc khảo phải nộp đơn trong thời hạn bao lâu" before the sentences on marking
_DEFINES = re.compile(r"^\W*(?:thời hạn|thời gian)\s+(.+?)\s+(?:là|:)\s", re.I)
_CASE_SHARE = 0.7  # of a sentence's case, the share of words the question must use for the case to be the question's
_ALTERNATIVE_WORDS = 3  # the most words of an item listed after a comma ("tổ chức", "đơn vị") read as an alternative


def condition_met(sentence: str, folded_question: str) -> bool:
    """Does the sentence open with the very case the question describes, or define the very time limit it asks?
    "Trường hợp có đơn phúc khảo thì chậm nhất là 10 ngày ..." (NĐ 170 Điều 16.4.b) for "có đơn phúc khảo thì chấm
    xong trong bao lâu", "Thời hạn nhận đơn phúc khảo là 05 ngày làm việc" for "phúc khảo phải nộp đơn trong thời hạn
    bao lâu": most of the case's (the limit's) words are the question's."""
    m = _CONDITION.match(sentence) or _DEFINES.match(sentence)
    if m is None or not folded_question:
        return False
    asked = set(re.findall(r"\w+", folded_question))
    case = _case_words(fold(m.group(1)), asked)
    return len(case) >= 2 and sum(w in asked for w in case) >= _CASE_SHARE * len(case)


# the party a sentence speaks of: "Mức cho vay tối đa đối với người lao động là 300 triệu đồng" (NQ 56/2025/NQ-HĐND Hà
# Nội Điều 2.1.b), up to a comma, a colon or the verb that states what it gets
_FOR_PARTY = re.compile(r"\bđối với\s+(.{3,80}?)(?=\s+(?:là|thì|mức|được|phải|không|có)\b|\s*[,:;.(]|$)", re.I)


def _party_named(sentence: str, folded_question: str) -> bool | None:
    """Does the question name a party the sentence speaks of ("Mức cho vay tối đa đối với người lao động là 300 triệu
    đồng")? None when the sentence names none."""
    # (a count is no party: "xử phạt vi phạm hành chính đối với 08 đơn vị", Báo cáo UBND Lào Cai on Chỉ thị 38, 2.7)
    parties = [words for m in _FOR_PARTY.finditer(sentence)
               if (words := re.findall(r"\w+", fold(m.group(1)))) and not words[0].isdigit()]
    if not parties or not folded_question:
        return None
    asked = set(re.findall(r"\w+", folded_question))
    return any(sum(w in asked for w in words) >= _CASE_SHARE * len(words) for words in parties)


def _other_parties(parts: list[str], folded_question: str) -> list[bool]:
    """For each sentence, whether it speaks only of parties the question does not name while another sentence speaks of
    one it does ("đối với đối tượng vay vốn là cơ sở sản xuất kinh doanh mức cho vay tối đa ... 500 triệu đồng" beside
    "... đối với người lao động là 300 triệu đồng", for "người lao động ... được vay tối đa bao nhiêu?", NQ 56/2025/NQ-HĐND
    Hà Nội Điều 2.1.b; eval/external b19-27, a set kept outside the repo)."""
    named = [_party_named(p, folded_question) for p in parts]
    return [n is False for n in named] if any(named) else [False] * len(parts)


def _case_words(folded_case: str, asked: set[str]) -> list[str]:
    """The words of a case, a list of alternatives counted as the one the question names: "người ứng cử là người đứng
    đầu cơ quan, tổ chức, đơn vị" is the case of "nếu người ứng cử là người đứng đầu cơ quan thì ..." (KH lấy ý kiến cử
    tri Lương Minh IV.1): a short item after a comma ("tổ chức", "đơn vị") that the question does not name is another
    alternative, once an item before it is named."""
    out: list[str] = []
    for i, item in enumerate(folded_case.split(",")):
        said = re.findall(r"\w+", item)
        if i and len(said) <= _ALTERNATIVE_WORDS and out and out[-1] in asked and not any(w in asked for w in said):
            continue
        out += said
    return out


def _ranks(e: Evidence) -> list[float]:
    """The clause's ranks in the two rankings, the better first (one it is absent from: infinite)."""
    return sorted(r if r is not None else float("inf") for r in (e.hit.dense_rank, e.hit.keyword_rank))


def _named_and_near(e: Evidence, query: Query) -> bool:
    """The clause is of a plan the question named, and both rankings put it near the top."""
    return e.doc.id in query.doc_ids and _ranks(e)[1] <= _NEAR_TOP


def _named_and_agreed(e: Evidence, query: Query) -> bool:
    """The clause is of a plan the question named, and one ranking puts it first, the other near the top."""
    ranks = _ranks(e)
    return e.doc.id in query.doc_ids and ranks[0] == 1 and ranks[1] <= _NEAR_TOP


def best_sentences(text: str, terms: list[str], must: ValueNeed | None = None, limit: int = 2,
                   idf: dict[str, float] | None = None, question: str = "") -> list[str]:
    """The sentences of a clause that best cover the question's terms (in text order); a sentence opening with the
    case the (folded) ``question`` describes comes first."""
    parts = sentences(text)
    if must is not None:
        # a date asked for is not the date of a text a sentence cites ("Quyết định số 11/2022/QĐ-UBND ngày 03 tháng
        # 6 năm 2022 ... hết hiệu lực" beside "Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026")
        parts = ([p for p in parts if must in (DATE, DAY) and must.search(_without_cited_dates(p))]
                 or [p for p in parts if must.search(fold(p))] or parts)
    bound = _bound_asked(question) if must is not None else None
    # which item's value is asked is read with the lead-in; what a run says is not ("VNeID ... với 05 chức năng chính:
    # (i) ...; (iii) Thực hiện dịch vụ công ...": the lead-in itself answers "với mấy chức năng chính?", TB 624 III.5.b)
    lead = _lead_ins(parts) if must is not None else [""] * len(parts)
    things = must is COUNT and _counted_stated(question, [fold(p) for p in parts])
    other = _other_parties(parts, question) if must is not None else [False] * len(parts)
    figures = _bounded_figures(question) if must is not None else []
    quoted = quoted_terms(question)
    marks = _item_marks(question)
    scored = sorted(range(len(parts)), key=lambda i: (not condition_met(parts[i], question),
                                                      # "“2 không” mà TTg yêu cầu là gì?": the sentence holding the
                                                      # quoted term, whatever words it shares (tune-fresh18 t18-10)
                                                      bool(quoted) and not _holds_quoted(parts[i], quoted),
                                                      # "tiêu chí 2.4.2 thì bộ nào hướng dẫn?": the sentence naming the
                                                      # item (QĐ 42/2025/QĐ-TTg Điều 2.3.a; blind set b79-07)
                                                      bool(marks) and not marks & _item_marks(fold(parts[i])),
                                                      other[i],
                                                      things and _shares_only(fold(parts[i])),
                                                      bound is not None and not bound.search(fold(parts[i])),
                                                      must is not None and _only_given(parts[i], must, question),
                                                      -sum(f in fold(parts[i]) for f in figures),
                                                      -(coverage(terms, f"{lead[i]} {parts[i]}", idf)
                                                        + _PAIR_WEIGHT * pairs_held(question, terms, parts[i]))))[:limit]
    return [parts[i] for i in sorted(scored)]


def _seat_alone(holder: str) -> str:
    """A position asked without the body it belongs to, the way texts also name it ("chủ tịch hội đồng": "... làm Chủ
    tịch")."""
    return re.sub(r" (hoi dong|to giup viec)$", "", holder)


_CLASH_WEIGHT = 0.5  # of a topic word a text holds only under other marks than the question gives it, the share lost


def _what_follows(text: str, opening: str) -> str:
    """``opening`` (a sentence ending in a colon, from a piece of ``text``) with what it introduces: the sentence of
    ``text`` it opens, when that runs on past the colon, else it and the next sentence; "" when ``text`` adds nothing."""
    parts = sentences(text)
    head = opening.strip()
    for i, p in enumerate(parts):
        if p.startswith(head) and len(p) > len(head):
            return p
        if p == head and i + 1 < len(parts):
            return f"{p} {parts[i + 1]}"
    return ""


_QUOTED = re.compile(r'["“”]+([^"“”]{1,40}?)["“”]+')


def quoted_terms(folded_question: str) -> list[str]:
    """The terms a (folded) question puts in quotes, folded: '"2 khong"' of 'tb 627: "2 khong" ma TTg yeu cau la gi?',
    which may be made only of words no topic keeps ("2", "không")."""
    return [" ".join(re.findall(r"[a-z0-9]+", m.group(1))) for m in _QUOTED.finditer(folded_question)
            if re.search(r"[a-z0-9]", m.group(1))]


def _holds_quoted(text: str, quoted: list[str]) -> bool:
    """Does ``text`` hold every quoted term of the question (folded, quotes and emphasis marks aside)?"""
    words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
    return all(f" {q} " in words for q in quoted)


def _defines_quoted(text: str, quoted: list[str]) -> bool:
    """Does ``text`` say what a quoted term is: the term, in quotes or not, then ":", "là" or "gồm" ('nguyên tắc "06
    rõ": “rõ người, rõ việc, ...”', '“2 không” là không có động cơ cá nhân, ...')?"""
    folded = fold(text)
    return bool(quoted) and all(
        re.search(rf"{r'[^a-z0-9]+'.join(map(re.escape, q.split()))}[\"“”*\s]*(?::|\bla\b|\bgom\b|\bbao gom\b)", folded)
        for q in quoted)


# the question's word pairs a sentence holds side by side, beside the share of its words it holds: of "Hội đồng xét duyệt
# ... có từ 07 đến 09 thành viên" and "Hội đồng xét duyệt chỉ họp khi có ít nhất hai phần ba (2/3) tổng số thành viên
# tham dự", "... tối thiểu bao nhiêu thành viên có mặt mới được họp?" asks the second
_PAIR_WEIGHT = 0.5


_BOUNDED_FIGURE = re.compile(r"\b(?:tren|duoi|hon|tu|den|qua|khong qua|toi da|toi thieu)\s+\d+(?:[.,]\d+)?"
                             r"\s?(?:%|[a-z]+)?")


_QUARTER_NAMED = re.compile(r"\bquy (i{1,3}|iv|[1-4])\b")
_YEAR_NAMED = re.compile(r"\bnam (20\d\d)\b")
_QUARTER_NUMBER = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_VALUE_ASKED_AT = re.compile(r"\b(?:bao nhieu|may)\b")
_PERIOD_WORDS = 5  # how close before the value asked a period is its own ("GDP quý I/2026 tăng bao nhiêu")


def _period_named(folded_question: str) -> re.Pattern | None:
    """What a clause must say to give a figure of the quarter or the year a question names ("quý I/2026": "quý I" or
    "quý 1"; "năm 2027": "2027"); None when it names neither."""
    # (the period of the value asked, a few words before it: "Đợt thi tuyển công chức năm 2026 có thí sinh là thương
    # binh. Theo NĐ 170/2025/NĐ-CP, thương binh được cộng bao nhiêu điểm ...?" only sets the scene, tune-fresh27 t27-05;
    # nor in a question asking two things, tune-fresh35 t35-09)
    if questions().second_ask.search(folded_question):
        return None
    for m in _VALUE_ASKED_AT.finditer(folded_question):
        before = " ".join(folded_question[:m.start()].split()[-_PERIOD_WORDS:])
        if (q := _QUARTER_NAMED.search(before)) is not None:
            n = _QUARTER_NUMBER.get(q.group(1), q.group(1))
            roman = next((r for r, a in _QUARTER_NUMBER.items() if a == n), n)
            return re.compile(rf"\bquy ({roman}|{n})\b")
        if (y := _YEAR_NAMED.search(before)) is not None:
            return re.compile(rf"\b{y.group(1)}\b")
    return None


def _day_given(question: str) -> str | None:
    """The one day a question states ("đến 01/7/2026 ..."), ISO; None when it states none or a span."""
    stated = parse_deadline(question)
    return stated.start if stated is not None and stated.kind == DeadlineKind.DAY and stated.start == stated.end \
        and stated.start else None


def _due_on(deadline: str, day: str) -> bool:
    """Is a task due on exactly that day (ISO)?"""
    due = parse_deadline(deadline) if deadline else None
    return due is not None and due.kind == DeadlineKind.DAY and due.start == due.end == day


def _denies(text: str, folded_question: str) -> bool:
    """Does a clause open by denying what the question asks of it, in the question's own words ("Các trường hợp sau
    đây không bắt buộc phải ghi rõ cụm từ “SẢN PHẨM HALAL” ..." for "... trên nhãn sản phẩm Halal bắt buộc phải ghi
    cụm từ gì?", NĐ 127/2026/NĐ-CP Điều 8.2 beside 8.1; blind set b30-19)? Never where the question denies too."""
    if questions().negation.search(folded_question):
        return False
    asked = f" {' '.join(folded_question.split())} "
    first = sentences(text)[0] if text.strip() else ""
    # (not an alternative, "phê duyệt hoặc không phê duyệt", nor a noun, "Cảng vụ hàng không": questions.toml
    # [negation] clause_not_after, clause_nouns)
    denial = questions().clause_denial.pattern
    denied = re.findall(rf"{denial} ((?:phai |duoc |can )?[a-z]+ [a-z]+)", fold(first))
    if any(f" {d} " in asked for d in denied):
        return True
    # ... or what it denies reaches a word further on: "Tổng số viên chức không đủ tiêu chuẩn, điều kiện thăng hạng ...: 27
    # người" for "có bao nhiêu giáo viên THPT đủ điều kiện lên hạng II?" (QĐ 337/QĐ-SGDĐT Đồng Tháp Điều 1.3 beside 1.2;
    # blind set b74-23)
    for m in re.finditer(rf"{denial} ([a-z]+)((?:,? [a-z]+){{1,3}})", fold(first)):
        if any(f" {m.group(1)} {w} " in asked for w in m.group(2).replace(",", " ").split()):
            return True
    return False


def _lead_of_part(text: str, lead: list[str], terms: list[str], idf: dict[str, float] | None,
                  folded_question: str = "") -> tuple[list[str], str] | None:
    """(leads, item) of the numbered item on the question's topic where a clause's line gives each part of the task its
    own lead ("1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì. 2. Về quản lý các khu công nghiệp ...: Bộ
    Tài chính chủ trì."); None when no line does, or no item covers the topic better than the others."""
    folded_leads = [(u, fold(u)) for u in lead]
    marks = _item_marks(folded_question)

    def best(items: list[tuple[str, list[str]]]) -> tuple[list[str], str] | None:
        # the item citing the mark the question gives ("tiêu chí 2.4.2"), else the topic the item names, without the
        # lead's own words ("Bộ Tài chính" is no topic of "tài chính")
        scored = sorted(((bool(marks & _item_marks(fold(i))),
                          coverage(terms, without_names(re.sub(r"[^a-z0-9%]+", " ", fold(i)), tuple(named)), idf),
                          i, named) for i, named in items), key=lambda x: (-x[0], -x[1]))
        if scored[0][:2] > scored[1][:2] and (scored[0][0] or scored[0][1] > 0):
            return scored[0][3], scored[0][2]
        return None

    for line in text.splitlines():
        items = [(i, [u for u, f in folded_leads if f in fold(i)]) for i in numbered_items(line)]
        items = [(i, named) for i, named in items if named]
        if len(items) >= 2:
            return best(items)
    # each sentence its own lead: "Bộ Nội vụ chủ trì, ... hướng dẫn nội dung tiêu chí 1.1.1; / Bộ Công an chủ trì, ...
    # các tiêu chí 1.1.2 và 2.4.1; ..." (QĐ 42/2025/QĐ-TTg Điều 2.3.a; blind set b79-07)
    items = [(p, named) for p in sentences(text)
             if len(named := [u for u, f in folded_leads if re.match(rf"{re.escape(f)}[\s,]*chu tri\b", fold(p))]) == 1]
    return best(items) if len(items) >= 2 else None


_ITEM_MARK = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){1,3}(?![\d.]*\d)(?!\s?%)")


def _item_marks(folded: str) -> frozenset[str]:
    """The dotted numbers of items a text names ("tiêu chí 2.4.2", "mục 1.1"), a date's or a figure's excepted."""
    return frozenset(m.group(0) for m in _ITEM_MARK.finditer(re.sub(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", " ", folded))
                     if not re.search(r"\d\.\d{3}", m.group(0)))


def _bounded_figures(folded_question: str) -> list[str]:
    """The figures a question states with their bound ("trên 45 ngày", "trên 70%"): the case it asks the value of, which
    the sentence stating it repeats ("Sau gieo trồng trên 45 ngày: thiệt hại trên 70% diện tích, hỗ trợ 10.000.000
    đồng/ha", not "từ trên 10 ngày đến 45 ngày: ...", NĐ 09/2025/NĐ-CP Điều 5.1.a; blind set b25-32)."""
    return _BOUNDED_FIGURE.findall(folded_question)


def _counted_stated(folded_question: str, folded_texts: list[str]) -> bool:
    """Does the question count things it names ("bao nhiêu người", "mấy xã") that one of the texts counts in a number
    ("4.500 người")? Not a figure of any kind ("tăng bao nhiêu?", TB 623/TB-VPCP), nor what a share is taken of
    ("được hưởng bao nhiêu lương": "50% tiền lương tháng hiện hưởng", NĐ 170/2025 Điều 56.6.a)."""
    m = counted_word(folded_question)
    if m is None:
        return False
    stated = re.compile(rf"\d[\d.,]*\s+{re.escape(m.group('what'))}\b")
    return any(stated.search(t) for t in folded_texts)


def _shares_only(folded: str) -> bool:
    """Are all the counts of a (folded) text shares ("Có từ 15% người dân tộc thiểu số trở lên sinh sống ổn định")? A
    count asked ("xã có từ bao nhiêu người dân tộc thiểu số ...?") is answered by a number of them ("Có từ 4.500 người
    dân tộc thiểu số trở lên", QĐ 2708 Quảng Trị Phần II.2.k.1.2; blind set b19-20) first."""
    counts = [m.group(0) for m in COUNT.finditer(folded)]
    return bool(counts) and all(PERCENT.fullmatch(c.strip()) for c in counts)


def _shares_of_thing_only(folded: str, counted: re.Pattern) -> bool:
    """Does a (folded) text count the thing asked only as a share of it ("ít nhất 2/3 thành viên"; not "616/898 dự án",
    so many of so many, eval/external b10-26)?"""
    found = [m.group(0) for m in counted.finditer(folded)]
    return bool(found) and all(re.match(r"[1-9]/[2-9](?!\d)", f) for f in found)


def _lead_ins(parts: list[str]) -> list[str]:
    """For each piece of a run "lead-in: a; b; c.", the lead-in it continues ("" for the piece holding the colon, and
    after a full stop): "Thời điểm tính tuổi quy hoạch cấp ủy ... nhiệm kỳ 2030-2035: Cấp cơ sở là tháng 4/2030; cấp
    trên trực tiếp cơ sở ... là tháng 6/2030; ..." (HD 45-HD/BTCTW XVII.5.3): each item is read with what it is of."""
    out: list[str] = []
    lead = ""
    for part in parts:
        out.append("" if ":" in part else lead)
        if ":" in part:
            lead = part[:part.rindex(":")]
        elif not part.rstrip().endswith(";"):
            lead = ""
    return out


_RUN_CHARS = 420  # a list run on with ";" is quoted whole up to this length


def _with_its_run(text: str, piece: str) -> str:
    """``piece`` with the pieces it runs on into: a list written with ";" whose items go on in lower case is one answer
    ("... chấp hành các quy định của pháp luật về thuế, bảo hiểm xã hội; phòng cháy chữa cháy; an toàn lao động, môi
    trường.", QĐ 71 Hà Nội, Quy chế Điều 6.1.b); a new item or sentence (a capital, a marker) stops it."""
    parts = split_sentences(text)
    if piece not in parts:
        return piece
    i = j = parts.index(piece)
    while i > 0 and parts[i - 1].endswith(";") and _runs_on(parts[i]):
        i -= 1
    while j + 1 < len(parts) and parts[j].endswith(";") and _runs_on(parts[j + 1]):
        j += 1
    if parts[j].endswith(":"):
        # a lead-in answers with what it introduces: "Hồ sơ đề nghị hưởng trợ cấp một lần và trợ cấp mai táng ... bao
        # gồm: a) Bản sao giấy chứng tử ...; b) Tờ khai của thân nhân ..." (NĐ 158/2025 Điều 25.3), as many items as fit
        while j + 1 < len(parts) and len(" ".join(parts[i:j + 2])) <= _RUN_CHARS:
            j += 1
    i, j = _colon_list(parts, i, j)
    run = " ".join(parts[i:j + 1])
    return run if len(run) <= _RUN_CHARS else piece


_LIST_ITEM_WORDS = 12  # an item of a list a colon opens inside a sentence is at most this long


def _colon_list(parts: list[str], i: int, j: int) -> tuple[int, int]:
    """``parts[i:j + 1]`` widened to the whole list a colon opens inside a sentence, its items short and written with
    ";" in any case: "3. Đối tượng: Là người lao động liên quan tới hoạt động vật liệu nổ công nghiệp, bao gồm: Chỉ huy
    nổ mìn; Thợ mìn; Quản lý kho VLNCN, người phục vụ." (a notice of Sở Công Thương Lào Cai, 4/2026; blind set
    b47-11); as it was when no such list holds it."""
    start = i
    while ":" not in parts[start] and start > 0 and parts[start - 1].endswith(";") and \
            len(parts[start].split()) <= _LIST_ITEM_WORDS:
        start -= 1
    opened = parts[start].rsplit(":", 1)
    if len(opened) < 2 or not opened[1].strip(" ;") or not parts[start].endswith(";"):
        return i, j
    end = max(j, start)
    while end + 1 < len(parts) and parts[end].endswith(";") and len(parts[end + 1].split()) <= _LIST_ITEM_WORDS:
        end += 1
    return min(i, start), end


def _items_introduced(e: Evidence) -> list[Clause]:
    """The items a clause's lead-in introduces (its child clauses: "3. Hồ sơ ... bao gồm: / a) Bản sao giấy chứng tử ...
    / b) Tờ khai của thân nhân ...", NĐ 158/2025 Điều 25.3), as many as fit in a quote."""
    items: list[Clause] = []
    size = 0
    for child in map(e.doc.clause, e.clause.children):
        if child is None or size + len(child.text) > _RUN_CHARS:
            break
        items.append(child)
        size += len(child.text)
    return items


def _item_asked(e: Evidence, n: int, kind: str) -> Evidence | None:
    """The n-th item ("trường hợp thứ hai") of the list the clause found introduces or belongs to ("2. Tài khoản thư
    điện tử công vụ bị tạm khóa trong các trường hợp sau: a) Không phát sinh hoạt động truy nhập ... 06 tháng ...; b) Bị
    virus chiếm dụng ...", QĐ 99/2025 Nghệ An Điều 8.2), as evidence in its own right; None when the list is shorter,
    or when the clause found already states the item under its own label ("Bước 4. Tập hợp chuyên gia ...")."""
    labelled = re.compile(rf"\W*{re.escape(kind)} {n}\b")
    if any(labelled.match(fold(line)) for line in f"{e.clause.text}\n{e.hit.chunk.text}".splitlines()):
        return None
    listed = _enumeration(e)
    if listed is None or len(listed[1]) < n:
        return None
    item = listed[1][n - 1]
    return e if item.id == e.clause.id else _joined(e.doc, item, "item", e.hit.score, e.coverage)


def _joined(doc: Document, clause: Clause, why: str, score: float, on_topic: float) -> Evidence:
    """``clause`` of ``doc`` as evidence in its own right, though retrieval did not return it (a plan's effect clause,
    a record's time field, the item a question asks by number), ranked ``score`` and covering ``on_topic``."""
    chunk = Chunk(f"{doc.id}#{why}:{clause.path}", doc.id, [clause.id], clause.path, clause.text, "", 0, {})
    return Evidence(Hit(chunk, score), doc, clause, on_topic, joined=why)


_LIST_CHARS = 1800  # a list asked whole ("những trường hợp nào") is quoted up to this length
_ITEM_CHARS = 320  # each of its items up to this, the item found up to three times as much
_ENDS_SENTENCE = re.compile(r"[.;]\s*\S")  # a heading is one phrase: no sentence ends inside it
_OWN_MARKER = re.compile(rf"^(?:(?:Điều|Chương|Mục)\s+\w+[.:]?|[-+•]|{_ITEM_NUMBER})\s*")  # "Điều 11.", "5.", "a)"


def _enumeration(e: Evidence) -> tuple[Clause, list[Clause]] | None:
    """The list a question asking every item of a kind is answered with: the clause found when it introduces items, or
    the list it is one item of ("5. Các trường hợp không thực hiện điều động / a) ... / c) Công chức đang trong quá
    trình điều trị bệnh hiểm nghèo ...", NĐ 170/2025 Điều 25.5; "Điều 11. Tài liệu phục vụ đàm phán hợp đồng mua bán
    điện ... / 1. Dự thảo hợp đồng ... / 5. Thỏa thuận đấu nối ...", TT 58/2025/TT-BCT). A list is a lead-in ending with
    ":" or a heading with no text of its own beyond its title."""
    parent = e.doc.clause(e.clause.parent_id) if e.clause.parent_id else None
    for c in (e.clause, parent):
        if c is None:
            continue
        items = [k for k in map(e.doc.clause, c.children) if k is not None]
        head = _OWN_MARKER.sub("", " ".join(c.text.split()), count=1)
        if len(items) >= 2 and (head.endswith(":") or (len(head) <= 250 and not _ENDS_SENTENCE.search(head))):
            return c, items
    return None


def _items_not_named(items: list[Clause], query: Query, idf: dict[str, float] | None) -> list[Clause]:
    """Of a list's items, those the question does not name after "ngoài" (``questions().besides``): "ngoài số hộ có nhà
    bị sập, đổ, trôi và tổng kinh phí cần hỗ trợ, các tỉnh còn phải thống kê chỉ tiêu gì?" names items (1) and (3) of
    Công điện 232/CĐ-TTg 1 (blind set b20-04). Empty when it names none."""
    m = questions().besides.search(query.folded)
    if m is None:
        return []
    # each thing named: "tờ khai điện tử" | "văn bản nghiệm thu PCCC"
    named = [(known, part) for part in re.split(r"\bva\b|;", m.group(0))
             if len(known := [w for w in part.split() if w in query.content_terms]) >= 2]
    # a thing names the item holding most of it, if that item is no more than the thing: an item that goes on to
    # more ("g) ... Cung cấp các dịch vụ hỗ trợ cần thiết về pháp lý, thanh toán nghĩa vụ tài chính, phiên dịch ...",
    # QĐ 2519/QĐ-UBND Cần Thơ Điều 2.1; blind set b20-40) holds the answer too
    # (... nor one naming other things besides: "2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tư pháp, Giám đốc Sở Y tế,
    # Giám đốc Công an tỉnh; ... chịu trách nhiệm thi hành ..." of "ngoài Chánh VP UBND tỉnh và GĐ Sở Tư pháp", QĐ
    # 63/2025/QĐ-UBND Đồng Nai Điều 5.2; blind set b24-22: the thing must be most of the item's words)
    gone: set[str] = set()
    for known, part in named:
        share, item = max(((coverage(known, k.text, idf), k) for k in items), key=lambda x: x[0])
        if share >= _NAMED_ITEM and len(" ".join(item.text.split())) <= _NAMED_ITEM_CHARS \
                and coverage(list(dict.fromkeys(topic_words(item.text))), part) >= _NAMED_ITEM_SHARE:
            gone.add(item.id)
    rest = [k for k in items if k.id not in gone]
    return rest if gone else []


_NAMED_ITEM = 0.5  # the share of a thing named after "ngoài" an item must hold to be that thing
_NAMED_ITEM_CHARS = 200  # ... and no longer than this
_NAMED_ITEM_SHARE = 0.3  # ... and of whose words the thing holds this share ("(1) Số hộ dân có nhà bị sập, đổ, trôi cần
# phải xây dựng lại" of "số hộ có nhà bị sập, đổ, trôi": 0.53; Điều 5.2 of QĐ 63 Đồng Nai, naming four leaders, of two: 0.09)


def _list_text(items: list[Clause], found: Clause) -> str:
    """The items of a list, one per line, each cut at ``_ITEM_CHARS``, as many as fit in ``_LIST_CHARS``; the item
    ``found`` is kept (longer) whatever its place."""
    def cut(item: Clause, limit: int) -> str:
        text = " ".join(item.text.split())
        return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"

    lines = {k.id: cut(k, _ITEM_CHARS * (3 if k.id == found.id else 1)) for k in items}
    kept, size = [], len(lines.get(found.id, ""))
    for item in items:
        if item.id != found.id:
            if size + len(lines[item.id]) > _LIST_CHARS:
                continue
            size += len(lines[item.id])
        kept.append(item.id)
    left = len(items) - len(kept)
    return "\n".join([lines[k] for k in kept] + ([f"(… và {left} mục khác)"] if left else []))


def _runs_on(part: str) -> bool:
    """Does ``part`` go on with the list before it (lower case, no item marker)?"""
    return part[:1].islower() and not _LINE_MARKER.match(part)


# a count the question gives ("trong 30 nhiệm vụ"), not an ordinal ("lần thứ 2", "Điều 5"), a date or a text's number
_GIVEN_COUNT = re.compile(r"(?<!thu )(?<!so )(?<!dieu )(?<!khoan )(?<!muc )(?<![\d/.,-])\b(\d+)\b(?![/.,-]?\d)(?!-)")


def _only_given(sentence: str, must: re.Pattern, folded_question: str) -> bool:
    """Are the values ``must`` finds in ``sentence`` all figures the question itself gives? "trong 30 nhiệm vụ ... đã hoàn
    thành đúng thời hạn bao nhiêu nhiệm vụ?" is not answered by "đã giao 30 nhiệm vụ" but by "đã hoàn thành 08 nhiệm vụ
    đúng thời hạn" (TB 627/TB-VPCP, I.1; tune-fresh26 t26-36)."""
    given = set(_GIVEN_COUNT.findall(folded_question))
    values = [m.group(0) for m in must.finditer(fold(sentence))]
    return bool(given) and bool(values) and all(set(re.findall(r"\d+", v)) <= given for v in values)


@cache
def _cited_date() -> re.Pattern:
    """The number and date of a text a sentence cites: "Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm 2025",
    "Quyết định số 1620/QĐ-UBND ngày 27/6/2025" (the number as roles.toml [cited_document] writes it)."""
    # ... or the day a paper was filed, issued, registered or amended: "hồ sơ của Công ty cổ phần Mông Sơn ... nộp ngày
    # 16/7/2026" (a letter of Sở Công Thương Lào Cai, 7/2026; blind set b55-40), "Giấy chứng nhận đăng ký doanh nghiệp số
    # 5300721724 do Sở Kế hoạch và Đầu tư tỉnh Lào Cai cấp đăng ký lần đầu ngày 19/10/2016, thay đổi lần thứ 6 ngày
    # 07/9/2023": no deadline, which says "trước", "chậm nhất" or "hạn"
    date = r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|/\d{1,2}/\d{4})"
    # (a comma may stand before the date: "Báo cáo số 565-BC/BTCTW, ngày 27/11/2025 của Ban Tổ chức Trung ương",
    # Kết luận 221-KL/TW; blind set b57-05)
    # ... or the date of a law cited by its name, as ingest reads it (roles.toml [cited_document] names): "Căn cứ Luật
    # Tổ chức Chính phủ ngày 18 tháng 02 năm 2025" (QĐ 2319/QĐ-TTg's preamble; blind set b64-23)
    names = "|".join(map(re.escape, roles().cited_names))
    return re.compile(rf"\b(?:{roles().cited_number}),?\s+(?:của\s+[^\d,;]{{0,60}}?\s+)?{date}"
                      rf"|(?-i:\b(?:{names})\b)[^.;,\d]{{0,60}}?\s+{date}"  # (as written: not "văn bản quy phạm pháp
                      # luật được ký ban hành từ ngày 01 tháng 01 năm 2026", TT 33/2026/TT-BCA Điều 7.2; blind set b28-50)
                      rf"|(?<!hạn )\b(?:nộp|cấp|đăng ký|thay đổi)(?:\s+(?!trước|chậm|hạn|đến|trong|từ|ngày)[^\s,;.]+){{0,5}}"
                      rf"\s+{date}", re.I)


def _without_cited_dates(text: str) -> str:
    """``text`` folded, without the dates of the texts it cites."""
    return fold(_cited_date().sub(" ", text))


# the day of a meeting a text reports, folded: "tai phien hop ngay 28/11/2025" (Kết luận 221-KL/TW), no deadline
_MEETING_DAY = re.compile(r"\b(?:tai|trong) (?:phien hop|cuoc hop|hoi nghi|buoi lam viec|ky hop)(?: [^\s,;.]+){0,4}? "
                          r"ngay \d{1,2}(?:/\d{1,2}/\d{4}| thang \d{1,2} nam \d{4})")


# a day written with its year: "ngày 30 tháng 4 năm 1975", "30/4/1975" (folded)
_DAY_WITH_YEAR = re.compile(r"\b(?:ngay )?\d{1,2}(?: thang |/)\d{1,2}(?: nam |/)((?:19|20)\d\d)\b")


def _without_past_days(folded: str, issued: str) -> str:
    """``folded`` without the days before the year a text was issued (``issued``, its ISO-ish date): no deadline it
    sets, but a case of the past ("... do chế độ cũ ở miền Nam cấp trước ngày 30 tháng 4 năm 1975", NĐ 07/2025/NĐ-CP
    Điều 4.8, for "Bộ Tư pháp phải ra văn bản hướng dẫn ... trước ngày nào?"; blind set b114-30)."""
    year = issued[:4]
    if not year.isdigit():
        return folded
    return _DAY_WITH_YEAR.sub(lambda m: " " if m.group(1) < year else m.group(0), folded)


# whom a clause speaks of by reference: "Đối tượng quy định tại khoản 1, khoản 2, khoản 3 Điều 2 Nghị quyết này được hưởng
# mức hỗ trợ 5.000.000 đồng/tháng." (folded)
_REFERRED_SUBJECT = re.compile(r"\b(?:doi tuong|truong hop|nguoi|to chuc|ca nhan|co quan|don vi)(?: [a-z]+){0,3}? "
                               r"(?:quy dinh|neu) tai (?:diem|khoan)\b")


def _referred_subjects(doc: Document, clause: Clause) -> str:
    """The text of the clauses a clause names its subject by ("Đối tượng quy định tại khoản 1, khoản 2, khoản 3 Điều 2
    Nghị quyết này được hưởng mức hỗ trợ 5.000.000 đồng/tháng": the officials of Điều 2.1-3, NQ 41/2026/NQ-HĐND Tây
    Ninh Điều 3.1; blind set b134-22): a value stated for them is stated for what those clauses name."""
    if _REFERRED_SUBJECT.search(fold(clause.text)) is None:
        return ""
    by_path = doc.derived("clauses_by_path", lambda d: {c.path: c for c in d.clauses})
    return " ".join(c.text for p in cited_paths(clause) if (c := by_path.get(p)) is not None)


def _without_markers(text: str) -> str:
    """Folded text without the numbers that label its items ("3. Mỗi cá nhân ...": "3" is no value)."""
    return fold(_LINE_MARKER.sub("", text))


def _described_by_number(query: Query) -> bool:
    """Does the question name a plan by its number with "về ..." right after it ("QĐ 3361/QĐ-BCT về thủ tục ..."), or
    after its issuer ("Thông tư 26/2026 của Bộ NN&MT về định mức khoán chi ...", blind set b28-46)?"""
    return any(re.search(rf"{re.escape(named)}(?:\s+cua\s+[^,:?]{{1,40}}?)?\s+ve\s", query.folded)
               for _, named in refs_with_text(query.text))


EFFECT_TITLE_SHARE = 0.6  # of a when-question's topic, the share a plan's title must hold: the plan's own effect asked


def _route_asked(query: Query) -> str | None:
    """The verb and preposition a question asks where something goes by, folded: "... báo cáo về đâu?" -> "bao cao ve";
    None when it asks by no preposition ("gửi cho ai" -> "gui cho")."""
    ask = questions().recipient_where.search(query.folded)
    if ask is None or len(words := ask.group(0).split()) < 2 or words[0] not in frozenset().union(
            *questions().recipient_prepositions):
        return None
    before = query.folded[:ask.start()].split()[-2:]
    return " ".join([*before, words[0]]) if before else None


_UNIT_ASKED = re.compile(r"\b(?:bao nhieu|may)\s+(ngay|thang|nam|tuan|gio|phut)\b")


@lru_cache(maxsize=256)
def _in_unit_asked(folded_question: str) -> re.Pattern | None:
    """A length in the unit a question names ("trong bao nhiêu ngày": "05 ngày làm việc", "mười lăm (15) ngày"); None
    when it names none ("bao lâu")."""
    m = _UNIT_ASKED.search(folded_question)
    if m is None or len(re.findall(r"\b(?:bao nhieu|may|bao lau)\b", folded_question)) > 1:
        return None  # (a question asking two things, "bao nhiêu giờ và mấy ngày một tuần", names no one unit)
    return re.compile(rf"\b(?:\d+|{NUMBER_WORD})\s*(?:\(\w+(?: \w+){{0,3}}\)\s*)?{m.group(1)}\b")


@cache
def _bases() -> str:
    """questions.toml [money_basis] as alternatives, longest first."""
    return "|".join(sorted(questions().money_bases, key=len, reverse=True))


def _bases_asked(folded_question: str) -> frozenset[str]:
    """What a sum asked is paid per ("mỗi tỉnh ... mỗi năm": {"tinh", "nam"}); empty when the question says none."""
    return frozenset(re.findall(rf"(?:\bmoi|\bmot|/)\s*({_bases()})\b", folded_question))


def _money_thing(folded_question: str) -> str | None:
    """What a sum asked is for, as the question names it after its head ("trợ cấp mai táng ... bao nhiêu tiền" ->
    "mai tang"; questions.toml [money_thing]); None when it names nothing after it."""
    m = questions().money_thing.search(folded_question)
    return m.group("what") if m is not None else None


@lru_cache(maxsize=64)
def _counted_object(folded_question: str) -> re.Pattern | None:
    """What a measure or a classifier asked counts, as the question names it right after it ("bao nhiêu tấn sầu riêng"
    -> "sau rieng"; questions.toml [counted] object_of), as a pattern of those words; None when it names nothing."""
    m = questions().counted_object.search(folded_question)
    return re.compile(rf"\b{re.escape(m.group('what'))}\b") if m is not None else None


def _sum_of_other_basis(folded_sentence: str, asked: frozenset[str]) -> bool:
    """Does a sentence state its sum per something other than what the question asks it per ("300.000 đồng/người/ngày"
    for "mỗi tỉnh ... mỗi năm"), or of none of them ("963 nhà bị sập ... thiệt hại 2.000 tỷ đồng" for "mỗi hộ")?"""
    rates = re.findall(rf"\b(?:dong|trieu|ty|vnd|usd)((?:\s*/\s*(?:{_bases()})\b)+)", folded_sentence)
    if rates:
        return not any(set(re.findall(rf"\b(?:{_bases()})\b", rate)) & asked for rate in rates)
    return not any(re.search(rf"\b{re.escape(b)}\b", folded_sentence) for b in asked)


def _deadline_field(text: str, deadline: str) -> str | None:
    """The value of the clause's deadline field ("Thời hạn: 31/10/2025") when it states the clause's deadline."""
    for line in text.splitlines():
        label = parse_label_line(line)
        if label is not None and "deadline" in label.roles and deadline and deadline in label.value:
            return label.value
    return None


@lru_cache(maxsize=256)
def _counted_thing(folded_question: str) -> str | None:
    """What a count question counts when it is a thing, not a unit of measure: "tối đa bao nhiêu mâm cỗ" -> "mam";
    None for "bao nhiêu km" (a measure, stated in its unit) or no counted word."""
    m = counted_word(folded_question)
    if m is None or m.group("what") in questions().measures:
        return None
    return m.group("what")


@lru_cache(maxsize=64)
def _thing_patterns(thing: str) -> tuple[re.Pattern, re.Pattern]:
    """The counted word itself, and the word within two words after a figure (compiled once per question's word)."""
    return re.compile(rf"\b{re.escape(thing)}\b"), re.compile(rf"\s+(?:\w+\s+){{0,2}}{re.escape(thing)}\b")


def _without_other_kinds(folded: str, thing: str) -> str:
    """``folded`` without the figures of another kind than a count of ``thing``: a length of time or money ("trong
    vòng 48 giờ" counts no "mâm cỗ", QĐ 87/2025/QĐ-UBND Lai Châu; eval/external b4), a share unless of the thing ("10%"
    is no number of "căn nhà ở xã hội"; "90% người dân" counts people)."""
    named, of_thing = _thing_patterns(thing)
    for kind in (DURATION, MONEY, PERCENT):
        folded = kind.sub(lambda m: m.group(0) if named.search(m.group(0)) or of_thing.match(folded[m.end():])
                          else " ", folded)
    return folded


def _unit_headed(text: str) -> bool:
    """Does a clause open with a unit and a colon, then its task ("6. Sở Nội vụ: Tham mưu ...")?"""
    first = text.split("\n", 1)[0]
    label = label_of(first)
    found = heading_units(first[label.end:] if label else first)
    return found is not None and bool(found[2])


def _cited_numbers(query: Query) -> list[str]:
    """The numbers of the documents a question names that no indexed plan has ("quyet dinh 338/qd-ttg" ->
    "338/qd-ttg"), as the plans citing them write them, folded: a clause citing one is on the question's topic."""
    # (a year is no number: "BCĐ 138 Hải Dương KH 2025" names the plan of 2025, tune-fresh13 t13-04)
    return [m.group(0) for ref in query.unknown_refs
            if (m := re.search(r"\d+/[\w/.-]*\w|\b(?!(?:19|20)\d\d\b)\d{2,}", ref))]


_SHARE = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def _figures_of(text: str) -> frozenset[str]:
    """The shares a text states ("đạt tối thiểu 30%" -> "30"), "," and "." alike ("2,5%" is "2.5%")."""
    return frozenset(m.group(1).replace(",", ".") for m in _SHARE.finditer(text))


def _of_units_asked(e: Evidence, query: Query) -> bool:
    """Does the clause speak of a body the question names (its text, heading trail or responsibility), or name none?"""
    if not query.units:
        return True
    scope = f" {unit_key(' '.join([clause_scope(e.clause, e.hit.chunk.text), *e.clause.responsibility.units()]))} "
    return any(f" {unit_key(u)} " in scope for u in query.units)


def _presupposed_units(query: Query) -> list[str]:
    """The bodies a question takes as given, which a clause found must name: those a yes/no question about who leads or
    partners asserts ("NĐ 329 giao Bộ Giáo dục và Đào tạo chủ trì ... phải không?"), and the one it says a document hands
    a task ("QĐ 42/2025 giao Bộ Tài chính hướng dẫn những tiêu chí nào?"). Generic names ("các sở") are none."""
    named = [u for u in query.units if not only_generic(u)]
    if not named:
        return []
    if query.intent in (Intent.LEAD, Intent.PARTNERS) and questions().yes_no_asked.search(query.folded):
        return named
    m = questions().handed_asked.search(query.folded)
    if m is None:
        return []
    rest = f"{unit_key(m.group('unit'))} "
    return [u for u in named if rest.startswith(f"{unit_key(u)} ")]


def _task_of_units_asked(e: Evidence, query: Query) -> bool:
    """Is the clause the task of a body the question names (its lead, implementers or advisers)?"""
    r = e.clause.responsibility
    doers = {unit_key(u) for u in [*r.lead, *r.implementers, *r.advisers]}
    return any(unit_key(u) in doers for u in query.units)


def _states_time(e: Evidence, bound: bool = False) -> bool:
    """Does the clause state a time: its deadline (own or its heading's) or a date that is not a cited text's? With
    ``bound`` (asked by when: "... trước thời hạn nào?"), more than how often or a year naming what it is about: neither
    "Thực hiện quyết liệt ... công tác chuyển hóa địa bàn trọng điểm" due "thường xuyên" nor a list's title "Xã, phường
    trọng điểm, phức tạp về ma túy năm 2025" answers "xã Phan Rí Cửa phải chuyển hóa xong địa bàn trọng điểm ma túy
    trước thời hạn nào?" (a Lâm Đồng decision of 12/2025; blind set b66-16)."""
    deadline = fold(e.clause.responsibility.deadline)
    text = _without_cited_dates(e.hit.chunk.text)
    if bound:
        deadline, text = PERIODIC.sub(" ", deadline), PERIODIC.sub(" ", _BARE_YEAR.sub(" ", text))
        return bool(DATE.search(deadline) or DATE.search(text))
    return bool(deadline or DATE.search(text))


_BARE_YEAR = re.compile(r"(?<!thang \d )(?<!thang \d\d )(?<!/)\bnam \d{4}\b")


def _deadline_states(r: Responsibility, need: ValueNeed) -> bool:
    """Does a clause's own deadline state the kind of value asked? A year or a month alone is a date when it is the
    deadline field's ("Thời gian triển khai: 2026", QĐ 2597/QĐ-TTg Phụ lục II row 2: "... trong năm nào?"; "Thời gian
    hoàn thành: 12/2026", NQ 03/NQ-CP of 2025 Phụ lục II: "... phải xong lúc nào?")."""
    return bool(r.deadline) and (bool(need.search(fold(r.deadline))) or (
        need is DATE and r.due is not None and r.due.kind in (DeadlineKind.YEAR, DeadlineKind.MONTH)))


def _values_in(folded: str, need: ValueNeed) -> int:
    """How many values of the kind asked a (folded) text states: matches with no space between them are pieces of one
    ("ngày 15/3/2026" is matched as "ngay 1" and "3/20", KH Tiểu ban tuyên truyền Phố Bảng II.2.2.2: one date)."""
    count, end = 0, None
    for m in need.finditer(folded):
        if end is None or re.search(r"\s", folded[end:m.start()]):
            count += 1
        end = m.end()
    return count


# a start day ("Thời gian áp dụng từ ngày 01 tháng 10 năm 2008"), or the hour and day something starts: "1.2. Đợt 2: Từ
# 13h30’ ngày 03/6/2026 (Thứ Tư)." (a notice of Sở Công Thương Lào Cai, 5/2026; blind set b46-23)
_STARTS = re.compile(r"\b(?:ap dung|thuc hien|tinh|huong|hieu luc)\b[^.;]{0,20}?\b(?:ke )?tu ngay \d"
                     r"|\btu \d{1,2}\s*(?:h|gio)\s*\d{0,2}\S*\s+(?:[a-z]+\s+){0,2}?ngay \d")


def _holds_value(text: str, need: ValueNeed) -> bool:
    """Does a clause state the kind of value asked for? A date must be a deadline ("chậm nhất là ngày 08 tháng 02
    năm 2026") or the day a rule starts ("Thời gian áp dụng từ ngày 01 tháng 10 năm 2008", QĐ 5129/QĐ-UBND TP.HCM
    Điều 1), not the date of a law it cites ("Nghị định số 181/2024/NĐ-CP ngày 31/12/2024")."""
    if need in (DATE, DAY):
        return bool(extract_deadline(text)) or _STARTS.search(fold(text)) is not None
    return bool(need.search(_without_markers(text)))



@cache
def _short_forms() -> frozenset[str]:
    """Folded short forms that are no names a clause must hold: acronyms ("mtqg" is "mục tiêu quốc gia", which the
    question's topic words already hold) and units' abbreviations ("nnmt" of "Bộ NN&MT")."""
    return frozenset(acronyms()) | {re.sub(r"[^a-z0-9]", "", a) for a in units().abbreviations}


def _family_holds(e: Evidence, names: list[str]) -> bool:
    """Do the items of the clause's list, with their heading, hold every name? A step of a procedure need not repeat what
    the procedure is for: "b) Trong thời hạn 01 ngày làm việc, kể từ ngày nhận được yêu cầu khôi phục ... hợp lệ, Sở Khoa
    học và Công nghệ thực hiện việc khôi phục" after "a) ... (đối với khôi phục thiết bị PKI Token)" (QĐ 144/2025/QĐ-CTUBND
    Đồng Tháp Điều 11.2)."""
    parent = e.doc.clause(e.clause.parent_id) if e.clause.parent_id else None
    if parent is None:
        return False
    family = [parent.text, *(c.text for c in (e.doc.clause(i) for i in parent.children) if c is not None)]
    return coverage(names, " ".join(family)[:8000]) == 1.0


def _own_statement_asked(query: Query, need: ValueNeed | None) -> re.Pattern | None:
    """What the clause a question asks of its plan itself states: its effect ("... có hiệu lực từ khi nào?", of a date),
    the letter it answers ("... trả lời công văn nào?"), the text it is grounded on ("... căn cứ vào quyết định nào?"),
    the one it repeals ("... bãi bỏ quyết định nào?") or on whose proposal it was issued ("... được ban hành theo đề nghị
    của ai?"); None when it asks none of them."""
    if need in (DATE, DAY) and questions().effect_asked.search(query.folded):
        return questions().effect_stated
    if need in (DATE, DAY) and questions().effect_end_asked.search(query.folded):
        return questions().effect_end_stated
    return next((stated for asks, stated in _own_statements() if asks.search(query.folded)), None)


def _own_statements() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(asked, stated) of what a document states of itself besides its effect: the letter it answers, its grounds, the
    text it repeals, on whose proposal it was issued, who vetted its draft (questions.toml)."""
    lex = questions()
    return lex.reply_to, lex.grounds, lex.replaces, lex.proposed_by, lex.vetted_by


def _by_whom(stated: re.Pattern | None) -> bool:
    """Is ``stated`` an own statement naming a body: on whose proposal a document was issued, who vetted its draft?"""
    return stated is not None and stated in (questions().proposed_by[1], questions().vetted_by[1])


def _own_titles(clause: Clause) -> tuple[str, ...]:
    """A clause's title and its heading's: where a record's field or a procedure's name is written."""
    return (clause.title, *clause.heading_trail[-1:])


def _other_variants(evidence: list[Evidence], folded_question: str) -> set[int]:
    """The evidence (by ``id``) of another procedure of the name the question says, when the procedure it says is among
    the evidence too: "Cấp lại giấy phép hành nghề khoan nước dưới đất" beside "Cấp giấy phép hành nghề khoan nước dưới
    đất" for "cấp giấy phép ...", and the other way round for "cấp lại ..." (``questions().procedure_variant``; QĐ
    1949/QĐ-UBND Cao Bằng Phụ lục I; blind set b19-02)."""
    variant = questions().procedure_variant
    asked = frozenset(variant.findall(folded_question))

    def name(e: Evidence) -> tuple[str, frozenset[str]]:  # the procedure's name without its variant words, and those
        for t in _own_titles(e.clause):
            folded = re.sub(r"\(\s*[\d.]+\s*\)|[^a-z0-9 ]", " ", fold(t))
            if folded.strip():
                # ("cấp" itself goes too: "Cấp lại giấy phép X" and "Cấp giấy phép X" are both of "giấy phép X")
                return " ".join(w for w in variant.sub(" ", folded).split() if w != "cap"), frozenset(variant.findall(folded))
        return "", frozenset()
    named = {id(e): name(e) for e in evidence}
    said = {n for n, words in named.values() if n and words == asked}
    return {k for k, (n, words) in named.items() if n in said and words != asked}


def _under_field(clause: Clause, field: re.Pattern) -> bool:
    """Is ``clause`` a record's ``field`` or right under its heading ("c) Thành phần, số lượng hồ sơ" / "Thành phần: Báo
    cáo kèm theo ...")?"""
    # (titled so, not naming it in a task: "... rà soát, thay thế thành phần hồ sơ trong cấu trúc thủ tục hành chính",
    # TB 624/TB-VPCP PL.2.10)
    return any(field.match(fold(t).lstrip(" -+*•.")) for t in _own_titles(clause))


def _sender_first(evidence: list[Evidence], query: Query) -> list[Evidence]:
    """Asked where a unit the question names sends something, that unit's clauses first: "Bộ Xây dựng báo cáo tình hình
    triển khai thi hành Nghị định cho những cơ quan nào?" of "1. Bộ Xây dựng / b) Báo cáo Bộ Nội vụ, Văn phòng Chính phủ
    ...", not of the provinces' "báo cáo các bộ, ngành liên quan" (NĐ 140/2025/NĐ-CP Điều 31; blind set b49-05)."""
    named = [u for u in query.units if not only_generic(u)]  # (not "đơn vị" of "đơn vị cũ giải thể", t15-05)
    if not named:
        return evidence

    def sends(e: Evidence) -> bool:
        r = e.clause.responsibility
        return any(unit_matches(u, x) for u in named for x in [*r.lead, *r.implementers])
    return sorted(evidence, key=lambda e: not sends(e))


def _labels_asked(folded_question: str) -> frozenset[str]:
    """The labels a question asks without naming them ("ở đâu": "địa điểm", questions.toml [label_asked])."""
    return frozenset(label for asks, labels in questions().labels_asked if asks.search(folded_question) for label in labels)


def _label_asked(clause: Clause, folded_question: str, asked: frozenset[str]) -> bool:
    """Is ``clause`` a line whose label the question names or asks ("3. Nội dung kiểm tra: Quy định tại Điều 9 ..." for
    "nội dung kiểm tra ... theo quy định nào?", "2. Địa điểm: ..." for "... tổ chức ở đâu?")?"""
    if not clause.title.endswith(":"):
        return False
    # (a label of words, with its value on its line: not a unit's heading over its items, "Cơ quan nơi đi:" (NĐ 170/2025
    # Điều 44.2.b), nor a year's figures, "+ Năm 2025: Thu tiền cấp quyền ..." for any question on 2025; nor a unit's
    # line, "1. Văn phòng đăng ký đất đai: Thực hiện thống kê ...", QĐ 95/2025 Nghệ An; nor a name, a field's label being
    # lower case past its first letter (an acronym aside: "Kết quả thực hiện TTHC:") and of two words at least: not "1.
    # Ông: Đặng Văn Thức, sinh ngày ..." for "... cho ông Đặng Văn Thức có hiệu lực từ khi nào?", QĐ 3770/QĐ-SCT Lào Cai
    # Điều 1.1; b49-37)
    words = re.findall(r"[a-z0-9]+", fold(clause.title))
    written = re.findall(r"\w+", clause.title)
    if not 2 <= len(words) <= questions().label_max_words or any(w.isdigit() for w in words) or \
            any(w[0].isupper() and not w.isupper() for w in written[1:]) or not _value_after_label(clause.text) or \
            _unit_headed(clause.text):
        return False
    label = " ".join(words)
    if label in asked:
        return True
    # (named before the question asks, as what it asks of: not "... phối hợp với ai để thông báo thời gian nổ mìn ...?"
    # of "7. Thời gian nổ mìn: Buổi trưa ...", which asks who; b46-43)
    question = f" {' '.join(re.findall(r'[a-z0-9]+', folded_question))} "
    at = question.find(f" {label} ")
    asks = questions().label_asking.search(question)
    return at >= 0 and (asks is None or at < asks.start())


def _row_label_asked(text: str, folded_question: str) -> tuple[str, list[str]] | None:
    """The label of a table row a who-question names, and the bodies under it: "Cơ quan chủ trì thẩm tra: Ủy ban Khoa
    học, Công nghệ và Môi trường của Quốc hội" for "... thì cơ quan nào chủ trì thẩm tra?" (questions.toml
    [row_label_asked]); None when no label, or two alike, are named."""
    asked = set(re.findall(r"[a-z0-9]+", folded_question))
    found: list[tuple[int, str, list[str]]] = []
    for line in text.split("\n"):
        label, colon, value = line.partition(":")
        if not colon or not value.strip() or len(label.split()) > questions().label_max_words:
            continue
        own = re.findall(r"[a-z0-9]+", questions().row_label_generic.sub(" ", fold(label)))
        if own and set(own) <= asked and unit_phrase_at(value.strip()) is not None:
            found.append((len(set(own)), label.strip(), split_units(value.strip().rstrip(".;"))))
    found.sort(key=lambda f: -f[0])
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        return None
    return found[0][1], found[0][2]


def _value_after_label(text: str) -> bool:
    """Does the first line of ``text`` go on after its label's colon ("2. Địa điểm: Sở Công Thương ...")?"""
    first = text.split("\n", 1)[0]
    return ":" in first and bool(re.search(r"\w", first.split(":", 1)[1]))


def _of_own_kind(stated: re.Pattern, e: Evidence) -> bool:
    """Does the statement ``stated`` finds in ``e`` speak of a text of its document's kind ("Thông tư này ..." in a
    circular), or of no kind at all?"""
    m = stated.search(fold(e.hit.chunk.text))
    kind = fold(e.doc.meta.kind)
    said = [k for k in kind_names() if m is not None and re.search(rf"\b{re.escape(k)}\b", m.group(0))]
    return not kind or not said or kind in said


def _in_appendix(clause: Clause) -> bool:
    """Does a clause stand in an appendix ("PL.6", or under a heading "Phụ lục ...")?"""
    return clause.path.startswith("PL") or any(fold(h).startswith(structure().appendix_words) for h in clause.heading_trail)


def _where(doc: Document, clause: Clause) -> str:
    """"Theo Ủy ban nhân dân tỉnh Hà Tĩnh, mục Điều 2": where an answer's clause stands."""
    return f"Theo {doc.meta.issuer or doc.file_name}, {section_name(clause)}"


# folded: "phối hợp với Sở Tài chính", "phối hợp chặt chẽ với", the slip "phối với" (plans-real/web/son-la_b13aef6a.md)
_WITH_PARTNER = re.compile(r"\bphoi (?:hop(?: voi)?|voi)\s+")
# a sentence naming whom its subject works with: "phối hợp với ...", "phối hợp, trao đổi ý kiến (...) với ..."
_WITH_WHOM = re.compile(r"\b(?:phoi hop|trao doi|hiep dong)\b[^.;]{0,80}?\bvoi\b")
# a clause speaking of working with others in any words: "Phối hợp cùng Nhóm công tác số 3 ...", "làm việc với UBND tỉnh
# Đồng Nai, ACV để thống nhất ..." (TB 624/TB-VPCP Phụ lục II row 44, TB 627/TB-VPCP III.5.c)
_WORKS_WITH = re.compile(r"\b(?:phoi hop|trao doi|hiep dong|lam viec|thong nhat)\b[^.;]{0,80}?\b(?:voi|cung)\b")


def _decider_in(sentence: str, verb: re.Pattern, refer: re.Pattern) -> tuple[str, str] | None:
    """The unit that decides in ``sentence``: the one a refer verb names right before the deciding verb ("báo cáo
    Hội đồng Quản lý Quỹ xem xét, quyết định"), else the unit phrase ending right before it ("Bộ trưởng Bộ Nông
    nghiệp và Môi trường quyết định ..."): (unit, the deciding words as written). A power handed over is the
    delegate's ("Ủy ban nhân dân thành phố phân cấp thẩm quyền quyết định thanh lý ... cho Ủy ban nhân dân cấp xã",
    QĐ 210/2025/QĐ-UBND Hải Phòng Điều 2.1; eval/external b11-43)."""
    if (m := verb.search(sentence)) is not None and (delegate := delegated_to(sentence, True)):
        return ", ".join(delegate), m.group(0).strip()
    if (m := roles().power_label.match(fold(sentence))) is not None and m.end() < len(sentence):
        # "- Thẩm quyền quyết định đánh giá, xếp loại chất lượng: Ban Thường vụ Đảng ủy cấp xã." (Công văn of UBND TP.
        # Hồ Chí Minh on rating staff, 2025, 2.2.d; eval/external b14-02): the body after the label decides
        if (found := unit_phrase_at(sentence, m.end())) is not None:
            return found[0], "quyết định"
    for m in verb.finditer(sentence):
        before = sentence[:m.start()]
        for r in reversed(list(refer.finditer(before))):
            found = unit_phrase_at(sentence, r.end())
            if found is not None and abs(found[1] - m.start()) <= 1:
                return found[0], m.group(0).strip()
        for start in (w.start() for w in re.finditer(r"(?<!\S)[A-ZĐÀ-Ỹ]", before[-120:])):
            pos = len(before) - len(before[-120:]) + start
            found = unit_phrase_at(sentence, pos)
            if found is not None and abs(found[1] - m.start()) <= 1:
                if _ON_BEHALF.search(sentence[:pos]):
                    break  # the sentence's own subject decides (a clause's unit, unnamed here)
                return found[0], m.group(0).strip()
    return None


_TIE = 0.01  # two clauses' topic coverage this close is a tie
# what may open a task before its first word: "- ", "b) ", "(2) ", a consolidated text's footnote mark "[24] "
_OPENING_LABEL = re.compile(r"^\s*(?:[-+•–]|\(?[a-zđ0-9]{1,2}[.)])?\s*(?:\[\d{1,3}\]\s*)?")


def _place_named_first(ev: list[Evidence], query: Query) -> list[Evidence]:
    """A place the question names past its colon, where it picked no plan, says which of two clauses as much on topic
    it asks of: "QĐ 123 ... Huế: tài sản do THADS TP Huế bàn giao (không phải nhà đất, ô tô) thì cơ quan nào duyệt
    phương án xử lý?" of "2. Sở Tài chính quyết định phê duyệt phương án xử lý tài sản đã tiếp nhận từ cơ quan Thi hành
    án dân sự thành phố Huế ...", not of "3. ... tài sản do cơ quan thi hành án dân sự khu vực chuyển giao" (plans-real/
    web/hue_123-2025-qd-ctubnd.md Điều 4.2, 4.3). The place's words are no topic word (they name the plan's place), so
    both clauses cover the question alike."""
    if not ev or ":" not in query.text:
        return ev
    asked = set(provinces_in(query.text.rsplit(":", 1)[1]))
    if not asked or asked & set(provinces_in(ev[0].hit.chunk.text)):
        return ev
    tied = next((e for e in ev[1:] if e.coverage >= ev[0].coverage - _TIE
                 and asked & set(provinces_in(e.hit.chunk.text))), None)
    return ev if tied is None else [tied, *(e for e in ev if e is not tied)]


def _own_decision(clause: Clause, sentence: str) -> tuple[str, str] | None:
    """A task that opens with the deciding verb is decided by the clause's own unit, often its heading's: "b) Bộ Chỉ
    huy quân sự cấp tỉnh, thành phố trực thuộc trung ương / - Phê duyệt kế hoạch thu gom, vận chuyển, tiêu hủy bom mìn
    vật nổ ..." (VBHN 94/VBHN-BQP Điều 12.4.b)."""
    lead = clause.responsibility.lead
    rest = _OPENING_LABEL.sub("", sentence)
    if not lead or not rest:
        return None
    m = roles().decider_verb.match(f" {rest[0].lower()}{rest[1:]}")
    return (_join(lead), rest[:m.end() - 1].strip()) if m else None


# the unit a decision is made on behalf of, not the one deciding: "Thực hiện theo ủy quyền của Chủ tịch Ủy ban nhân dân
# tỉnh xem xét, phê duyệt các đề nghị xóa dữ liệu hộ tịch điện tử ..." (QĐ 2979 Hà Tĩnh, Sở Tư pháp's task Điều 2.3.2.e;
# tune-fresh28 t28-08)
_ON_BEHALF = re.compile(r"(?i)\b(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?$")
# an item opening with its unit's role and "with" whom: every body named after "với" up to the act is a partner ("- Chủ
# trì, phối hợp với các cơ sở giáo dục, tổ chức chính trị - xã hội và | các tổ chức, cá nhân có liên quan trên địa bàn |
# tổ chức tuyên truyền ...", under "5. Ủy ban nhân dân các xã, phường" of KH 831/KH-UBND Đồng Tháp 2026 IV.5; blind set
# b123-02), "với" left out too ("- Chủ trì, phối hợp các sở, ngành hướng dẫn vị trí việc làm ...", under "3. Sở Nội vụ"
# of QĐ 02/2026/QĐ-UBND Đồng Nai, Quy chế Điều 13.3; b127-02)
_ROLE_WITH = re.compile(r"(?i)^\W*(?:[a-zđ0-9]{1,3}[.)]\s*)?(?:chủ trì\s*,?\s*)?phối hợp\s+(?:chặt chẽ\s+)?(?:với\s+)?[^.;:]*$")


# what may stand between a unit and its task verb: "VNMAC và các Bộ, ngành liên quan chịu trách nhiệm thẩm định, kiểm tra
# ..." (VBHN 94/VBHN-BQP, TT.Điều 34.3; tune-fresh28 t28-03)
_DUTY_WORDS = re.compile(r"(?i)(?:(?:chịu|có)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)?")


def _acts_before_verb(between: str) -> bool:
    """May ``between`` stand between a unit and the task verb asked: duty words ("có trách nhiệm"), or another task verb
    it does first ("trình Ủy ban nhân dân tỉnh xem xét, phê duyệt", Công văn of Sở Công Thương Lào Cai on a blasting
    plan, 6/2026; blind set b54-30)?"""
    words = between.strip(" ,")
    if between.lstrip().startswith(","):
        # a name a comma ends closes a phrase, it is no subject: "... thuộc phạm vi quản lý của Bộ VHTTDL, | đảm bảo hoàn
        # thành trong tháng 12/2025" (CV 6278/BVHTTDL-VP, 1; eval/external b14-26)
        return bool(_DUTY_WORDS.fullmatch(words))
    # (the words roles.toml [decider] "between" lets stand before a deciding verb: not "trả lời cơ quan cấp phép đúng
    # thời hạn quy định, cung cấp tài liệu", where the body is whom the unit answers, QĐ 27/2025 Thái Nguyên Điều 6.2)
    # the whole of ``words`` must be that other verb: "trình Bộ trưởng Bộ Công Thương | phê duyệt kế hoạch ... và quyết
    # định thành | lập" only opens with one (TT 63/2025/TT-BCT Điều 15.2; blind set b86-11)
    # or a modal and other acts the unit does with it ("Sở Nội vụ phải xem xét, thẩm định hồ sơ ...", roles.toml
    # [task_verbs] chain_modals)
    return bool(_DUTY_WORDS.fullmatch(words) or roles().decider_verb.fullmatch(f" {words} phê duyệt")
                or roles().acting_chain.fullmatch(fold(words)))


# a body named after "do" that carries out the matter the sentence opens with (folded): "Việc đánh giá người đứng đầu đơn
# vị sự nghiệp công lập do | người đứng đầu cơ quan, tổ chức cấp trên quản lý trực tiếp | thực hiện."
# (the words between the name and the verb still name the body: "... cấp trên | quản lý trực tiếp | thực hiện")
_DONE_BY = re.compile(r"((?:\s+[a-z]+){0,4}?)\s*(?:thuc hien|dam nhiem|dam nhan|chu tri|phu trach|to chuc thuc hien)"
                      r"\s*(?:[.;]|$)")


def _done_by(sentence: str, folded: str, verb: str) -> str | None:
    """The body a sentence opening with the matter ("Việc <verb> ...") says carries it out after "do": "Việc đánh giá
    người đứng đầu đơn vị sự nghiệp công lập do người đứng đầu cơ quan, tổ chức cấp trên quản lý trực tiếp thực hiện."
    (Luật Viên chức 129/2025/QH15 Điều 25.2.b; blind set b117-14)."""
    opening = re.match(rf"\W*(?:[a-z0-9]{{1,3}}[.)]\s*)?(?:viec|cong tac)\s+{re.escape(verb)}(?![a-z0-9])", folded)
    if opening is None:
        return None
    for d in re.finditer(r"(?<![a-z0-9])do\s+", folded[opening.end():]):
        start = opening.end() + d.end()
        if (found := unit_phrase_at(sentence, start)) is not None and (by := _DONE_BY.match(folded[found[1]:])):
            return sentence[start:found[1] + len(by.group(1))]
    return None


def _named_as_agent(sentence: str, folded: str, verb: str) -> str | None:
    """The body a sentence says is the one doing ``verb``: "Ủy ban nhân dân cấp tỉnh là cơ quan có thẩm quyền cấp Giấy
    chứng nhận đủ điều kiện kinh doanh hóa chất có điều kiện" (a letter of Sở Công Thương Lào Cai, 2026; blind set
    b54-34), "Cơ quan, tổ chức cấp C/O mẫu UAE-VN của Việt Nam là Ủy ban nhân dân cấp tỉnh" (TT 26/2026/TT-BCT Điều 20;
    b52-22)."""
    v = re.escape(verb)
    if m := re.search(rf"\sla co quan (?:co tham quyen |co trach nhiem |duoc giao )?{v}(?![a-z0-9])", folded):
        for w in re.finditer(r"(?<!\S)\S", sentence[max(0, m.start() - 120):m.start()]):
            start = max(0, m.start() - 120) + w.start()
            if (found := unit_phrase_at(sentence, start)) is not None and found[1] == m.start():
                return found[0]
    if m := re.search(rf"(?:^|[.;:]\s*)[\"“‘']?(?:[a-zđ0-9]{{1,3}}[.)]\s*)?(?:co quan|don vi)(?:, to chuc)? "
                      rf"(?:co tham quyen )?{v}(?![a-z0-9])[^.;:]{{0,80}}? la (?!ai\b)", folded):
        if (found := unit_phrase_at(sentence, m.end())) is not None:
            return found[0]
    return None


@cache
def _longer_task_verbs() -> dict[str, frozenset[str]]:
    """For each one-word task verb, the words that make a longer task verb of it when written before it ("lập" ->
    "thành", "thiết": "thành lập", "thiết lập"), folded (roles.toml [task_verbs])."""
    heads: dict[str, set[str]] = {}
    for verb in roles().task_verbs:
        words = fold(verb).split()
        if len(words) == 2:
            heads.setdefault(words[1], set()).add(words[0])
    return {tail: frozenset(h) for tail, h in heads.items()}


def _tail_of_longer_verb(folded: str, pos: int, verb: str) -> bool:
    """Is the verb asked, found at ``pos`` of a folded sentence, the last word of another task verb: "lập" in "quyết
    định thành lập Hội đồng" is no "lập kế hoạch" (TT 63/2025/TT-BCT Điều 15.2; blind set b86-11)?"""
    before = re.search(r"([a-z0-9]+)\s+$", folded[:pos])
    return before is not None and before.group(1) in _longer_task_verbs().get(verb, frozenset())


def _agent_of(sentence: str, verb: str) -> str | None:
    """The unit written right before the task verb ``verb`` (folded) in ``sentence``, the longest such name; or after
    a label naming the body by that verb ("b) Cơ quan thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội;", NQ Hà Nội on TOD
    planning Điều 9.2; eval/external b12-02)."""
    folded = fold(sentence)
    if (label := re.search(rf"(?<![a-z0-9])(?:co quan|don vi|cap|nguoi)\s+(?:co tham quyen\s+)?{re.escape(verb)}\s*:\s*",
                           folded)) and (found := unit_phrase_at(sentence, label.end())) is not None:
        return found[0]
    if (named := _named_as_agent(sentence, folded, verb)) is not None:
        return named
    if (by := _done_by(sentence, folded, verb)) is not None:
        return by
    for m in re.finditer(rf"(?<![a-z0-9]){re.escape(verb)}(?![a-z0-9])", folded):
        if _tail_of_longer_verb(folded, m.start(), verb):
            continue
        left = max(0, m.start() - 200)
        for w in re.finditer(r"(?<!\S)\S", sentence[left:m.start()]):
            start = left + w.start()
            found = unit_phrase_at(sentence, start)
            if found is None or found[1] > m.start() or not _acts_before_verb(sentence[found[1]:m.start()]):
                continue
            if re.search(r"(?i)\b(?:các|những)\s+$", sentence[:start]):
                continue  # "các cơ quan, tổ chức có liên quan": the name begins at "các", found from there
            if re.search(r"\bvới\s+$", sentence[:start]) or _ON_BEHALF.search(sentence[:start]) \
                    or _ROLE_WITH.match(sentence[:start]):
                # "chủ trì, phối hợp với các bộ, cơ quan liên quan xem xét ...": partners, not the agent; "theo ủy quyền
                # của Chủ tịch Ủy ban nhân dân tỉnh xem xét ...": the one the clause's unit acts for
                return None
            # a body "thuộc" another ("đại diện cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường, xã ...")
            # is named with what it belongs to
            before = sentence[max(0, start - 100):start]
            name = found[0]
            if re.search(r"\bthuộc\s+$", before):
                owner = next(((o.start(), before[o.start():].rstrip()) for o in re.finditer(r"(?<!\S)\S", before)
                              if starts_with_unit(before[o.start():])), None)
                if owner:
                    name, before = f"{owner[1]} {found[0]}", before[:owner[0]]
            # a person acting for the body: "do đại diện cơ quan chuyên môn về tài chính ... lập" (QĐ 123 Huế)
            person = re.search(r"(?i)\b(?:người\s+)?đại\s+diện\s+$", before)
            return f"{' '.join(person.group(0).split())} {name}" if person else name
    return None


def _naming_sentence(clause: Clause, named: list[str], on_topic: Callable[[str], float], folded_question: str) -> str:
    """The sentence of ``clause`` that names the units answered, when its title does not and it opens with the case the
    question states or is as much on the question's topic (``on_topic``) as the title ("Trường hợp người ứng cử là
    người đứng đầu cơ quan, tổ chức, đơn vị thì cơ quan, tổ chức, đơn vị cấp trên trực tiếp có trách nhiệm xác minh và
    trả lời." for "... cấp trên trực tiếp", KH lấy ý kiến cử tri Lương Minh IV.1); "" when the title names them or no
    sentence but a label line does (a row's "Cơ quan chủ trì: ...")."""
    said = [fold(u) for u in named]
    if not said or any(u in fold(clause.title) for u in said):
        return ""
    naming = [x for x in sentences(clause.text)
              if any(u in fold(x) for u in said) and not is_attribute_line(x.lstrip("-+• "))]
    best = min(naming, key=lambda x: (not condition_met(x, folded_question), -on_topic(x)), default="")
    if not best or (not condition_met(best, folded_question) and on_topic(best) < on_topic(clause.title)):
        return ""
    found = " ".join(best.split())
    return found if len(found) <= _QUOTE_CHARS else found[:_QUOTE_CHARS].rsplit(" ", 1)[0] + "…"


_DATED = re.compile(r"\b(?:ngay \d|\d{1,2}/\d{1,2}|thang \d|quy (?:[ivx]+|[1-4])\b)")  # a day, month or quarter (folded)
_QUOTE_CHARS = 320  # a sentence quoted for the unit it names is cut at this length


def _piece_number(chunk_id: str) -> int:
    """The place of a piece of a clause split into several chunks ("...#I.2.1.d~2" -> 2; a whole clause 0)."""
    tail = chunk_id.rsplit("~", 1)
    return int(tail[1]) if len(tail) == 2 and tail[1].isdigit() else 0


def _with_pieces(e: Evidence, evidence: list[Evidence], folded_question: str) -> Evidence:
    """``e`` with the text of the other pieces of its clause that were found too, in the clause's order, when only
    another piece opens with the case the question describes: a long clause is chunked in pieces, and the case may be
    in the one ranked second ("d) Văn bản thẩm định phải thể hiện đầy đủ ... Trường hợp văn bản không kết luận cụ thể,
    thì xem như thống nhất ...", Chỉ thị 010/CT-UBND Đắk Lắk I.2.1.d, chunks ~1 and ~2). (Merged always, the other
    pieces' sentences outranked the first piece's answer on the tuning sets.)"""
    pieces = {x.hit.chunk.id: x.hit.chunk for x in evidence if x.clause.id == e.clause.id}
    if len(pieces) < 2 or any(condition_met(x, folded_question) for x in sentences(e.hit.chunk.text)) or not any(
            condition_met(x, folded_question) for c in pieces.values() for x in sentences(c.text)):
        return e
    text = "\n".join(c.text for c in sorted(pieces.values(), key=lambda c: _piece_number(c.id)))
    return replace(e, hit=replace(e.hit, chunk=replace(e.hit.chunk, text=text)))


def _partners_asked(r: Responsibility, query: Query) -> list[str]:
    """The clause's partners the question names ("Công an tỉnh phối hợp với những ai?")."""
    asked_key = unit_key(query.text)
    return [u for u in r.partners if any(unit_matches(q, u) for q in query.units) or unit_key(u) in asked_key]


def _join(units: list[str]) -> str:
    return ", ".join(units)


def _sentences_with(text: str, pattern: re.Pattern, limit: int = 2) -> list[str]:
    out = [p for p in sentences(text) if pattern.search(fold(p))]
    return out[:limit]


def _cite(cites: Citations, e: Evidence) -> int:
    """Cite the clause ``e`` found, quoting the piece that was found; its number."""
    return cites.add(e.doc, e.clause, citation_text(e.doc, e.clause, e.hit.chunk))


_KIND_ASKED = re.compile(r"\b(bo|so|cuc|vu|vien|phong|tong cuc|chi cuc)\s+nao\b")


def _kind_asked(folded_question: str) -> str:
    """The kind of body a who-question names ("bộ nào", "sở nào", "cục nào"), folded; "" when it names none."""
    m = _KIND_ASKED.search(folded_question)
    return m.group(1) if m else ""


def _named_of_kind(unit: str, head: str) -> bool:
    """Is ``unit`` one body of the kind asked, named ("Bộ Nội vụ" for "bo"), not the kind in general ("Các bộ, ngành có
    liên quan", "các Bộ, ngành liên quan")?"""
    words = unit.split()
    while words and fold(words[0]) in ("cac", "nhung"):
        words = words[1:]
    n = len(head.split())
    return fold(" ".join(words[:n])) == head and len(words) > n and words[n][:1].isupper()


def _of_kind(e: Evidence, head: str) -> bool:
    """Does a unit of the clause's responsibility ("Bộ Nông nghiệp và Môi trường", "các Bộ") have the kind asked?"""
    r = e.clause.responsibility
    return any(re.match(rf"(?:cac |nhung )?{head}\b", fold(u)) for u in [*r.lead, *r.implementers, *r.advisers])


@cache
def _office_holders() -> frozenset[str]:
    """The folded office holders' head words ("bo truong", "giam doc": units.toml [[head]] with office = true)."""
    return frozenset(fold(w) for h in units().heads if h.office for w in h.words)


def _the_whole(key: str, wholes: set[str]) -> bool:
    """Is the unit of ``key`` one of ``wholes`` (unit keys) or the head of one ("bo truong bo khoa hoc va cong nghe")?"""
    return any(key == w or (key.endswith(f" {w}") and key[:-len(w)].strip() in _office_holders()) for w in wholes)


def _whole_only(r: Responsibility, e: Evidence, query: Query) -> bool:
    """Do the roles ``r`` read in ``e`` name as doers only the body a part is asked of (the one the question names, or
    the document's issuer for a bare "Bộ") or that body's head ("Bộ trưởng Bộ Khoa học và Công nghệ")?"""
    doers = [*r.lead, *r.implementers]
    wholes = {k for k in (unit_key(u) for u in [e.doc.meta.issuer, *query.part_of] if u) if k}
    return bool(doers) and bool(wholes) and all(_the_whole(unit_key(u), wholes) for u in doers)


def _names_someone(e: Evidence, acts: dict[int, bool]) -> bool:
    """Whether ``e`` says who does its task: its responsibility names someone, or, for a question asking who does a
    task verb, one of its sentences names that verb's agent (``acts``, by ``id(e)``: "Hộp thư điện tử công vụ của cơ
    quan, đơn vị do Thủ trưởng cơ quan, đơn vị quản lý ...", QĐ 99/2025 Nghệ An Quy chế Điều 13.1, whose clause has no
    lead)."""
    r = e.clause.responsibility
    return bool(r.lead or r.implementers or r.advisers or r.partners) or acts.get(id(e), False)


def _of_another_law(e: Evidence, title: str) -> bool:
    """Is the clause another text's entry, opening with its kind and title, when a question names a law by ``title``
    ("Luật Thủ đô (sửa đổi) / Cơ quan trình: Chính phủ / Cơ quan chủ trì thẩm tra: ...", a row of NQ 119/2026's
    legislative programme, for "dự án Luật Thủ tục ban hành quyết định hành chính"; blind set b114-18)? The entry must
    hold the title's first words (questions.toml [law_named]), an acronym the way its words spell it ("Luật Thuế TNDN":
    "Luật Thuế thu nhập doanh nghiệp"). A law a clause cites further on makes it no other law's."""
    lex = questions()
    opening = " ".join(re.findall(r"[a-z0-9]+", fold(e.clause.title)))
    if (kind := lex.law_entry.match(f"{opening} ")) is None:
        return False
    asked = [w for w in re.findall(r"[a-z0-9]+", fold(title)) if w not in lex.law_generic_words]
    own = [w for w in opening[kind.end():].split() if w not in lex.law_generic_words]
    if own and asked[: len(own)] == own:
        # the entry's whole title opens the words the question names it by, however they go on ("Luật Bưu chính sửa
        # đổi trong chương trình lập pháp ..." of the row "Luật Bưu chính (sửa đổi)")
        return False
    words = asked[: lex.law_min_words]
    held = set(opening.split())
    return bool(words) and not all(w in held or spelled_out(w, opening) for w in words)


_SIBLING_MARGIN = 0.2  # how much more of the topic a sibling body's duty must cover to go before retrieval's first


def _sibling_on_topic(best: Evidence, ev: list[Evidence], acts: dict[int, bool]) -> Evidence | None:
    """Of the duties an article gives body by body, the one far more on the question's topic than retrieval's first:
    "tiền chất dùng cho ngành công nghiệp thì bộ nào quản lý nhà nước?" is "2. Bộ Công Thương có trách nhiệm quản lý nhà
    nước về các tiền chất sử dụng trong lĩnh vực công nghiệp.", not "1. Bộ Công an có trách nhiệm quản lý nhà nước các
    chất ma túy, tiền chất phục vụ nghiên cứu ..." beside it (NĐ 28/2026/NĐ-CP Điều 2; blind set b93-05): items written
    alike share most of their words, so their order in retrieval says little. None when no sibling naming who does it
    covers ``_SIBLING_MARGIN`` more."""
    if best.clause.parent_id is None or not _names_someone(best, acts):
        return None
    return max((e for e in ev if e is not best and e.doc.id == best.doc.id and e.clause.parent_id == best.clause.parent_id
                and _names_someone(e, acts) and e.coverage >= best.coverage + _SIBLING_MARGIN),
               key=lambda e: e.coverage, default=None)


def _period_under_heading(doc: Document, events: bool = True) -> Clause | None:
    """The paragraph under a heading "1. Thời gian thực hiện" of its own that states a span ("từ ... đến ...") or a year:
    the plan's period (questions.toml [period_label] heading); with ``events``, an event's time ("1. Thời gian") too."""
    for c in doc.clauses:
        if c.responsibility.lead or not c.children or \
                (m := questions().period_heading.match(fold(c.text.strip()))) is None or event_time_out(m, doc, c, events):
            continue
        first = doc.clause(c.children[0])
        if first is not None and not first.responsibility.lead and \
                re.search(r"\btu\b.+\bden\b|\b(?:19|20)\d\d\b", fold(first.text)):
            return first
    return None


def _handed_clauses(doc: Document) -> list[Clause]:
    """The clauses of ``doc`` handing a unit named outright the plan itself (``hands_itself``), found once per clause
    list: every who-question describing the plan asks them."""
    return doc.derived("handed", lambda d: [c for c in d.clauses
                                            if _named_lead(c.responsibility) and hands_itself(d, c.text)])


def _named_lead(r: Responsibility) -> bool:
    """Does a responsibility name a unit outright, not everyone ("các cơ quan, đơn vị, địa phương, doanh nghiệp";
    roles.toml [plan_handed] everyone)?"""
    return any(not roles().everyone.fullmatch(fold(u)) for u in (r.lead or r.implementers or r.advisers))


def _citing_lead(e: Evidence, query: Query) -> Evidence | None:
    """The first clause of the same text that hands over ``e``'s task by reference ("... thực hiện nhiệm vụ quy định
    tại điểm c khoản 1 Điều này", ``clauses_citing``) and names a unit the question does not, as evidence in its own
    right, as much on topic as ``e``; None when there is none."""
    for c in clauses_citing(e.doc, e.clause):
        if _named_lead(c.responsibility):
            cited = _joined(e.doc, c, "citing", e.hit.score, e.coverage)
            if not _named_by_question(cited, query):
                return cited
    return None


def _handing_on(e: Evidence, query: Query) -> Evidence | None:
    """A letter passing another text on describes it in one paragraph and hands it over by its number in another:
    "Ủy ban nhân dân tỉnh nhận được Kế hoạch số 600/KH-BCA-V01 ... của Bộ Công an về tổng kết thực hiện Chiến lược quốc
    gia phòng, chống và kiểm soát ma túy ..." / "Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu các nội dung
    theo yêu cầu tại Kế hoạch số 600/KH-BCA-V01 ... để tham mưu" (a Lâm Đồng draft letter of 10/2025; blind set b75-27).
    Asked who takes the text on, the paragraph handing it over answers: the first clause of the same letter (one on one
    matter, structure.toml ``one_matter``) naming a body outright and citing a text ``e`` cites, as evidence in its own
    right, as much on topic as ``e``; None when there is none."""
    if not letter_subject(e.doc) or not (cited := set(refs_in(e.clause.text))):
        return None
    for c in e.doc.clauses:
        if c.id != e.clause.id and _named_lead(c.responsibility) and cited & set(refs_in(c.text)):
            handed = _joined(e.doc, c, "citing", e.hit.score, e.coverage)
            if not _named_by_question(handed, query):
                return handed
    return None


def _states_role(text: str) -> bool:
    """Does ``text`` say what someone does, in a role word of roles.toml [[role]] ("có trách nhiệm", "chủ trì")?"""
    folded = f" {fold(text)} "
    return any(phrase in folded for phrase in _role_words())


@cache
def _role_words() -> tuple[str, ...]:
    """The role phrases of roles.toml [[role]], folded and between spaces (read once)."""
    return tuple(dict.fromkeys(f" {fold(phrase)} " for phrase, _ in roles().role_phrases))


def _one_body(r: Responsibility) -> bool:
    """Does a responsibility name one body, and no plural ("Sở Nội vụ", "Bộ CHQS tỉnh"; not "Thủ trưởng các sở, ban,
    ngành", "Các cơ quan, đơn vị được giao chủ trì")?"""
    named = r.lead or r.implementers or r.advisers
    return len(named) == 1 and not re.search(r"(?:^| )(?:cac|nhung|moi)\b", fold(named[0]))


def _led_child(e: Evidence) -> Evidence | None:
    """Who does a heading's matter, when the heading names no one and its items name one body only: "II. Thủ tục cấp
    Giấy phép nhập khẩu hàng hóa tân trang theo Nghị định số 77/2023/NĐ-CP ..." / "1. Thủ tục cấp Giấy phép ... thuộc
    thẩm quyền của Ủy ban nhân dân cấp tỉnh." / "2. Trình tự, thủ tục ... thực hiện như sau:" (NQ 19/2026/NQ-CP Phụ lục
    I.B.II; blind set b37-18): the first item naming it, as evidence in its own right. None when no item names anyone
    or items name different bodies (a heading over several units' tasks is answered by retrieval's clause)."""
    items = [c for c in map(e.doc.clause, e.clause.children) if c is not None]
    led = [c for c in items if c.responsibility.lead or c.responsibility.implementers]
    if not led or len({tuple(c.responsibility.lead or c.responsibility.implementers) for c in led}) > 1:
        return None
    return _joined(e.doc, led[0], "led", e.hit.score, e.coverage)


def _restates(e: Evidence, best: Evidence) -> bool:
    """Is ``e`` a table row of the same plan that states ``best``'s task again, word for word: a decision lists its
    tasks in its body and assigns them in an appendix ("- Xây dựng Luật An ninh dữ liệu." in Điều 1.III.1, then the
    row "Xây dựng Luật An ninh dữ liệu. | Cơ quan chủ trì: Bộ Công an | ...", QĐ 2629/QĐ-TTg; eval/external b5-26)."""
    if e.doc.id != best.doc.id or e.clause.id == best.clause.id:
        return False
    if e.clause.kind != "table_row":
        return False  # (a body's item naming what another item is about restates no task: "c) Chương trình bồi dưỡng
        # theo yêu cầu vị trí việc làm chuyên môn, nghiệp vụ;" of NĐ 171 Điều 23.2 for Điều 18.4; tune t28-22)
    task = " ".join(_without_markers(e.clause.title).split()).strip(" .;:")
    return len(task.split()) >= 4 and task in " ".join(_without_markers(best.clause.text).split())


@lru_cache(maxsize=64)
def _asked_words(folded_question: str) -> frozenset[str]:
    """The words of a question, each abbreviation of a body also as its words: "ai quyết định lập Ban Quản lý kho tiền
    ở KBNN khu vực?" of "Việc thành lập Ban Quản lý kho tiền tại Kho bạc Nhà nước do Giám đốc Kho bạc Nhà nước quyết
    định; tại Kho bạc Nhà nước khu vực do Giám đốc Kho bạc Nhà nước khu vực quyết định" (TT 125/2025/TT-BTC Điều 2, its
    Điều 4.3; blind set b112-27). Not a document's symbol: "QĐ 383-QĐ/TW" names no "trung ương". Read once per question,
    not once per sentence whose cases it orders."""
    asked = set(re.findall(r"\w+", folded_question))
    named = " ".join(re.findall(r"\w+", " ".join(written for _, written in refs_with_text(folded_question))))
    asked |= {w for short in asked - set(named.split()) for form in (units().abbreviations, acronyms())
              for w in form.get(short, "").split()}
    return frozenset(asked)


def _cases_asked_first(sentence: str, folded_question: str) -> list[str]:
    """A sentence's cases cut at its semicolons, the one whose words the question uses most (as a share of its own
    words) first, then the whole sentence: "Thẩm quyền quyết định hủy tài liệu ... tại lưu trữ lịch sử của Trung ương
    Đảng do Chánh Văn phòng Trung ương Đảng quyết định; tại lưu trữ lịch sử của Đảng ở cấp tỉnh do thường trực tỉnh ủy
    quyết định." for "... ở cấp tỉnh?" (QĐ 383-QĐ/TW Điều 14.4; eval/external b16-15). One case: the sentence."""
    cases = [c for c in re.split(r";\s*", sentence) if c.strip()]
    if len(cases) < 2:
        return [sentence]
    asked = _asked_words(folded_question)

    def used(case: str) -> float:
        words = re.findall(r"\w+", fold(case))
        return sum(w in asked for w in words) / max(len(words), 1)

    return [*sorted(cases, key=used, reverse=True), sentence]


def _named_by_question(e: Evidence, query: Query) -> bool:
    """Whether everyone ``e``'s responsibility names is named by the who-question itself, which so asks someone else:
    "ai cấp tài khoản cho các cơ quan xử lý?" is not answered by "2. Các cơ quan xử lý phải có trách nhiệm cử một lãnh
    đạo ..." (QĐ Bắc Ninh on its petitions app, Điều 18.2; eval/external b7-19). Not of a question weighing two
    ("UBND cấp xã hay cấp tỉnh ...?")."""
    r = e.clause.responsibility
    units = [*r.lead, *r.implementers, *r.advisers]
    who = questions().who_word.search(query.folded)
    if not units or who is None or questions().alternatives.search(query.folded):
        return False
    # (only what the question asks of after its who-word: "Quy chế phối hợp văn phòng đăng ký đất đai Lai Châu: ai tham
    # mưu lập kế hoạch ...?" names the office it asks about to find the rules; tune tb-38)
    asked = f" {unit_key(query.text[who.end():])} "
    # (and those it sets aside before its who-word, or a part of them: "ngoài HĐND, tổ chức nào được đề nghị cùng giám
    # sát việc thực hiện?" does not ask "Thường trực Hội đồng nhân dân, các Ban ... và đại biểu Hội đồng nhân dân thành
    # phố" (NQ 49/NQ-HĐND Đà Nẵng of 2025, Điều 5.2; blind set b129-23)
    besides = questions().besides_who.search(query.folded, 0, who.start())
    aside = f" {unit_key(besides.group(1))} " if besides is not None else ""
    return all(_named_alone(unit_key(u), asked) or (aside.strip() and aside in f" {unit_key(u)} ") for u in units)


def _named_alone(key: str, asked: str) -> bool:
    """Is the unit ``key`` named in ``asked`` (both unit keys) as a whole name, not as the tail of a longer one ("...
    của các Chi nhánh VP đăng ký đất đai" names a branch, not "Văn phòng đăng ký đất đai"; tune t17-03)?"""
    for m in re.finditer(re.escape(f" {key} "), asked):
        before = asked[:m.start()].split()[-2:]
        if not any(" ".join(before[i:]) in _head_words() for i in range(len(before))):
            return True
    return False


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Every head word of a unit's name, folded ("chi nhanh", "phong", "so")."""
    return frozenset(fold(w).lower() for h in units().heads for w in h.words)


@cache
def _deputy_titles() -> re.Pattern:
    """The office titles that have a deputy's title among the office holders (units.toml [[head]]: "Giám đốc" beside
    "Phó Giám đốc"), folded, as ``(?P<deputy>pho )?(?P<title>...)``."""
    heads = _head_words()
    titles = sorted((t for t in heads if f"pho {t}" in heads), key=len, reverse=True)
    return re.compile(rf"(?<![a-z0-9])(?P<deputy>pho )?(?P<title>{'|'.join(map(re.escape, titles))})(?![a-z0-9])")


def _titles_asked(folded_question: str) -> frozenset[str]:
    """The office titles a question asks of and not of their deputies ("giám đốc quỹ do ai bổ nhiệm?": "giam doc"),
    folded. A question naming the deputy too asks of both: "Phó Giám đốc Sở có được kiêm luôn chức giám đốc Trung tâm
    ...?" (QĐ 2979/QĐ-UBND Hà Tĩnh Điều 3.1.2; tune-fresh33 t33-44)."""
    said = [(m.group("title"), bool(m.group("deputy"))) for m in _deputy_titles().finditer(folded_question)]
    return frozenset({t for t, deputy in said if not deputy} - {t for t, deputy in said if deputy})


def _deputy_only(text: str, asked: frozenset[str]) -> bool:
    """Does a clause name a title the question asks of (``_titles_asked``) first as its deputy's ("Phó Giám đốc Quỹ do
    Chủ tịch Hội đồng Quản lý Quỹ bổ nhiệm ..." beside "Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm ...", QĐ
    2696/QĐ-UBND Quảng Trị, Điều lệ Điều 8.1; tune-fresh30 t30-17)?"""
    if not asked:
        return False
    # (its first naming of the title says whom it is about: "... trên cơ sở đề nghị của Giám đốc Quỹ" names the director
    # later as the proposer)
    first = next((m for m in _deputy_titles().finditer(fold(text).lower()) if m.group("title") in asked), None)
    return first is not None and bool(first.group("deputy"))


def _opens_with_act(e: Evidence, action: str) -> bool:
    """Does a clause with a lead open with the act asked, maybe after other acts ("b) Thẩm định hồ sơ xét, công nhận
    tỉnh ..." under "2. Bộ Văn hóa, Thể thao và Du lịch:", QĐ 42/2025/QĐ-TTg Điều 2.2.b; blind set b79-06)?"""
    if not action or not e.clause.responsibility.lead:
        return False
    first = _without_markers(e.clause.text).lstrip(" -+•")
    return re.match(rf"(?:(?:{roles().acting_chain.pattern})\s*,?\s+)?{re.escape(action)}(?![a-z0-9])", first) is not None


def _agent_stated(e: Evidence, query: Query) -> bool:
    """Whether a sentence of ``e`` names who does the task verb the who-question asks (``query.action``), someone the
    question does not name itself: "b) Giám đốc Quỹ đề xuất mức vốn vay với từng đối tượng vay để Hội đồng Quản lý Quỹ
    quyết định" for "... do ai đề xuất?"."""
    return bool(query.action) and any(_agent_asked(piece, query) for piece in _pieces(e.hit.chunk.text))


def _moment_on_topic(text: str, terms: list[str], idf: dict[str, float] | None) -> str | None:
    """Of the parts of ``text``'s sentences (cut at commas, semicolons and "và") that name a moment of the day or week
    (``MOMENT``), the one most on the question's topic; None when none shares a word with it."""
    parts = [p.strip(" ./") for sent in sentences(text) for p in re.split(r"[,;]\s*|\s+và\s+", sent)
             if MOMENT.search(fold(p))]
    scored = [(coverage(terms, p, idf), p) for p in parts]
    best = max(scored, key=lambda x: x[0], default=(0.0, ""))
    return best[1] if best[0] > 0 else None


def _pieces(text: str) -> list[str]:
    """The sentences of ``text`` cut at semicolons: one case each ("... thuộc Ủy ban nhân dân địa phương quản lý do cơ
    quan tài chính địa phương xác định; đối với ... thuộc bộ, ngành trung ương quản lý do cơ quan tài chính của bộ,
    ngành xác định", NĐ 158/2025 Điều 10.4.a)."""
    return [p for sent in sentences(text) for p in re.split(r";\s*", sent) if p.strip()]


def _other_level(unit: str, folded_question: str, m: re.Match | None = None) -> bool:
    """Does ``unit`` belong to another level of government than the one the question names ("ở cấp tỉnh": "Trung tâm
    Phục vụ hành chính công các xã, phường trên địa bàn tỉnh Nghệ An" is the communes')? Read on the name before its
    address ("(số 16, ...)") and its area ("trên địa bàn ..."). ``m``: the level asked, when already found."""
    lex = questions()
    m = m or lex.level_asked.search(folded_question)
    if m is None:
        return False
    name = re.split(r"\(|\btren dia ban\b", fold(unit))[0]
    names = {level: bool(p.search(name)) for level, p in lex.level_names.items()}
    return not names[m.group("level")] and any(names.values())


def _unit_past_means(text: str, pos: int) -> tuple[str, int] | None:
    """The unit after a later preposition of the same sentence when the first names a means, not a body: "Nộp hồ sơ trực
    tiếp hoặc qua | dịch vụ bưu chính công ích đến | Trung tâm Phục vụ hành chính công tỉnh Nghệ An" (QĐ 3782/QĐ-UBND
    Nghệ An, danh mục; blind set b26-47)."""
    m = roles().recipient_preposition.match(text, pos)
    return unit_phrase_at(text, m.end()) if m is not None else None


def _agent_asked(piece: str, query: Query) -> str | None:
    """Who does ``query.action`` in ``piece``, unless the question names that one itself ("... thì cơ quan nào xem xét,
    phê duyệt theo ủy quyền của Chủ tịch UBND tỉnh?" asks no "trình Chủ tịch Ủy ban nhân dân tỉnh xem xét")."""
    agent = _agent_of(piece, query.action)
    if agent and f" {unit_key(agent)} " in f" {unit_key(query.text)} ":
        return None
    return agent


def _lead_in_states(clause: Clause, need: ValueNeed) -> bool:
    """Does the lead-in right above a clause state the value asked for the items below it: "1. Mức chi 200.000
    đồng/người/ngày áp dụng với các nội dung chi sau:" above "a) Chi tổ chức thực hiện bồi thường, hỗ trợ, tái định cư
    ..." (QĐ 139/2025/QĐ-UBND Đồng Tháp Điều 3.1; blind set b24-29)?"""
    lead_in = clause.heading_trail[-1] if clause.heading_trail else ""
    return lead_in.rstrip(" *_").endswith(":") and bool(need.search(fold(lead_in)))


def _stated_for(e: Evidence, need: ValueNeed) -> bool:
    """A clause a value asked is stated for without its own text stating it: an item of a dossier's list of papers, an
    item a sum is set for by its lead-in."""
    return (need is PAPERS and _in_papers_list(e.doc, e.clause)) or \
        (need in (MONEY, CURRENCY) and _lead_in_states(e.clause, need))


def _in_papers_list(doc: Document, clause: Clause, reach: int = 12) -> bool:
    """Is the clause an item of a dossier's list of papers: under a heading naming them ("c) Thành phần, số lượng hồ sơ"
    above "Thành phần: Báo cáo kèm theo biểu số liệu ...", QĐ 2665/QĐ-UBND Cần Thơ Phần II.1.c), or after a line of its
    own level opening the list, before any other field line ("- Thành phần hồ sơ, bao gồm: Bản chính Bản sao" above "-
    Danh mục các cơ sở sản xuất (nếu có) ...", QĐ 2904/QĐ-UBND Hà Tĩnh Phần II.1.5 and II.1.8)."""
    if clause.heading_trail and PAPERS_LEAD_IN.search(fold(clause.heading_trail[-1])):
        return True
    parent = doc.clause(clause.parent_id) if clause.parent_id else None
    siblings = parent.children if parent else [c.id for c in doc.clauses if c.parent_id is None]
    if clause.id not in siblings:
        return False
    at = siblings.index(clause.id)
    for sibling_id in reversed(siblings[max(0, at - reach):at]):
        above = doc.clause(sibling_id)
        text = fold(above.text) if above else ""
        if PAPERS_LEAD_IN.search(text):
            return True
        if ":" in text:
            return False  # another field of the record ("- Cách thức thực hiện TTHC: ...")
    return False


class DefaultAnswerer:
    """Rules over the clause tree and its extracted responsibilities (no LLM, no network).

    Answers from hits that carry their plan and clause (``Hit.doc``/``Hit.clause``, set by the service); its
    numbers come from ``Settings``."""

    def __init__(self, settings: Settings | None = None, idf: dict[str, float] | None = None):
        settings = settings or Settings()
        self.min_coverage = settings.answer_min_coverage
        self.agreed_min_coverage = settings.answer_agreed_min_coverage
        self.named_agreed_min_coverage = settings.answer_named_agreed_min_coverage
        self.value_min_coverage = settings.answer_value_min_coverage
        self.top = settings.evidence_top
        self.evidence_slack = settings.evidence_slack
        self.role_slack = settings.responsibility_slack
        self.compare_slack = settings.compare_slack
        self.summary_chars = settings.summary_chars
        self.idf = idf or {}
        self._places: dict[str, frozenset[str]] = {}  # doc id -> the provinces its text names
        self._folded: dict[str, str] = {}  # doc id -> its words, folded (metadata and every clause)

    # -- evidence -----------------------------------------------------------------------------
    def _on_topic(self, variants: list[list[str]], text: str) -> float:
        """How much of the question's topic (any of its ``variants``, read with the aliases ``text`` uses) ``text``
        holds."""
        return variant_coverage(with_aliases(variants, text), text, self.idf)

    def evidence(self, query: Query, hits: list[Hit]) -> list[Evidence]:
        """The hits worth answering from, best first (hits without their clause are skipped)."""
        out: list[Evidence] = []
        terms_of: dict[str, list[str]] = {}  # the question's topic words for each plan (its title words dropped)
        variants_of: dict[str, list[list[str]]] = {}  # and as documents write what it asks
        need = value_asked(query)
        for h in hits:
            if h.doc is None or h.clause is None:
                continue
            doc = h.doc
            if doc.id not in terms_of:
                terms_of[doc.id] = terms_for(query, doc)
            terms = terms_of[doc.id]
            clause = best_clause(terms, h, self.idf, need)
            if doc.id not in variants_of:  # once per plan, not for every hit
                variants_of[doc.id] = topic_variants(query, terms)
            variants = variants_of[doc.id]
            # (the plan's title is not read as part of every clause: 4 more answers on the tuning sets, but "So sánh chỉ
            # tiêu kéo giảm số vụ phạm tội ... của Hải Dương và Lào Cai" was then answered for Lào Cai from a plan on
            # minerals whose title holds "trật tự": tests/api/test_meeting_questions.py)
            scope = document_scope(doc, clause, without_exceptions(h.chunk.text, query.text))
            covered = self._on_topic(variants, scope)
            in_subject = 0.0
            if subject := letter_subject(doc):
                lettered = f"{scope} {subject}"
                in_subject = self._on_topic(variants, lettered)
            together = 0.0
            if query.intent in (Intent.LEAD, Intent.IMPLEMENTERS) and (items := _unit_items(doc, clause)):
                # asked who does several of a unit's duties at once ("đơn vị nào đánh giá phần ưu đãi đầu tư, rồi đối
                # chiếu vốn chủ sở hữu của nhà đầu tư với BCTC?" of "e) Thuế tỉnh Đắk Lắk / - Đánh giá về ưu đãi đầu tư
                # ...; / - Tình hình thực hiện nghĩa vụ thuế; xác định thông tin về vốn chủ sở hữu ...", CT 010 Đắk Lắk
                # I.2.2.e): the items under its heading together are on the topic
                listed = clause_scope(clause, " ".join(c.text for c in items))
                together = self._on_topic(variants, listed)
            if need is not None and (referred := _referred_subjects(doc, clause)):
                # a value stated for whom the clause names by reference ("Đối tượng quy định tại khoản 1 ... Điều 2 ...
                # được hưởng mức hỗ trợ 5.000.000 đồng/tháng") reaches what those clauses say, as a letter's subject
                in_subject = max(in_subject, self._on_topic(variants, f"{scope} {referred}"))
            out.append(Evidence(h, doc, clause, covered, together, in_subject=in_subject))
        if need is not None:
            out = self._with_value_fields(out, need)
        if (stated := _own_statement_asked(query, need)) is not None:
            out = self._with_own_statement(out, query, variants_of, stated)
        if query.intent in (Intent.LEAD, Intent.IMPLEMENTERS):
            out = self._with_plan_handed(out, query, variants_of)
        if (query.intent == Intent.DEADLINE and need in (None, DATE)) or need in (DATE, DAY, DURATION):
            out = self._with_plan_period(out, query, need)
        if query.intent == Intent.PARTNERS:
            out = self._with_partner_siblings(out, query, variants_of)
        if (law := questions().law_named.search(query.text)) is not None:
            out = [e for e in out if not _of_another_law(e, law.group("title"))]
        return self._with_record_fields(out, query)

    def _with_partner_siblings(self, evidence: list[Evidence], query: Query,
                               variants_of: dict[str, list[list[str]]]) -> list[Evidence]:
        """Asked who partners, an item under a body's heading naming no partner ("2. Phó Hiệu trưởng Nguyễn Minh Trí /
        - Là đầu mối tổ chức triển khai toàn bộ nội dung; ...") has beside it the item that does ("- Phối hợp với Công an
        xã Đốc Binh Kiều mời báo cáo viên nói chuyện chuyên đề ...", a school's plan of 2026 III.2; blind set b74-13): the
        siblings of the first clause naming partners join the evidence (at its end: the partners' choice reads them,
        retrieval's order stays), each weighed on the question's topic as retrieval's clauses are."""
        if not evidence or evidence[0].clause.responsibility.partners or evidence[0].clause.parent_id is None:
            return evidence
        first = evidence[0]
        parent = first.doc.clause(first.clause.parent_id)
        if parent is None or not parent.responsibility.lead:
            return evidence  # a table's rows, a list's items: no body's heading
        found = {e.clause.id for e in evidence}
        out = list(evidence)
        for sibling in (first.doc.clause(cid) for cid in parent.children):
            if sibling is None or sibling.id in found or not sibling.responsibility.partners:
                continue
            covered = self._on_topic(variants_of[first.doc.id], document_scope(first.doc, sibling, sibling.text))
            out.append(_joined(first.doc, sibling, "sibling", first.hit.score, covered))
        return out

    def _with_record_fields(self, evidence: list[Evidence], query: Query) -> list[Evidence]:
        """A record written as lines of fields ("- Tên dự án: Cụm công nghiệp Báo Đáp." / "- Quy mô thực hiện: 60,0 ha." /
        ... / "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Trấn Yên.", a letter of Sở NN&MT Lào Cai, 7/2026,
        section 1; blind set b53-07): a question describing it by some of its fields and naming another's label ("Chủ
        đầu tư cụm công nghiệp Báo Đáp 60 ha là đơn vị nào?") is answered by that field's line, which joins the evidence
        right after the line found when retrieval did not return it."""
        asked = _labels_asked(query.folded)
        out = list(evidence)
        seen = {e.clause.id for e in evidence}
        for e in evidence[: self.top]:
            parent = e.doc.clause(e.clause.parent_id) if e.clause.parent_id else None
            if parent is None or not e.clause.title.endswith(":") or not _value_after_label(e.clause.text):
                continue
            for sibling in (e.doc.clause(cid) for cid in parent.children):
                if sibling is not None and sibling.id not in seen and _label_asked(sibling, query.folded, asked):
                    seen.add(sibling.id)
                    out.insert(out.index(e) + 1, _joined(e.doc, sibling, "field", e.hit.score, e.coverage))
        return out

    def _describes(self, doc: Document, terms: list[str]) -> bool:
        """Are the question's words ``terms`` (those asking what it asks left out) mostly ``doc``'s kind and title: a
        question describing the plan it asks of ("đợt thi đua chào mừng Đại hội XIV của Đắk Lắk ...")?"""
        return bool(terms) and coverage(terms, description(doc), self.idf) >= EFFECT_TITLE_SHARE

    def _with_plan_period(self, evidence: list[Evidence], query: Query, need: ValueNeed | None) -> list[Evidence]:
        """"đợt thi đua chào mừng Đại hội XIV của Đắk Lắk thực hiện trong thời gian nào?" asks the period of the plan its
        title describes: the line stating it ("2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại
        hội ...", questions.toml [period_label]) answers first, not a task's time (eval/external b11-13). Only when the
        question's words past those asking a time are mostly the first plan's title. So does an event's time asked of
        the notice inviting to it ("Hội nghị ... bắt đầu mấy giờ, ngày nào?" of "2. Thời gian: Vào lúc 08 giờ 00 phút,
        ngày 09/11/2024", TB 542/TB-UBND Quảng Ngãi; blind set b74-21) when the line states the kind of value asked."""
        if not evidence or questions().action_due_asked.search(query.folded):
            return evidence
        doc = evidence[0].doc
        lex = questions()
        asking = asking_words(query)
        if not self._describes(doc, [t for t in query.content_terms if t not in asking and t not in lex.period_asked]):
            return evidence
        # (an event's time, "Thời gian tổ chức" or a bare "Thời gian", says when it is held, not by when something must be sent: "Hạn gửi biên
        # bản hội nghị hiệp thương lần thứ hai ... là ngày nào?" is not "1. Thời gian / Hội nghị hiệp thương lần thứ hai
        # ... được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026", luong-minh_kh-thuc-hien-cong-tac-bau-cu IV.1)
        events = questions().deadline_bound_asked.search(query.folded) is None
        stated = period_line(doc, events)
        clause = stated[0] if stated is not None else _period_under_heading(doc, events)
        if clause is None:
            return evidence
        if not (query.intent == Intent.DEADLINE and need in (None, DATE)) and \
                (need is None or not need.search(fold(stated[1] if stated is not None else clause.text))):
            return evidence  # a day, an hour or a length asked: only a period stating one
        out = [x for x in evidence if x.clause.id != clause.id]
        out.insert(0, _joined(doc, clause, "period", evidence[0].hit.score * 1.01,
                              max(x.coverage for x in evidence[: self.top])))
        return out

    def _with_plan_handed(self, evidence: list[Evidence], query: Query,
                          variants_of: dict[str, list[list[str]]]) -> list[Evidence]:
        """"Đơn vị nào đầu mối triển khai kế hoạch phát động thi đua chào mừng Đại hội XIV của UBND tỉnh Đắk Lắk?" asks
        who is handed the plan its title describes: the clauses of that plan handing a unit the plan itself ("4. Sở Nội
        vụ / - Chủ trì, phối hợp ... tổ chức triển khai thực hiện Kế hoạch này", ``hands_itself``), wherever retrieval
        ranked them, join the evidence (eval/external b11-38): first when the question asks of the plan itself by its
        kind ("triển khai kế hoạch ...", ``asks_plan_itself``) and one body is handed it, else below retrieval's
        clauses. Only when the question's words past those asking it (roles.toml [plan_handed] asked) are mostly the
        plan's title."""
        terms = [t for t in query.content_terms if t not in roles().plan_handed_asked]
        out = list(evidence)
        seen: set[str] = set()
        for e in evidence[: self.top]:
            doc = e.doc
            if doc.id in seen:
                continue
            seen.add(doc.id)
            if not self._describes(doc, terms):
                continue
            handed = _handed_clauses(doc)
            if not handed:
                continue
            variants = _variants(query, doc, variants_of)
            covered = [(_one_body(c.responsibility), self._on_topic(variants, scope),
                        -i, c) for i, c in enumerate(handed) if (scope := document_scope(doc, c, c.text))]
            one, cov, _, clause = max(covered, key=lambda t: t[:3])
            asked = one and asks_plan_itself(query, doc)
            if not asked and any(x.clause.id == clause.id for x in out[: self.top]):
                continue  # retrieval found it: its rank stands
            out = [x for x in out if x.clause.id != clause.id]
            if asked:
                # "... đầu mối triển khai kế hoạch ...?": the plan itself is asked of, its one handler answers first (not
                # "Thủ trưởng các sở, ban, ngành ... chịu trách nhiệm triển khai, thực hiện Kế hoạch này", eval/external
                # b1-24; nor "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách
                # nhiệm thực hiện Kế hoạch này", b2-25)
                out.insert(0, _joined(doc, clause, "handed", out[0].hit.score * 1.01 if out else 1.0,
                                      max([cov, *(x.coverage for x in out[: self.top])])))
                continue
            # else last of the clauses answered from, below every one retrieval found: a clause retrieved on the
            # question's own words and naming its unit answers first ("Giao Sở Khoa học và Công nghệ ... thực thi
            # phương án ..." of QĐ 2842 TP.HCM, not its "Giao Văn phòng ... kiểm tra, đôn đốc ... thực hiện Quyết định
            # này")
            at = min(len(out), self.top) - 1
            out.insert(at, _joined(doc, clause, "handed", min(x.hit.score for x in out[: at + 1]) * 0.99, cov))
        return out

    def _asked_of(self, query: Query, evidence: list[Evidence]) -> list[Document]:
        """The plans whose own effect a question asks: those it names, else the first evidence's plan when the question
        describes it by its title ("Bảng giá thuế tài nguyên năm 2026 của Đồng Nai áp dụng từ khi nào?" of "QUYẾT ĐỊNH
        BAN HÀNH BẢNG GIÁ TÍNH THUẾ TÀI NGUYÊN ...", QĐ 62/2025/QĐ-UBND Đồng Nai)."""
        docs = {e.doc.id: e.doc for e in evidence[: self.top]}
        if query.doc_ids:
            return [d for i, d in docs.items() if i in query.doc_ids]
        if not evidence:
            return []
        doc = evidence[0].doc
        # (nor the words asking it: "... được ban hành theo đề nghị của ai?")
        asking = {w for asks, _ in _own_statements() if (m := asks.search(query.folded)) for w in m.group(0).split()}
        terms = [t for t in query.content_terms if t not in questions().effect_words and t not in asking]
        described = coverage(terms, description(doc), self.idf)
        return [doc] if described >= EFFECT_TITLE_SHARE else []

    def _with_own_statement(self, evidence: list[Evidence], query: Query, variants_of: dict[str, list[list[str]]],
                            stated: re.Pattern) -> list[Evidence]:
        """"QĐ 3004 có hiệu lực từ khi nào?": the named plan's own effect clause ("Quyết định này có hiệu lực kể từ
        ngày ban hành"), wherever retrieval ranked it, joins the first evidence of that plan; as do a letter's opening
        naming the letter it answers and a decision's preamble naming its grounds (``_own_statement_asked``)."""
        out = list(evidence)
        effect = stated in (questions().effect_stated, questions().effect_end_stated)
        by_number = effect and _described_by_number(query)
        for doc in self._asked_of(query, evidence):
            named = by_number and doc.id in query.doc_ids
            if (i := next((i for i, e in enumerate(out[: self.top]) if e.doc.id == doc.id
                           and stated.search(fold(e.hit.chunk.text))), None)) is not None:
                if named or (not effect and doc.id in query.doc_ids) or (effect and asks_only_of_plan(query, doc)):
                    # (... or asked nothing past its own description: "Quyết định công nhận kết quả kiểm tra VLNCN cho
                    # Hóa chất mỏ Tây Bắc có hiệu lực từ khi nào?", blind set b52-44)
                    # retrieved, but not on the topic the words after "về" describe the plan by; or the text a plan
                    # named by its number repeals, which the clause need not call "thay thế" ("NĐ 162 ... thay thế nghị
                    # định nào?" of "Nghị định số 75/2024/NĐ-CP ... hết hiệu lực thi hành ...", blind set b33-20)
                    out[i] = Evidence(out[i].hit, out[i].doc, out[i].clause, 1.0, out[i].together)
                continue
            clause = next((c for c in doc.clauses if stated.search(fold(c.text))), None)
            if clause is None:
                continue
            first = next(i for i, e in enumerate(out) if e.doc.id == doc.id)
            if asks_only_of_plan(query, doc) or named or (not effect and doc.id in query.doc_ids):
                # a question that asks nothing past naming the plan asks the plan's own effect; one naming the plan
                # by its number asks its own grounds or the letter it answers, whatever words describe it, and its own
                # effect when the words after "về" describe the plan so named ("QĐ 3361/QĐ-BCT về thủ tục cấp C/O mẫu
                # AK có hiệu lực từ ngày nào?", blind set b25-36)
                cov = 1.0
            else:
                # "Quyết định này có hiệu lực ...": of the title's topic; "Căn cứ ...", "... nhận được công văn số": of
                # the document the title names
                scope = document_scope(doc, clause, clause.text) if effect else \
                    f"{description(doc)} {clause.text}"
                cov = variant_coverage(_variants(query, doc, variants_of), scope, self.idf)
            why = "effect" if effect else "statement"
            out.insert(first + 1, _joined(doc, clause, why, out[first].hit.score, cov))
        return out

    def _with_value_fields(self, evidence: list[Evidence], need: ValueNeed) -> list[Evidence]:
        """A record's time or number sits in its own field: an administrative procedure found by what it does
        ("2.1. Trình tự thực hiện: Ủy ban nhân dân cấp xã ban hành kế hoạch phục hồi môi trường ...") states its
        time in "2.4. Thời hạn giải quyết: 30 ngày ..."; a plan's activity found by its form ("- Hình thức: In tài
        liệu cấp phát cho cán bộ cấp xã, hợp tác xã, cơ sở nuôi ...") its number in "- Số lượng: 5.000 cuốn." (KH
        quan trắc môi trường nuôi trồng thủy sản Thanh Hóa 2026 II.2; eval/external b17-05). Each of the first clauses
        that lacks the value brings the nearest such field of its record (a child of one of its three nearest
        ancestors), as much on topic."""
        keys = _field_keys(need)
        if not keys:
            return evidence
        out: list[Evidence] = []
        seen = {e.clause.id for e in evidence}
        for i, e in enumerate(evidence):
            out.append(e)
            if i >= 3 or need.search(fold(e.hit.chunk.text)):
                continue
            field_clause = _value_field(e.doc, e.clause, need, keys)
            if field_clause is not None and field_clause.id not in seen:
                seen.add(field_clause.id)
                out.append(_joined(e.doc, field_clause, "field", e.hit.score, e.coverage))
        return out

    def _names(self, query: Query) -> list[str]:
        """The question's names and codes — words that are no Vietnamese syllable — that evidence must hold: those no
        indexed text uses ("dự án Starlink" the plans never name), and for a value asked ("bao nhiêu tỷ đồng cho dự án
        Starlink") every one: a figure about something else answers nothing. An acronym typed in capitals ("EVN") is
        a body its clause may name in full, and is not required of a value's clause."""
        if not self.idf:
            return []
        known = _short_forms()
        value = value_asked(query) is not None
        typed_caps = {fold(w) for w in re.findall(r"\b[A-ZĐ]{2,}\b", query.text)}
        rewritten = rewritten_words(query)  # "online": the documents write "trực tuyến"
        return [t for t in query.content_terms if len(t) >= 3 and not any(c.isdigit() for c in t)
                and (t not in self.idf or value and t not in typed_caps)
                and not is_vietnamese_syllable(t) and t not in known and t not in rewritten
                and not provinces_in(t)  # "HN - HCM": places, which scope the search, not names a clause must hold
                and (t in typed_caps or not self._mistyped(t))]

    def _mistyped(self, word: str) -> bool:
        """Is a lower-case word no syllable one letter off a syllable the plans use ("quyet dnh" for "định"), or two
        letters swapped ("hoc sihn", tune-fresh28 t28-41)? A slip of a fast typist, not a name the plans must hold
        (tune-fresh26 t26-24)."""
        if word in self.idf:
            return False
        letters = "abcdefghijklmnopqrstuvwxyz"
        near = {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in letters}
        near |= {word[:i] + word[i + 1:] for i in range(len(word))}
        near |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in letters}
        near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}  # "sihn" for "sinh"
        return any(w in self.idf and is_vietnamese_syllable(w) for w in near)

    @staticmethod
    def _holds(e: Evidence, names: list[str]) -> bool:
        """Does the evidence — its plan's number, issuer and title, its heading trail and text — hold every name? The
        initials of its issuer's or title's words name the plan too: "KH sinh hoạt công dân THPT DBK" of "Trường THPT Đốc
        Binh Kiều" (a school plan of 2026; blind set b74-22)."""
        scope = f"{e.doc.meta.number} {e.doc.meta.issuer} {e.doc.meta.title} {clause_scope(e.clause, e.hit.chunk.text)}"
        # (the one word-matching of the project: topic words, spelled-out acronyms)
        # ... and a body the clause names in full: "Cục KH, CL&LS CA" of "Cục Khoa học, chiến lược và lịch sử Công an"
        # (TT 124/2025/TT-BCA Điều 7.1.a; blind set b81-25)
        return all(coverage([t], scope) == 1.0 or spelled_out(t, fold(scope)) for t in names)

    def _missing_name(self, names: list[str], evidence: list[Evidence]) -> bool:
        """A name or code of the question (``_names``) that no evidence holds: the plans cannot answer it."""
        return any(not any(self._holds(e, [t]) for e in evidence[: self.top]) for t in names)

    def _said_otherwise(self, query: Query, evidence: list[Evidence]) -> bool:
        """Is a name no clause holds the asker's own word for what a clause of the plan the question named says in
        other words? It is when that clause holds the rest of the question's topic (``min_coverage``, the name counted
        as missing) and both rankings put it near the top: "visa" for "thị thực" ("nd 249 bo nao lo de xuat uu dai
        visa, tam tru cho chuyen gia?" of "Đề xuất chính sách ưu đãi về thị thực và tạm trú đối với chuyên gia", NĐ
        249/2025/NĐ-CP Điều 14.6.b), "GMO" for "sinh vật biến đổi gen" (NĐ 43/2026/NĐ-CP; blind sets b99-02, b99-28).
        A name of a plan nobody named, or beside clauses on little else of the question ("VNPT hay Viettel được giao
        vận hành hạ tầng hệ thống thư?" of Nghệ An's e-mail rules, tune-fresh28 t28-56), still finds no answer."""
        return any(_named_and_near(e, query) and e.coverage >= self.min_coverage for e in evidence[: self.top])

    def _names_place(self, query: Query, evidence: list[Evidence]) -> bool:
        """A province with no plan of its own may still be named by a plan's clause on the question's topic: the
        regulation of the Cam Ranh port (a ministry's) has "Quân chủng Hải quân chủ trì, phối hợp với Sở Công thương
        tỉnh Khánh Hòa tổ chức ..."; or by its heading ("6. Ủy ban nhân dân tỉnh Khánh Hòa: / b) Phối hợp chặt chẽ với
        Bộ Quốc phòng, Bộ Công an ..."). A national text the question names by its number or description may speak of
        each province it asks ("TB kết luận TTg mưa lũ Đắk Lắk, Gia Lai, Khánh Hòa, Lâm Đồng: ...",
        eval/external b17-30): it is asked of them when it names every one of them."""
        asked = set(query.unknown_provinces)
        if any(e.coverage >= self.min_coverage and asked & set(provinces_in(clause_scope(e.clause, e.hit.chunk.text)))
               for e in evidence[: self.top]):
            return True
        return any((e.doc.id in query.doc_ids or e.coverage >= self.min_coverage)
                   and not e.doc.meta.province and asked <= self._places_of(e.doc)
                   for e in evidence[: self.top])

    def _places_of(self, doc: Document) -> frozenset[str]:
        """The provinces a document names anywhere (read once per document)."""
        if doc.id not in self._places:
            self._places[doc.id] = frozenset(provinces_in(" ".join([doc.meta.title, *(c.text for c in doc.clauses)])))
        return self._places[doc.id]

    def _folded_words(self, doc: Document) -> str:
        """A document's words folded, padded with spaces: its metadata and every clause (read once per document)."""
        if doc.id not in self._folded:
            meta = doc.meta
            text = " ".join([meta.issuer, meta.title, meta.place, meta.locality, meta.recipients,
                             *(c.text for c in doc.clauses)])
            self._folded[doc.id] = f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "
        return self._folded[doc.id]

    def _names_localities(self, query: Query, evidence: list[Evidence]) -> bool:
        """Does a document answering name every place below a province the question names by its level ("giao UBND TP
        Đà Lạt thực hiện nhiệm vụ gì?" of a Lâm Đồng report that never names Đà Lạt; blind set b138-17)?"""
        # (a commune a plan in the index is of names that plan, whichever else the question names: "... theo QĐ 27/2025
        # của Thái Nguyên, và ... theo quyết định của MTTQ xã Lương Minh?", tune-fresh24 t24-47; and each of several
        # plans named may be of its own place)
        known = {fold(name) for name in query.localities}
        places = [p for p in localities_named(query.text) if not any(p in k for k in known)] \
            if len(query.doc_ids) <= 1 else []
        return not places or any(all(f" {p} " in self._folded_words(e.doc) for p in places)
                                 for e in evidence[: self.top])

    def supported(self, query: Query, evidence: list[Evidence]) -> bool:
        """Is there evidence good enough to answer (decided before composing, and before any LLM call)?"""
        if query.unknown_provinces and not query.provinces and not self._names_place(query, evidence):
            return False  # no plan of that province, and no clause on the question's topic that names it
        names = self._names(query)
        if not evidence:
            return False
        if not self._names_localities(query, evidence):
            return False  # a commune, ward or city no document found names
        if self._missing_name(names, evidence):
            if not self._said_otherwise(query, evidence):
                return False
            names = []
        need = value_asked(query)
        if (need in (PERCENT, COUNT, MONEY) or (need is None and query.intent == Intent.TARGET)) and \
                (period := _period_named(query.folded)) is not None and \
                not any(period.search(fold(" ".join([e.doc.meta.title, *e.clause.heading_trail, e.hit.chunk.text])))
                        for e in evidence[: self.top]):
            # a figure of a period the question names ("GDP quý I/2026 tăng bao nhiêu phần trăm?", "chỉ tiêu ... năm 2027
            # là bao nhiêu?") is not one a clause sets for no period or another: NQ 122/NQ-CP's "tốc độ tăng trưởng GDP
            # bình quân từ 10%/năm trở lên trong giai đoạn 2026 - 2030" (blind set b27-24), TT 18/2026/TT-BXD's
            # definition of the index (b30-50)
            return False
        if questions().end_asked.search(query.folded) and not any(
                questions().end_stated.search(fold(e.hit.chunk.text)) and e.coverage >= self._min_coverage(query)
                for e in evidence[: self.top]):
            return False  # "... kết thúc lúc mấy giờ?" is no start time's question ("Thời gian: 08 giờ, ngày ...", b67-04)
        bound = questions().deadline_bound_asked.search(query.folded) is not None
        outright = questions().asks_when_outright.search(query.folded) is not None
        # (on its topic when the question asks when in so many words; a "thời hạn" that names what a text is about asks
        # no time: "TT 32/2026/TT-BKHCN về thời hạn không được lập doanh nghiệp ...: có vướng mắc thì phản ánh về đâu?",
        # blind set b35-35)
        on_topic = self._min_coverage(query) if outright else 0.0
        if need is None and ((query.intent == Intent.DEADLINE and questions().deadline_vs_lead[1].search(query.folded))
                             or (query.intent == Intent.CONTENT and outright)) \
                and not any(_states_time(e, bound) and e.coverage >= on_topic and not _set_for_another(e, query)
                            for e in evidence[: self.top]):
            # a question that asks when ("... trước thời hạn nào?", not one that only names "tiến độ" or "định kỳ")
            # needs a clause on its topic stating a time, its own or its heading's: "Đà Nẵng phải hoàn thành sắp xếp
            # các đơn vị sự nghiệp công lập trước thời hạn nào?" has no answer in a conclusion that asks Đà Nẵng to
            # review, with no date (TB 641/TB-VPCP of 2025 II.1; eval/external b14-48); nor has "... yêu cầu Sở Tài
            # chính bố trí xong kinh phí, trang thiết bị cho UBND cấp xã trước thời hạn nào?" in a conclusion asking it
            # to "quan tâm bố trí kinh phí ..." with no time, beside its next item "Thường xuyên theo dõi ... giải ngân"
            # (a Lâm Đồng conclusion of 22/01/2026 II.4.1.b-c; blind set b64-24)
            return False
        if need in (None, DATE, DAY) and query.intent == Intent.DEADLINE and query.units:
            # asked when a body the question names must do something, and the clause most on topic is that body's task
            # with no time: another body's time does not answer ("... có nêu hạn Sở Tài chính phải tham mưu ... bố trí
            # kinh phí ... trước ngày nào không?" of "4. Giao Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí
            # ..." beside "1. Giao Sở Y tế ... gửi hồ sơ ... trước ngày 05/11/2025": a Lâm Đồng letter of 10/2025; blind
            # set b65-03)
            best = max(evidence[: self.top], key=lambda e: e.coverage)
            if not _states_time(best) and _task_of_units_asked(best, query) and \
                    not any(_states_time(e) and _of_units_asked(e, query) for e in evidence[: self.top]):
                return False
        if need is None:
            top = evidence[0]
            agreed = self.named_agreed_min_coverage if top.doc.id in query.doc_ids else self.agreed_min_coverage
            near = top.hit.dense_rank == 1 or (top.doc.id in query.doc_ids
                                               and (top.hit.dense_rank or _NAMED_NEAR_TOP + 1) <= _NAMED_NEAR_TOP)
            if top.hit.keyword_rank == 1 and near and top.coverage >= agreed:
                # both rankings put this clause first: a paraphrase shares fewer words with it, fewer still in the
                # plan the question named ("QĐ 95 Nghệ An: trước khi đi lấy phôi sổ đỏ đợt mới, bên nào ..."); of
                # that plan, the keyword ranking first and the dense one near the top will do (a CPU's embedding
                # engine moves a paraphrase's dense rank: "Tỉnh tôi muốn làm kế hoạch số hóa riêng ... (QĐ 2597)",
                # Điều 1.V.5.a, dense 4th on one machine, 1st on another)
                return True
            if _named_and_agreed(top, query) and top.coverage >= self.agreed_min_coverage:
                # ... one first, the other near the top, in the plan the question named: "QD 123/2025 Hue ...: tài sản đã
                # được phê duyệt phương án trước ngày QĐ có hiệu lực nhưng chưa xử lý xong thì phần việc còn lại làm
                # theo đâu?" of Điều 9.1 (tune-fresh25 t25-25)
                return True
            # a target or a comparison of plans asks a figure even with no word of one ("So sánh chỉ tiêu kéo giảm số vụ
            # phạm tội ... của Hải Dương và Lào Cai": Lào Cai's plan sets none)
            share = self.value_min_coverage if query.intent in (Intent.TARGET, Intent.COMPARE) else None
            floor = self._min_coverage(query, share)
            # words the question writes with marks count only where the text marks them alike: "Danh mục địa điểm tổ
            # chức hội chợ, triển lãm thương mại năm 2026 của tỉnh Thái Nguyên gồm những điểm nào?" is not on the topic
            # of a crime plan's "Phát huy vai trò ... tổ chức chính trị - xã hội ... làm rõ trách nhiệm" ("hội", "làm";
            # external set b6-22)
            # (such a word counts half: a question typed fast may mark a word wrongly, and a ranking's first clause
            # held the answer the full count refused, tune-fresh39 t39-01)
            # (the clash is weighed only where the topic is held enough without it: it can only take away)
            return any((held := max(e.coverage, e.together)) >= floor and
                       held - _CLASH_WEIGHT * self._marks_clash(query, e) >= floor for e in evidence[: self.top])
        measure = counted_asked(query, need, measures_only=True)
        if measure is not None and not any(measure.search(_without_markers(e.hit.chunk.text)) for e in evidence[: self.top]):
            return False  # "dài bao nhiêu km": no clause on the topic states a length
        variants_of: dict[str, list[list[str]]] = {}  # the question's topic variants for each plan, as in evidence()
        for e in evidence[: self.top]:
            value = self._value_coverage(e, query, need, names, variants_of)
            # a clause of the plan the question named, one ranking putting it first and the other near the top, stating
            # the kind of value asked: a paraphrase shares fewer words with it ("NĐ 158 ...: được kéo dài việc xác nhận
            # tối đa bao lâu?" of "thời hạn không quá 45 ngày", Điều 29.2). Not of a plan found by its province only:
            # "Thái Nguyên đặt chỉ tiêu kéo giảm tai nạn giao thông bao nhiêu phần trăm" has no answer (eval/dev.jsonl)
            if value >= self._min_coverage(query, self.value_min_coverage) or \
                    (_named_and_agreed(e, query) and value >= self.agreed_min_coverage):
                return True
        return False

    def _value_coverage(self, e: Evidence, query: Query, need: ValueNeed, names: list[str],
                        variants_of: dict[str, list[list[str]]]) -> float:
        """How much of the topic the best sentence of ``e`` stating the value asked holds (0 when none states it, or
        when the clause lacks a name the question needs: "bao nhiêu tỷ đồng cho dự án Starlink"). The value must sit in
        a sentence about the question's topic, not anywhere in the clause; a label line or a table cell ("Thời gian
        thực hiện: Quý II/2026") speaks for the whole clause, as does the clause's own or inherited deadline ("7.1
        Tổng kết ... - Thời gian hoàn thành: Tháng 4/2026" above "- Đánh giá toàn diện kết quả ..."). A date asked for
        is a deadline, not the date of a text the sentence cites ("Thông báo số 75-TB/VPTW ngày 04 tháng 8 năm
        2025" answers no "khởi công trước ngày nào")."""
        if names and not self._holds(e, names) and not _family_holds(e, names):
            return 0.0
        if _anothers_value(e, query) or (need in (DATE, DAY, DURATION) and _set_for_another(e, query)):
            return 0.0
        variants = with_aliases(_variants(query, e.doc, variants_of), e.hit.chunk.text)
        # a clause's case line speaks for the sentences under it: "4.3. Đối với trường hợp hồ sơ đề nghị cấp C/O của
        # thương nhân được nộp qua bưu điện: / Trong thời hạn 24 giờ làm việc ..." (QĐ 3361/QĐ-BCT; blind set b25-37)
        case = e.clause.title if e.clause.title.endswith(":") else ""
        head = f"{clause_scope(e.clause, '')} {letter_subject(e.doc) or own_title(e.doc, e.hit.chunk.text)} {case}" \
               f" {_referred_subjects(e.doc, e.clause)}"
        best = 0.0
        # a length asked in a unit is stated in it: "kiến nghị ... phải được trả lời trong bao nhiêu ngày?" is no "chưa đủ
        # 06 tháng" (QĐ 212/2025 Hải Phòng Điều 3.3; tune-fresh30 t30-54)
        in_unit = _in_unit_asked(query.folded) if need is DURATION else None
        of_what = _counted_thing(query.folded) if need is COUNT else None
        per = _bases_asked(query.folded) if need in (MONEY, CURRENCY) else frozenset()
        for_what = _money_thing(query.folded) if need is MONEY else None
        fields = _field_keys(need) if need not in (DURATION, DATE, DAY) else ()
        # a bare "bao nhiêu" counting nothing named asks any figure, a share too: "... cao hơn mức giá quy định trong
        # khoảng bao nhiêu?" of "cao hơn từ trên 15% đến không quá 30%" (QĐ Hải Phòng on machines and equipment Điều
        # 3.2; eval/external b11-41)
        any_figure = need is COUNT and counted_word(query.folded) is None and PERCENT.search(query.folded) is None
        of_object = _counted_object(query.folded)
        if of_object is not None and not of_object.search(fold(f"{head} {e.hit.chunk.text}")):
            return 0.0  # no figure of another thing: "8.500 tấn" of "Nhãn" for "bao nhiêu tấn sầu riêng"
        # "... từ mấy giờ, ngày nào?": an hour and a day, not how often ("thường xuyên cập nhật, thông báo ...", Công
        # điện 231/CĐ-TTg mục 3; blind set b58-40)
        at_hour = need in (DATE, DAY) and questions().hour_asked.search(query.folded) is not None
        # "... trước ngày nào?", "hạn chót": a deadline, not the day of a meeting the text reports ("Tại phiên họp ngày
        # 28/11/2025, ... Bộ Chính trị kết luận như sau", Kết luận 221-KL/TW; blind set b57-05), nor a day before the text
        # was issued (its own deadline field's included)
        last_day = need in (DATE, DAY) and questions().deadline_bound_asked.search(query.folded) is not None
        if need in (DATE, DAY, DURATION, PERIOD) and _deadline_states(e.clause.responsibility, need) and \
                (in_unit is None or in_unit.search(fold(e.hit.chunk.text))) and \
                not (last_day and not need.search(_without_past_days(fold(e.clause.responsibility.deadline),
                                                                     e.doc.meta.date))) and \
                not (at_hour and not need.search(PERIODIC.sub(" ", fold(e.clause.responsibility.deadline)))):
            best = e.coverage
        if e.joined == "field" and need.search(fold(e.hit.chunk.text)):
            best = e.coverage  # the record's field stating the value, as much on topic as the clause it was found by
        if _stated_for(e, need):  # the whole clause is on the value its list or lead-in states
            best = max(best, variant_coverage(variants, f"{head} {e.hit.chunk.text}", self.idf))
        # "d) Hiệu lực của Văn bản cấp phép ... kể từ ngày được cấp phép: ... doanh nghiệp ký hợp đồng dài hạn ...: 03
        # tháng;" (VBHN 89/VBHN-BQP Điều 10a.3.d): the lead-in says what the lengths below are
        lengths = need is VALIDITY and VALIDITY_LEAD_IN.search(fold(e.clause.title)) is not None
        bounds = _bound_asked(query.folded), _bound_asked(query.folded, opposite=True)
        asks_target, reported, sets_target = questions().target_not_result
        # a figure reached is no target set: the sentence (up to its full stop) reports it
        results = [f for f in split_sentences(e.hit.chunk.text, ".")
                   if reported.search(folded := fold(f)) and not sets_target.search(folded)] \
            if asks_target.search(query.folded) else []
        counted_from = _event_counted_from(query.folded) if need in (DURATION, DATE, DAY) else frozenset()
        for sent in sentences(e.hit.chunk.text):
            if _other_bound_only(sent, *bounds) or any(sent in f for f in results):
                continue
            if in_unit is not None and not in_unit.search(fold(sent)):
                continue
            if per and _sum_of_other_basis(fold(sent), per):
                continue
            if for_what is not None and for_what not in fold(f"{head} {sent}"):
                continue  # another benefit's sum: "Trợ cấp thờ cúng liệt sĩ: 1.400.000 đồng" for "trợ cấp mai táng"
            if counted_from and _counted_from_another(fold(sent), counted_from):
                continue  # "kể từ ngày quyết định thu hồi có hiệu lực" for "... kể từ khi nhận đủ hồ sơ?"
            said_value = _without_cited_dates(sent) if need in (DATE, DAY) else fold(sent)
            if last_day:
                said_value = _without_past_days(_MEETING_DAY.sub(" ", said_value), e.doc.meta.date)
            if at_hour:
                said_value = PERIODIC.sub(" ", said_value)
            if of_what is not None:
                said_value = _without_other_kinds(said_value, of_what)
            if need.search(said_value) or (lengths and DURATION.search(fold(sent))) or \
                    (any_figure and PERCENT.search(said_value)) or \
                    (of_what is not None and PERCENT.search(said_value) and of_what in said_value):
                # (a count stated as a share of what is counted: "... khi có quá nửa tổng số thành viên ... đồng ý"
                # answers "bao nhiêu thành viên đồng ý", Quy chế làm việc mẫu of NĐ 315/2025/NĐ-CP Điều 25.3.e;
                # blind set b83-15)
                # a list of papers is one answer: "3.1. Thành phần Hồ sơ: (1) Văn bản đề nghị ...; (3) Thuyết minh Dự án
                # đo đạc và bản đồ cơ bản" names its procedure in an item, not in its lead-in (QĐ 2702 Quảng Trị)
                # (as does a record's own field for the value: "- Số lượng: 5.000 cuốn." under "- Hình thức: In tài
                # liệu cấp phát cho cán bộ cấp xã, ...", eval/external b17-05)
                whole = e.clause.kind == "table_row" or is_attribute_line(sent.lstrip("-+• ")) or need is PAPERS \
                    or _labelled(sent, fields)
                said = e.hit.chunk.text if whole else sent
                best = max(best, variant_coverage(variants, f"{head} {said}", self.idf))
        if of_what is None and not per and in_unit is None and not results:
            # the items of one sentence share the value its last item states: "... mã hàng 2710.19.20 (Dầu thô đã tách
            # phần nhẹ); 2710.19.89 (Dầu trung khác và các chế phẩm) và 2711.19.00 (Loại khác) là 0%." (NQ
            # 25/2026/NQ-CP Điều 2; blind set b33-35)
            for whole in split_sentences(e.hit.chunk.text, "."):
                items = [_without_cited_dates(p) if need in (DATE, DAY) else fold(p) for p in whole.split(";")]
                if len(items) > 1 and need.search(items[-1]) and not any(need.search(p) for p in items[:-1]):
                    best = max(best, variant_coverage(variants, f"{head} {whole}", self.idf))
                # ... and the time a sentence opens with, before its first comma, is said of all its items: "Trong các
                # ngày 08 và 09 tháng 11 năm 2025, Phó Thủ tướng ... đã dự Lễ khởi công ...; ...; chủ trì buổi làm việc
                # với lãnh đạo tỉnh Điện Biên ..." (the opening of TB 648/TB-VPCP, as of every conclusion notice)
                elif len(items) > 1 and need in (DATE, DAY) and need.search(items[0].split(",", 1)[0]) and \
                        not any(need.search(p) for p in items[1:]):
                    best = max(best, variant_coverage(variants, f"{head} {whole}", self.idf))
        return best

    def _min_coverage(self, query: Query, share: float | None = None) -> float:
        """How much of the topic a clause must hold (``share``, by default ``min_coverage``): of one of several plans a
        question names, its part."""
        return (self.min_coverage if share is None else share) / max(query.topic_share, 1)

    # -- composing ----------------------------------------------------------------------------
    def answer(self, query: Query, hits: list[Hit], by_retrieval: bool = False) -> Answer:
        """The answer from the best evidence: retrieval's order among the clauses nearly as on topic as the best one
        (``evidence_slack``); with ``by_retrieval`` (hits retrieved for a counterpart of a known clause, "thế ở
        Đồng Tháp thì sao?") among all those covering enough of the question."""
        evidence = self.evidence(query, hits)
        if query.holder and (named := self._holder(query, evidence, hits)) is not None:
            return named  # a member line ending with the position asked ("... - Tổ trưởng.") is the evidence itself
        if query.holder and not self._names_the_seat(query, evidence):
            # "Đoàn kiểm tra ... do ai làm trưởng đoàn?" of a plan that only says who receives the delegation: no
            # clause found names the seat, so none says who holds it (KH 362/KH-SGDĐT Đồng Tháp; blind set b72-13)
            return self.refusal(query, hits)
        if query.asks_sent and (sent := self._persons_sent(query, evidence, hits)) is not None:
            return sent  # "cử ai tham gia ...?": the people named after "cử", or listed under the sentence sending them
        if not self.supported(query, evidence):
            return self.refusal(query, hits)
        if (named := _presupposed_units(query)) and \
                not any(_of_units_asked(e, replace(query, units=named)) for e in evidence[: self.top]):
            # "NĐ 329 giao Bộ Giáo dục và Đào tạo chủ trì ... phải không?", "QĐ 42/2025 giao Bộ Tài chính hướng dẫn những
            # tiêu chí nào?" of a document whose clauses on the topic name other bodies: it does not say so
            # (questions.toml [yes_no] and [handed]; blind sets b85-30, b79-11)
            return self.refusal(query, hits)
        need = value_asked(query)
        # retrieval's order, among the clauses nearly as on topic as the best one (and holding the value asked for)
        top = max(e.coverage for e in evidence[: self.top])
        floor = self.min_coverage if by_retrieval else top - self.evidence_slack
        # a clause holding the value asked for ("Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh ...") stays in
        # while it covers enough of the question, even when a clause without the value covers more
        # "... có hiệu lực từ khi nào?" of a date: the document's own effect clause ("Quyết định này có hiệu lực kể từ
        # ngày ...") before a clause where some other text "có hiệu lực pháp luật"
        own = _own_statement_asked(query, need)
        # "KH chỉ thị 11 Lào Cai, phụ lục: ... sở nào chủ trì?": the appendix's row before the body's clause
        appendix = questions().appendix_asked.search(query.folded) is not None
        # "... thành phần hồ sơ gồm gì?": a clause under that field of the record first
        field = next((f for f in questions().procedure_fields if f.search(query.folded)), None)
        # "... tổ chức ở đâu?", "nội dung kiểm tra ... theo quy định nào?": the line of the document most on topic
        # labelled so ("2. Địa điểm: ...", "3. Nội dung kiểm tra: ...") first, while it covers enough
        home = max(evidence[: self.top], key=lambda e: e.coverage).doc.id
        asked_labels = _labels_asked(query.folded)
        labelled = {id(e) for e in evidence[: self.top]
                    if e.doc.id == home and _label_asked(e.clause, query.folded, asked_labels)}
        counted = counted_asked(query, need)
        shares_asked = PERCENT.search(query.folded) is not None or questions().share_asked.search(query.folded) is not None
        of_object = _counted_object(query.folded)
        things = need is COUNT and _counted_stated(query.folded, [fold(e.hit.chunk.text) for e in evidence[: self.top]])
        bound = need in (DATE, DAY) and questions().deadline_bound_asked.search(query.folded) is not None
        hour = need in (DATE, DAY) and questions().hour_asked.search(query.folded) is not None
        day_asked = bound and questions().deadline_day_asked.search(query.folded) is not None
        # "mức cho vay ... do ai đề xuất?": a clause naming who does the verb asked ("b) Giám đốc Quỹ đề xuất mức vốn vay
        # ...", QĐ 2696 Quảng Trị Điều lệ 13.3.b) stays in while it covers enough of the question
        # (who names the verb's agent, read once: it also tells a clause that says who does it, below)
        acts = {id(e): _agent_stated(e, query) for e in evidence[: self.top]} \
            if query.action and query.intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE) else {}
        acting = query.intent in (Intent.LEAD, Intent.IMPLEMENTERS)
        cited = _cited_numbers(query)
        shares = _figures_of(query.text) if need is None else frozenset()
        variants = _other_variants(evidence[: self.top], query.folded)
        given_day = _day_given(query.text) if query.intent == Intent.DEADLINE else None
        quoted = quoted_terms(query.folded) if query.intent in (Intent.CONTENT, Intent.SUMMARY) else []
        # (a clause the value asked is stated for by its list or lead-in, read once for the filter and the order)
        stated_for = {id(e): _stated_for(e, need) for e in evidence[: self.top]} if need is not None else {}
        route = _route_asked(query) if query.asks_recipient else None
        actor_level = questions().level_actor.search(query.folded)
        titles_asked = _titles_asked(query.folded)  # (read once for the order below)
        named_near = acting and any(_names_someone(e, acts) for e in evidence[: self.top] if e.coverage >= floor)
        ev = sorted((e for e in evidence[: self.top] if e.coverage >= floor or (
            need is not None and e.reach >= (self.agreed_min_coverage if _named_and_agreed(e, query) else self.min_coverage)
            and (_holds_value(e.hit.chunk.text, need) or stated_for[id(e)]
                 or (need in (DATE, DAY, DURATION, PERIOD) and _deadline_states(e.clause.responsibility, need))))
            or (acting and acts.get(id(e)) and e.coverage >= self.min_coverage)
            # asked who, retrieval's first clause naming who does its task stays in while it covers enough, when the
            # clauses on more of the question's words name no one: "NĐ 269: ai ra bộ chỉ số chấm mức trưởng thành các
            # đô thị thông minh?" is "2. Bộ Xây dựng chủ trì, ban hành Bộ chỉ số ... cấp độ trưởng thành" (Điều 34.2), not
            # the contents of a national orientation that include "bộ chỉ số đánh giá" (Điều 5.2; blind set b81-01)
            or (acting and e is evidence[0] and not named_near and _names_someone(e, acts)
                and e.coverage >= self.min_coverage)
            # (the clause stating what a question asks of its plan stays in while it covers enough: the letter's
            # opening "Cục Thuế nhận được công văn số 1383/NBI-CNTK ..." beside its last paragraph, on more words)
            or (own is not None and e.coverage >= self.min_coverage and own.search(fold(e.hit.chunk.text)))
            or (id(e) in labelled and e.reach >= self.min_coverage)
            # "các đơn vị báo cáo về đâu?": the clause sending by the question's own verb and preposition ("... chế độ báo
            # cáo về Ban Chỉ huy Phòng thủ dân sự Bộ Xây dựng", Công điện 96/CĐ-BXD mục 8; blind set b57-12) stays in
            # while it covers enough, beside clauses on more of its words that send by another verb ("Tham mưu cho ...")
            or (route is not None and e.coverage >= self.min_coverage and f" {route} " in f" {fold(e.hit.chunk.text)} ")),
                    key=lambda e: (own is not None and not own.search(fold(e.hit.chunk.text)),
                                   # (... its own, not a form's in an appendix: "Quyết định này có hiệu lực kể từ ngày
                                   # ký" of a model decision attached to TT 38/2026/TT-BTC; blind set b32-40)
                                   own is not None and not appendix and _in_appendix(e.clause),
                                   # (... of its own kind: "Thông tư này có hiệu lực thi hành từ ngày 01 tháng 10 năm
                                   # 2024" of TT 14/2024/TT-BCT, not its model decisions' "Quyết định có hiệu lực kể từ
                                   # ngày ký"; blind set b47-25)
                                   own is not None and not _of_own_kind(own, e),
                                   appendix and not _in_appendix(e.clause),
                                   field is not None and not _under_field(e.clause, field),
                                   bool(labelled) and id(e) not in labelled,
                                   # (a date must be a deadline, not the date of a text it cites: "sửa Nghị định số
                                   # 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 ... trước ngày nào" of TB 648 II.5)
                                   need is not None and not need.search(_without_cited_dates(e.hit.chunk.text)
                                                                        if need in (DATE, DAY) else
                                                                        _without_markers(e.hit.chunk.text))
                                   # (... or the deadline it takes from its lead-in: "1. Định kỳ (trước ngày 30 tháng 6
                                   # hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm: / a) Rà soát, lập danh mục ...",
                                   # NQ 70/2025/NQ-HĐND Hà Nội Điều 7.1.a; eval/external b12-20)
                                   and not (need is DAY and _deadline_states(e.clause.responsibility, need))
                                   # (... or an item of a dossier's list, "- Danh mục các cơ sở sản xuất (nếu có)",
                                   # or under a lead-in setting its sum)
                                   and not stated_for[id(e)],
                                   # "hạn cuối khi nào": a day or month before how often ("hàng năm")
                                   bound and not DATE.search(NO_BOUND.sub(" ", _without_cited_dates(e.hit.chunk.text)))
                                   and not DATE.search(NO_BOUND.sub(" ", fold(e.clause.responsibility.deadline))),
                                   # "trước mấy giờ, ngày nào": a clause stating an hour ("trước 16 giờ 00 ngày thứ
                                   # Sáu", blind set b48-01) before one saying only how often
                                   hour and not MOMENT.search(_without_markers(e.hit.chunk.text)),
                                   # "trước mốc nào": a day of the calendar before days counted from an event
                                   # (questions.toml [deadline_bound] day_asks)
                                   # (or its lead-in gives: "1. Định kỳ (trước ngày 30 tháng 6 hằng năm), ...")
                                   day_asked and not CALENDAR_DAY.search(_without_cited_dates(e.hit.chunk.text))
                                   and not CALENDAR_DAY.search(fold(e.clause.responsibility.deadline)),
                                   # "bao nhiêu tấn chuối": a clause naming the fruit before one under a heading on
                                   # value chains ("chuỗi"), which names it only as folded
                                   of_object is not None and not of_object.search(fold(e.hit.chunk.text)),
                                   # "bao nhiêu giấy phép": a clause counting licences before one counting mines
                                   counted is not None and not counted.search(_without_markers(e.hit.chunk.text)),
                                   # "Hội đồng ... có tối thiểu mấy thành viên?": the number it has ("Tổng số thành
                                   # viên Hội đồng tối thiểu là 07 người") before a share of them ("họp khi có sự tham
                                   # gia của ít nhất 2/3 thành viên", NĐ 25/2026/NĐ-CP Điều 34.4.b and đ; blind set
                                   # b54-16), unless the question asks a share
                                   counted is not None and not shares_asked and
                                   _shares_of_thing_only(_without_markers(e.hit.chunk.text), counted),
                                   # "bao nhiêu người": a number of people before a share of them
                                   things and _shares_only(_without_markers(e.hit.chunk.text)),
                                   # "... sở nào chủ trì triển khai Quyết định 338/QĐ-TTg về ...?": no indexed plan has
                                   # that number, so the plans cite it; a clause citing it first (KH 624/KH-UBND Hà
                                   # Tĩnh V.6.b, eval/external b9-24)
                                   bool(cited) and not any(n in fold(e.hit.chunk.text) for n in cited),
                                   # "chỉ tiêu ... STEM ... đạt 30% thì sở nào chủ trì?": a target row stating the share
                                   # the question gives before rows stating others ("Tỷ lệ doanh nghiệp ... đạt 60%",
                                   # KH 144/KH-UBND Bắc Ninh, Phụ lục 6 and 3; tune-fresh13 t13-40)
                                   bool(shares) and not any(f in _figures_of(e.hit.chunk.text) for f in shares),
                                   # "cấp giấy phép ...": its own procedure before "Cấp lại giấy phép ..."
                                   id(e) in variants,
                                   # "bắt buộc phải ghi cụm từ gì?": a clause saying what must be done before one
                                   # saying where it need not be
                                   _denies(e.hit.chunk.text, query.folded),
                                   # "giám đốc quỹ do ai bổ nhiệm?": a clause on the director before one on the deputy
                                   _deputy_only(e.clause.text, titles_asked),
                                   # "đến 01/7/2026 chưa kết nối xong thì hạn chót là ngày nào?": a clause due on the
                                   # day the question gives only sets its scene (TT 08/2026/TT-BNV Điều 24.2 beside
                                   # 24.2.a "Chậm nhất là ngày 20 tháng 7 năm 2026"; blind set b29-49)
                                   given_day is not None and _due_on(e.clause.responsibility.deadline, given_day),
                                   # 'Nguyên tắc "06 rõ" ... gồm những gì?': the clause saying what the quoted term is
                                   # ('nguyên tắc "06 rõ": “rõ người, rõ việc, ...”', KH 155/KH-UBND of phường Phong
                                   # Châu II.3) before one only naming it ("... theo nguyên tắc "06 rõ"", VI.1; b71-10)
                                   bool(quoted) and not _defines_quoted(e.hit.chunk.text, quoted),
                                   # "ở cấp tỉnh cơ quan nào chủ trì kiểm tra ...?": the province's body ("Sở Nội vụ
                                   # các tỉnh, thành phố có trách nhiệm chủ trì ... kiểm tra") before a ministry doing
                                   # the same at its level (TT 100/2025/TT-BTC Điều 6.3, 6.2; blind set b87-24)
                                   acting and bool(e.clause.responsibility.lead) and actor_level is not None
                                   and all(_other_level(u, query.folded, actor_level)
                                           for u in e.clause.responsibility.lead),
                                   -e.hit.score))
        ev = _place_named_first(ev, query)
        # "hiệp thương lần thứ ba": a clause on another round only ("(1) ... lần thứ nhất: Chậm nhất ngày 10/12/2025")
        # does not answer while one on the round asked is among them
        round_of = {e.clause.id: round_match(query, clause_scope(e.clause, e.hit.chunk.text), e.doc.meta.title) for e in ev}
        if any(v > 0 for v in round_of.values()):
            ev = [e for e in ev if round_of[e.clause.id] >= 0]
        if query.named_after and (sent := self._unit_after(query, ev, hits, roles().named_after[query.named_after],
                                                           label=roles().named_after_labels.get(query.named_after))) \
                is not None:
            return sent
        if query.asks_recipient and (sent := self._unit_after(query, _sender_first(ev, query), hits, roles().recipient,
                                                               roles().recipient_direct)) is not None:
            return sent
        if query.asks_decider and (decided := self._decider(query, ev, hits)) is not None:
            return decided
        intent = query.intent
        if need is not None and need not in (DATE, DAY) and intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS):
            intent = Intent.CONTENT  # "số điện thoại ... là số nào" asks a value, not who ("so nao" folds both ways)
        if id(ev[0]) in labelled and intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS):
            intent = Intent.CONTENT  # "đối tượng kiểm tra ... gồm những ai?" asks the line "3. Đối tượng: ..." (b47-40)
        if intent == Intent.COMPARE:
            return self._compare(query, evidence, hits)
        best = ev[0]
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and \
                (sibling := _sibling_on_topic(best, ev[: self.top], acts)) is not None:
            best = sibling
        if intent == Intent.CONTENT and need in (DATE, DAY) and not need.search(_without_cited_dates(best.hit.chunk.text)) \
                and _deadline_states(best.clause.responsibility, need):
            # "... lập danh mục dự án ... trước ngày nào?" of an item whose day is its lead-in's ("1. Định kỳ (trước ngày
            # 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm: / a) Rà soát, lập danh mục ...", NQ
            # 70/2025/NQ-HĐND Hà Nội Điều 7.1.a; eval/external b12-20): its deadline is said
            intent = Intent.DEADLINE
        if intent == Intent.DEADLINE and need in (None, DATE, DAY) and questions().deadline_vs_lead[1].search(query.folded) \
                and not _states_time(best):
            # asked when, a clause stating a time that covers more of the question goes before one stating none: "hạn
            # gửi kế hoạch khắc phục tồn tại, hạn chế theo kết quả chỉ số CCHC 2025 về Sở Nội vụ" of the decision
            # publishing the index ("... gửi về Sở Nội vụ trước ngày 28/02/2026", Điều 2.1) over a conclusion's item on
            # the same plan with no time (Lâm Đồng, 2026; blind set b64-14); not one as much on topic, whose time may
            # be another's ("Hằng năm, tiến hành rà soát, bổ sung quy hoạch ..." beside "... được thực hiện một lần vào
            # năm thứ hai của nhiệm kỳ", Hướng dẫn 45-HD/BTCTW II.4; tune-fresh2 tgb-24); a length asked ("... được tối
            # đa bao lâu?") is the value path's ("Thời hạn tạm đình chỉ công tác không quá 30 ngày làm việc", NĐ
            # 181/2026/NĐ-CP Điều 36.3.a; blind set b31-29)
            best = next((e for e in ev if _states_time(e) and e.coverage > best.coverage), best)
        # (a deadline asked of the clause that states it and covers the topic most is answered there: "hạn nhận Phiếu
        # đăng ký dự tuyển là bao nhiêu ngày" of NĐ 170 Điều 15.4, not of 15.3 on who may change the notice)
        # (a when-question asking no kind of value, "trong thời gian nào", is asked a date: "(2) Tổ chức hiệp thương lần
        # thứ hai: Chậm nhất ngày 03/02/2026", which names no one, before a task of a unit on the same words)
        when = need if need is not None else DATE if intent == Intent.DEADLINE else None
        stated_here = intent == Intent.DEADLINE and when is not None and _holds_value(best.hit.chunk.text, when) and \
            not any(e.coverage > best.coverage and _holds_value(e.hit.chunk.text, when) for e in ev)
        if intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE) and not _names_someone(best, acts) \
                and own is None and not stated_here and best.joined != "period":
            # prefer a clause that states who does it, unless it is clearly less on topic
            # (or one stating the same task again, as the appendix assigning the body's tasks does)
            # ... and, asked when, one that says when: not "1. Giao phòng Quản lý công nghiệp tổ chức huấn luyện ..."
            # for "kế hoạch huấn luyện ... bắt đầu từ khi nào?" over "1. Thời gian: 1,5 ngày (bắt đầu từ 13h30 thứ Hai
            # ngày 06/7/2026)" (Kế hoạch huấn luyện ... of Sở Công Thương Lào Cai, 6/2026, III.1 and II.1)
            best = next((e for e in ev if _names_someone(e, acts)
                         and (e.coverage >= best.coverage - self.role_slack or _restates(e, best))
                         and (need is None or need.search(_without_markers(e.hit.chunk.text)))
                         and (intent != Intent.DEADLINE or when is None or bool(e.clause.responsibility.deadline)
                              or _holds_value(e.hit.chunk.text, when))), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and acts and not acts.get(id(best)) and own is None \
                and not _opens_with_act(best, query.action):
            # "... thì cơ quan nào thẩm định?": a clause as much on topic naming who does the act asked ("Sở Nội vụ phải
            # xem xét, thẩm định hồ sơ ...") before one naming someone doing another ("... kể từ ngày nhận được văn bản
            # của cơ quan thẩm định ..., Chủ tịch Ủy ban nhân dân cấp tỉnh xem xét, quyết định ...", NĐ 300/2025/NĐ-CP
            # Điều 11.3.b and c; blind set b103-01)
            best = next((e for e in ev if acts.get(id(e)) and e.coverage >= best.coverage), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and (best.clause.responsibility.lead or
                                                            best.clause.responsibility.implementers) \
                and not _named_lead(best.clause.responsibility):
            # everyone ("Trên đây là Kế hoạch ...; các cơ quan, đơn vị, địa phương, doanh nghiệp nghiêm túc tổ chức,
            # triển khai thực hiện./.") after a unit named outright as much on topic (eval/external b11-38)
            best = next((e for e in ev if _named_lead(e.clause.responsibility)
                         and e.coverage >= best.coverage - self.role_slack), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and executes_itself(best.doc, best.clause.text) and \
                "thi hanh" not in query.folded:
            # the closing article on who executes the decision is no answer to who does one of its tasks: "Ai chịu trách
            # nhiệm chỉ đạo, vận hành Hội đồng Sáng kiến ...?" is "Điều 2. Chủ tịch Hội đồng có trách nhiệm điều hành hoạt
            # động của Hội đồng ...", not "Điều 5. Chánh Văn phòng Bộ, ... chịu trách nhiệm thi hành Quyết định này" as
            # much on topic (QĐ 1469/QĐ-BVHTTDL of 2025; blind set b74-08)
            # (one stating a role: a member's line "b) Vụ trưởng Vụ ... - Phó Chủ tịch Hội đồng." states none)
            best = next((e for e in ev if _names_someone(e, acts) and not executes_itself(e.doc, e.clause.text)
                         and _states_role(e.clause.text) and e.coverage >= best.coverage - self.role_slack), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and _named_by_question(best, query):
            best = next((e for e in ev if _names_someone(e, acts) and not _named_by_question(e, query)
                         and e.coverage >= best.coverage - self.role_slack), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and own is None and \
                (_named_by_question(best, query) or not _names_someone(best, acts)) and \
                (citing := _citing_lead(best, query)) is not None:
            # "... cơ quan nào tham mưu UBND thành phố cân đối bố trí ngân sách ...?" of "c) Cân đối bố trí ngân sách hằng
            # năm ..." (the City's own task): "4. Sở Tài chính có trách nhiệm chủ trì, tham mưu Ủy ban nhân dân Thành phố
            # thực hiện nhiệm vụ quy định tại điểm c khoản 1 Điều này." (NQ 73/2025/NQ-HĐND Hà Nội Điều 16.4; eval/external
            # b10-05)
            best = citing
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and own is None and not _names_someone(best, acts) and \
                (handed := _handing_on(best, query)) is not None:
            best = handed
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and (head := _kind_asked(query.folded)) and \
                not _of_kind(best, head):
            # "bộ nào làm chủ chương trình ...?" is answered by a ministry, not by "Thường trực Chính phủ" of a clause as
            # much on topic (TB 631/TB-VPCP; tune ta-32)
            best = next((e for e in ev if _of_kind(e, head) and e.coverage >= best.coverage - self.role_slack), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and query.asks_part and \
                _whole_only(self._roles(intent, best, query), best, query):
            # "đơn vị nào của Bộ chủ trì ...?" asks a body inside the ministry: "b) Cục Công nghiệp chủ trì, ... xây dựng,
            # vận hành Hệ thống truy xuất" before "Bộ Công Thương là chủ đầu tư thực hiện việc ... xây dựng, vận hành Hệ
            # thống truy xuất" as much on topic (TT 11/2026/TT-BCT Điều 19.1.b and 17.2; blind set b83-27)
            best = next((e for e in ev
                         if ((r := self._roles(intent, e, query)).lead or e.clause.responsibility.implementers)
                         and not _whole_only(r, e, query) and e.coverage >= best.coverage - self.role_slack), best)
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and not _names_someone(best, acts) and own is None and \
                (led := _led_child(best)) is not None:
            best = led
        if query.item_ordinal and (item := _item_asked(best, query.item_ordinal, query.item_kind)) is not None:
            best = item
        if intent == Intent.PARTNERS and query.units and not _task_of_units_asked(best, query) and \
                questions().asks_with_whom.search(query.folded) and \
                {unit_key(u) for u in query.units} & {unit_key(u) for u in self._roles(intent, best, query).partners}:
            # "Bộ Công an phối hợp với những cơ quan nào?" asks the partners of the body's own task ("(1) Bộ Công an: -
            # Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố ..."), before a task of
            # another it joins as much on topic ("(2) Bộ Tài chính: - ... phối hợp với Bộ Công an ...", Chỉ thị
            # 24/CT-TTg of 2025 mục 1; blind set b75-13): when the clause found has the body asked only partner another
            best = next((e for e in ev if _task_of_units_asked(e, query) and e.clause.responsibility.partners
                         and e.coverage >= best.coverage - self.role_slack), best)
        r = self._roles(intent, best, query)
        if intent == Intent.PARTNERS and not r.partners and not by_retrieval:
            # asked who partners: a clause naming partners ("6. Phối hợp với Sở Nông nghiệp và Môi trường, ..." under
            # "Điều 10. Trách nhiệm của cơ quan thuế", QĐ 88/2025 Lai Châu) before one naming only who does it; not for
            # the counterpart of a known task ("thế ở Đồng Tháp thì sao?"), where retrieval's order is the task's
            # (an item of that clause too, however fewer of the question's words it repeats: "2.5. Lĩnh vực thủy lợi ...
            # chủ đầu tư dự án phải thực hiện: / - Phối hợp với Sở Nông nghiệp và Môi trường, Công ty TNHH Tân Phú ...,
            # chính quyền địa phương kiểm tra, xác minh ...", Công văn of Sở NN&MT Lào Cai, 7/2026; blind set b53-08)
            # (an item beside it under the same heading first, however fewer of the question's words it holds: "2. Phó
            # Hiệu trưởng Nguyễn Minh Trí / - Là đầu mối ...; / - Phối hợp với Công an xã Đốc Binh Kiều mời báo cáo viên
            # ...", a school's plan of 2026 III.2; blind set b74-13; _with_partner_siblings)
            # (not when the clause found speaks of working with others itself, in words naming no unit: "Ủy ban bầu cử có
            # trách nhiệm phối hợp với cơ quan, tổ chức, đơn vị trực tiếp quản lý người đó ...", composed below)
            # (under a body's heading only: the rows of a table are no one body's items; and not beside a clause naming
            # those it directs: "- Chỉ đạo các bộ phận chuyên môn, Công an xã, thôn:", luong-minh KH lấy ý kiến cử tri V.2.2)
            heading = best.doc.clause(best.clause.parent_id) if best.clause.parent_id else None
            beside = [e for e in evidence if e is not best and e.doc.id == best.doc.id
                      and e.clause.parent_id == best.clause.parent_id and e.coverage >= self.min_coverage / 2] \
                if heading is not None and heading.responsibility.lead and not best.clause.responsibility.implementers \
                and not _WORKS_WITH.search(fold(best.clause.text)) else []
            # (retrieval's order within the document, those beside it next, then other documents' clauses)
            same = [e for e in ev if e.doc.id == best.doc.id and e not in beside] if beside else list(ev)
            for e in [*same, *beside, *(e for e in ev if e not in same and e not in beside)]:
                if e is not best and (e.coverage >= best.coverage - self.role_slack or e in beside
                                      or e.clause.parent_id == best.clause.id) and \
                        (other := self._roles(intent, e, query)).partners:
                    best, r = e, other
                    break
        if intent == Intent.PARTNERS and (head := _kind_asked(query.folded)) and r.partners and \
                not any(_named_of_kind(u, head) for u in r.partners):
            # "những bộ nào phối hợp?" asks the ministries by name: "Bộ Nội vụ, Bộ Y tế có trách nhiệm phối hợp với Bộ Tài
            # chính xây dựng chiến lược đầu tư dài hạn" before "Các bộ, ngành có liên quan phối hợp tham gia với Bộ Tài
            # chính xây dựng chiến lược ..." as much on topic (NĐ 212/2025/NĐ-CP Điều 22.2 and 22.4; blind set b38-28)
            for e in ev:
                if e is not best and e.coverage >= best.coverage - self.role_slack and \
                        (other := self._roles(intent, e, query)).partners and \
                        any(_named_of_kind(u, head) for u in other.partners):
                    best, r = e, other
                    break
        if intent == Intent.CONTENT and questions().several_asked.search(query.folded) \
                and (listed := _enumeration(best)) is not None:
            # every item of a kind is asked ("những trường hợp nào"): the whole list, cited once with its items
            head, items = listed
            # "ngoài X và Y, ... còn ... gì?": the items the question names are known; the others answer
            rest = _items_not_named(items, query, self.idf)
            named = len(items) - len(rest)
            items = rest or items
            # the item found, or the one most on the question's topic, is quoted longer
            found = best.clause if best.clause in items else \
                max(items, key=lambda k: coverage(query.content_terms, k.text, self.idf))
            cites = Citations()
            n = cites.add(best.doc, head, section_text(best.doc, head))
            text = f"{_where(best.doc, head)}: {' '.join(head.text.split())} [{n}]\n{_list_text(items, found)}"
            if rest and named:
                text += f"\n(Không nhắc lại {named} mục câu hỏi đã nêu.)"
            return Answer(query.text, text, cites.items, refused=False, intent=intent.value, hits=hits)
        cites = Citations()
        n = _cite(cites, best)
        stated = stating_clause(best.doc, best.clause)
        m = cites.add(best.doc, stated, section_text(best.doc, stated)) \
            if stated is not None and stated.id != best.clause.id else None
        ref = f"[{n}]" + (f"[{m}]" if m else "")
        if intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS) and (same := self._same_answer(best, r, ev)):
            ref += f"[{_cite(cites, same)}]"
        said = _with_pieces(best, evidence[: self.top], query.folded) if intent == Intent.CONTENT else best
        text = self._compose(intent, said, r, ref, query, need, counted)
        if intent == Intent.CONTENT and f": {ref}" in text and (items := _items_introduced(best)):
            # the sentence quoted introduces the clause's items ("Hồ sơ ... bao gồm:"): they are the answer, each cited
            more = "".join(f"[{cites.add(best.doc, c, c.text)}]" for c in items)
            text = text.replace(f": {ref}", ": " + " ".join(c.text.strip() for c in items) + f" {ref}{more}", 1)
        if need is not None and intent not in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS) \
                and (same := self._same_value(best, text.split("\n", 1)[0], need, ev)) is not None:
            more = f"[{_cite(cites, same)}]"
            text = text.replace(ref, ref + more, 1)
        return Answer(query.text, text, cites.items, refused=False, intent=intent.value, hits=hits)

    def _same_value(self, best: Evidence, said: str, need: ValueNeed, ev: list[Evidence]) -> Evidence | None:
        """Another clause of the plan, nearly as on topic, that states the very value the answer gives: a text that
        repeats a rule ("Thời gian bắt đầu làm bài kiểm tra được tính sau 10 phút ...", TT 35/2025/TT-BKHCN, in both
        its inspection regulations), a plan stating a deadline in its body and again in its appendix. Cited beside the
        answer, a reader sees both places."""
        if isinstance(need, ProvinceNamed):
            return None
        found = need.search(fold(said))
        value = found.group(0).strip() if found else ""
        if not any(ch.isdigit() for ch in value):
            return None
        for e in ev:
            if e.clause.id != best.clause.id and e.doc.id == best.doc.id \
                    and e.coverage >= best.coverage - self.role_slack and value in fold(e.hit.chunk.text):
                return e
        return None

    def _same_answer(self, best: Evidence, r: Responsibility, ev: list[Evidence]) -> Evidence | None:
        """Another clause on the topic that gives the same unit the same task: a plan states a task in its body under
        the unit's heading ("6. Sở Nội vụ: - Chủ trì thực hiện rà soát, phân loại đội ngũ ...") and again as a row
        of its appendix table ("8 | Rà soát, phân loại đội ngũ ... | Sở Nội vụ"). Cited beside the answer, a reader
        sees both places."""
        lead = r.lead or r.implementers
        if not lead:
            return None
        named = lambda a, b: all(any(unit_matches(x, y) for y in b) for x in a)  # noqa: E731
        for e in ev:
            if e.clause.id == best.clause.id or e.coverage < best.coverage - self.role_slack:
                continue
            other = e.clause.responsibility.lead or e.clause.responsibility.implementers
            # the same unit, or its head ("Trưởng Ban Công tác Mặt trận thôn" of "Ban Công tác Mặt trận thôn")
            if other and (named(other, lead) or named(lead, other)):
                return e
        return None

    def _holder(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer | None:
        """"Tổ phó là ai?": the member line that ends with the position ("2. Ông Đặng Văn Quân - Chuyên viên Ủy ban
        MTTQ Việt Nam xã - Tổ phó."), in retrieval's order; the person is what precedes the first dash."""
        ends_with = re.compile(rf"[-–,]\s*{re.escape(query.holder)}\s*[.;]?$")
        # ... or a heading that opens with the person and the position after a dash, the duties run on after it: "1. Ông
        # Trần Sơn – Trưởng phòng Trưởng phòng chịu trách nhiệm lãnh đạo ..." (a notice of Phòng Kinh tế xã Nghĩa Lâm,
        # 3/2026; blind set b129)
        opens_with = re.compile(rf"^(?:\d{{1,2}}[.)]\s*)?(?:{honorific_pattern(any_case=True, folded=True)})\s+"
                                rf"(?:[a-z]+\s+){{1,4}}?[-–]\s*{re.escape(query.holder)}\b")
        for e in evidence:
            clauses = [c for c in (e.doc.clause(cid) for cid in e.hit.chunk.clause_ids) if c is not None] or [e.clause]
            for clause, line in ((c, " ".join(ln.split())) for c in clauses for ln in c.text.splitlines()):
                folded = fold(line)  # (as long as the line: its spaces are single already)
                if not ends_with.search(folded):
                    if (opening := opens_with.match(folded)) is None:
                        continue
                    line = line[:opening.end()]  # the person and the position, not the duties after them
                person = re.sub(r"^(?:\d{1,2}[.)]|[-+•])\s*", "", re.split(r"\s[-–]\s", line, maxsplit=1)[0]).strip()
                cites = Citations()
                n = cites.add(e.doc, clause, section_text(e.doc, clause))
                where = _where(e.doc, clause)
                return Answer(query.text, f"{person}. [{n}]\n{where} — “{line}”", cites.items, refused=False,
                              intent=query.intent.value, hits=hits)
        return self._holder_in_prose(query, evidence, hits)

    def _marks_clash(self, query: Query, e: Evidence) -> float:
        """The share of the topic ``e`` holds only once marks are dropped (``topic.marks_clash``); 0 for a question typed
        without marks, before reading the plan's topic words and the clause's scope."""
        if not has_diacritics(query.text):
            return 0.0
        return marks_clash(terms_for(query, e.doc), query.text, document_scope(e.doc, e.clause, e.hit.chunk.text),
                           self.idf)

    def _names_the_seat(self, query: Query, evidence: list[Evidence]) -> bool:
        """Does a clause among the best evidence that says who does something (or the passage found with it) name the
        position asked, under any of the names ``_holder_in_prose`` reads it by ("chủ tịch hội đồng": "Chủ tịch")? A
        programme's line "11h00-11h15: Phát biểu của Trưởng đoàn công tác" names the seat, not who holds it."""
        seats = (query.holder, _seat_alone(query.holder))
        texts = (" ".join(re.findall(r"[a-z0-9]+", fold(t))) for e in evidence[: self.top] if _named_lead(
            e.clause.responsibility) or e.clause.responsibility.partners for t in (e.clause.text, e.hit.chunk.text))
        return any(f" {seat} " in f" {text} " for text in texts for seat in seats)

    def _persons_sent(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer | None:
        """"cử ai tham gia Tổ Kiểm tra công vụ?" of the first on-topic clause that sends people by name: "... thống nhất
        cử ông Thạch Cảnh Minh Vũ - Phó Chánh Văn phòng ... tham gia là Tổ phó và ông Trần Quang Khải - ... tham gia là
        thành viên", or "... cử thành viên tham gia tổ kiểm tra công vụ như sau:" over "- Ông Nguyễn Đức Hải Tùng - Phó
        Chánh Văn phòng Ủy ban nhân dân tỉnh." (letters of Văn phòng UBND tỉnh Lâm Đồng and Bình Thuận; blind set
        b69)."""
        person = _person_named()
        for e in evidence[: self.top]:
            if e.coverage < self._min_coverage(query):
                continue
            text = " ".join(e.clause.text.split())
            if (sends := re.search(r"\bcử\b", text)) is None:
                continue
            named = [m.group(0).strip(" ,;.") for m in person.finditer(text, sends.end())]
            listed = [(c, m.group(0).strip(" ,;.")) for cid in e.clause.children if (c := e.doc.clause(cid)) is not None
                      and (m := person.match(re.sub(r"^[-+•]\s*", "", " ".join(c.text.split()))))]
            if named or listed:
                cites = Citations()
                refs = [_cite(cites, e), *(cites.add(e.doc, c, section_text(e.doc, c)) for c, _ in listed)]
                people = "; ".join(dict.fromkeys([*named, *(who for _, who in listed)]))
                marks = "".join(f"[{n}]" for n in dict.fromkeys(refs))
                return Answer(query.text, f"{people}. {marks}\n{_where(e.doc, e.clause)} — “{text}”", cites.items,
                              refused=False, intent=query.intent.value, hits=hits)
        return None

    def _holder_in_prose(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer | None:
        """"ai giữ ghế phó chủ tịch?" of a sentence naming who takes a seat, in the first on-topic clause that has one:
        "a) Chủ tịch Hội đồng là đại diện lãnh đạo Phòng Quản lý Môi trường ..." (the words after "là"), or "Hội đồng
        do người có thẩm quyền ... làm Chủ tịch, Giám đốc Sở Nông nghiệp và Môi trường làm Phó Chủ tịch" (the words
        between the previous comma and "làm <position>")."""
        seat = _seat_alone(query.holder)
        named = rf"(?:{re.escape(query.holder)}|{re.escape(seat)})"
        # (or after a colon: "... kiện toàn Ban Chỉ đạo ... gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; Phó Trưởng Ban
        # ...", KH 1026/KH-UBND Nghệ An II.5)
        # (or as a label: "1. Chủ tịch Hội đồng: Ông Cao Thanh Thương, Giám đốc Sở Nông nghiệp và Môi trường.", a Gia Lai
        # decision of 2026 renewing a council; blind set b68)
        is_seat = re.compile(rf"(?:^|:\s*)(?:[a-zđ0-9]{{1,2}}[.)]\s*)?{named}(?:(?: [a-z]+){{0,3}}? la (?!ai\b)|\s*:\s*(?=\S))")
        # ("cử ông Thạch Cảnh Minh Vũ - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh tham gia là Tổ phó", a Lâm Đồng office's
        # letter of 8/2025; blind set b69)
        takes = re.compile(rf"(?<!pho )\b(?:lam|giu chuc|tham gia (?:la|lam)|voi tu cach la) {named}\b")
        for e in evidence:
            for sent in sentences(e.clause.text):
                folded = fold(sent)  # as long as ``sent``: positions carry over
                if (m := is_seat.search(folded)) is not None:
                    person = sent[m.end():].split(";", 1)[0].strip(" .;")
                elif (m := takes.search(folded)) is not None:
                    start = max(folded.rfind(",", 0, m.start()), folded.rfind(":", 0, m.start())) + 1
                    # "Hội đồng do X làm ...", "... thống nhất cử ông X - ... tham gia là Tổ phó"
                    who = re.sub(rf"^.{{0,200}}?\b(?:do|cu)\s+(?=(?:{honorific_pattern(folded=True)})\b)|^.{{0,40}}?\bdo\s+",
                                 "", folded[start:m.start()]).strip()
                    person = sent[:m.start()].rstrip()[-len(who):] if who else ""
                else:
                    continue
                if person:
                    cites = Citations()
                    n = _cite(cites, e)
                    return Answer(query.text, f"{person[0].upper()}{person[1:]}. [{n}]\n{_where(e.doc, e.clause)} — "
                                  f"“{sent.strip(' -')}”", cites.items, refused=False, intent=query.intent.value,
                                  hits=hits)
        return None

    def _unit_after(self, query: Query, evidence: list[Evidence], hits: list[Hit], pattern: re.Pattern,
                    direct: re.Pattern | None = None, label: str | None = None) -> Answer | None:
        """The unit a clause names right after ``pattern``, from the first on-topic clause that names one: where
        something is sent ("vướng mắc thì phản ánh qua sở nào?": "phản ánh về Ủy ban nhân dân thành phố (qua Sở Nội
        vụ)"), who proposed it ("... dựa trên đề nghị của những ai?": "trên cơ sở đề nghị của Giám đốc Sở ...")."""
        variants_of: dict[str, list[list[str]]] = {}
        asked = set(query.folded.split())
        fallback: Answer | None = None  # a body of another level than the one asked, if none of that level is named
        # the question's own verb first, in any clause: "đơn ... thì tổ chức nộp ở đâu?" is "... nộp tại Ban Tiếp công
        # dân - Nội chính ..." (QĐ 138 Đồng Tháp Quy chế Điều 3.1.b; eval/external b16-01), not the "Hoàn chỉnh hồ sơ
        # trình Chủ tịch ..." of a clause retrieval ranks above it
        ask = questions().recipient_where.search(query.folded)
        verbs = set(query.folded[:ask.start()].split()[-2:]) if ask else set()  # "... tổ chức nộp ở đâu": "nop"
        # ... and where it asks by a preposition, one of its kind ("gửi đề xuất đến đâu?" is "gửi đề xuất đến cơ quan chủ
        # trì soạn thảo", not "đề xuất với Chủ tịch ...", QĐ 81/2025 Bắc Ninh Điều 7.4; questions.toml [recipient])
        kinds = questions().recipient_prepositions
        to = next((k for k in kinds if ask and ask.group(0).split()[0] in k), None)
        prepositions = frozenset().union(*kinds)
        # (the passes with and without the question's own verb read the same sentences: each clause's order and each
        # sentence's matches are worked out once)
        ordered: dict[str, list[str]] = {}
        matched: dict[str, list[tuple[re.Match, tuple[str, int]]]] = {}
        for e, own_verb in [(e, own) for own in (True, False) if verbs or not own for e in evidence]:
            if e.clause.id not in ordered:
                # its sentence on the question's topic first: "... nộp hồ sơ ... cho đơn vị quản lý cuối cùng. Trường
                # hợp đơn vị quản lý cuối cùng không còn tồn tại thì người lao động nộp hồ sơ cho cơ quan quản lý cấp
                # trên trực tiếp"; the case a condition opens ("Trường hợp ... thì") only where the question states it
                variants = _variants(query, e.doc, variants_of)
                ordered[e.clause.id] = sorted(sentences(e.clause.text), key=lambda x: (
                    _condition_unmet(x, query), -variant_coverage(variants, x, self.idf)))
            for sent in ordered[e.clause.id]:
                m = unit = None
                for read in dict.fromkeys((sent, _without_asides(sent))):
                    # of several matches, the one in the question's words ("chữ ký của" before "ký nháy của" for "...
                    # phải có đủ chữ ký của những ai?", TT 35/2025 Quy chế Điều 8.8.a)
                    if read not in matched:
                        matched[read] = [(x, u) for x in pattern.finditer(read) if (u := _unit_or_party(read, x.end())
                                         or _object_unit(read, x.end()) or _party_after(read, x.end())
                                         or _members_after(read, x.end())
                                         or (_unit_past_means(read, x.end()) if pattern is roles().recipient else None))
                                         is not None]
                    found = matched[read]
                    if own_verb:
                        found = [f for f in found if (said := fold(f[0].group(0)).split())[0] in verbs
                                 and (to is None or said[-1] not in prepositions or said[-1] in to)]
                    m, unit = max(found, key=lambda f: sum(w in asked for w in fold(f[0].group(0)).split()),
                                  default=(None, None))
                    if unit is not None:
                        break
                if unit is None and direct is not None:
                    # a unit right after ``direct``: "..., gửi Bộ Nông nghiệp và Môi trường, Bộ Tài chính để tổng hợp"
                    # (TB 623/TB-VPCP III.6)
                    read = sent
                    m, unit = next(((d, u) for d in direct.finditer(sent) if (u := unit_phrase_at(sent, d.end()))
                                    and (not own_verb or fold(d.group(0)).split()[0] in verbs)), (None, None))
                if unit is None:
                    continue
                cites = Citations()
                n = _cite(cites, e)
                where = _where(e.doc, e.clause)
                said = read[m.start():m.end()].split()
                # "nộp hồ sơ theo quy định tại Điều 36 ... kèm theo đơn đề nghị ... cho <unit>": "Nộp hồ sơ … cho"; a
                # relation's own label where it has one ("trên cơ sở báo cáo, đề xuất của": "Theo đề nghị, đề xuất của")
                short = " ".join(said).capitalize() if len(said) <= _LABEL_WORDS else \
                    (label or f"{' '.join(said[:3])} … {said[-1]}".capitalize())
                text = f"{short}: {unit[0]}. [{n}]\n{where} — “{sent.strip(' -')}”."
                answer = Answer(query.text, text, cites.items, refused=False, intent=query.intent.value, hits=hits)
                if not _other_level(unit[0], query.folded):
                    return answer
                fallback = fallback or answer
        return fallback

    def _decider(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer | None:
        """"ai xem xét, quyết định?": in the first on-topic clause that names one, the unit a matter is referred to
        ("... báo cáo Hội đồng Quản lý Quỹ xem xét, quyết định") or the unit right before the deciding verb ("Bộ
        trưởng Bộ Nông nghiệp và Môi trường quyết định xuất, cấp thuốc ..."); its sentences on the question's topic
        first."""
        lex = roles()
        for e in evidence:
            # (whole sentences, to their full stops: their cases are weighed by _cases_asked_first)
            parts = sorted(split_sentences(" ".join(e.clause.text.split()), ".!?"),
                           key=lambda x: -coverage(query.content_terms, x, self.idf))
            parent = e.doc.clause(e.clause.parent_id) if e.clause.parent_id else None
            if parent is not None and parent.text.rstrip().endswith(":"):
                # a case listed under a lead-in that decides: "2. Các cơ quan chuyên môn ... quyết định phê duyệt phương
                # án xử lý tài sản đối với: ... b) Tài sản do Thủ trưởng các cơ quan ... ra quyết định tịch thu" (QĐ 123
                # Huế Điều 3.2.b): the lead-in's unit decides; the case's own verbs say what the case is
                parts = [sentences(parent.text)[-1], *parts]
            label = label_of(e.clause.text)
            whole = " ".join((e.clause.text[label.end:] if label else e.clause.text).split())
            if delegated_to(whole, True):
                parts = [whole, *parts]  # the power and its delegate may sit in different parts of the sentence
            for sent in (piece for part in parts for piece in self._cases(part, query, e.clause)):
                found = _decider_in(sent, lex.decider_verb, lex.decider_refer) or _own_decision(e.clause, sent)
                if found is None:
                    continue
                cites = Citations()
                n = _cite(cites, e)
                # (the verb as it reads after a name: "... Chủ tịch công ty phê duyệt", not the item's "Phê duyệt")
                text = f"{found[0]} {found[1][:1].lower()}{found[1][1:]}. [{n}]\n{_where(e.doc, e.clause)} — “{sent.strip(' -')}”"
                return Answer(query.text, text, cites.items, refused=False, intent=query.intent.value, hits=hits)
        return None

    @staticmethod
    def _cases(sentence: str, query: Query, clause: Clause) -> list[str]:
        """The sentence, or its cases the question's first (``_cases_asked_first``) when two or more of them name
        who decides: "... do Chánh Văn phòng Trung ương Đảng quyết định; tại lưu trữ lịch sử của Đảng ở cấp tỉnh do
        thường trực tỉnh ủy quyết định." (a delegation's parts stay together: "Ủy ban nhân dân thành phố phân cấp thẩm
        quyền quyết định thanh lý ...; ... cho Ủy ban nhân dân cấp xã")."""
        cases = _cases_asked_first(sentence, query.folded)
        lex = roles()
        deciding = [c for c in cases[:-1] if _decider_in(c, lex.decider_verb, lex.decider_refer)
                    or _own_decision(clause, c)]
        return cases if len(deciding) >= 2 else [sentence]

    def _sentence_roles(self, e: Evidence, query: Query) -> Responsibility:
        """The roles of the sentence that answers the question, when the clause assigns several tasks to several
        units ("... giao Sở Tài chính chủ trì ...; giao Sở Nông nghiệp và Môi trường rà soát ..."); else the
        clause's own (or inherited) responsibility."""
        r = e.clause.responsibility
        text = e.hit.chunk.text if len(e.hit.chunk.clause_ids) == 1 else e.clause.text  # the piece that was found
        if e.clause.kind == "table_row" and query.intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS) and \
                (field := _row_label_asked(e.clause.text, query.folded)) is not None:
            # a row's label the question names: its bodies, not the row's lead ("Cơ quan chủ trì thẩm tra: ..." of a
            # programme's row whose lead is its "Cơ quan trình"; NQ 105/2025 Phụ lục II; blind set b79-01)
            label, bodies = field
            partners = questions().row_label_partners.search(fold(label)) is not None
            if {unit_key(u) for u in bodies} == {unit_key(u) for u in (r.partners if partners else r.lead)}:
                return r  # the label the row's own roles come from ("Cơ quan chủ trì: ...")
            if partners:
                return Responsibility(lead=list(r.lead), partners=bodies, deadline=r.deadline)
            return Responsibility(lead=bodies, deadline=r.deadline)
        if e.clause.kind == "table_row" and r.lead and query.intent == Intent.LEAD and \
                questions().asks_who.search(query.folded):
            # "... do sở nào chủ trì tham mưu?" of a row whose lead column names it: the row's task cell ("Yêu cầu các đơn
            # vị lắp đặt và vận hành hệ thống ...") says whom the task is aimed at, not who leads it (KH Chỉ thị 11 Lào
            # Cai, appendix row 5; tune-fresh27 t27-43)
            return r
        if questions().delegate_asked.search(query.folded):
            # "phân cấp ... cho cơ quan nào?" asks the delegate, whom the clause names after "cho" past every part of
            # its sentence: not the body that hands the power on (QĐ 209/2025/QĐ-UBND Hải Phòng Điều 2.1; b26-31)
            return r
        pieces = _pieces(text) if query.action else []
        if pieces and (r.lead or len({unit_key(a) for p in pieces if (a := _agent_asked(p, query))}) < 2):
            # "ai lập phương án xử lý?" of "... cơ quan chuyên môn về tài chính thuộc Ủy ban nhân dân phường, xã ... lập
            # theo Mẫu số 05-PA, trình Chủ tịch Ủy ban nhân dân ... quyết định phê duyệt": the unit before that verb.
            # (Of a clause with no lead whose cases name several ("... do cơ quan tài chính địa phương xác định; đối
            # với ... do cơ quan tài chính của bộ, ngành xác định", NĐ 158/2025 Điều 10.4.a), the clause is quoted.)
            for piece in sorted(pieces, key=lambda x: (not condition_met(x, query.folded),
                                                       -coverage(query.content_terms, x, self.idf)))[:2]:
                agent = _agent_asked(piece, query)
                if agent and not any(unit_matches(agent, u) for u in r.lead):
                    # reported as who does it ("... thực hiện"): the sentence says who acts, not who leads a task; also
                    # of a clause that has no lead ("... do Thủ trưởng cơ quan, đơn vị quản lý", QĐ 99 Nghệ An 13.1)
                    # (with the lead that directs it to: "3. Đề nghị Sở Công Thương / Chỉ đạo lực lượng Quản lý thị
                    # trường tăng cường kiểm tra ..." is the department's task, the market police doing the checks; a
                    # letter of Sở NN&MT Gia Lai, 8/2026; blind set b132-14)
                    directed = any(unit_matches(agent, u) for u in r.implementers)
                    return Responsibility(lead=list(r.lead) if directed else [], implementers=split_units(agent),
                                          deadline=r.deadline)
        if query.intent in (Intent.LEAD, Intent.IMPLEMENTERS) and r.lead and \
                (piece := self._piece_of_another_subject(text, query, r)) is not None:
            return piece
        if len(sentences(e.clause.text)) < 2 or len(split_sentences(e.clause.text, ".!?")) < 2:
            # one sentence: the parser read it whole, with the unit heading above it as the subject of a part that has
            # none ("Điều 3. Giao Giám đốc Công an tỉnh thực hiện các nhiệm vụ sau: / c) Phối hợp với Chánh Văn phòng
            # Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức niêm yết ...", QĐ 2682/QĐ-UBND Vĩnh
            # Long; eval/external b19-13, a set kept outside the repo)
            return r
        best = best_sentences(text, query.content_terms, None, 1, self.idf, query.folded)
        if not best:
            return r
        if len(r.lead) > 1 and leading_subject(best[0]) is not None and \
                (piece := extract_from_text(best[0], context=None)).lead and \
                all(any(unit_matches(u, v) for v in r.lead) for u in piece.lead):
            # one of a clause's several leads is the subject of the piece on the topic: "Bộ Nông nghiệp và Môi trường
            # chủ trì, phối hợp ... hướng dẫn nội dung tiêu chí 2.4.2;" among a line for each ministry (QĐ
            # 42/2025/QĐ-TTg Điều 2.3.a; blind set b79-07)
            return Responsibility(lead=piece.lead, partners=piece.partners or list(r.partners),
                                  deadline=piece.deadline or r.deadline)
        # the whole sentence (to its full stop) the best piece belongs to: "X có trách nhiệm chủ trì ...; cấu hình ..."
        whole = next((s for s in split_sentences(text, ".!?") if best[0] in s), best[0])
        if r.lead and _LEADS_UNNAMED.match(whole):
            # the clause's lead is the subject of a sentence that opens "Chủ trì" naming none ("Chủ trì, phối hợp Bộ Công
            # an tham mưu cơ chế chấm điểm ...; Chính phủ, Thủ tướng Chính phủ hằng tháng xem xét ...": TB 624 appendix
            # II, the Bộ KH&CN row 2)
            return r
        if _unit_headed(e.clause.text) and (r.lead or r.advisers):
            # "6. Sở Nội vụ: Tham mưu UBND tỉnh theo dõi, đôn đốc, hướng dẫn Sở, ban, ngành, ...; các xã, phường và đơn vị
            # thuộc tỉnh tổ chức triển khai ...; thẩm định, đề xuất ...": the unit before the colon does every part;
            # those after its verbs are whom it guides (KH 0125/KH-UBND Đắk Lắk VI.6, eval/external b10-17)
            return r
        if r.lead and any(unit_matches(subject, u) for subject in _piece_subjects(best[0]) for u in r.lead):
            # the piece on the topic opens with the clause's lead: not the subject of a later part of its sentence
            # ("Cục Lâm nghiệp và Kiểm lâm xây dựng phương án thành lập ...; trong thời hạn 05 ngày ..., cơ quan, đơn vị
            # được lấy ý kiến có trách nhiệm trả lời bằng văn bản;", NĐ 42/2026/NĐ-CP Điều 2, its Điều 9.2.b; b106-17)
            return r
        own = extract_from_text(whole, context=None)
        if not (own.lead or own.implementers or own.advisers) or own.lead == r.lead:
            return r
        if r.lead and own.lead and all(leads_by_role(u) for u in own.lead):
            return r  # "cơ quan chủ trì có trách nhiệm ..." in a clause of a unit: that unit (Chỉ thị 010 Đắk Lắk I.1.b)
        if r.lead and own.lead and all(any(unit_matches(u, v) for v in r.implementers) for u in own.lead):
            # whom the clause's lead asks or directs, read alone as leading: "1. Yêu cầu nhà đầu tư nước ngoài, thành
            # viên, bên đi vay trong nước ghi rõ mục đích chuyển tiền ...; cung cấp ..." under "Điều 10. Trách nhiệm của
            # Ngân hàng cung ứng dịch vụ thanh toán qua tài khoản" (TT 72/2025/TT-NHNN; blind set b114-24)
            return r
        own.deadline = own.deadline or r.deadline
        if not own.lead and r.lead and not own.advisers and not own.partners:
            own.lead = list(r.lead)  # "Chỉ đạo các bộ phận chuyên môn, Công an xã ...": they do it, the clause's unit leads
        return own

    def _piece_of_another_subject(self, text: str, query: Query, r: Responsibility) -> Responsibility | None:
        """The roles of the piece on the question's topic when a clause's pieces (cut at semicolons) each open with a
        body of their own that leads: "Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện về quản lý trật tự xây dựng
        ... theo phạm vi quản lý; Ủy ban nhân dân cấp xã chịu trách nhiệm toàn diện về quản lý trật tự xây dựng trên
        địa bàn theo phân cấp của Ủy ban nhân dân cấp tỉnh" for "... ở địa bàn xã thì ai chịu trách nhiệm toàn diện theo
        phân cấp của tỉnh?" (Luật Xây dựng 135/2025/QH15 Điều 47.3; blind set b115-19). The parser gives the clause its
        first body; another piece's body answers only when its piece holds more of the question than the first's."""
        led = [(p, own) for p in _pieces(text) if _piece_subjects(p)
               and (own := extract_from_text(p, context=None)).lead]
        if len(led) < 2 or len({unit_key(own.lead[0]) for _, own in led}) < 2:
            return None
        on_topic = {p: (condition_met(p, query.folded), coverage(query.content_terms, p, self.idf)) for p, _ in led}
        # (by the names' keys: "Ủy ban nhân dân cấp xã" matches "Ủy ban nhân dân cấp tỉnh" as a unit named loosely)
        leads = {unit_key(u) for u in r.lead}
        first = max((on_topic[p] for p, own in led if unit_key(own.lead[0]) in leads), default=None)
        best, own = max(led, key=lambda po: on_topic[po[0]])
        if first is None or on_topic[best] <= first or unit_key(own.lead[0]) in leads:
            return None
        return Responsibility(lead=own.lead, partners=own.partners, deadline=own.deadline or r.deadline)

    def _roles(self, intent: Intent, e: Evidence, query: Query) -> Responsibility:
        """Who does what in ``e`` for a question of ``intent``: the roles of its sentence on the topic for a who- or
        when-question (and the partners that sentence names), else the clause's own."""
        if intent not in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE):
            return e.clause.responsibility
        r = self._sentence_roles(e, query)
        if intent == Intent.PARTNERS and questions().asks_consulted.search(query.folded):
            # whose agreement or opinion is asked: those the sentence names after "thống nhất với", "ý kiến ... của",
            # not those it works with (questions.toml [partners_vs_lead] asks_consulted)
            consulted = self._partners_in_sentence(e, query, r, questions().consulted)
            if consulted is not r:
                return consulted
        return self._partners_in_sentence(e, query, r) if intent == Intent.PARTNERS and not r.partners else r

    def _partners_in_sentence(self, e: Evidence, query: Query, r: Responsibility,
                              said: re.Pattern = _WITH_PARTNER) -> Responsibility:
        """"... phối hợp với ai?" about a detail of a clause: the units after "phối hợp (chặt chẽ) với" in its sentence
        on the question's topic ("...; phối hợp với Đảng uỷ Bộ Tài chính hướng dẫn xử lý về trụ sở cấp uỷ sau sắp
        xếp"), the clause's lead leading; the clause's roles when no sentence names one."""
        text = e.hit.chunk.text if len(e.hit.chunk.clause_ids) == 1 else e.clause.text
        partners: list[str] = []
        # the best sentence, and the others of the same task that name partners on its topic ("Chủ trì, phối hợp
        # với Bộ Tài chính xây dựng Đề án ... Trong quá trình xây dựng Đề án, cần phối hợp chặt chẽ với Bộ Giáo dục
        # và Đào tạo ...; phối hợp với Bộ Ngoại giao ...", TB 624 appendix row 7)
        for sent in best_sentences(text, query.content_terms, said, 3, self.idf, query.folded):
            for piece in re.split(r";\s*", sent):  # the part of the sentence on the topic
                m = said.search(fold(piece))
                if m is None:
                    continue
                rest = roles().manner.sub("", piece[m.end():].lstrip())  # "chặt chẽ với Sở Tài chính ..."
                found = unit_phrase_at(rest)
                if found is not None and (coverage(query.content_terms, piece, self.idf) > 0 or partners):
                    partners += [u for u in split_units(found[0]) if u not in partners]
        if partners:
            return Responsibility(lead=list(r.lead), partners=partners, implementers=list(r.implementers),
                                  deadline=r.deadline)
        return r

    def _compose(self, intent: Intent, e: Evidence, r: Responsibility, ref: str, query: Query,
                 need: ValueNeed | None, counted: re.Pattern | None = None) -> str:
        """The answer's text from the clause ``e``; ``counted``: what a count question counts (``counted_asked``)."""
        where = _where(e.doc, e.clause)
        task = e.clause.title
        lead = r.lead or r.implementers
        # faithful to the plan's wording: "Đơn vị thực hiện: X" is reported as "X thực hiện"
        lead_word = "chủ trì" if r.lead and r.lead != r.implementers else "thực hiện"
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and _by_whom(own := _own_statement_asked(query, need)) \
                and own.search(fold(e.hit.chunk.text)):
            # "Ai thẩm định dự thảo QĐ 44/2025 ...?": the preamble's sentence naming who did ("ý kiến thẩm định của Giám
            # đốc Sở Tư pháp tại Báo cáo số 136/BC-STP ..."; blind set b61-01), not who issues the decision
            said = best_sentences(e.hit.chunk.text, query.content_terms, own, 1, self.idf, query.folded)
            return f"{where}: {said[0] if said else task} {ref}"
        asked = _partners_asked(r, query) if intent == Intent.PARTNERS and lead else []
        if asked:
            # "Công an tỉnh phối hợp với những ai?" of "c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy
            # ban nhân dân các xã, phường tổ chức niêm yết ..." under its heading: those it works with lead
            others = [u for u in r.partners if u not in asked]
            head = f"{_join(asked)} phối hợp với {_join(lead)} ({lead_word})"
            if others:
                head += f" và {_join(others)}"
            return f"{head}. {ref}\n{where} — “{task}”."
        if intent == Intent.PARTNERS and r.partners:
            head = f"Đơn vị phối hợp: {_join(r.partners)}"
            if lead:
                head += f" (đơn vị {lead_word}: {_join(lead)})"
            return f"{head}. {ref}\n{where} — “{task}”."
        dated = [x for x in sentences(e.clause.text) if need is not None and need.search(fold(x))]
        # a date that cites a law ("Luật Tổ chức chính quyền địa phương ngày 16/6/2025") sets no deadline
        if need in (DATE, DAY):
            dated = [x for x in dated if extract_deadline(x)] or dated
        several = len(dated) > 1 or (len(dated) == 1 and _values_in(fold(dated[0]), need) > 1)
        if need is not None and (field := _deadline_field(e.clause.text, r.deadline)) is not None:
            # a row's own field ("Thời hạn: 31/10/2025") is its deadline; the dates of its "Kết quả thực hiện: - Ngày
            # 05/11/2025, VPCP có VB ..." are of what was done (TB 624/TB-VPCP, Phụ lục II, row 20)
            several = _values_in(fold(field), need) > 1
        if intent == Intent.DEADLINE and need is not None and (several or not _deadline_states(r, need)):
            # several dates in the clause (or none in its stated deadline): quote the sentence on the topic ("Trong thời
            # hạn 15 ngày làm việc ... trường hợp phải xác minh ... được kéo dài nhưng không quá 45 ngày", NĐ 158 Điều 29.2)
            # (the two best when several state one: the question's circumstance may be either's)
            sents = best_sentences(e.clause.text, query.content_terms, need, 2 if several else 1, self.idf,
                                   query.folded)
            return f"{' '.join(sents)} {ref}\n{where}."
        if intent == Intent.DEADLINE and r.deadline:
            s = f"Thời gian thực hiện: {r.deadline}"
            # the task's own words may set a time besides its deadline field: "... Hoàn thành trong tháng 9/2025" in a
            # row whose deadline column reads 30/09/2025 (TB 624/TB-VPCP, appendix I row 7): both are said
            own = [x for x in sentences(e.clause.text) if not is_attribute_line(x.lstrip("-+• "))
                   and fold(r.deadline) not in fold(x) and extract_deadline(x)] if any(c.isdigit() for c in r.deadline) else []
            if own:
                on_topic = max(own, key=lambda x: coverage(query.content_terms, x, self.idf))
                s += f" (nội dung nhiệm vụ ghi: “{extract_deadline(on_topic)}”)"
            if lead:
                s += f"; đơn vị {lead_word}: {_join(lead)}"
            if not any(c.isdigit() for c in r.deadline):
                # "Hàng năm" as the field, "(trước ngày 11/12)" in the sentence on the topic: quote the day too
                sent = best_sentences(e.clause.text, query.content_terms, DAY, 1, self.idf, query.folded)
                if sent and DAY.search(_without_cited_dates(sent[0])):
                    return f"{sent[0]} ({s[0].lower()}{s[1:]}). {ref}\n{where}."
                # ... or the month or quarter it sets ("Hằng năm, tiến hành rà soát ... và báo cáo cấp trên trực tiếp
                # ... trong Quý II, chậm nhất tháng 6.", HD 45-HD/BTCTW XVII.4.2), not a date some cited text bears
                dated = [x for x in sentences(e.clause.text) if _DATED.search(_without_cited_dates(x))]
                on_topic = max(dated, key=lambda x: coverage(query.content_terms, x, self.idf), default="")
                if on_topic and coverage(query.content_terms, on_topic, self.idf) > 0:
                    return f"{' '.join(on_topic.split())} ({s[0].lower()}{s[1:]}). {ref}\n{where}."
                # ... or the moment of the week it is due at, of those its sentence sets: "hướng dẫn ... mẫu báo cáo hàng
                # tuần trước 15:00 ngày thứ Sáu hàng tuần ..., kịp thời báo cáo Thủ tướng Chính phủ vào 15:00 ngày Chủ
                # nhật hàng tuần" (Công điện 229/CĐ-TTg mục 4; blind set b20-07) answers "VPCP báo cáo Thủ tướng vào
                # thời điểm nào?" with the second
                moment = _moment_on_topic(e.clause.text, query.content_terms, self.idf)
                if moment:
                    return f"“{moment}” ({s[0].lower()}{s[1:]}). {ref}\n{where}."
            return f"{s}. {ref}\n{where} — “{task}”."
        if intent == Intent.DEADLINE and not r.deadline:
            # asked when, of a clause with no deadline of its own: the sentence on the topic stating a time ("Kế hoạch
            # chuyển đổi cơ cấu cây trồng ... thời gian ban hành trước ngày 30 tháng 12 năm trước của năm kế hoạch",
            # QĐ 5042/QĐ-BNNMT I.1.a), not who leads it
            # (with the run it belongs to: "Cấp cơ sở là tháng 4/2030; cấp trên trực tiếp cơ sở ... là tháng 6/2030; ...")
            sents = list(dict.fromkeys(_with_its_run(e.hit.chunk.text, x) for x in best_sentences(
                e.hit.chunk.text, query.content_terms, need or DATE, 1, self.idf, query.folded)))
            who = f"\n(Đơn vị {lead_word}: {_join(lead)})" if lead and e.clause.is_task else ""
            return f"{' '.join(sents)} {ref}\n{where}.{who}"
        if intent == Intent.PARTNERS and not r.partners and questions().asks_with_whom.search(query.folded):
            said = best_sentences(e.hit.chunk.text, query.content_terms, _WITH_WHOM, 1, self.idf, query.folded)
            if said and _WITH_WHOM.search(fold(said[0])):
                # asked who partners, and the sentence on the topic names them in words the parser read no unit in
                # ("... có trách nhiệm phối hợp với cơ quan, tổ chức, đơn vị trực tiếp quản lý người đó hoặc Ủy ban nhân
                # dân xã nơi người đó cư trú": KH lấy ý kiến cử tri Lương Minh IV.3): the sentence, not the lead alone
                return f"{where}: {said[0]} {ref}"
        if intent in (Intent.LEAD, Intent.PARTNERS, Intent.IMPLEMENTERS, Intent.DEADLINE, Intent.UNIT_TASKS) and (lead or r.advisers):
            if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and len(lead) > 1 and \
                    (part := _lead_of_part(e.clause.text, lead, query.content_terms, self.idf, query.folded)) is not None:
                # each lead leads a part of the task: the part the question names ("NQ 109 phụ lục III: phát triển kinh
                # tế ban đêm giao bộ nào chủ trì?" of "... 5. Bộ Văn hóa, Thể thao và Du lịch: chủ trì kinh tế ban
                # đêm. ...", NQ 109/NQ-CP Phụ lục III row 51; blind set b29-27)
                named, said = part
                return f"{_join(named)} {lead_word}. {ref}\n{where} — “{said}”."
            parts = role_parts(r, lead, lead_word, implementers=True)
            quoted = _naming_sentence(e.clause, [*lead, *r.advisers], lambda x: coverage(query.content_terms, x, self.idf),
                                      query.folded) or task
            return f"{'; '.join(parts)}. {ref}\n{where} — “{quoted}”."
        if intent in (Intent.LEAD, Intent.IMPLEMENTERS) and r.partners and need is None:
            # "2. Sở Tài chính / b) Phối hợp cung cấp thông tin về quy hoạch ..." (QĐ 27 Thái Nguyên, Điều 4.2.b): the
            # task names who takes part, not who leads it
            # quoted on the question's topic: the sentence shows who acts where the parser found no lead
            said = best_sentences(e.clause.text, query.content_terms, None, 1, self.idf, query.folded)
            return f"{NO_LEAD_NAMED}; {_join(r.partners)} phối hợp thực hiện. {ref}\n{where} — “{said[0] if said else task}”."
        if intent == Intent.TARGET or need is not None:
            pat = need or PERCENT
            counted = counted if need is not None else thing_counted(query)
            if counted is not None and counted.search(fold(e.hit.chunk.text)):
                pat = counted  # the sentence counting what is asked
            sents = best_sentences(e.hit.chunk.text, query.content_terms, pat, 1, self.idf, query.folded)
            if need is not None and not need.search(fold(e.hit.chunk.text)) and _lead_in_states(e.clause, need):
                sents = [" ".join(e.clause.heading_trail[-1].split()), *sents]  # the sum its lead-in sets, then the item
            return f"{' '.join(sents)} {ref}\n{where}."
        if intent == Intent.SUMMARY:
            body = e.hit.chunk.text
            body = body if len(body) <= self.summary_chars else body[: self.summary_chars - 3].rsplit(" ", 1)[0] + "…"
            return f"{where}: {body} {ref}"
        # content: the clause's sentences that answer the question, in its own words, and who leads the task; of a
        # statement the document makes of itself, the sentence making it ("Theo đề nghị của Sở Xây dựng Hà Nội tại văn
        # bản số ..." of a preamble whose grounds share more of the question's words; blind set b59-21)
        best = best_sentences(e.hit.chunk.text, query.content_terms, _own_statement_asked(query, need), 2, self.idf,
                              query.folded)
        if e.clause.kind == "table_row" and len(e.clause.text) <= _RUN_CHARS:
            # a row is read whole, its cells after their headers: "Sông Hoàng Mai / Phạm vi tuyến sông (kênh): Từ cửa
            # Lạch Cờn đến Cầu Tây / ... / Phạm vi địa giới hành chính: Nghệ An" answers "... giao tỉnh nào?" in its last
            # cell (TT 09/2026/TT-BXD Phụ lục III; blind set b82-25)
            best = ["; ".join(line.strip() for line in e.clause.text.splitlines() if line.strip())]
        sents = list(dict.fromkeys(_with_its_run(e.hit.chunk.text, x) for x in best))
        if sents and sents[-1].endswith(":") and (follows := _what_follows(e.clause.text, sents[-1])):
            sents[-1] = follows  # the chunk, a piece of a long clause, ended at the colon
        who = f"\n(Đơn vị {lead_word}: {_join(lead)})" if lead and e.clause.is_task else ""
        return f"{where}: {' '.join(sents)} {ref}{who}"

    def _compare(self, query: Query, evidence: list[Evidence], hits: list[Hit]) -> Answer:
        cites = Citations()
        lines: list[str] = []
        seen_docs: set[str] = set()
        top = max(e.coverage for e in evidence)
        need = value_asked(query)  # the value asked ("trước bao lâu", "bao nhiêu %"), quoted where a clause states it
        for e in evidence:
            # (plans compared side by side by a figure: each plan's clause must be on the topic as a value's is)
            if e.doc.id in seen_docs or e.coverage < max(self.value_min_coverage, top - self.compare_slack):
                continue
            seen_docs.add(e.doc.id)
            n = _cite(cites, e)
            pat = need if need is not None and _holds_value(e.hit.chunk.text, need) else \
                PERCENT if query.intent in (Intent.TARGET, Intent.COMPARE) and "%" in e.hit.chunk.text else None
            detail = " ".join(_sentences_with(e.hit.chunk.text, pat, 1)) if pat else e.clause.title
            place = e.doc.meta.province or e.doc.meta.issuer
            lines.append(f"- {place} ({e.doc.meta.issuer}, {section_name(e.clause)}): {detail} [{n}]")
        text = "Các kế hoạch có nội dung này:\n" + "\n".join(lines)
        return Answer(query.text, text, cites.items, refused=False, intent=query.intent.value, hits=hits)

    def refusal(self, query: Query, hits: list[Hit]) -> Answer:
        text = REFUSAL
        if query.unknown_provinces and not query.provinces and not self._names_place(query, self.evidence(query, hits)):
            text = not_indexed(query.unknown_provinces)
        return Answer(query.text, text, [], refused=True, intent=query.intent.value, hits=hits)


def combine_per_plan(question: str, parts: list[tuple[str, Answer]], intent: str) -> Answer:
    """One answer from per-plan answers ("ở Hải Dương và ở Đồng Tháp"), citations renumbered in order."""
    lines: list[str] = []
    citations: list[Citation] = []
    for place, ans in parts:
        offset = len(citations)
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", ans.text)
        for c in ans.citations:
            citations.append(Citation(**{**c.__dict__, "n": c.n + offset}))
        if ans.refused:  # a side the plans do not cover says so
            text = "các kế hoạch đã nạp không nêu nội dung này." if not ans.text.startswith("Không có trong kế hoạch: chưa") \
                else ans.text.split(": ", 1)[1]
        lines.append(f"- {place}: {text}")
    refused = all(a.refused for _, a in parts)
    # interleave the plans' hits so each plan's best clauses rank near the top of the evidence list
    hits = [h for group in zip_longest(*(a.hits for _, a in parts)) for h in group if h is not None]
    return Answer(question, "\n".join(lines), citations, refused=refused, intent=intent, hits=hits)
