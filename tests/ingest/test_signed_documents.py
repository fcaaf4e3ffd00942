"""Documents as provincial e-office systems sign them, and other headers of 2026 texts (tests/data/signed-pdf,
tests/data/so-cong-thuong-lao-cai): the number and day an e-signature stamps as form fields over the header's blanks
(ingest/readers/pdf_stamps.py), an issuer's name that signs the appendices at their foot (no running header), a
school under its department, the Official Gazette's running header before a circular's number, a number written "16
/2026/QĐ-UBND", an article's name past its colon, the partners of a labelled item (blind sets b72-b73)."""

from __future__ import annotations

import pytest

from core.dates import parse_deadline
from core.models import DeadlineKind
from ingest.readers.pdf_stamps import fill_stamped_blanks
from tests.conftest import REPO, parse_file

SIGNED = REPO / "tests" / "data" / "signed-pdf"
LAO_CAI = REPO / "tests" / "data" / "so-cong-thuong-lao-cai"
PLANS_REAL = REPO.parent / "shared" / "plans-real"


@pytest.mark.parametrize("path, number, date", [
    (SIGNED / "kh-362-2026.pdf", "362/KH-SGDĐT", "2026-04-14"),
    (LAO_CAI / "1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi_trang-1.pdf", "1178/ĐCK-CTT", "2025-07-09"),
    (LAO_CAI / "1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026_trang-1.pdf", "1629/SCT-CN", "2026-03-27"),
    # plans-real, tuning half: the decision's number was stamped too
    (PLANS_REAL / "office" / "lao-cai_1696-qd-ubnd_uy-quyen.pdf", "1696/QĐ-UBND", None),
])
def test_the_stamped_number_and_day_are_read(path, number, date):
    meta = parse_file(path).meta
    assert meta.number == number
    if date:
        assert meta.date == date


def test_stamps_fill_the_blanks_in_order():
    # TB 453/TB-UBND Hà Nội of 29/4/2026 (blind set b73): four stamps, four blanks over two lines
    head = "Số:            /TB-UBND\n\nHà Nội, ngày        tháng      năm\n\nTHÔNG BÁO"
    assert fill_stamped_blanks(head, ["453", "29", "4", "2026"]) == \
        "Số: 453/TB-UBND\n\nHà Nội, ngày 29 tháng 4 năm 2026\n\nTHÔNG BÁO"
    # QĐ 63/2025/QĐ-CTUBND Phú Thọ: the number's stamp only, the date typed
    head = "Số:    /2025/QĐ-CTUBND Phú Thọ, ngày 17 tháng 10 năm 2025"
    assert fill_stamped_blanks(head, ["63"]) == "Số: 63/2025/QĐ-CTUBND Phú Thọ, ngày 17 tháng 10 năm 2025"
    # no stamp, no blank filled; a typed header is left alone
    assert fill_stamped_blanks(head, []) == head
    typed = "Số: 52/2026/TT-BTC Hà Nội, ngày 14 tháng 5 năm 2026"
    assert fill_stamped_blanks(typed, ["7", "8"]) == typed


def test_the_issuer_signing_the_appendices_is_no_running_header():
    # "SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "UBND TỈNH ĐỒNG THÁP" on page 1, and at the foot of Phụ lục I and II
    assert parse_file(SIGNED / "kh-362-2026.pdf").meta.issuer == "Sở Giáo dục và Đào tạo Đồng Tháp"


def test_a_school_under_its_department_issues_its_plan():
    meta = parse_file(SIGNED / "kh-58-2026.docx").meta
    assert meta.number == "58/KH-THPTCL2"
    assert meta.issuer.startswith("Trường THPT Cao Lãnh 2")


def test_a_gazette_copy_keeps_the_circulars_number_and_its_labelled_duties():
    doc = parse_file(SIGNED / "tt-52-2026.txt")
    assert doc.meta.number == "52/2026/TT-BTC"  # not "287/Ng" from "CÔNG BÁO/Số 287/Ngày 27-05-2026"
    clauses = {c.path: c for c in doc.clauses}
    assert clauses["Điều 4"].title == "Nội dung tiêu chí số 3.1: Tốc độ tăng thu nhập bình quân đầu người"
    duty = clauses["Điều 4.2"].responsibility
    assert duty.lead == ["Ủy ban nhân dân cấp tỉnh"]
    assert "Thống kê tỉnh, thành phố" in duty.partners and "Ủy ban nhân dân cấp xã" in duty.partners


@pytest.mark.parametrize("text, kind, start, end", [
    ("12/2026", DeadlineKind.MONTH, "2026-12-01", "2026-12-31"),  # NQ 03/NQ-CP of 2025, Phụ lục II
    ("2/2025", DeadlineKind.MONTH, "2025-02-01", "2025-02-28"),
    ("Quý 4/2026", DeadlineKind.QUARTER, "2026-10-01", "2026-12-31"),  # a quarter stays one
])
def test_a_month_and_year_alone_is_a_deadline(text, kind, start, end):
    due = parse_deadline(text)
    assert due is not None and (due.kind, due.start, due.end) == (kind, start, end)
    assert parse_deadline("Nghị quyết số 12/2026/NQ-HĐND") is None  # a number's part is no month


@pytest.mark.parametrize("line, number", [
    ("Số: 16 /2026/QĐ-UBND                   Lào Cai, ngày 25 tháng 02 năm 2026", "16/2026/QĐ-UBND"),  # QĐ 16/2026 Lào Cai
    ("Số: 362 /KH-SGDĐT", "362/KH-SGDĐT"),
    ("Số:         /KH-SGDĐT Đồng Tháp, ngày       tháng 4 năm 2026", "/KH-SGDĐT"),  # left blank
])
def test_a_number_with_spaces_around_its_slash(line, number):
    from ingest.metadata import _NUMBER_RE, _number_of

    assert _number_of(_NUMBER_RE.search(line)) == number
    assert _NUMBER_RE.search("CÔNG BÁO/Số 287/Ngày 27-05-2026") is None  # the Gazette's running header
