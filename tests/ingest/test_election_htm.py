"""Word-saved .htm documents on the 2026 elections (tests/data/bau-cu-2026, blind set b45): a "PHỤ BIỂU" is an appendix
of its own, a deadline gives the hour before the day, a law's or resolution's header cell gives its number after its
kind ("Nghị quyết số: ..."), and the Standing Committee's resolution dated in Hà Nội is no document of Hà Nội's.
Also, from the department's letter of b43 (an excerpt of its real text): an item its heading's unit leads ("Chủ trì,
...") stays that unit's when it names another's inspections further on ("... do Sở Công Thương hoặc Công an tỉnh chủ
trì")."""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import load_settings
from ingest.responsibilities import extract_deadline, extract_from_text
from tests.conftest import REPO

ELECTIONS = REPO / "tests" / "data" / "bau-cu-2026"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return load_settings(data_dir=tmp_path_factory.mktemp("data"))


def _clause(doc, path: str):
    return next(c for c in doc.clauses if c.path == path)


@pytest.fixture(scope="module")
def guidance(settings):
    return parse_file(ELECTIONS / "luong-minh_hd-gioi-thieu-nguoi-ung-cu-hdnd-xa.htm", settings)


def test_a_phu_bieu_is_an_appendix_of_its_own(guidance):
    last_step = _clause(guidance, "PL.Phần 2.3")
    assert "PHỤ BIỂU" not in last_step.text  # the table of quotas no longer runs on in the last step
    assert any(c.path == "PL 2" and c.text.startswith("PHỤ BIỂU") for c in guidance.clauses)


def test_the_hour_before_the_day_is_the_deadline(guidance):
    assert _clause(guidance, "PL.Phần 2.1").responsibility.deadline == "chậm nhất 17 giờ 00 ngày 25/01/2026"
    assert extract_deadline("Bắt đầu từ ngày 15/12/2025 và kết thúc vào 17 giờ 00 ngày 01/02/2026.") == \
        "kết thúc vào 17 giờ 00 ngày 01/02/2026"
    assert extract_deadline("trước 10 giờ sáng ngày làm việc tiếp theo") == ""  # no day: not this kind


def test_the_number_after_the_kind_in_the_header_cell(settings):
    nq = parse_file(ELECTIONS / "ubtvqh_101-2025.htm", settings)
    assert nq.meta.number == "101/2025/UBTVQH15"
    assert nq.meta.issuer == "Ủy ban thường vụ Quốc hội" and nq.meta.province == ""  # "Hà Nội, ngày 26 tháng 9 ..."
    law = parse_file(ELECTIONS / "qh_83-2025.htm", settings)
    assert law.meta.number == "83/2025/QH15"


def test_an_item_its_heading_unit_leads_keeps_it():
    # "3. Sở Nội vụ / ... b) Chủ trì, ..." (Công văn .../UBND-KT of UBND tỉnh Lào Cai on explosives, 2026, 3.b)
    item = ("Chủ trì, nâng cao chất lượng tổ chức huấn luyện, tập huấn an toàn, vệ sinh lao động cho người sử dụng lao "
            "động và người lao động làm việc trực tiếp liên quan đến VLNCN, TCTN; Phối hợp tham gia kiểm tra liên ngành "
            "định kỳ, đột xuất về an toàn, vệ sinh lao động trong hoạt động VLNCN, TCTN do Sở Công Thương hoặc Công an "
            "tỉnh chủ trì.")
    assert extract_from_text(item, ["Sở Nội vụ"]).lead == ["Sở Nội vụ"]
    # a sentence with no heading's unit above it still names the agent after "do" (plans-real/web/vb_cd24d493.md,
    # tuning half)
    assert extract_from_text("Việc phản biện bộ đề kiểm tra do Ban ra đề thực hiện.").implementers == ["Ban ra đề"]
