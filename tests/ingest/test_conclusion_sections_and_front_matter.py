"""Stop 82's reading rules, on TB 17-TB/ĐU of Ban Thường vụ Đảng uỷ xã Công Hải (2025) as a repository digitised it
(tests/data/blind-docs, blind set b137, read after its first run):

- a Markdown copy's front matter ("---" / ``so_hieu: "17-TB/ĐU"`` / "---") is metadata, not text: it gives the number
  the stamped header left blank ("Số -TB/ĐU") and the date;
- in a copy that runs words together, small letters running into capitals ("Đảng uỷUBND xã") and one-mark words that
  are syllables run together ("vệsinh", "sốthôn") are cut back too;
- a roman section whose sentences follow its title on the next line, with no items under it ("III. Về các nội dung
  liên quan công tác cán bộ" / "... Giao Ban Xây dựng Đảng phối hợp ... tiếp tục tham mưu ..."), assigns as an item
  does;
- the concluding body agreeing ("Ban Thường vụ Đảng uỷ cơ bản nhất trí với các nhóm nhiệm vụ, giải pháp ...") leads
  nothing, and its name ends before "cơ bản nhất trí".
"""

from __future__ import annotations

import pytest

from api import parse_file
from core.settings import Settings
from ingest.readers import read_file
from ingest.readers.front_matter import split_front_matter
from ingest.readers.glued_syllables import split_glued_syllables
from ingest.responsibilities import extract_from_text
from ingest.units import unit_phrase_at
from tests.conftest import REPO, asker

TB17 = REPO / "tests" / "data" / "blind-docs" / "tb-17-2025-dang-uy-xa-conghai-ket-luan-btv.md"


@pytest.fixture(scope="module")
def doc():
    return parse_file(TB17, Settings())


def _clause(doc, path):
    return next(c for c in doc.clauses if c.path == path)


def test_front_matter_gives_number_and_date_and_leaves_the_text():
    read = read_file(TB17, max_bytes=10 * 1024 * 1024)
    assert read.fields["so hieu"] == "17-TB/ĐU" and read.fields["ngay ban hanh"] == "ngày 30/9/2025"
    assert not read.text.startswith("---") and "so_hieu:" not in read.text


def test_the_number_left_blank_in_the_header_comes_from_the_front_matter(doc):
    assert doc.meta.number == "17-TB/ĐU" and doc.meta.date == "2025-09-30"


def test_a_block_that_is_no_front_matter_stays():
    text = "---\nSố hiệu: 12/KH-UBND\n---\nKẾ HOẠCH\n"  # a label of the text, not an identifier's key
    assert split_front_matter(text) == (text, {})
    assert split_front_matter("KẾ HOẠCH\n---\nso_hieu: 1\n---\n") == ("KẾ HOẠCH\n---\nso_hieu: 1\n---\n", {})


def test_words_running_into_capitals_and_one_mark_words_are_cut_in_a_copy_that_runs_words_together():
    text = read_file(TB17, max_bytes=10 * 1024 * 1024).text
    assert "Giao Ban Xây dựng Đảng phối hợp Đảng uỷ UBND xã tiếp tục tham mưu" in text
    assert "vệ sinh môi trường, xử lý rác thải ở một số thôn" in text
    # a text that does not run its words together keeps its "camera" and its "iPhone"
    plain = "Sở Công an lắp camera giám sát; cấp iPhone cho cán bộ. " * 40
    assert split_glued_syllables(plain) == plain


def test_a_sections_sentences_assign_as_an_items_do(doc):
    # "III. Về các nội dung liên quan công tác cán bộ / ... Giao Ban Xây dựng Đảng phối hợp Đảng uỷ UBND xã tiếp tục
    # tham mưu thực hiện các quy trình, thủ tục đảm bảo theo quy định." (b137-28)
    section = _clause(doc, "III")
    r = section.responsibility
    assert "Ban Xây dựng Đảng" in r.lead + r.implementers
    assert "Ban Thường vụ Đảng uỷ" not in r.lead
    assert "Đảng uỷ UBND xã" in r.partners


def test_the_concluding_body_agreeing_leads_nothing(doc):
    for path in ("I.3", "I.3.1", "I.3.2"):
        assert not any("Ban Thường vụ" in u for u in _clause(doc, path).responsibility.lead), path
    text = "Ban Thường vụ Đảng uỷ cơ bản nhất trí với các nhóm nhiệm vụ, giải pháp đã được đề cập trong dự thảo báo cáo."
    assert unit_phrase_at(text, 0)[0] == "Ban Thường vụ Đảng uỷ"
    assert not extract_from_text(text).lead
    # a duty that unifies a task is still a duty (QĐ 99/2025/QĐ-UBND Nghệ An Điều 15.2.a)
    duty = "Văn phòng Ủy ban nhân dân tỉnh thực hiện thống nhất việc quản lý văn bản đi, đến."
    r = extract_from_text(duty)
    assert r.lead + r.implementers == ["Văn phòng Ủy ban nhân dân tỉnh"]


ask = asker("conclusion-sections", [TB17])


def test_a_question_naming_the_notice_by_its_number_is_answered_from_it(ask):
    # b137-30, which had been answered from another document: the notice's number was blank in its header
    a = ask("tb ket luan 17-TB/DU xa Cong Hai: so hoc sinh chua ra lop la bao nhieu em?")
    assert "80 em" in a.text and a.citations and a.citations[0].section == "I.2.3"
