"""The same plan as .txt, .docx and .pdf ingests to the same clause tree; appendix tables become task clauses."""

from __future__ import annotations

import pytest

from conftest import SHARED_EXTRA, plan_path
from fixtures_build import ASSIGNMENT_ROWS, build_docx_from_plan, build_docx_with_assignment_table, build_pdf_from_plan
from ingest.pipeline import ingest_file
from core.settings import load_settings
from core.units import unit_key


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("formats"))


def _tree(doc):
    return [(c.path, unit_key(" ".join(c.responsibility.lead)), unit_key(" ".join(c.responsibility.partners)),
             c.responsibility.deadline) for c in doc.clauses if c.kind != "preamble"]


@pytest.mark.parametrize("prefix", ["hai-phong", "thai-nguyen", "ha-tinh"])
def test_docx_made_from_a_plan_parses_like_its_txt(prefix, settings, tmp_path):
    txt = plan_path(prefix)
    docx_path = build_docx_from_plan(txt, tmp_path / f"{prefix}.docx", word_numbering=True)
    from_txt, _ = ingest_file(txt, settings)
    from_docx, _ = ingest_file(docx_path, settings)
    assert from_docx.source_format == "docx"
    assert _tree(from_docx) == _tree(from_txt)


@pytest.mark.parametrize("prefix", ["hai-phong", "thai-nguyen"])
def test_pdf_made_from_a_plan_parses_like_its_txt(prefix, settings, tmp_path):
    txt = plan_path(prefix)
    pdf = build_pdf_from_plan(txt, tmp_path / f"{prefix}.pdf")
    from_txt, _ = ingest_file(txt, settings)
    from_pdf, _ = ingest_file(pdf, settings)
    assert from_pdf.source_format == "pdf"
    tasks_txt = [t for t in _tree(from_txt) if t[1] or t[2]]
    tasks_pdf = [t for t in _tree(from_pdf) if t[1] or t[2]]
    assert tasks_pdf == tasks_txt


def test_docx_assignment_table_rows_become_task_clauses(settings, tmp_path):
    doc, chunks = ingest_file(build_docx_with_assignment_table(tmp_path / "phan-cong.docx"), settings)
    rows = [c for c in doc.clauses if c.kind == "table_row"]
    assert len(rows) == len(ASSIGNMENT_ROWS)
    for clause, (stt, task, lead, partners, deadline) in zip(rows, ASSIGNMENT_ROWS):
        assert clause.path.endswith(f".{stt}")
        assert clause.title == task
        assert clause.responsibility.lead == [lead]
        assert {unit_key(p) for p in clause.responsibility.partners} == {unit_key(p) for p in partners.split(";")}
        assert clause.responsibility.deadline == deadline
    assert {c.id for c in rows} <= {cid for ch in chunks for cid in ch.clause_ids}
    assert doc.meta.number == "25/KH-UBND"


def test_real_bac_ninh_docx_appendix_gives_lead_units(settings):
    path = SHARED_EXTRA / "bac-ninh_ubnd_144_2025_kinh-te-so-xa-hoi-so.docx"
    assert path.exists(), f"missing {path} (CI clones the repo with ../shared beside it)"
    doc, _ = ingest_file(path, settings)
    rows = [c for c in doc.clauses if c.kind == "table_row"]
    assert len(rows) >= 15
    first = next(c for c in rows if c.title.startswith("Kinh tế số chiếm 45% GRDP"))
    assert first.responsibility.lead == ["Sở Tài chính"]
    assert doc.meta.number == "144/KH-UBND"


def test_real_ca_mau_pdf_ingests(settings):
    path = SHARED_EXTRA / "ca-mau_ubnd_0204_2025_tai-chinh-ngan-sach.pdf"
    doc, chunks = ingest_file(path, settings)
    assert doc.meta.number == "0204/KH-UBND"
    assert doc.meta.province == "Cà Mau"
    assert len(doc.clauses) >= 20 and chunks
