"""How much of a question's topic a text holds: the measure the evidence gate, the answer's choice of clause and the
reranker share. Words are weighed by their rarity in the index (IDF); an acronym of the question counts where its
words are spelled out."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.index.corpus_stats import topic_words
from core.lexicon import acronyms, questions
from core.models import Clause, Document, Hit
from core.query import Query
from core.textnorm import fold, spelled_out

_WORD = re.compile(r"[a-z0-9đ]+")


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """``topic_words`` of a text, kept for the texts one question reads several times (a clause weighed by the
    reranker, then by the evidence gate, then by the answer)."""
    return frozenset(topic_words(text))


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


def coverage(terms: list[str], text: str, idf: dict[str, float] | None = None) -> float:
    """Share of the question's topic words found in ``text``, each weighted by its rarity in the corpus."""
    if not terms:
        return 0.0
    words = _words(text)
    unseen = idf.get("", 1.0) if idf else 1.0  # words the corpus never uses weigh the most
    weight = (lambda t: idf.get(t, unseen)) if idf else (lambda t: 1.0)
    total = sum(weight(t) for t in terms)
    missing = [t for t in terms if t not in words]
    if missing:  # an acronym of the question is held where its words are spelled out ("CBCC": "cán bộ, công chức")
        folded = _folded(text)
        missing = [t for t in missing if not spelled_out(t, folded)]
    return (total - sum(weight(t) for t in missing)) / total if total else 0.0


def clause_scope(clause: Clause, text: str) -> str:
    """What a clause's words count against the question's: its heading trail and its text."""
    return f"{' '.join(clause.heading_trail)} {text}"


def terms_for(query: Query, doc: Document) -> list[str]:
    """The question's topic words for a clause of ``doc``: when the question named that plan (by number, commune or
    the province it is about), the words of the plan's own title only picked the plan ("TT 35/2025 về quy chế kiểm
    tra nghiệp vụ ... có hiệu lực từ ngày nào" asks only "hiệu lực")."""
    terms = query.content_terms
    if doc.id not in query.doc_ids:
        return terms  # measured: dropping title words for every plan made the evidence check refuse real answers
    # the words of any searched plan's title the question repeats ("tổ tiếp công dân, xử lý đơn thư" of a commune's
    # plans) picked plans: dropped for each of them alike, so their clauses are weighed on the same words
    title = topic_words(f"{doc.meta.kind} {doc.meta.title}") | set(query.title_terms)
    named_by = fold(f"{doc.meta.issuer} {doc.meta.title}")  # "PTT" of "Kết luận của Phó Thủ tướng ..."
    known = acronyms()  # "mtqg" of a title that writes "mục tiêu quốc gia" out also only named the plan
    return [t for t in terms if t not in title and not (t in known and set(known[t].split()) <= title)
            and not spelled_out(t, named_by)] or terms


def _asked_phrases(query: Query) -> list[tuple[frozenset[str], tuple[str, ...], bool]]:
    """The question's phrases that documents write another way (questions.toml [[paraphrase]]): the phrase's words,
    the written forms, and whether the phrase is only a way of asking."""
    return [(frozenset(m.group(0).split()), written, asks) for asked, written, asks in questions().paraphrases
            for m in asked.finditer(query.folded)]


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
    asking = {w for words, _, asks in phrases if asks for w in words}
    out = [kept] if (kept := [t for t in terms if t not in asking]) else []
    for words, written, _ in phrases:
        kept = [t for t in terms if t not in words and t not in asking]
        for form in written:
            out.append(kept + sorted(w for w in re.findall(r"[a-z0-9%]+", fold(form)) if w not in kept))
    return out


def variant_coverage(variants: list[list[str]], text: str, idf: dict[str, float] | None = None) -> float:
    """``coverage`` of the best of the question's ``topic_variants``."""
    return max(coverage(v, text, idf) for v in variants)


def best_clause(terms: list[str], hit: Hit, idf: dict[str, float] | None = None) -> Clause:
    """The clause of a hit's chunk that answers: a chunk of several clauses ("Bước 1:" and its items) is answered
    from the one covering most of the question, not from its first line. The hit must carry its plan and clause."""
    assert hit.doc is not None and hit.clause is not None
    if len(hit.chunk.clause_ids) < 2:
        return hit.clause
    best, best_cov = hit.clause, coverage(terms, clause_scope(hit.clause, hit.clause.text), idf)
    for cid in hit.chunk.clause_ids[1:]:
        c = hit.doc.clause(cid)
        if c is not None and (cov := coverage(terms, clause_scope(c, c.text), idf)) > best_cov:
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
    words = _WORD.findall(query.folded)
    topic = set(query.content_terms)
    pairs = [(a, b) for a, b in zip(words, words[1:]) if a in topic or b in topic]
    if not pairs:
        return 0.0
    held = word_pairs(text)
    return sum(p in held for p in pairs) / len(pairs)


@lru_cache(maxsize=2048)
def rounds(text: str) -> frozenset[tuple[str, int]]:
    """The numbered rounds a text names, folded: "hiệp thương lần thứ ba" and "lần 3" are both ("lan", 3)."""
    lex = questions()
    out = set()
    folded = _folded(text)
    number = lambda word: int(word) if word.isdigit() else 1 if word == "mot" else lex.ordinal_words.get(word, 0)  # noqa: E731
    for m in lex.round.finditer(folded):
        found, end = [m.group(2)], m.end()
        while (more := lex.round_then.match(folded, end)) is not None:  # "lần thứ 2, thứ 3"
            found.append(more.group(1))
            end = more.end()
        out.update((m.group(1), n) for n in map(number, found) if n > 0)
    return frozenset(out)


def round_match(query: Query, text: str) -> float:
    """1 when ``text`` names a round the question names, -1 when it names only other rounds of the same kind
    ("lần thứ nhất" for a question on "lần thứ ba"), else 0."""
    asked = rounds(query.folded)
    if not asked:
        return 0.0
    held = rounds(text)
    if asked & held:
        return 1.0
    kinds = {noun for noun, _ in asked}
    return -1.0 if any(noun in kinds for noun, _ in held) else 0.0
