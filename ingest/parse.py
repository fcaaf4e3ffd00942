"""Build a document's clause tree from its repaired paragraphs, then resolve every clause's responsibility.

The tree follows the numbering (ingest/labels.py). A document may hold several parts: a decision's articles, then
after its recipients and signature ("Nơi nhận", "KT. CHỦ TỊCH") the plan, rules or appendix it attaches
("Kèm theo Quyết định số ..."). Each attached part starts afresh with its own numbering under a heading clause
that carries its title; an appendix's paths start with "PL", and an attached text whose numbering repeats the
decision's ("Điều 1" in both) keeps plain paths while the decision's articles get its kind's code ("QĐ.Điều 2").
Assignment tables become one clause per row. Responsibilities: role headings first ("2. Cơ quan chủ trì, phối hợp /
a) Cơ quan chủ trì / - <unit>" give their units to the section beside them), then own (label lines, prose, table
columns), the unit a heading names for the items below it, inheritance from the nearest ancestor that states one, and
for the top-level items of a part the units its introduction hands them to ("... yêu cầu <units>:").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from core.docrefs import kind_names
from core.lexicon import roles as role_lexicon
from core.lexicon import structure
from core.models import Clause, Responsibility
from core.places import is_province_name
from core.textnorm import fold, roman_value, sentence_end
from ingest import responsibilities as rsp
from ingest.labels import RANK_LETTER, RANK_NUM, RANK_PARA, RANK_ROMAN, Label, label_of
from ingest.quotes import amendment_length, opens_quote, quote_length, quote_run
from ingest.repair import Footnote, Paragraph, is_attestation, is_closing
from ingest.layout_tables import layout_paragraphs
from ingest.tables import Table, TableRow, cells_of, parse_catalog, parse_table
from ingest.units import (defined_by_role, is_bare_head, listed_pieces, listed_units, only_generic, split_units,
                          unit_phrase_at)

RANK_PART_HEADING = -1  # the heading clause of an attached part sits above every division
RANK_SUMMARY = -0.5  # the sentence summing up a body ("Trên đây là ...") sits under its part only
QUOTE_RANKS = 100.0  # added to the ranks inside an amending item's quote: they sit below every rank around it
TITLE_MAX = 160
HEADING_MAX_CHARS = 200  # a heading longer than this is a paragraph
SECTION_KINDS = ("part", "chapter", "section", "capital", "roman")
LIST_UNDER_BULLET = 0.05  # how far above its list a bullet introducing it ranks


@dataclass
class _Node:
    text: str
    span: tuple[int, int]
    label: Label | None
    rank: float
    kind: str  # section | item | table_row | preamble | part
    part: int
    parent: "_Node | None" = None
    children: list["_Node"] = field(default_factory=list)
    component: str = ""
    path: str = ""
    title: str = ""
    trail_extra: list[str] = field(default_factory=list)  # table group headings above a row
    responsibility: Responsibility = field(default_factory=Responsibility)
    has_attributes: bool = False
    lead_in: bool = False  # an unlabelled paragraph naming a unit and ending with ":" ("Đề nghị Bộ Tài chính:")
    own_resp: bool = False  # responsibility stated by the clause itself (labels, table columns)
    footnotes: list[str] = field(default_factory=list)
    quoted: bool = False  # an item of the new text an amending item brings in (its paths nest under that item)
    opens_list: bool = False  # an unlabelled paragraph ending with ":" whose unlabelled paragraphs after it are its items


@dataclass
class _Part:
    index: int
    code: str  # "" for the main text, "PL", "QĐ", "QC", ...
    appendix: bool
    kind: str = ""  # document kind named by its title ("Quy chế")
    number: int = 0  # an appendix's own number, as its title writes it ("PHỤ LỤC II": 2); 0 when it writes none


_TITLE_END = re.compile(rf"{sentence_end('.;:')}(?=[A-ZĐ(])")  # where a heading's title ends
_NAMES_ARTICLE = re.compile(r"\bĐiều \d+[a-zđ]?\.$")


def _title_of(text: str, label: Label | None) -> str:
    body = text[label.end:].strip() if label else text.strip()
    if label is not None and label.kind == "article" and "\n" in body:
        body = body.split("\n", 1)[0]  # "Điều 9. Tổ chức thực hiện" / its body's first line (repair._title_then_body)
    unmarked = body.lstrip("*-+• ")
    if step := structure().step.match(unmarked):
        # a step's title goes on past its label: "Bước 2: Thủ trưởng đơn vị có tài liệu tiêu hủy ra Quyết định ...",
        # not "Bước 2:"
        return f"{step.group(0).strip()} {_title_of(unmarked[step.end():], None)}"
    first, *rest = _TITLE_END.split(body, maxsplit=1)
    if rest and first.endswith(":") and (named := unit_phrase_at(body)) is not None and named[1] > len(first):
        # a unit that lists the provinces or branches it names goes on past its colon: "Ủy ban nhân dân các tỉnh, thành
        # phố: Tuyên Quang, Đồng Nai, ... quyết liệt chỉ đạo ..." (TB 627/TB-VPCP III.1.d), not "... thành phố:"
        first = body[:named[1]] + _TITLE_END.split(body[named[1]:], maxsplit=1)[0]
    if rest and label is not None and label.kind == "article" and first.endswith(":") and "\n" not in body and \
            len((subject := _TITLE_END.split(rest[0], maxsplit=1)[0]).split()) <= ARTICLE_SUBJECT_WORDS and \
            not subject.rstrip().endswith((":", ";")):
        # an article's name goes on past a colon with what it is about: "Điều 4. Nội dung tiêu chí số 3.1: Tốc độ tăng
        # thu nhập bình quân đầu người" (Thông tư 52/2026/TT-BTC; blind set b73), not "... số 3.1:"
        first = f"{first} {subject}"
    if rest and _NAMES_ARTICLE.search(first):
        # a heading naming the article it details goes on with that article's name: "3. Quy định cụ thể Điều 20. Hỗ trợ
        # ổn định đời sống và sản xuất:" (QĐ 16/2010/QĐ-UBND Lai Châu Điều 2.3)
        first = f"{first} {_TITLE_END.split(rest[0], maxsplit=1)[0]}"
    return first if len(first) <= TITLE_MAX else first[:TITLE_MAX - 3].rsplit(" ", 1)[0] + "…"


ARTICLE_SUBJECT_WORDS = 15  # the longest subject an article's name gives after a colon
LEAD_IN_STEP = 0.05  # a unit's lead-in ranks this much above the items it introduces
LEAD_IN_WORDS = 40


def _ends_lead_in(text: str) -> bool:
    """Does ``text`` end as a sentence introducing items, on a colon (emphasis marks aside: "có trách nhiệm:**")?"""
    return text.rstrip(" *_").endswith(":")


def _closes_list(text: str) -> bool:
    """Does an item of a list end as its last does, on a full stop (emphasis marks aside), not on ";" or ","?"""
    return text.rstrip(" *_").endswith(".")


def _unit_lead_in(text: str) -> bool:
    """An unlabelled paragraph that names who does the items after it: "Đề nghị Bộ Nông nghiệp và Môi trường:" (Báo
    cáo UBND Lào Cai, kết quả Chỉ thị 38, 4. Đề xuất, kiến nghị: "(1). Xem xét ...", "(2). ..."), "Giao Sở Tư pháp chủ
    trì thực hiện các nội dung sau:"."""
    t = text.strip()
    if not t.endswith(":") or len(t.split()) > LEAD_IN_WORDS or rsp.is_attribute_line(t):
        return False
    r = rsp.extract_from_text(t[:-1])
    return bool(r.lead or r.implementers)


def _step_word(text: str) -> str:
    """The step word a paragraph opens with ("bước" of "Bước 2: Sau khi ..."), folded; "" when none."""
    m = structure().step.match(text.lstrip(" *_"))
    return fold(m.group(0).split()[0]) if m else ""


def _label_item(label: Label, body: str, line: rsp.LabelLine) -> bool:
    """A lettered/numbered item that is only a role label ("g) Cơ quan thực hiện: Cục Trồng trọt ..."; ``line``, its
    body read as a label line): it states who does the enclosing procedure or task, so it belongs to the clause above,
    not below it."""
    # (with no value it heads the lines that say who: "1.6. Cơ quan giải quyết TTHC:" / "- Cơ quan có thẩm quyền giải
    # quyết TTHC: Ủy ban nhân dân tỉnh." / "- Cơ quan trực tiếp thực hiện ...", QĐ 2913/QĐ-UBND Hà Tĩnh, Phần II)
    # (and "b) Cơ quan phối hợp: Thống kê tỉnh, thành phố; ... / ban, ngành liên quan; ..." after "a) Cơ quan chủ trì:
    # ...", its value wrapped: who partners in the task above, Thông tư 52/2026/TT-BTC Điều 4.2; blind set b73)
    return (label.kind in ("letter", "num", "paren")
            and ("\n" not in body or "\n" not in line.value.strip())
            and any(r in ("lead", "implementers", "advisers", "partners") for r in line.roles)
            and 0 < len(line.value.strip()) <= 200)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _caps_title(node: "_Node") -> bool:
    body = node.text[node.label.end:].strip() if node.label else node.text
    return bool(body) and _is_caps(body) and len(body) < HEADING_MAX_CHARS


def _heading_like(text: str) -> bool:
    t = text.rstrip()
    return len(t) < HEADING_MAX_CHARS and not t.endswith((".", ";", ":", ")", "…"))


def _numbers(label: Label) -> list[str]:
    """The numbers of a numbered label: ["4", "1", "1"] of "4.1.1.", ["1", "3", "1"] of "1.3.1.a."."""
    return [n for n in label.text.strip(" .").split(".") if n.isdigit()]


def _decimal(node: "_Node") -> bool:
    """Is the node numbered with a decimal ("4.1.1.", "2.3")?"""
    return node.label is not None and node.label.kind == "num" and "." in node.label.text.strip(" .")


def _kind_of_title(text: str) -> tuple[str, str] | None:
    """(kind name, code) when a line names a document kind ("KẾ HOẠCH", "QUY CHẾ Phối hợp ...", "PHỤ LỤC I")."""
    f = fold(text).strip(" :.")
    if f.startswith(structure().appendix_words):
        return ("Phụ lục", "PL")
    for kind in structure().kinds:
        k = fold(kind.name)
        if f == k or f.startswith(k + " "):
            return (kind.name, kind.code)
    return None


def _row_number(row: TableRow) -> str:
    """A row's number as its path's component ("3." -> "3", "4.5" stays), "" when its number cell holds no number."""
    return row.number.strip(" .") if row.number and re.fullmatch(r"[\dA-Za-z.]+", row.number.strip()) else ""


def is_attachment_marker(text: str) -> bool:
    f = fold(text.strip(" *_")).lstrip("( ")
    return any(p.match(f) or p.match("(" + f) for p in structure().attachment)


@dataclass
class _TableState:
    """The last assignment table read: its header line, its number of columns, the part it is in, how many clauses
    there were after its rows, and the group its last rows belong to (a group row of a number only, "| III |  |",
    is waiting for its title)."""

    header: str
    columns: int
    part: int
    n_nodes: int
    group_trail: list[str]
    group_number_only: bool


class ClauseTreeBuilder:
    """Builds the clause tree of one document from its paragraphs."""

    def __init__(self, doc_id: str, main_code: str = "QĐ"):
        self.doc_id = doc_id
        self.main_code = main_code  # the code a main text's paths take when an attached text repeats its numbering
        self.nodes: list[_Node] = []
        self.stack: list[_Node] = []
        self.parts: list[_Part] = [_Part(0, "", False)]
        self.last_table: _TableState | None = None  # the assignment table a headerless table may continue
        self.layout_steps: list[str] | None = None  # the header of the table of steps a layout table is reading
        self.amending: _Node | None = None  # the amending item whose quoted new text is being read
        self._amended_last: _Node | None = None  # ... and the one whose quote closed last

    # -- an amending item's new text -------------------------------------------------------------
    def open_amendment(self, again: bool = False) -> bool:
        """The quote starting now is the new text the item on top brings in ("2. Bổ sung Điều 27b ... như sau:"), or
        with ``again`` the next quote of the item whose quote just closed: its items go under that item, ranked among
        themselves (``_ranked``). False when there is no such item."""
        top = self._amended_last if again else (self.stack[-1] if self.stack else None)
        if top is None or top.kind in ("part", "preamble") or top.rank >= QUOTE_RANKS or \
                not any(n is top for n in self.stack):  # by identity: nodes compare by value, their children too
            return False
        self.amending = top
        return True

    def close_amendment(self) -> None:
        self._amended_last, self.amending = self.amending, None

    def _ranked(self, rank: float) -> float:
        """A rank inside the amending quote sits below every rank of the text around it."""
        return rank + QUOTE_RANKS if self.amending is not None and rank < QUOTE_RANKS else rank

    # -- structure -------------------------------------------------------------------------------
    @property
    def part(self) -> _Part:
        return self.parts[-1]

    def _add(self, text: str, span: tuple[int, int], label: Label | None, rank: float, kind: str) -> _Node:
        rank = self._ranked(rank)
        top = self.stack[-1] if self.stack else None
        if label is not None and top is not None and top.lead_in and not top.children and rank <= top.rank \
                and (top.parent is None or top.parent.rank < rank - LEAD_IN_STEP):
            top.rank = rank - LEAD_IN_STEP  # the items after a unit's lead-in are its items
        while self.stack and self.stack[-1].rank >= rank:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        node = _Node(text, span, label, rank, kind, self.part.index, parent, component=label.component if label else "",
                     quoted=self.amending is not None)
        node.title = _title_of(text, label)
        if parent:
            parent.children.append(node)
        self.nodes.append(node)
        self.stack.append(node)
        return node

    def add_preamble(self, paragraphs: list[Paragraph]) -> None:
        node = self._add(" ".join(p.text for p in paragraphs), (paragraphs[0].span[0], paragraphs[-1].span[1]),
                         None, RANK_PARA, "preamble")
        node.component, node.title = "0", "Phần mở đầu"
        self.stack.clear()

    def start_part(self, title: list[Paragraph]) -> None:
        """An attached document (plan, rules, appendix) after the closing block: fresh numbering under its title."""
        text = " ".join(p.text for p in title)
        kind = next((k for p in title if (k := _kind_of_title(p.text))), None)
        appendix = bool(kind and kind[1] == "PL") or fold(text).startswith(structure().appendix_words)
        code = "PL" if appendix else (kind[1] if kind else "VB")
        if appendix and any(part.appendix for part in self.parts):
            # the second appendix on ("PHỤ LỤC II / KẾT QUẢ THỰC HIỆN NHIỆM VỤ ...", TB 624/TB-VPCP) is cited by its
            # own number, so its rows' paths are not the first appendix's again ("PL II.1", not a second "PL.1")
            numeral = re.match(rf"\W*(?:{'|'.join(structure().appendix_words)})\s+([ivxlc]+|\d+)\b", fold(text.strip(" *_#")))
            code = f"PL {numeral.group(1).upper() if numeral else sum(part.appendix for part in self.parts) + 1}"
        self.parts.append(_Part(len(self.parts), code, appendix, kind[0] if kind else "", _appendix_number(text)))
        self.stack.clear()
        self.amending = self._amended_last = None  # an attached text is no amending item's quote
        node = self._add(text, (title[0].span[0], title[-1].span[1]), None, RANK_PART_HEADING, "part")
        node.title = _title_of(text, None)

    def add_quote(self, paragraphs: list[Paragraph]) -> None:
        """A cited text's quote: the text of the item citing it (or a paragraph of its own at the top)."""
        if not self.stack or self.stack[-1].kind in ("part", "preamble"):
            self._add_unlabelled(paragraphs[0])
            paragraphs = paragraphs[1:]
        for p in paragraphs:
            self._append_text(self.stack[-1], p)

    def _append_text(self, node: _Node, p: Paragraph) -> None:
        node.text = f"{node.text}\n{p.text}"
        node.span = (min(node.span[0], p.span[0]), max(node.span[1], p.span[1]))

    def _attribute_target(self, rank: float) -> _Node | None:
        rank = self._ranked(rank)
        for node in reversed(self.stack):
            if node.rank < rank and node.kind not in ("part", "preamble"):
                return node
        return None

    def add_paragraph(self, p: Paragraph) -> None:
        label = label_of(p.text)
        body = p.text[label.end:].strip() if label else p.text
        line = rsp.parse_label_line(body)
        if line is not None and line.roles not in rsp.OWN_FIELD_ROLES and \
                (label is None or label.kind in ("dash", "plus") or _label_item(label, body, line)):
            target = self._attribute_target(label.rank if label else 99)
            if target is not None:
                self._append_text(target, p)
                rsp.apply_attribute(target.responsibility, body)
                target.has_attributes = target.own_resp = True
                return
        if label is None:
            self._add_unlabelled(p)
            return
        kind = "section" if label.kind in SECTION_KINDS else "item"
        top = self.stack[-1] if self.stack else None
        if top is not None and top.label is not None and top.label.kind in ("dash", "plus") and not top.children \
                and label.kind in ("paren", "letter") and label.component in ("1", "a") \
                and self._ranked(label.rank) < top.rank and _ends_lead_in(top.text):
            # a list's first item right after the bullet that introduces it: "- Thành phần hồ sơ gồm có:" + "(1) Tờ khai
            # điện tử ..." + "(2) ..." (QĐ 4422/QĐ-BVHTTDL of 2025, B.I.3; eval/external b19): the list is the
            # bullet's, not its siblings (which took the bullet's own path)
            top.rank = self._ranked(label.rank) - LIST_UNDER_BULLET
        self._add(p.text, p.span, label, self._numbered_rank(label) if label.kind == "num" else label.rank, kind)

    def _numbered_rank(self, label: Label) -> float:
        """The rank of a numbered item where a decimal heading numbers its own items afresh: "4.1.1. Tỷ lệ học sinh đi
        học phổ thông" / "1. Khái niệm, phương pháp tính" ... "5. Cơ quan chịu trách nhiệm thu thập, tổng hợp / - Chủ trì:
        Bộ Giáo dục và Đào tạo" / "4.1.2. Tỷ lệ học sinh hoàn thành ..." (Phụ lục II of TT 02/2025/TT-BKHĐT; blind set
        b133-02): "1." right after such a heading is its first item (the heading ranks above it, as a unit's lead-in
        does), and the next heading numbered like it is its sibling, not a child of the "5." before it, whose number it
        does not continue."""
        top = self.stack[-1] if self.stack else None
        number = _numbers(label)
        if self.amending is not None or top is None:
            return label.rank
        if number == ["1"] and _decimal(top) and not top.children and "\n" not in top.text and \
                _heading_like(top.text) and _heading_like(top.title) and \
                (top.parent is None or top.parent.rank < label.rank - LEAD_IN_STEP):
            top.rank = label.rank - LEAD_IN_STEP
            return label.rank
        if len(number) < 2:
            return label.rank
        numbered: list[_Node] = []  # the numbered items open above it, innermost first
        for node in reversed(self.stack):
            if node.label is None or node.label.kind != "num":
                if (node.label is None and node.kind == "item") or node.rank > label.rank:
                    continue  # a paragraph between ("Mục tiêu 4: Đảm bảo nền giáo dục ..."), a list's bullet
                break
            numbered.append(node)
        # its sibling: the nearest item numbered like it ("4.1.1." for "4.1.2."), unless the item it numbers under
        # ("4.1." for "4.1.2.") stands below that one; past that item's own items ("5.3.1.a. Tỷ lệ tảo hôn" after
        # "5.3.1. ..." / "1." ... "5."), beside it
        like = next((i for i, n in enumerate(numbered) if len(_numbers(n.label)) == len(number)), None)
        # (an item numbered afresh under a decimal heading is no item it numbers under: "4. Nguồn số liệu" under "4.1.2."
        # for "4.2.2.")
        under = next((i for i, n in enumerate(numbered) if _numbers(n.label) == number[:len(_numbers(n.label))]
                      and not (n.parent is not None and _decimal(n.parent) and len(_numbers(n.label)) == 1)), None)
        if under is not None and (like is None or under < like):
            return label.rank if under == 0 else min(label.rank, numbered[under].rank)
        return label.rank if like is None else min(label.rank, numbered[like].rank)

    def _add_unlabelled(self, p: Paragraph) -> None:
        if structure().summary.match(p.text):
            # "Trên đây là Kế hoạch ...; các cơ quan, đơn vị ... nghiêm túc tổ chức, triển khai thực hiện./." sums up
            # the whole body: a clause of its own, not the last item's ("- Tham mưu đề xuất Chủ tịch UBND tỉnh ..."
            # under "4. Sở Nội vụ", whose unit it would take over; eval/external b11-38)
            node = self._add(p.text, p.span, None, RANK_SUMMARY, "item")
            node.component, node.title = "Kết", "Phần kết"
            return
        top = self.stack[-1] if self.stack else None
        if top is not None and top.label is not None and top.label.kind in ("dash", "plus") and \
                structure().conclusion.match(p.text):
            # "Căn cứ các quy định và hướng dẫn nêu trên thì:" after the texts a reply letter cites: its own conclusion
            # and the paragraphs after it, not the last cited bullet's text (Công văn 5680/CT-CS; blind set b61); not a
            # form's "Căn cứ vào những nội dung nêu trên, toàn thể Hội nghị nhất trí ..." under its section (NĐ 308/2025)
            self._add(p.text, p.span, None, RANK_SUMMARY, "item")
            return
        lead_in = _unit_lead_in(p.text)
        earlier = next((n for n in reversed(self.stack) if n.lead_in), None) if lead_in else None
        if earlier is not None:  # the next unit's lead-in ("Đề nghị Bộ Tài chính:" after "Đề nghị Bộ Công an: (1) ...")
            self._add(p.text, p.span, None, earlier.rank, "item").lead_in = True
            return
        if top is not None and top.lead_in and not lead_in:
            self._add(p.text, p.span, None, top.rank + LEAD_IN_STEP, "item")  # the lead-in's first item
            return
        if top is not None and top.label is None and top.kind == "item" and not top.children and \
                _ends_lead_in(top.text) and not structure().salutation.match(top.text):
            # the items of a sentence introducing them, their bullets lost on the page: "Tổ chức, cá nhân hoạt động hóa
            # chất có nghĩa vụ cung cấp, cập nhật ... các thông tin sau đây vào Cơ sở dữ liệu chuyên ngành hóa chất ...
            # bao gồm:" / "Tình hình hoạt động hóa chất của năm trước định kỳ trước ngày 15 tháng 02 hằng năm;" / ...
            # (NĐ 26/2026/NĐ-CP Điều 27.3.b; blind set b100-11): each item is the sentence's, not its sibling
            top.opens_list = True
            self._add(p.text, p.span, None, top.rank + LEAD_IN_STEP, "item").lead_in = lead_in
            return
        if top is not None and top.label is None and top.parent is not None and top.parent.opens_list and \
                not top.children and _closes_list(top.text):
            # the list's last item ends with a full stop (the others with ";"): what follows is the sentence's sibling
            self._add(p.text, p.span, None, top.parent.rank, "item").lead_in = lead_in
            return
        if (step := _step_word(p.text)) and (earlier := next(
                (n for n in reversed(self.stack) if n.label is None and _step_word(n.text) == step), None)):
            # the next step after the list under the one before: "Bước 1: Ủy ban nhân dân cấp xã tổ chức rà soát ...
            # trong đó:" / "- Số liệu ..." / "Bước 2: Sau khi nhận được đủ báo cáo ..." (QĐ 2665/QĐ-UBND Cần Thơ Phần
            # II.1.a; blind set b21): a sibling of the step, not the last bullet's text
            self._add(p.text, p.span, None, earlier.rank, "item")
            return
        standalone_resp = p.text.startswith("(") and re.search(r"chủ trì|thực hiện|phối hợp|tham mưu", p.text[:200])
        if top is None:
            self._add(p.text, p.span, None, RANK_PARA, "item")
        elif top.label and top.label.kind in ("chapter", "section", "part", "article") and (
                not top.text[top.label.end:].strip() or (_caps_title(top) and _is_caps(p.text))):
            self._append_text(top, p)  # "Chương II" + "QUY ĐỊNH CHUNG" on the next line(s): the chapter's title
            top.title = _title_of(" ".join(top.text[top.label.end:].split()), None)
        elif top.label and top.label.kind in ("article", "chapter", "section", "part", "roman") and _heading_like(top.text) \
                and p.text.rstrip().endswith(":") and not top.children:
            self._append_text(top, p)  # "Điều 2. Giải thích từ ngữ" + "Một số từ ngữ ... như sau:": the list's lead-in
        elif standalone_resp or (not top.has_attributes and not _heading_like(top.text) and top.label
                                 and top.kind != "part"):
            self._append_text(top, p)
        elif top.label is None and top.kind != "part" or top.has_attributes and top.rank >= RANK_PARA:
            self._add(p.text, p.span, None, top.rank, "item").lead_in = lead_in  # a sibling paragraph
        else:
            self._add(p.text, p.span, None, max(RANK_PARA, top.rank + 0.25), "item").lead_in = lead_in

    def _continued_table(self, rows: list[Paragraph]) -> tuple[Table, list[str]] | None:
        """A table cut by a page break, as portal copies write it: the rows go on in a new table under an empty or
        orphan header ("| ** ** | ** ** | ... |", "| 2026-2030 |  | ... |") with the columns of the table before,
        and a group's title cut out between the two ("| **III** |  |" ... "**HẠ TẦNG KỸ THUẬT PHỤC VỤ CHUYỂN ĐỔI
        SỐ**" ... the rows of group III). Read with the earlier table's header; the cut-out title rejoins its group
        (plans-real/web/chinh-phu_2597-qd-tt.md, the appendix). Returns the table and the group trail its first rows
        take."""
        last = self.last_table
        if last is None or last.part != self.part.index or len(cells_of(rows[0].text)) != last.columns:
            return None
        between = self.nodes[last.n_nodes:]
        if len(between) > 3 or any(n.kind != "item" or n.children or n.label or len(n.text) > 160 for n in between):
            return None  # more than a cut-out title or a cell's overflow stands between: a table of its own
        table = parse_table([last.header, "|" + "---|" * last.columns, *(r.text for r in rows)])
        if table is None:
            return None
        trail = list(last.group_trail)
        if between and last.group_number_only:
            title = " ".join(" ".join(n.text.split()) for n in between)
            trail = [f"{trail[0]}. {title}" if trail else title]
            for n in between:  # the title was a piece of the table, not a clause
                self.nodes.remove(n)
                if n.parent is not None:
                    n.parent.children.remove(n)
                if n in self.stack:
                    self.stack.remove(n)
        for row in table.rows:
            row.line -= 2  # the borrowed header and separator are not among ``rows``
        return table, trail

    def _continues_series(self, text: str) -> bool:
        """Whether ``text`` is numbered as the next of an item open in this part ("2." while "1." is open)."""
        label = label_of(text)
        if label is None or label.kind != "num" or not label.component.isdigit():
            return False
        return any(n.label is not None and n.label.kind == "num" and n.part == self.part.index
                   and n.label.component.isdigit() and int(n.label.component) + 1 == int(label.component)
                   for n in self.stack)

    def _add_row(self, row: TableRow, p: Paragraph, parent: _Node | None, number: str, group_trail: list[str],
                 responsibility: Responsibility) -> None:
        """A table's row as a clause of its own under ``parent``: its cells after their headers, the group it sits
        in on its heading trail, ``responsibility`` its own (none taken from a heading)."""
        node = _Node(row.as_text(), p.span, None, RANK_LETTER, "table_row", self.part.index, parent, component=number)
        node.title = _title_of(row.task, None)
        node.trail_extra = list(group_trail)
        node.responsibility = responsibility
        node.own_resp = True
        if parent:
            parent.children.append(node)
        self.nodes.append(node)

    def _add_catalog(self, table: Table, rows: list[Paragraph]) -> None:
        """A table naming no one who acts (criteria, indicators, a list of procedures): a row per clause under the
        clause it follows, its group rows ("| I | Văn hóa |") joining the heading trail, no responsibility of its own
        nor any taken from a heading (Bộ tiêu chí of QĐ 42/2025/QĐ-TTg, Phụ lục I.III; blind set b79-10). A row is a
        "table_row" as an assignment table's is: its cells speak for it whole, and it is its own chunk."""
        while self.stack and self.stack[-1].rank >= RANK_LETTER:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        group_trail: list[str] = []
        for row in table.rows:
            if row.is_group:
                group_trail = [f"{row.number.strip()} {row.task}".strip() if row.number.strip() not in row.task else row.task]
                continue
            if not row.task or row.line < 0:
                continue
            self._add_row(row, rows[row.line], parent, _row_number(row), group_trail, Responsibility())

    def add_table(self, rows: list[Paragraph]) -> None:
        table = parse_table([r.text for r in rows])
        group_trail: list[str] = []
        header: str | None = rows[table.first_data_row - 1].text if table is not None and table.first_data_row > 0 else None
        if table is None and (continued := self._continued_table(rows)) is not None:
            table, group_trail = continued
            header = self.last_table.header if self.last_table is not None else None  # it keeps the borrowed header
        if table is None and (outline := layout_paragraphs(rows, self.layout_steps)) is not None:
            paragraphs, self.layout_steps = outline
            for p in paragraphs:  # a procedure's record laid out in a table: its fields and steps as items
                self.add_paragraph(p)
            return
        if table is None and (catalog := parse_catalog([r.text for r in rows])) is not None:
            self._add_catalog(catalog, rows)
            return
        if table is None:
            # Not an assignment table: keep its text in the current clause (or as one clause of its own).
            target = self.stack[-1] if self.stack and self.stack[-1].kind != "part" else None
            if target is None:
                target = self._add(rows[0].text, rows[0].span, None, RANK_PARA, "item")
                rows = rows[1:]
            for r in rows:
                self._append_text(target, r)
            return
        while self.stack and self.stack[-1].rank >= RANK_LETTER:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        number_only = False
        group_number = ""  # the Roman number of the group row the rows below belong to
        for row in table.rows:
            if row.is_group and row.line >= 0 and self._continues_series(row.task):
                # a table's one-cell row numbered as the item the table sits under starts that item's sibling, and
                # the rows below belong to it ("1. Các nhiệm vụ ... quá hạn" above the table; "| **2. Các nhiệm vụ về
                # chuyển đổi số ...** |" and "| **3. ...** |" as rows: ../shared/plans-real/web/chinh-phu_624-tb-vpcp.md)
                self.add_paragraph(Paragraph(text=row.task, spans=list(rows[row.line].spans)))
                parent, group_trail, number_only = self.stack[-1], [], False
                continue
            if row.is_group:
                group_trail = [row.task]
                number_only = bool(re.fullmatch(r"[IVXLC]{1,5}\.?|[A-ZĐ]\.?", row.task.strip()))
                # "| I | Trình Quốc hội ... tại Kỳ họp thứ nhất |", then "| II | ... Kỳ họp thứ 2 |": the rows under
                # each group number from 1 again, so their paths carry the group's number (Nghị quyết
                # 105/2025/UBTVQH15, Phụ lục: PL.II.6 "Luật Luật sư (sửa đổi)"; blind set b79)
                group_number = row.number.strip(" .") if re.fullmatch(r"[IVXLC]{1,5}\.?", row.number.strip()) else ""
                continue
            if not row.task or row.line < 0:
                continue
            number_only = False
            number = _row_number(row)
            if number and group_number:
                number = f"{group_number}.{number}"
            self._add_row(row, rows[row.line], parent, number, group_trail, row.responsibility())
        if header is not None:
            self.last_table = _TableState(header, len(cells_of(header)), self.part.index, len(self.nodes),
                                          list(group_trail), number_only)

    # -- paths, ids, responsibilities -----------------------------------------------------------
    def _assign_paths(self) -> None:
        seq: dict[int, int] = {}
        for part in self.parts:
            nodes = [n for n in self.nodes if n.part == part.index]
            for n in nodes:
                parent = n.parent
                comp = n.component
                if not comp:
                    key = id(parent) if parent else -1 - part.index
                    seq[key] = seq.get(key, 0) + 1
                    comp = str(seq[key])
                if n.kind == "part":
                    n.path = part.code
                elif n.quoted and parent is not None and parent.path:
                    n.path = f"{parent.path}.{comp}"  # "Điều 9.2.Điều 27b.1.c": the new text under its amending item
                elif n.label and n.label.kind == "article":
                    n.path = comp  # article numbers run through the whole text
                elif n.kind == "table_row" and parent is None:
                    n.path = f"{part.code or 'PL'}.{comp}"
                elif parent is not None and parent.path and (parent.kind != "part" or part.appendix):
                    n.path = f"{parent.path}.{comp}"
                elif parent is not None and parent.label and parent.label.kind in ("chapter", "section", "part"):
                    n.path = f"{parent.path}.{comp}" if parent.path else comp
                else:
                    n.path = comp
                if n.label and n.label.kind == "article" and part.appendix:
                    n.path = f"{part.code}.{comp}"
        # a decision whose attached text repeats its numbering: its own clauses take the decision's code
        main = {n.path for n in self.nodes if n.part == 0}
        attached = {n.path for n in self.nodes if n.part > 0 and not self.parts[n.part].appendix}
        if main & attached:
            for n in self.nodes:
                if n.part == 0 and n.kind != "preamble":
                    n.path = f"{self.main_code}.{n.path}"

    def finish(self, footnotes: dict[str, Footnote], paragraphs: list[Paragraph]) -> list[Clause]:
        self._assign_paths()
        _attach_footnotes(self.nodes, paragraphs, footnotes)
        _resolve_responsibilities(self.nodes)
        used: set[str] = set()
        ids: dict[int, str] = {}
        for n in self.nodes:
            base = f"{self.doc_id}:{n.path}"
            cid, k = base, 2
            while cid in used:
                cid, k = f"{base}~{k}", k + 1
            used.add(cid)
            ids[id(n)] = cid
        clauses: list[Clause] = []
        for n in self.nodes:
            trail: list[str] = []
            a = n.parent
            while a is not None:
                trail.insert(0, a.title)
                a = a.parent
            clauses.append(Clause(
                id=ids[id(n)], doc_id=self.doc_id, path=n.path, label=n.label.text if n.label else "",
                title=n.title, text=n.text, level=_depth(n), parent_id=ids[id(n.parent)] if n.parent else None,
                heading_trail=[*trail, *n.trail_extra], span=n.span, kind=n.kind if n.kind != "part" else "section",
                responsibility=n.responsibility, footnotes=n.footnotes, children=[ids[id(c)] for c in n.children],
            ))
        return clauses


def _depth(n: _Node) -> int:
    d, a = 0, n.parent
    while a is not None:
        d, a = d + 1, a.parent
    return d


def _attach_footnotes(nodes: list[_Node], paragraphs: list[Paragraph], footnotes: dict[str, Footnote]) -> None:
    for p in paragraphs:
        for mark in p.footnote_marks:
            fn = footnotes.get(mark)
            if fn is None:
                continue
            for n in nodes:
                if n.span[0] <= p.span[0] <= n.span[1]:
                    note = f"{mark}. {fn.text}"
                    if note not in n.footnotes:
                        n.footnotes.append(note)
                    break


def _heading_of(n: _Node) -> tuple[list[str], bool, str] | None:
    """The units a clause's heading names ("2. Sở Y tế", "Điều 23. Trách nhiệm của ...", "a) Bộ Công an: ...")."""
    if n.kind in ("preamble", "table_row"):
        return None
    if n.label is None:
        # an attached text's title names its unit only through a heading prefix ("QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN
        # HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP"): the duties under it are that unit's
        first = n.text.split("\n", 1)[0].strip()
        if n.kind not in ("section", "part") or not rsp.has_heading_prefix(first):
            return None
        found = rsp.heading_units(first)
        if found is None:
            return None
        units = [" ".join(w.capitalize() for w in u.split()) if u.isupper() else u for u in found[0]]  # "SỞ TƯ PHÁP"
        return units, found[1], found[2]
    if n.kind == "part":
        return None
    first_line, _, more = n.text.partition("\n")
    first_line = first_line[n.label.end:].strip()
    if n.label.kind in ("part", "chapter", "section") and not rsp.has_heading_prefix(first_line):
        # a chapter's or section's title names its subject, not a unit: "Mục 1 KẾ TOÁN TẠI HỘ KINH DOANH, CÁ NHÂN KINH
        # DOANH / THUỘC ĐỐI TƯỢNG KHÔNG CHỊU THUẾ ..." (TT 152/2025/TT-BTC, whose 74 clauses had inherited "Kế toán ..."
        # as their lead; blind set b41); "Chương III. TRÁCH NHIỆM CỦA SỞ Y TẾ" still names one
        return None
    if first_line.endswith(":") and more.strip() and not n.children:
        # the unit's task wrapped onto the next line: "c) Sở Nông nghiệp và Môi trường:" / "Tổng hợp danh sách các cơ
        # quan, đơn vị, địa phương vi phạm ..." (QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 10.2.c)
        first_line = f"{first_line} {' '.join(more.split())}"
    if len(first_line) > 600:
        first_line = first_line[:600]
    title = first_line
    if title.isupper():
        title = " ".join(w.capitalize() for w in title.split())
    found = rsp.heading_units(title)
    if found is not None and len(found[0]) == 1 and (holder := rsp.holder_named(title, found[0][0])) is not None:
        return [holder], found[1], found[2]  # "2. Phó Hiệu trưởng: Ông Nguyễn Văn Thành – Giám sát ...": who holds it
    return found


def _in_full_as_above(units: list[str], above: list[str]) -> list[str]:
    """A heading's units, each in the fuller form the heading above names it by: "4. Quyền hạn của Hội đồng Quản lý:"
    under "Điều 6. Hội đồng Quản lý Quỹ" is that Council's (QĐ 2696/QĐ-UBND Quảng Trị, Điều lệ Quỹ Bảo vệ môi trường)."""
    def fuller(u: str, a: str) -> bool:  # (not a list that opens with it: "Sở giao dịch chứng khoán Việt Nam và công ty con")
        more = a[len(u):]
        return a.startswith(f"{u} ") and len(more.split()) <= _FULLER_MAX_WORDS and not re.search(r",|\bvà\b|\d", more)

    return [next((a for a in above if fuller(u, a)), u) for u in units]


_FULLER_MAX_WORDS = 4  # the most words a heading above may add to a unit's name ("Hội đồng Quản lý" + "Quỹ")


def _names_someone(r: Responsibility) -> bool:
    return bool(r.lead or r.partners or r.implementers or r.advisers)


def _roles_of(r: Responsibility, deadline: str, targets: list[str], inherited: bool = False) -> Responsibility:
    """``r``'s units (copied) and request, with a deadline and targets of the clause taking them."""
    return Responsibility(lead=list(r.lead), partners=list(r.partners), implementers=list(r.implementers),
                          advisers=list(r.advisers), deadline=deadline, targets=targets, inherited=inherited,
                          requested=r.requested)


def _with_later_partners(n: _Node) -> None:
    """An item that takes its heading's roles and names none it works with takes those a later part of its own names
    ("...; phối hợp cùng với Công an thành phố, Sở Nông nghiệp và Môi trường, Thanh tra thành phố để kiểm tra ...")."""
    r = n.responsibility
    if r.partners:
        return
    doers = set(r.lead or r.implementers or r.advisers)
    r.partners = [u for u in rsp.later_partners(n.text[n.label.end:] if n.label else n.text) if u not in doers]


def _lead_in_roles(n: _Node) -> Responsibility | None:
    """The roles of the sentence that introduces ``n``'s items, when it is not the clause's first and names someone:
    "b) Chủ đầu tư lựa chọn đơn vị tư vấn, điều tra, khảo sát theo quy định tại Điều 17 Nghị định 18/2019/NĐ-CP. Đơn
    vị tư vấn, điều tra, khảo sát bom mìn vật nổ có nhiệm vụ: / - Lập phương án kỹ thuật thi công ..." (plans-real/web/
    bo-quoc-phong_94-vbhn-bqp.md TT.Điều 7.1.b): the items are the consultant's, not the investor's."""
    own = n.text[n.label.end:] if n.label else n.text
    said = rsp.sentences(" ".join(own.split()))
    if len(said) < 2 or not said[-1].endswith(":"):
        return None
    r = rsp.sentence_roles(said[-1], opens_clause=False)
    return r if _names_someone(r) else None


def _first_of_duties(parent: _Node) -> _Node | None:
    """The first item under a heading of duties that names no one ("Điều 3. Nhiệm vụ"), when that item names the body
    whose duties they are as its own subject ("1. Quỹ có nhiệm vụ hỗ trợ tài chính ...": roles.toml [duty_list])."""
    if parent.kind not in ("section", "item") or _names_someone(parent.responsibility):
        return None
    own = parent.text[parent.label.end:] if parent.label else parent.text
    if fold(" ".join(own.split()).strip(" .:*")) not in role_lexicon().duty_list:
        return None
    items = [c for c in parent.children if c.kind in ("item", "task") and c.label is not None]
    first = items[0] if items else None
    if first is None or not first.own_resp or not first.responsibility.lead or first.responsibility.inherited:
        return None
    return first


# "Thành lập Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo)": the text's own short name for a body
_SHORT_NAME = re.compile(r"\((?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt\s+là\s*:?\s*[“\"]?([^()“”\"]{2,60}?)[”\"]?\)")


def _short_names_defined(nodes: list[_Node]) -> dict[str, str | None]:
    """The bodies a text names in full once and then by a short name it defines: {"Ban Chỉ đạo": "Ban Chỉ đạo về dữ liệu
    tỉnh Lâm Đồng"} of "Điều 1. Thành lập Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo) ..."
    (QĐ of Chủ tịch UBND tỉnh Lâm Đồng thành lập Ban Chỉ đạo về dữ liệu tỉnh, 2026; blind set b65). Without it the short
    name took the name of another body the text writes after "của" ("... của Ban Chỉ đạo Trung ương")."""
    defined: dict[str, str | None] = {}
    for n in nodes:
        for m in _SHORT_NAME.finditer(n.text):
            short = m.group(1).strip()
            if not is_bare_head(short):
                continue
            before = n.text[:m.start()].rstrip()
            # the full name runs from the short name's last occurrence to the parenthesis, with no stop inside ("Ban
            # Chỉ đạo về dữ liệu tỉnh Lâm Đồng": a name the unit reader ends at "về")
            at = before.rfind(f"{short} ")
            name = before[at:] if at >= 0 and (at == 0 or not before[at - 1].isalnum()) else ""
            if name and len(name.split()) <= _SHORT_NAME_MAX_WORDS and not re.search(r"[.;:,()]", name):
                defined.setdefault(short, name)
    return defined


_SHORT_NAME_MAX_WORDS = 16  # the most words of a full name a short one is defined for


def _named_in_full(nodes: list[_Node]) -> None:
    """A body named by its head alone ("Quỹ có nhiệm vụ ...") in a text that says whose it is ("Ban hành kèm theo Quyết
    định này Điều lệ tổ chức và hoạt động của Quỹ Bảo vệ môi trường tỉnh Quảng Trị", QĐ 2696/QĐ-UBND Điều 1) is that
    body: the name written after "của" with that head, when the text writes one body so (or one at least twice as
    often as every other), in its longest form that only adds the province ("... tỉnh Quảng Trị"), else the form
    written most."""
    full: dict[str, str | None] = _short_names_defined(nodes)

    def name_for(unit: str) -> str | None:
        if unit not in full:
            found: Counter[str] = Counter()
            for n in nodes:
                for m in re.finditer(rf"\bcủa\s+(?={re.escape(unit)}\s+[A-ZĐ])", n.text):
                    phrase = unit_phrase_at(n.text, m.end())
                    if phrase is not None and (units := split_units(phrase[0])) and units[0].startswith(f"{unit} "):
                        found[units[0]] += 1
            # (a name and its longer forms are one body: "Quỹ Bảo vệ môi trường", "Quỹ Bảo vệ môi trường tỉnh Quảng Trị")
            def extends(name: str, shorter: str) -> bool:
                return name == shorter or name.startswith(f"{shorter} ")

            merged: Counter[str] = Counter()
            for name, k in found.items():
                merged[min((m for m in found if extends(name, m)), key=len)] += k
            ranked = merged.most_common(2)
            top = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
            forms = [m for m in found if top is not None and extends(m, top)]
            # the body's name with its province, where written ("Quỹ Bảo vệ môi trường tỉnh Quảng Trị", once in Điều 1),
            # else the form written most (the tail of a longer one may be no name: "... môi trường bắt đầu từ ngày ...")
            placed = [m for m in forms if m != top and is_province_name(m[len(top):])]
            full[unit] = max(placed, key=len) if placed else max(forms, key=lambda m: found[m], default=None)
        return full[unit]

    for n in nodes:
        r = n.responsibility
        for names in (r.lead, r.partners, r.implementers):
            for i, unit in enumerate(names):
                if is_bare_head(unit) and (name := name_for(unit)) is not None:
                    names[i] = name


def _lift_group_labels(nodes: list[_Node]) -> None:
    """Label lines after the last of several items, none of the others stating anything, are the group's: "3. Tổ chức
    theo dõi, tổng hợp, kiểm tra, giám sát ... / 3.1. Tham gia các đoàn kiểm tra ... / 3.2. Tổng hợp, báo cáo kịp thời
    ... / 3.3. Theo dõi, đôn đốc ... / - Đơn vị chủ trì: ... / - Đơn vị phối hợp: ..." (plans-real/html/luong-minh_kh-
    thuc-hien-cong-tac-bau-cu.htm, II.3, where the items of II.2 carry their own). The enclosing item takes them, and
    every item below inherits them."""
    for parent in nodes:
        items = [c for c in parent.children if c.kind in ("item", "task") and c.label is not None]
        if (len(items) < 2 or parent.kind not in ("item", "task") or _names_someone(parent.responsibility)
                or len({c.rank for c in items}) > 1):
            continue
        last, others = items[-1], items[:-1]
        if not last.has_attributes or last.children or any(c.own_resp or c.has_attributes or c.children for c in others):
            continue
        r = last.responsibility
        parent.responsibility = _roles_of(r, r.deadline, parent.responsibility.targets)
        parent.own_resp = True
        if parent.kind == "item":
            parent.kind = "task"


def _name_bodies_defined_by_role(nodes: list[_Node]) -> None:
    """A body the document defines by its role where a duty follows it ("Cơ quan, đơn vị chủ trì lập kế hoạch có trách
    nhiệm gửi hồ sơ ...") is the same body where a task follows it ("Cơ quan, đơn vị chủ trì lập kế hoạch tổ chức lựa
    chọn đơn vị tư vấn ...", plans-real/web/ha-tinh_2913-qd-ubnd.md Phần II.1.1.1): a clause whose lead is only its
    generic head, and whose text writes the whole name, takes the name."""
    defined = sorted({u for n in nodes for u in n.responsibility.lead if defined_by_role(u)}, key=len, reverse=True)
    if not defined:
        return
    for n in nodes:
        lead = n.responsibility.lead
        text = n.text.lower()
        for i, unit in enumerate(lead):
            if not only_generic(unit):
                continue
            name = next((d for d in defined if d.lower().startswith(f"{unit.lower()} ") and d.lower() in text), None)
            if name is not None:
                at = text.index(name.lower())
                lead[i] = n.text[at:at + len(name)]


def _is_period_heading(n: _Node) -> bool:
    """Is ``n`` a heading that names a period and little else ("2.1. Đợt 1: Trong tháng 12/2025", "Năm 2026:")?"""
    deadline = n.responsibility.deadline
    if not deadline or not n.children or _names_someone(n.responsibility):
        return False
    own = n.text[n.label.end:] if n.label else n.text
    return "\n" not in own.strip() and len(own.split()) - len(deadline.split()) <= _PERIOD_NAME_WORDS


_PERIOD_NAME_WORDS = 3  # "Đợt 1:", "Giai đoạn 1:"


def _bare_role_label(n: _Node) -> tuple[str, ...]:
    """The roles a clause names when its own words are a role label and nothing else, the units it gives the role to
    written in the items below it (or in label lines of its own): "2. Cơ quan chủ trì, phối hợp / a) Cơ quan chủ trì /
    - Ban Chỉ đạo quốc gia. / - Các Bộ, ngành liên quan. / b) Cơ quan phối hợp / - Mặt trận Tổ quốc Việt Nam ..."
    (Kế hoạch 252/KH-BCĐQG1237 of the national steering committee 1237, I.2), "2. Chủ trì thực hiện / - Bộ Quốc
    phòng." (IV.2)."""
    if n.label is None or n.kind not in ("item", "section"):
        return ()
    first, _, rest = n.text[n.label.end:].strip().partition("\n")
    return () if rest.strip() and not n.has_attributes else rsp.bare_role_label(first)


def _unit_line(n: _Node) -> list[str]:
    """The units an item names when it names units and nothing else ("- Bộ Ngoại giao."), else []."""
    if n.children or n.kind not in ("item", "task"):
        return []
    own = rsp.without_emphasis(n.text[n.label.end:] if n.label else n.text).strip()
    return listed_units(own) if own and "\n" not in own and len(own) <= 300 else []


def _note(n: _Node) -> bool:
    """An unlabelled note in parentheses among the units listed ("(Văn phòng Ban Chỉ đạo, cơ quan thường trực đồng thời
    là cơ quan trung tâm ...)", Kế hoạch 252/KH-BCĐQG1237 V.2.a)."""
    return n.label is None and not n.children and n.text.strip().startswith("(")


def _deadline_line(n: _Node) -> str:
    """The value of an item that is a deadline label line and nothing else ("3. Thời gian thực hiện: Tháng 12/2013 và
    thường xuyên."), else ""."""
    if n.children or n.label is None or n.kind not in ("item", "task"):
        return ""
    line = rsp.parse_label_line(" ".join(n.text[n.label.end:].split()))
    return line.value.rstrip(" .;") if line is not None and line.roles == ("deadline",) else ""


def _role_sections(nodes: list[_Node]) -> set[int]:
    """Role headings: a clause that is a role label alone ("Cơ quan chủ trì") over items naming units gives those units
    the role in the clause it stands under, whose other items (the content, "1. Nội dung, biện pháp / a) ...") then
    inherit them; a sibling deadline line ("3. Thời gian thực hiện: Tháng 12/2013") gives that clause its deadline.
    The role headings, their unit lines and the deadline lines are no tasks. Returns their ids (read no further)."""
    done: set[int] = set()
    targets: list[_Node] = []
    labelled = {id(n): roles for n in nodes if (roles := _bare_role_label(n))}
    for r in nodes:
        roles = labelled.get(id(r))
        if not roles:
            continue
        container = any(id(c) in labelled for c in r.children)  # "2. Cơ quan chủ trì, phối hợp" over "a) Cơ quan chủ trì"
        lines = [] if container else [(c, _unit_line(c)) for c in r.children if not _note(c)]
        listed = bool(lines) and all(units for _, units in lines)
        if not listed and not r.has_attributes:
            continue
        target = r.parent
        while target is not None and id(target) in labelled:
            target = target.parent
        if target is None or target.kind in ("part", "preamble"):
            continue
        got = r.responsibility if r.has_attributes else Responsibility()
        rsp.merge(target.responsibility, got)
        rsp._add(getattr(target.responsibility, roles[0]), [u for _, units in lines for u in units] if listed else [])
        r.responsibility = Responsibility()
        done.add(id(r))
        if listed:
            done.update(id(c) for c, _ in lines)
        if r.parent is not target:
            done.add(id(r.parent))
        targets.append(target)
    for target in targets:
        for c in target.children:
            if id(c) not in done and (value := _deadline_line(c)):
                target.responsibility.deadline = target.responsibility.deadline or value
                done.add(id(c))
        rsp.finalize(target.responsibility)
        target.own_resp = True
        if target.kind == "item":
            target.kind = "task"
    for n in nodes:
        if id(n) in done:
            n.responsibility = Responsibility()
            n.own_resp = True  # nothing to inherit: a role heading, a unit it lists, a deadline line
    return done


def _self_and_ancestors(n: _Node | None):
    """``n``, its parent, and so on up to the top of the tree."""
    while n is not None:
        yield n
        n = n.parent


def _under_aims(n: _Node) -> bool:
    """Is ``n`` in a section that assigns no work ("I. MỤC ĐÍCH, YÊU CẦU", structure.toml [aims_section])?"""
    return any(a.kind == "section" and fold(a.title).startswith(structure().aims_sections)
               for a in _self_and_ancestors(n))


def _under_scope(n: _Node) -> bool:
    """Is ``n`` an article or item saying whom the text governs, or under one ("Điều 2. Đối tượng áp dụng",
    structure.toml [scope_section])? It assigns no task."""
    return any(a.label is not None and fold(a.title).startswith(structure().scope_sections)
               for a in _self_and_ancestors(n))


def _lists_those_present(n: _Node) -> bool:
    """Is ``n`` an item of a list of those who attend or sit on a board, saying no role ("2. Thành phần / - Đại diện
    Lãnh đạo Ban Nội chính Tỉnh ủy, Ủy ban kiểm tra Tỉnh ủy, ..."; structure.toml [members_section])? It is no task."""
    for a in _self_and_ancestors(n.parent):
        title = fold(a.title)
        if a.label is not None and title.startswith(structure().members_sections) and "," not in title \
                and not any(w in title for w in structure().members_not_with):
            return not rsp.says_a_role(n.text)
    return False


def _handed_over_by_intro(nodes: list[_Node]) -> dict[int, Responsibility]:
    """Part -> the units its introduction hands the numbered items after it to, when its last sentence does so ("...,
    Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" / "1. Chỉ đạo
    các cấp ...", Chỉ thị 31/CT-TTg of 2012): those items, and what is below them, are theirs unless they say whose."""
    intro: dict[int, Responsibility] = {}
    for n in nodes:
        if n.kind == "preamble" and (said := rsp.sentences(" ".join(n.text.split()))):
            if (r := rsp.handed_over(said[-1])) is not None:
                intro[n.part] = r
    return intro


def _units_as_written(nodes: list[_Node]) -> None:
    """A unit an attached text's title names in capitals ("... CỦA CHI CỤC KIỂM LÂM THUỘC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
    TỈNH QUẢNG TRỊ") is read "Chi Cục Kiểm Lâm Thuộc ..." word by word; it is shown as the text writes it ("Chi cục
    Kiểm lâm thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Trị"), or, when the text writes only its head, as the head
    ("Chi cục Kiểm lâm"; eval/external/docs/b8/f48a2691d3f74ec4.md)."""
    text = " ".join(" ".join(n.text.split()) for n in nodes if n.kind != "part")
    written: dict[str, str] = {}

    def as_written(name: str) -> str:
        if name not in written:
            written[name] = name
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
                return name  # written so ("Sở Công Thương")
            for form in (name, re.split(r"\s+Thuộc\s+", name)[0]):
                pattern = r"\s+".join(re.escape(w) for w in form.split())
                if (m := re.search(rf"(?<!\w){pattern}(?!\w)", text, re.I)) is not None:
                    written[name] = m.group(0)
                    break
        return written[name]

    for n in nodes:
        r = n.responsibility
        for names in (r.lead, r.partners, r.implementers, r.advisers):
            for i, name in enumerate(names):
                words = name.split()
                if len(words) >= 3 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
                    names[i] = as_written(name)


def _without_article_title(n: _Node) -> str:
    """A clause's words after its label, without an article's title line when sentences follow it: "Điều 4. Tổ chức
    thực hiện" names the article, it is no task of the unit an attached text's title names ("... CỦA CHI CỤC KIỂM
    LÂM"); the sentence below says who acts ("Chi cục trưởng Chi cục Kiểm lâm có trách nhiệm: ...",
    eval/external/docs/b8/f48a2691d3f74ec4.md)."""
    assert n.label is not None
    text = n.text[n.label.end:]
    if n.label.kind != "article":
        return text
    title, _, rest = text.strip().partition("\n")
    return rest if rest.strip() and not title.rstrip().endswith((".", ";", ":")) else text


def _section_body(n: _Node) -> str:
    """The sentences under a section's title line ("" when it has none, or a table: "Các Bộ, cơ quan ngang Bộ / | Đơn
    vị | ..." lists, NQ 250/2025 Phụ lục III)."""
    title, _, body = n.text.partition("\n")
    return body.strip() if not title.rstrip().endswith((".", ";", ":")) and "|" not in body else ""


def _section_intro(n: _Node) -> Responsibility | None:
    """The roles of the sentence a section states under its title to hand its items over ("Giao ... các công việc
    liên quan:"), when it names who leads or carries them out; else None."""
    _, _, body = n.text.partition("\n")
    body = body.strip()
    if not n.children or not body or "\n" in body or not _ends_lead_in(body) or \
            rsp.opener_at(body, 0) is None:
        return None  # (not "... Ban Thường trực ... triệu tập và chủ trì hội nghị gồm:", who attend)
    roles = rsp.extract_from_text(body)
    units = roles.lead or roles.implementers
    return roles if units and not all(only_generic(u) for u in units) else None


def _one_of_parties(text: str, ctx_units: list[str]) -> Responsibility | None:
    """The roles a clause names for itself when its heading named several parties by kind in one phrase and the clause
    names one of them as its subject: "Điều 44. Trách nhiệm của gia đình người nghiện ma túy, cộng đồng / 1. Gia đình
    người nghiện ma túy có trách nhiệm sau đây: ..." (Luật Phòng, chống ma túy 120/2025/QH15). None otherwise."""
    if len(ctx_units) != 1 or "," not in ctx_units[0]:
        return None  # (a party heading keeps its list whole; units are split one by one)
    alone = rsp.extract_from_text(text, None, False)
    pieces = [fold(p) for p in listed_pieces(ctx_units[0])]
    if alone.lead and all(any(fold(u).startswith(p) for p in pieces) for u in alone.lead):
        return alone
    return None


def _resolve_responsibilities(nodes: list[_Node]) -> None:
    """Own responsibilities (with the enclosing unit heading as the subject of subjectless sentences), then
    inheritance from the nearest ancestor that states one."""
    context: dict[int, tuple[list[str], bool]] = {}  # node -> units of the nearest unit heading at or above it
    partners_of: dict[int, list[str]] = {}  # a clause introducing items with "X chủ trì, phối hợp với Y:" -> Y
    role_lines = _role_sections(nodes)
    intro = _handed_over_by_intro(nodes)
    for n in nodes:  # parents come before children in document order
        if id(n) in role_lines:
            continue
        inherited_ctx = context.get(id(n.parent)) if n.parent else None
        heading = _heading_of(n)
        if heading is not None and not heading[2] and not n.children:
            heading = None  # a unit named alone with nothing under it ("Đối tượng áp dụng: 1. Sở Y tế."): no task
        if heading is not None:
            units, requested, rest = heading
            if inherited_ctx is not None:
                units = _in_full_as_above(units, inherited_ctx[0])
            context[id(n)] = (units, requested)
            resp = n.responsibility
            own = rsp.extract_from_text(rest, units, requested) if rest else Responsibility()
            if own.lead or own.implementers or own.advisers:
                rsp.merge(resp, own)
            else:
                rsp.merge(resp, own)
                rsp._add(resp.lead, units)
                resp.requested = resp.requested or requested
            n.own_resp = True
            if rest and n.kind == "item":
                n.kind = "task"
            resp.targets = rsp.extract_targets(n.text)
            rsp.finalize(resp)
            continue
        if inherited_ctx is not None:
            context[id(n)] = inherited_ctx
        if n.kind in ("section", "preamble", "part"):
            if n.kind == "section" and (intro_roles := _section_intro(n)) is not None:
                # "III. TỔ CHỨC THỰC HIỆN / Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên
                # quan: / 1. Tổ chức kiểm tra ... / 2. Chuẩn bị ..." (Kế hoạch kiểm tra ... của Sở Công Thương Lào
                # Cai, 7/2026): the sentence under a section's title hands its items to the units it names
                rsp.merge(n.responsibility, intro_roles)
                context[id(n)] = (list(intro_roles.lead or intro_roles.implementers), intro_roles.requested)
                n.own_resp = True
            if n.kind == "section" and not n.children and (body := _section_body(n)):
                # a section with sentences and no items: "III. Về các nội dung liên quan công tác cán bộ / Ban Thường vụ
                # Đảng uỷ thống nhất ... Giao Ban Xây dựng Đảng phối hợp Đảng uỷ UBND xã tiếp tục tham mưu ..." (TB
                # 17-TB/ĐU of Đảng uỷ xã Công Hải, 2025; blind set b137-28): its sentences assign as an item's do
                rsp.merge(n.responsibility, rsp.extract_from_text(body, *(inherited_ctx or (None, False))))
                if _names_someone(n.responsibility):
                    n.own_resp = True
                    n.kind = "task"
            n.responsibility.targets = rsp.extract_targets(n.text)
            continue
        ctx_units, ctx_requested = inherited_ctx if inherited_ctx else (None, False)
        if n.parent is None and n.part in intro:
            # a numbered item right after the introduction that hands the items over: its subjectless sentences are
            # the introduction's units' ("1. Chỉ đạo các cấp đưa nội dung đào tạo nghề ...", Chỉ thị 31/CT-TTg)
            ctx_units, ctx_requested = intro[n.part].lead, intro[n.part].requested
        # (not in "Điều 2. Đối tượng áp dụng / 1. Các cơ quan, tổ chức, cá nhân tham gia việc lập, thẩm định ...", NQ
        # Hà Nội on TOD planning, eval/external b12-02: those the text applies to, no one's task)
        if n.kind != "table_row" and not _under_scope(n) and not _lists_those_present(n):
            text = _without_article_title(n) if n.label else n.text
            own = rsp.extract_from_text(text, ctx_units, ctx_requested)
            if ctx_units and own.lead in ([], list(ctx_units)) and (named := _one_of_parties(text, ctx_units)) is not None:
                own = named
            if ctx_units and own.lead and all(rsp.leads_by_role(u) for u in own.lead):
                # under a unit heading, "cơ quan chủ trì" is that unit: "I.1. Các cơ quan đăng ký đầu tư (Sở Tài chính,
                # ...) / b) Tổ chức lấy ý kiến ...; Trường hợp ..., cơ quan chủ trì có trách nhiệm phối hợp với các
                # cơ quan xem xét" (plans-real/web/dak-lak_010-ct-ubnd.md)
                own.lead = list(ctx_units)
            if ctx_units and not own.lead and own.implementers and set(own.implementers) <= set(ctx_units):
                # "Điều 68. Trách nhiệm, thẩm quyền của cơ quan sử dụng công chức / 5. Thực hiện việc lập hồ sơ ...":
                # the heading's unit carrying out its own task leads it
                own.lead, own.implementers = own.implementers, []
            if id(n.parent) in partners_of and not own.lead and own.advisers and set(own.advisers) <= set(ctx_units):
                own.lead, own.advisers = own.advisers, []  # "X chủ trì ...: / c) Tham mưu, phối hợp ...": X leads it
            if id(n.parent) in partners_of and own.lead == list(ctx_units) and not own.partners:
                own.partners = list(partners_of[id(n.parent)])  # "... chủ trì, phối hợp với Y: / a) Khẩn trương ...": Y too
            rsp.merge(n.responsibility, own)
            introduces = n.children and _ends_lead_in(n.text)
            if introduces and own.lead and (inherited_ctx is not None or own.partners):
                # a sentence introducing items names their unit as a heading does: "2. Ban Quản lý các khu công nghệ
                # cao và khu công nghiệp thành phố Hà Nội (...) có trách nhiệm: / a) Chủ trì tiếp nhận, xét duyệt hồ sơ
                # ..." (NQ 73/2025/NQ-HĐND Hà Nội Điều 16.2, eval/external/docs/b10): the Board's, not the article's;
                # with its partners, who stay those of the items naming none: "10. Bộ Y tế chủ trì, phối hợp với các
                # cơ quan, địa phương: / a) Khẩn trương hoàn thiện hồ sơ ... / b) Chủ trì, phối hợp với các Bộ: Xây
                # dựng, Quốc phòng ..." (NQ 122/NQ-CP III.10, blind set b27-21): b)'s partners are its own
                context[id(n)] = (list(own.lead), own.requested)
                partners_of[id(n)] = list(own.partners)
            elif introduces and not own.lead and own.implementers:
                # so does an article handing its items to one unit: "Điều 3. Giao Giám đốc Công an tỉnh thực hiện các
                # nhiệm vụ sau: / b) Chủ trì, phối hợp với Giám đốc Sở Khoa học và Công nghệ / c) Phối hợp với Chánh
                # Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức niêm yết ..." (QĐ
                # 2682/QĐ-UBND Vĩnh Long): its items without a subject are that unit's
                context[id(n)] = (list(own.implementers), own.requested)
        n.responsibility.targets = rsp.extract_targets(n.text)
        rsp.finalize(n.responsibility)
        if _names_someone(n.responsibility):
            n.own_resp = True
            if n.kind == "item":
                n.kind = "task"
    _name_bodies_defined_by_role(nodes)
    _units_as_written(nodes)
    _lift_group_labels(nodes)
    # read once per parent, not once per item under it
    duties: dict[int, _Node | None] = {}  # parent -> its first item, when it heads a list of duties naming no one
    lead_ins: dict[int, Responsibility | None] = {}  # ancestor -> the roles of the sentence introducing its items
    for n in nodes:
        if n.parent is not None and not n.responsibility.deadline and _is_period_heading(n.parent):
            # "2.2. Đợt 2: Từ tháng 01 đến ngày bầu cử 15/3/2026 / - Tập trung tuyên truyền đậm nét, cao điểm ..."
            # (plans-real/html/luong-minh_kh-tieu-ban-tuyen-truyen-bau-cu.htm II.2.2): what is listed under a period
            # happens in it
            n.responsibility.deadline = n.parent.responsibility.deadline
        # (a clause whose own lines only say when, "Thời gian thực hiện: Trước ngày 15/11/2025", under "1.4. Ủy ban nhân
        # dân các phường, xã, đặc khu" (QĐ 1627/QĐ-UBND Quảng Ngãi IV.1.4, eval/external/docs/b9) is still the
        # heading's unit's)
        dated_only = n.has_attributes and not _names_someone(n.responsibility) and id(n) not in role_lines
        if n.own_resp and _directs_under_lead_in(n):
            # "7. Ủy ban nhân dân cấp tỉnh có trách nhiệm: / d) Chỉ đạo các cơ quan chuyên môn đảm bảo thực hiện đúng
            # các quy định về cấp mã số cơ sở nuôi ..." (TT 85/2025/TT-BNNMT Điều 37.7.d; blind set b95): those it
            # directs carry the item out, the body the lead-in names leads it
            n.responsibility.lead = list(n.parent.responsibility.lead)
        if (n.own_resp and not dated_only) or (n.parent is None and n.part not in intro) or n.kind in ("preamble", "part"):
            if n.kind == "item" and n.responsibility.deadline and _names_someone(n.responsibility):
                n.kind = "task"
            continue
        first = None
        if n.parent is not None:
            if id(n.parent) not in duties:
                duties[id(n.parent)] = _first_of_duties(n.parent)
            first = duties[id(n.parent)]
        if first is not None and first is not n:
            # "Điều 3. Nhiệm vụ / 1. Quỹ có nhiệm vụ hỗ trợ tài chính ... / 4. Đôn đốc các tổ chức, cá nhân ..."
            r = first.responsibility
            n.responsibility = _roles_of(r, n.responsibility.deadline, n.responsibility.targets, inherited=True)
            _with_later_partners(n)
            if n.kind == "item":
                n.kind = "task"
            continue
        src = n.parent
        while src is not None and not _names_someone(src.responsibility) and src.kind not in ("part",):
            src = src.parent
        if n.kind == "section":
            continue
        if src is None and n.part in intro and not _under_aims(n):
            r = intro[n.part]  # "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh ...:" / "1. ..."
        elif src is None or not _names_someone(src.responsibility):
            continue
        else:
            if id(src) not in lead_ins:
                lead_ins[id(src)] = _lead_in_roles(src)
            r = lead_ins[id(src)] or src.responsibility
        n.responsibility = _roles_of(r, n.responsibility.deadline or r.deadline, n.responsibility.targets,
                                     inherited=True)
        _with_later_partners(n)
        if n.kind == "item":
            n.kind = "task"
    _named_in_full(nodes)


def _directs_under_lead_in(n: _Node) -> bool:
    """Is ``n`` an item that only names whom it directs (implementers, no lead or partner) under a sentence introducing
    items that names who leads them ("X có trách nhiệm:")?"""
    r, parent = n.responsibility, n.parent
    return bool(r.implementers) and not r.lead and not r.partners and parent is not None \
        and bool(parent.responsibility.lead) and _ends_lead_in(parent.text)


# ---------------------------------------------------------------------------------------------- document parts


@cache
def _signature_line() -> re.Pattern:
    """A signature block's line, folded: one signing on someone's behalf ("KT. CHỦ TỊCH") or a signer's office
    (structure.toml [signer_position]: "PHÓ CHỦ TỊCH", "THỨ TRƯỞNG", "TỔNG KIỂM TOÁN NHÀ NƯỚC")."""
    offices = "|".join(sorted({re.escape(fold(w)) for w in structure().signer_positions}, key=len, reverse=True))
    return re.compile(rf"^(?:(?:tm|kt|tl|tuq|q|k/t)[.\s]|(?:pho )?(?:{offices})\b)")


def _is_signature_or_recipient(text: str) -> bool:
    t = text.strip(" *_|")
    if _signature_line().match(fold(t)) and len(t.split()) <= 12:
        return True
    return len(t.split()) <= 8 and not _kind_of_title(t) and not is_attachment_marker(t)


_ATTESTED_LINE = re.compile(r"^(?:Số\s*:|.{0,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})")


def _attestation_end(paragraphs: list[Paragraph], i: int) -> int:
    """The index after a consolidated text's authentication block opening at ``i`` ("BỘ TÀI CHÍNH / Số: 08/VBHN-BTC /
    XÁC THỰC VĂN BẢN HỢP NHẤT / Hà Nội, ngày ... / KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Đức Chi"); ``i`` when none
    opens there. Its number, date and signer are the text's (ingest.metadata); none of it is words of the last item."""
    def short_upper(t: str) -> bool:
        return t == t.upper() and any(c.isalpha() for c in t) and len(t.split()) <= 12

    t = paragraphs[i].text.strip(" *_|")
    if paragraphs[i].is_table_row or not (short_upper(t) or _ATTESTED_LINE.match(t)) or \
            not any(is_attestation(p.text) for p in paragraphs[i:i + 5]):
        return i
    j = i
    while j < len(paragraphs) and j - i < 10 and not paragraphs[j].is_table_row:
        u = paragraphs[j].text.strip(" *_|")
        if not (short_upper(u) or _ATTESTED_LINE.match(u) or is_attestation(u)):
            break
        j += 1
    if j < len(paragraphs) and not paragraphs[j].is_table_row:
        words = paragraphs[j].text.split()
        if 2 <= len(words) and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words[:2]):
            j += 1  # the signer's name ("Đào Ngọc Dung", a footnote's words the page joined to it go with it)
    return j


def _signature_block_end(paragraphs: list[Paragraph], i: int) -> int:
    """The index after a signature block opening at ``i`` with one signing on someone's behalf ("TM. CHÍNH PHỦ", "KT.
    BỘ TRƯỞNG", upper case, a dot after the abbreviation), its offices and at most two short lines of rank and name;
    ``i`` when none opens there."""
    t = paragraphs[i].text.strip(" *_|")
    letters = [c for c in t if c.isalpha()]
    if paragraphs[i].is_table_row or not re.match(r"^(?:TM|KT|TL|TUQ|Q)\.\s*\w", t) or len(t.split()) > 12 or \
            not all(c.isupper() for c in letters):
        return i
    j = i + 1
    while j < len(paragraphs) and j - i < 5 and not paragraphs[j].is_table_row:
        u = paragraphs[j].text.strip(" *_|")
        if not (_signature_line().match(fold(u)) and len(u.split()) <= 12 and u == u.upper()):
            break
        j += 1
    for _ in range(2):  # the rank and the name: short, no numbering, no full stop, no attached text's title
        if j >= len(paragraphs) or paragraphs[j].is_table_row:
            break
        u = paragraphs[j].text.strip(" *_|")
        if not u or len(u.split()) > 6 or label_of(u) is not None or u[-1] in ".;:," or _kind_of_title(u) or \
                is_attachment_marker(u) or is_closing(u) or u == u.upper():
            break
        j += 1
    return j


@cache
def _appendix_numbered() -> re.Pattern:
    """An appendix's title word and its number, folded ("phu luc ii"; structure.toml [appendix])."""
    return re.compile(rf"^\W*(?:{'|'.join(map(re.escape, structure().appendix_words))})\s+([ivxlc]+|\d{{1,2}})\b")


def _forms_appendix(paragraphs: list[Paragraph], i: int) -> bool:
    """Is the "Phụ lục N" line at ``i`` the appendix of a form the document attaches, its next lines saying what it is
    attached to, no kind of document ("(Kèm theo Hợp đồng số …ngày … tháng … năm…)" under "Phụ lục IV" of the power
    purchase contract in TT 58/2025/TT-BCT's PHỤ LỤC III)?"""
    for p in paragraphs[i + 1:i + 4]:
        f = fold(p.text.strip(" *_()"))
        if (m := re.search(r"\bkem theo\s+(\w+(?: \w+)?)", f)) is not None:
            return not any(m.group(1).startswith(k) for k in kind_names())
    return False


def _appendix_line(text: str) -> int:
    """The number of an appendix's heading line that holds nothing else ("Phụ lục II" -> 2), 0 for any other line."""
    stripped = fold(text.strip(" *_#|")).rstrip(".")
    m = _appendix_numbered().match(stripped)
    return _numeral_value(m.group(1)) if m is not None and m.end() == len(stripped) else 0


def _appendix_number(title: str) -> int:
    """The number an appendix's title gives it ("PHỤ LỤC II ..." -> 2, "Phụ lục 3" -> 3), 0 when it gives none."""
    m = _appendix_numbered().match(fold(title.strip(" *_#|")))
    return _numeral_value(m.group(1)) if m is not None else 0


def _numeral_value(numeral: str) -> int:
    """A folded appendix number's value: "3" -> 3, "ii" -> 2 (0 for Roman figures written irregularly)."""
    return int(numeral) if numeral.isdigit() else roman_value(numeral.upper()) or 0


def _attachment_start(paragraphs: list[Paragraph], i: int) -> int | None:
    """Where an attached document starts after the closing block at ``i`` (None: the document ends there)."""
    for j in range(i + 1, len(paragraphs)):
        t = paragraphs[j].text.strip()
        if is_closing(t) or re.match(r"^\[\d+\]", t):
            continue
        label = label_of(t)
        if _kind_of_title(t.strip(" *_|")) or is_attachment_marker(t):
            return j
        if paragraphs[j].is_table_row and not is_closing(t) and j > i + 1:
            return j
        if label and label.rank <= RANK_NUM:
            return j
        letters = [c for c in t if c.isalpha()]
        if len(t.split()) >= 5 and letters and all(c.isupper() for c in letters) and not _is_signature_or_recipient(t):
            return j
        if not _is_signature_or_recipient(t) and not t.startswith("-") and len(t.split()) > 12:
            return j
    return None


def _attachment_title(paragraphs: list[Paragraph], j: int) -> int:
    """How many paragraphs from ``j`` make the attached document's title (its kind line, subject lines and the
    "(Kèm theo ...)" line)."""
    k = j
    while k < len(paragraphs) and k - j < 6:
        t = paragraphs[k].text.strip()
        if paragraphs[k].is_table_row or (k > j and label_of(t) is not None and not is_attachment_marker(t)):
            break
        if k > j and not _heading_like(t) and not is_attachment_marker(t):
            break
        k += 1
        if is_attachment_marker(t):
            break
    return max(k - j, 1) if k > j else 1


def _signed_just_before(paragraphs: list[Paragraph], i: int) -> bool:
    """Whether one of the three paragraphs before ``i`` is a signature line ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"), with no
    attached text's title after it ("PHỤ LỤC:" before "DANH MỤC ...": the appendix has started already)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        t = paragraphs[k].text.strip(" *_|")
        if _kind_of_title(t) or is_attachment_marker(t):
            return False
        if _signature_line().match(fold(t)) and len(t.split()) <= 12:
            return True
    return False


def _unclosed_attachment(paragraphs: list[Paragraph], i: int) -> int:
    """The number of title paragraphs of an attached document starting at ``i`` with no closing block before it: a
    kind line alone ("KẾ HOẠCH", "QUY CHẾ") whose title ends with an attachment line, or, right after the signature, an
    upper-case title ending so or a new letterhead; 0 when ``i`` starts none."""
    t = paragraphs[i].text.strip(" *_|#")
    # the kind line and its "(Kèm theo Nghị định số 131/2026/NĐ-CP ngày ...)" joined into one paragraph after the
    # signer's name, which no recipients' block preceded ("Hồ Đức Phớc / Phụ lục (Kèm theo ...) / Mẫu số 01 ...", NĐ
    # 131/2026/NĐ-CP as the Official Gazette prints it; blind set b35-02)
    joined = re.fullmatch(r"(.{2,40}?)\s*(\([^()]{10,}\))", t)
    if joined and not paragraphs[i].is_table_row and len(joined.group(1).split()) <= 3 and \
            _kind_of_title(joined.group(1)) is not None and is_attachment_marker(joined.group(2)):
        return 1
    if _signed_just_before(paragraphs, i) and not paragraphs[i].is_table_row and len(t.split()) >= 2 and \
            t == t.upper() and any(c.isalpha() for c in t) and label_of(t) is None and \
            not _signature_line().match(fold(t)):
        # an upper-case title of any length closed by its "(Ban hành kèm theo ...)" line right after the signature,
        # which no recipients' block preceded ("THỨ TRƯỞNG / Nguyễn Bá Hoan / DANH MỤC VĂN BẢN ... HẾT HIỆU LỰC /
        # THUỘC LĨNH VỰC ... / (Ban hành kèm theo Quyết định số 135/QĐ-BLĐTBXH ...)", the Official Gazette; blind
        # set b37)
        n = _attachment_title(paragraphs, i)
        if n > 1 and is_attachment_marker(paragraphs[i + n - 1].text.strip()):
            return n
        # a new letterhead after the signature ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
        # NAM / Độc lập - Tự do - Hạnh phúc / DANH MỤC / Văn bản ... còn hiệu lực", QĐ 225/QĐ-BLĐTBXH): the header,
        # motto and title of an attached text
        if any(m in fold(t) for m in structure().mottos):
            k = i + 1
            while k < len(paragraphs) and k - i < 3 and any(m in fold(paragraphs[k].text) for m in structure().mottos):
                k += 1
            return k - i + (_attachment_title(paragraphs, k) if k < len(paragraphs) else 0)
    kind = _kind_of_title(t)
    if kind is None or len(t.split()) > 3 or paragraphs[i].is_table_row:
        return 0
    n = _attachment_title(paragraphs, i)
    if n > 1 and is_attachment_marker(paragraphs[i + n - 1].text.strip()):
        return n
    # the title and its "(Kèm theo Thông tư số 33/2026/TT-BCA ngày ...)" wrapped into one paragraph, right after the
    # signer's name ("BỘ TRƯỞNG" / "Đại tướng Lương Tam Quang" / "PHỤ LỤC I" / "Định mức khoán chi ... (Kèm theo ...)",
    # TT 33/2026/TT-BCA as the Official Gazette prints it; blind set b28)
    title = paragraphs[i + 1].text.strip() if i + 1 < len(paragraphs) and not paragraphs[i + 1].is_table_row else ""
    marker = re.search(r"\([^()]{10,}\)\s*$", title)
    return 2 if marker and is_attachment_marker(marker.group(0)) else 0


def build_clauses(doc_id: str, paragraphs: list[Paragraph], footnotes: dict[str, Footnote],
                  preamble: list[Paragraph], kind: str = "") -> list[Clause]:
    """The clause tree of a document; ``preamble`` paragraphs (introduction) become clause "0". ``kind``: the
    document's kind ("Thông tư"), whose code prefixes its own paths when an attached text repeats its numbering."""
    code = next((k.code for k in structure().kinds if k.name == kind), "QĐ")
    builder = ClauseTreeBuilder(doc_id, code)
    if preamble:
        builder.add_preamble(preamble)
    i, amended_to = 0, -1
    while i < len(paragraphs):
        p = paragraphs[i]
        if is_closing(p.text):
            # The recipients/signature block ends this part; an attached plan, rules or appendix may follow.
            j = _attachment_start(paragraphs, i)
            if j is None:
                break
            n = _attachment_title(paragraphs, j)
            builder.start_part(paragraphs[j:j + n])
            i = j + n
            continue
        if (end := max(_signature_block_end(paragraphs, i), _attestation_end(paragraphs, i))) > i:
            # a signature block with no recipients' block before it ("TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG /
            # Phạm Thị Thanh Trà", as the Official Gazette prints a text): not the last item's words
            i = end
            continue
        if i > 0 and (n := _unclosed_attachment(paragraphs, i)):
            # an attached text whose decision lost its closing block in the copy: its kind line and "(Ban hành kèm
            # theo Nghị quyết số 1339/NQ-UBTVQH15 ...)" right below start it all the same
            # (eval/external/docs/b17/ae8d299abf846604.md: "## KẾ HOẠCH / ### SỬA ĐỔI, BỔ SUNG ... / *(Ban hành kèm theo ...)*")
            builder.start_part(paragraphs[i:i + n])
            i += n
            continue
        if builder.part.appendix and _appendix_line(p.text) == builder.part.number + 1 and \
                not _forms_appendix(paragraphs, i):
            # the next appendix's own heading line inside the appendices that followed the signature ("Phụ lục II" /
            # "CHI HỖ TRỢ ĐỐI VỚI CÁC THÀNH VIÊN HỘI ĐỒNG NGHỆ THUẬT ...", NQ 64/2025/NQ-HĐND Hà Nội; blind set b63):
            # an appendix of its own, as the body cites it ("chi tiết tại Phụ lục IV"), not items of the one before;
            # only the next number (a contract form's own "Phụ lục I" inside "PHỤ LỤC III", TT 58/2025/TT-BCT, stays)
            n = _attachment_title(paragraphs, i)
            builder.start_part(paragraphs[i:i + n])
            i += n
            continue
        if builder.amending is not None and i >= amended_to:
            builder.close_amendment()
        if builder.amending is None:
            # the new text an amending item brings in: its items under that item (structure.toml [quoted_text]); the
            # next quote right after it, when the item amends several points ("... như sau:" / "“c) ...”." / "“3. ...")
            if (n := amendment_length(paragraphs, i)) and builder.open_amendment():
                amended_to = i + n
            elif i == amended_to and (n := quote_run(paragraphs, i)) and builder.open_amendment(again=True):
                amended_to = i + n
        if builder.amending is not None and opens_quote(p.text):
            p = replace(p, text=p.text.replace("“", "", 1))  # "“Điều 27b. ...": the new article's own label
        if (n := quote_length(paragraphs, i)):
            # a text cited word for word after "... quy định:" ("“Điều 11. ...", "1. Không tính vào ...") is the citing
            # item's text, not the document's own items (Công văn 5680/CT-CS of Cục Thuế; blind set b61)
            builder.add_quote(paragraphs[i:i + n])
            i += n
            continue
        if p.is_table_row:
            j = i
            while j < len(paragraphs) and paragraphs[j].is_table_row and not is_closing(paragraphs[j].text):
                j += 1
            if j > i:
                builder.add_table(paragraphs[i:j])
                i = j
                continue
        builder.add_paragraph(p)
        i += 1
    return builder.finish(footnotes, paragraphs)


def is_section_start(p: Paragraph) -> bool:
    label = label_of(p.text)
    return bool(label and label.rank <= RANK_ROMAN)
