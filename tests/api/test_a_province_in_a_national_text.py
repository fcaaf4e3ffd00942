"""A question that names a province may ask a national text where the province is the subject of a clause ("Nghệ An
phải hoàn thiện báo cáo ... trong thời hạn nào?" of TB 627/TB-VPCP): scoped first to the province's own plans, and when
they hold no answer, asked again of every plan, answered only from a clause naming the province (tune-fresh26 t26-32).
Two tuning documents of plans-real: the province's regulation and the Government Office's conclusion notice."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.slow]  # an index and the embedder: `make test` only

DOCS = ["web/nghe-an_95-2025-qd-ubnd.md", "web/chinh-phu_627-tb-vpcp.md"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from conftest import real_service

    return real_service(tmp_path_factory, "kehoach-province-national", DOCS)


def test_the_province_as_the_subject_of_a_national_clause(service):
    a = service.ask("Theo kết luận của Thủ tướng tại phiên họp thứ 21 Ban Chỉ đạo các công trình trọng điểm ngành GTVT, "
                    "Nghệ An phải hoàn thiện báo cáo nghiên cứu tiền khả thi cao tốc Vinh - Cửa khẩu Thanh Thủy để trình "
                    "chủ trương đầu tư trong thời hạn nào?")
    assert not a.refused and "năm 2025" in a.text, a.text
    assert a.citations[0].file_name == "chinh-phu_627-tb-vpcp.md" and "Nghệ An" in a.citations[0].text


def test_a_count_the_question_gives_is_not_the_answer(service):
    # TB 627 I.1: "đã giao 30 nhiệm vụ ... đã hoàn thành 08 nhiệm vụ đúng thời hạn" (tune-fresh26 t26-36)
    a = service.ask("Theo thông báo kết luận phiên họp lần thứ 21 Ban Chỉ đạo nhà nước các công trình, dự án trọng điểm "
                    "ngành GTVT: trong 30 nhiệm vụ Thủ tướng giao tại phiên họp lần thứ 20, các bộ ngành đã hoàn thành "
                    "đúng thời hạn bao nhiêu nhiệm vụ?")
    assert not a.refused and "08 nhiệm vụ" in a.text, a.text


def test_a_province_the_national_text_does_not_name_for_it_is_still_refused(service):
    # Nghệ An's own plan has no such clause and TB 627 names no Nghệ An task on toll stations
    a = service.ask("Nghệ An phải hoàn thành lắp đặt trạm thu phí không dừng trên quốc lộ 1 trước ngày nào?")
    assert a.refused, a.text
