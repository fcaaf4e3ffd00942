"""Questions naming what the plans do not hold, and a directed unit that ends its sentence (stop 67):

- "Thông báo 11 ... giao Thanh tra tỉnh việc gì?" asks of Thanh tra tỉnh: "báo" of "Thông báo" is no newspaper, and the
  body's tasks are listed, or the answer says no plan loaded gives it any, in the user's own words (blind set b73-11);
- "Đoàn kiểm tra ... do ai làm trưởng đoàn?" of a plan that names no head of the delegation is refused rather than
  answered with whoever leads a task near the question's words (blind set b72-13);
- "Trực tiếp theo dõi, chỉ đạo Phòng Nghiệp vụ Y." (a director's duties) gives the office no task: the units directed
  end the sentence, so they are what the director oversees (blind set b77-12);
- "... yêu cầu Đài Truyền hình, Đài Tiếng nói làm gì?" names several bodies, none by its whole name: the tasks all of
  them hold answer, named as the plan writes them; "TTXVN", "VTV", "VOV" are bodies (units.toml; blind set b75-21);
- words a question types with marks count where the text marks them alike, half as much where it holds only the same
  letters ("triển lãm" and "làm"; external set b6-22);
- "3. Văn phòng Sở Phối hợp Phòng Giáo dục Phổ thông tham mưu ...; Chuẩn bị các điều kiện làm việc của Đoàn kiểm tra
  ... (phương tiện đưa đón, chỗ ăn nghỉ,…)": a PDF line joining a heading's unit to its item with the role word in
  capitals; "xe đưa rước", "chỗ ngủ" are "phương tiện đưa đón", "chỗ ăn nghỉ" (blind set b72-11);
- a quoted sentence ending in a colon comes with what it introduces ("Đối với cụm công nghiệp nằm trên địa giới hành
  chính từ hai xã, phường trở lên: Giao cho xã (hoặc phường) có phần diện tích lớn hơn ..."; blind set b72-27).
"""

from __future__ import annotations

from assistant.topic import marks_clash
from assistant.understand import QuestionParser
from core.textnorm import fold
from core.units import split_listed
from ingest.responsibilities import sentence_roles
from ingest.units import split_units
from tests.conftest import PLANS, REPO, answer_as_indexed, asker, clause_at, parse_file

BLIND = REPO / "tests" / "data" / "blind-docs"

SIGNED = REPO / "tests" / "data" / "signed-pdf"

ask = asker("named-bodies", [BLIND / "cd-155-2025.md", BLIND / "qd-4085-2026.pdf", BLIND / "qd-16-2026.txt",
                             SIGNED / "kh-362-2026.pdf"])


def test_a_notice_named_by_its_kind_names_no_unit():
    # b73-11, as typed and without diacritics; "việc gì" ends the unit as "làm gì" does
    assert QuestionParser.unit_phrase("Thông báo 11 về cổ phần hóa QISC giao Thanh tra tỉnh việc gì, hạn bao giờ?",
                                      [], []) == "thanh tra tinh"
    assert QuestionParser.unit_phrase("Thong bao 11 co phan hoa QISC giao Thanh tra tinh viec gi?", [], []) == \
        "thanh tra tinh"
    assert QuestionParser.unit_phrase("Báo Nhân dân có nhiệm vụ gì?", [], []) == "bao nhan dan"  # a newspaper still is


def test_a_body_asked_of_a_notice_is_found_or_refused_in_the_users_words(meeting_service):
    # TB 624/TB-VPCP (plans-real/web/chinh-phu_624-tb-vpcp.md) gives "Tổng Thanh tra Chính phủ" its tasks; no plan of
    # the meeting index gives Kho bạc Nhà nước any (before: "... không giao nhiệm vụ nào cho bao 624 giao kho bac nha
    # nuoc viec")
    a = meeting_service.ask("Thông báo 624 giao Kho bạc Nhà nước việc gì?")
    assert a.refused, a.text
    assert a.text.endswith("cho Kho bạc Nhà nước."), a.text
    b = meeting_service.ask("Thong bao 624 giao Thanh tra Chinh phu viec gi?")
    assert not b.refused, b.text
    assert b.text.startswith("Thanh tra Chính phủ"), b.text
    assert b.citations and {c.file_name for c in b.citations} == {"chinh-phu_624-tb-vpcp.md"}, \
        [c.file_name for c in b.citations]


def test_a_seat_no_clause_names_is_refused(meeting_service):
    # the Hải Dương sample plan (Ban Chỉ đạo 138) plans an inter-sector inspection but names no head of it; before, the
    # lead of a task holding the question's words answered ("Công an tỉnh chủ trì ...")
    for q in ("Đoàn kiểm tra liên ngành ở Hải Dương do ai làm trưởng đoàn?",
              "Hai Duong: ai lam truong doan kiem tra, khao sat lien nganh?"):
        a = meeting_service.ask(q)
        assert a.refused, (q, a.text)


def test_units_directed_at_the_end_of_a_sentence_do_no_task():
    # QĐ 4085/QĐ-SYT Gia Lai, 8/2026 (b77): "Điều 1. Bổ sung ... phân công nhiệm vụ của ông Lê Quang Hùng, Giám đốc Sở Y
    # tế: “Trực tiếp theo dõi, chỉ đạo Phòng Nghiệp vụ Y.”"
    doc = parse_file(BLIND / "qd-4085-2026.pdf")
    first = clause_at(doc, "Điều 1")
    assert "chỉ đạo Phòng Nghiệp vụ Y" in first.text
    assert "Phòng Nghiệp vụ Y" not in [*first.responsibility.implementers, *first.responsibility.lead]
    # with a task after the units, they carry it out
    carried = sentence_roles("Trực tiếp theo dõi, chỉ đạo Phòng Nghiệp vụ Y thực hiện công tác khám bệnh, chữa bệnh.")
    assert carried.implementers == ["Phòng Nghiệp vụ Y"]


def test_the_tasks_several_bodies_hold_together_answer_a_list_of_them(ask):
    # CĐ 155/CĐ-TTg (a web article quoting it, b75): "(6) Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã
    # Việt Nam và các cơ quan thông tấn, báo chí phối hợp chặt chẽ với Bộ Văn hóa, Thể thao và Du lịch khẩn trương thông
    # tin đến đông đảo Nhân dân ..."
    for q in ("Công điện 155 yêu cầu Đài Truyền hình, Đài Tiếng nói làm gì?",
              "cong dien 155: dai truyen hinh va dai tieng noi phai lam gi?"):
        a = ask(q)
        assert not a.refused, (q, a.text)
        assert a.text.startswith("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam được giao 1 nhiệm vụ"), (q, a.text)
        assert "thông tin đến đông đảo Nhân dân" in a.citations[0].text, a.citations[0].text
    a = ask("Công điện 155 yêu cầu Đài Truyền hình, Đài Tiếng nói, TTXVN làm gì?")
    assert not a.refused and "thông tin đến đông đảo Nhân dân" in a.citations[0].text, a.text


def test_national_bodies_named_by_their_acronym_are_units():
    # a lead cell of NQ 03/NQ-CP (2025) Phụ lục: "VTV, VOV, TTXVN, các địa phương"
    assert split_units("VTV, VOV, TTXVN, các địa phương") == ["VTV", "VOV", "TTXVN", "các địa phương"]
    assert split_listed("dai truyen hinh va dai tieng noi") == ["dai truyen hinh", "dai tieng noi"]
    assert split_listed("Sở Văn hóa, Thể thao và Du lịch") == ["so van hoa the thao du lich"]  # one name


def test_a_quoted_sentence_ending_in_a_colon_comes_with_what_it_introduces(ask):
    # QĐ 16/2026/QĐ-UBND Lào Cai (the industrial clusters' rules, a text read by OCR; b72), Quy chế Điều 14.3: its chunk,
    # a piece of the long clause, ends at "... từ hai xã, phường trở lên:"
    a = ask("CCN nam vat qua dia gioi hai xa o Lao Cai thi xa nao dung ra quan ly chinh theo QD 16/2026?")
    assert not a.refused, a.text
    assert a.citations[0].section.endswith("Điều 14.3"), a.citations[0].section
    assert "trở lên: Giao cho xã (hoặc phường) có phần diện tích lớn hơn" in a.text, a.text


def test_words_typed_with_marks_count_where_the_text_marks_them_alike():
    # the Thái Nguyên sample plan (crime prevention, 2026) holds "tổ chức", "thương mại", "xã hội", "làm" but no fair:
    # asked for the places of "hội chợ, triển lãm thương mại", its clauses hold "hội", "chợ", "lãm" only as "xã hội",
    # "cho", "làm" (external set b6-22, asked of an index holding this plan)
    doc = parse_file(PLANS / "thai-nguyen_ubnd_2026_toi-pham-ma-tuy-mua-ban-nguoi.txt")
    question = ("Danh mục địa điểm tổ chức hội chợ, triển lãm thương mại năm 2026 của tỉnh Thái Nguyên gồm những điểm "
                "nào?")
    text = clause_at(doc, "II.3.2").text
    terms = ["danh", "muc", "dia", "diem", "to", "chuc", "hoi", "cho", "trien", "lam", "thuong", "mai", "gom"]
    assert marks_clash(terms, question, text) > 0  # "xã hội" holds "hội" only without marks
    assert marks_clash(terms, fold(question), text) == 0.0  # typed without marks, every spelling counts
    a = answer_as_indexed(doc, question, ["II.1.2", "II.4.1", "II.2.1", "II.3.2", "II.2.6"])
    assert a.refused, a.text


def test_a_heading_run_into_its_item_keeps_its_unit(ask):
    # KH 362/KH-SGDĐT Đồng Tháp (4/2026, b72), VI "PHÂN CÔNG ...": "3. Văn phòng Sở Phối hợp Phòng Giáo dục Phổ thông
    # tham mưu kế hoạch đón tiếp ...; Chuẩn bị các điều kiện làm việc của Đoàn kiểm tra và của lãnh đạo Sở GDĐT
    # (phương tiện đưa đón, chỗ ăn nghỉ,…)." (before: "Văn phòng Sở Phối hợp Phòng Giáo dục Phổ thông" read as one name)
    doc = parse_file(SIGNED / "kh-362-2026.pdf")
    r = clause_at(doc, "VI.3").responsibility
    assert "Văn phòng Sở" in [*r.lead, *r.implementers] and r.partners == ["Phòng Giáo dục Phổ thông"]
    for q in ("Ai lo xe đưa rước và chỗ ngủ cho đoàn kiểm tra của Bộ GDĐT theo kế hoạch 362 của Sở GDĐT Đồng Tháp?",
              "ai lo xe dua ruoc, cho ngu cho doan kiem tra theo KH 362 Dong Thap?"):
        a = ask(q)
        assert a.text.startswith("Văn phòng Sở"), (q, a.text)
        assert a.citations[0].section == "VI.3", a.citations[0].section
