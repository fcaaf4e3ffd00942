"""Questions on a ward's plan signed as a PDF (tests/data/ward-plan, blind set b71), asked of an index of it alone."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, asker

pytestmark = [pytest.mark.slow]  # an index and the embedder: `make test` only

ask = asker("ward-plan", [REPO / "tests" / "data" / "ward-plan"])


def test_the_standing_office_is_the_unit_heading_over_its_task(ask):
    # VI.3 "3. Phòng Nông nghiệp và Môi trường" / "Là cơ quan thường trực tham mưu UBND phường ..." (b71-04, in other
    # words): the heading leads the task below it, and "KH cao điểm 180 ngày" names no plan numbered 180, whose
    # citations had put the Chairman's clause (VI.1, "... đợt cao điểm 180 ngày ...") first
    a = ask("Trong KH cao điểm 180 ngày của phường Phong Châu, phòng nào làm cơ quan thường trực tham mưu UBND phường?")
    assert not a.refused and a.text.startswith("Phòng Nông nghiệp và Môi trường"), a.text
    assert a.citations[0].section.endswith("VI.3.1"), a.citations[0].section


def test_what_a_quoted_principle_comprises(ask):
    # II.3 'Thực hiện theo nguyên tắc "06 rõ": “rõ người, rõ việc, ...”' defines it; VI.1 only names it (b71-10)
    a = ask('phuong Phong Chau: nguyen tac "06 ro" trong ke hoach cao diem gom nhung gi?')
    assert "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền" in a.text, a.text


def test_the_office_of_the_two_councils_partners_as_one(ask):
    # Phụ lục 1 row 1: "Phối hợp: Phó Chủ tịch UBND phụ trách; Phòng NN&MT; Văn phòng HĐND và UBND" (b71-06)
    a = ask("Ban hành KH, kiện toàn BCĐ cao điểm 180 ngày phường Phong Châu thì ai phối hợp với Chủ tịch UBND phường?")
    assert "Văn phòng HĐND và UBND" in a.text and "Phòng NN&MT" in a.text, a.text
