"""Who does the verb a question asks, whose signature or supervision a step needs, the value each plan of a comparison
states: answer forms learnt from the blind sets tune-fresh41 to tune-fresh43, asked of a small index of the tuning
documents they are about (../shared/plans-real; none of the check half, eval/real/split.toml)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]  # an index and the embedder: `make test` only

DOCS = [
    "web/nghe-an_99-2025-qd-ubnd.md", "web/quang-tri_2696-qd-ubnd.md", "web/bo-quoc-phong_89-vbhn-bqp.md",
    "web/lai-chau_88-2025-qd-ubnd.md", "web/nghe-an_95-2025-qd-ubnd.md", "web/vb_fe168907.md",
    "html/luong-minh_kh-lay-y-kien-cu-tri-noi-cu-tru.htm", "html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm",
    "html/luong-minh_kh-hoi-nghi-hiep-thuong-lan-hai.htm",
]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from conftest import real_service

    return real_service(tmp_path_factory, "who-acts", DOCS)


def test_the_agent_of_the_verb_asked_in_a_clause_with_no_lead(service):
    # QĐ 99/2025 Nghệ An, Quy chế Điều 13.1: "Hộp thư điện tử công vụ của cơ quan, đơn vị do Thủ trưởng cơ quan, đơn vị
    # quản lý và được giao cho bộ phận văn thư ..." (tune-fresh41 t41-17); the clause names no lead
    a = service.ask("quy che thu cong vu Nghe An (QD 99): hop thu dien tu chung cua co quan do ai quan ly roi moi giao "
                    "van thu dung?")
    assert not a.refused and a.text.startswith("Thủ trưởng cơ quan, đơn vị"), a.text
    assert a.citations[0].section.endswith("Điều 13.1"), a.citations[0].section


def test_a_clause_naming_who_proposes_is_evidence_for_who_proposes(service):
    # QĐ 2696 Quảng Trị, Điều lệ 13.3.b: "Giám đốc Quỹ đề xuất mức vốn vay với từng đối tượng vay để Hội đồng Quản lý
    # Quỹ quyết định" covers fewer of the question's words than clauses on the Hội đồng (tune-fresh42 t42-10)
    a = service.ask("Quỹ BVMT Quảng Trị: mức cho vay với từng dự án cụ thể do ai đề xuất để Hội đồng quản lý quyết?")
    assert not a.refused and a.text.startswith("Giám đốc Quỹ"), a.text


def test_the_case_the_question_states_names_the_agent_and_is_quoted(service):
    # KH lấy ý kiến cử tri Lương Minh IV.1: "Trường hợp người ứng cử là người đứng đầu cơ quan, tổ chức, đơn vị thì cơ
    # quan, tổ chức, đơn vị cấp trên trực tiếp có trách nhiệm xác minh và trả lời." (tune-fresh43 t43-29)
    a = service.ask("KH lay y kien cu tri noi cu tru xa Luong Minh: neu nguoi ung cu la nguoi dung dau co quan thi ai xac "
                    "minh, tra loi vu viec cu tri neu o noi cong tac?")
    first, _, rest = a.text.partition("\n")
    assert "cấp trên trực tiếp" in first, a.text
    assert "Trường hợp người ứng cử là người đứng đầu" in rest, a.text


def test_whose_supervision_a_step_needs(service):
    # VBHN 89/VBHN-BQP: "... cung ứng lương thực, thực phẩm, nhiên liệu cho tàu thuyền chịu sự giám sát của Hải quan"
    # (tune-fresh16 t16-46)
    a = service.ask("Doanh nghiệp tôi muốn cấp xăng dầu, thực phẩm cho tàu nước ngoài ghé Cảng quốc tế Cam Ranh. Hoạt "
                    "động này chịu sự giám sát của cơ quan nào?")
    assert not a.refused and a.text.startswith("Sự giám sát của:") and "Hải quan" in a.text.split("\n")[0], a.text


def test_each_plan_of_a_comparison_states_its_own_value(service):
    # QĐ 88/2025 Lai Châu Quy chế 2.2.b: "... trong thời gian 03 ngày làm việc"; QĐ 95/2025 Nghệ An 6.2.a: "... ít nhất
    # 01 ngày làm việc" (tune-fresh43 t43-58)
    a = service.ask("so sanh QC phoi hop VP dang ky dat dai cua Lai Chau (QD 88/2025) va Nghe An (QD 95/2025): co quan chu "
                    "tri phai gui tai lieu cho co quan phoi hop truoc cuoc hop, kiem tra thuc dia bao lau?")
    assert "03 ngày làm việc" in a.text and "01 ngày làm việc" in a.text, a.text


def test_a_yearly_task_is_answered_with_the_month_it_sets(service):
    # HD 45-HD/BTCTW XVII.4.2: "... báo cáo cấp trên trực tiếp về kết quả phê duyệt quy hoạch ... trong Quý II, chậm nhất
    # tháng 6", not the date of a cited text ("Kết luận số 187, 188- KL/TW ngày 29/8/2025"; tune-fresh43 t43-47)
    a = service.ask("HD 45-HD/BTCTW ve Quy dinh 377: hang nam bao cao cap tren ket qua phe duyet quy hoach can bo cham "
                    "nhat vao thoi diem nao?")
    assert "chậm nhất tháng 6" in a.text and "29/8/2025" not in a.text, a.text


def test_a_when_question_of_a_round_is_answered_by_the_clause_stating_its_date(service):
    # KH 16/KH-MTTQ-BTT Lương Minh II.2.1 "(2) Tổ chức hiệp thương lần thứ hai: Chậm nhất ngày 03/02/2026", which names
    # no one, not a unit's task on the same words; the words asked after the colon are each plan's topic though they
    # also describe the other plan (tune-fresh43 t43-60)
    a = service.ask("KH 16/KH-MTTQ-BTT Lương Minh và KH hội nghị hiệp thương lần hai Lương Minh: hiệp thương lần thứ hai "
                    "phải tổ chức trong thời gian nào?")
    assert "03/02/2026" in a.text.split("\n- ")[0], a.text


def test_whom_a_body_may_invite_named_by_the_bodies_they_belong_to(service):
    # QĐ 2696 Quảng Trị, Điều lệ 4.4: "Được mời các chuyên gia của các sở, ban, ngành, đơn vị và tổ chức liên quan tham
    # gia Hội đồng thẩm định ..." (tune-fresh41 t41-28; roles.toml [[named_after]] "invitee", [member_of])
    a = service.ask("quy BVMT Quang Tri: khi thanh lap hoi dong tham dinh du an xin tai tro, ho tro dau tu thi Quy duoc "
                    "moi nhung ai tham gia?")
    assert a.text.startswith("Mời: các chuyên gia của các sở, ban, ngành"), a.text


def test_two_asks_of_one_commune_are_answered_apart(service):
    # "..., còn ...": two things asked of the commune's plans, each answered from its own clause and cited: the window
    # of the voters' conferences (KH lấy ý kiến cử tri nơi cư trú III: "từ ngày 04/02/2026 đến ngày 08/02/2026") and
    # the third consultation's last day (KH thực hiện công tác bầu cử II.2.1.3: "Chậm nhất ngày 20/02/2026"); asked
    # whole, one clause answered both (tune-fresh3 tha-33, in other words)
    a = service.ask("Lương Minh: các hội nghị lấy ý kiến cử tri nơi cư trú diễn ra từ ngày nào đến ngày nào, còn hiệp "
                    "thương lần thứ ba hạn chót là ngày nào?")
    first, second = a.text.split("\n- (2): ")
    assert first.startswith("- (1): ") and "04/02/2026" in first and "08/02/2026" in first, a.text
    assert "20/02/2026" in second, a.text
    assert len({c.file_name for c in a.citations}) == 2, [c.file_name for c in a.citations]


def test_a_plan_titled_for_another_round_is_not_the_round_asked(service):
    # "Kế hoạch tổ chức Hội nghị hiệp thương lần thứ hai" shares "hội nghị hiệp thương" with the question, but the
    # question asks the third round: neither that plan nor its clauses that name no round (V.1.3 "hoàn thành chậm
    # nhất ngày 01/02/2026") answer it (tune-fresh38 t38-19, in other words)
    a = service.ask("Lương Minh, theo kế hoạch bầu cử chung của Mặt trận xã: hội nghị hiệp thương lần 3 xong chậm nhất "
                    "ngày nào?")
    assert not a.refused and "20/02/2026" in a.text, a.text
    assert a.citations[0].file_name == "luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm", a.citations[0].file_name


def test_the_director_asked_is_not_the_deputy(service):
    # QĐ 2696 Quảng Trị, Điều lệ Điều 8.1: "a) Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm, ..." beside "b) Phó Giám đốc
    # Quỹ do Chủ tịch Hội đồng Quản lý Quỹ bổ nhiệm, ..., trên cơ sở đề nghị của Giám đốc Quỹ." (tune-fresh30 t30-17):
    # before, the deputy's clause answered
    a = service.ask("quy BVMT quang tri: giam doc quy do ai bo nhiem?")
    assert a.text.startswith("Chủ tịch UBND tỉnh"), a.text
    assert a.citations[0].section.endswith("Điều 8.1.a"), a.citations[0].section
