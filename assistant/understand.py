"""Question understanding: intent, and the units, plans, provinces, years, time window and plan facts a
Vietnamese question names. The phrases are data (core/lexicon/questions.toml); this module spells none."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from assistant.values import asked_value
from core.dates import issued_span, names_a_day_or_month, parse_window
from core.docrefs import DocRef, file_ref, kind_names, kind_of_word, kind_words, ref_matches, refs_in, refs_with_text
from core.lexicon import acronyms
from core.lexicon import roles as role_lexicon
from core.lexicon import questions as question_lexicon
from core.lexicon import stopwords
from core.lexicon import structure as structure_lexicon
from core.lexicon import units as unit_lexicon
from core.places import canonical_province, place_kind, province_mentions, provinces_in, unplaced_kind
from core.query import Intent, Query, topic_words_of
from core.rounds import rounds, rounds_agree
from core.textnorm import fold, has_diacritics, nfc
from core.units import unit_head, unit_key, unit_matches
from ingest.units import unit_phrase_at

MIN_UNIT_KEY = 6  # an indexed unit name shorter than this (as a key) is never looked for inside a question

# Where a unit named in a question ends: the verb or question word after it ("Công an tỉnh | chủ trì ...").
_UNIT_END = re.compile(
    r"\b(chu tri|phoi hop|thuc hien|tham muu|duoc|phai|lam (gi|nhung|viec)|co (nhung|nhiem vu|trach nhiem|viec|gi|bao)|"
    r"phu trach|tham gia|dam nhiem|dam nhan|chiu|con|thi sao|o|trong|nam \d{4}|la|nhung|bao nhieu|may|ban hanh|nao|gi|"
    r"ai|vay|voi|ve|theo|viec (gi|nao))\b"
)


@cache
def _heads() -> re.Pattern:
    """The folded unit heads of the lexicon ("so", "cong an", "phong" ...) as one pattern, longest first, each
    not followed by the words that make it something else ("ban hành", "phòng, chống")."""
    alts = []
    for h in unit_lexicon().heads:
        exclude = "|".join(re.escape(fold(w)) for w in h.not_followed_by)
        for w in h.words:
            alts.append((fold(w), exclude))
    alts.sort(key=lambda t: -len(t[0]))
    return re.compile("|".join(rf"\b{re.escape(w)}\b" + (rf"(?![ ,]+(?:{x})\b)" if x else "") for w, x in alts))


@cache
def _ministry_codes() -> dict[str, str]:
    """The unit abbreviations (units.toml) that stand for a ministry ("bnv": "bo noi vu"), folded."""
    return {short: long for short, long in unit_lexicon().abbreviations.items()
            if long.startswith("bo ") and re.fullmatch(r"[a-z]+", short)}


@cache
def _ministry_code_re() -> re.Pattern:
    """A ministry's code (``_ministry_codes``) as a whole word of folded text."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _ministry_codes()))})\b")


@cache
def _multiword_verbs() -> re.Pattern:
    """The task verbs of two words or more (``_folded_task_verbs``) as one pattern of whole words (one syllable folded
    is too often a name's: "tại" and "Tài chính")."""
    verbs = sorted((v for v in _folded_task_verbs() if " " in v), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})\b")


def spell_out(question: str) -> str:
    """``question`` with its chat shorthand (questions.toml [[shorthand]]) written out: "Sở Y tế phải làm j?" reads
    "Sở Y tế phải làm gì?". A question typed without diacritics gets the words without them, so it stays one."""
    plain = not has_diacritics(question)
    for entry in question_lexicon().shorthand:
        def written(m: re.Match, entry=entry) -> str:
            before = fold(question[: m.start()]).split()
            if before and before[-1] in entry.not_after:
                return m.group(0)
            return fold(entry.long) if plain else entry.long
        question = entry.pattern.sub(written, question)
    return question


def _file_ref_matches(ref, summary: dict) -> bool:
    """A plan whose text leaves its number blank ("Số: /QĐ-UBND") is still named by the number in its file name."""
    if any(c.isdigit() for c in summary.get("number", "")):
        return False
    own = file_ref(summary.get("file_name", ""))
    return own is not None and own.number == ref.number and (not ref.kind or not own.kind or ref.kind == own.kind)


TITLE_GRAM = 4  # words of a title a question must repeat in a row to name a plan by its title
MAX_PLANS_NAMED = 4  # plans a question may name and have answered one by one
TITLE_KIND_GAP = 3  # words at most between a kind of document ("công văn") and the title words it names
PREAMBLE_MIN_SHARE = 0.6  # of a preamble's topic words ("QĐ ủy quyền cho GĐ Sở Công Thương Lào Cai: ..."), held by a plan
PREAMBLE_MARGIN = 0.15  # ... and by that much more than by any other plan
PREAMBLE_BARE_WORDS = 4  # a preamble naming no kind of document: at least this many topic words,
PREAMBLE_BARE_SHARE = 0.9  # ... this share of them held by one plan
OPENING_MIN_HELD = 5  # a description opening a question with no colon: at least this many topic words of one plan,
OPENING_SHARE = 0.85  # ... this share of its topic words up to where it ends,
OPENING_MARGIN = 2  # ... and this many more than any other plan holds


@cache
def _kind_words() -> tuple[str, ...]:
    """Kinds of document, folded, as a question names them ("cong van", "cv", "ke hoach", "kh"), in alphabetical order
    (a shorter kind before the longer one it opens: "nghi quyet" before "nghi quyet lien tich")."""
    return tuple(sorted(kind_words()))


@cache
def _kind_and_code() -> re.Pattern:
    """A kind of document and an issuer's code with a figure after it ("kh hqkv8"), folded; group 1 the code."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _kind_words()))}) ([a-z]+\d[a-z0-9]*)\b")


def _titled_month(title: str) -> tuple[date, date] | None:
    """(first, last) day of the month a title names, as a report's title names the month it reports on ("Kết quả
    triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 10/2025"); None when it names none, or a longer span."""
    window = parse_window(title, date.today()) if title else None
    if window is None or not names_a_day_or_month(window) or window.start is None or window.end is None:
        return None
    return window.start, window.end


def _title_kind(title: str) -> str:
    """The kind of document a title opens with ("Thông báo tổ chức kiểm tra ..." -> "thong bao"), folded; "" when none."""
    folded = " ".join(re.findall(r"[a-z0-9]+", fold(title)))
    return next((k for k in kind_names() if folded == k or folded.startswith(f"{k} ")), "")


def _preamble(question: str) -> str:
    """The folded words before a question's colon ("QĐ ủy quyền cho GĐ Sở Công Thương Lào Cai: ..." -> "qd uy quyen cho
    gd so cong thuong lao cai"); "" without one."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(question.split(":", 1)[0]))) if ":" in question else ""


def _kind_issued(folded: str) -> str:
    """The kind of document a question asks who issues ("ai ban hành KH kinh phí ..." -> "kh"), folded: the longest kind
    the words after "ban hành" open with; "" for none."""
    m = re.search(r"\bban hanh (.*)", folded)
    after = " ".join(re.findall(r"[a-z0-9]+", m.group(1))) if m else ""
    return next((k for k in sorted(_kind_words(), key=len, reverse=True) if after == k or after.startswith(f"{k} ")), "")


def _issuers_of_refs(folded: str, refs: list[str], units: list[str]) -> list[str]:
    """The units of ``units`` written right after a document's number and "của"/"do" ("tt 35/2025 cua bo kh&cn"), or
    right after it as a ministry's code ("VBHN 94 BQP", "(QĐ 5042 BNNMT)", tune-fresh40 t40-06): the documents'
    issuers. ``refs``: the folded numbers as written."""
    found: list[str] = []
    for ref in refs:
        at = folded.find(ref)
        m = re.match(rf"[\s,]*(?:(?:cua|do)\s+|(?={_ministry_code_re().pattern}))(.{{1,80}})", folded[at + len(ref):]) \
            if at >= 0 else None
        if m:
            after = f"{unit_key(m.group(1))} "
            found += [u for u in units if after.startswith(f"{unit_key(u)} ") and u not in found][:1]
    return found


def _issued_by_another(folded: str) -> bool:
    """Does a question naming a document by number ask who issues a text or a rate that document rules on ("quy chế
    ... do ai ban hành theo TT 24/2025?", questions.toml [in_text_document] group "thing"), not the document itself
    ("Quy chế 12/QC-UBND do ai ban hành?", its number right after its kind; "Ai ký Quyết định 2629 ...?")?"""
    m = question_lexicon().in_text_document.search(folded)
    return m is not None and m.group("thing") is not None and bool(refs_in(folded)) \
        and re.match(r"\S+(?: \S+)?\s+(?:so\s+)?\d", folded[m.start():]) is None


def _number_code(number: str) -> str:
    """The issuer's code a document's number ends with, folded: "20/2025/TT-BVHTTDL" -> "bvhttdl"; "" for none."""
    return fold(number).rsplit("/", 1)[-1].rsplit("-", 1)[-1].replace("&", "") if "-" in number else ""


def _code_after(folded: str, written: str, codes: set[str]) -> str:
    """The issuer's code written right after a document's number ("tt 84 bnnmt", "TT 45/2025 BKHCN", "tt 35 của NHNN")
    when it is the code of a document so numbered, folded as written; "" for none."""
    at = folded.find(written)
    m = re.match(r"[\s,/-]*(?:(?:cua|do) )?([a-z&]{2,12})\b", folded[at + len(written):]) if at >= 0 else None
    return m.group(1) if m and m.group(1).replace("&", "") in codes else ""


def _issued_by_named(hits: list[str], by_id: dict[str, dict], folded: str, ref: str) -> list[str]:
    """Of plans sharing the number a question names, those of the issuer it writes after it ("Thông tư 20/2025 của Bộ
    VHTTDL" of TT 20/2025/TT-BVHTTDL beside TT 20/2025/TT-BNV; blind set b92-07): by the issuer's name ("của Bộ Văn
    hóa, Thể thao và Du lịch") or the code its number ends with, written as the body's short form ("Bộ VHTTDL" for
    "BVHTTDL", "BNV") or as it is ("tt 60/2025 nhnn"). All of them when it names none of theirs. ``by_id``: the indexed
    documents by id."""
    if own := _number_code(ref):  # the number written whole: "TT 20/2025/TT-BNV"
        return [h for h in hits if _number_code(by_id[h].get("number", "")) == own] or hits
    at = folded.find(ref)
    codes = {_number_code(by_id[h].get("number", "")) for h in hits} - {""}
    if code := _code_after(folded, ref, codes):
        # the code itself after the number: "tt 60/2025 nhnn: ..." of TT 60/2025/TT-NHNN beside TT 60/2025/TT-BNNMT
        # (blind set b113-15)
        return [h for h in hits if _number_code(by_id[h].get("number", "")) == code.replace("&", "")]
    m = re.match(r"[\s,]*(?:cua|do)\s+([a-z0-9&\s,-]{1,80})", folded[at + len(ref):]) if at >= 0 else None
    if m is None:
        return hits
    after = f"{unit_key(m.group(1))} "
    words = m.group(1).replace("&", "").split()
    short = {words[0], words[0][:1] + words[1]} if len(words) > 1 else set(words)
    picked = [h for h in hits
              if (issuer := unit_key(by_id[h].get("issuer", ""))) and after.startswith(f"{issuer} ")
              or _number_code(by_id[h].get("number", "")) in short]
    return picked or hits


def _long_form(word: str) -> str:
    """The words an acronym stands for ("atvsld", "sct": abbreviations.toml, units.toml), folded; "" for any other."""
    return acronyms().get(word) or unit_lexicon().abbreviations.get(word) or ""


def _with_long_forms(words: frozenset[str]) -> frozenset[str]:
    """A plan's description words and the words of the acronyms among them ("vlncn": "vat lieu no cong nghiep"), as a
    question naming it "VLNCN" is read with them (a title "... đưa kho VLNCN vào sử dụng" of a letter of Sở Công Thương
    Lào Cai, 5/2026, beside one writing "kho chứa vật liệu nổ công nghiệp" out; blind set b54-04)."""
    return words | frozenset(w for word in words for w in _long_form(word).split())


# a bare number listed after a comma or "và" ("..., 2597 trung tâm dữ liệu", "qđ 2811 và 2817"), not a year, a date, a
# share or an amount ("2597/QĐ", "30%", "2.500 tỷ"), folded
_LISTED_NUMBER = re.compile(r"(?:,|\bva\b|\bhoac\b)\s+(?!(?:19|20)\d\d\b)0*([1-9]\d{2,4})\b(?![/%.,]\d|\s*%)"
                            r"(?!\s+(?:nguoi|ho|ngay|thang|nam|ty|trieu|dong|ha|km|lan|gio|phut|thu tuc|xa|phuong)\b)")


def _held(word: str, described: frozenset[str]) -> bool:
    """Is a preamble's word one of a plan's words, or an acronym of words it has?"""
    if word in described:
        return True
    long = _long_form(word)
    return bool(long) and set(long.split()) <= described


def _locality_name(locality: str) -> str:
    """"xã Lương Minh" -> "luong minh" (the name people type)."""
    return re.sub(r"^(?:xa|phuong|thi tran|dac khu)\s+", "", fold(locality)).strip()


class QuestionParser:
    """Parses questions against what the index knows (provinces, unit names, plan numbers and communes)."""

    def __init__(self, provinces: list[str], units: list[str], documents: list[dict] | None = None,
                 followup_max_words: int = 7):
        self.provinces = sorted({p for p in provinces if p}, key=len, reverse=True)
        self.documents = list(documents or [])
        self._by_id = {d["id"]: d for d in self.documents}
        self._localities = sorted({(_locality_name(d["locality"]), d["id"], d["locality"]) for d in self.documents
                                   if d.get("locality")}, key=lambda t: -len(t[0]))
        # national documents about a province ("Kết luận ... làm việc với lãnh đạo tỉnh Điện Biên")
        self._about: dict[str, list[str]] = {}
        for d in self.documents:
            if not d.get("province"):
                for name in provinces_in(d.get("title", "")):
                    self._about.setdefault(name, []).append(d["id"])
        # (number, kind) a plan's title cites, or its opening carries out ("Thực hiện Kế hoạch số 3898/KH-SCT ...") ->
        # those plans
        self._cited: dict[tuple[str, str], list[str]] = {}
        for d in self.documents:
            for r in {(r.number, r.kind) for r in refs_in(f"{d.get('title', '')} ; {d.get('carries_out', '')}")}:
                self._cited.setdefault(r, []).append(d["id"])
        # runs of TITLE_GRAM title words -> the plans whose title has them ("bảo vệ khoáng sản chưa khai thác")
        self._title_grams: dict[tuple[str, ...], set[str]] = {}
        self._title_rounds = {d["id"]: rounds(d.get("title", "")) for d in self.documents}  # "lần hai" of a KH's title
        for d in self.documents:
            words = re.findall(r"[a-z0-9]+", fold(d.get("title", "")))
            for i in range(len(words) - TITLE_GRAM + 1):
                self._title_grams.setdefault(tuple(words[i:i + TITLE_GRAM]), set()).add(d["id"])
        self._province_of = {d["id"]: d.get("province") or "" for d in self.documents}
        # the kinds of place ("thành phố", "tỉnh") whose People's Committee issued a plan naming no place: a question
        # naming a place of that kind is searched there ("UBND Hà Nội" of a city's letter copied without its header)
        unplaced = {d["id"]: kind for d in self.documents
                    if (kind := unplaced_kind(d.get("issuer", ""), d.get("province", ""), d.get("locality", "")))}
        self._unplaced, self._unplaced_docs = set(unplaced.values()), frozenset(unplaced)
        # the words a plan is described by: its kind, number, title, issuer and place, what a decision's first article
        # does ("QĐ công nhận kết quả kiểm tra VLNCN cho Hóa chất mỏ Tây Bắc", blind set b52-44; tasks.enacted) and whom
        # a letter is sent to ("công văn SCT Lào Cai trả lời Công ty Mông Sơn về kho VLNCN: ...", b54-04)
        self._described_by = {d["id"]: _with_long_forms(frozenset(re.findall(r"[a-z0-9]+", fold(" ".join(
            d.get(k) or "" for k in ("kind", "number", "title", "issuer", "province", "locality", "enacts",
                                     "recipients"))))))
            for d in self.documents}
        # the days a plan was issued on: (first, last) of its date, a month when it gives no day ("/KH-SCT" of 7/2026);
        # a report's title naming the month it reports on stands for it ("Kết quả triển khai Đề án 06 ... tháng
        # 10/2025", issued in November beside the November report; blind set b138-10)
        self._titled = {d["id"]: span for d in self.documents if (span := _titled_month(d.get("title") or ""))}
        self._issued_on = {d["id"]: span for d in self.documents
                           if (span := self._titled.get(d["id"]) or issued_span(d.get("date") or ""))}
        codes = {k.name: k.code for k in structure_lexicon().kinds}
        # (and the kind its title opens with: a letter "/SCT-CN" titled "Thông báo tổ chức kiểm tra ..." is the notice
        # of "theo thông báo tháng 4/2026 của SCT Lào Cai", Sở Công Thương Lào Cai, 4/2026; blind set b47-10)
        self._kind_forms = {d["id"]: frozenset(fold(f) for f in (d.get("kind") or "", codes.get(d.get("kind") or "", ""),
                                                                 _title_kind(d.get("title") or "")) if f)
                            for d in self.documents}
        self._indexed: dict[str, list[str]] = {}  # canonical province -> the names the index writes for it
        for p in self.provinces:
            self._indexed.setdefault(canonical_province(p) or p, []).append(p)
        # longest key first; of names with one key ("các đơn vị điện lực", "đơn vị điện lực" of QĐ 27/2025 Thái Nguyên;
        # "Sở Tư pháp", "Sở Tư Pháp") the shortest, then the one with fewer capitals, then in alphabetical order: never
        # the order of a set, which changes from run to run
        self._unit_keys = sorted({(unit_key(u), u) for u in units if len(unit_key(u)) >= MIN_UNIT_KEY},
                                 key=lambda t: (-len(t[0]), len(t[1]), sum(c.isupper() for c in t[1]), t[1]))
        self.followup_max_words = followup_max_words

    def _may_be_unplaced(self, province: str) -> bool:
        """Is a province with no plan of its own possibly the place of a plan that names none?"""
        return bool(self._unplaced) and place_kind(province) in self._unplaced

    # -- intent -------------------------------------------------------------------------------
    def intent_without_comparison(self, folded: str) -> Intent:
        """What each side of a comparison asks ("so sánh chỉ tiêu … của A và B" → a target on each side)."""
        return self._intent(folded, False, skip=(Intent.COMPARE.value,))

    def intent_without_list(self, folded: str, no_plan_fact: bool = False) -> Intent:
        """What a question asks when it is no list question: its date or period only sets the scene ("sau ngày bầu cử
        15/3/2026 tiểu ban tập trung tuyên truyền nội dung gì?" asks for content, not for the tasks due after that day),
        or who it names only acts in a case ("chủ đầu tư vay vốn của Quỹ bị thiên tai ... thì tiền bảo hiểm phải dùng
        vào việc gì?" asks what the rule says, not every task of the investor). With ``no_plan_fact``, not a fact of
        an indexed plan either (a text the plans only speak of)."""
        skip = (Intent.UNIT_TASKS.value, Intent.LIST_TASKS.value, *((Intent.PLAN_FACTS.value,) if no_plan_fact else ()))
        return self._intent(folded, False, skip=skip)

    @staticmethod
    def _intent(folded: str, has_window: bool, skip: tuple[str, ...] = ()) -> Intent:
        lex = question_lexicon()
        intent = Intent.CONTENT
        for rule in lex.intents:
            if (rule.needs_window and not has_window) or rule.name in skip:
                continue
            if rule.matches(folded):
                intent = Intent(rule.name)
                break
        if intent == Intent.PLAN_FACTS and Intent.PLAN_FACTS.value not in skip and (
                (":" in folded and lex.in_text_document.search(folded, folded.index(":")))
                or _issued_by_another(folded) or lex.fact_as_condition.search(folded)):
            # "... thì tờ trình do ai ký?": who signs a text the plan rules on (tune-fresh42 t42-05); "... ký ban hành
            # từ ngày nào thì được ...?": the date a rule sets as its condition (blind set b28-50)
            return QuestionParser._intent(folded, has_window, skip=(*skip, Intent.PLAN_FACTS.value))
        asks_who, asks_other = lex.lead_named_not_asked
        if intent in (Intent.LEAD, Intent.PARTNERS) and intent.value not in skip and not asks_who.search(folded) and \
                asks_other.search(folded):
            # "cơ quan chủ trì ... thì sản phẩm chính phải nộp là gì?" (tune-fresh41 t41-05): the role word names whom
            # the question is about; what it asks is something else; so too "UBND xã phải hỗ trợ những cơ sở vật chất
            # gì cho hội nghị cử tri?" (tune-fresh31 t31-43), asking what the support is, not who gives it
            return QuestionParser._intent(folded, has_window, skip=(*skip, intent.value))
        lead, asks_partners = lex.partners_vs_lead
        if intent == Intent.PARTNERS and lead.search(folded) and not asks_partners.search(folded):
            intent = Intent.LEAD
        lead, asks_when = lex.deadline_vs_lead
        who_does, asks_value = lex.target_vs_lead  # "do ai", "ai quyết định", "sở nào lập": who does it is asked
        # (asked who does what a time word describes: "kiểm tra định kỳ, đột xuất các đơn vị dùng vốn của Quỹ do ai thực
        # hiện?", "đôn đốc ... ký quỹ đúng hạn là nhiệm vụ của ai?", tune-fresh40 t40-54, t40-49)
        # ("trong thời gian có dịch, ai phải báo cáo thường xuyên về Bộ ...?": who does a task verb is asked, the time
        # only sets the scene; tune-fresh19 t19-22)
        if intent == Intent.DEADLINE and (lead.search(folded) or who_does.search(folded)
                                          or QuestionParser._action(folded)) and not asks_when.search(folded):
            intent = Intent.LEAD
        asked = lex.embedded_value.sub(" ", folded)  # "ai lo tính xem ... bao nhiêu": the task works the value out
        if intent == Intent.TARGET and who_does.search(folded) and not asks_value.search(asked):
            intent = Intent.LEAD
        if intent in (Intent.UNIT_TASKS, Intent.LIST_TASKS) and (lex.asks_who.search(folded)
                                                                 or lex.asks_with_whom.search(folded)
                                                                 or (intent == Intent.UNIT_TASKS
                                                                     and lex.asks_when_outright.search(folded))):
            # "phụ lục các nhiệm vụ chậm muộn: cơ quan nào chủ trì xây dựng ...", "bộ nào hướng dẫn Bộ Xây dựng triển
            # khai các nhiệm vụ ...": who does one task, not a list; "Phó Giám đốc ... chủ trì các việc tuyên truyền,
            # khánh tiết thì phối hợp với ai?" (tune-fresh37 t37-39): whom it works with; "Bộ Xây dựng phải ban hành lộ
            # trình thực hiện các công việc ... trước ngày nào?" (NĐ 212/2026/NĐ-CP; blind set b133-27): when one task
            # is due
            intent = QuestionParser._intent(folded, has_window, skip=(*skip, Intent.UNIT_TASKS.value,
                                                                      Intent.LIST_TASKS.value))
        return intent

    # -- units --------------------------------------------------------------------------------
    def _known_units(self, question: str) -> list[str]:
        """The indexed units a question names, in the order it names them: the first is the one asked ("NĐ 307 giao Sở
        Tài chính nhiệm vụ gì trong việc phân loại đơn vị hành chính?", blind set b95-22), a longer name found first
        where two overlap."""
        qkey = f" {unit_key(question)} "
        found: list[tuple[str, str]] = []  # (key, name)
        for key, name in self._unit_keys:
            if f" {key} " in qkey and not any(key in k for k, _ in found):
                found.append((key, name))
        return [name for key, name in sorted(found, key=lambda t: qkey.index(f" {t[0]} "))]

    @staticmethod
    def _unit_phrases(question: str, provinces: list[str], place_forms: list[str]) -> list[tuple[str, str, str, str]]:
        """Each unit a question names as the user wrote it, in order: (the folded text before it, its words folded with
        province names removed, the folded text after it, its head folded). ``place_forms``: the provinces the question
        names, as written and normalised (``core.places.province_mentions``)."""
        folded = fold(question)
        after, before = question_lexicon().not_a_unit
        # a head inside a province's name is none: "Hải Phòng" holds "phòng" (tune-fresh41 t41-33)
        places = [(p.start(), p.end()) for form in place_forms for p in re.finditer(rf"\b{re.escape(form)}\b", folded)]
        out = []
        for m in _heads().finditer(folded):
            if after.match(folded[m.start():]) or before.search(folded[:m.start()]) or \
                    any(a <= m.start() < b for a, b in places):
                continue
            rest = folded[m.start():]
            end = _UNIT_END.search(rest, len(m.group(0)))
            phrase = rest[: end.start()] if end else rest
            phrase = re.sub(r"[?!.,:;]+", " ", phrase)
            for p in [*provinces_in(phrase), *provinces]:
                phrase = phrase.replace(fold(p), " ")
            words = phrase.split()
            while words and words[-1] in ("cua", "o"):
                words.pop()
            out.append((folded[:m.start()], " ".join(words), rest[end.start():] if end else "", m.group(0)))
        return out

    @classmethod
    def unit_phrase(cls, question: str, provinces: list[str], place_forms: list[str]) -> str:
        """The unit a question names as the user wrote it ("cong an tinh" of "Công an tỉnh Đồng Tháp chủ trì
        những nhiệm vụ nào?"), folded, province names removed; "" when it names none."""
        phrases = cls._unit_phrases(question, provinces, place_forms)
        return phrases[0][1] if phrases and len(phrases[0][1].split()) >= 2 else ""

    @classmethod
    def doer_phrase(cls, question: str, provinces: list[str], place_forms: list[str]) -> str:
        """The body a question says must do what it asks about, as the user wrote it (folded): the unit written before
        "phải", "có trách nhiệm" ..., after "yêu cầu", "giao", or given a time ("cho Bộ Nội vụ bao nhiêu ngày")
        (questions.toml [doer]): "bo tai" of "TT 48/2025: Bộ Tài chính phải có ý kiến về hồ sơ ... trong mấy ngày?", its
        head and the word after it. "" when it names none by its own name ("các cơ quan liên quan phải ...")."""
        lex = question_lexicon()
        typed_fast = not has_diacritics(question)
        if len(question) != len(fold(question)):
            return ""  # (positions in the folded question must be the question's own)
        for before, phrase, after, head in cls._doer_candidates(question, provinces, place_forms):
            bound = lex.doer_bound.match(after) is not None  # "X phải ...": the whole phrase is its subject
            if not (bound or lex.doer_asked.search(before) or
                    (lex.doer_given[0].search(before) and lex.doer_given[1].match(after))):
                continue
            # a body is named with a capital ("Bộ Tài chính", "UBND"), or typed fast as the subject of the question or
            # of its part after a colon ("tt 26 btp: so tu phap phai tham dinh ...", blind set b84-23); a head inside
            # a word is none: "thư công vụ Nghệ An: cứ bao lâu thì phải thay mật khẩu?" (tune-fresh18 t18-52). A name
            # runs on past no stop.
            at = len(before)
            if re.search(r"[?!.,:;]", question[at:at + len(phrase)]):
                continue
            if not question[at:at + 1].isupper() and not (typed_fast and re.search(r"(?:^|:)\s*$", before)):
                continue
            if head in lex.doer_people_heads:
                continue  # "cán bộ, công chức cấp xã mới phải ...": people of a kind, no body
            # the name ends before its task: "ubnd tinh" of "yêu cầu UBND tỉnh bố trí xong quỹ đất ..."
            # (from its third word: "Ban Quản lý dự án", "Vụ Tổ chức cán bộ" hold a verb's words)
            third = len(" ".join(phrase.split()[:2])) + 1
            verb = _multiword_verbs().search(phrase, third) if third < len(phrase) else None
            words = (phrase[: verb.start()] if verb else phrase).split()
            if words and (long := _ministry_codes().get(words[0])):
                words[:1] = long.split()  # "BNV phải trình ...": the ministry's code
                head = "bo"
            if len(words) < 2 or " ".join(words[-2:]) == "lien quan" or words[0] in ("cac", "nhung"):
                continue  # "các cơ quan liên quan phải ...": every body, none by its name
            if bound and "thi" in words and words[len(words) - words[::-1].index("thi"):] == head.split():
                # the body named again by its head alone after the case: "... gửi kết quả ... về Bộ NN&MT rồi thì Bộ phải
                # có ý kiến ...?" is Bộ NN&MT's (NĐ 226/2025/NĐ-CP; blind set b119-09)
                words = words[:next(i for i, w in enumerate(words) if w in lex.doer_not_in_name)]
            # its head and the word after it name it; a task the asker runs on into after "yêu cầu" stays out ("yêu cầu
            # Công an tỉnh dẹp xong khai thác cát sỏi ...", tune-fresh tb-48)
            name = words[: len(head.split()) + 1]
            if set(words if bound else name) & lex.doer_not_in_name:
                # the asker's own ("Công ty tôi phải ngừng sản xuất ...", tune-fresh20 t20-29), a body of another, or a
                # case its subject runs into ("Cổng TTĐT của UBND tỉnh xong thì phải báo ...", tune-fresh tkb-27): none
                continue
            return " ".join(name)
        return ""

    @classmethod
    def _doer_candidates(cls, question: str, provinces: list[str], place_forms: list[str]
                         ) -> list[tuple[str, str, str, str]]:
        """The unit phrases of a question (``_unit_phrases``) and a ministry's code written alone ("BNV phải ..."), in the
        order the question names them."""
        folded = fold(question)
        codes = [(folded[:m.start()], m.group(0), folded[m.end():].lstrip(), "bo")
                 for m in _ministry_code_re().finditer(folded)]
        return sorted([*cls._unit_phrases(question, provinces, place_forms), *codes], key=lambda t: len(t[0]))

    # -- parse --------------------------------------------------------------------------------
    def parse(self, question: str, today: date | None = None) -> Query:
        lex = question_lexicon()
        question = spell_out(question)
        folded = fold(question)
        window = parse_window(question, today or date.today())
        continuous = bool(lex.continuous.search(folded))
        timed = window is not None or continuous
        intent = self._intent(folded, timed)
        mentions = province_mentions(question)  # any common form: "TP.HCM", "tphcm", "thanh pho Ho Chi Minh"
        named = list(dict.fromkeys(name for name, _ in mentions))
        unplaced = {name for name in named if name not in self._indexed and self._may_be_unplaced(name)}
        provinces = [p for name in named for p in self._indexed.get(name, [name] if name in unplaced else [])]
        unknown = [name for name in named if name not in self._indexed and name not in self._about
                   and name not in unplaced]
        units = self._known_units(question)
        named_refs = refs_with_text(question)  # read once: the years below and the plans named (_documents_named)
        unnumbered = folded
        for _, written in named_refs:
            # (not the year of a text's number: "Luật Hàng không dân dụng 130/2025" asks of the law, not of plans of 2025)
            unnumbered = unnumbered.replace(written, " ")
        years = re.findall(r"\b(20\d\d)\b", unnumbered)
        q = Query(question, folded, intent, provinces, unknown, units, years)
        q.window = window
        q.continuous = continuous
        q.ongoing = bool(lex.ongoing.search(folded)) and not lex.due.search(folded)
        q.role = next((role for role, pat in lex.roles if pat.search(folded)), "any")
        # typed with diacritics, "đó" (that) points back and "do" is "by" ("... quyết định do cơ quan nào làm?")
        pointing = fold(re.sub(r"(?i)\bdo\b", "bởi", re.sub(r"(?i)\bđó\b", "kia", question))) \
            if has_diacritics(question) else folded
        q.refers_unit = _points_back(lex.refers_unit, pointing)
        q.doer = self.doer_phrase(question, provinces, [form for _, form in mentions])
        followup_like = bool(lex.followup.search(folded))  # "còn Sở Y tế?": a unit named in a follow-up
        if (intent in (Intent.UNIT_TASKS, Intent.DEADLINE_WINDOW) or followup_like) and not units and not q.refers_unit:
            q.unit_phrase = self.unit_phrase(question, provinces, [form for _, form in mentions])
        elif intent == Intent.UNIT_TASKS and not q.refers_unit and \
                (first := self.unit_phrase(question, provinces, [form for _, form in mentions])) and \
                not any(unit_matches(first, u) for u in units):
            # the body named first is no indexed one: "NĐ 307 giao Sở Tài chính nhiệm vụ gì trong việc phân loại đơn vị
            # hành chính?" asks of the Department, which no plan gives a task, not of "Đơn vị hành chính" (blind set
            # b95-22)
            q.units, q.unit_phrase = [], first
        if intent == Intent.PLAN_FACTS:
            q.facts = [fact for fact, pat in lex.facts if pat.search(folded)]
            by = next((m for m in (p.search(folded) for p in lex.issued_by) if m), None)
            if by and not re.fullmatch(r"(ai|co quan nao|don vi nao|cap nao|nguoi nao)", by.group(1)):
                q.issued_by = re.sub(r"^(ke hoach|van ban) (nao|nay) ", "", by.group(1))
            elif (of := lex.issued_of.search(folded)) and unit_head(of.group(1)):
                # the body's name the question writes, not what it goes on to say of the text ("văn bản của Sở Công
                # Thương thông báo kế hoạch kiểm tra kho VLNCN Nậm Cang 1A", blind set b53-30)
                body = unit_phrase_at(question, of.start(1)) if len(question) == len(folded) else None
                q.issued_by = fold(body[0]).lower() if body else of.group(1)
        q.doc_ids, q.unknown_refs, q.scope_terms, q.localities, q.numbered = self._documents_named(
            question, folded, named_refs, provinces)
        if q.intent == Intent.COMPARE and q.numbered == 1 and len(q.doc_ids) == 1:
            # one plan named by its number has nothing to be compared with: "TB 624, nhiệm vụ 'Mô hình điểm tại các
            # tỉnh, thành phố có đảo' do ai chủ trì?" asks who leads (tune-fresh23 t23-03)
            q.intent = self._intent(folded, timed, skip=(Intent.COMPARE.value,))
        if q.intent == Intent.PLAN_FACTS and q.facts == ["count"] and q.numbered == 1 and len(q.doc_ids) == 1:
            # nor does one plan named by its number ask how many plans there are: "QĐ 169/2025 của BLĐTBXH liệt kê tổng
            # cộng bao nhiêu văn bản hết hiệu lực một phần?" asks a figure of its list (blind set b37-39)
            q.intent, q.facts = self._intent(folded, timed, skip=(Intent.PLAN_FACTS.value,)), []
        if q.intent == Intent.PLAN_FACTS and q.facts == ["issuer"] and q.numbered == 1 and len(q.doc_ids) == 1 and \
                (issued := _kind_issued(folded)) and not self._of_kind(q.doc_ids[0], issued):
            # nor does it ask who issued it when the text issued is of another kind: "NĐ 34/2026: QH thuộc thẩm quyền TTg
            # phê duyệt thì ai ban hành KH kinh phí hằng năm cho công tác quy hoạch?" asks who issues a plan the decree
            # rules on (the provincial People's Committee; blind set b107-25)
            q.intent, q.facts = self._intent(folded, timed, skip=(Intent.PLAN_FACTS.value,)), []
        if len(q.doc_ids) > 1 and names_a_day_or_month(q.window) and q.intent != Intent.DEADLINE_WINDOW and \
                all(d in self._titled for d in q.doc_ids):
            # reports alike, each titled for the month it reports on, named together ("BC Đề án 06 tháng 10/2025 tỉnh
            # Lâm Đồng" of the October and November reports, both issued in November; blind set b138-10): the month
            # picks one
            of_month = [d for d in q.doc_ids if q.window.overlaps(*self._titled[d])]
            if 0 < len(of_month) < len(q.doc_ids):
                q.doc_ids = of_month
        if len(q.doc_ids) > 1 and not question_lexicon().second_ask.search(folded):
            q.title_terms = self._title_words(folded, q.doc_ids)
        if not q.doc_ids:
            # (a place no plan of its own is indexed for is described only by a national text about it: "NQ của Chính
            # phủ tách bồi thường, hỗ trợ, TĐC dự án điện hạt nhân Ninh Thuận thành dự án độc lập: ..."; the clause
            # answering must still name it, DefaultAnswerer.supported)
            described, preamble = self._named_by_preamble(question, provinces, [form for _, form in mentions],
                                                          national_only=bool(unknown))
            if described:
                q.doc_ids, q.described = described, list(described)
                if preamble:
                    q.scope_terms.append(preamble)
            elif dated := self._named_by_month(q):
                q.doc_ids = dated  # (its title's words then only picked it, as of a plan named by its number)
        if q.numbered and (of_refs := _issuers_of_refs(folded, q.scope_terms, q.units)):
            # "TT 35/2025 của Bộ KH&CN – ... thí sinh phải làm những môn gì?": the unit after a document's number
            # issued it; it picks the plan and is not the unit asked (tune-fresh30 t30-06)
            q.units = [u for u in q.units if u not in of_refs]
            if q.intent == Intent.UNIT_TASKS and not q.units:
                q.intent = self._intent(folded, timed, skip=(Intent.UNIT_TASKS.value,))
        part, first = lex.part_of_asked.search(folded), lex.part_of_first.search(folded)
        if part is not None or first is not None:
            # "Đơn vị nào của Cục Hóa chất dự thảo ...?", "trong Bộ Nội vụ, đơn vị nào ...?": the body that holds the one
            # asked is not asked (b50-26), and its name is no topic a clause must hold
            written = folded[part.end():] if part is not None else first.group("whole")
            whole = f" {unit_key(written)} "
            parents = [u for u in q.units if whole.startswith(f" {unit_key(u)} ")]
            q.units = [u for u in q.units if u not in parents]
            q.scope_terms.extend(fold(u) for u in parents)
            if (short := re.match(r"[a-z&]+", written)) and short.group() in unit_lexicon().abbreviations:
                # the whole in its short form ("đơn vị nào thuộc NHNN"), which may name no indexed unit
                q.scope_terms.append(short.group())
                parents = parents or [short.group()]
            q.asks_part, q.part_of = True, parents
        issuers = self._issuer_forms(folded, mentions)
        q.scope_terms.extend(issuers)  # "cua ubnd tinh ha tinh" picks the plans
        if issuers and len(q.units) > 1:
            # "cv của UBND Lào Cai về bảo vệ khoáng sản: Sở Tư pháp được giao nhiệm vụ gì?": the issuer picks the plan,
            # the unit asked is the other one (tune-fresh28 t28-54)
            rest = f" {' '.join(re.findall(r'[a-z0-9]+', folded))} "
            for form in issuers:
                rest = rest.replace(f" {form} ", " ")
            rest_key = f" {unit_key(rest)} "
            asked = [u for u in q.units if f" {unit_key(u)} " in rest_key]
            q.units = asked or q.units
        q.scope_terms.extend(form for _, form in mentions)  # "tp hcm" picks the plans, it is not the topic
        about_places = 0  # provinces whose national documents the question names this way
        for name in named:
            if name not in self._indexed and name in self._about:  # only national documents are about it
                added = [i for i in self._about[name] if i not in q.doc_ids]
                q.doc_ids.extend(added)
                q.scope_terms.append(name)
                about_places += bool(added) or any(i in q.doc_ids[:q.numbered] for i in self._about[name])
        each = about_places and q.numbered + about_places >= 2 and lex.each_plan.search(folded) is not None
        if (q.numbered and about_places >= 2 or each) and len(q.doc_ids) <= MAX_PLANS_NAMED:
            # "kết luận làm việc với Điện Biên (TB 648) và với Sơn La": the second plan is named by the province it is
            # about; each is answered on its own; so are plans all named by their provinces when the question asks of
            # each ("hai thông báo kết luận làm việc với Sơn La và với Điện Biên ...: hạn báo cáo trong mỗi thông báo")
            q.numbered = len(q.doc_ids)
        q.refers_task = _points_back(lex.refers_task, pointing)
        # "QĐ 123/2025 ...: cơ quan nào hướng dẫn triển khai quyết định này?" points at the plan it names
        q.refers_plan = bool(lex.refers_plan.search(pointing)) and not q.doc_ids
        q.asks_recipient = bool(lex.recipient.search(folded))
        q.named_after = next((relation for relation, asked in lex.named_after if asked.search(folded)), "")
        q.asks_decider = bool(lex.decider.search(folded))
        q.action = self._action(folded)
        if (asks := lex.holder_asks.search(folded)) is not None:
            q.holder = _position_asked(folded, asks, lex.positions)
        q.asks_sent = lex.sent_asks.search(folded) is not None
        m = lex.ordinal.search(folded)
        if m:
            word = m.group(1)
            word = word[len("thu"):].strip() if word.startswith("thu ") else word
            q.ordinal = lex.number(word)
            if not self._is_short(q) and (q.doc_ids or len(topic_terms(q)) >= _DESCRIBED_TERMS):
                # "qc thư công vụ Nghệ An: cán bộ vừa được cấp tài khoản thì việc đầu tiên phải làm là gì?" asks a step
                # of the document it names, not an item of the last list (tune-fresh41 t41-23)
                q.ordinal = 0
        if (m := lex.item_ordinal.search(folded)) is not None:
            q.item_kind, number = m.group(1), m.group(2)
            q.item_ordinal = lex.number(number)
        q.is_followup = self._is_followup(q)
        return q

    @staticmethod
    def _issuer_forms(folded: str, mentions: list[tuple[str, str]]) -> list[str]:
        """"cua ubnd tinh ha tinh": the issuing body written before a place the question names, with the place."""
        words = " ".join(re.findall(r"[a-z0-9]+", folded))
        out: list[str] = []
        for _, form in mentions:
            at = f" {words} ".find(f" {form} ")
            if at > 0:
                m = question_lexicon().issuer_before_place.search(words[: at - 1])
                if m:
                    out.append(f"{m.group(0)} {form}")
        return out

    def _of_other_province(self, doc_id: str, provinces: list[str]) -> bool:
        """Is the plan one of a province other than those the question names (none named: no)?"""
        own = fold(self._province_of.get(doc_id, ""))
        return bool(provinces and own) and own not in {fold(p) for p in provinces}

    def _documents_named(self, question: str, folded: str, named_refs: list[tuple[DocRef, str]],
                         provinces: list[str]) -> tuple[list[str], list[str], list[str], list[str], int]:
        """Plans the question names by number ("QĐ 2904", "TB 627", "Nghị định 171/2025") or by commune, the numbers
        no indexed plan has, the words that only did the naming (kept out of the topic), the communes named and
        how many plans were named by number. ``named_refs``: ``refs_with_text(question)``; ``provinces``: those the
        question names."""
        ids: list[str] = []
        unknown: list[str] = []
        scope: list[str] = []
        communes: list[str] = []
        for ref, written in named_refs:
            hits = [d["id"] for d in self.documents if ref_matches(ref, d.get("number", ""), d.get("kind", ""))
                    or _file_ref_matches(ref, d)]
            if not hits and ref.kind:  # "Thông báo kết luận số 624" reads as a Kết luận: the number alone, if it is one
                # (not a plan of a province other than the one named: "CV của UBND Quảng Ninh triển khai CT 02/CT-TTg" is
                # no question on QĐ 02/2026/QĐ-UBND of Gia Lai; blind set b121-03)
                loose = [d["id"] for d in self.documents if ref_matches(replace(ref, kind=""), d.get("number", ""))
                         and not self._of_other_province(d["id"], provinces)]
                hits = loose if len(loose) == 1 else []
            if not hits and ref.kind:  # "báo cáo chỉ thị 38": no plan has that number, the one carrying it out does
                # ("Kết quả thực hiện các nhiệm vụ trong Chỉ thị số 38/CT-TTg ...")
                hits = list(self._cited.get((ref.number, ref.kind), []))
            if len(hits) > 1:
                hits = _issued_by_named(hits, self._by_id, folded, fold(written))
            (ids.extend(h for h in hits if h not in ids) if hits else unknown.append(written))
            scope.append(written)
            # the issuer's code after the number only picks the plan too: "TT 84 BNNMT: đơn vị nào kiểm tra việc thực
            # hiện Thông tư trên phạm vi toàn quốc?" is no question on the ministry's own duties (blind set b94-12)
            codes = {_number_code(self._by_id[h].get("number", "")) for h in hits}
            if code := _code_after(folded, fold(written), codes):
                scope.append(code)
        if ids:
            # a plan named by its bare number after another named by kind and number: "TB 624 bộ công cụ KPI, 2597
            # trung tâm dữ liệu Cloud: ai chủ trì?" (tune-fresh21 t21-58), "qđ 2811 và 2817" — when exactly one
            # indexed plan has that number; any other number is left alone (a count, an amount)
            for m in _LISTED_NUMBER.finditer(folded):
                listed = [d["id"] for d in self.documents if ref_matches(DocRef(m.group(1)), d.get("number", ""))]
                if len(listed) == 1 and listed[0] not in ids:
                    ids.append(listed[0])
                    scope.append(m.group(1))
            # "công văn bảo vệ khoáng sản chưa khai thác và kế hoạch thực hiện Chỉ thị 11": one by number, one by title
            ids.extend(d for d in self._named_by_title(folded, ids) if d not in ids)
        # a plan named by its kind and the issuer's code its number ends with, the number left out: "KH HQKV8 về kiểm soát
        # hàng giả, xâm phạm SHTT thực hiện đến bao giờ?" of Kế hoạch 957/KH-HQKV8 of Chi cục Hải quan khu vực VIII
        # (blind set b121-18); a code with a figure names one issuer ("hqkv8"), not a kind of body ("mttq", "ubnd")
        for m in _kind_and_code().finditer(folded):
            coded = [d["id"] for d in self.documents if _number_code(d.get("number", "")) == m.group(1)]
            if len(coded) == 1 and coded[0] not in ids:
                ids.append(coded[0])
                scope.append(m.group(1))
        numbered = len(ids)
        padded = f" {re.sub(r'[^a-z0-9]+', ' ', folded)} "
        for name, doc_id, written in self._localities:
            if name and f" {name} " in padded \
                    and not question_lexicon().addressee.search(padded[:padded.find(f" {name} ") + 1]):
                scope.append(name)
                if written not in communes:
                    communes.append(written)
                if doc_id not in ids and not numbered:  # "kế hoạch 16 … xã Lương Minh": the number picks the plan
                    ids.append(doc_id)
        if not numbered and len(ids) > 1 and not question_lexicon().second_ask.search(folded) \
                and len(titled := self._named_by_title(folded, [], among=ids)) == 1:
            ids = titled  # "hội nghị cử tri nơi cư trú ở Lương Minh": of the commune's plans, the one with that title
        return ids, unknown, scope, communes, numbered

    @staticmethod
    def _action(folded: str) -> str:
        """The task verb a who-question asks about ("ai lập phương án" -> "lap"), folded; "" for "ai chủ trì"."""
        m = question_lexicon().action.search(folded)
        if m is None:
            return ""
        words = m.group("verb").split()
        # (past how it is done: "giao ai khẩn trương xây dựng Đề án ..." asks who builds it)
        while len(words) > 2 and (manner := next((w.split() for w in question_lexicon().action_manner
                                                  if words[:len(w.split())] == w.split()), None)):
            words = words[len(manner):]
        if words and (written := question_lexicon().action_written.get(words[0])):
            return written  # "ai duyệt ...?" asks who "phê duyệt"
        verbs = _folded_task_verbs() | question_lexicon().asked_actions
        for n in (2, 1):
            verb = " ".join(words[:n])
            if len(words) >= n and verb in verbs and verb not in question_lexicon().not_action:
                return verb
        return ""

    def _title_words(self, folded: str, among: list[str]) -> list[str]:
        """The question's words that repeat a run of the title of one of the plans ``among`` ("tổ tiếp công dân, xử lý
        đơn thư" of two of a commune's plans): they pick plans, not the topic, whichever of them is read."""
        keep = set(among)
        return sorted({w for gram, plans in self._title_runs(folded) if plans & keep for w in gram})

    def _title_runs(self, folded: str) -> list[tuple[tuple[str, ...], set[str]]]:
        """Each run of TITLE_GRAM words of the question, with the plans whose title has it (maybe none)."""
        words = re.findall(r"[a-z0-9]+", folded)
        grams = [tuple(words[i:i + TITLE_GRAM]) for i in range(len(words) - TITLE_GRAM + 1)]
        return [(g, self._title_grams.get(g, set())) for g in grams]

    def _named_by_preamble(self, question: str, provinces: list[str], place_forms: list[str],
                           national_only: bool = False) -> tuple[list[str], str]:
        """The plan a question describes before its colon, opening with a kind of document ("QĐ ủy quyền cho GĐ Sở
        Công Thương Lào Cai (ATVSLĐ, chở hàng nguy hiểm): ...", "Quy chế thư điện tử công vụ Nghệ An: ..."), in words
        of its own rather than its title's runs: most of the preamble's topic words are words of that plan's kind,
        number, title, issuer and place, clearly more than of any other plan. On the tuning sets, 111 of the 112 plans
        so found were the plan asked about (the other: "cv giao so cong thuong tham muu uy quyen (Lao Cai)", whose
        title in the index lacks "giao Sở Công Thương", named the decision on the same authorisation). The province
        named (``provinces``, written ``place_forms``) picks among its own plans and is no word of the description.
        A question with no colon may open with the description ("Quyết định ủy quyền cho Giám đốc Sở Công Thương Lào
        Cai về an toàn vệ sinh lao động ... có hiệu lực ủy quyền đến khi nào?": ``_opening_description``). Returns the
        plans and the description's folded words."""
        place_words = {w for form in place_forms for w in re.findall(r"[a-z0-9]+", fold(form))}
        of_place = {fold(p) for p in provinces}
        candidates = {d: described for d, described in self._described_by.items()
                      if (not of_place or fold(self._province_of.get(d, "")) in of_place)
                      and not (national_only and (self._province_of.get(d) or d in self._unplaced_docs))}
        preamble = _preamble(question)
        if not preamble:
            return self._opening_description(question, place_words, candidates)
        # (a preamble naming no kind of document describes one by more of its words: "kho VLNCN thuy dien Nam Cang 1A:
        # chu dau tu can moi nhung don vi nao ...?" of the letter "V/v kế hoạch kiểm tra ... kho chứa vật liệu nổ công
        # nghiệp của dự án thủy điện Nậm Cang 1A ..." of Sở Công Thương Lào Cai, 3/2026; blind set b53-29)
        kind_named = any(f" {k} " in f" {preamble} " for k in _kind_words())
        words = set(topic_words_of(fold(question.split(":", 1)[0]))) - place_words
        if len(words) < (2 if kind_named else PREAMBLE_BARE_WORDS):
            return [], ""
        shares = sorted(((sum(_held(w, described) for w in words) / len(words), d)
                         for d, described in candidates.items()), reverse=True)
        if not shares or shares[0][0] < (PREAMBLE_MIN_SHARE if kind_named else PREAMBLE_BARE_SHARE) or \
                (len(shares) > 1 and shares[0][0] - shares[1][0] < PREAMBLE_MARGIN):
            return [], ""
        return [shares[0][1]], preamble

    def _named_by_month(self, q: Query) -> list[str]:
        """The plan a question names by the month (or day) it was issued when plans alike in their description differ
        in it: "Kế hoạch kiểm tra, cấp GCN huấn luyện kỹ thuật an toàn VLNCN ... tháng 7/2026 của SCT Lào Cai" of a
        department's plans of April, May and July with one title (Sở Công Thương Lào Cai, 2026; blind sets b43-b44).
        It must be described at least as well as any plan, by at least OPENING_MIN_HELD words, and better than any
        other plan of that month; not when the window is when tasks fall due."""
        window = q.window
        if not names_a_day_or_month(window) or q.intent == Intent.DEADLINE_WINDOW:
            return []
        label = set(re.findall(r"[a-z0-9]+", fold(window.label)))
        words = [w for w in dict.fromkeys(topic_words_of(q.folded)) if w not in label]
        padded = f" {' '.join(re.findall(r'[a-z0-9]+', q.folded))} "
        kinds = {k for k in _kind_words() if f" {k} " in padded}  # "Thông báo kết quả ... tháng 4/2026": a notice
        held = {d: sum(_held(w, described) for w in words) for d, described in self._described_by.items()
                if not kinds or self._kind_forms.get(d, frozenset()) & kinds}
        if not held:
            return []
        dated = sorted((held[d], d) for d in held if (issued := self._issued_on.get(d)) and window.overlaps(*issued))
        if not dated:
            return []
        top, best = dated[-1][0], dated[-1][1]
        if top < OPENING_MIN_HELD or top < max(held.values()) or (len(dated) > 1 and dated[-2][0] == top):
            return []
        return [best]

    @staticmethod
    def _opening_description(question: str, place_words: set[str],
                             candidates: dict[str, frozenset[str]]) -> tuple[list[str], str]:
        """A question without a colon that opens with a kind of document and goes on in one plan's own words: the
        description runs while that plan holds the words, up to the last held before two topic words it lacks in a
        row ("... vận chuyển hàng hóa nguy hiểm | có hiệu lực ủy quyền đến khi nào?") or before a word that begins
        what is asked of it (questions.toml [opening_description]: "... nguy hiểm | có thời hạn ủy quyền đến bao
        giờ?", though the plan's title holds "quyền hạn"). It names the plan when at least OPENING_MIN_HELD of its
        topic words are held, nearly all of them, and clearly more than by any other plan."""
        lex = question_lexicon()
        ends = lex.opening_ends
        words = re.findall(r"[a-z0-9]+", fold(question))
        last = len(words)  # where the description must end
        if words[:1] and words[0] in lex.opening_before and \
                any(" ".join(words[1:3]).startswith(k) for k in lex.opening_any_kind):
            # "Theo văn bản SCT trả hồ sơ VLNCN cho Công ty Mông Sơn, giấy đề nghị ...?" (b55-07): a document of any kind,
            # described to the comma at most. (Not "Theo kết luận của Phó Thủ tướng ... tỉnh Điện Biên, về giao thông hàng
            # không thì tỉnh được yêu cầu làm gì?", tune-fresh26 t26-52: the unit asked is then read in the description)
            last = len(re.findall(r"[a-z0-9]+", fold(question.split(",", 1)[0]))) - 1
            words = words[1:]
        opening = " ".join(words[:2])
        kind = next((k for k in (*_kind_words(), *lex.opening_any_kind) if opening == k or opening.startswith(f"{k} ")),
                    None)
        if kind is None:
            return [], ""
        neutral = set(stopwords().words) | place_words
        found: list[tuple[int, int, str]] = []  # (words held, where the description ends, plan)
        for d, described in candidates.items():
            held = missed = run = 0
            end = -1
            for i, w in enumerate(words[:last]):
                if w in ends and held >= OPENING_MIN_HELD and (i + 1 == len(words) or words[i + 1] not in ends[w]):
                    break  # what is asked of the plan begins
                if i < len(kind.split()) or w in neutral or w.isdigit():
                    continue
                if _held(w, described):
                    held, end, run = held + 1, i, 0
                    continue
                run += 1
                if run >= 2:
                    break
                missed += 1
            if held >= OPENING_MIN_HELD and held >= OPENING_SHARE * (held + missed):
                found.append((held, end, d))
        found.sort(reverse=True)
        if not found or (len(found) > 1 and found[0][0] - found[1][0] < OPENING_MARGIN):
            return [], ""
        held, end, d = found[0]
        if not topic_words_of(" ".join(words[end + 1:])):
            # the question asks nothing past the description ("Công văn ... về tham mưu ủy quyền thủ tục ... giao cơ quan
            # nào chủ trì?", tune.jsonl ta-10): the plan is named, and its words stay the topic its clauses are found by
            return [d], ""
        return [d], " ".join(words[:end + 1])

    def _named_by_title(self, folded: str, named: list[str], among: list[str] | None = None) -> list[str]:
        """Plans besides ``named`` that the question names by a run of their title's words: at least two runs of
        TITLE_GRAM words (a run of TITLE_GRAM + 1 words or more), each found in the titles of at most two plans and
        in none of the plans already named (those words describe a named plan: "QĐ 1696 (an toàn vệ sinh lao động,
        hàng nguy hiểm)"), after a kind of document ("công văn bảo vệ khoáng sản ..."). ``among``: only these plans
        (a commune's) count, and no kind need open the run ("hội nghị cử tri nơi cư trú ở Lương Minh")."""
        words = re.findall(r"[a-z0-9]+", folded)
        kinds = _kind_words()
        runs: dict[str, int] = {}
        opened: set[str] = set()  # plans whose run follows a kind of document ("công văn bảo vệ khoáng sản ...")
        for i, (_, plans) in enumerate(self._title_runs(folded)):
            if among is not None:
                plans = plans & set(among)
            if not plans or len(plans) > 2 or plans & set(named):
                continue
            before = words[max(0, i - TITLE_KIND_GAP - 2):i]  # a kind is one or two words
            # the last kind written before the run (the longest where two start at one word: "kh" and "ke hoach")
            at, kind = max(((j, k) for j in range(len(before)) for k in kinds
                            if " ".join(before[j:j + len(k.split())]) == k),
                           key=lambda t: (t[0], len(t[1])), default=(None, ""))
            # "công văn bảo vệ ...", "cong van giao SCT tham muu ..."; not "chỉ thị 11 việc bảo vệ ..." (a number
            # after the kind: that kind belongs to a plan named by number)
            lead_in = at is not None and not any(w.isdigit() for w in before[at:])
            for d in sorted(plans):  # a set: in a fixed order, so two plans named alike come out alike on every run
                runs[d] = runs.get(d, 0) + 1
                if lead_in and self._of_kind(d, kind):
                    opened.add(d)
        # a plan titled for another round than the one asked is not the one described: "theo kế hoạch bầu cử chung của
        # MTTQ xã, hội nghị hiệp thương lần 3 phải xong chậm nhất ngày nào" does not name "Kế hoạch tổ chức Hội nghị
        # hiệp thương lần thứ hai" (Lương Minh, tune-fresh38 t38-19)
        asked = rounds(folded)
        return [d for d, n in runs.items() if n >= 2 and (d in opened or among is not None)
                and rounds_agree(asked, self._title_rounds.get(d, frozenset())) >= 0]

    def _of_kind(self, doc_id: str, kind: str) -> bool:
        """May a plan be the one a kind of document names ("cong van", "kh")? It may when it is of that kind, its title
        names it, or its kind is unknown: "... thực hiện nghị quyết của Bộ Chính trị về các vùng" names no guidance of
        the Party's Organisation Commission whose title holds "... của Bộ Chính trị" (Hướng dẫn 45-HD/BTCTW beside TB
        623/TB-VPCP; tune-fresh26 t26-59)."""
        doc = self._by_id.get(doc_id, {})
        own = fold(doc.get("kind", ""))
        if not kind or not own:
            return True
        name = fold(kind_of_word(kind))
        title = " ".join(re.findall(r"[a-z0-9]+", fold(doc.get("title", ""))))
        return bool(name) and (own == name or f" {name} " in f" {title} ")

    def _is_short(self, q: Query) -> bool:
        """Is the question short enough to lean on the conversation? Names do not make a question longer; a unit
        phrase that ran on into the question is no name ("phieu danh gia cong chuc Hai Phong (phu luc 03): vi tri khong
        tiep xuc ... xu ly the nao?", tune-fresh42 t42-51)."""
        # ... nor one holding a question's words: "Theo TT 45/2026/TT-BTC, Hội đồng định giá biểu quyết ngang phiếu thì
        # xử lý thế nào?" (blind set b35-41) asks of the text it names
        phrase = q.unit_phrase if len(q.unit_phrase.split()) <= MAX_NAME_WORDS and \
            not question_lexicon().name_stops & set(q.unit_phrase.split()) else ""
        named = [*q.units, phrase, *q.provinces, *q.localities]
        words = len(q.folded.split()) - sum(len(fold(n).split()) for n in named if n)
        return words <= self.followup_max_words

    def _is_followup(self, q: Query) -> bool:
        """Does the question lean on the conversation ("còn đơn vị phối hợp?", "thế ở Đồng Tháp thì sao?",
        "đơn vị đó còn làm gì?", "nhiệm vụ thứ hai", "hạn khi nào?")?"""
        lex = question_lexicon()
        short = self._is_short(q)
        if q.refers_unit or q.refers_task or q.refers_plan or q.ordinal:
            return True
        if short and lex.followup.search(_followup_words(q.text)):
            return True
        # a short question with no topic of its own and no unit: "ai phối hợp?", "hạn khi nào?", "ở Đồng Tháp?", and
        # one asking a value that names only its kind: "kinh phí bao nhiêu?", "bao nhiêu ngày?"
        topic = topic_terms(q)
        if topic and asked_value(q.folded) is not None:
            topic = [t for t in topic if t not in lex.value_kind_words]
        return short and not topic and not q.units and not q.unit_phrase \
            and q.intent not in (Intent.PLAN_FACTS, Intent.DEADLINE_WINDOW) and not q.doc_ids


_FOLLOWUP_AS_TYPED = {"còn": "con", "thế": "the", "vậy": "vay", "thì": "thi", "sao": "sao", "nào": "nao", "ở": "o",
                      "về": "ve", "với": "voi", "như": "nhu"}


def _followup_words(text: str) -> str:
    """The question as the follow-up phrases are matched: folded when typed without diacritics; else only the words
    those phrases are made of are folded, so "Thẻ kiểm toán viên nhà nước có kích thước bao nhiêu?" (QĐ 1760/QĐ-KTNN)
    opens with no "thế"."""
    if not has_diacritics(text):
        return fold(text)
    words = re.findall(r"\w+|[^\w\s]", nfc(text).lower())
    return " ".join(_FOLLOWUP_AS_TYPED.get(w, w) for w in words)


# a pointing word after this many topic words of the question points at what the question itself just described
_DESCRIBED_TERMS = 4


def _points_back(pattern: re.Pattern, pointing: str) -> bool:
    """Does the question point back at the conversation ("nhiệm vụ này ai phối hợp?"), not at the task it describes
    itself ("Tỉnh tôi muốn làm kế hoạch số hóa riêng ... theo đề án (QĐ 2597). Việc này là trách nhiệm của ai?")?"""
    m = pattern.search(pointing)
    if m is None:
        return False
    before = re.sub(r"[^a-z0-9%]+", " ", pointing[:m.start()])
    return len(topic_words_of(before)) < _DESCRIBED_TERMS


def _position_asked(folded: str, asks: re.Match, positions: tuple[str, ...]) -> str:
    """The position a "who holds it" question asks: of the positions it names, the one written next to the asking
    words ("ai làm thư ký hội đồng (chủ tịch là đại diện lãnh đạo Vụ Tổ chức cán bộ)?" asks the secretary, NĐ 171
    Điều 10.2; tune-fresh33 t33-11); the longer one where two are as near ("chủ tịch hội đồng" before "chủ tịch")."""
    found = [(min(abs(m.start() - asks.end()), abs(asks.start() - m.end())), -len(p), p)
             for p in positions for m in re.finditer(rf"\b{re.escape(p)}\b", folded)]
    return min(found)[2] if found else ""


def topic_terms(q: Query) -> list[str]:
    """The question's topic words: its content terms without follow-up and reference words."""
    return [t for t in q.content_terms if t not in _NON_TOPIC and t not in stopwords().words]


def own_topic(q: Query) -> list[str]:
    """The topic words a list question (a unit's tasks, the tasks due in a window) names besides its unit and window:
    none in "Sở Tư pháp có việc gì đến hạn trong tháng 5/2026?"; many in "kinh phí giai đoạn 2021-2025 chưa dùng hết
    thì cuộc họp thống nhất báo cáo Quốc hội cho phép làm gì?", where the period only sets the scene."""
    unit_words = set(" ".join(fold(u) for u in q.units).split())
    if len(q.unit_phrase.split()) <= MAX_UNIT_PHRASE_WORDS:  # a longer guess ran on into the topic ("tiểu ban tuyên
        unit_words |= set(q.unit_phrase.split())           # truyền xã Phố Bảng tập trung tuyên truyền nội dung")
    return [t for t in topic_terms(q) if not t.isdigit() and t not in _WINDOW_WORDS and t not in unit_words]


def names_own_topic(q: Query) -> bool:
    """Does a list question name a topic of its own? Then, when the list it asks for is empty or is every task of
    "các cơ quan", it asks about that topic. The list questions of eval/meeting.jsonl name none."""
    return len(own_topic(q)) >= MIN_OWN_TOPIC_WORDS


MIN_OWN_TOPIC_WORDS = 4
MAX_UNIT_PHRASE_WORDS = 8  # "so nong nghiep va moi truong" is six
MAX_NAME_WORDS = 12  # "trung tam tro giup phap ly nha nuoc thanh pho" is ten: a longer unit phrase ran on into the question
_WINDOW_WORDS = frozenset("ngay thang quy nam giai doan tuan ky truoc sau tu den trong toi dau cuoi".split())

_NON_TOPIC = frozenset(
    "con thi sao nao the vay do nay tren vua neu ay kia thu nhat hai ba tu bon nam sau bay tam chin muoi dau tien "
    "cuoi cung cai ho hop han xong hoan thanh lam dinh ky bao lau lan tien do".split()
)



@cache
def _folded_task_verbs() -> frozenset[str]:
    """roles.toml [task_verbs], folded: the actions a who-question may ask about."""
    return frozenset(fold(v) for v in role_lexicon().task_verbs)


def written_forms(folded: str) -> str:
    """The words documents write for how the question asks ("ít nhất" -> "tối thiểu", "mất mấy ngày" -> "thời hạn
    giải quyết"), folded, for the keyword search; "" when none applies (questions.toml [[paraphrase]])."""
    return " ".join(" ".join(written) for asked, written, _ in question_lexicon().paraphrases if asked.search(folded))
