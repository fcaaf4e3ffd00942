"""Questions blind sets b41-b42 showed misread (twenty gazette PDFs of ministry circulars and consolidated texts kept
outside the repo; first runs 0.800 and 0.760 at b084282): an allowance or a benefit asked "bao nhiêu" asks money, so a
clause stating only a share of members ("ít nhất là 2/3 số thành viên") does not answer it."""

from __future__ import annotations

from assistant.understand import QuestionParser
from assistant.values import MONEY, value_asked


def test_an_allowance_asked_how_much_asks_money():
    parser = QuestionParser([], [], [])
    for question in ("Thành viên Đoàn đánh giá chất lượng thống kê theo TT 22/2022 được hưởng mức phụ cấp bao nhiêu?",
                     "VBHN 4804: trợ cấp mai táng cho người có công với cách mạng được chi bao nhiêu?"):
        assert value_asked(parser.parse(question)) is MONEY, question
    assert value_asked(parser.parse("trợ cấp thất nghiệp được hưởng bao nhiêu tháng?")) is not MONEY
    # a coefficient or an age (plans-real tuning sets: NĐ 158/2025/NĐ-CP, tune-fresh36 t36-12, tune-fresh40 t40-52)
    for question in ("NĐ 158/2025 về BHXH: thời gian công tác ở chiến trường B, C trước 30/4/1975 được áp hệ số phụ cấp "
                     "khu vực bao nhiêu khi tính trợ cấp một lần?",
                     "NĐ 158: cán bộ xã chờ đủ tuổi hưởng trợ cấp hằng tháng thì đủ bao nhiêu tuổi mới được hưởng?"):
        assert value_asked(parser.parse(question)) is not MONEY, question
