"""Words a copy ran together are cut back into syllables (ingest/readers/glued_syllables.py): a Vietnamese syllable
carries one tone mark at most, so a word with two or more is syllables run together; a document with many such words
has them cut back, others are left as they are."""

from __future__ import annotations

from api import parse_file
from core.settings import Settings
from core.syllables import syllables_of
from ingest.readers import read_file
from ingest.readers.glued_syllables import has_glued_syllables, split_glued_syllables
from tests.conftest import REPO

PANDOC = REPO / "tests" / "data" / "pandoc-md"

# KH 10-KH/ĐU of Đảng uỷ xã Công Hải (Khánh Hoà), 2025, III.3, as a repository keeps it (blind set b137-23)
RUN_TOGETHER = ("3. Văn phòng Đảng uỷchủtrì, phối hợp với các cơ quan có liên hướng dẫn, theo dõi, đôn đốc việc tiến "
                "hành tổng kết của các tổ chức Đảng, các cơ quan, đơn vị, xây dựng dựthảo Báo cáo tổng kết, gửi lấy ý "
                "kiến góp ý, phản biện, thẩm định và tiếp thu, hoàn chỉnh dựthảo Báo cáo bảo đảm chất lượng.")


def test_words_run_together_are_cut_back():
    assert syllables_of("uỷchủtrì") == ("uỷ", "chủ", "trì")
    assert syllables_of("Uyênvàcácxã") == ("Uyên", "và", "các", "xã")
    assert syllables_of("ĐỊACHẤT") == ("ĐỊA", "CHẤT")
    assert has_glued_syllables(RUN_TOGETHER)
    cut = split_glued_syllables(RUN_TOGETHER)
    assert cut.startswith("3. Văn phòng Đảng uỷ chủ trì, phối hợp") and "xây dựng dự thảo Báo cáo" in cut


def test_a_text_with_a_word_here_and_there_is_left_as_it_is():
    # one run-together word in a long text (a PDF's "Mẫusố") is no sign the copy ran its words together
    text = "Người đề nghị lập hồ sơ theo Mẫusố 01 tại Phụ lục kèm theo Nghị định này. " + "Sở Tư pháp chủ trì. " * 60
    assert split_glued_syllables(text) == text


def test_a_pandoc_copy_that_ran_words_together():
    # NQ 1670/NQ-UBTVQH15 (Lai Châu's communes) as pandoc made it: "... củathị trấn Than Uyên vàcácxã Mường Than ..."
    text = read_file(PANDOC / "nq-1670-2025-laichau.md", max_bytes=10 * 1024 * 1024).text
    assert "của thị trấn Than\nUyên và các xã Mường Than" in text
    doc = parse_file(PANDOC / "nq-1670-2025-laichau.md", Settings())
    assert any("và các xã Mường Than" in c.text for c in doc.clauses)
