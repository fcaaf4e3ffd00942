"""A ward's plan as a signed PDF (tests/data/ward-plan, blind set b71): unit headings on lines of their own over the
tasks they lead, an office serving two councils, the annex table's abbreviated units."""

from __future__ import annotations

import pytest

from core.units import unit_key
from tests.conftest import REPO, clause_at, parse_file

PLAN = REPO / "tests" / "data" / "ward-plan" / "phong-chau_kh-155-2026_du-lieu-dat-dai.pdf"


@pytest.fixture(scope="module")
def plan():
    return parse_file(PLAN)


@pytest.mark.parametrize("heading, unit, task, role", [
    # "3. Phòng Nông nghiệp và Môi trường" / "Là cơ quan thường trực tham mưu UBND phường ...": before, one paragraph
    # "3. Phòng Nông nghiệp và Môi trường Là cơ quan ..." with no lead at all
    ("VI.3", "Phòng Nông nghiệp và Môi trường", "Là cơ quan thường trực tham mưu UBND phường", "lead"),
    ("VI.6", "Phòng Văn hóa - Xã hội", "Chủ trì tham mưu thực hiện công tác tuyên truyền", "lead"),
    # a heading wrapped over two lines, its tasks on the third: before, the lead "các tổ chức chính trị - xã hội Tăng
    # cường công tác"
    ("VI.11", "các tổ chức chính trị - xã hội", "Tăng cường công tác tuyên truyền, vận động", "lead"),
    # "4. Văn phòng HĐND và UBND" / "Phối hợp tham mưu ...": the office partners; before, "Văn phòng HĐND" and "UBND"
    ("VI.4", "Văn phòng HĐND và UBND", "Phối hợp tham mưu UBND phường ban hành", "partners"),
])
def test_a_unit_heading_on_its_own_line_holds_the_tasks_below_it(plan, heading, unit, task, role):
    head = clause_at(plan, heading)
    assert unit in head.responsibility.lead, head.responsibility.lead
    first = clause_at(plan, f"{heading}.1")
    assert first.text.startswith(task), first.text[:80]
    assert unit in getattr(first.responsibility, role), first.responsibility


def test_the_office_of_the_two_councils_is_one_unit_in_the_annex(plan):
    # Phụ lục 1, row 1: "Phối hợp: Phó Chủ tịch UBND phụ trách; Phòng NN&MT; Văn phòng HĐND và UBND"
    row = clause_at(plan, "PL.1")
    assert row.responsibility.lead == ["Chủ tịch UBND phường"]
    assert row.responsibility.partners == ["Phó Chủ tịch UBND phụ trách", "Phòng NN&MT", "Văn phòng HĐND và UBND"]
    assert row.responsibility.deadline == "Tháng 7/2026"


def test_the_annex_abbreviations_name_the_units_written_in_full():
    # "Chi nhánh VPĐKĐĐ" of the annex is the "Chi nhánh Văn phòng Đăng ký đất đai Phú Thọ" of section VI
    assert unit_key("Chi nhánh VPĐKĐĐ") in unit_key("Chi nhánh Văn phòng Đăng ký đất đai Phú Thọ")
    assert unit_key("Trung tâm PVHCC") == unit_key("Trung tâm Phục vụ hành chính công") == unit_key("TTPVHCC")


def test_only_an_office_of_two_councils_holds_its_and():
    from ingest.units import split_units

    assert split_units("Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ") == ["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Nội vụ"]
    assert split_units("Văn phòng UBND tỉnh và Sở Tư pháp") == ["Văn phòng UBND tỉnh", "Sở Tư pháp"]
    assert split_units("Văn phòng Tỉnh ủy và Văn phòng UBND tỉnh") == ["Văn phòng Tỉnh ủy", "Văn phòng UBND tỉnh"]
