"""Deterministic generator of a large, realistic plan corpus recombined from the five sample plans.

Each sample plan is parsed with ``ingest.pipeline.parse_text``; its source text is cut (by clause spans) into a
header (title and introduction), Roman sections and their top-level items, and a closing block ("Nơi nhận").
A generated plan takes a header and a closing from one sample, then for each section kind (purpose, tasks,
organisation) a heading and a random selection of items pooled from all samples of that kind, renumbered
(Roman numerals, "1.", "1.1."), with another province, year, plan number, percentages and lead units.
The layouts of the samples are kept as written (markdown marks, "+ Đơn vị chủ trì:" lines, hard wraps).

    python bench/generate_corpus.py OUT_DIR --plans 1000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ingest.pipeline import parse_text  # noqa: E402
from core.models import Document  # noqa: E402
from core.settings import BUNDLED_PLANS  # noqa: E402
from core.textnorm import fold, strip_diacritics  # noqa: E402

PROVINCES = [
    "Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Cần Thơ", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
    "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
    "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
    "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang", "Hải Dương",
]
SAMPLE_PROVINCES = ["Đồng Tháp", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Thái Nguyên"]
TOPICS = {
    "toi-pham-mua-ban-nguoi": "phòng, chống tội phạm và mua bán người",
    "mua-ban-nguoi": "phòng, chống mua bán người",
    "ma-tuy": "phòng, chống tội phạm về ma túy",
}
KIND_WORDS = (("purpose", ("muc dich", "muc tieu", "yeu cau")), ("tasks", ("nhiem vu", "giai phap", "noi dung")))
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
ROMAN_LINE_RE = re.compile(r"^(\s*(?:#{1,6}\s+)?[*_]*)([IVXL]{1,6})\.(\s)")
NUM_LINE_RE = re.compile(r"^(\s*(?:#{1,6}\s+)?[*_]*)(\d{1,2})((?:\.\d{1,2}){0,3}\.?\s)")
LEAD_LINE_RE = re.compile(r"^(\s*\+\s*Đơn vị chủ trì\s*:\s*)(.+?)(\.?\s*)$")


@dataclass
class Section:
    kind: str  # purpose | tasks | organisation
    heading: str  # the Roman heading line(s) and text before the first item
    items: list[str] = field(default_factory=list)  # top-level item blocks as written


@dataclass
class Template:
    name: str
    province: str
    header: str
    sections: list[Section]
    closing: str


def _kind(title: str) -> str:
    t = fold(title).lower()
    for kind, words in KIND_WORDS:
        if any(w in t for w in words):
            return kind
    return "organisation"


def _cut(doc: Document) -> Template:
    src = doc.source_text
    top = sorted((c for c in doc.clauses if c.level == 0 and c.kind == "section"), key=lambda c: c.span[0])
    body_end = max(c.span[1] for c in doc.clauses)
    nl = src.find("\n", body_end)
    body_end = len(src) if nl < 0 else nl + 1
    by_id = {c.id: c for c in doc.clauses}
    sections = []
    for i, sec in enumerate(top):
        end = top[i + 1].span[0] if i + 1 < len(top) else body_end
        kids = sorted((by_id[k] for k in sec.children), key=lambda c: c.span[0])
        kids = [k for k in kids if sec.span[0] < k.span[0] < end]
        first = kids[0].span[0] if kids else end
        items = [src[k.span[0]: (kids[j + 1].span[0] if j + 1 < len(kids) else end)] for j, k in enumerate(kids)]
        sections.append(Section(_kind(sec.title), src[sec.span[0]:first], items))
    return Template(doc.file_name, doc.meta.province, src[: top[0].span[0]], sections, src[body_end:])


def load_templates(plans_dir: Path = BUNDLED_PLANS) -> list[Template]:
    return [_cut(parse_text(p.read_text(encoding="utf-8"), p.name)) for p in sorted(plans_dir.glob("*.txt"))]


def lead_units(templates: list[Template]) -> list[str]:
    units: set[str] = set()
    for t in templates:
        for s in t.sections:
            for item in s.items:
                for line in item.split("\n"):
                    m = LEAD_LINE_RE.match(line)
                    if m and len(m.group(2)) < 80:
                        units.add(m.group(2).strip())
    return sorted(units)


def _renumber(block: str, new: int) -> str:
    """Give an item block a new top number, children "2.1." included ("2." -> "5.", "2.1." -> "5.1.")."""
    lines = block.split("\n")
    m = NUM_LINE_RE.match(lines[0])
    if not m:
        return block
    old = m.group(2)
    out = []
    for line in lines:
        mm = NUM_LINE_RE.match(line)
        if mm and mm.group(2) == old:
            line = f"{mm.group(1)}{new}{mm.group(3)}{line[mm.end():]}"
        out.append(line)
    return "\n".join(out)


def _set_roman(heading: str, numeral: str) -> str:
    lines = heading.split("\n")
    lines[0] = ROMAN_LINE_RE.sub(lambda m: f"{m.group(1)}{numeral}.{m.group(3)}", lines[0], count=1)
    return "\n".join(lines)


def _replace_provinces(text: str, province: str) -> str:
    for old in SAMPLE_PROVINCES:
        text = text.replace(old, province).replace(old.upper(), province.upper())
    return text


def _perturb_numbers(text: str, rng: random.Random, year: int) -> str:
    shift = year - 2026
    text = re.sub(r"\b(20(?:2[4-9]|3[0-5]))\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(r"(Số:\s*)(\d*)(\s*/)", lambda m: f"{m.group(1)}{rng.randint(1, 450)}{m.group(3)}", text, count=1)
    text = re.sub(r"\b(\d{1,2})(\s?%)", lambda m: f"{max(1, min(100, int(m.group(1)) + rng.randint(-5, 5)))}{m.group(2)}",
                  text)
    return text


def _swap_leads(text: str, rng: random.Random, units: list[str], p: float = 0.3) -> str:
    out = []
    for line in text.split("\n"):
        m = LEAD_LINE_RE.match(line)
        if m and rng.random() < p:
            line = f"{m.group(1)}{rng.choice(units)}{m.group(3)}"
        out.append(line)
    return "\n".join(out)


def generate_plan(i: int, templates: list[Template], units: list[str], seed: int) -> tuple[str, str]:
    """(file name, text) of plan number ``i``; the same (i, seed) always gives the same plan."""
    rng = random.Random(f"{seed}:{i}")
    base = rng.choice(templates)
    province = rng.choice(PROVINCES)
    year = rng.randint(2024, 2031)
    pools: dict[str, list[str]] = {}
    headings: dict[str, list[str]] = {}
    for t in templates:
        for s in t.sections:
            pools.setdefault(s.kind, []).extend(s.items)
            headings.setdefault(s.kind, []).append(s.heading)
    parts = [base.header]
    for n, sec in enumerate(base.sections):
        heading = _set_roman(rng.choice(headings[sec.kind]) if rng.random() < 0.5 else sec.heading, ROMANS[n])
        pool = pools[sec.kind]
        k = max(1, min(len(pool), len(sec.items) + rng.randint(-2, 2)))
        items = rng.sample(pool, k) if rng.random() < 0.7 else list(sec.items) or rng.sample(pool, k)
        parts.append(heading + "".join(_renumber(it if it.endswith("\n") else it + "\n\n", j + 1)
                                       for j, it in enumerate(items)))
    parts.append(base.closing)
    text = "".join(parts)
    text = _replace_provinces(text, province)
    text = _perturb_numbers(text, rng, year)
    text = _swap_leads(text, rng, units)
    issuer = base.name.split("_")[1]
    topic = base.name.rsplit("_", 1)[-1].removesuffix(".txt")
    slug = re.sub(r"[^a-z0-9]+", "-", strip_diacritics(province).lower()).strip("-")
    return f"{slug}_{issuer}_{year}_{topic}_{i:05d}.txt", text


def generate(out_dir: Path, n_plans: int, seed: int = 7) -> list[Path]:
    """Write plans 0..n_plans-1 into out_dir (existing identical files are kept); return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    templates = load_templates()
    units = lead_units(templates)
    paths = []
    for i in range(n_plans):
        name, text = generate_plan(i, templates, units, seed)
        path = out_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    paths = generate(args.out_dir, args.plans, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} plans, {size / 1e6:.1f} MB in {args.out_dir} ({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
