"""Deadlines as dated ranges and question time windows (core/dates.py): the date arithmetic, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates import due_in, issued_date, month_end, parse_deadline, parse_window, period_ends, quarter_range
from core.models import DeadlineKind, DeadlineRange, Document

ISSUED = date(2026, 2, 14)  # a plan signed in February 2026
TODAY = date(2026, 4, 15)  # a fixed "today" for the question windows


@pytest.mark.parametrize("text, kind, start, end", [
    # a day, "by" a day, with and without the year (the plan's date gives it)
    ("ngày 15/11/2025", DeadlineKind.DAY, "2025-11-15", "2025-11-15"),
    ("trước ngày 10/3/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-03-10"),
    ("trước ngày 14/6", DeadlineKind.BEFORE, "2026-02-14", "2026-06-14"),
    ("trước ngày 25/02/2025", DeadlineKind.BEFORE, "", "2025-02-25"),  # before the plan itself: no start
    ("Hoàn thành trước ngày 25 tháng 11 năm 2025", DeadlineKind.BEFORE, "", "2025-11-25"),
    ("chậm nhất ngày 31/12/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-12-31"),
    ("truoc ngay 30/6/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-06-30"),  # typed without diacritics
    # months: 30/31 days, February, leap year, a month before the plan's = next year
    ("Xong trong tháng 4/2026", DeadlineKind.MONTH, "2026-04-01", "2026-04-30"),
    ("trong tháng 12/2025", DeadlineKind.MONTH, "2025-12-01", "2025-12-31"),
    ("tháng 2/2028", DeadlineKind.MONTH, "2028-02-01", "2028-02-29"),
    ("tháng 2 năm 2027", DeadlineKind.MONTH, "2027-02-01", "2027-02-28"),
    ("trong tháng 01", DeadlineKind.MONTH, "2027-01-01", "2027-01-31"),
    ("trong tháng 5", DeadlineKind.MONTH, "2026-05-01", "2026-05-31"),
    # quarters in Roman or Arabic numerals
    ("quý III/2026", DeadlineKind.QUARTER, "2026-07-01", "2026-09-30"),
    ("trong quý 4 năm 2026", DeadlineKind.QUARTER, "2026-10-01", "2026-12-31"),
    ("Quý I/2027", DeadlineKind.QUARTER, "2027-01-01", "2027-03-31"),
    # ranges
    ("Tháng 7 đến tháng 9/2026 (cao điểm phòng, chống mua bán người)", DeadlineKind.RANGE, "2026-07-01", "2026-09-30"),
    ("từ tháng 11/2025 đến tháng 2/2026", DeadlineKind.RANGE, "2025-11-01", "2026-02-28"),
    ("tháng 7 - 9/2026", DeadlineKind.RANGE, "2026-07-01", "2026-09-30"),
    ("từ ngày 1/7 đến 30/9/2026", DeadlineKind.RANGE, "2026-07-01", "2026-09-30"),
    ("Quý II - quý III/2026", DeadlineKind.RANGE, "2026-04-01", "2026-09-30"),
    ("giai đoạn 2026 - 2030", DeadlineKind.RANGE, "2026-01-01", "2030-12-31"),
    ("Quý IV/2025 và Quý I/2026", DeadlineKind.RANGE, "2025-10-01", "2026-03-31"),
    ("tháng 5, tháng 6/2026", DeadlineKind.RANGE, "2026-05-01", "2026-06-30"),
    ("từ ngày 01 tháng 01 năm 2026", DeadlineKind.RANGE, "2026-01-01", ""),  # in force from then: due at no date
    ("kể từ ngày 04/12/2025", DeadlineKind.RANGE, "2025-12-04", ""),
    ("6 tháng đầu năm 2026", DeadlineKind.RANGE, "2026-01-01", "2026-06-30"),
    ("6 tháng cuối năm 2026", DeadlineKind.RANGE, "2026-07-01", "2026-12-31"),
    # "before a month" = by the end of the month before; "to the end of a month" = by its end
    ("trước tháng 5/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-04-30"),
    ("đến hết tháng 4/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-04-30"),
    ("trước quý III/2026", DeadlineKind.BEFORE, "2026-02-14", "2026-06-30"),
    # years
    ("năm 2026", DeadlineKind.YEAR, "2026-01-01", "2026-12-31"),
    ("Trong năm 2027", DeadlineKind.YEAR, "2027-01-01", "2027-12-31"),
    # no date: continuous, recurring, a time allowed after an event
    ("Thường xuyên.", DeadlineKind.CONTINUOUS, "", ""),
    ("thường xuyên, liên tục", DeadlineKind.CONTINUOUS, "", ""),
])
def test_deadline_ranges(text, kind, start, end):
    due = parse_deadline(text, ISSUED)
    assert due is not None, text
    assert (due.kind, due.start, due.end) == (kind, start, end), text


@pytest.mark.parametrize("text, period", [
    ("hằng quý", "quarter"),
    ("Hàng quý", "quarter"),
    ("định kỳ 6 tháng", "half_year"),
    ("Định kỳ hằng quý, 6 tháng, 1 năm", "quarter"),
    ("hàng năm", "year"),
    ("định kỳ hằng tháng", "month"),
    ("mỗi tuần", "week"),
    ("định kỳ 6 tháng (trước ngày 14/6)", "half_year"),  # the days repeat every period: still recurring
])
def test_recurring(text, period):
    due = parse_deadline(text, ISSUED)
    assert due is not None and due.kind == DeadlineKind.RECURRING and due.recurring == period and not due.dated


def test_within_working_days_is_not_a_date():
    due = parse_deadline("trong thời hạn 03 ngày làm việc", ISSUED)
    assert due == DeadlineRange(DeadlineKind.WITHIN, days=3, working_days=True)
    assert parse_deadline("trong vòng 15 ngày", ISSUED).days == 15


def test_no_time_phrase_and_unknown_year():
    assert parse_deadline("", ISSUED) is None
    assert parse_deadline("Phòng Tư pháp chủ trì", ISSUED) is None
    assert parse_deadline("trước ngày 18 tháng cuối quý", ISSUED) is None  # no month named
    undated = parse_deadline("trước ngày 14/6", None)  # no year, and the plan's date is unknown
    assert undated.kind == DeadlineKind.BEFORE and not undated.dated


def test_calendar_helpers():
    assert month_end(2024, 2) == date(2024, 2, 29) and month_end(2100, 2) == date(2100, 2, 28)
    assert month_end(2026, 12) == date(2026, 12, 31)
    assert quarter_range(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert issued_date("2026-02") == date(2026, 2, 1) and issued_date("2026") == date(2026, 1, 1)
    assert issued_date("") is None and issued_date("2026-02-30") is None


@pytest.mark.parametrize("question, start, end", [
    ("Việc gì đến hạn trong tháng 12/2025?", date(2025, 12, 1), date(2025, 12, 31)),
    ("nhiem vu nao phai hoan thanh trong thang 4/2026", date(2026, 4, 1), date(2026, 4, 30)),
    ("Những việc phải xong trước 30/6?", None, date(2026, 6, 30)),
    ("việc gì phải xong trước ngày 31/3?", None, date(2027, 3, 31)),  # 31/3 has passed: next year's
    ("Việc gì đến hạn quý này?", date(2026, 4, 1), date(2026, 6, 30)),
    ("quý tới có việc gì?", date(2026, 7, 1), date(2026, 9, 30)),
    ("Tháng tới có những nhiệm vụ nào?", date(2026, 5, 1), date(2026, 5, 31)),
    ("tháng sau phải làm gì", date(2026, 5, 1), date(2026, 5, 31)),
    ("tháng trước có việc gì đến hạn", date(2026, 3, 1), date(2026, 3, 31)),
    ("năm nay có những việc gì", date(2026, 1, 1), date(2026, 12, 31)),
    ("năm sau", date(2027, 1, 1), date(2027, 12, 31)),
    ("quý III/2026 có những việc gì", date(2026, 7, 1), date(2026, 9, 30)),
    ("6 tháng đầu năm có việc gì", date(2026, 1, 1), date(2026, 6, 30)),
    ("30 ngày tới", date(2026, 4, 15), date(2026, 5, 15)),
    ("2 tháng tới", date(2026, 4, 15), date(2026, 6, 15)),
    ("tuần này", date(2026, 4, 13), date(2026, 4, 19)),
    ("từ tháng 5 đến tháng 8/2026", date(2026, 5, 1), date(2026, 8, 31)),
    ("Nhiệm vụ nào đã quá hạn?", None, date(2026, 4, 14)),
])
def test_question_windows_relative_to_a_fixed_today(question, start, end):
    w = parse_window(question, TODAY)
    assert w is not None, question
    assert (w.start, w.end) == (start, end), (question, w)


def test_window_at_year_and_quarter_ends():
    dec = date(2025, 12, 31)
    assert parse_window("quý tới", dec).start == date(2026, 1, 1)
    assert parse_window("tháng tới", dec).end == date(2026, 1, 31)
    assert parse_window("tháng trước", date(2026, 1, 10)).start == date(2025, 12, 1)
    assert parse_window("quý này", date(2026, 3, 31)).end == date(2026, 3, 31)
    assert parse_window("ai chủ trì tuyên truyền?", TODAY) is None


def test_due_in_a_window():
    april = parse_window("trong tháng 4/2026", TODAY)
    assert due_in(parse_deadline("Xong trong tháng 4/2026", ISSUED), april)
    assert due_in(parse_deadline("trước ngày 30/4/2026", ISSUED), april)
    assert not due_in(parse_deadline("trước ngày 1/5/2026", ISSUED), april)  # the day after the window
    assert not due_in(parse_deadline("Thường xuyên", ISSUED), april)
    assert not due_in(parse_deadline("hằng quý", ISSUED), april)
    summer = parse_deadline("Tháng 7 đến tháng 9/2026", ISSUED)
    august = parse_window("tháng 8/2026", TODAY)
    assert not due_in(summer, august) and due_in(summer, august, ongoing=True)
    assert due_in(summer, parse_window("quý III/2026", TODAY))
    by_june = parse_window("trước 30/6", TODAY)
    assert due_in(parse_deadline("trước ngày 10/3/2026", ISSUED), by_june)  # overdue ones are "due by" too


def test_recurring_tasks_fall_due_at_period_ends():
    q2 = parse_window("quý này", TODAY)  # April-June 2026
    assert period_ends("quarter", q2) == [date(2026, 6, 30)]
    assert period_ends("half_year", q2) == [date(2026, 6, 30)]
    assert period_ends("year", q2) == []
    assert period_ends("month", q2) == [date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 30)]
    # only while the plan runs
    assert period_ends("quarter", q2, (date(2027, 1, 1), date(2027, 12, 31))) == []


def test_the_range_survives_the_catalog_round_trip():
    doc = Document.from_dict({
        "id": "d", "file_name": "d.txt", "source_format": "txt", "sha256": "x", "meta": {},
        "clauses": [{"id": "d:1", "doc_id": "d", "path": "1", "label": "1.", "title": "t", "text": "t", "level": 0,
                     "responsibility": {"deadline": "quý III/2026",
                                        "due": {"kind": "quarter", "start": "2026-07-01", "end": "2026-09-30"}}}],
    })
    due = doc.clauses[0].responsibility.due
    assert due.kind == DeadlineKind.QUARTER and due.end_date == date(2026, 9, 30)
    import json

    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again.clauses[0].responsibility.due == due
