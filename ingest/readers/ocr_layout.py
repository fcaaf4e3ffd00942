"""Tesseract words → the lines of one page in reading order, without stamp and speck noise.

Tesseract's own layout analysis gives blocks, paragraphs and lines. Two things are added here:
- a line with a wide gap (the two columns of an official letter's header: issuer | motto, number | date;
  "Nơi nhận" | signature) is cut in two, and the right-hand pieces of a block are read after its left
  pieces, as a person reads the two columns;
- words that are not text (specks, remains of a stamp or signature: no letter or digit, or a very low
  confidence on one or two characters) are dropped, and so are lines made only of them.
Lines follow each other as in a PDF text layer; a blank line marks more space than usual above a line
(paragraph spacing) and sets off the two columns of a header or signature block. Tesseract's own paragraph
guesses are not used: a short line ends them even inside a paragraph. The repair stage joins wrapped lines
and finds the paragraphs, as it does for PDF text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

COLUMN_GAP = 3.0  # a gap wider than this many line heights separates two columns (in 30% of a block's lines)
PARAGRAPH_SPACE = 0.4  # extra space (in line heights) above a line that starts a new paragraph
RUN_ON_SLACK = 4.0  # a line ending this many line heights or less before the right margin, unfinished, runs on
NOISE_CONF = 35.0  # a short word read with a confidence under this is taken for noise
_ALNUM = re.compile(r"[^\W_]", re.UNICODE)


@dataclass
class OcrWord:
    """One word of Tesseract's TSV output (pixel box, confidence 0-100)."""

    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str


_MARKS = {"-", "–", "+", "•", "*", "/", ":", ";", ",", ".", "(", ")", "%", "“", "”", '"'}
_LIST_MARKS = {"-", "–", "+", "•"}
_SENTENCE_END = (".", ":", ";", "!", "?", "…", ")", "”", '"')


def is_noise(word: OcrWord, line_height: float, isolated: bool) -> bool:
    """True for a "word" that is no text: a speck, a stray mark, or one or two characters read very unsurely
    away from any other word (a word inside a line is kept even when unsure: it may be a label like "III.")."""
    alnum = len(_ALNUM.findall(word.text))
    if alnum == 0:
        speck = word.width * word.height < (line_height / 8) ** 2
        return word.text not in _MARKS or speck or word.conf < 2 * NOISE_CONF
    return isolated and word.conf < NOISE_CONF and (alnum <= 2 or word.conf < NOISE_CONF / 2)


def _isolated(words: list[OcrWord], i: int, line_height: float) -> bool:
    """No other word of the line within 1.5 line heights to the left or right of words[i]."""
    word, near = words[i], 1.5 * line_height
    left = i > 0 and word.left - (words[i - 1].left + words[i - 1].width) < near
    right = i + 1 < len(words) and words[i + 1].left - (word.left + word.width) < near
    return not (left or right)


def _segments(words: list[OcrWord], line_height: float) -> list[list[OcrWord]]:
    """The words of one line cut where the gap between two words is wider than COLUMN_GAP line heights.

    Gaps are measured before noise words are dropped (a word read as noise still fills its place)."""
    pieces: list[list[OcrWord]] = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word.left - (prev.left + prev.width) > COLUMN_GAP * line_height:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces


def _text(words: list[OcrWord]) -> str:
    return " ".join(w.text for w in words)


def _is_list_mark(words: list[OcrWord]) -> bool:
    return len(words) == 1 and words[0].text in _LIST_MARKS


def page_lines(words: list[OcrWord]) -> tuple[list[str], list[OcrWord]]:
    """(lines of the page, the words kept). Lines are in reading order; "" sets off two-column blocks.

    A list mark that Tesseract reads as a line of its own ("-" before an item) is put back in front of the
    line beside it."""
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for word in words:
        lines.setdefault((word.block, word.par, word.line), []).append(word)
    heights = [w.height for w in words if len(_ALNUM.findall(w.text)) >= 2]
    line_height = median(heights) if heights else 30.0
    kept: list[OcrWord] = []
    out: list[str] = []
    blocks: dict[int, list[tuple[int, list[list[OcrWord]]]]] = {}
    marks: list[OcrWord] = []
    for (block, par, _), line_words in lines.items():
        pieces = [[w for i, w in enumerate(piece) if not is_noise(w, line_height, _isolated(piece, i, line_height))]
                  for piece in _segments(line_words, line_height)]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) == 1 and _is_list_mark(pieces[0]):
            marks.append(pieces[0][0])
            continue
        flat = [w for piece in pieces for w in piece]
        if not any(len(_ALNUM.findall(w.text)) >= 2 for w in flat):
            continue
        if len(flat) <= 3 and sum(w.conf for w in flat) / len(flat) < NOISE_CONF:
            continue  # a few unsure "words" on a line of their own: the remains of a stamp or signature
        first = pieces[0][0]
        beside = [m for m in marks if m.left < first.left and abs(_middle(m) - _middle(first)) < line_height]
        if beside:
            pieces[0].insert(0, beside[-1])
            marks.remove(beside[-1])
        kept.extend(w for piece in pieces for w in piece)
        blocks.setdefault(block, []).append((par, pieces))
    rows: list[list[list[OcrWord]]] = []  # the lines written so far, for the gaps between them
    all_rows = [pieces for block_lines in blocks.values() for _, pieces in block_lines]
    line_gap = _usual_gap(all_rows)
    margin = sorted(_right(r) for r in all_rows)[int(0.9 * (len(all_rows) - 1))] if all_rows else 0
    for block_lines in blocks.values():
        split = sum(1 for _, pieces in block_lines if len(pieces) == 2)
        two_columns = split >= max(1, 0.3 * len(block_lines)) and all(len(pieces) <= 2 for _, pieces in block_lines)
        if two_columns:
            cut = min(pieces[1][0].left for _, pieces in block_lines if len(pieces) == 2)
            left = [_text([w for p in pieces for w in p if w.left < cut]) for _, pieces in block_lines]
            right = [_text([w for p in pieces for w in p if w.left >= cut]) for _, pieces in block_lines]
            out.extend([*(t for t in left if t), "", *(t for t in right if t), ""])
            continue
        for _, pieces in block_lines:
            if rows and out and out[-1] and _blank_between(rows[-1], pieces, line_gap, line_height, margin):
                out.append("")
            out.append(" ".join(_text(p) for p in pieces))
            rows.append(pieces)
    while out and not out[-1]:
        out.pop()
    return out, kept


def _baseline(pieces: list[list[OcrWord]]) -> float:
    """Where the line sits: the median bottom of its words (accents above and tails below do not move it)."""
    return median(w.top + w.height for piece in pieces for w in piece)


def _usual_gap(rows: list[list[list[OcrWord]]]) -> float:
    """The usual distance between the baselines of two lines that follow each other in a paragraph."""
    steps = [_baseline(b) - _baseline(a) for a, b in zip(rows, rows[1:]) if _baseline(b) > _baseline(a)]
    return median(steps) if steps else 0.0


def _right(pieces: list[list[OcrWord]]) -> int:
    return max(w.left + w.width for piece in pieces for w in piece)


def _blank_between(above: list[list[OcrWord]], below: list[list[OcrWord]], line_gap: float,
                   line_height: float, margin: int) -> bool:
    """True when more space than between two lines of a paragraph separates ``above`` from ``below``, unless
    ``above`` runs to the right margin without finishing its sentence (a paragraph cut by a gap goes on)."""
    if _baseline(below) - _baseline(above) <= line_gap + PARAGRAPH_SPACE * line_height:
        return False
    runs_on = _right(above) >= margin - RUN_ON_SLACK * line_height and not above[-1][-1].text.endswith(_SENTENCE_END)
    return not runs_on


def _middle(word: OcrWord) -> float:
    return word.top + word.height / 2
