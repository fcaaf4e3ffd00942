"""Answer forms learnt from blind question sets on tuning documents (eval/real/tune-fresh7.jsonl, tune-fresh8.jsonl),
asked of the meeting index (the five samples and seven tuning documents of plans-real, tests/conftest.py)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]  # an index and the embedder: `make test` only


def test_a_row_of_a_table_cut_by_a_page_break_is_answered(meeting_service):
    # QĐ 2597/QĐ-TTg, appendix group VI: the row sits in a headerless table after the page break
    a = meeting_service.ask("De an chuyen doi so ha tang xay dung (QD 2597), phu luc: viec hinh thanh doi ngu can bo "
                            "thuc hien chuyen doi so trong cac co quan quan ly ket cau ha tang giao cho ai chu tri?")
    assert not a.refused and "Bộ Xây dựng, các địa phương" in a.text, a.text
    assert "Hình thành đội ngũ cán bộ thực hiện chuyển đổi số" in a.citations[0].text


@pytest.mark.parametrize("question", [
    "KH 16 MTTQ xa Luong Minh: hiep thuong lan ba phai xong cham nhat ngay nao?",
    # "muộn nhất" is written "chậm nhất" (questions.toml [[paraphrase]])
    "Theo KH 16 thực hiện công tác bầu cử của MTTQ xã Lương Minh, hiệp thương lần thứ ba phải xong muộn nhất ngày nào?",
])
def test_the_round_asked_not_another_round(meeting_service, question):
    a = meeting_service.ask(question)
    assert not a.refused and "20/02/2026" in a.text and "10/12/2025" not in a.text, a.text


def test_the_date_asked_is_not_the_date_of_a_cited_text(meeting_service):
    # Điều 2: "có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026. Quyết định số 11/2022/QĐ-UBND ngày 03 tháng 6 năm
    # 2022 ... hết hiệu lực" ("bắt đầu có hiệu lực" is written "có hiệu lực")
    a = meeting_service.ask("QĐ 27/2025 của Thái Nguyên về an toàn điện bắt đầu có hiệu lực từ ngày nào?")
    assert not a.refused and "01 tháng 01 năm 2026" in a.text and "03 tháng 6 năm 2022" not in a.text, a.text


def test_when_a_document_takes_effect_comes_from_its_own_effect_clause(meeting_service):
    # QĐ 27/2025 Thái Nguyên, Điều 2 of the decision ("Quyết định này có hiệu lực thi hành từ ngày 01 tháng 01 năm
    # 2026"), not a clause where another text "có hiệu lực" (questions.toml [effect])
    a = meeting_service.ask("QĐ 27/2025 Thái Nguyên có hiệu lực từ khi nào?")
    assert not a.refused and "01 tháng 01 năm 2026" in a.text, a.text
    assert "có hiệu lực" in a.citations[0].text


def test_two_plans_described_in_brackets_each_answer_when_they_take_effect(meeting_service):
    # tune-fresh10 t10-53/t10-54: each plan's words in brackets name it, they are no topic of the other plan's
    # answer; "áp dụng từ ngày nào" asks the plan's own effect clause ("kể từ ngày ký ban hành" names its day)
    a = meeting_service.ask("QĐ 27/2025 Thái Nguyên (an toàn điện) và QĐ 2597 (chuyển đổi số hạ tầng xây dựng) áp "
                            "dụng từ ngày nào?")
    assert not a.refused and "01 tháng 01 năm 2026" in a.text and "kể từ ngày ký ban hành" in a.text, a.text
    assert {c.section for c in a.citations} == {"QĐ.Điều 2", "Điều 2"}


def test_a_word_asked_outside_the_brackets_stays_each_plans_topic(meeting_service):
    # eval/real/tune.jsonl ta-55: "gửi" and "báo cáo" describe the plans in brackets and are asked of both outside them;
    # dropped for both, the Thái Nguyên part quoted "Phối hợp với Sở Công Thương ... kiểm tra ..." (Điều 9.3)
    a = meeting_service.ask("Hạn gửi báo cáo định kỳ hằng năm theo QĐ 27/2025 Thái Nguyên (an toàn điện, Sở Công Thương "
                            "báo cáo) và QĐ 2597 (chuyển đổi số hạ tầng xây dựng, gửi Bộ Xây dựng) là trước ngày nào?")
    assert "trước ngày 30 tháng 01 năm sau" in a.text, a.text


def test_lan_luot_pairs_the_plans_named_with_their_answers(meeting_service):
    # tune-fresh11 t11-56: "lần lượt" (respectively) is no topic either plan's clause must hold
    a = meeting_service.ask("QĐ 27/2025 Thái Nguyên và QĐ 123/2025 Huế lần lượt có hiệu lực từ ngày nào?")
    assert not a.refused and "01 tháng 01 năm 2026" in a.text and "04 tháng 12 năm 2025" in a.text, a.text


def test_every_partner_a_tasks_sentences_name_is_listed(meeting_service):
    # TB 624 appendix I row 7 (tune-fresh12 t12-38): "Chủ trì, phối hợp với Bộ Tài chính xây dựng Đề án ... cần phối
    # hợp chặt chẽ với Bộ Giáo dục và Đào tạo ...; phối hợp với Bộ Ngoại giao ..."
    a = meeting_service.ask("TB 624, phụ lục việc chậm muộn: Bộ KH&CN làm đề án hạ tầng tính toán hiệu năng cao (HPC) "
                            "phục vụ AI thì phải phối hợp với những bộ nào?")
    assert not a.refused, a.text
    for unit in ("Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Ngoại giao"):
        assert unit in a.text.split("\n")[0], a.text


def test_a_task_naming_only_its_partners_says_no_lead_is_named(meeting_service):
    # QĐ 27/2025 Thái Nguyên, Điều 4 "2. Sở Tài chính / b) Phối hợp cung cấp thông tin về quy hoạch ..." (tune-fresh16)
    a = meeting_service.ask("Chúng tôi là đơn vị tư vấn lập hồ sơ dự án đường dây điện ở Thái Nguyên và cần số liệu quy "
                            "hoạch. Theo quy định quản lý an toàn điện của tỉnh, sở nào có trách nhiệm cung cấp thông tin "
                            "quy hoạch?")
    assert not a.refused and a.text.startswith("Văn bản không nêu đơn vị chủ trì") and "Sở Tài chính phối hợp" in a.text
    assert a.citations[0].section == "Điều 4.2.b", a.citations


def test_this_task_after_the_question_described_it_is_no_follow_up(meeting_service):
    # "Việc này" points at the task the question just described (QĐ 2597, Điều 1 V.5.a), it asks nothing back
    a = meeting_service.ask("Tinh toi muon lam ke hoach so hoa rieng cho viec xay dung va quan ly ha tang o dia phuong "
                            "theo de an cua Thu tuong (QD 2597). Viec nay la trach nhiem cua ai?")
    assert not a.asks_back and not a.refused and a.citations[0].section == "Điều 1.V.5.a", a.text


def test_where_problems_are_reported_is_the_unit_after_phan_anh_ve(meeting_service):
    # QĐ 27/2025 Thái Nguyên, Điều 14.2: "... nếu có vướng mắc, phát sinh ... phản ánh về Sở Công Thương"; "TN" (the
    # province's initials) only names the plan
    a = meeting_service.ask("QĐ 27 TN: khi có vướng mắc trong triển khai thì phản ánh về cơ quan nào?")
    assert not a.refused and a.text.startswith("Phản ánh về: Sở Công Thương"), a.text


def test_a_period_that_only_sets_the_scene_is_no_deadline_window(meeting_service):
    # "trong năm 2025 ... tập trung vào những nội dung gì?" names a topic of its own and no task of the plan falls due in
    # 2025: the year sets the scene (tune-fresh3 thb-13, "kinh phí giai đoạn 2021-2025 chưa dùng hết thì ... cho phép
    # làm gì?"); the plan's clause II.5.2.2 answers, not "Không có nhiệm vụ nào ... đến hạn năm 2025"
    a = meeting_service.ask("KH bầu cử xã Lương Minh: trong năm 2025 công tác tuyên truyền về bầu cử tập trung vào "
                            "những nội dung gì?")
    assert not a.refused and "quyền và nghĩa vụ của công dân trong bầu cử" in a.text, a.text
    assert a.citations[0].section == "II.5.2.2"


def test_a_window_question_naming_no_topic_still_lists_by_deadline(meeting_service):
    # eval/meeting.jsonl dw-17: nothing falls due in January 2026, and the question names nothing else
    a = meeting_service.ask("Việc gì đến hạn trong tháng 1/2026?")
    assert a.intent == "deadline_window" and a.text.startswith("Không có nhiệm vụ nào"), a.text


def test_a_regulation_named_without_diacritics_is_no_fund(meeting_service):
    # "quy dinh" folds like "quỹ ...": no unit's tasks are asked (tune-fresh25 t25-11); QĐ 27/2025 Thái Nguyên Điều 3.2
    a = meeting_service.ask("quy dinh quan ly an toan dien Thai Nguyen (QD 27/2025/QD-UBND): cong trinh dien luc chua "
                            "dam bao hanh lang bao ve an toan thi bi cam lam gi?")
    assert not a.refused and "Nghiêm cấm việc nghiệm thu, đưa vào sử dụng" in a.text, a.text


def test_a_case_of_the_unnamed_agencies_is_no_list_of_their_tasks(meeting_service):
    # "các cơ quan ... thì phải làm những việc gì?": "các cơ quan" names no unit alone and no plan lists its tasks; the
    # question names a case (tune-fresh25 t25-07: "cơ quan đã dùng phần mềm đánh giá KPI thì ...")
    a = meeting_service.ask("QĐ 27/2025 Thái Nguyên: các cơ quan khi phát hiện công trình vi phạm hành lang bảo vệ an "
                            "toàn lưới điện thì phải làm những việc gì?")
    assert not a.refused and a.intent != "unit_tasks", a.text
    assert "vi phạm" in a.citations[0].text and a.citations[0].file_name == "thai-nguyen_27-2025-qd-ubnd.md"


def test_the_askers_own_situation_told_first_does_not_hide_the_answer(meeting_service):
    # a first sentence about the asker ("Tôi làm kế toán ...") shares no words with the clause: when the whole question
    # finds no answer, its last sentence is asked alone, the plan it names kept (questions.toml [scenario]; tune-fresh26
    # t26-37). QĐ 123/2025 Huế Điều 3.3
    a = meeting_service.ask("Tôi làm kế toán ở một phường của Huế, hôm nay phải báo cáo lãnh đạo về việc xử lý tài sản "
                            "tịch thu. Theo QĐ 123/2025 Huế, ai phê duyệt phương án xử lý tài sản do Chủ tịch UBND thành "
                            "phố ra quyết định tịch thu?")
    assert not a.refused and "Sở Tài chính" in a.text, a.text
    assert a.citations[0].section == "Điều 3.3"


def test_a_question_about_the_askers_situation_alone_is_still_refused(meeting_service):
    a = meeting_service.ask("Tôi làm kế toán ở một phường của Huế. Theo QĐ 123/2025 Huế, phụ cấp kế toán phường mỗi "
                            "tháng là bao nhiêu?")
    assert a.refused, a.text


def test_a_rows_lead_column_beats_whom_its_task_cell_addresses(meeting_service):
    # KH triển khai Chỉ thị 11 Lào Cai, appendix row 5: "Yêu cầu các đơn vị lắp đặt và vận hành hệ thống thông tin ..."
    # with "Sở, ngành chủ trì tham mưu: Sở Nông nghiệp và Môi trường" (tune-fresh27 t27-43)
    a = meeting_service.ask("Kế hoạch Lào Cai triển khai CT 11 về khoáng sản: nhiệm vụ yêu cầu các đơn vị lắp đặt, vận "
                            "hành hệ thống thông tin dữ liệu hoạt động khoáng sản và kết nối với cơ quan cấp phép do sở "
                            "nào chủ trì tham mưu?")
    assert not a.refused and a.text.startswith("Sở Nông nghiệp và Môi trường chủ trì"), a.text
