"""Rules of stop 75, each on the real page it was found on (documents of blind sets b110-b112):

- a law is a kind of document: "Luật 117/2025/QH15" names the law, whose page opens "LUẬT ... / Luật số: 117/2025/QH15";
- an office of a ministry whose name holds a comma ("Cục Quản lý, giám sát tổ chức tín dụng") leads the items under a
  heading line that is its name alone, with no colon;
- a time the text sets for another body does not answer when the body the question says must act ("Bộ Tài chính phải
  ...") has to: that body named nowhere in the clause, or named only as whom the acting body reports to; a time set for
  the bodies of its kind ("các sở, ngành, đoàn thể, địa phương") does;
- of a sentence's cases ("...; tại Kho bạc Nhà nước khu vực do ... quyết định"), the one the question asks answers, its
  abbreviations ("KBNN") read as their words;
- a day before the text was issued ("cấp trước ngày 30 tháng 4 năm 1975") is no deadline it sets, nor is a cited law's.
"""

from __future__ import annotations

from assistant.understand import QuestionParser, _issuers_of_refs
from core.docrefs import refs_in
from tests.conftest import REPO, asker, clause_at, parse_file

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl75", [VBPL / "luat-117-2025.html", VBPL / "tt-48-2025.html", VBPL / "tt-76-2025.html",
                       VBPL / "tt-125-2025.html", VBPL / "nd-07-2025.html"])
ask_plan = asker("sample-plans", [REPO / "data" / "plans"])
ask_tt20 = asker("vbpl-tt20", [VBPL / "tt-20-2025-bnv.html", VBPL / "tt-20-2025-bvhttdl.html"])


def test_a_law_is_a_kind_of_document_named_by_its_number(ask):
    doc = parse_file(VBPL / "luat-117-2025.html")
    assert doc.meta.kind == "Luật" and doc.meta.number == "117/2025/QH15", (doc.meta.kind, doc.meta.number)
    assert [(r.number, r.year, r.kind) for r in refs_in("Theo Luật 117/2025/QH15, tài liệu ...")] == \
        [("117", "2025", "Luật")]
    assert refs_in("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;") == []  # a law cited by name, not by number
    assert [(r.number, r.year) for r in refs_in("nq 88/2025/ubtvqh15")] == [("88", "2025")]  # a symbol with digits
    # Điều 9.2.b: "b) Chánh Văn phòng Trung ương Đảng lập danh mục bí mật nhà nước của Đảng;"
    a = ask("Luật 117/2025/QH15: ai lập danh mục bí mật nhà nước của Đảng?")
    assert a.text.startswith("Chánh Văn phòng Trung ương Đảng"), a.text
    assert a.citations[0].file_name == "luat-117-2025.html" and a.citations[0].section == "Điều 9.2.b"


def test_an_office_named_with_a_comma_leads_the_items_under_its_name():
    # TT 76/2025/TT-NHNN Điều 6.2, the khoản it rewrites: "2. Cục Quản lý, giám sát tổ chức tín dụng / a) Có ý kiến về
    # việc tái cấp vốn ... / b) Đầu mối trình Thống đốc Ngân hàng Nhà nước xem xét, quyết định ..." (blind set b112-13)
    doc = parse_file(VBPL / "tt-76-2025.html")
    assert clause_at(doc, "Điều 6.2.2.b").responsibility.lead == ["Cục Quản lý, giám sát tổ chức tín dụng"]
    # "5. Ngân hàng Nhà nước chi nhánh Khu vực" over its items, as before
    assert clause_at(doc, "Điều 6.5.5.a").responsibility.lead == ["Ngân hàng Nhà nước chi nhánh Khu vực"]


def test_the_body_asked_to_act_is_read_from_the_question():
    doer = QuestionParser.doer_phrase
    assert doer("TT 48/2025: Bộ Tài chính phải có ý kiến về hồ sơ trong mấy ngày?", [], []) == "bo tai"
    assert doer("NQ 248 yêu cầu UBND tỉnh bố trí xong quỹ đất cho trường học trước thời điểm nào?", [], []) == "ubnd tinh"
    assert doer("Ban quan ly du an phai nop bao cao truoc ngay nao", [], []) == "ban quan ly du"
    assert doer("yêu cầu Công an tỉnh dẹp xong khai thác cát sỏi khi nào?", [], []) == "cong an tinh"
    assert doer("Các cơ quan liên quan phải gửi báo cáo trước ngày nào?", [], []) == ""  # no body by its own name
    assert doer("Sở Tài chính gửi báo cáo cho ai?", [], []) == ""  # named, not said to be bound


def test_a_ministrys_code_after_a_number_names_the_issuer_not_the_body_asked():
    # "Kinh phí: VBHN 94 BQP thì tiền thu gom ... lấy từ nguồn nào; còn mẫu QĐ công bố dịch cấp tỉnh (QĐ 5042 BNNMT) giao cơ
    # quan địa phương việc gì ...?" (tune-fresh40 t40-06): neither ministry is asked of
    folded = "kinh phi: vbhn 94 bqp thi tien thu gom ...; con mau qd cong bo dich cap tinh (qd 5042 bnnmt) giao co quan"
    units = ["Bộ Quốc phòng", "Bộ Nông nghiệp và Môi trường", "Sở Y tế"]
    assert _issuers_of_refs(folded, ["vbhn 94", "qd 5042"], units) == ["Bộ Quốc phòng", "Bộ Nông nghiệp và Môi trường"]
    assert _issuers_of_refs("qd 5042 so y te phai lam gi", ["qd 5042"], units) == []  # a body's name, no code


def test_a_time_set_for_another_body_does_not_answer(ask):
    # TT 48/2025/TT-NHNN Điều 5.2.3: "Trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, Ngân hàng Nhà nước xem
    # xét chấp thuận hoặc không chấp thuận bằng văn bản việc mua cổ phần của nhà đầu tư nước ngoài." The Ministry of
    # Finance is given no time (blind set b110-17, unanswerable: the answer had been NHNN's 30 days)
    a = ask("TT 48/2025: Bộ Tài chính phải có ý kiến về hồ sơ mua cổ phần của nhà đầu tư nước ngoài trong mấy ngày?")
    assert a.refused, a.text
    # asked of the body the clause gives the time, it answers
    b = ask("TT 48/2025: NHNN phải chấp thuận việc nhà đầu tư nước ngoài mua cổ phần trong mấy ngày?")
    assert not b.refused and "30 ngày" in b.text.splitlines()[0], b.text


def test_a_time_set_for_the_bodies_of_its_kind_answers(ask_plan):
    # KH of BCĐ 138 Hải Dương III.1: "... đề nghị các sở, ngành, đoàn thể, địa phương xây dựng kế hoạch ... Kế hoạch của
    # các đơn vị, địa phương gửi về Ban Chỉ đạo 138 tỉnh (qua Công an tỉnh) trước ngày 25/02/2025." Sở Y tế is a sở (it
    # had been refused: a time of other bodies)
    for q in ("Hải Dương: Sở Y tế phải gửi kế hoạch phòng chống mua bán người năm 2025 về Ban Chỉ đạo 138 tỉnh trước "
              "ngày nào?", "Hai Duong: So Y te phai gui ke hoach phong chong mua ban nguoi 2025 ve BCD 138 truoc ngay nao?"):
        a = ask_plan(q)
        assert not a.refused and "25/02/2025" in a.text.splitlines()[0], a.text


def test_the_case_asked_decides_its_abbreviation_read_as_words(ask):
    # TT 125/2025/TT-BTC Điều 2, its Điều 4.3: "3. Việc thành lập Ban Quản lý kho tiền tại Kho bạc Nhà nước do Giám đốc
    # Kho bạc Nhà nước quyết định; tại Kho bạc Nhà nước khu vực do Giám đốc Kho bạc Nhà nước khu vực quyết định."
    # (blind set b112-27 had been answered with the first case)
    a = ask("TT 125/2025/TT-BTC: ai quyết định lập Ban Quản lý kho tiền ở KBNN khu vực?")
    assert a.text.startswith("Giám đốc Kho bạc Nhà nước khu vực quyết định"), a.text
    b = ask("TT 125/2025/TT-BTC: ai quyết định lập Ban Quản lý kho tiền tại Kho bạc Nhà nước?")
    assert b.text.startswith("Giám đốc Kho bạc Nhà nước quyết định"), b.text


def test_the_issuers_code_written_after_a_shared_number_picks_the_document(ask_tt20):
    # two circulars numbered 20/2025 (TT-BNV, TT-BVHTTDL); "tt 60/2025 nhnn: ..." had been answered from both TT
    # 60/2025/TT-NHNN and TT 60/2025/TT-BNNMT (blind set b113-15)
    a = ask_tt20("tt 20/2025 bnv: khen thuong cho cac hoi, quy, NGO thi vu nao gom ho so va tham dinh?")
    assert a.text.startswith("Vụ Tổ chức phi chính phủ"), a.text
    assert {c.file_name for c in a.citations} == {"tt-20-2025-bnv.html"}, [c.file_name for c in a.citations]


def test_a_day_before_the_text_was_issued_is_no_deadline(ask):
    # NĐ 07/2025/NĐ-CP opens "Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;" and its Điều 4.8 accepts papers "do chế
    # độ cũ ở miền Nam cấp trước ngày 30 tháng 4 năm 1975"; it sets the Ministry of Justice no date (blind set b114-30,
    # unanswerable: answered with the cited law's day, then with the 1975 one)
    a = ask("Bộ Tư pháp phải ra văn bản hướng dẫn thi hành NĐ 07/2025 trước ngày nào?")
    assert a.refused, a.text
    # a time the decree does set still answers (its Điều 2, the new Điều 28b.2)
    b = ask("NĐ 07/2025: tiếp nhận hồ sơ xong thì trong bao nhiêu ngày làm việc phải xem xét đủ điều kiện?")
    assert not b.refused and "03 ngày làm việc" in b.text.splitlines()[0], b.text
