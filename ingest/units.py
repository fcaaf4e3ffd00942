"""Unit names in text: where a unit phrase starts and ends, and how a list of units splits into names.

A unit phrase starts with a HEAD word from the lexicon ("Sở", "Ủy ban", "Bộ Chỉ huy", "Giám đốc", "các sở") and
runs until the verb of its sentence: the first lower-case task verb ("khẩn trương", "chủ trì", "có trách nhiệm")
or the end of the clause. Capitalised words belong to names ("Sở Xây dựng", "Ban Quản lý"), so a verb-like word
inside a name never ends it. Lists ("Sở Tài chính, Sở Xây dựng và Ủy ban nhân dân các xã") split at commas and
"và" that are followed by a new head; other commas stay inside names ("Sở Văn hóa, Thể thao và Du lịch").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from core.lexicon import roles as role_lexicon
from core.lexicon import structure
from core.lexicon import units as unit_lexicon
from core.places import is_province_name, place_kind

MAX_UNIT_WORDS = 45  # a unit's name longer than this is a sentence, not a name
MAX_LIST_WORDS = 120  # nor is a list of units longer than this
_LIST_JOIN = re.compile(r"(?:[,;]|\bvà)\s*$")  # what comes before a list's next unit
# Heads that name no unit when they stand alone ("Hội đồng thẩm định" cut at its verb leaves "Hội đồng").
_GENERIC = ("Cơ quan", "Đơn vị", "Địa phương", "Cán bộ", "Công chức", "Thành viên", "Lãnh đạo", "Đồng chí",
            "Doanh nghiệp", "Tổ", "Đội", "Hội", "Hội đồng", "Ban", "Phòng", "Bộ", "Sở", "Cục", "Trung tâm")
_WORD = re.compile(r"\S+")
_DANGLING_JOIN = re.compile(r"(?:[\s,]+(?:và|hoặc|cùng))+[\s,]*$")
_EDGE_PUNCT = " \t.,;:-–*\"“”'"
# "Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo ..." (chinh-phu_627-tb-vpcp.md): the office holder is the unit
_LEADING_NOISE = re.compile(r"^(?:và\s+|đề nghị\s+|giao\s+|với\s+|cùng\s+|do\s+|cho\s+|(?-i:đồng chí)\s+)+", re.I)


@cache
def _heads() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(head as written, the rest of the head after its first letter in lower case, words that must not follow it),
    longest head first."""
    # a head listed in several kinds ("Bộ Tư lệnh" is military and an office) is a unit wherever one kind lets it be:
    # only the words every kind rules out stop it ("Bộ Tư lệnh Thủ đô Hà Nội" is one though offices exclude "thủ")
    barred: dict[str, set[str]] = {}
    for h in unit_lexicon().heads:
        for w in h.words:
            barred[w] = barred[w] & set(h.not_followed_by) if w in barred else set(h.not_followed_by)
    return tuple(sorted(((w, w[1:].lower(), tuple(sorted(b))) for w, b in barred.items()),
                        key=lambda t: (-len(t[0]), t[0])))


@cache
def _complete_heads() -> frozenset[str]:
    """Heads that name a party by its role alone ("Chủ đầu tư"), folded to lower case: a lower-case word after them
    starts their duty."""
    return frozenset(w.lower() for h in unit_lexicon().heads if h.complete for w in h.words)


@cache
def _office_heads() -> frozenset[str]:
    """Heads of office holders ("Bộ trưởng", "Giám đốc"), folded to lower case: alone, a decree's "Bộ trưởng" is every
    minister, not the one its text names most."""
    return frozenset(w.lower() for h in unit_lexicon().heads if h.office for w in h.words)


@cache
def _heads_by_initial() -> dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """``_heads()`` grouped by their first letter in lower case, longest first within each group."""
    groups: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for entry in _heads():
        groups.setdefault(entry[0][0].lower(), []).append(entry)
    return {k: tuple(v) for k, v in groups.items()}


@cache
def _lower_heads() -> frozenset[str]:
    """Heads that also stand in lower case before a capitalised name ("giao phòng Quản lý Công nghiệp")."""
    return frozenset(w for h in unit_lexicon().heads for w in h.lower_before_name)


def _name_follows(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` on the same line, after one space."""
    return text[end:end + 1] == " " and text[end + 1:end + 2].isupper()


@cache
def _long_continuations() -> tuple[str, ...]:
    """The continuations of units.toml [name_continuation] that hold a verb or a comma past their first word, longest
    first: read whole, they stay in the name."""
    return tuple(sorted((c for c in unit_lexicon().continuations if len(c.split()) > 2 or "," in c), key=len,
                        reverse=True))


@cache
def _verbs() -> tuple[str, ...]:
    return role_lexicon().task_verbs


def _head_at(text: str, pos: int) -> str | None:
    """The head word a unit phrase starts with at ``pos`` (as written in the text), or None. A plural "các" before a
    capitalised head belongs to it ("các Phòng chuyên môn", "Các Bộ")."""
    if text.startswith(("các ", "Các ", "những ", "Những "), pos):
        gap = text.index(" ", pos) + 1
        inner = _head_at(text, gap)
        if inner is not None and inner[:1].isupper():
            return text[pos:gap] + inner
    first = text[pos:pos + 1]
    capital = first.isupper()
    for head, rest_lower, not_followed in _heads_by_initial().get(first.lower(), ()):
        # the first letter as the table has it or capitalised ("Các sở"); later words in any case ("Phó chủ tịch")
        if first != head[0] and not (capital and first.lower() == head[0]) and \
                not (head in _lower_heads() and _name_follows(text, pos + len(head))):
            continue
        seg = text[pos:pos + len(head)]
        if seg[1:].lower() != rest_lower:
            continue
        after = text[pos + len(head):]
        if after and after[0].isalnum():
            continue  # "Sởi", "Bộc": not the whole word
        nxt = after.lstrip(" ,")
        if any(nxt.lower().startswith(w + " ") or nxt.lower() == w or nxt.lower().startswith(w + ",")
               for w in not_followed):
            return None
        return seg
    return None


def _verb_at(text: str, pos: int, name_start: int | None = None) -> bool:
    """Does a lower-case task verb start at ``pos`` (a whole word, not a noun after "các": "các tổ chức")?
    ``name_start``: where the unit's name began, when the word may continue it."""
    return _verb_length(text, pos, name_start) > 0


def opens_with_verb(text: str, pos: int = 0) -> bool:
    """Does a task verb written with a capital start at ``pos`` ("Phối hợp với ...", "Là cơ quan thường trực ...",
    "Tăng cường ...")? ``_verb_at`` of the text with that letter in lower case."""
    return pos < len(text) and _verb_at(text[:pos] + text[pos].lower() + text[pos + 1:], pos)


def _verb_length(text: str, pos: int, name_start: int | None = None) -> int:
    """The length of the lower-case task verb starting at ``pos``, 0 when none does."""
    if not text[pos:pos + 1].islower():
        return 0
    if text[max(0, pos - 5):pos].rstrip().lower().endswith(("các", "những")):
        return 0
    low = text[pos:]
    # "các cơ quan, đơn vị có liên quan": not the verb "có"
    if any(low.startswith(c) for c in unit_lexicon().continuations):
        return 0
    before = text[max(0, pos - 20):pos].rstrip().lower()
    if any(before.endswith(a) and low.startswith(c) for a, c in unit_lexicon().after):
        return 0  # "cơ quan cấp trên | trực tiếp": part of the name
    # "cơ quan được giao quản lý ..." describes a body, but a body named properly is complete: "Văn phòng Ủy ban nhân
    # dân tỉnh | được giao quản lý danh bạ ..." (plans-real/web/nghe-an_99-2025-qd-ubnd.md, Điều 7.1) is assigned
    if (any(low.startswith(c) for c in unit_lexicon().generic_only)
            and not (name_start is not None and _proper(text[name_start:pos]))):
        return 0
    return len(task_verb_at(low) or "")


def task_verb_at(low: str) -> str | None:
    """The task verb (roles.toml [task_verbs], longest first) ``low`` opens with as a whole word, or None."""
    return next((v for v in _verbs() if low.startswith(v) and not low[len(v):len(v) + 1].isalnum()), None)


def _proper(name: str) -> bool:
    """A unit named properly: a capitalised word after its first ("Văn phòng Ủy ban nhân dân tỉnh", not "cơ quan")."""
    return any(w[:1].isupper() for w in name.split()[1:])


def _names_after_verb(text: str, pos: int) -> bool:
    """Is the task verb at ``pos`` followed by a capitalised word that starts no unit (part of a name: "thẩm định Nhà
    nước" of "Hội đồng thẩm định Nhà nước"), not by the object of the verb ("hướng dẫn Ủy ban nhân dân ...")?"""
    length = _verb_length(text, pos)
    nxt = _next_word(text, pos + length)
    return length > 0 and text[nxt:nxt + 1].isupper() and _head_at(text, nxt) is None


def _branch_at(text: str, pos: int) -> tuple[str, int] | None:
    """The full name of the branch named at ``pos`` (units.toml [[branch]]: "Nội vụ", "KH&CN") and where its name as
    written ends, or None."""
    for written, full in unit_lexicon().branches:
        end = pos + len(written)
        if text[pos:end].lower() == written.lower() and (end == len(text) or not text[end].isalnum()):
            return full, end
    return None


NameAt = Callable[[str, int], "tuple[str, int] | None"]  # the name read at a position, and where it ends


def _listed_at(text: str, pos: int, name_at: NameAt) -> tuple[list[str], int] | None:
    """The names ``name_at`` reads in a list from ``pos`` ("Tư pháp, Nội vụ phối hợp ...", "Tuyên Quang, Đồng Nai và
    Đồng Tháp quyết liệt ...") and where the list ends; None when none is named there."""
    names: list[str] = []
    found = name_at(text, pos)
    while found is not None:
        names.append(found[0])
        cursor = found[1]
        sep = re.match(r"\s*,\s*|\s+và\s+", text[cursor:])
        found = name_at(text, cursor + sep.end()) if sep is not None else None
    return (names, cursor) if names else None


def _branch_list_head(phrase: str) -> str | None:
    """The head of "các Sở", "Các Bộ" (units.toml [branch_list]) when ``phrase`` is only that, in capitals ("Sở")."""
    m = re.fullmatch(r"(?:các|những)\s+(\w+)", phrase.strip(), re.I)
    head = m.group(1).capitalize() if m else None
    return head if head in unit_lexicon().branch_heads else None


def branch_units(name: str) -> list[str] | None:
    """The branches a name lists after one plural head, each a unit ("các Sở: Tư pháp, Nội vụ" -> ["Sở Tư pháp", "Sở Nội
    vụ"]; "các Bộ (Tài chính, Công Thương, Xây dựng và KH&CN)" -> [..., "Bộ Khoa học và Công nghệ"]); None for any
    other name, or a list holding a name the lexicon lacks."""
    m = re.match(r"((?:các|những)\s+\w+)\s*(?::\s*|\(\s*)", name, re.I)
    head = _branch_list_head(m.group(1)) if m else None
    listed = _listed_at(name, m.end(), _branch_at) if head else None
    if listed is None or name[listed[1]:].strip(" )"):
        return None
    return [f"{head} {branch}" for branch in listed[0]]


def _locality_list_head(phrase: str) -> tuple[str, str] | None:
    """(body, plural) when ``phrase`` is a body and a plural locality (units.toml [locality_list]): "Ủy ban nhân dân
    các tỉnh, thành phố" -> ("Ủy ban nhân dân", "các tỉnh, thành phố"), "UBND các xã" -> ("UBND", "các xã"); None for
    any other phrase."""
    phrase = phrase.strip()
    for plural in (*unit_lexicon().locality_heads, *unit_lexicon().commune_heads):
        if phrase.lower().endswith(f" {plural.lower()}"):
            body = phrase[:-len(plural)].strip()
            if _head_at(body, 0) is not None:
                return body, plural
    return None


def _local_name_at(text: str, pos: int) -> tuple[str, int] | None:
    """A commune's or ward's proper name at ``pos``: its words in capitals (or a ward's number), up to four, joined by a
    dash too, before a comma, "và" or a word in lower case ("Đinh Văn Lâm Hà và đơn vị tư vấn ..." -> "Đinh Văn Lâm
    Hà", "Xuân Hương - Đà Lạt"); None when none starts there."""
    if opens_with_verb(text, pos):
        return None  # "UBND các xã, phường: Phối hợp với ...": the items of a unit's heading, not its communes
    end = None
    cursor = pos
    for _ in range(4):
        m = re.match(r"\s*(\S+)" if end else r"(\S+)", text[cursor:])
        if end and m and m.group(1) in ("-", "–"):  # "Xuân Hương - Đà Lạt": a ward named after two places
            m = re.match(r"\s*[-–]\s+(\S+)", text[cursor:])
        word = m.group(1).rstrip(",.;:)") if m else ""
        if not word or not (word[0].isupper() or word[0].isdigit()):
            break
        end = cursor + m.start(1) + len(word)
        cursor += m.end()
        if len(word) < len(m.group(1)):
            break  # "Hiệp Thạnh, ...": the comma ends the name
    return (text[pos:end], end) if end else None


def _name_reader(plural: str) -> NameAt:
    """How the names after ``plural`` are read: provinces by places.toml, communes by their words in capitals."""
    return _local_name_at if plural in unit_lexicon().commune_heads else _place_at


def _place_at(text: str, pos: int) -> tuple[str, int] | None:
    """The province named at ``pos`` (places.toml, any of its forms, up to five words, before any comma) and where it
    ends: "Đồng Tháp quyết liệt ..." -> ("Đồng Tháp", end); None when no province's name starts there."""
    segment = re.split(r"[,;.:()\n]", text[pos:pos + 80], maxsplit=1)[0]
    ends = [m.end() for m in re.finditer(r"\S+", segment)][:5]
    for end in reversed(ends):
        name = segment[:end]
        if name[:1].isupper() and is_province_name(name):
            return name, pos + end
    return None


def locality_units(name: str) -> list[str] | None:
    """The provinces a name lists after one plural locality, each a unit: "Ủy ban nhân dân các tỉnh, thành phố: Tuyên
    Quang, Hồ Chí Minh" -> ["Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân thành phố Hồ Chí Minh"]; None for any
    other name."""
    colon = name.find(":")
    found = _locality_list_head(name[:colon]) if colon > 0 else None
    listed = _listed_at(name, _next_word(name, colon + 1), _name_reader(found[1])) if found else None
    if listed is None or name[listed[1]:].strip(" )."):
        return None
    body, plural = found
    if plural in unit_lexicon().commune_heads:  # "UBND xã Đức Trọng"; of a list of both kinds, "UBND Đức Trọng"
        kind = plural.split()[-1] if "," not in plural else ""
        return [" ".join(w for w in (body, kind, local) if w) for local in listed[0]]
    fallback = "thành phố" if plural.endswith("các thành phố") else "tỉnh"
    return [f"{body} {place_kind(place) or fallback} {place}" for place in listed[0]]


@cache
def _document_re() -> re.Pattern:
    kinds = "|".join(re.escape(k.name) for k in structure().kinds)
    return re.compile(rf"(?:{kinds})\s+(?:số\s+)?\d")


def _document_at(text: str, pos: int) -> bool:
    """Does a document's number start at ``pos`` ("Quyết định số 2413/QĐ-UBND", "Nghị định 171/2025")?"""
    return _document_re().match(text, pos) is not None


def _branch_ends(text: str, head: str, end: int) -> int | None:
    """Where the name of a ministry or department whose ``head`` ("Bộ", "Sở") ends at ``end`` ends, when its branch's
    whole name is followed by a word in lower case that carries no name on ("Bộ Nội vụ | cấp Giấy phép ...", "Sở Khoa học
    và Công nghệ | thúc đẩy, theo dõi ..."), else None."""
    if head not in unit_lexicon().branch_heads or (branch := _branch_at(text, start := _next_word(text, end))) is None \
            or text[start:branch[1]].lower() != branch[0].lower():
        return None
    after = _WORD.search(text, branch[1])
    if after is None or text[branch[1]:after.start()].strip() or not after.group(0)[:1].islower() or \
            any(text.startswith(w + " ", after.start()) or text[after.start():] == w for w in unit_lexicon().branch_runs_on):
        return None
    return branch[1]


def unit_phrase_at(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The unit phrase (one unit or a list) starting at ``pos``: (phrase as written, end index), or None.

    It ends before the first task verb, at ".", ";" or ":", or at the end of the text."""
    while pos < len(text) and text[pos] in " *_\"“(":
        pos += 1
    if text.startswith("đồng chí ", pos) and _head_at(text, pos + len("đồng chí ")):
        pos += len("đồng chí ")  # "Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo ...": the office holder
    head = _head_at(text, pos)
    if head is None:
        return None
    end = pos + len(head)
    words = 0  # words of the list's current unit: a name runs on for at most MAX_UNIT_WORDS
    total = 0
    cursor = end
    complete = head.lower() in _complete_heads()
    if complete and (after := _WORD.search(text, end)) is not None and after.group(0)[:1].islower() and \
            not any(text.startswith(c, after.start()) for c in unit_lexicon().continuations) and \
            not text[end:after.start()].strip() and after.group(0) not in ("và", "hoặc", "cùng"):
        # "Chủ đầu tư | lựa chọn đơn vị tư vấn ...": a party named by its role; its duty follows
        return head, end
    if (branch_end := _branch_ends(text, head, end)) is not None:
        # "Bộ Nội vụ | cấp Giấy phép ...": a ministry's or department's whole name, its task after it
        return text[pos:branch_end], branch_end
    while words < MAX_UNIT_WORDS and total < MAX_LIST_WORDS:
        m = _WORD.search(text, cursor)
        if m is None:
            break
        w = m.group(0)
        inner = _head_at(text, m.start()) if w[:1].isupper() else None
        if inner is None and w[:1].islower() and (listed := _head_at(text, m.start())) and ", " in listed:
            inner = listed  # "người đứng đầu cơ quan, tổ chức, đơn vị ...": the bodies listed are one, not a verb
        if inner is not None and _LIST_JOIN.search(text[max(pos, m.start() - 5):m.start()]):
            words = 0  # the list's next unit: "Sở Tài chính, Sở Xây dựng, ..., Ban quản lý Khu Kinh tế Phú Yên"
        if unit_lexicon().name_stop_agreeing.match(text, m.start()):
            break  # "Ban Thường vụ Đảng uỷ | cơ bản nhất trí với ..." (units.toml [name_stop] agreeing)
        if words and unit_lexicon().name_stop.match(text, m.start()) and " nơi " not in text[pos:m.start()]:
            # "Ủy ban bầu cử | sau khi thống nhất với ...": a clause of time or condition (units.toml [name_stop]); not
            # inside a place clause ("Ủy ban nhân dân cấp xã nơi đối tượng thường trú trước khi thay đổi")
            break
        if w == "do" and _head_at(text, _next_word(text, m.end())) is not None:
            break  # "Giám đốc Quỹ | do Chủ tịch UBND tỉnh bổ nhiệm": the agent of what is done to the body
        if w[:1].isupper() and _document_at(text, m.start()):
            break  # "... của Quỹ Bảo vệ môi trường tỉnh Quảng Trị và | Quyết định số 2413/QĐ-UBND ...": a text, not the name's
        if inner is not None and " " in inner:
            # a head that holds a verb: "Ban quản lý Khu Kinh tế Phú Yên" (plans-real/web/dak-lak_010-ct-ubnd.md II.1)
            end = cursor = m.start() + len(inner)
            words += len(inner.split())
            total += len(inner.split())
            continue
        if w[:1] in "“\"" and (close := text.find("”" if w[0] == "“" else '"', m.start() + 1)) != -1 and \
                close - m.start() <= 150:
            # a movement's or programme's name in quotes is the name's, its verbs too: "các cơ quan thành viên Ban Chỉ
            # đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh" (QĐ 87/2025/QĐ-UBND Lai Châu Điều 12.3.c)
            end = cursor = close + 1
            words += 1
            total += 1
            continue
        cont = next((c for c in _long_continuations() if text.startswith(c, m.start())), None)
        if cont is not None:  # "cơ quan, bộ phận tham mưu về tổ chức, cán bộ": its verbs and comma are the name's
            end = cursor = m.start() + len(cont)
            words += len(cont.split())
            total += len(cont.split())
            continue
        if w in ("Phối", "Chủ") and words and opens_with_capital_role(text, m.start()):
            break  # "3. Văn phòng Sở Phối hợp Phòng Giáo dục Phổ thông tham mưu ...": a PDF line joining a unit heading
            # to its item, whose role word keeps its capital (KH 362/KH-SGDĐT Đồng Tháp VI.3; blind set b72-11)
        if w[:1].isupper() and words and _named_in_full_before(text, pos, m.start(), head) and \
                opens_with_verb(text, m.start()) and _assigned_before().search(text[max(0, pos - 40):pos]):
            break  # "Giao Công an Thành phố | Chỉ đạo Công an các phường ...": a task verb typed in capitals
        if _verb_at(text, m.start(), pos) and \
                not (_names_function(text[pos:m.start()]) and not _duty_at(text, m.start())) and \
                not _listed_body(text, pos, m.start()):
            if not (words == 0 and head in _GENERIC and _names_after_verb(text, m.start())):
                # "Cơ quan, đơn vị chủ trì lập kế hoạch | có trách nhiệm ...": a body defined by its role
                end = _role_defined_end(text, pos, m.start()) or _described_end(text, pos, m.start()) or \
                    _comma_name_end(text, pos, m.start()) or _place_name_end(text, pos, m.start()) or end
                break
            # a bare generic head, a verb and a capitalised word are one name: "Hội đồng thẩm định Nhà nước thẩm định
            # Báo cáo ..." (plans-real/web/son-la_b13aef6a.md III.4), "Ban tổ chức Hội nghị"
        if w.startswith("("):  # a parenthesis inside a name: "Đài Truyền hình Việt Nam (VTV)"
            close = text.find(")", m.start())
            if _verb_at(text, m.start() + 1) and not _opens_case(text, m.start() + 1):
                # (a case the body is named for is its name's: "Ủy ban nhân dân cấp tỉnh (đối với quy hoạch thuộc thẩm
                # quyền phê duyệt của Thủ tướng Chính phủ) và cấp phê duyệt quy hoạch có trách nhiệm ban hành kế hoạch
                # kinh phí hàng năm", NĐ 34/2026/NĐ-CP Điều 12, its Điều 21.3; blind set b107-25)
                break  # "Sở Y tế (chủ trì)": a role, not part of the name
            if 0 < close - m.start() <= 200:
                end = cursor = close + 1
                words += 1
                total += 1
                continue
        stop = re.search(r"[.;:!?]", w)
        if stop and w[stop.start()] == ":" and _branch_list_head(text[pos:m.start() + stop.start()]) and \
                (listed := _listed_at(text, _next_word(text, m.start() + stop.end()), _branch_at)) is not None:
            end = cursor = listed[1]  # "các Sở: Tư pháp, Nội vụ | phối hợp ...": the branches listed belong to the name
            words += 1
            total += 1
            continue
        if stop and w[stop.start()] == ":" and (plural := _locality_list_head(text[pos:m.start() + stop.start()])) and \
                (listed := _listed_at(text, _next_word(text, m.start() + stop.end()), _name_reader(plural[1]))) is not None:
            end = listed[1]  # "Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai | chỉ đạo ...": the provinces listed end it
            break
        if stop and w[stop.start()] == ";" and stop.end() == len(w) and _head_at(text, _next_word(text, m.end())):
            end = cursor = m.end()  # "Sở A; Sở B phối hợp": a list separated by semicolons
            words += 1
            total += 1
            continue
        if stop and not re.match(r"^(?:\d+[./]\d|[A-ZĐ]\.)", w) and not w.startswith(("TP.", "T.P", "Tp.")):
            end = m.start() + stop.start()
            break
        end = cursor = m.end()
        words += 1
        total += 1
    # a list join the next unit never came after ("với Uỷ ban nhân dân tỉnh và | gửi Liên hiệp các hội ...",
    # plans-real/web/bac-ninh_81-2025-qd-ubnd.md Điều 8.4) is no part of the name
    end = pos + len(_DANGLING_JOIN.sub("", text[pos:end]))
    cut = False
    while (tail := _name_tail(text, pos, end)) is not None and tail.start() > pos:
        end = pos + len(text[pos:tail.start()].rstrip())  # "Văn phòng đăng ký đất đai | không" (units.toml [name_stop])
        cut = True
    phrase = text[pos:end].strip(_EDGE_PUNCT + "(")
    if not phrase or (phrase == head and not complete and not cut and (head[:1].islower() or head in _GENERIC)):
        return None  # "Cơ quan", "Đơn vị" alone name no unit (but "Công chức | khi tham gia đào tạo ..." names them)
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase.rsplit("(", 1)[0].strip(_EDGE_PUNCT)
    return (phrase, pos + len(text[pos:end].rstrip(_EDGE_PUNCT + "(")))


def _name_tail(text: str, pos: int, end: int) -> re.Match | None:
    """The modal or clause word the name ``text[pos:end]`` ends with (units.toml [name_stop] tail), read with the
    text after the name so that "sau khi" is seen whole; None when it ends with none."""
    for m in unit_lexicon().name_tail.finditer(text[:end] + "\n" + text[end:end + 12], pos):
        if m.end() == end:
            return m
    return None


@cache
def _assigned_before() -> re.Pattern:
    """An assignment right before a unit's name: "Giao", "Phân công", "Yêu cầu", "Đề nghị" (roles.toml [[opener]], not
    those that direct)."""
    words = sorted({w for o in role_lexicon().openers if not o.directs for w in o.words}, key=len, reverse=True)
    return re.compile(rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, words))})\s+(?:đồng chí\s+)?$")


# a role word in capitals followed by the unit it works with: "Phối hợp Phòng ...", "Chủ trì, phối hợp với Sở ..."
_CAPITAL_ROLE = re.compile(r"(?:Phối hợp(?: chặt chẽ)?(?: với)?|Chủ trì(?:,? phối hợp(?: với)?)?)\s+")


def opens_with_capital_role(text: str, pos: int = 0) -> bool:
    """Does a role word in capitals and the unit it works with start at ``pos`` ("Phối hợp Phòng Giáo dục ...")?"""
    return (role := _CAPITAL_ROLE.match(text, pos)) is not None and _head_at(text, role.end()) is not None


def _named_in_full_before(text: str, start: int, at: int, head: str) -> bool:
    """Is the name from ``start`` to ``at`` complete, so that a task verb in capitals right after it is no part of it:
    a department's whole name ("Sở Nông nghiệp và Môi trường | Khẩn trương chia sẻ ..."), or a name ending in its
    level or place ("Công an Thành phố | Chỉ đạo ...", Công văn of UBND TP. Hồ Chí Minh on house numbers, 2025;
    eval/external/docs/b2). Not "Ban Quản lý dự án | Đầu tư xây dựng ...": the verb is the name's."""
    name = text[start:at].rstrip(" ,")
    if re.search(r"(?:\bvà|,|-|–)$", name):
        return False  # "Bộ Giáo dục và | Đào tạo", "Sở Văn hóa, | Thể thao ..."
    if head in unit_lexicon().branch_heads and (branch := _branch_at(text, _next_word(text, start + len(head)))) and \
            branch[1] == start + len(name):
        return True
    words = name.split()
    return bool(unit_lexicon().level_end.search(name)) or any(is_province_name(" ".join(words[-k:])) for k in (2, 3))


def _role_defined_end(text: str, start: int, at: int) -> int | None:
    """Where the name of a body with no proper word ends when it is defined by its role (units.toml [name_continuation]
    role_defined): after the role word at ``at`` and up to six lower-case words, right before a duty ("Cơ quan, đơn vị
    chủ trì lập kế hoạch | có trách nhiệm gửi hồ sơ ...", "Cơ quan phối hợp | có trách nhiệm trả lời ..."). None when
    the name so far is a proper one or no duty follows."""
    if _proper(text[start:at]):
        return None
    lex = unit_lexicon()
    role = next((r for r in lex.role_defined if text.startswith(f"{r} ", at)), None)
    if role is None:
        return None
    return _duty_after(text, at + len(role), _ROLE_OBJECT_WORDS, lex.duty)


_JOINING_WORDS = ("hoặc", "và")  # a name that runs on to its duty runs over no word joining it to another body


def _duty_after(text: str, cursor: int, words: int, ends: tuple[str, ...], stops: tuple[str, ...] = (),
                not_after: tuple[str, ...] = (), any_end: bool = False) -> int | None:
    """Where one of ``ends`` (a duty: "có trách nhiệm") begins after at most ``words`` lower-case words from ``cursor``,
    with no punctuation between, none of them one of ``stops`` and the last none of ``not_after``; None otherwise. The
    scan that ends a body with no proper word at its duty (``_role_defined_end``, ``_described_end``), or a ministry
    office's name at its duty (``_comma_name_end``). The duty is a whole word followed by a space, or with ``any_end``
    by anything but a letter or digit ("có trách nhiệm:")."""
    last = ""
    for _ in range(words + 1):
        rest = text[cursor:].lstrip(" ")
        if rest != text[cursor:] and last not in not_after and \
                any(rest.startswith(d) and (not rest[len(d):len(d) + 1].isalnum() if any_end else
                                            rest[len(d):len(d) + 1] == " ") for d in ends):
            return cursor
        word = re.match(r"[^\s.,;:!?()]+", rest)
        if word is None or not word.group(0)[:1].islower() or word.group(0) in stops:
            return None
        last = word.group(0)
        cursor += len(text[cursor:]) - len(rest) + word.end()
    return None


def _listed_body(text: str, start: int, at: int) -> bool:
    """Is the word at ``at`` the next body of a list of bodies with no proper word, not a verb? "Các cơ quan chuyên
    môn, tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố quyết định ..." (QĐ 123
    Huế Điều 3.2): after a comma, "tổ chức" is an organisation of the list (units.toml [name_continuation] listed)."""
    if _proper(text[start:at]):
        return False
    if text[max(start, at - 3):at] == "và ":
        # "Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan" (Kế hoạch 252/KH-BCĐQG1237, C.5): after
        # "và", only where the list goes on ("tổ chức, đoàn thể") or ends in "có liên quan"
        return any(re.match(rf"{re.escape(w)}(?:,| có liên quan| liên quan)", text[at:]) for w in unit_lexicon().listed_bodies)
    if text[max(start, at - 2):at] != ", ":
        return False
    listed = next((w for w in unit_lexicon().listed_bodies if text.startswith(f"{w} ", at)), None)
    # ... a noun phrase: "tổ chức hành chính khác", not "tổ chức thực hiện nhiệm vụ bồi thường" (the verb of "Đơn vị,
    # tổ chức thực hiện ...", QĐ 95/2025 Nghệ An Điều 12)
    return listed is not None and not _verb_at(text, _next_word(text, at + len(listed)))


def _described_end(text: str, start: int, at: int) -> int | None:
    """Where the name of a body with no proper word ends when what it does describes it: from the verb at ``at``, up to
    eight lower-case words with no punctuation, right before a duty or the lead role ("cơ quan, tổ chức, đơn vị trực
    tiếp quản lý người ứng cử | có trách nhiệm xác minh", "người đứng đầu cơ quan, tổ chức, đơn vị sử dụng công chức |
    chủ trì cuộc họp kiểm điểm": plans-real/html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm IV.1,
    plans-real/web/chinh-phu_172-2025-nd-cp.md). None when the name so far is a proper one or nothing such follows;
    "có đóng dấu của cơ quan, tổ chức, đơn vị hoặc có chữ ký của người chủ trì" states no body's duty."""
    lex = unit_lexicon()
    if _proper(text[start:at]) or any(text.startswith(f"{w} {d} ", at) for w in lex.not_describing for d in lex.duty):
        return None  # "Bên bán điện | chỉ có quyền ...", not "cơ quan có thẩm quyền cấp chứng chỉ năng lực có trách nhiệm"
    return _duty_after(text, at, _DESCRIPTION_WORDS, (*lex.duty, *lex.described_by), stops=_JOINING_WORDS,
                       not_after=("người",))


# an office of a ministry whose proper name holds a comma and lower-case words: "Cục Quản lý, giám sát tổ chức tín
# dụng | có trách nhiệm:" (TT 54/2025/TT-NHNN Điều 30.1; blind set b90-13), "Cục Kiểm tra, giám sát ..."
_OFFICE_WITH_COMMA = re.compile(r"(?:Tổng cục|Cục|Vụ) [A-ZĐÀ-Ỹ][\w]*(?: [a-zđà-ỹ]\w*)?, $")


def _comma_name_end(text: str, start: int, at: int) -> int | None:
    """Where the name of a ministry's office runs on past its comma to its duty ("Cục Quản lý, giám sát tổ chức tín dụng
    | có trách nhiệm"): from the verb at ``at``, up to six lower-case words right before a duty or the lead role; None
    otherwise."""
    if not _OFFICE_WITH_COMMA.fullmatch(text[start:at]):
        return None
    lex = unit_lexicon()
    found = _duty_after(text, at, 6, (*lex.duty, *lex.described_by), stops=_JOINING_WORDS, any_end=True)
    # ... or to a heading's colon: "1. Cục Quản lý, giám sát tổ chức tín dụng:" over its duties (TT 75/2025/TT-NHNN
    # Điều 25, its Điều 36.1; blind set b108-27)
    if found is None:
        found = _words_to_colon(text, at, 6)
    if found is None and _shares_object(text[start:at]):
        # ... or, its first part a verb sharing the words after the comma ("Quản lý, giám sát tổ chức tín dụng"), to the
        # end of a heading line that is the name alone: "2. Cục Quản lý, giám sát tổ chức tín dụng" over "a) Có ý kiến
        # ..." (TT 76/2025/TT-NHNN Điều 6.2, its Điều 22.2; blind set b112-13). "Cục Thuế, kiểm tra ..." goes on to a task.
        m = re.fullmatch(r"((?:\s*[a-zđà-ỹ][^\s.,;:!?()]*){1,6})\s*", text[at:])
        found = at + m.end(1) if m else None
    return found


def _shares_object(name: str) -> bool:
    """Is the part of an office's name before its comma a task verb ("Cục Quản lý, ", "Cục Kiểm tra, "), whose object
    comes after the comma?"""
    words = name.rstrip(", ").split(" ", 1)
    return len(words) == 2 and words[1].lower() in _verbs()


def _opens_case(text: str, pos: int) -> bool:
    """Does a case the body is named for start at ``pos`` ("đối với ...", "trường hợp ...": roles.toml [case_opening])?"""
    low = text[pos:pos + 30].lower()
    return any(low.startswith(f"{w} ") for w in role_lexicon().case_openings)


def _words_to_colon(text: str, cursor: int, words: int) -> int | None:
    """Where at most ``words`` lower-case words from ``cursor`` end right before a heading's colon (a heading's name:
    "Cục Thuế, kiểm tra việc thực hiện" ends with no colon, a task after the name); else None."""
    m = re.match(rf"((?:\s*[a-zđà-ỹ][^\s.,;:!?()]*){{1,{words}}})\s*:", text[cursor:])
    return cursor + m.end(1) if m else None


def _place_name_end(text: str, start: int, at: int) -> int | None:
    """Where a body named by where something is runs on, past the verb at ``at`` inside its "nơi" clause, to its duty:
    "7. Ủy ban nhân dân tỉnh nơi triển khai dự án cơ sở hạt nhân | có trách nhiệm:" (NĐ 331/2025/NĐ-CP Điều 6.7; blind
    set b86-08), "1. Ủy ban nhân dân cấp xã nơi người chấp hành biện pháp ... tại cộng đồng cư trú | có nhiệm vụ, quyền
    hạn:" (NĐ 333/2025/NĐ-CP Điều 5.1). Up to sixteen lower-case words; None otherwise (the name then ends before "nơi",
    ``clean_unit``)."""
    lex = unit_lexicon()
    if lex.place_cut.search(text[start:at].rstrip()) is None:
        return None
    return _duty_after(text, at, 16, lex.duty, stops=_JOINING_WORDS, any_end=True)


def without_restated_role(value: str) -> str:
    """A role field's value without the role it restates at its end: "Các địa phương chủ trì" in the column or after
    the label "Cơ quan chủ trì thực hiện" (TB 624 PL.1.38) names "Các địa phương", not a body defined by its role."""
    return next((value[:-len(r)].rstrip() for r in unit_lexicon().role_defined if value.endswith(f" {r}")), value)


def defined_by_role(name: str) -> bool:
    """Is ``name`` a body with no proper word defined by its role ("Cơ quan, đơn vị chủ trì lập kế hoạch")?"""
    return bool(defining_role(name))


def defining_role(name: str) -> str:
    """The role word that defines a body with no proper word ("chủ trì" of "Cơ quan, đơn vị chủ trì lập kế hoạch");
    "" for any other name."""
    low = name.lower()
    found = min(((i, r) for r in unit_lexicon().role_defined if (i := low.find(f" {r}")) > 0), default=None)
    return found[1] if found and only_generic(name[:found[0]]) else ""


def role_defined_heading(heading: str) -> bool:
    """Is a heading one body defined by its role, with nothing after it ("3. Cơ quan chủ trì giải quyết thủ tục đầu
    tư dự án", plans-real/web/dak-lak_010-ct-ubnd.md II.3): a unit head, a name ``defining_role`` reads, and after its
    role word only lower-case words?"""
    role = defining_role(heading) if _head_at(heading, 0) is not None else ""
    if not role:
        return False
    rest = heading[heading.lower().index(f" {role}") + 1:].split()
    return len(rest) <= _ROLE_OBJECT_WORDS + 4 and all(w[:1].islower() and not re.search(r"[.,;:!?]", w) for w in rest)


# what a role-defined body's role is about: "lập kế hoạch"; a heading may say more ("giải quyết thủ tục đầu tư dự án")
_ROLE_OBJECT_WORDS = 6
# what describes a body with no proper word: "trực tiếp quản lý người ứng cử" (syllables)
_DESCRIPTION_WORDS = 8


def _names_function(before: str) -> bool:
    """Does the name so far end with a continuation the body's function follows ("cơ quan có chức năng | quản lý đất
    đai cấp xã")? Then the verb after it is part of the name."""
    low = before.rstrip().lower()
    return any(low.endswith(f" {w}") for w in unit_lexicon().function_words)


def _duty_at(text: str, pos: int) -> bool:
    """Does a duty or a role that defines a body start at ``pos`` ("có trách nhiệm", "phải", "chủ trì": units.toml
    duty, role_defined)? It ends a name even after a function's continuation: "cơ quan có thẩm quyền | có trách nhiệm
    thông báo bằng văn bản" (NĐ 21/2026/NĐ-CP Điều 1.18, its Điều 59a.3.đ), not "cơ quan có thẩm quyền có trách nhiệm"."""
    lex = unit_lexicon()
    return any(text.startswith(f"{w} ", pos) or text.startswith(w, pos) and len(text) == pos + len(w)
               for w in (*lex.duty, *lex.role_defined))


def _next_word(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def listed_units(line: str) -> list[str]:
    """The units of a line that names units and nothing else ("Bộ Thông tin và Truyền thông; Ban Tuyên giáo Trung
    ương; Bộ Ngoại giao.", "Các quân khu; các tỉnh." under "a) Cơ quan chủ trì", Kế hoạch 252/KH-BCĐQG1237), else []. A
    plural head alone is a unit here ("các tỉnh"), as a list item, though not inside a sentence."""
    units: list[str] = []
    for piece in re.split(r";\s*", line.strip().rstrip(" .;,")):
        piece = piece.strip()
        found = unit_phrase_at(piece)
        if found is not None and not piece[found[1]:].strip(" .,;"):
            units += split_units(found[0])
        elif (head := _head_at(piece, 0)) is not None and head == piece:
            units.append(head)
        else:
            return []
    return units


def starts_with_unit(text: str) -> bool:
    """Does the text begin with a unit name ("Công an tỉnh ...", "các sở, ngành ...")?"""
    return _head_at(text.strip(), 0) is not None


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


_TRAILING_NOISE = re.compile(
    r"\s*(?:(?:phối hợp|chủ trì|tham mưu|hướng dẫn|theo dõi)?\s*(?:triển khai|tổ chức)?\s*thực hiện\b.*"
    r"|(?:cùng\s+)?phối hợp\b.*|chủ trì\b.*|theo chức năng,? nhiệm vụ.*|theo chức năng.*)$",
    re.I,
)


def clean_unit(name: str) -> str:
    """Strip connecting words and trailing verbs: "đề nghị Ủy ban MTTQVN tỉnh phối hợp" -> "Ủy ban MTTQVN tỉnh"."""
    name = name.strip(_EDGE_PUNCT)
    name = _LEADING_NOISE.sub("", name)
    stripped = _TRAILING_NOISE.sub("", name)
    # "Đơn vị, tổ chức thực hiện nhiệm vụ bồi thường, giải phóng mặt bằng" (plans-real/web/nghe-an_95-2025-qd-ubnd.md,
    # Điều 12): bare generic heads name nobody, so what follows them is their name, not a task
    # ... and nor do they when their role names them: "Cơ quan, đơn vị chủ trì lập kế hoạch" (units.toml role_defined)
    kept = only_generic(stripped) and (len(name[len(stripped):].split()) >= 6 or defined_by_role(name))
    name = name if kept else stripped
    name = re.sub(r"\s+", " ", name).strip(_EDGE_PUNCT)
    if name.count("(") > name.count(")"):
        name = name.rsplit("(", 1)[0].strip(_EDGE_PUNCT)
    elif name.count(")") > name.count("("):
        name = name.rstrip(")").strip(_EDGE_PUNCT)
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1].strip(_EDGE_PUNCT)
    if (cut := unit_lexicon().place_cut.search(name)) is not None and cut.start() > 0:
        name = name[:cut.start()].strip(_EDGE_PUNCT)  # "Ủy ban nhân dân cấp xã nơi người" (units.toml [place_clause])
    return name


def is_bare_head(name: str) -> bool:
    """Is ``name`` a head word alone, capitalised, naming one body the text names in full elsewhere ("Quỹ", "Sở")?"""
    return _head_at(name, 0) == name and name[:1].isupper() and not name.lower().startswith(("các ", "những ")) \
        and name.lower() not in _complete_heads() and name.lower() not in _office_heads()


def named_by_role(name: str) -> bool:
    """Is ``name`` a party a regulation names by its role alone ("chủ đầu tư", "Người sử dụng lao động")?"""
    return name.strip(_EDGE_PUNCT).lower() in _complete_heads()


def listed_pieces(name: str) -> list[str]:
    """The pieces of a name that lists several at commas and "và" ("gia đình người nghiện ma túy, cộng đồng")."""
    return [p for p in re.split(r",\s*|\s+và\s+", name) if p.strip()]


def only_generic(name: str, related: bool = False) -> bool:
    """Does ``name`` hold only heads that name no unit alone ("Các cơ quan", "các tổ chức", "Thành viên")? With
    ``related``, also when they are only said to be concerned ("các cơ quan liên quan", "các đơn vị có liên quan")."""
    if related:
        name = re.sub(r"\s+(?:có\s+)?liên quan\W*$", "", name.strip())
    pieces = [re.sub(r"^(?:các|những)\s+", "", x.strip(_EDGE_PUNCT).lower()) for x in listed_pieces(name)]
    generic = {g.lower() for g in _GENERIC} | {"tổ chức", "cá nhân", "bộ phận"}
    return bool(name.strip(_EDGE_PUNCT)) and all(x in generic for x in pieces if x)


def _is_new_unit(piece: str) -> bool:
    """Does a piece of a list start a new unit? Generic lower-case heads ("đơn vị", "cơ quan") continue the
    previous name ("các cơ quan, đơn vị có liên quan") unless they open a plural ("các tổ chức ...")."""
    piece = _LEADING_NOISE.sub("", piece.strip())
    head = _head_at(piece, 0) if piece else None
    # a party written in lower case is a unit of its own: "bên bán điện, bên mua điện" (bo-cong-thuong_58-2025-tt-bct.md)
    # so is a party named by its role: "Người quyết định đầu tư, chủ đầu tư căn cứ kết quả thẩm định ..."
    # (bo-quoc-phong_94-vbhn-bqp.md TT.Điều 9.5)
    return head is not None and (not head[:1].islower() or head.startswith(("các", "những", "bên "))
                                 or head.lower() in _complete_heads())


def _joint_office(name: str, after: str) -> bool:
    """Is ``name``, before a "và", an office that serves the body ``after`` it too ("Văn phòng HĐND" + "UBND phường" of
    "Văn phòng HĐND và UBND phường")? (units.toml [joint_office])"""
    heads, first, second = unit_lexicon().joint_office
    return any(name == f"{h} {b}" for h in heads for b in first) and \
        any(after == b or after.startswith(f"{b} ") for b in second)


def split_units(text: str) -> list[str]:
    """Split a unit list into names, keeping commas that are inside names."""
    units: list[str] = []
    for group in _split_top_level(text, ";"):
        if listed := branch_units(clean_unit(group)):
            # "Các Bộ: Nội vụ, Công an, Quốc phòng, ..." (QĐ 42/2025/QĐ-TTg Điều 2.3; blind set b79): the branches after
            # one plural head, read whole before its commas split it
            units.extend(listed)
            continue
        merged: list[str] = []
        for piece in _split_top_level(group, ","):
            p = piece.strip()
            if not p:
                continue
            if merged and not _is_new_unit(p):
                merged[-1] = f"{merged[-1]}, {p}"
            else:
                merged.append(p)
        for item in merged:
            # "X và Y" where Y starts a new unit ("Các sở, ban, ngành và Ủy ban nhân dân các xã, phường")
            acc: list[str] = []
            for s in re.split(r"\s+và\s+", item):
                if acc and (not _is_new_unit(s) or _joint_office(acc[-1], s)):
                    acc[-1] = f"{acc[-1]} và {s}"
                else:
                    acc.append(s)
            units.extend(acc)
    out: list[str] = []
    for u in units:
        c = clean_unit(u)
        if (head := _head_at(c, 0)) is not None and (branch_end := _branch_ends(c, head, len(head))) is not None:
            # "Chủ trì: ...; Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu" (a cell of KH 144/KH-UBND
            # Bắc Ninh's appendix): the department, not what it does
            c = c[:branch_end]
        for name in branch_units(c) or locality_units(c) or [c]:  # "các Sở: Tư pháp, Nội vụ": "Sở Tư pháp", "Sở Nội vụ"
            if name and len(name) > 2 and sum(ch.isalpha() for ch in name) >= 2 and name not in out:
                out.append(name)  # (a form's "……" names no one)
    return out
