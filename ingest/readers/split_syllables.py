"""Syllables a PDF's text layer split: some fonts place a syllable's onset and its vowel as separate runs, and pypdf
writes a space between them ("doanh nghi ệp g ửi danh sách ng ười lao động đề ngh ị hỗ tr ợ ti ền thuê nhà", QĐ
08/2022/QĐ-TTg as the Official Gazette printed it). A name, a unit or a figure's words are then no longer found.

pypdf's layout mode, which places the glyphs by their position, reads such a text layer whole: the reader reads the
pages again that way (``ingest.readers.pdf_reader``). What it still splits, and a text read the plain way only, is
joined here.

A Vietnamese syllable never holds a space, and a normal text almost never has an onset standing alone before a word
that opens with a vowel ("ng ười", "c ơ"). Where a document has many of those, its text layer split syllables, and a
piece is joined to the one before when together they make one syllable (``core.textnorm.is_vietnamese_syllable``,
at most one tone mark): the lone onset ("tr ợ" -> "trợ"), or a piece ending in the first vowel of a nucleus before
one opening with its marked second vowel ("nghi ệp" -> "nghiệp", "huy ện" -> "huyện"). Other documents are left as
they are.
"""

from __future__ import annotations

import re
import unicodedata

from core.textnorm import fold, is_vietnamese_syllable, tone_marks

# a share of a document's words this high standing as a lone onset before a vowel (or a lone coda after a toned vowel):
# its text layer split syllables. Texts that do not stay under 0.0006 (plans-real, the samples, forty gazette PDFs); a
# layer that splits only some syllables reads 0.003-0.007 ("tạm ng ừng trong toàn b ộ năm", "trước ngày 01 tháng 4 hằ
# ng năm", TT 05/2024/TT-BKHĐT; "con ng ười", TT 01/2025/TT-BKHĐT; blind set b41-12), whole splits 0.05-0.17
SPLIT_SHARE = 0.002
_CODA = re.compile(r"^(?:ng|nh|ch|[cmnpt])$")
_ONSET = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])$", re.IGNORECASE)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# the vowel pairs that open a nucleus with a marked second vowel (iê, yê, uô, ươ, oă, uâ, uơ, uê, oa, oe)
_NUCLEI = {("i", "ê"), ("y", "ê"), ("u", "ô"), ("ư", "ơ"), ("u", "ơ"), ("o", "ă"), ("u", "â"), ("u", "ê"),
           ("o", "a"), ("o", "e")}
_PIECE = re.compile(r"[^\W\d_]+")


def _vowel_start(word: str) -> bool:
    return unicodedata.normalize("NFD", word[:1].lower())[:1] in "aeiouy"


def _untoned(letter: str) -> str:
    """A letter without its tone, its vowel mark kept ("ệ" -> "ê")."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", letter.lower())
                                                if c not in _TONES))


def _nucleus_split(left: str, right: str) -> bool:
    """Does the vowel ending ``left`` open a nucleus the vowel opening ``right`` ends, with a mark on that vowel
    ("nghi|ệp" iê, "huy|ện" yê, "ho|ặc" oă, "đư|ợc" ươ, "tu|ần" uâ)? Not "và|ưu", "đi|ấy": two words."""
    first = right[:1]
    return first.lower() not in "aeiouy" and (_untoned(left[-1:]), _untoned(first)) in _NUCLEI


def _joins(left: str, right: str) -> bool:
    """Do the letters ``left`` and ``right`` make one syllable split in two?"""
    if not (_PIECE.fullmatch(left) and _PIECE.fullmatch(right)) or not right[0].islower() and not left.isupper():
        return False
    whole = left + right
    if tone_marks(whole) > 1 or not is_vietnamese_syllable(fold(whole)):
        return False
    if _ONSET.match(left):
        return _vowel_start(right)
    if _CODA.match(right):
        # a lone coda after a toned vowel: "hằ ng" -> "hằng", "việ c" -> "việc" (never two words: no word is a coda
        # alone; an untoned "gia m" may be a word and a unit)
        return tone_marks(left[-1:]) == 1
    return _nucleus_split(left, right)


def _lone_onsets(text: str) -> int:
    """How many lone onsets stand before a word opening with a vowel, together one syllable ("ng ười"; also across a
    line break, where the text layer put each piece on a line of its own: "Ngh\nị định n\này"), and lone codas after a
    toned vowel ("hằ ng")."""
    onsets = sum(1 for a, b in re.findall(r"(?<![^\W\d_])([^\W\d_]{1,3})\s+(?=([^\W\d_]+))", text)
                 if _ONSET.match(a) and _joins(a, b))
    codas = sum(1 for a, b, c in re.findall(r"([^\W\d_]+) ([^\W\d_]{1,2})(?![^\W\d_])\s*([^\W\d_]?)", text)
                if _CODA.match(b) and not _vowel_start(c) and _joins(a, b))
    return onsets + codas


def has_split_syllables(text: str) -> bool:
    """Has the text layer split syllables (lone onsets before vowels in ``SPLIT_SHARE`` of its words)?"""
    words = len(text.split())
    return words > 0 and _lone_onsets(text) / words >= SPLIT_SHARE


def _rejoin_line(line: str) -> str:
    """One line with each piece joined to the piece before it where together they make one syllable."""
    out: list[str] = []
    tokens = line.split(" ")
    for k, token in enumerate(tokens):
        # the letters ending the piece before ("(c") and opening this one ("ơ,")
        left = re.search(r"[^\W\d_]+$", out[-1]) if out else None
        right = re.match(r"[^\W\d_]+", token)
        if right and right.group() == token and _CODA.match(token) and k + 1 < len(tokens) and \
                _vowel_start(tokens[k + 1]):
            out.append(token)  # "nhà n ước": the consonant opens the next syllable, it closes none
        elif left and right and _joins(left.group(), right.group()):
            out[-1] += token
        else:
            out.append(token)
    return " ".join(out)


def rejoin_split_syllables(pages: list[str], split: bool = False) -> list[str] | None:
    """The pages with their split syllables joined, when the document's text layer split them (or ``split``: it is
    known to, its tables read from the same runs); else None."""
    if not split and not has_split_syllables("\n".join(pages)):
        return None
    return ["\n".join(_rejoin_line(line) for line in page.split("\n")) for page in pages]
