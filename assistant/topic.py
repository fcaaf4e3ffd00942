"""How much of a question's topic a text holds: the measure the evidence gate, the answer's choice of clause and the
reranker share. Words are weighed by their rarity in the index (IDF); an acronym of the question counts where its
words are spelled out, and a question's words count where the text writes a unit's abbreviation ("Mặt trận" in
"Ban Thường trực UBMTTQ")."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.index.corpus_stats import IdfTable, topic_words
from assistant.index.tasks import enacted
from assistant.understand import topic_terms
from assistant.values import counted_word
from core.dates import issued_span, names_a_day_or_month
from core.lexicon import acronyms, questions, roles, stopwords, structure, units
from core.models import Clause, Document, Hit
from core.query import Query
from core.rounds import rounds, rounds_agree
from core.textnorm import canon_tones, fold, has_diacritics, initials, is_vietnamese_syllable, nfc, spelled_out
from core.textnorm import words as marked_words

_WORD = re.compile(r"[a-z0-9đ]+")


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """``topic_words`` of a text, kept for the texts one question reads several times (a clause weighed by the
    reranker, then by the evidence gate, then by the answer)."""
    return frozenset(topic_words(text))


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


_ACRONYM = re.compile(r"\b[A-ZĐ]{3,6}\b")


@lru_cache(maxsize=4096)
def _acronyms_written(text: str) -> frozenset[str]:
    """The acronyms a text writes in capitals ("BMNN", "CĐS"), folded; none for a text in capitals throughout."""
    found = _ACRONYM.findall(text)
    return frozenset(fold(a) for a in found) if len(found) <= 20 else frozenset()


@lru_cache(maxsize=1024)
def _without_long_forms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """``terms`` without the words the question's topic added as an acronym's long form (core/query.py: "tdc" adds
    "tieu chuan do luong chat luong"): the acronym itself is held where its words are spelled out, so its words are
    not asked a second time, nor those of another meaning of it ("TĐC" of "bồi thường, hỗ trợ, tái định cư", NQ
    Chính phủ on the Ninh Thuận nuclear plant; eval/external b17-39)."""
    kept = list(terms)
    table = acronyms()
    for i, t in enumerate(terms):
        if t not in table:
            continue
        words = [w for w in table[t].split() if len(w) > 1 and w not in stopwords().words]
        at: list[int] = []  # the last place of each word after the acronym, one place per word
        for w in words:
            at.append(max((j for j in range(i + 1, len(kept)) if kept[j] == w and j not in at), default=-1))
        if words and min(at) > i:
            for j in at:
                kept[j] = ""
    return tuple(t for t in kept if t)


def coverage(terms: list[str], text: str, idf: dict[str, float] | None = None) -> float:
    """Share of the question's topic words found in ``text``, each weighted by its rarity in the corpus."""
    if not terms:
        return 0.0
    if idf is None or isinstance(idf, IdfTable):
        # one question weighs the same clause texts several times (reranker, evidence gate, answer): 43% of the
        # calls on the sample questions repeat one already made
        return _coverage(tuple(terms), text, idf)
    return _coverage.__wrapped__(tuple(terms), text, idf)


@lru_cache(maxsize=8192)
def _coverage(terms: tuple[str, ...], text: str, idf: dict[str, float] | None) -> float:
    terms = list(_without_long_forms(terms))
    words = _words(text)
    unseen = idf.get("", 1.0) if idf else 1.0  # words the corpus never uses weigh the most
    weight = (lambda t: idf.get(t, unseen)) if idf else (lambda t: 1.0)
    total = sum(weight(t) for t in terms)
    missing = [t for t in terms if t not in words]
    if missing:  # an acronym of the question is held where its words are spelled out ("CBCC": "cán bộ, công chức")
        folded = _folded(text)
        missing = [t for t in missing if not spelled_out(t, folded)]
    if missing:
        # ... or where the text holds each word of its long form: an acronym ("KCB": "khám bệnh, chữa bệnh",
        # abbreviations.toml) or a unit's abbreviation ("Bộ CA", "UBND", units.toml)
        forms = (acronyms(), units().abbreviations)
        missing = [t for t in missing if not any(t in f and set(f[t].split()) <= words for f in forms)]
    if missing and (abbreviated := _acronyms_written(text)):
        # words of the question a text writes as its own acronym ("bảo vệ bí mật nhà nước": "bảo vệ BMNN", defined once
        # as "bí mật nhà nước (BMNN)", QĐ 254/QĐ-UBND Sơn La): a run of 3+ of its topic words whose initials the text
        # writes in capitals is held
        held = {t for i in range(len(terms)) for k in range(3, 7) if i + k <= len(terms)
                and "".join(w[0] for w in terms[i:i + k]) in abbreviated for t in terms[i:i + k]}
        missing = [t for t in missing if t not in held]
    if missing and (longs := _unit_long_forms(text)):
        # ... and two of its words side by side where the text abbreviates a unit whose name holds them ("gửi lên
        # BTT Mặt trận": "Ban Thường trực UBMTTQ"); "dân sự" is not held by "UBND"
        pairs = {f"{a} {b}" for a, b in zip(terms, terms[1:])}
        held = {w for pair in pairs if any(f" {pair} " in f" {long} " for long in longs) for w in pair.split()}
        missing = [t for t in missing if t not in held]
    return (total - sum(weight(t) for t in missing)) / total if total else 0.0


@lru_cache(maxsize=4096)
def _toned_words(text: str) -> frozenset[str]:
    """A text's words with their marks (lower case, canonical tones: "hoá" is "hóa")."""
    return frozenset(marked_words(text))


@lru_cache(maxsize=1024)
def _spelled(question: str) -> dict[str, frozenset[str]]:
    """Folded word -> the marked spellings the question gives it (words typed without marks are left out)."""
    out: dict[str, set[str]] = {}
    for w in marked_words(question):
        if has_diacritics(w):
            out.setdefault(fold(w), set()).add(w)
    return {k: frozenset(v) for k, v in out.items()}


def marks_clash(terms: list[str], question: str, text: str, idf: dict[str, float] | None = None) -> float:
    """The weighted share of the question's topic words that ``text`` holds only once marks are dropped: the question
    writes them with marks and the text writes the same letters as another word ("triển lãm" and "làm", "hội chợ" and
    "xã hội"). 0 for a question typed without marks, whose words match however the text marks them."""
    spelled = _spelled(question)
    if not spelled or not terms:
        return 0.0
    terms = list(_without_long_forms(tuple(terms)))
    folded, toned = _words(text), _toned_words(text)
    unseen = idf.get("", 1.0) if idf else 1.0
    weight = (lambda t: idf.get(t, unseen)) if idf else (lambda t: 1.0)
    total = sum(weight(t) for t in terms)
    clash = sum(weight(t) for t in terms if t in spelled and t in folded and not spelled[t] & toned)
    return clash / total if total else 0.0


@lru_cache(maxsize=4096)
def _own_words(text: str) -> frozenset[str]:
    """A text's folded words that are no stopwords (with "%": "giảm 10%")."""
    return frozenset(w for w in re.findall(r"[a-z0-9%]+", _folded(text)) if w not in stopwords().words)


def precision(asked: set[str], text: str, idf: dict[str, float]) -> float:
    """Share of ``text``'s own words (no stopwords), each weighted by its rarity, that are among the question's
    ``asked`` words: of two clauses holding the question's words, the one saying little else is the one asked about."""
    words = _own_words(text)
    unseen = idf.get("", 1.0)
    total = sum(idf.get(w, unseen) for w in words)
    return sum(idf.get(w, unseen) for w in words if w in asked) / total if total else 0.0


@lru_cache(maxsize=4096)
def _unit_long_forms(text: str) -> tuple[str, ...]:
    """The long forms of the unit abbreviations a text writes in capitals ("UBMTTQ" -> "uy ban mat tran to quoc",
    from units.toml); "cả" is no "CA" (công an)."""
    table = units().abbreviations
    return tuple(table[f] for t in set(_ABBREVIATION.findall(text)) if (f := fold(t)) in table)


_ABBREVIATION = re.compile(r"\b[A-ZĐ][A-ZĐ&\-]{1,9}\b")


def clause_scope(clause: Clause, text: str) -> str:
    """What a clause's words count against the question's: its heading trail and its text."""
    return f"{' '.join(clause.heading_trail)} {text}"


def without_exceptions(text: str, question: str) -> str:
    """``text`` without an exception in brackets, which names what a clause leaves to others ("(trừ các tiền chất được
    sử dụng trong lĩnh vực công nghiệp ...)"; structure.toml [exception]), unless the question itself asks of an exception
    ("... được bán tài sản cố định nhưng trừ tài sản ĐVSN công lập có nguyên giá ...", external set b6-34)."""
    return text if _asks_exception(question) else structure().exception.sub(" ", text)


@lru_cache(maxsize=256)
def _asks_exception(question: str) -> bool:
    """Does the question name an exception word (structure.toml [exception]) as a word, not a syllable's start ("trừ",
    not "trừng phạt"), or a phrase of them without its marks? Read once per question, not once per clause it scores."""
    lowered, folded = f" {question.lower()} ", f" {fold(question)} "
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lowered) or (" " in w and f" {fold(w)} " in folded)
               for w in structure().exception_words)


@lru_cache(maxsize=256)
def _self_reference(kinds: tuple[str, ...]) -> re.Pattern | None:
    """A clause speaking of its own document ("Nguồn kinh phí thực hiện chế độ quy định tại Quyết định này do ngân sách
    trung ương đảm bảo", QĐ 170/2008/QĐ-TTg Điều 4; "nhiệm vụ được giao tại Kế hoạch này"): "<kind> này" for the
    document's kind or the kind of a text its title issues ("QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH ..."). Not "Chương trình này"
    in a notice on a programme (TB 631/TB-VPCP 1), nor its execution: "Chánh Văn phòng ... chịu trách nhiệm thi hành
    Quyết định này" is about no topic, while "Thời gian ủy quyền từ ngày Quyết định này có hiệu lực thi hành đến hết ngày
    28/02/2027" (QĐ 145/2025/QĐ-UBND Thanh Hóa Điều 3) is about what the decision delegates."""
    if not kinds:
        return None
    return re.compile(rf"(?<!thi hanh )\b(?:{'|'.join(map(re.escape, kinds))}) nay\b")


@lru_cache(maxsize=1024)
def _own_kinds(kind: str, title: str) -> tuple[str, ...]:
    """The folded kinds a document calls itself: its own and those its title names ("ban hành Kế hoạch", "Quy chế")
    (read once per plan: every hit of a question asks it)."""
    title = fold(title)
    return tuple(sorted({k for k in (fold(x.name) for x in structure().kinds)
                         if k == fold(kind) or re.search(rf"\b{re.escape(k)}\b", title)}, key=len, reverse=True))


def own_title(doc: Document, text: str) -> str:
    """The document's title when ``text`` speaks of what the document itself rules or assigns ("chế độ quy định tại
    Quyết định này", "nhiệm vụ được giao tại Kế hoạch này", KH 153/KH-UBND Cần Thơ IV.1.a); else ""."""
    pattern = _self_reference(_own_kinds(doc.meta.kind, doc.meta.title)) if doc.meta.title else None
    return doc.meta.title if pattern is not None and pattern.search(_folded(text)) else ""


def hands_itself(doc: Document, text: str) -> bool:
    """Does ``text`` hand the document itself to be carried out: a task verb before "<its kind> này" ("tổ chức triển
    khai thực hiện Kế hoạch này", "theo dõi, đôn đốc việc thực hiện Quy chế này"; roles.toml [plan_handed])? Not its
    execution ("chịu trách nhiệm thi hành Quyết định này")."""
    pattern = _handing(_own_kinds(doc.meta.kind, doc.meta.title)) if doc.meta.title else None
    return pattern is not None and pattern.search(_folded(text)) is not None


@lru_cache(maxsize=256)
def _handing(kinds: tuple[str, ...]) -> re.Pattern | None:
    """``hands_itself``'s pattern for a document calling itself one of ``kinds`` (built once per kind of plan)."""
    verbs = roles().plan_handed_verbs
    if not kinds or not verbs:
        return None
    return re.compile(rf"\b(?:{verbs})\b[^.;:]{{0,60}}?(?<!thi hanh )\b(?:{'|'.join(map(re.escape, kinds))}) nay\b")


def executes_itself(doc: Document, text: str) -> bool:
    """Is ``text`` the closing article naming who executes the document ("Điều 5. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ
    chức cán bộ, ... chịu trách nhiệm thi hành Quyết định này")? It assigns no task of its own."""
    pattern = _executing(_own_kinds(doc.meta.kind, doc.meta.title)) if doc.meta.title else None
    return pattern is not None and pattern.search(_folded(text)) is not None


@lru_cache(maxsize=256)
def _executing(kinds: tuple[str, ...]) -> re.Pattern | None:
    """``executes_itself``'s pattern ("thi hành Quyết định này") for ``kinds`` (built once per kind of plan)."""
    return re.compile(rf"\bthi hanh (?:{'|'.join(map(re.escape, kinds))}) nay\b") if kinds else None


def asks_plan_itself(query: Query, doc: Document) -> bool:
    """Does the question ask who carries out ``doc`` itself: a task verb before the document's kind ("đầu mối triển khai
    kế hoạch ...", "theo dõi, đôn đốc thực hiện kế hoạch ...", "ai triển khai quyết định này"; roles.toml [plan_handed])?"""
    kinds = _issued_kinds(doc.meta.kind, doc.meta.title)
    verbs = roles().plan_handed_verbs
    if not kinds or not verbs:
        return False
    pattern = rf"\b(?:{verbs})\b(?:,? [a-z]+){{0,4}} (?:{'|'.join(map(re.escape, kinds))})\b"
    return re.search(pattern, query.folded) is not None


@lru_cache(maxsize=1024)
def _issued_kinds(kind: str, title: str) -> tuple[str, ...]:
    """The folded kinds a document is: its own and the one its title issues ("QUYẾT ĐỊNH Ban hành Kế hoạch ..."), not
    one its title is only about ("Kết luận ... về Hồ sơ Chương trình mục tiêu quốc gia ...", TB 631/TB-VPCP)."""
    title = fold(title)
    return tuple(k for k in _own_kinds(kind, title)
                 if k == fold(kind) or re.search(rf"\b(?:ban hanh|phe duyet|kem theo)\b(?: [a-z]+){{0,3}} {re.escape(k)}\b",
                                                 title))


def document_scope(doc: Document, clause: Clause, text: str) -> str:
    """``clause_scope``, and the document's title where the clause speaks of what the document itself rules."""
    return f"{clause_scope(clause, text)} {own_title(doc, text)} {_addressed(doc)}".rstrip()


def letter_subject(doc: Document) -> str:
    """The subject line of a letter on one matter (structure.toml ``one_matter``) and the one body it is sent to, which
    every paragraph speaks of: "1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026" of a letter "Thông báo tổ chức kiểm tra, cấp GCN
    KTAT VLNCN" to the Sin Quyền mine states when that check's second round starts (b46-23); "" for other documents."""
    if not doc.meta.title or not _one_matter(doc.meta.kind):
        return ""
    return f"{doc.meta.title} {_addressed(doc)}"


@lru_cache(maxsize=64)
def _one_matter(kind: str) -> bool:
    """Is a document of ``kind`` a letter on the one matter its subject line names?"""
    return any(k.one_matter and k.name == kind for k in structure().kinds)


def _addressed(doc: Document) -> str:
    """The one body a letter is sent to, which every paragraph of it speaks to: "1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026"
    of a notice "Kính gửi: Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO" is of the Sin Quyền mine (Sở Công
    Thương Lào Cai, 5/2026; blind set b46-23). Not a list of bodies: their words name no one's case."""
    to = doc.meta.recipients
    return to if to and ";" not in to and not re.match(r"(?i)c[áa]c\b", to) else ""


def terms_for(query: Query, doc: Document) -> list[str]:
    """The question's topic words for a clause of ``doc``: when the question named that plan (by number, commune or
    the province it is about), the words of the plan's own title only picked the plan ("TT 35/2025 về quy chế kiểm
    tra nghiệp vụ ... có hiệu lực từ ngày nào" asks only "hiệu lực"). When no topic word is left, the plan's subject is
    the topic: "Dự án đường HCM phải xong năm nào theo văn bản 11583 của VPCP?" asks when the project its title names
    ends ("bảo đảm tiến độ hoàn thành Dự án vào năm 2026", CV 11583/VPCP-CN; blind set b23-03)."""
    unnamed = _unnamed_terms(query, doc)
    if set(unnamed) & set(topic_terms(query)):
        return unnamed
    return _unnamed_terms(query, doc, title_names=False) or query.content_terms


def description(doc: Document) -> str:
    """What a question describing a document by its own words may say of it: its kind and title and, for a decision
    (or a copy that lost its title), what its first article does (``enacted``)."""
    first = enacted(doc.meta.kind, ((c.path, c.text) for c in doc.clauses), doc.meta.title)
    return f"{doc.meta.kind} {doc.meta.title} {first}".rstrip()


def asks_only_of_plan(query: Query, doc: Document) -> bool:
    """Does the question, past the words naming ``doc`` and those that only ask ("áp dụng từ ngày nào"), ask
    nothing of its own ("Nghị định 170 (tuyển dụng, quản lý công chức) áp dụng từ ngày nào?")?"""
    if doc.id not in query.doc_ids:
        return False
    asking = asking_words(query)
    return not [t for t in _unnamed_terms(query, doc) if t not in asking]


def _unnamed_terms(query: Query, doc: Document, title_names: bool = True) -> list[str]:
    """The question's topic words without those naming ``doc`` when the question named it (may be empty); with
    ``title_names`` False, the words of its title stay."""
    terms = query.content_terms
    if dated := _dated_words(query, doc):
        # "Đợt kiểm tra ... theo quyết định tháng 5/2026 kiểm tra mấy đơn vị?" names a decision of May 2026 (one whose
        # number is left blank, QĐ .../QĐ-SCT of Sở Công Thương Lào Cai): the month picked the text, no clause says it
        terms = [t for t in terms if t not in dated]
    # the initials of the issuer's own name name the plan, whether or not the question named it otherwise: "KH sinh
    # hoạt công dân THPT DBK ..." of "Trường THPT Đốc Binh Kiều" (a school plan of 2026; blind set b74-22); only of its
    # words in capitals, its name's: "UBND" of "Ủy ban nhân dân tỉnh Nghệ An" is the kind of body, which clauses write too
    own_name = _name_words(doc.meta.issuer)
    terms = [t for t in terms if not spelled_out(t, own_name)]
    if doc.id not in query.doc_ids:
        return terms  # measured: dropping title words for every plan made the evidence check refuse real answers
    if doc.id in query.described:
        return terms  # the description before the colon is out already; the title's words after it are the topic's
    # the words of any searched plan's title the question repeats ("tổ tiếp công dân, xử lý đơn thư" of a commune's
    # plans) picked plans: dropped for each of them alike, so their clauses are weighed on the same words
    # (a copy that lost its title is named by its first article: "Thông tư 39/2025/TT-BXD sửa định mức bảo dưỡng thường
    # xuyên đường bộ có hiệu lực từ ngày nào?" of "Điều 1. Sửa đổi, bổ sung một số định mức bảo dưỡng thường xuyên đường
    # bộ ...", blind set b62-24)
    named_as = f"{doc.meta.kind} {doc.meta.title}" if doc.meta.title else description(doc)
    title = _title_words_asked(query, named_as) | set(query.title_terms)
    issuer = re.sub(r"[^a-z0-9]+", " ", fold(doc.meta.issuer)).strip()
    asked = re.sub(r"[^a-z0-9]+", " ", query.folded)
    if issuer and f" {issuer} " in f" {asked} ":
        title |= set(issuer.split())  # "Hướng dẫn 45-HD/BTCTW của Ban Tổ chức Trung ương: ..." named its issuer
    title |= _issuer_words_after_of(asked, issuer)
    named_by = fold(f"{doc.meta.issuer} {doc.meta.title}")  # "PTT" of "Kết luận của Phó Thủ tướng ..."
    known = acronyms()  # "mtqg" of a title that writes "mục tiêu quốc gia" out also only named the plan
    by = title | topic_words(doc.meta.issuer)  # "qd 2597 TTg": the Prime Minister's decision
    named = {t for t in terms if t in known and set(known[t].split()) <= by}
    named |= {w for t in named for w in known[t].split()}  # ... and the long form the question is read with
    # "qd 2913 HT", "qd 212 HP": the initials of the plan's province (or commune) name it too
    place = initials(fold(doc.meta.province or doc.meta.locality)).replace(" ", "")
    if len(place) >= 2:
        named.add(place)
    # what a count asks, when the plan's title names it ("thủ tục"), stays the topic; words the title holds by chance
    # ("bộ" of "bộ máy" for "bao nhiêu cán bộ") do not make a count asked of the title
    counted = {t for t in _counted_words(query) if t in terms}
    spelled = {a for a in counted if a in known and set(known[a].split()) <= title}  # "TTHC" of "THỦ TỤC HÀNH CHÍNH"
    if len(counted) < _COUNTED_MIN_WORDS or not counted <= title | spelled:
        counted = set()
    if not title_names:
        return [t for t in terms if t not in named and not spelled_out(t, fold(doc.meta.issuer))]
    return [t for t in terms if t in counted or t not in title and t not in named and not spelled_out(t, named_by)]


def _issuer_words_after_of(asked: str, issuer: str) -> set[str]:
    """The words of the issuer's name a question writes in short after "của" ("QĐ 294 của Trung ương về thi hành Điều lệ
    Đảng: ..." of Quy định 294-QĐ/TW of Ban Chấp hành Trung ương; blind set b140-15): they name the text's issuer, no
    clause need hold them. ``asked``: the question folded, its words separated by single spaces."""
    words = set(issuer.split())
    out: set[str] = set()
    for m in re.finditer(r"\bcua ((?:[a-z0-9]+ ){0,3}[a-z0-9]+)", asked):
        run = m.group(1).split()
        n = next((i for i, w in enumerate(run) if w not in words), len(run))
        if n >= 2:  # ("của Đảng" alone is no issuer's name)
            out |= set(run[:n])
    return out


@lru_cache(maxsize=1024)
def _name_words(issuer: str) -> str:
    """The folded words of an issuer written with a capital and not all in capitals: its proper name's ("Trường THPT Đốc
    Binh Kiều Đồng Tháp" -> "truong doc binh kieu dong thap")."""
    return fold(" ".join(w for w in issuer.split() if w[:1].isupper() and not w.isupper()))


def _dated_words(query: Query, doc: Document) -> frozenset[str]:
    """The words of the month or day the question names ``doc`` by, when the document is dated in it."""
    span = issued_span(doc.meta.date) if names_a_day_or_month(query.window) else None
    return _words(query.window.label) if span is not None and query.window.overlaps(*span) else frozenset()


_COUNTED_WORDS = 5  # words after "bao nhiêu" that may name what is counted ("thủ tục hành chính cấp tỉnh")
_COUNTED_MIN_WORDS = 2  # ... of which the title must hold at least two ("thủ tục"; one, "bộ", may be there by chance)


def _counted_words(query: Query) -> frozenset[str]:
    """The words naming what a count question counts, kept as its topic even where the plan's title holds them: "QĐ
    1949 Cao Bằng chuẩn hóa TTHC lĩnh vực tài nguyên nước gồm bao nhiêu thủ tục cấp tỉnh?" asks "thủ tục cấp tỉnh" of
    "danh mục 24 thủ tục hành chính cấp tỉnh" (Điều 1), though the title reads "thủ tục hành chính ... tỉnh Cao Bằng"."""
    m = counted_word(query.folded)
    if m is None:
        return frozenset()
    words = re.match(r"[a-z0-9 ]*", query.folded[m.start("what"):]).group(0).split()[:_COUNTED_WORDS]
    long = [w for a in words if a in acronyms() for w in acronyms()[a].split()]  # "bao nhiêu TTHC"
    return frozenset(words + long)


def _title_words_asked(query: Query, title: str) -> set[str]:
    """The folded words of a plan's title that the question's words are: a word typed with diacritics is one only where
    the title writes it so ("phôi" of "lấy phôi sổ đỏ" is no "phối" of "Quy chế phối hợp", "thư ký" no "nhiệm kỳ")."""
    words = topic_words(title)
    written = _written_words(title)
    asked: dict[str, set[str]] = {}
    for w in re.findall(r"\w+", query.text):
        asked.setdefault(fold(w), set()).add(_exact(w))
    return {t for t in words if t not in asked or any(not has_diacritics(w) or w in written for w in asked[t])}


@lru_cache(maxsize=1024)
def _written_words(text: str) -> frozenset[str]:
    return frozenset(_exact(w) for w in re.findall(r"\w+", text))


def _exact(word: str) -> str:
    return canon_tones(nfc(word)).lower()


def _asked_phrases(query: Query) -> list[tuple[frozenset[str], tuple[str, ...], bool]]:
    """The question's phrases that documents write another way (questions.toml [[paraphrase]]): the phrase's words,
    the written forms, and whether the phrase is only a way of asking."""
    return [(frozenset(m.group(0).split()), written, asks) for asked, written, asks in questions().paraphrases
            for m in asked.finditer(query.folded)]


def asking_words(query: Query) -> set[str]:
    """The words of the question's phrases that only ask ("áp dụng từ ngày nào", "kéo dài tới lúc nào")."""
    return {w for words, _, asks in _asked_phrases(query) if asks for w in words}


def rewritten_words(query: Query) -> set[str]:
    """The question's words that documents write another way ("online" is written "trực tuyến")."""
    return {w for words, _, _ in _asked_phrases(query) for w in words}


def topic_variants(query: Query, terms: list[str]) -> list[list[str]]:
    """The topic words as asked (without the phrases that only ask), then with each way documents write what is asked
    in place of the phrase: "ủy quyền kéo dài tới lúc nào" is written "Thời hạn ủy quyền", "mở lớp tập huấn online"
    "trực tuyến". A clause is as on topic as its best variant."""
    phrases = _asked_phrases(query)
    if not phrases:
        return [terms]
    # a phrase that only asks is no topic: "dùng đến bao giờ" leaves no "dung" to be matched by "đúng quy định"
    asking = asking_words(query)
    out = [kept] if (kept := [t for t in terms if t not in asking]) else []
    for words, written, _ in phrases:
        kept = [t for t in terms if t not in words and t not in asking]
        for form in written:
            out.append(kept + sorted(w for w in re.findall(r"[a-z0-9%]+", fold(form)) if w not in kept))
    return out


# a word a text defines in brackets right after what it names: "lưu trữ nhật ký hệ thống (logfile)"
_ALIAS = re.compile(r"((?:[^\W\d_]+[ \t]+){2,4})\(([A-Za-z][A-Za-z0-9]{2,19})\)")


@lru_cache(maxsize=4096)
def text_aliases(text: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The foreign words a text defines in brackets ("nhật ký hệ thống (logfile)": "logfile"), each with the word
    pairs of what it names ("nhat ky", "ky he", "he thong"), for a question that uses the word where a later sentence
    writes it in Vietnamese ("Thời gian lưu trữ nhật ký tối thiểu 06 tháng"). Acronyms are left to ``spelled_out``."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for m in _ALIAS.finditer(text):
        alias = fold(m.group(2))
        if alias.isupper() or m.group(2).isupper() or is_vietnamese_syllable(alias):
            continue
        named = _WORD.findall(fold(m.group(1)))
        out[alias] = tuple(zip(named, named[1:]))
    return out


def with_aliases(variants: list[list[str]], text: str) -> list[list[str]]:
    """The topic variants, and each with a word ``text`` defines in brackets replaced by a pair of words of what the
    word names ("logfile" -> "nhat ky", plans-real/web/nghe-an_99-2025-qd-ubnd.md Điều 9.1)."""
    aliases = text_aliases(text)
    if not aliases:
        return variants
    out = list(variants)
    for v in variants:
        for alias in (t for t in v if t in aliases):
            out.extend([w for t in v for w in (pair if t == alias else (t,))] for pair in aliases[alias])
    return out


def variant_coverage(variants: list[list[str]], text: str, idf: dict[str, float] | None = None) -> float:
    """``coverage`` of the best of the question's ``topic_variants``."""
    return max(coverage(v, text, idf) for v in variants)


VALUE_BONUS = 0.05  # how much more on topic a clause stating the value asked counts, among a chunk's clauses


def best_clause(terms: list[str], hit: Hit, idf: dict[str, float] | None = None,
                states: re.Pattern | None = None) -> Clause:
    """The clause of a hit's chunk that answers: a chunk of several clauses ("Bước 1:" and its items) is answered
    from the one covering most of the question, not from its first line; of clauses about as much on topic, the one
    stating the kind of value asked (``states``, folded): "3.2. Cách thức thực hiện: Không quy định. / 3.3. ... / 3.4.
    Thời hạn giải quyết: 30 ngày ..." answers "trong bao lâu" from 3.4 (QĐ 2913/QĐ-UBND Hà Tĩnh, Phần II.B.3). The hit
    must carry its plan and clause."""
    assert hit.doc is not None and hit.clause is not None
    if len(hit.chunk.clause_ids) < 2:
        return hit.clause

    def score(c: Clause) -> float:
        bonus = VALUE_BONUS if states is not None and states.search(_folded(c.text)) else 0.0
        return coverage(terms, clause_scope(c, c.text), idf) + bonus

    best, best_cov = hit.clause, score(hit.clause)
    for cid in hit.chunk.clause_ids[1:]:
        c = hit.doc.clause(cid)
        if c is not None and (cov := score(c)) > best_cov:
            best, best_cov = c, cov
    return best


@lru_cache(maxsize=2048)
def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The adjacent word pairs of a text, folded."""
    words = _WORD.findall(_folded(text))
    return frozenset(zip(words, words[1:]))


def pair_coverage(query: Query, text: str) -> float:
    """Share of the question's adjacent word pairs (those holding a topic word) that ``text`` also has side by side:
    "xác minh, trả lời" in the clause, not "xác minh" and "trả lời" far apart."""
    return pairs_held(query.folded, query.content_terms, text)


def pairs_held(folded_question: str, terms: list[str], text: str) -> float:
    """``pair_coverage`` of a folded question and its topic words ``terms``."""
    words = _WORD.findall(folded_question)
    topic = set(terms)
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a in topic or b in topic]
    if not pairs:
        return 0.0
    held = word_pairs(text)
    return sum(p in held for p in pairs) / len(pairs)


def round_match(query: Query, text: str, title: str = "") -> float:
    """1 when ``text`` names a round the question names, -1 when it names only other rounds of the same kind
    ("lần thứ nhất" for a question on "lần thứ ba"), else 0. A text naming no round is on the round of its plan's
    ``title``: "Tổng hợp hồ sơ ... (hoàn thành chậm nhất ngày 01/02/2026)" of "Kế hoạch tổ chức Hội nghị hiệp thương
    lần thứ hai" is on the second round (Lương Minh V.1.3)."""
    asked = rounds(query.folded)
    if not asked:
        return 0.0
    return rounds_agree(asked, rounds(text) or rounds(title))
