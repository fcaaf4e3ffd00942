"""Answers drawn from blind sets b64-b67 (documents of a provincial People's Committee office, Lâm Đồng 2025-2026, kept
outside the repository; each rule is tested on a made-up twin in tests/data/office-twins written the way the real text
is), asked of an index of the twins as a user would:

- a question asking when needs a clause on its topic stating a time: "... Sở Tài chính bố trí xong kinh phí, trang
  thiết bị ... trước thời hạn nào?" is refused when the conclusion asks it to "quan tâm bố trí kinh phí ..." with no time,
  even though the next item says "Thường xuyên ..." (b64-24); "... phải trình Quy chế ... trước ngày nào?" is refused
  when the article names no time and the only date is the one of a law the preamble cites by name ("Căn cứ Luật Tổ chức
  chính quyền địa phương ngày 16 tháng 6 năm 2025", b64-23);
- asked when, a clause stating a time that covers the question as much goes before one stating none: "hạn gửi kế
  hoạch khắc phục tồn tại, hạn chế ... về Sở Nội vụ" of the decision's "... gửi về Sở Nội vụ trước ngày 10/3/2026" over
  the conclusion's item with no time (b64-14);
- "tỷ lệ hồ sơ ... giải quyết trước và đúng hạn ... là bao nhiêu?" asks a share, not when ("đúng hạn": on time; b64-16);
- "Thời gian thực hiện Kế hoạch: Từ khi ban hành đến hết năm 2030." is the plan's period as written (b64-22);
- a draft dated "ngày    tháng 9 năm 2025" is said to be of "tháng 9 năm 2025" (b65-16);
- "CCHC" is "cải cách hành chính";
- asked when a body the question names must act, and the clause most on topic is that body's task with no time, another
  body's time does not answer (b65-03);
- who issues a text no indexed plan is ("Quy chế làm việc của Ban VSTBPN tỉnh ... do ai ban hành?") is asked of the
  clauses, not refused as a plan no index holds (b67-21, after b67's first run; "VSTBPN" is "Vì sự tiến bộ của phụ
  nữ").
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, asker

TWINS = REPO / "tests" / "data" / "office-twins"
FILES = ("tb-ket-luan-hoi-nghi-cchc.md", "qd-cong-bo-chi-so-cchc.md", "qd-thanh-lap-ban-chi-dao.md",
         "kh-phong-chong-ma-tuy.md", "cv-cai-nghien-cong-dong.md", "qd-thanh-lap-ban-vstbpn.md")
REFUSED = "Không có trong kế hoạch"


ask = asker("index", [TWINS / f for f in FILES])


def test_when_asked_of_a_task_with_no_time_is_refused(ask):
    a = ask("TB kết luận hội nghị CCHC năm 2025 Gia Lai: Sở Tài chính phải bố trí xong kinh phí, trang thiết bị cho "
            "Trung tâm Phục vụ hành chính công các xã trước thời hạn nào?")
    assert a.refused and a.text.startswith(REFUSED), a.text


def test_the_date_of_a_law_cited_by_name_is_no_time(ask):
    a = ask("Theo QĐ thành lập Ban Chỉ đạo về dữ liệu tỉnh Gia Lai, Sở Khoa học và Công nghệ phải trình Quy chế làm việc "
            "của Ban Chỉ đạo trước ngày nào?")
    assert a.refused and a.text.startswith(REFUSED), a.text


def test_a_clause_stating_the_time_asked_goes_first(ask):
    a = ask("han gui ke hoach khac phuc ton tai, han che theo ket qua chi so cchc 2025 ve so noi vu")
    assert "trước ngày 10/3/2026" in a.text, a.text
    assert a.citations[0].file_name == "qd-cong-bo-chi-so-cchc.md" and a.citations[0].section == "Điều 2.1"


@pytest.mark.parametrize("question, said", [
    # "đúng hạn" (on time) asks a share, not a time (b64-16)
    ("KH phòng chống ma túy Gia Lai đặt chỉ tiêu tỷ lệ hồ sơ TTHC về an ninh trật tự giải quyết trước và đúng hạn mỗi "
     "năm là bao nhiêu?", "95%"),
    # "Thời gian thực hiện Kế hoạch: ..." is the plan's period as written (b64-22)
    ("kh trien khai chuong trinh mtqg phong chong ma tuy cua tinh gia lai thuc hien trong thoi gian nao",
     "Từ khi ban hành đến hết năm 2030"),
    # a draft dated "ngày     tháng 01 năm 2026" (b65-16)
    ("qd thanh lap ban chi dao ve du lieu tinh gia lai ban hanh vao thang nao", "tháng 01 năm 2026"),
    # "cchc" is "cải cách hành chính"
    ("ai chu tri day manh cchc, so hoa ho so ve an ninh trat tu trong kh phong chong ma tuy gia lai", "Sở Nội vụ chủ trì"),
])
def test_the_value_asked_is_read_as_the_question_means_it(ask, question, said):
    a = ask(question)
    assert not a.refused and said in a.text, a.text


def test_another_bodys_time_does_not_answer_when_a_named_body_must_act(ask):
    # "4. Giao Sở Tài chính tham mưu ... bố trí kinh phí ..." states no time; "1. Giao Sở Y tế ... trước ngày ..." is
    # another body's (b65-03)
    a = ask("CV cai nghiện ma túy tại gia đình, cộng đồng của Gia Lai có nêu hạn Sở Tài chính phải tham mưu UBND tỉnh bố "
            "trí kinh phí cho các đơn vị cung cấp dịch vụ cai nghiện trước ngày nào không?")
    assert a.refused and a.text.startswith(REFUSED), a.text
    b = ask("so y te phai gui ho so dang ky cung cap dich vu cai nghien tu nguyen ve cong an tinh gia lai truoc ngay nao")
    assert "trước ngày 10/11/2025" in b.text, b.text


def test_who_issues_a_text_the_plans_only_speak_of(ask):
    a = ask("Quy chế làm việc của Ban VSTBPN tỉnh và Tổ thư ký giúp việc do ai ban hành?")
    assert not a.refused and a.text.startswith("Trưởng ban Vì sự tiến bộ của phụ nữ tỉnh"), a.text
