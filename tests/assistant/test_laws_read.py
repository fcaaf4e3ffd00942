"""Laws and circulars read as staff ask of them (stop 77), on real pages of the blind set b115 (read after its honest
run) and the sentences of b115-b116:

- a law named by its title and number ("Luật Hàng không dân dụng 130/2025") is that document, and the year of its
  number is no year the question asks of plans; a law's own year is its number's when no date heads it;
- "hàng không" (aviation) denies nothing: a clause naming the body asked is not put after others as denying it;
- "... trước mốc nào?" asks a day of the calendar, not days counted from an event;
- a clause whose pieces each name their own body answers, for a question on one piece's topic, with that piece's body.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api import parse_file
from assistant.answer.default import _denies
from core.docrefs import DocRef, refs_in
from core.settings import Settings
from core.textnorm import fold
from tests.conftest import REPO, asker

VBPL = REPO / "tests" / "data" / "vbpl"

ask = asker("vbpl-laws-b115", [VBPL / "luat-130-2025.html", VBPL / "tt-83-2025-nhnn.html", VBPL / "luat-135-2025.html",
                               VBPL / "nq-105-2025.html"])


@pytest.mark.parametrize("question, ref", [
    ("Theo Luật Hàng không dân dụng 130/2025, UBND các cấp phải lo những việc gì?", DocRef("130", "2025", "Luật")),
    ("luat xay dung 135/2025: trat tu xay dung o dia ban xa thi ai chiu trach nhiem?", DocRef("135", "2025", "Luật")),
    # a law named inside another text's title is the nearer kind's
    ("Nghị định hướng dẫn Luật Đất đai 31/2024 về bồi thường", DocRef("31", "2024", "Luật")),
])
def test_a_text_is_named_by_its_kind_title_and_number(question, ref):
    assert refs_in(question) == [ref]


@pytest.mark.parametrize("question", ["Kế hoạch triển khai trong tháng 6/2025 gồm gì?",
                                      "Đề án giai đoạn 2021/2025 do ai chủ trì?"])
def test_a_month_or_a_period_names_no_text(question):
    assert refs_in(question) == []


def test_a_law_without_a_dated_header_takes_its_year_from_its_number():
    meta = parse_file(VBPL / "luat-130-2025.html", Settings()).meta
    assert (meta.number, meta.date, meta.year) == ("130/2025/QH15", "", "2025")


def test_a_law_named_by_title_and_number_is_asked_for_its_own_tasks(ask):
    # Luật 130/2025 Điều 99.7: "Ủy ban nhân dân các cấp, trong phạm vi nhiệm vụ, quyền hạn của mình, thực hiện quản lý nhà
    # nước khu vực lân cận cảng hàng không; bảo vệ môi trường cảng hàng không; ..." (blind set b115-24). Before, the
    # number's "2025" was read as a year asked and the law, dated by no header, was left out: refused.
    a = ask("Theo Luật Hàng không dân dụng 130/2025, UBND các cấp phải lo những việc gì với khu vực quanh sân bay?")
    assert not a.refused and "khu vực lân cận cảng hàng không" in a.text, a.text
    assert {c.file_name for c in a.citations} == {"luat-130-2025.html"}, [c.file_name for c in a.citations]


def test_aviation_denies_nothing(ask):
    # "hàng không" holds "không" (not); "không chủ trì" was read as denying what "... ai triệu tập, chủ trì?" asks
    question = "Họp liên tịch định kỳ giữa các cơ quan QLNN ở sân bay do ai triệu tập, chủ trì theo Luật HKDD 130/2025?"
    assert not _denies("2. Cảng vụ hàng không chủ trì, phối hợp hoạt động của các cơ quan quản lý nhà nước tại cảng "
                       "hàng không; triệu tập và chủ trì các cuộc họp liên tịch", fold(question))
    assert _denies("Các trường hợp sau đây không bắt buộc phải ghi rõ cụm từ", fold("bắt buộc phải ghi cụm từ gì?"))
    a = ask(question)
    assert a.text.startswith("Cảng vụ hàng không") and a.citations[0].section == "Điều 102.2", a.text


def test_a_day_of_the_calendar_is_asked_before_which_milestone(ask):
    # TT 83/2025/TT-NHNN Điều 69.3 against 69.5 (blind set b115-16, refused before: "mốc" was taken for the topic)
    a = ask("Theo TT 83 của NHNN, NHTM phải ra kế hoạch kiểm toán nội bộ cho năm tới trước mốc nào?")
    assert "trước ngày 15 tháng 12 của năm trước" in a.text and a.citations[0].section == "Điều 69.3", a.text


def test_each_piece_of_a_clause_answers_with_its_own_body(ask):
    # Luật Xây dựng 135/2025 Điều 47.3 (blind set b115-19): the clause leads by its first body, the province
    a = ask("luat xay dung 135/2025: trat tu xay dung o dia ban xa thi ai chiu trach nhiem toan dien theo phan cap cua tinh?")
    assert a.text.startswith("Ủy ban nhân dân cấp xã"), a.text
    a = ask("Luật Xây dựng 135/2025: ai chịu trách nhiệm toàn diện về trật tự xây dựng theo phạm vi quản lý trên địa bàn "
            "tỉnh?")
    assert a.text.startswith("Ủy ban nhân dân cấp tỉnh"), a.text
