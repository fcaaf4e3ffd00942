"""Lists annexed to a ministry's decision as the Official Gazette prints them (tests/data/cong-bao, pages copied with
pypdf): QĐ 135/QĐ-BLĐTBXH (2024), whose list of expired texts is a landscape table set sideways on upright pages, and
QĐ 225/QĐ-BLĐTBXH (2024), whose list opens with a letterhead of its own. Before parser v108 the layout re-read (set off
by the running header's "S ố") kept only each table page's header, the ruled-table reader turned the sideways cells
into reversed words ("gnởưrt"), the running header "CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024 73", printed after the page
number, stayed in the text, and the lists, printed after the signature with no recipients' block, were items of the
decision's last article and took its lead (blind set b37: "NĐ 63/2015 ... hết hiệu lực từ ngày nào?")."""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from core.settings import load_settings
from ingest.readers.pdf_reader import read_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "cong-bao"
QD_135 = DATA / "quyet-dinh-so-135-qd-bldtbxh-41357_trang-1-4.pdf"
QD_225 = DATA / "quyet-dinh-so-225-qd-bldtbxh-41601_trang-1-5.pdf"
NQ_19 = DATA / "nghi-quyet-so-19-2026-nq-cp-469466_trang-1-5.pdf"


@pytest.fixture(scope="module")
def qd135(tmp_path_factory):
    return parse_file(QD_135, load_settings(data_dir=tmp_path_factory.mktemp("qd135")))


@pytest.fixture(scope="module")
def qd225(tmp_path_factory):
    return parse_file(QD_225, load_settings(data_dir=tmp_path_factory.mktemp("qd225")))


def test_a_sideways_table_is_read_row_after_row_right_way_round() -> None:
    text = " ".join(read_pdf(QD_135, 50_000_000).text.split())
    assert "Được thay thế bởi Thông tư số 05/2023/TT- BLĐTBXH ngày 15/6/2023" in text
    assert "Nghị định số 63/2015/NĐ-CP ngày 22/7/2015" in text
    assert "gnởưrt" not in text and "3202/" not in text  # no reversed cells
    assert "CÔNG BÁO/Số 377 + 378" not in text  # the running header, after the page number, goes too


def test_the_list_after_the_signature_is_no_item_of_the_last_article(qd135) -> None:
    rows = [c for c in qd135.clauses if "Nghị định số 63/2015/NĐ-CP" in c.text]
    assert rows and all(not c.path.startswith("Điều") for c in rows), [(c.path, c.text[:60]) for c in rows]
    assert all(not c.responsibility.lead for c in rows)
    last = next(c for c in qd135.clauses if c.path == "Điều 3")
    assert last.responsibility.lead[0].startswith("Thủ trưởng các đơn vị thuộc Bộ")
    assert not any(c.path.startswith("Điều 3.") and "DANH MỤC" in c.text for c in qd135.clauses)
    assert not any(c.path.startswith("Điều 3.") for c in qd135.clauses)  # "THỨ TRƯỞNG", "Nguyễn Bá Hoan" were items


def test_a_letterhead_after_the_signature_opens_the_annexed_list(qd225) -> None:
    listed = [c for c in qd225.clauses if "Luật giáo dục nghề nghiệp" in c.text]
    assert listed and all(not c.path.startswith("Điều") for c in listed), [(c.path, c.text[:60]) for c in listed]
    assert all(not c.responsibility.lead for c in listed)
    lead = next(c for c in qd225.clauses if c.path == "Điều 2.1").responsibility.lead
    assert lead == ["Vụ Pháp chế"]


def test_a_signature_with_no_recipients_block_is_no_words_of_the_last_item(tmp_path) -> None:
    """The Official Gazette prints no "Nơi nhận": "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / <name>" came right
    after the last article's last item and was quoted as its words (NQ 19/2026/NQ-CP); in QĐ 135/QĐ-BLĐTBXH the office
    and the name had become items of Điều 3."""
    doc = parse_file(NQ_19, load_settings(data_dir=tmp_path))
    last = next(c for c in doc.clauses if c.path == "Điều 8.6")
    assert last.text.rstrip().endswith("theo quy định của pháp luật về ban hành văn bản quy phạm pháp luật.")
    assert "THỦ TƯỚNG" not in last.text and "TM. CHÍNH PHỦ" not in last.text
    assert next(c for c in doc.clauses if c.path.startswith("PL")).text.startswith("Phụ lục I")
