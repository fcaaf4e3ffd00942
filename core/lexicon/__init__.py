"""The one lexicon of Vietnamese administrative language, kept as data (TOML files beside this module).

Each file holds one concern — units (heads, abbreviations), roles (who leads, partners, by when), places
(provinces and their other names), portal boilerplate, question phrases, stopwords — and each entry carries an
example taken from a real document. Code elsewhere never spells a Vietnamese unit, role or place word itself:
it asks this module. Loaded once per process (``lexicon()``), immutable afterwards.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core.textnorm import fold, nfc

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

HERE = Path(__file__).resolve().parent


# The tables the parser reads (ingest/); the question side's (questions, stopwords) do not change a parse.
PARSER_TABLES = ("abbreviations", "dates", "places", "portal", "roles", "structure", "units")


@cache
def lexicon_version() -> str:
    """A digest of the lexicon files the parser reads: what it knows changes when any of them is edited."""
    h = hashlib.sha256()
    for name in PARSER_TABLES:
        h.update(name.encode() + b"\0" + (HERE / f"{name}.toml").read_bytes())
    return h.hexdigest()[:16]


def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file ``<name>.toml`` of this folder."""
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


def _patterns(entries: list[dict[str, Any]]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e["pattern"]) for e in entries)


def _acting_chain(acts: tuple[str, ...], task_verbs: dict) -> re.Pattern:
    """Modals, then ``acts`` (but those handing the act on) joined by commas, "và" or "hoặc", folded: what may stand
    between a body and the act asked."""
    chained = _any_of(dict.fromkeys(fold(w) for w in acts if w not in task_verbs["chain_not_acts"]))
    modals = _any_of(fold(w) for w in task_verbs["chain_modals"])
    item = rf"(?:(?:{modals})\s+)*(?:{modals}|{chained})"
    return re.compile(rf"{item}(?:\s*(?:,|va|hoac)\s*{item})*(?:\s*,?\s*(?:va|hoac))?")


def _any_of(words) -> str:
    """A regex alternation of ``words`` as written, longest first."""
    return "|".join(map(re.escape, _longest_first(words)))


@dataclass(frozen=True)
class PortalLexicon:
    """Boilerplate of legal web portals (matched on folded lines)."""

    tail_start: tuple[re.Pattern, ...]
    noise_line: tuple[re.Pattern, ...]
    summary_line: tuple[re.Pattern, ...]  # the portal's summary of the document (dropped; its subject may be the title)
    metadata_labels: tuple[str, ...]
    motto: tuple[re.Pattern, ...]
    body_opening: tuple[re.Pattern, ...]  # "Kính gửi:": a piece that opens the document's body, not a header cell
    inline_note: re.Pattern  # the portal's notes inside a line ("[Cụm từ này bị thay thế bởi ...]"), as written
    front_matter: dict[str, str]  # a Markdown front matter's folded key -> the metadata label it gives


@cache
def portal() -> PortalLexicon:
    data = load_table("portal")
    return PortalLexicon(
        tail_start=_patterns(data["tail_start"]),
        noise_line=_patterns(data["noise_line"]),
        summary_line=_patterns(data["summary_line"]),
        metadata_labels=tuple(data["metadata_labels"]["labels"]),
        motto=_patterns(data["motto"]),
        body_opening=_patterns(data["body_opening"]),
        inline_note=re.compile("|".join(f"(?:{n['pattern']})" for n in data["inline_note"])),
        front_matter=dict(data["front_matter"]["aliases"]),
    )


@dataclass(frozen=True)
class UnitHead:
    words: tuple[str, ...]
    not_followed_by: tuple[str, ...] = ()
    complete: bool = False  # a party named by its role alone ("Chủ đầu tư"): lower-case words after it are its task
    office: bool = False  # office holders ("Giám đốc"), who stand for their office
    lower_before_name: tuple[str, ...] = ()  # of ``words``, those also written in lower case before a capitalised name


@dataclass(frozen=True)
class UnitLexicon:
    heads: tuple[UnitHead, ...]
    abbreviations: dict[str, str]  # folded short form -> folded long form
    abbreviation_levels: frozenset[str]  # after a short form that is a word, these make it the short form ("ca tinh")
    level_end: re.Pattern  # a name ending in its level or place: "Công an Thành phố", "Ủy ban nhân dân các xã"
    place_cut: re.Pattern  # a "nơi" clause cut at its subject ending a name: "Ủy ban nhân dân cấp xã | nơi người"
    name_stop: re.Pattern  # a clause of time or condition opening here ends a name: "Ủy ban bầu cử | sau khi ..."
    name_stop_agreeing: re.Pattern  # a body agreeing ends its name, right after its head too: "... Đảng uỷ | nhất trí"
    name_tail: re.Pattern  # a modal or adverb a name read too far ends with: "Văn phòng đăng ký đất đai | không" (on
    # the name followed by the text after it, read up to the name's end: "sau" and "trước" only before "khi")
    key_drop: frozenset[str]
    key_rewrite: tuple[tuple[str, str], ...]  # folded phrase -> what it is compared as ("to quoc viet nam" -> "to quoc")
    continuations: tuple[str, ...] = ()  # verb-like words inside a name ("có liên quan", "ứng dụng công nghệ")
    function_words: tuple[str, ...] = ()  # continuations followed by the function they name ("có chức năng quản lý ...")
    generic_only: tuple[str, ...] = ()  # continuations of a name with no proper word ("đơn vị điện lực quản lý vận hành")
    after: tuple[tuple[str, str], ...] = ()  # (words before, continuation): "cấp trên" + "trực tiếp"
    role_defined: tuple[str, ...] = ()  # role words naming a body with no proper name ("Cơ quan chủ trì")
    duty: tuple[str, ...] = ()  # what follows such a name ("có trách nhiệm", "phải")
    # "Văn phòng HĐND và UBND": the office heads, the bodies before its "và", those after
    joint_office: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    described_by: tuple[str, ...] = ()  # roles that also end a body described by what it does ("chủ trì")
    not_describing: tuple[str, ...] = ()  # words that start no description of a body ("chỉ có quyền")
    listed_bodies: tuple[str, ...] = ()  # verb-like words that after a comma are the next body of a list ("tổ chức")
    branch_heads: tuple[str, ...] = ()  # the plural heads a list of branches follows ("các Sở: Tư pháp, Nội vụ")
    branches: tuple[tuple[str, str], ...] = ()  # (as written in a list, full name), longest written form first
    locality_heads: tuple[str, ...] = ()  # plurals a list of provinces follows ("các tỉnh, thành phố: A, B"), longest first
    commune_heads: tuple[str, ...] = ()  # plurals a list of communes follows ("các xã: Đức Trọng, Hiệp Thạnh"), longest first
    branch_runs_on: tuple[str, ...] = ()  # lower-case words a "Bộ/Sở + branch" name runs on over ("tỉnh", "và")
    honorifics: tuple[str, ...] = ()  # "Ông", "Bà", "Đồng chí": a person named before their office
    person_duties: tuple[str, ...] = ()  # "phụ trách", "tham mưu": what a person named in a heading is put in charge of


# A person's name as a person named with an honorific writes it: two to five words in capitals ("Nguyễn Thị Tuyết
# Nhung", "Ksor Hiền"); what comes before it is the honorific (units.toml [person]).
PERSON_NAME = r"[A-ZÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZÀ-Ỹ][\wÀ-ỹ]*){1,4}"


@cache
def honorific_pattern(any_case: bool = False, folded: bool = False) -> str:
    """The honorifics of units.toml [person] as a regex alternation, longest first: as written, also in lower case
    inside a sentence ("cử ông ..."), or folded ("ong", "dong chi")."""
    words = set(units().honorifics)
    if any_case:
        words |= {w.lower() for w in words}
    if folded:
        words = {fold(w) for w in words}
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def units() -> UnitLexicon:
    data = load_table("units")
    return UnitLexicon(
        heads=tuple(UnitHead(tuple(h["words"]), tuple(h.get("not_followed_by", ())), bool(h.get("complete", False)),
                             bool(h.get("office", False)), tuple(h.get("lower_before_name", ())))
                    for h in data["head"]),
        abbreviations={a["short"]: a["long"] for a in data["abbreviation"]},
        abbreviation_levels=frozenset(data["abbreviation_levels"]["words"]),
        level_end=re.compile(rf"(?i)\b(?:{_any_of(data['level_end']['words'])})$"),
        place_cut=re.compile(rf"(?i)\s+{re.escape(data['place_clause']['word'])}"
                             rf"(?:\s+(?:{_any_of(data['place_clause']['subjects'])}))?$"),
        name_stop=re.compile(rf"(?:{_any_of(data['name_stop']['words'])})\b"),
        name_stop_agreeing=re.compile(rf"(?:{_any_of(data['name_stop']['agreeing'])})\b"),
        name_tail=re.compile(rf"(?<!\w)(?<!{')(?<!'.join(w + ' ' for w in data['name_stop']['tail_kept_after'])})"
                             rf"(?:(?:{_any_of(data['name_stop']['tail'])})$"
                             rf"|(?:{_any_of(data['name_stop']['tail_before_khi'])})$(?=\s+khi\b))", re.M),
        joint_office=tuple(tuple(data["joint_office"][k]) for k in ("heads", "first", "second")),
        key_drop=frozenset(data["key_drop"]["words"]),
        key_rewrite=tuple((k, v) for k, v in data.get("key_rewrite", {}).items() if k not in ("example", "source")),
        honorifics=tuple(data["person"]["honorifics"]),
        person_duties=tuple(data["person"].get("duties", ())),
        continuations=tuple(data["name_continuation"]["words"]),
        function_words=tuple(data["name_continuation"].get("function", ())),
        generic_only=tuple(data["name_continuation"].get("generic_only", ())),
        after=tuple((a, b) for a, b in data["name_continuation"].get("after", ())),
        role_defined=tuple(data["name_continuation"].get("role_defined", ())),
        duty=tuple(data["name_continuation"].get("duty", ())),
        described_by=tuple(data["name_continuation"].get("described_by", ())),
        not_describing=tuple(data["name_continuation"].get("not_describing", ())),
        listed_bodies=tuple(data["name_continuation"].get("listed", ())),
        branch_heads=tuple(data["branch_list"]["heads"]),
        branches=tuple(sorted(((w, b["name"]) for b in data["branch"] for w in (b["name"], *b["short"])),
                              key=lambda t: -len(t[0]))),
        locality_heads=tuple(sorted(data["locality_list"]["heads"], key=len, reverse=True)),
        commune_heads=tuple(sorted(data["locality_list"]["commune_heads"], key=len, reverse=True)),
        branch_runs_on=tuple(data["branch_list"].get("runs_on", ())),
    )


@dataclass(frozen=True)
class Opener:
    words: tuple[str, ...]
    requested: bool
    directs: bool = False  # "Chỉ đạo X ...": X does the work, the one who directs leads unless X "chủ trì"
    not_after: tuple[str, ...] = ()  # words that make it part of another verb ("chuyển giao cho X": no assignment)


@dataclass(frozen=True)
class RoleLexicon:
    role_phrases: tuple[tuple[str, str], ...]  # (phrase, role), longest phrase first
    not_roles: tuple[str, ...]  # lower-case words that open with a role phrase and say none ("làm chủ đầu tư")
    openers: tuple[Opener, ...]
    heading_prefixes: tuple[str, ...]
    asks_under_heading: frozenset[str]  # "Yêu cầu": under a body's heading the body asks, leading what it asks
    duty_of: re.Pattern  # "Trách nhiệm, phạm vi và cách thức giải quyết công việc của ": a heading of duties, its body next
    duty_actor: re.Pattern  # "tổ chức, cá nhân được thăm dò khoáng sản": a party a heading of duties names after "của"
    duty_actor_words: int  # ... at most this many words
    duty_actor_stops: tuple[str, ...]  # ... ending where the heading says when or where ("sau khi", "trong")
    duty_case: re.Pattern  # " khi ", " trong quá trình ": the case a heading of duties applies in, after its body
    delegation_verbs: tuple[str, ...]  # "phân cấp", "ủy quyền": a body handing its power to another (lower case)
    task_verbs: tuple[str, ...]
    acts: tuple[str, ...]  # the task verbs that name an act (no preposition or modal), lower case: "xây dựng"
    # "phải xem xét,": a modal and acts joined by commas or "và", between a body and the act asked of it (folded)
    acting_chain: re.Pattern
    case_openings: tuple[str, ...]  # lower-case words opening a case that "thì" closes ("trường hợp", "nếu", "khi")
    grounds_openings: tuple[str, ...]  # the grounds a body acts on ("trên cơ sở"), opening a sentence as a case does
    not_acting: frozenset[str]  # task verbs that after a body say no act of it ("là", "được", "nhận thấy")
    labels: tuple[tuple[str, str], ...]  # (label key, role), longest key first
    exact_labels: frozenset[str]  # keys naming a column only as its whole header ("bo phan", folded)
    deadlines: tuple[re.Pattern, ...]
    recipient: re.Pattern  # "phản ánh về <unit>", "báo cáo ... qua <unit>": the unit follows the match
    recipient_preposition: re.Pattern  # a recipient's next preposition further on in the sentence (matched at a position)
    recipient_direct: re.Pattern  # "gửi <unit>": the unit may follow the verb at once
    recipient_office: re.Pattern  # "phòng", "bộ phận": an office inside a body, in lower case, may receive
    # relation -> where its unit follows: "trên cơ sở đề nghị của <unit>" (proposer), "chịu trách nhiệm trước <unit>"
    named_after: dict[str, re.Pattern]
    named_after_labels: dict[str, str]  # relation -> the label of its answer ("Theo đề nghị, đề xuất của")
    decider_verb: re.Pattern  # " xem xét, quyết định": a deciding verb, the decider right before it
    decider_refer: re.Pattern  # "báo cáo ": the unit a matter is referred to follows
    power_label: re.Pattern  # "Thẩm quyền quyết định ...:" (folded): the body after the colon decides
    power_holder: re.Pattern  # "thuộc thẩm quyền của ": the body that ends the sentence holds the matter's power
    power_holder_denied: re.Pattern  # "trừ", "không" before it: excepted or denied, no one is named
    power_holder_topic: re.Pattern  # "Việc ", "Thủ tục ": the sentence opens with the matter it hands over
    manner: re.Pattern  # "chặt chẽ với " after "Phối hợp": the unit follows the match
    notified: re.Pattern  # "thông báo cho ": the bodies told follow the match
    notified_purpose: re.Pattern  # " để phối hợp": right after the bodies told, they are partners
    role_only: re.Pattern  # what is left of a unit heading that ends in a role word alone: "phối hợp", "triển khai thực hiện:"
    acronym_subject: re.Pattern  # "VNMAC " before a role word: group 1 is the acronym
    duty_subject: re.Pattern  # " có trách nhiệm" after a body named by what it is: the body ends where the match starts
    duty_subject_words: int  # the most words such a body's name has
    duty_subject_names: tuple[str, ...]  # words that open such a name though they are task verbs elsewhere: "Tổ chức"
    duty_subject_not_opening: re.Pattern  # words that never open it: "Việc", "Hồ sơ"
    duty_subject_not_ending: tuple[str, ...]  # words that never end it: "người", "và"
    duty_subject_modal: re.Pattern  # a modal ending what comes before the duty ("... phải"): no part of the name
    cited_document: re.Pattern  # the text before a date ends in a cited document: "... Luật Quản lý ...", "số 181/2024/NĐ-CP"
    cited_number: str  # the number of a cited text, as a regex: "181/2024/NĐ-CP", "75-TB/VPTW"
    cited_names: tuple[str, ...]  # the kinds of text cited by name before their date: "Luật"
    passive: re.Pattern  # "bị", "gồm" right after a subject: it undergoes or makes up, it is assigned nothing
    speaker: re.Pattern  # "kết luận ... như sau:" right after a body: it speaks, what it says follows
    established: re.Pattern  # "thành lập <bodies> ... " with no full stop after: the bodies set up, not who acts
    established_duties: tuple[str, ...]  # what such a body will do ("có nhiệm vụ"): no duty of the item's doer
    courtesy: re.Pattern  # "trân trọng báo cáo": a courtesy close, assigning nothing
    member_of: re.Pattern  # "các chuyên gia của ": people named by the body they belong to, which follows
    mandate_opening: re.Pattern  # "Căn cứ chức năng, nhiệm vụ được giao, ": on what grounds, before subject or role
    aside_openings: tuple[str, ...]  # "trong phạm vi": an aside before a task verb, the body's scope ([aside_opening])
    # the same grounds between a subject and its role, commas optional: "... căn cứ chức năng nhiệm vụ để phối hợp ..."
    mandate_within: re.Pattern
    duty_list: frozenset[str] = frozenset()  # headings of duties naming no one ("nhiem vu, quyen han"), folded
    plan_handed_verbs: str = ""  # folded task verbs handing "<kind> này" to a unit, as a regex alternation
    plan_handed_asked: frozenset[str] = frozenset()  # folded words a question asking who is handed the plan says
    everyone: re.Pattern | None = None  # a lead of these folded words alone is everyone ("cac co quan, don vi ...")


def _mandate_within(table: dict[str, Any]) -> re.Pattern:
    """roles.toml [mandate_opening] as said between a subject and its role: commas optional, ending in "để"."""
    grounds = "|".join(r",?\s+".join(map(re.escape, w.replace(",", " ").split()))
                       for w in sorted(table["words"], key=len, reverse=True))
    return re.compile(rf"^(?:{grounds})(?:\s+(?:{_any_of(table['after'])}))?\s*(?:,\s*|\s+(?:{_any_of(table['within_end'])})\s+)",
                      re.I)


@cache
def roles() -> RoleLexicon:
    data = load_table("roles")
    phrases = [(p, r["role"]) for r in data["role"] for p in r["phrases"]]
    labels = [(k, lab["role"]) for lab in data["label"] for k in lab["keys"]]
    prepositions = "|".join(map(re.escape, data["recipient"]["prepositions"]))  # single words: their order matters not
    acts = tuple(dict.fromkeys(w.lower() for w in data["task_verbs"]["words"] if w not in data["task_verbs"]["not_acts"]))
    return RoleLexicon(
        role_phrases=tuple(sorted(phrases, key=lambda t: -len(t[0]))),
        not_roles=tuple(p.lower() for p in data["not_a_role"]["phrases"]),
        asks_under_heading=frozenset(w for o in data["opener"] for w in o.get("asks_under_heading", ())),
        openers=tuple(Opener(tuple(o["words"]), bool(o["requested"]), bool(o.get("directs", False)),
                            tuple(o.get("not_after", ()))) for o in data["opener"]),
        heading_prefixes=tuple(sorted(data["heading_prefix"]["words"], key=len, reverse=True)),
        duty_of=re.compile(rf"^(?:Quy định\s+)?(?:{_any_of(data['heading_prefix']['duty_nouns'])})"
                           rf"(?:[\s,]+(?!(?:{_any_of(data['heading_prefix']['duty_span_stops'])})\b)[^\s.;:()!?]+)"
                           rf"{{0,{data['heading_prefix']['duty_span']}}}?\s+của\s+", re.I),
        duty_actor=re.compile(rf"^(?:{_any_of(data['heading_prefix']['actor_heads'])})\b"
                              rf"(?:(?!\s+(?!(?:{_any_of(data['heading_prefix']['actor_stop_exceptions'])})\b)"
                              rf"(?:{_any_of(data['heading_prefix']['actor_stops'])})\b)[^.;:()!?])*", re.I),
        duty_actor_words=int(data["heading_prefix"]["actor_words"]),
        duty_actor_stops=tuple(data["heading_prefix"]["actor_stops"]),
        duty_case=re.compile(rf"(?:^|\s+)(?:{_any_of(data['heading_prefix']['case_stops'])})(?:\s|$)"),
        delegation_verbs=tuple(data["delegation"]["words"]),
        # a passive marker ends a unit name as a verb does ("Cán bộ, công chức, viên chức | bị xử lý kỷ luật")
        task_verbs=tuple(sorted([*data["task_verbs"]["words"], *data["passive"]["words"]], key=len, reverse=True)),
        acts=acts,
        acting_chain=_acting_chain(acts, data["task_verbs"]),
        case_openings=tuple(sorted(data["case_opening"]["words"], key=len, reverse=True)),
        grounds_openings=tuple(sorted(data["case_opening"]["grounds"], key=len, reverse=True)),
        not_acting=frozenset(data["case_opening"]["not_acting"]),
        labels=tuple(sorted(labels, key=lambda t: -len(t[0]))),
        exact_labels=frozenset(fold(k) for lab in data["label"] for k in lab.get("exact", ())),
        deadlines=tuple(re.compile(d["pattern"], re.I) for d in data["deadline"]),
        decider_verb=re.compile(rf"\s+(?:(?:{_any_of(data['decider']['between'])})\s+)?(?:{_any_of(data['decider']['verbs'])})\b"),
        decider_refer=re.compile(rf"\b(?:{_any_of(data['decider']['refer'])})\s+"),
        power_label=re.compile(rf"^\W*(?:{_any_of(data['decider']['power_labels'])})\s+"
                               rf"(?:{_any_of(fold(v) for v in data['decider']['verbs'])})\b[^:]{{0,100}}:"),
        power_holder=re.compile(rf"\b(?:{_any_of(data['power_holder']['words'])})\s+"),
        power_holder_denied=re.compile(rf"\b(?:{_any_of(data['power_holder']['not_after'])})(?:\s+[^\s.;]+){{0,3}}\s*$", re.I),
        power_holder_topic=re.compile(rf"^(?:{_any_of(data['power_holder']['topics'])})\s"),
        recipient=re.compile(rf"\b(?:{'|'.join(map(re.escape, data['recipient']['verbs']))})\b[^.;:]{{0,200}}?\s"
                             rf"(?:{prepositions})\s+"
                             + "".join(rf"|\b{re.escape(v)}\s+{re.escape(p)}\s+" for v, p in data["recipient"].get("pairs", ())),
                             re.I),
        recipient_preposition=re.compile(rf"[^.;:]{{0,120}}?\s(?:{prepositions})\s+", re.I),
        recipient_direct=re.compile(rf"\b(?:{_any_of(data['recipient'].get('direct', ()))})\s+", re.I),
        recipient_office=re.compile(rf"(?:{_any_of(data['recipient'].get('offices', ()))})\b"),
        named_after={n["relation"]: re.compile(rf"\b(?:{_any_of(n['words'])})\s+", re.I) for n in data["named_after"]},
        named_after_labels={n["relation"]: n["label"] for n in data["named_after"] if "label" in n},
        notified=re.compile(rf"(?<!\w)(?:{_any_of(data['notified_partners']['verbs'])})\s+"),
        notified_purpose=re.compile(rf"\s*,?\s*(?:{_any_of(data['notified_partners']['purpose'])})\b"),
        manner=re.compile(rf"^(?:{_any_of(data['manner']['words'])})(?:,? (?:{_any_of(data['manner']['second'])}))?"
                          rf"\s+(?:{_any_of(data['manner']['before'])})\s+"),
        role_only=re.compile(rf"^(?:{_any_of(data['role_only']['words'])})(?: (?:{_any_of(data['role_only']['then'])}))?"
                             rf"\s*:?$", re.I),
        acronym_subject=re.compile(rf"^([A-ZĐ][A-ZĐ0-9&]{{2,9}})\s+(?={_any_of(data['acronym_subject']['words'])})"),
        duty_subject=re.compile(rf"\s+(?:{_any_of(data['duty_subject']['words'])})(?!\w)"),
        duty_subject_words=data["duty_subject"]["max_words"],
        duty_subject_names=tuple(data["duty_subject"]["names"]),
        duty_subject_not_opening=re.compile(rf"(?:{_any_of(data['duty_subject']['not_opening'])})\b"),
        duty_subject_not_ending=tuple(data["duty_subject"]["not_ending"]),
        duty_subject_modal=re.compile(rf"(?:\s+(?:{_any_of(data['duty_subject']['modals'])}))+$"),
        cited_number=data["cited_document"]["number"],
        cited_names=tuple(data["cited_document"]["names"]),
        passive=re.compile(rf"^\s*(?:{_any_of(data['passive']['words'])})(?=[\s:,])"),
        speaker=re.compile(rf"^\s*(?:{_any_of(data['speaker']['verbs'])})\b[^:;.]*\bnhư sau\s*:?\s*$"),
        established=re.compile(rf"\b(?:{_any_of(data['established']['verbs'])})\s[^.;:]*$"),
        established_duties=tuple(data["established"]["duties"]),
        courtesy=re.compile("|".join([rf"\b(?:{_any_of(data['courtesy']['words'])})\b", *data["courtesy"]["patterns"]]),
                            re.I),
        member_of=re.compile(rf"(?:(?:các|những)\s+)?(?:{_any_of(data['member_of']['words'])})(?:\s+của)?\s+", re.I),
        duty_list=frozenset(fold(h) for h in data["duty_list"]["headings"]),
        plan_handed_verbs=_any_of(fold(v) for v in data["plan_handed"]["verbs"]),
        plan_handed_asked=frozenset(data["plan_handed"]["asked"]),
        everyone=re.compile(rf"(?:\s*(?:{_any_of(fold(w) for w in data['plan_handed']['everyone'])}|[,;.:-])\s*)+"),
        mandate_within=_mandate_within(data["mandate_opening"]),
        aside_openings=tuple(data["aside_opening"]["words"]),
        mandate_opening=re.compile(rf"^(?:{_any_of(sorted(data['mandate_opening']['words'], key=len, reverse=True))})"
                                   rf"(?:\s+(?:{_any_of(data['mandate_opening']['after'])}))?\s*,\s*", re.I),
        cited_document=re.compile(rf"(?:{data['cited_document']['number']}"
                                  rf"|\b(?:{_any_of(data['cited_document']['names'])})\b[^.;,]{{0,60}}?)\s*$"),
    )


@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # "tỉnh" | "thành phố"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceLexicon:
    provinces: tuple[Province, ...]
    prefixes: tuple[str, ...]
    surnames: tuple[str, ...]  # a capitalised run after one is a person's name ("Nguyễn Hòa Bình"), not a place
    locality_levels: tuple[str, ...] = ()  # "xã", "phường", "TP" before a place's name below a province


@cache
def places() -> PlaceLexicon:
    data = load_table("places")
    return PlaceLexicon(
        provinces=tuple(Province(p["name"], p["kind"], tuple(p.get("aliases", ()))) for p in data["province"]),
        prefixes=tuple(data["prefix"]["words"]),
        surnames=tuple(data.get("person_names", {}).get("surnames", ())),
        locality_levels=tuple(data["locality"]["levels"]),
    )


@dataclass(frozen=True)
class Division:
    kind: str  # part | chapter | section | article
    words: tuple[str, ...]
    rank: int


@dataclass(frozen=True)
class DocKind:
    name: str  # "Quyết định"
    code: str  # "QĐ"
    one_matter: bool = False  # a letter: its subject line ("V/v ...") is what every paragraph speaks of


@dataclass(frozen=True)
class StructureLexicon:
    divisions: tuple[Division, ...]
    ordinals: tuple[str, ...]
    point_words: tuple[tuple[str, ...], tuple[str, ...]]  # "Một", "Hai" ... before "là"; "nhất", "hai" ... after "Thứ"
    closing: tuple[re.Pattern, ...]
    attachment: tuple[re.Pattern, ...]
    kinds: tuple[DocKind, ...]
    implied_issuers: tuple[tuple[re.Pattern, str], ...]  # (folded title pattern, issuer)
    step: re.Pattern  # a procedure's step label at the start of a sentence: "Bước 1: "
    step_cell: re.Pattern  # a step's number alone in a table cell: "B1", "Bước 2"
    row_total: re.Pattern  # a row's label spanning its first columns: "Tổng thời gian giải quyết TTHC", "Cộng"
    time_cell: re.Pattern  # a table cell stating a time: "1/2 ngày", "Quý IV/2026", "Giai đoạn 2026 - 2030"
    step_header: frozenset[str]  # the first header cell of a table of steps, folded: "tt", "stt", "buoc"
    step_column: tuple[str, ...]  # how the header of its steps' column opens, folded: "trinh tu"
    signer_positions: tuple[str, ...] = ()  # "Phó Chủ tịch", "Chủ tịch", ...: the signer's own office, longest first
    signer_ranks: tuple[str, ...] = ()  # "Đại tướng", ...: a rank printed before the signer's name
    aims_sections: tuple[str, ...] = ()  # folded starts of headings that assign no work ("muc dich", "quan diem")
    summary: re.Pattern | None = None  # the sentence closing a body: "Trên đây là Kế hoạch ..."
    summary_start: re.Pattern | None = None  # its opening words alone ([summary] starts)
    scope_sections: tuple[str, ...] = ()  # folded starts of titles saying whom a text governs ("doi tuong ap dung")
    members_sections: tuple[str, ...] = ()  # folded starts of titles listing who attends or sits on a board ("thanh phan")
    members_not_with: tuple[str, ...] = ()  # folded words of such a title that go on to duties ("trach nhiem")
    issuer_codes: tuple[str, ...] = ()  # "vpcp", "bnv": an issuer's code in a symbol, written before a number too
    issuer_names: dict[str, str] = field(default_factory=dict)  # folded code -> the body it names ("nhnn": "Ngân hàng ...")
    issuer_header: re.Pattern | None = None  # a header's issuing body opens so: "ỦY BAN", "BỘ", "NGÂN HÀNG NHÀ NƯỚC"
    issuer_child: re.Pattern | None = None  # where a body under its parent starts on the parent's line: " SỞ ", " CỤC "
    mottos: tuple[str, ...] = ()  # folded: "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc"
    gazette_sections: tuple[str, ...] = ()  # folded: "van ban quy pham phap luat", the Official Gazette's headings
    appendix_words: tuple[str, ...] = ("phu luc",)  # folded title words of an appendix: "phu luc", "phu bieu"
    carries_out: re.Pattern | None = None  # "Thực hiện Kế hoạch số ...": the text a letter opens by carrying out (group 1)
    exception: re.Pattern | None = None  # "(trừ ...)": an exception in brackets, what a clause leaves to others
    exception_words: tuple[str, ...] = ()  # the words opening one, as written: "trừ", "không kể"
    grounds_opening: re.Pattern | None = None  # "Căn cứ Luật ...", "Thực hiện Chỉ thị số ...": a paragraph of grounds opens
    letter_opening: re.Pattern | None = None  # "Sở Công Thương nhận được ...": a reply letter's body opens so
    stamp_slots: tuple[re.Pattern, ...] = ()  # a header's blanks an e-signature stamps: "Số: /KH-UBND", "ngày  tháng"
    subject_line: re.Pattern | None = None  # "2. Trích yếu: V/v <title>", "Vấn đề trình : <title>" (group "title")
    paper_titles: tuple[str, ...] = ()  # folded: "phieu trinh", "bien ban": titles of papers that are no kind above
    quote_lead_in: re.Pattern | None = None  # the words a cited text's quote follows: "... quy định:" (folded)
    conclusion: re.Pattern | None = None  # "Căn cứ các quy định nêu trên, ...": a reply letter's own conclusion
    salutation: re.Pattern | None = None  # "Kính gửi:": a colon that opens no list of the text's items
    quote_longest: int = 40  # paragraphs a quote may run over
    amendment_lead_in: re.Pattern | None = None  # "... sửa đổi, bổ sung ...": the words of an item whose quote amends
    amendment_longest: int = 400  # paragraphs an amending quote may run over


@cache
def structure() -> StructureLexicon:
    data = load_table("structure")
    summary_start = rf"^\W{{0,3}}(?:{_any_of(data['summary']['starts'])})\b"  # "Trên đây là ..."
    closing_asks = _any_of(data["summary"]["closing_asks"])  # a letter's closing request, in two forms below
    return StructureLexicon(
        divisions=tuple(Division(d["kind"], tuple(d["words"]), int(d["rank"])) for d in data["division"]),
        ordinals=tuple(data["ordinals"]["words"]),
        point_words=(tuple(data["ordinal_point"]["first"]), tuple(data["ordinal_point"]["ordinal"])),
        closing=tuple(re.compile(p, re.I) for p in data["closing"]["patterns"]),
        attachment=tuple(re.compile(p) for p in data["attachment"]["patterns"]),
        kinds=tuple(DocKind(k["name"], k["code"], bool(k.get("one_matter", False))) for k in data["kind"]),
        appendix_words=tuple(fold(w) for w in data["appendix"]["words"]),
        grounds_opening=re.compile(rf"^(?:{_any_of(data['grounds_opening']['openers'])})\s+(?:các\s+)?"
                                   rf"(?:{_any_of(data['grounds_opening']['texts'])})\b"),
        exception_words=tuple(data["exception"]["words"]),
        exception=re.compile(rf"\((?:{_any_of(data['exception']['words'])})\s[^()]*\)", re.I),
        carries_out=re.compile(rf"(?<![^\s(])(?:{_any_of(data['carries_out']['openers'])})\s+([^.;()]{{5,240}})"),
        implied_issuers=tuple((re.compile(i["title"]), i["issuer"]) for i in data.get("implied_issuer", [])),
        step=re.compile(rf"^(?:{_any_of(data['step']['words'])})\s+\d{{1,2}}\s*[:.]\s*", re.I),
        step_cell=re.compile(rf"^(?:{_any_of(data['step_table']['numbers'])})\s*\d{{1,2}}\.?$", re.I),
        row_total=re.compile(rf"^(?:{_any_of(data['row_total']['words'])})\b", re.I),
        time_cell=re.compile(rf"\b(?:{_any_of(data['time_cell']['words'])})\b|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\b20\d\d\b", re.I),
        step_header=frozenset(fold(w) for w in data["step_table"]["header_first"]),
        step_column=tuple(fold(w) for w in data["step_table"]["step_column"]),
        signer_positions=tuple(sorted(data["signer_position"]["words"], key=len, reverse=True)),
        signer_ranks=tuple(sorted(data["signer_rank"]["words"], key=len, reverse=True)),
        aims_sections=tuple(data["aims_section"]["starts"]),
        scope_sections=tuple(data["scope_section"]["starts"]),
        members_sections=tuple(data["members_section"]["starts"]),
        members_not_with=tuple(data["members_section"]["not_with"]),
        summary_start=re.compile(summary_start, re.I),
        summary=re.compile(rf"{summary_start}|^[^\n]{{0,300}}?\b(?:{closing_asks})\b[^\n]{{0,120}}\./\.\W*$"
                           rf"|^(?:{closing_asks})\b[^\n]{{0,600}}\./\.\W*$", re.I),
        issuer_codes=tuple(data["issuer_code"]["codes"]),
        issuer_names=dict(data["issuer_code"]["names"]),
        issuer_header=re.compile(rf"^(?:{_any_of(data['issuer_header']['heads'])})\b"),
        issuer_child=re.compile(rf"\s(?=(?:{_any_of(data['issuer_header']['child_heads'])})(?:\s|$))"),
        mottos=tuple(data["motto"]["lines"]),
        stamp_slots=tuple(re.compile(p) for p in data["stamp_slot"]["patterns"]),
        gazette_sections=tuple(data["gazette_sections"]["lines"]),
        paper_titles=tuple(fold(w).lower() for w in data["paper_title"]["starts"]),
        subject_line=re.compile(rf"^(?:\d{{1,2}}\.\s*)?(?:{_any_of(data['subject_label']['words'])})\s*:\s*"
                                rf"(?:V/v|Về việc)?\s*(?P<title>\S.{{7,}})$", re.I),
        letter_opening=re.compile(rf"^[^.;:]{{2,80}}?\s(?:{_any_of(data['letter_opening']['verbs'])})\s"),
        quote_lead_in=re.compile(rf"^(?!.*\b(?:{_any_of(fold(w) for w in data['quoted_text']['not_amending'])})\b)"
                                 rf".*\b(?:{_any_of(fold(w) for w in data['quoted_text']['lead_ins'])})\b[^.;:]*:\W*$"),
        quote_longest=int(data["quoted_text"]["longest"]),
        amendment_lead_in=re.compile(rf".*\b(?:{_any_of(fold(w) for w in data['quoted_text']['not_amending'])})\b"),
        amendment_longest=int(data["quoted_text"]["amendment_longest"]),
        conclusion=re.compile(data["conclusion"]["pattern"], re.I),
        salutation=re.compile(data["salutation"]["pattern"], re.I),
    )


@cache
def acronyms() -> dict[str, str]:
    """Folded acronym -> folded long form ("tthc" -> "thu tuc hanh chinh"), from abbreviations.toml."""
    return {a["short"]: a["long"] for a in load_table("abbreviations")["acronym"]}


@dataclass(frozen=True)
class StopwordLexicon:
    phrases: tuple[str, ...]  # folded, longest first
    words: frozenset[str]
    asking: re.Pattern | None = None  # a word that asks only beside another ("mấy" of "mấy tháng", not "máy tính")


@cache
def stopwords() -> StopwordLexicon:
    data = load_table("stopwords")["stopwords"]
    words = data["words"].split() if isinstance(data["words"], str) else list(data["words"])
    asking = data.get("asking", [])
    return StopwordLexicon(tuple(sorted(data["phrases"], key=len, reverse=True)), frozenset(words),
                           re.compile("|".join(asking)) if asking else None)


_META_KEYS = ("example", "source")


def _table(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _META_KEYS}


@dataclass(frozen=True)
class DateLexicon:
    """Words of dates and periods, folded (see dates.toml)."""

    periods: dict[str, str]  # "quy" -> "quarter"
    continuous: tuple[str, ...]
    recurring: tuple[str, ...]
    half_year: tuple[str, ...]
    before: tuple[str, ...]
    range_from: tuple[str, ...]
    range_to: tuple[str, ...]
    first_half: tuple[str, ...]
    second_half: tuple[str, ...]
    within: tuple[str, ...]
    working: tuple[str, ...]
    relative: dict[str, int]  # "toi" -> +1
    ahead: tuple[str, ...]
    overdue: tuple[str, ...]
    roman: dict[str, int]
    weekdays: tuple[str, ...]  # "thu sau", "chu nhat"
    hours: tuple[str, ...]  # "gio" of "17 giờ"


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))


@cache
def dates() -> DateLexicon:
    data = load_table("dates")
    return DateLexicon(
        periods=_table(data["periods"]),
        continuous=_longest_first(data["continuous"]["words"]),
        recurring=_longest_first(data["recurring"]["words"]),
        half_year=_longest_first(data["recurring"]["half_year"]),
        before=_longest_first(data["before"]["words"]),
        range_from=_longest_first(data["range"]["from"]),
        range_to=_longest_first(data["range"]["to"]),
        first_half=_longest_first(data["year_part"]["first_half"]),
        second_half=_longest_first(data["year_part"]["second_half"]),
        within=_longest_first(data["within"]["words"]),
        working=_longest_first(data["within"]["working"]),
        relative=_table(data["relative"]),
        ahead=_longest_first(data["ahead"]["words"]),
        overdue=_longest_first(data["overdue"]["words"]),
        roman=_table(data["roman"]),
        weekdays=_longest_first(data["moment"]["weekdays"]),
        hours=_longest_first(data["moment"]["hours"]),
    )


@dataclass(frozen=True)
class IntentRule:
    name: str
    patterns: tuple[re.Pattern, ...]
    needs_window: bool = False

    def matches(self, folded: str) -> bool:
        return any(p.search(folded) for p in self.patterns)


@dataclass(frozen=True)
class Shorthand:
    """A chat shorthand of questions (questions.toml [[shorthand]]): ``pattern`` finds its typed forms, whole words
    in lower case; ``long`` is what it stands for; not after the folded words ``not_after``."""

    pattern: re.Pattern
    long: str
    not_after: frozenset[str] = frozenset()


def _typed_words(forms: list[str]) -> re.Pattern:
    """The forms as whole words typed in lower case (not inside "12/KH-UBND" or "vsinh"), longest first."""
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w/&.-])(?:{alts})(?![\w/&-])")


@dataclass(frozen=True)
class QuestionLexicon:
    """How questions are asked (see questions.toml); every pattern works on folded text."""

    intents: tuple[IntentRule, ...]
    asks_consulted: re.Pattern  # "phải thống nhất với đơn vị nào?": whose agreement or opinion is asked
    row_label_generic: re.Pattern  # a row label's generic words ("cơ quan"): [row_label_asked]
    row_label_partners: re.Pattern  # a row label naming partners ("Cơ quan tham gia thẩm tra")
    consulted: re.Pattern  # "thống nhất với ", "ý kiến thống nhất bằng văn bản của ": the bodies consulted follow
    partners_vs_lead: tuple[re.Pattern, re.Pattern]  # (names the lead, asks who partners)
    each_plan: re.Pattern  # asked of each plan the question names by its province ("trong mỗi thông báo")
    asks_with_whom: re.Pattern  # the partner is the slot asked, after "phối hợp với" ("phối hợp với ai?")
    deadline_vs_lead: tuple[re.Pattern, re.Pattern]  # (names the lead, asks when)
    asks_when_outright: re.Pattern  # asks a time in so many words: "trước ngày nào", "khi nào"
    target_vs_lead: tuple[re.Pattern, re.Pattern]  # (asks who sets it, asks a value)
    target_not_result: tuple[re.Pattern, re.Pattern, re.Pattern]  # (asks a target, a reported figure, a target set)
    lead_named_not_asked: tuple[re.Pattern, re.Pattern]  # (asks who, asks something else)
    embedded_value: re.Pattern  # "ai lo tính xem ... bao nhiêu": a value the task works out, not one asked
    contact_vs_who: re.Pattern  # "cơ quan nào ... công bố địa chỉ": who is asked, not a contact
    set_aside: re.Pattern  # "(không phải nhà đất, ô tô)": what a question sets aside is not its topic
    besides: re.Pattern  # "ngoài X và Y, ... còn ... gì": what the asker knows already
    besides_who: re.Pattern  # "ngoài HĐND, tổ chức nào ...": group 1 names whom a who-question does not ask
    reply_to: tuple[re.Pattern, re.Pattern]  # (asks which letter is answered, a letter's opening naming it)
    grounds: tuple[re.Pattern, re.Pattern]  # (asks which text a document is grounded on, its "Căn cứ ..." line)
    replaces: tuple[re.Pattern, re.Pattern]  # (asks which text a document repeals, its clause repealing it)
    proposed_by: tuple[re.Pattern, re.Pattern]  # (asks on whose proposal a document was issued, its "Theo đề nghị của")
    vetted_by: tuple[re.Pattern, re.Pattern]  # (asks who vetted a document's draft, its "ý kiến thẩm định của")
    procedure_variant: re.Pattern  # "cấp lại", "gia hạn": another procedure of the same name
    procedure_fields: tuple[re.Pattern, ...]  # "thành phần hồ sơ", "thời hạn giải quyết": a record's field
    label_max_words: int  # a clause's title ending with ":" of at most so many words is a label ("Địa điểm:")
    labels_asked: tuple[tuple[re.Pattern, frozenset[str]], ...]  # "ở đâu" asks the labels "địa điểm", "địa chỉ"
    label_asking: re.Pattern  # the words a question asks by ("ai", "nào", "đâu", "mấy"), folded
    hour_asked: re.Pattern  # "mấy giờ": an hour asked, folded
    share_asked: re.Pattern  # "tỷ lệ", "bao nhiêu phần": a share asked, not a number of things, folded
    asks_who: re.Pattern  # "ai chủ trì …": a who-question, never a unit's task list
    roles: tuple[tuple[str, re.Pattern], ...]
    facts: tuple[tuple[str, re.Pattern], ...]
    period_label: re.Pattern  # "3. Thời gian thực hiện: Từ năm 2026 đến năm 2031.": a plan's period as it states it
    period_asked: frozenset[str]  # folded words a when-question asking that period says besides the plan's title
    period_heading: re.Pattern  # "1. Thời gian thực hiện" alone: the period is stated in the paragraph under it
    issued_by: tuple[re.Pattern, ...]
    issued_of: re.Pattern  # "quyết định của Bộ VHTTDL ngày ...": group 1 issued it when it is a unit
    issuer_before_place: re.Pattern  # on the folded words before a place: "cua ubnd tinh"
    followup: re.Pattern
    refers_unit: re.Pattern
    refers_task: re.Pattern
    refers_plan: re.Pattern
    ordinal: re.Pattern
    ordinal_words: dict[str, int]
    item_ordinal: re.Pattern  # "trường hợp thứ hai": an item of a list in the document (group 1 its kind, 2 its number)
    round: re.Pattern  # "lan thu ba", "dot 2" (folded): group 1 the noun, group 2 the number
    round_then: re.Pattern  # ", thu 3" right after a round: another number of the same kind
    continuous: re.Pattern
    ongoing: re.Pattern
    due: re.Pattern
    plan_fact_words: frozenset[str]
    value_kind_words: frozenset[str]  # folded syllables naming only the kind of value asked ("kinh phi", "ngay")
    about: re.Pattern  # on the question as typed (not folded)
    not_a_unit: tuple[re.Pattern, re.Pattern]  # (on the text from a head on, on the text before it)
    # a unit the question says must act: bound ("phải", on the text after it), asked ("yêu cầu", on the text before it),
    # given a time ("cho" before it, "bao nhiêu" after it)
    doer_bound: re.Pattern
    doer_asked: re.Pattern
    doer_given: tuple[re.Pattern, re.Pattern]
    doer_people_heads: frozenset[str]  # heads of people or bodies of a kind, no one body ("cong chuc")
    doer_not_in_name: frozenset[str]  # words that make a unit phrase no body's name ("toi", "cua", "xong")
    recipient: re.Pattern  # "phản ánh qua sở nào": asks where something is sent, not who leads
    # (relation, pattern): "dựa trên đề nghị của những ai" asks who proposed (not who decides), "chịu trách nhiệm trước
    # ai" to whom a body answers (roles.toml [[named_after]] answers)
    named_after: tuple[tuple[str, re.Pattern], ...]
    second_ask: re.Pattern  # ", còn ...": a second ask joined to the first
    addressee: re.Pattern  # "CV của Sở Nội vụ gửi xã ...": words before a commune the text is sent to, not one of its own
    ask_splits: re.Pattern  # where one ask of a question ends and the next begins (as typed)
    ask_joins: re.Pattern  # ", và ...": where a second ask may begin, when each side asks something (as typed)
    ask_words: re.Pattern  # the words that ask ("bao nhiêu", "ai", "nào"), folded
    in_text_document: re.Pattern  # "tờ trình do ai ký": a text the plan rules on is signed or issued, not the plan
    fact_as_condition: re.Pattern  # "ký ban hành từ ngày nào thì được ...": a rule's condition, not the plan's date
    negation: re.Pattern  # "không", "ko", "chưa": a question that denies or asks yes or no
    clause_denial: re.Pattern  # "không" denying in a clause (group 0 ends before the space after it), not a noun's
    shorthand: tuple[Shorthand, ...]  # "j", "ntn", "trc": chat shorthand read as the words it stands for
    scenario: re.Pattern  # "Tôi đang rà soát ...": a question opening with the asker's own situation (folded)
    decider: re.Pattern  # "ai xem xét, quyết định": asks who decides
    action: re.Pattern  # "ai lập ...": group "verb" is the action asked
    asking: re.Pattern  # "ai", "cơ quan nào", "khi nào", "gì": where a question asks (folded)
    asking_words: int  # topic words read on each side of it
    name_stops: frozenset[str]  # words no unit's name holds ("thi", "nao"), folded
    opening_ends: dict[str, frozenset[str]]  # words ending a plan's description that opens a question, and the words
    # after which they do not ("co" before "quan" is "cơ quan")
    effect_asked: re.Pattern  # "... có hiệu lực từ khi nào": when a document takes effect
    deadline_bound_asked: re.Pattern  # "hạn cuối", "chậm nhất": the last day is asked, not how often
    deadline_day_asked: re.Pattern  # "trước mốc nào": a day of the calendar is asked
    action_due_asked: re.Pattern  # "hạn gửi", "hạn nộp": the last day of one action, not a plan's period
    end_asked: re.Pattern  # "kết thúc lúc mấy giờ": when an event ends is asked
    law_named: re.Pattern  # "dự án Luật Thủ tục ban hành ...": a law named by its title (as typed; group "title")
    law_min_words: int  # ... whose first words of its own (at most this many) its entry in a programme holds
    law_entry: re.Pattern  # "luat thu do ...", "nghi quyet ve ...": a programme's entry for a text, folded words
    law_generic_words: frozenset[str]  # "sua", "doi", "bo", "sung": words of amending titles, no law's own
    end_stated: re.Pattern  # what states an end: "kết thúc", "đến", "08 giờ - 11 giờ 30"
    money_bases: frozenset[str]  # what a sum is paid per ("mỗi tỉnh", "đồng/người/ngày"), folded
    money_thing: re.Pattern  # "trợ cấp mai táng": group "what" the words naming what a sum asked is for, folded
    effect_stated: re.Pattern  # "Quyết định này có hiệu lực ...": a document's own effect clause (folded)
    effect_end_asked: re.Pattern  # "... có hiệu lực đến khi nào": when a document's effect ends
    effect_end_stated: re.Pattern  # "Nghị quyết này có hiệu lực ... đến hết ngày 28 tháng 02 năm 2027" (folded)
    effect_words: frozenset[str]  # the words that ask a text's effect ("hieu", "luc", "ap", "dung", ...), folded
    appendix_asked: re.Pattern  # "..., phụ lục: sở nào chủ trì?": a row of the appendix is asked
    delegate_asked: re.Pattern  # "phân cấp ... cho cơ quan nào?": the body a power is handed to
    level_asked: re.Pattern  # "ở cấp tỉnh": the level of government asked (group "level")
    level_names: dict[str, re.Pattern]  # level -> the words naming it in a body's name (folded)
    level_actor: re.Pattern  # "ở cấp tỉnh cơ quan nào ...": the level of the body asked for (group "level")
    several_asked: re.Pattern  # "những trường hợp nào": every item of a list is asked (folded)
    yes_no_asked: re.Pattern  # "... phải không?": whether what the question asserts is so (folded)
    handed_asked: re.Pattern  # "... giao Bộ Tài chính hướng dẫn ...": the body a document hands a task (group "unit")
    alternatives: re.Pattern  # "... hay ...": a question weighing two (folded)
    who_word: re.Pattern  # "ai", "đơn vị nào": the word asking who (folded)
    counted: re.Pattern  # "bao nhiêu giấy phép": group "what" is what a count question counts (folded)
    value_fields: dict[str, tuple[str, ...]]  # need kind -> labels of the record field stating it ("count": "Số lượng")
    counted_object: re.Pattern  # "bao nhiêu tấn sầu riêng": group "what" is what the measure counts (folded)
    recipient_where: re.Pattern  # "nộp ở đâu", "gửi cơ quan nào": where a recipient is asked (folded)
    recipient_prepositions: tuple[frozenset[str], ...]  # prepositions of one kind ("o", "tai"), folded
    own_body: re.Pattern  # "tôi", "chúng tôi" right after a body's name: the asker's own (folded)
    bounds: tuple[tuple[str, ...], ...]  # (lower bound words, upper bound words), folded ("toi thieu", "khong qua")
    counted_written: dict[str, tuple[str, ...]]  # other ways documents write a counted measure ("met": "m")
    measures: frozenset[str]  # units of measure a count question may ask by ("bao nhiêu km"): a clause must state one
    not_counted: frozenset[str]  # words after "bao nhiêu" that name nothing counted ("bao nhiêu mỗi năm")
    number_words: tuple[str, ...]  # numbers written as words, folded ("ba bản"): a count as "03 bản" is
    not_action: frozenset[str]  # words after "ai" that name no action ("chủ trì", "là")
    asked_actions: frozenset[str]  # actions a who-question asks that are no task verb of a unit's sentence ("cap"), folded
    action_manner: tuple[str, ...]  # how an act is done, before the act asked ("khan truong"), folded
    action_written: dict[str, str]  # the act a question types short -> as documents write it ("duyet" -> "phe duyet")
    opening_before: tuple[str, ...]  # words a question may open with before the document it describes ("theo"), folded
    opening_any_kind: tuple[str, ...]  # a document of any kind as a question names it ("van ban"), folded
    # (how staff ask, folded; the ways documents write it; whether the asked phrase is only a way of asking)
    paraphrases: tuple[tuple[re.Pattern, tuple[str, ...], bool], ...]
    value_asked: tuple[tuple[str, re.Pattern], ...]  # (kind, pattern on the folded question), in order
    holder_asks: re.Pattern  # "tổ phó là ai": asks the person holding a position
    sent_asks: re.Pattern  # "cử ai tham gia ...": asks the people a body sends or appoints
    part_of_asked: re.Pattern  # "đơn vị nào của ": the body named next holds the one asked
    part_of_first: re.Pattern  # "trong Bộ Nội vụ, đơn vị nào": the body holding the one asked, named first (group "whole")
    positions: tuple[str, ...]  # folded position titles ("to pho"), longest first

    def number(self, word: str) -> int:
        """The number an ordinal's word says, folded ("ba" -> 3, "12" -> 12); 0 when it says none."""
        return int(word) if word.isdigit() else self.ordinal_words.get(word, 0)


@cache
def questions() -> QuestionLexicon:
    data = load_table("questions")
    pair = lambda t, a, b: (re.compile(t[a]), re.compile(t[b]))  # noqa: E731
    return QuestionLexicon(
        # (whose agreement is asked asks partners: [partners_vs_lead] asks_consulted is one of their patterns)
        intents=tuple(IntentRule(i["name"], _patterns([{"pattern": p} for p in [
            *i["patterns"], *([data["partners_vs_lead"]["asks_consulted"]] if i["name"] == "partners" else [])]]),
                                 bool(i.get("needs_window"))) for i in data["intent"]),
        partners_vs_lead=pair(data["partners_vs_lead"], "lead", "asks_partners"),
        asks_consulted=re.compile(data["partners_vs_lead"]["asks_consulted"]),
        row_label_generic=re.compile(rf"\b(?:{'|'.join(data['row_label_asked']['generic'])})\b"),
        row_label_partners=re.compile(data["row_label_asked"]["partners"]),
        consulted=re.compile(data["partners_vs_lead"]["consulted"]),
        asks_with_whom=re.compile(data["partners_vs_lead"]["asks_with_whom"]),
        deadline_vs_lead=pair(data["deadline_vs_lead"], "lead", "asks_when"),
        asks_when_outright=re.compile(data["deadline_vs_lead"]["asks_when_outright"]),
        target_vs_lead=pair(data["target_vs_lead"], "lead", "asks_value"),
        target_not_result=tuple(re.compile(data["target_not_result"][k]) for k in ("asks", "reported", "target")),
        lead_named_not_asked=pair(data["lead_named_not_asked"], "asks_who", "asks_other"),
        embedded_value=re.compile(data["target_vs_lead"]["embedded"]),
        contact_vs_who=re.compile(data["contact_vs_who"]["asks_who"]),
        set_aside=re.compile(data["set_aside"]["pattern"]),
        besides=re.compile(data["besides"]["pattern"]),
        besides_who=re.compile(data["besides"]["named_before_who"]),
        reply_to=pair(data["reply_to"], "asks", "stated"),
        grounds=pair(data["grounds"], "asks", "stated"),
        proposed_by=pair(data["proposed_by"], "asks", "stated"),
        vetted_by=pair(data["vetted_by"], "asks", "stated"),
        replaces=pair(data["replaces"], "asks", "stated"),
        procedure_variant=re.compile(rf"\b(?:{'|'.join(data['procedure_variant']['words'])})\b"),
        procedure_fields=tuple(re.compile(rf"\b{f}\b") for f in data["procedure_field"]["fields"]),
        label_max_words=int(data["label_asked"]["max_words"]),
        labels_asked=tuple((re.compile(a["asks"]), frozenset(a["labels"])) for a in data["label_asked"]["asked"]),
        label_asking=re.compile(data["label_asked"]["asking"]),
        hour_asked=re.compile(data["label_asked"]["hour"]),
        share_asked=re.compile(data["share_asked"]["pattern"]),
        asks_who=re.compile(data["unit_tasks_vs_lead"]["asks_who"]),
        roles=tuple((r["role"], re.compile(r["pattern"])) for r in data["role"]),
        facts=tuple((f["fact"], re.compile(f["pattern"])) for f in data["fact"]),
        period_label=re.compile(data["period_label"]["pattern"]),
        period_asked=frozenset(data["period_label"]["asked"]),
        period_heading=re.compile(data["period_label"]["heading"]),
        issued_by=tuple(re.compile(p) for p in data["issued_by"]["patterns"]),
        issued_of=re.compile(data["issued_by"]["of_kind"]),
        issuer_before_place=re.compile(data["issuer_before_place"]["pattern"]),
        followup=re.compile(data["followup"]["opening"]),
        second_ask=re.compile(data["second_ask"]["pattern"]),
        addressee=re.compile(data["addressee"]["pattern"]),
        ask_splits=re.compile(data["second_ask"]["splits"], re.I),
        ask_joins=re.compile(data["second_ask"]["joins"], re.I),
        ask_words=re.compile(data["second_ask"]["asked"]),
        in_text_document=re.compile(data["in_text_document"]["pattern"]),
        fact_as_condition=re.compile(data["fact_as_condition"]["pattern"]),
        negation=re.compile(data["negation"]["pattern"]),
        clause_denial=re.compile("".join(f"(?<!{w} )" for w in data["negation"]["clause_not_after"])
                                 + rf"\bkhong\b(?! (?:{'|'.join(data['negation']['clause_nouns'])})\b)"),
        shorthand=tuple(Shorthand(_typed_words(e["short"]), nfc(e["long"]), frozenset(e.get("not_after", ())))
                        for e in data["shorthand"]),
        scenario=re.compile(data["scenario"]["opening"]),
        refers_unit=re.compile(data["refers"]["unit"]),
        refers_task=re.compile(data["refers"]["task"]),
        refers_plan=re.compile(data["refers"]["plan"]),
        ordinal=re.compile(data["ordinal"]["pattern"]),
        ordinal_words=dict(data["ordinal"]["words"]),
        item_ordinal=re.compile(data["item_ordinal"]["pattern"]),
        round=re.compile(data["round"]["pattern"]),
        round_then=re.compile(data["round"]["then"]),
        continuous=re.compile(data["continuous"]["pattern"]),
        ongoing=re.compile(data["ongoing"]["pattern"]),
        due=re.compile(data["ongoing"]["due"]),
        plan_fact_words=frozenset(data["plan_fact_words"]["words"]),
        value_kind_words=frozenset(data["value_kind_words"]["words"]),
        about=re.compile(data["plan_fact_words"]["about"], re.I),
        not_a_unit=(re.compile(data["not_a_unit"]["patterns"][0]), re.compile(data["not_a_unit"]["patterns"][1])),
        doer_bound=re.compile(data["doer"]["bound"]),
        doer_asked=re.compile(data["doer"]["asked"]),
        doer_given=(re.compile(data["doer"]["given_before"]), re.compile(data["doer"]["given_after"])),
        doer_people_heads=frozenset(data["doer"]["people_heads"]),
        doer_not_in_name=frozenset(data["doer"]["not_in_name"]),
        recipient=re.compile(data["recipient"]["pattern"]),
        named_after=tuple((n["relation"], re.compile(n["pattern"])) for n in data["named_after"]),
        decider=re.compile(data["decider"]["pattern"]),
        action=re.compile(data["action"]["pattern"]),
        asking=re.compile(data["asking"]["pattern"]),
        asking_words=int(data["asking"]["words"]),
        name_stops=frozenset(data["name_stops"]["words"]),
        opening_ends={w: frozenset(after) for w, after in data["opening_description"]["ends"].items()},
        effect_asked=re.compile(f'^(?!.*(?:{data["effect"]["of_other"]})).*{data["effect"]["asks"]}'),
        effect_stated=re.compile(data["effect"]["stated"]),
        effect_end_asked=re.compile(f'^(?!.*(?:{data["effect"]["of_other"]})).*{data["effect"]["end_asks"]}'),
        effect_end_stated=re.compile(f'{data["effect"]["stated"]}.*{data["effect"]["end_stated"]}'),
        effect_words=frozenset(data["effect"]["words"]),
        deadline_bound_asked=re.compile(data["deadline_bound"]["asks"]),
        deadline_day_asked=re.compile(data["deadline_bound"]["day_asks"]),
        action_due_asked=re.compile(data["deadline_bound"]["action"]),
        end_asked=re.compile(data["end_asked"]["asks"]),
        law_named=re.compile(data["law_named"]["pattern"]),
        law_min_words=int(data["law_named"]["min_words"]),
        law_generic_words=frozenset(data["law_named"]["generic_words"]),
        law_entry=re.compile(rf"^(?:{'|'.join(map(re.escape, sorted({fold(k) for k in data['law_named']['entry_kinds']}, key=len, reverse=True)))}) (?!so |nay |\d)"),
        end_stated=re.compile(data["end_asked"]["stated"]),
        money_bases=frozenset(data["money_basis"]["words"]),
        money_thing=re.compile(rf"\b(?:{_any_of(data['money_thing']['heads'])}) "
                               rf"(?P<what>(?!(?:{_any_of(data['money_thing']['stop'])})\b)[a-z]+"
                               rf"(?: (?!(?:{_any_of(data['money_thing']['stop'])})\b)[a-z]+)?)"),
        appendix_asked=re.compile(data["appendix"]["asks"]),
        delegate_asked=re.compile(data["delegate"]["asks"]),
        level_asked=re.compile(data["level"]["asks"]),
        level_actor=re.compile(data["level"]["actor"]),
        level_names={k: re.compile(data["level"][k]) for k in ("tinh", "xa", "huyen", "trung uong")},
        several_asked=re.compile(data["several"]["asks"]),
        yes_no_asked=re.compile(data["yes_no"]["asks"]),
        handed_asked=re.compile(data["handed"]["asks"]),
        alternatives=re.compile(data["alternatives"]["asks"]),
        who_word=re.compile(data["alternatives"]["who_word"]),
        each_plan=re.compile(data["each_plan"]["pattern"]),
        counted=re.compile(data["counted"]["asks"]),
        value_fields={k: tuple(v) for k, v in data["value_field"].items() if k != "example"},
        recipient_where=re.compile(data["recipient"]["where_asked"]),
        recipient_prepositions=tuple(frozenset(k) for k in data["recipient"]["preposition_kinds"]),
        own_body=re.compile(rf" (?:{_any_of(data['own_body']['words'])})\b"),  # matched right after the name
        counted_object=re.compile(rf"\b(?:bao nhieu|may) (?:{_any_of(data['counted']['object_of'])}) "
                                  rf"(?P<what>(?!(?:{_any_of(data['counted']['object_stop'])})\b)[a-z]+"
                                  rf"(?: (?!(?:{_any_of(data['counted']['object_stop'])})\b)[a-z]+)?)"),
        bounds=(tuple(data["bounds"]["lower"]), tuple(data["bounds"]["upper"])),
        counted_written={k: tuple(v) for k, v in data["counted"]["written"].items()},
        measures=frozenset(data["counted"]["measures"]),
        not_counted=frozenset(data["counted"]["not_things"]),
        number_words=tuple(data["counted"]["number_words"]),
        not_action=frozenset(data["action"]["not"]),
        asked_actions=frozenset(fold(w).lower() for w in data["action"]["also"]),
        action_manner=tuple(data["action"]["manner"]),
        action_written={short: written for short, written in data["action"]["short"]},
        opening_before=tuple(fold(w).lower() for w in data["opening_description"]["before"]),
        opening_any_kind=tuple(fold(w).lower() for w in data["opening_description"]["any_kind"]),
        paraphrases=tuple((re.compile(rf"\b(?:{'|'.join(map(re.escape, p['asked']))})\b"), tuple(p["written"]),
                           bool(p.get("asks", False)))
                          for p in data.get("paraphrase", [])),
        value_asked=tuple((v["kind"], re.compile("|".join(v["patterns"]))) for v in data["value_asked"]),
        holder_asks=re.compile(data["holder"]["asks"]),
        sent_asks=re.compile(data["sent"]["asks"]),
        part_of_asked=re.compile(data["part_of_asked"]["pattern"]),
        part_of_first=re.compile(data["part_of_asked"]["first"]),
        positions=tuple(sorted({fold(x) for x in data["holder"]["positions"]}, key=len, reverse=True)),
    )
