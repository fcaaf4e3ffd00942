"""What a question asks, parsed: intent, named provinces/units/years; retrieval filters and modes."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from enum import Enum

from core.dates import DateWindow
from core.lexicon import acronyms, questions, stopwords
from core.textnorm import fold, long_forms, unglue_measures


class Intent(str, Enum):
    LEAD = "lead"  # who leads / who is responsible
    PARTNERS = "partners"  # who partners
    IMPLEMENTERS = "implementers"  # who implements
    DEADLINE = "deadline"  # by when / how often
    TARGET = "target"  # numeric targets
    UNIT_TASKS = "unit_tasks"  # what must a unit do: the complete list from the responsibility table
    DEADLINE_WINDOW = "deadline_window"  # which tasks fall due in a time window ("trong tháng 4/2026")
    PLAN_FACTS = "plan_facts"  # who issued / signed a plan, when, its number, period; how many plans about X
    LIST_TASKS = "list_tasks"  # list the tasks of a section / plan
    COMPARE = "compare"  # across plans: which province ...
    SUMMARY = "summary"  # summarise a section
    CONTENT = "content"  # anything else about the content


class RetrievalMode(str, Enum):
    HYBRID = "hybrid"
    DENSE = "dense"
    KEYWORD = "keyword"


@dataclass
class Filters:
    """Metadata filters; empty fields mean "any"."""

    doc_ids: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    unit: str = ""  # keep chunks whose lead/partner units match this unit (spelling-insensitive)

    def is_empty(self) -> bool:
        return not (self.doc_ids or self.provinces or self.years or self.unit)


@dataclass
class Query:
    text: str
    folded: str
    intent: Intent
    provinces: list[str] = field(default_factory=list)  # provinces of indexed plans, as the index writes them
    unknown_provinces: list[str] = field(default_factory=list)  # named provinces with no plan in the index
    units: list[str] = field(default_factory=list)  # known unit names the question mentions
    years: list[str] = field(default_factory=list)
    is_followup: bool = False
    # what list and fact questions ask (see assistant/understand.py)
    role: str = "any"  # the role a unit question asks about: "lead" | "partners" | "advisers" | "any"
    unit_phrase: str = ""  # the unit as the user wrote it, when no indexed unit name matches it
    doer: str = ""  # the body the question says must act, its head and next word as written (folded): "bo tai" of "Bộ
    # Tài chính phải ..." (assistant.understand.QuestionParser.doer_phrase)
    window: DateWindow | None = None  # the time window the question names
    continuous: bool = False  # asks for the tasks done all the time ("thường xuyên")
    ongoing: bool = False  # asks what is carried out during the window (not what falls due in it)
    facts: list[str] = field(default_factory=list)  # plan facts asked: "issuer", "date", "signer", "number", "period", "count"
    issued_by: str = ""  # "Sở Tư pháp" of "kế hoạch nào do Sở Tư pháp ban hành"
    doc_ids: list[str] = field(default_factory=list)  # plans to search: named by number ("QĐ 2904"), commune, or the
    # province a national document is about
    numbered: int = 0  # how many plans the question names by number (several: one answer per plan)
    unknown_refs: list[str] = field(default_factory=list)  # document numbers named that no indexed plan has
    scope_terms: list[str] = field(default_factory=list)  # folded words that only pick the plan ("qd 2904", "luong minh")
    localities: list[str] = field(default_factory=list)  # communes/wards the question names ("Lương Minh")
    # what a follow-up points back at
    refers_unit: bool = False  # "đơn vị đó"
    refers_task: bool = False  # "nhiệm vụ này"
    refers_plan: bool = False  # "kế hoạch đó"
    asks_decider: bool = False  # "ai xem xét, quyết định?": who decides, not who leads the task
    action: str = ""  # "ai lập phương án ...": the task verb asked, folded ("lap"), when it is one
    asks_recipient: bool = False  # "vướng mắc thì phản ánh qua sở nào?": where it goes, not who leads
    asks_part: bool = False  # "đơn vị nào của Bộ ...?": a body inside another is asked
    part_of: list[str] = field(default_factory=list)  # the units holding the one asked ("Cục Hóa chất", "nhnn")
    # the relation of a unit named after a phrase that is asked (questions.toml [[named_after]]): "proposer" for
    # "bổ nhiệm ... dựa trên đề nghị của những ai?" (who proposed it, not who decides), "accountable", "consulted"
    named_after: str = ""
    holder: str = ""  # "tổ phó là ai?": the position whose holder is asked (folded: "to pho")
    asks_sent: bool = False  # "cử ai tham gia ...?": the people a body sends or appoints are asked
    topic_exclude: list[str] = field(default_factory=list)  # folded words that describe another plan the question names
    topic_share: int = 1  # asked of one of several plans named: the topic may hold each plan's own part ("luân
    # chuyển tối thiểu bao lâu (NĐ 170), còn học xong phải cam kết phục vụ bao lâu (NĐ 171)")
    title_terms: list[str] = field(default_factory=list)  # folded words repeating a searched plan's title (several plans)
    described: list[str] = field(default_factory=list)  # plans of doc_ids named by a description before the colon
    # ("QĐ ủy quyền cho GĐ Sở Công Thương Lào Cai: ..."): that description is in scope_terms, the rest is all topic
    ordinal: int = 0  # "nhiệm vụ thứ hai" → 2; -1 = the last one
    item_ordinal: int = 0  # "trường hợp thứ hai" → 2: an item of a list in the document, counted from its start
    item_kind: str = ""  # ... and the kind of item it counts, folded ("truong hop", "buoc")

    @property
    def unit(self) -> str:
        """The unit the question is about: an indexed name, else the words the user wrote."""
        return self.units[0] if self.units else self.unit_phrase

    def without_scope(self, text: str) -> str:
        """``text`` folded, without the words that only picked the plan ("qd 2904", "tp hcm", "luong minh"): once
        the search is scoped to that plan they name every clause of it alike."""
        return " ".join(self._without_names(re.sub(r"[^a-z0-9%]+", " ", fold(text))).split())

    def _without_names(self, text: str) -> str:
        """Folded ``text`` without the places and plan-naming words, longest first ("cua ubnd tinh ha tinh"
        before "ha tinh")."""
        return without_names(text, self._names())

    def _names(self) -> tuple[str, ...]:
        return tuple(sorted({p for p in [*self.provinces, *self.localities, *self.scope_terms]}))

    @property
    def asked_sides(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The topic words right after where the question asks and right before it, in its phrase (questions.toml
        [asking]): "... mà ứng viên đó lại là thủ trưởng cơ quan thì ai phải xác minh, trả lời?" -> ("xac", "minh",
        "tra", "loi"), (..., "thu", "truong"). Both empty when it asks nowhere."""
        return _asked_sides(self.folded, self._names(), tuple(self.topic_exclude))

    @property
    def content_terms(self) -> list[str]:
        """Folded words that carry the topic (no question words, no stopwords, no province names)."""
        return list(_content_terms(self.folded, self._names(), tuple(self.topic_exclude)))


def without_names(text: str, names: tuple[str, ...]) -> str:
    """``text`` (folded, words joined by single spaces) without every name's words, each found in the text as
    written: names may overlap ("qd 2015 qd ubnd" and "ubnd tinh an giang" of "QĐ 2015/QĐ-UBND tỉnh An Giang ...";
    blind set b23-49), so all are found before any goes."""
    folded = {re.sub(r"[^a-z0-9%]+", " ", fold(p)).strip() for p in names}
    gone = [False] * len(text)
    for words in (n for n in folded if n):
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])", text):
            gone[m.start():m.end()] = [True] * (m.end() - m.start())
    return "".join(" " if g else ch for ch, g in zip(text, gone))


@lru_cache(maxsize=512)
def _asked_sides(folded: str, names: tuple[str, ...], exclude: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = questions()
    m = lex.asking.search(folded)
    if m is None:
        return (), ()
    after = re.split(r"[?.;:]", folded[m.end():], maxsplit=1)[0]
    before = re.split(r"[?.;:]", folded[:m.start()])[-1]
    n = lex.asking_words
    return _content_terms(after, names, exclude)[:n], _content_terms(before, names, exclude)[-n:]


def topic_words_of(folded: str) -> tuple[str, ...]:
    """The topic words of a folded text (no question words, no stopwords)."""
    return _content_terms(folded, (), ())


@lru_cache(maxsize=512)
def _content_terms(folded: str, names: tuple[str, ...], exclude: tuple[str, ...]) -> tuple[str, ...]:
    """A question's topic words (a pure function of what it reads, computed once per question: the evidence gate,
    the reranker and the answer's sentence choice all ask for them)."""
    asked = questions().set_aside.sub(" ", folded)  # "(không phải nhà đất, ô tô)" is no topic
    aside = questions().besides_who.search(asked)  # nor whom a who-question sets aside: "ngoài HĐND, tổ chức nào ..."
    if aside is not None and questions().who_word.search(asked, aside.end()):
        asked = f"{asked[:aside.start(1)]} {asked[aside.end(1):]}"
    joined = re.sub(r"\b([a-z]{1,4})\s*&\s*([a-z]{1,4})\b", r"\1\2", asked)  # "nn&mt": one acronym
    text = without_names(re.sub(r"[^a-z0-9%]+", " ", unglue_measures(joined)), names)  # "qd 4001/qd-bkhcn" as it now reads
    text = f"{text} {long_forms(text)}"  # "tthc" also counts as "thu tuc hanh chinh"
    stop = stopwords()
    if stop.asking is not None:  # "mấy" of "tối đa mấy ngày" (not "máy")
        text = stop.asking.sub(" ", text)
    for phrase in stop.phrases:  # phrases first: "bao" of "báo cáo" is a topic, "bao nhieu" is not
        text = re.sub(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])", " ", text)
    excluded = set(exclude)
    table = acronyms()
    # ... nor an acronym spelling out words of another plan the question names ("Quỹ BVMT Quảng Trị (QĐ 2696) và NĐ
    # 171/2025 ...: cuộc họp hội đồng hợp lệ cần bao nhiêu thành viên?" asks NĐ 171 nothing of "BVMT"; tune-fresh22 t22-18)
    return tuple(w for w in re.findall(r"[a-z0-9%]+", text) if w not in stop.words and len(w) > 1 and w not in excluded
                 and not (excluded and w in table and set(table[w].split()) - stop.words <= excluded))

