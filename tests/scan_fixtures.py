"""Build image-only "scanned" PDFs from sample plans at test time: serif text, 200 dpi, slight skew and noise."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image

from tests.fixtures_build import DEJAVU_DIR, PlanParagraph, _strip_marks

_HEADING = re.compile(r"^(#{1,6})\s*")

RUNNING_FOOTER = "Kế hoạch phòng, chống mua bán người (bản sao)"


def plan_lines(txt_path: Path) -> list[PlanParagraph]:
    """The lines of a plan as a typist would set them: one PlanParagraph per source line (markdown marks
    removed, headings kept as such), a blank line in the .txt ending a paragraph (an empty text)."""
    out: list[PlanParagraph] = []
    for block in re.split(r"\n\s*\n", Path(txt_path).read_text(encoding="utf-8")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for line in lines:
            heading = _HEADING.match(line)
            # emphasis marks are Markdown, not print: a scan shows none ("(*Công an tỉnh chủ trì*)")
            text = _strip_marks(line[heading.end():] if heading else line).replace("*", "").strip()
            if text:
                out.append(PlanParagraph(text=text, heading_level=len(heading.group(1)) if heading else 0))
        if lines and out and out[-1].text:
            out.append(PlanParagraph(text=""))
    return out


def _text_pdf(paragraphs: list[PlanParagraph]) -> tuple[FPDF, list[int]]:
    """A text PDF (DejaVu Serif 12 pt) with a page number on top of pages 2.. and a running footer on each
    page, and the page on which each paragraph ends."""

    class _Pdf(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("Serif", "", 11)
                self.cell(0, 8, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Serif", "", 9)
            self.cell(0, 6, RUNNING_FOOTER, align="C")

    pdf = _Pdf(format="A4")
    pdf.add_font("Serif", "", str(DEJAVU_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(DEJAVU_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    ends: list[int] = []
    for para in paragraphs:
        if para.text:
            pdf.set_font("Serif", "B" if para.heading_level else "", 12)
            pdf.multi_cell(0, 6.2, para.text, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(2.5)
        ends.append(pdf.page_no())
    return pdf, ends


def scanned_paragraphs(txt_path: Path, max_pages: int | None = None) -> list[PlanParagraph]:
    """The lines of ``txt_path`` that fit whole on the first ``max_pages`` pages (all when None)."""
    paragraphs = plan_lines(txt_path)
    if not max_pages:
        return paragraphs
    _, ends = _text_pdf(paragraphs)
    return [p for p, end in zip(paragraphs, ends) if end <= max_pages]


def _degrade(image: Image.Image, rng: random.Random, skew_degrees: float, noise: float) -> Image.Image:
    """Rotate by a slight angle, add grey-level noise and specks, as a flatbed scan does."""
    angle = rng.uniform(-skew_degrees, skew_degrees)
    image = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    seed = rng.randrange(2**31)
    gen = np.random.default_rng(seed)
    pixels = pixels + gen.normal(0.0, 12.0, pixels.shape)
    specks = gen.random(pixels.shape) < noise
    pixels[specks] = gen.uniform(0, 120, int(specks.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def build_scanned_pdf_from_plan(txt_path: Path, out_path: Path, dpi: int = 200, max_pages: int | None = None,
                                skew_degrees: float = 0.6, noise: float = 0.002, seed: int = 7) -> Path:
    """An image-only PDF of a plan: rendered at ``dpi``, skewed and noised page by page, no text layer.

    With ``max_pages`` only the paragraphs that fit whole on the first pages are kept (``scanned_paragraphs``)."""
    out_path = Path(out_path)
    pdf, _ = _text_pdf(scanned_paragraphs(txt_path, max_pages))
    rng = random.Random(seed)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    try:
        pages = [_degrade(document[i].render(scale=dpi / 72).to_pil(), rng, skew_degrees, noise)
                 for i in range(len(document))]
    finally:
        document.close()
    pages[0].save(str(out_path), "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return out_path
