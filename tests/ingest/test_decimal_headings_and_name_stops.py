"""Stop 81's parse rules, on documents of the blind sets b131, b133 and b137 (tests/data/blind-docs, read after their first
runs):

- a Word file whose main part compresses well (NĐ 212/2026/NĐ-CP, 0.3 MB expanding to 1.3 MB) is read, not refused as a
  zip bomb: the bytes read past the end of a member's deflate stream are counted once;
- a decimal heading that numbers its own items afresh ("4.1.1. Tỷ lệ học sinh đi học phổ thông" / "1. Khái niệm ..." ...
  "5. Cơ quan chịu trách nhiệm thu thập, tổng hợp / - Chủ trì: Bộ Giáo dục và Đào tạo") holds those items, and the next
  heading numbered like it is its sibling, not an item of the "5." before it;
- a clause of time or condition ("sau khi", "khi", "nếu") ends a unit's name: "thì Ủy ban bầu cử sau khi thống nhất với
  ..." is led by "Ủy ban bầu cử"; nor does a name end with a modal ("không", "đã", "được", "phải");
- an office, a colon and the person holding it before a dash ("2. Phó Hiệu trưởng: Ông Nguyễn Văn Thành – Giám sát ...")
  lead as that person in that office;
- a cited text's number with an ampersand in its symbol ("Văn bản số 2833/CNTY-KD&TYCĐ ngày 31/7/2026") dates that text,
  not a deadline.
"""

from __future__ import annotations

import re

from api import parse_file
from assistant.answer.default import _without_cited_dates
from core.settings import Settings
from ingest.labels import label_of
from ingest.pipeline import parse_text
from ingest.readers import read_file
from ingest.responsibilities import extract_deadline, extract_from_text
from ingest.units import unit_phrase_at
from tests.conftest import REPO

BLIND = REPO / "tests" / "data" / "blind-docs"


def test_a_well_compressed_word_file_is_read():
    # b133: NĐ 212/2026/NĐ-CP as the Government's portal gives it (word/document.xml: 71,577 bytes -> 1,281,113 bytes)
    path = BLIND / "nd-212-2026-cp-nang-luc-xay-dung.docx"
    text = read_file(path, max_bytes=Settings().max_file_mb * 1024 * 1024).text
    assert "Bộ Khoa học và Công nghệ" in text and len(text) > 150_000
    doc = parse_file(path, Settings())
    assert doc.meta.number == "212/2026/NĐ-CP"


def _indicators():
    return parse_file(BLIND / "tt-02-2025-bkhdt-chi-tieu-pttbv.txt", Settings())


def test_a_decimal_heading_holds_the_items_it_numbers_afresh():
    # b133-02: TT 02/2025/TT-BKHĐT Phụ lục II, indicator 4.1.1, whose fifth item names who collects it
    doc = _indicators()
    by_id = {c.id: c for c in doc.clauses}
    heading = next(c for c in doc.clauses if c.text == "4.1.1. Tỷ lệ học sinh đi học phổ thông")
    items = [c for c in doc.clauses if c.parent_id == heading.id]
    assert [c.text.split(".", 1)[0] for c in items] == ["1", "2", "3", "4", "5"]
    collects = items[-1]
    assert collects.text.startswith("5. Cơ quan chịu trách nhiệm thu thập, tổng hợp")
    assert collects.responsibility.lead == ["Bộ Giáo dục và Đào tạo"]
    assert collects.responsibility.partners == ["Bộ Kế hoạch và Đầu tư (Tổng cục Thống kê)"]
    # the next indicator is the heading's sibling, not an item of its "5."
    following = next(c for c in doc.clauses if c.text.startswith("4.1.2. Tỷ lệ học sinh hoàn thành"))
    assert following.parent_id == heading.parent_id
    # ... and one coded with a letter ("5.3.1.a. Tỷ lệ tảo hôn") is read as a heading too, holding its own items
    child_marriage = next(c for c in doc.clauses if c.text.startswith("5.3.1.a. Tỷ lệ tảo hôn"))
    assert by_id[child_marriage.parent_id].label != "4."
    partners = [c for c in doc.clauses if c.parent_id == child_marriage.id and c.text.startswith("5. Cơ quan")]
    assert partners and partners[0].responsibility.partners == ["Ủy ban Dân tộc"]
    # none of the 52 indicators of Phụ lục II read as headings sits under an item of the one before, even where that
    # item's number opens its own ("4. Nguồn số liệu" before "4.2.2. Tỷ lệ huy động trẻ em 05 tuổi ...")
    headings = [c for c in doc.clauses if re.match(r"\d+\.\d+\.\d+(?:\.[a-z])?\. ", c.text)]
    assert len(headings) >= 50
    assert not [c.text[:40] for c in headings if re.match(r"\d+\. ", by_id[c.parent_id].text)]


def test_a_letter_coded_decimal_is_a_label():
    label = label_of("1.3.1.a. Tỷ lệ người lao động tham gia bảo hiểm xã hội")
    assert label is not None and label.kind == "num" and label.text == "1.3.1.a."
    assert label_of("2.3.b) x") is None  # not a decimal


def test_a_clause_of_time_ends_a_units_name():
    # b131-20: NQ 115/NQ-HĐBCQG of 2026 Điều 2.2 "... thì Ủy ban bầu cử sau khi thống nhất với Ban Thường trực Ủy ban Mặt
    # trận Tổ quốc Việt Nam cùng cấp quyết định ..."
    doc = parse_file(BLIND / "nq-115-2026-hdbcqg-khuyet-ung-cu.txt", Settings())
    clause = next(c for c in doc.clauses if c.path == "Điều 2.2")
    assert clause.responsibility.lead == ["Ủy ban bầu cử"]
    assert unit_phrase_at("Ủy ban nhân dân cấp tỉnh sau khi nhận được quyết định khen thưởng")[0] == \
        "Ủy ban nhân dân cấp tỉnh"
    # a modal after a name is not the name's: "Văn phòng đăng ký đất đai không ..." (QĐ 95/2025/QĐ-UBND Nghệ An, plans-real)
    assert unit_phrase_at("Văn phòng đăng ký đất đai không thực hiện việc cập nhật")[0] == "Văn phòng đăng ký đất đai"
    assert unit_phrase_at("Cơ quan nhà nước có thẩm quyền đã ban hành văn bản")[0] == "Cơ quan nhà nước có thẩm quyền"
    assert unit_phrase_at("Cảng vụ hàng không kiểm tra việc chấp hành")[0] == "Cảng vụ hàng không"
    # (a place clause keeps its "trước khi": NĐ 343/2025/NĐ-CP Điều 8.1.2, blind set b87)
    sentence = ("Trường hợp sĩ quan Quân đội nghỉ hưu thay đổi nơi thường trú, trong thời gian 02 ngày làm việc kể từ ngày "
                "nhận được đơn đề nghị, Ủy ban nhân dân cấp xã nơi đối tượng thường trú trước khi thay đổi có trách nhiệm "
                "gửi Giấy giới thiệu đến Ủy ban nhân dân cấp xã nơi đối tượng chuyển đến.")
    assert extract_from_text(sentence).lead == ["Ủy ban nhân dân cấp xã nơi đối tượng thường trú trước khi thay đổi"]


def test_a_cited_number_with_an_ampersand_dates_that_text():
    # b130-28: a letter of Sở NN&MT Gia Lai, 8/2026, opening "... thực hiện Văn bản số 2833/CNTY-KD&TYCĐ ngày 31/7/2026
    # của Cục Chăn nuôi và Thú y, Sở Nông nghiệp và Môi trường đề nghị UBND các xã, phường ..."
    sentence = "thực hiện Văn bản số 2833/CNTY-KD&TYCĐ ngày 31/7/2026 của Cục Chăn nuôi và Thú y, Sở đề nghị"
    assert "31/7/2026" not in _without_cited_dates(sentence)
    assert extract_deadline("Báo cáo kết quả theo Văn bản số 2833/CNTY-KD&TYCĐ ngày 31/7/2026 của Cục Chăn nuôi và "
                            "Thú y.") == ""


def test_an_office_and_the_person_holding_it():
    # b137-01/02: a school's plan for its start-up contest (THPT Phước Bửu, TP.HCM, 11/2025), "VII. PHÂN CÔNG TRÁCH NHIỆM"
    text = ("KẾ HOẠCH\nTổ chức cuộc thi “Học sinh với ý tưởng khởi nghiệp” cấp trường\n\n"
            "VII. PHÂN CÔNG TRÁCH NHIỆM\n\n"
            "2. Phó Hiệu trưởng: Ông Nguyễn Văn Thành – Giám sát lịch trình, KPI (mỗi khối ≥01 đề án), chịu trách nhiệm "
            "chính về cuộc thi.\n\n"
            "3. Bí thư Đoàn trường: Cù Huy Hoàng – Tuyên truyền, loa phát thanh, Fanpage, workshop.\n\n"
            "4. Ban Thuyền thông: Hỗ trợ video, Zalo OA, link đăng ký.\n")
    doc = parse_text(text, "kh-startup.txt", "txt", "", {})
    leads = {c.path: c.responsibility.lead for c in doc.clauses}
    assert leads["VII.2"] == ["Phó Hiệu trưởng Nguyễn Văn Thành"]
    assert leads["VII.3"] == ["Bí thư Đoàn trường Cù Huy Hoàng"]
    assert leads["VII.4"] == ["Ban Thuyền thông"]
