"""Who acts after an opening event, whom a heading's body works with, the day a sentence sets, and a name cut inside its
"nơi" clause (stop 69):

- "Sau khi tổng hợp báo cáo của Công an cấp xã, Công an cấp tỉnh chủ động phối hợp ...": the unit after the opening
  event leads (roles.toml [case_opening]), as one after an opening time does ("Hằng năm, Sở Nội vụ ...");
- "Điều 13. Trách nhiệm phối hợp của Cơ quan thường trực với các Thành viên Hội đồng": the body after "của" is the
  heading's unit, not "... với các Thành viên Hội đồng";
- "... chỉ tiêu tuyển quân hằng năm ..., có văn bản đề xuất ... trước ngày 15 tháng 6 hàng năm": the day the sentence
  sets is its deadline, not a bare "hằng năm" said of something else;
- "Ủy ban nhân dân cấp xã nơi người chấp hành ... cư trú", cut by the verb "chấp hành", is "Ủy ban nhân dân cấp xã"
  (units.toml [place_clause]); "Ủy ban nhân dân cấp xã nơi thường trú" stays whole;
- "Cục Quản lý, giám sát tổ chức tín dụng có trách nhiệm:" is one office, its name running on past the comma to its
  duty;
- "Thành viên Ban kiểm soát phải có đủ các tiêu chuẩn, điều kiện sau đây:" lists criteria, not tasks (roles.toml
  [passive]); "Ban kiểm soát", "Ban giám sát" are boards, their verb part of the name;
- "bầu cử" is an election, its "cử" no verb ending a name: "Ban bầu cử có các nhiệm vụ, quyền hạn sau đây:", "Tổ bầu
  cử" (units.toml [name_continuation] after).
"""

from __future__ import annotations

from ingest.responsibilities import extract_deadline, heading_units
from ingest.units import clean_unit
from ingest.units import unit_phrase_at
from tests.conftest import REPO, SHARED_REAL, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"


def test_the_unit_after_an_opening_event_leads():
    doc = parse_file(VBPL / "tt-101-2025.html")
    first = clause_at(doc, "TT.Điều 5.1.a")
    assert first.responsibility.lead == ["Công an tỉnh, thành phố (gọi chung là Công an cấp tỉnh)"], first.responsibility
    assert first.responsibility.implementers == ["Công an xã, phường, đặc khu (gọi chung là Công an cấp xã)"]
    third = clause_at(doc, "TT.Điều 5.1.c")
    assert third.text.startswith("c) Sau khi tổng hợp báo cáo của Công an cấp xã, Công an cấp tỉnh")
    assert third.responsibility.lead == ["Công an cấp tỉnh"], third.responsibility


def test_the_day_a_sentence_sets_goes_before_a_bare_recurrence():
    third = clause_at(parse_file(VBPL / "tt-101-2025.html"), "TT.Điều 5.1.c")
    assert third.responsibility.deadline == "trước ngày 15 tháng 6 hàng năm"
    # the day in brackets after "hằng năm" is quoted with its clause; the deadline stays as written: "Các Sở, ngành, địa
    # phương định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo ..." (KH Chỉ thị 11 Lào Cai V.1, tuning half)
    plan = parse_file(SHARED_REAL / "office" / "lao-cai_kh-ubnd_trien-khai-chi-thi-11-quan-ly-khoang-san.docx")
    assert clause_at(plan, "V.1").responsibility.deadline == "hàng năm"
    # a monthly report keeps its recurrence, and a case's dated words set no deadline
    assert extract_deadline("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm"
                            ) == "hàng tháng"  # words of eval/external/docs/b7 (KH of Sở Công Thương, V.1)
    nd158 = parse_file(SHARED_REAL / "web" / "chinh-phu_158-2025-nd-cp.md")
    assert clause_at(nd158, "Điều 33.1").responsibility.deadline == "hằng tháng"


def test_a_heading_names_its_body_not_whom_it_works_with():
    doc = parse_file(VBPL / "nd-294-2025.html")
    assert clause_at(doc, "Điều 13.2").responsibility.lead == ["Cơ quan thường trực"]
    assert "Cơ quan thường trực" in " ".join(clause_at(doc, "Điều 13.2").heading_trail)
    assert heading_units("Quan hệ công tác giữa Hội đồng với Cơ quan thường trực") is None  # Điều 12: no duty heading


def test_a_body_named_by_its_place_clause_runs_to_its_duty():
    doc = parse_file(VBPL / "nd-333-2025.html")
    # "1. Ủy ban nhân dân cấp xã nơi người chấp hành biện pháp ... tại cộng đồng cư trú có nhiệm vụ, quyền hạn:" (Điều 5.1):
    # the verb inside the "nơi" clause ("chấp hành") does not cut the name before its duty (stop 70; NĐ 331/2025 Điều
    # 6.7 of blind set b86-08 reads so too)
    assert clause_at(doc, "Điều 5.1.b").responsibility.lead == [
        "Ủy ban nhân dân cấp xã nơi người chấp hành biện pháp xử lý chuyển hướng tại cộng đồng cư trú"]
    # with no duty after it, a name cut inside its "nơi" clause ends before "nơi"
    assert clean_unit("Ủy ban nhân dân cấp xã nơi người") == "Ủy ban nhân dân cấp xã"
    # whole "nơi" clauses stay (NĐ 158/2025 and Quyết định 170/2025 of the tuning half write "nơi thường trú", "nơi đến")
    assert clean_unit("Ủy ban nhân dân cấp xã nơi thường trú") == "Ủy ban nhân dân cấp xã nơi thường trú"
    assert clean_unit("Cơ quan nơi đến") == "Cơ quan nơi đến"


def test_an_election_body_keeps_its_name():
    law = parse_file(REPO / "tests" / "data" / "bau-cu-2026" / "qh_83-2025.htm")
    assert clause_at(law, "Điều 1.7.Điều 24.3").responsibility.lead == ["Ban bầu cử"]  # "Ban bầu cử có các nhiệm vụ, ...:"
    assert clause_at(law, "Điều 1.7.Điều 24.3.a").responsibility.lead == ["Ban bầu cử"]
    assert unit_phrase_at("Tổ bầu cử đã tiến hành kiểm kê")[0] == "Tổ bầu cử"  # NQ 40/2025/UBTVQH15's minutes
    assert unit_phrase_at("Ủy ban nhân dân tỉnh cử cán bộ tham gia")[0] == "Ủy ban nhân dân tỉnh"  # "cử" still sends


def test_an_offices_name_runs_past_its_comma_to_its_duty():
    doc = parse_file(VBPL / "tt-54-2025.html")
    assert clause_at(doc, "Điều 30.1").responsibility.lead == ["Cục Quản lý, giám sát tổ chức tín dụng"]
    assert clause_at(doc, "Điều 30.1.b").responsibility.lead == ["Cục Quản lý, giám sát tổ chức tín dụng"]
    assert unit_phrase_at("Cục Thuế, kiểm tra việc thực hiện")[0] == "Cục Thuế"  # a comma then a task: no name


def test_criteria_a_person_must_meet_are_no_tasks():
    doc = parse_file(VBPL / "tt-54-2025.html")
    for path in ("Điều 15.3", "Điều 16.2", "Điều 17.4"):  # "Có đạo đức nghề nghiệp.", "Có trình độ từ đại học ..."
        assert not clause_at(doc, path).is_task, path
    assert clause_at(doc, "Điều 16.4").responsibility.lead == ["Trưởng Ban kiểm soát"]  # a duty of its own, its board
    # a tuning-half decree: "1. Người trúng tuyển trong kỳ xét tuyển công chức phải có đủ các điều kiện sau:"
    decree = parse_file(SHARED_REAL / "web" / "chinh-phu_170-2025-nd-cp.md")
    assert not clause_at(decree, "Điều 12.1").is_task and not clause_at(decree, "Điều 12.1.a").is_task
