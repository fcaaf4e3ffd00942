"""One sentence splitter for the parser, the chunker and the answer: "TP."/"TX." inside a name end no sentence."""

from core.textnorm import split_sentences


def test_sentences_split_after_the_marks_and_at_line_breaks():
    assert split_sentences("Sở Y tế chủ trì. Sở Tư pháp phối hợp; Công an tỉnh\nbáo cáo.") == [
        "Sở Y tế chủ trì.", "Sở Tư pháp phối hợp;", "Công an tỉnh", "báo cáo."]
    assert split_sentences("Một: hai. Ba", ".!?") == ["Một: hai.", "Ba"]


def test_an_abbreviation_inside_a_name_ends_no_sentence():
    text = "Ủy ban nhân dân TP. Hà Nội chủ trì. UBND TX. Sa Pa phối hợp."
    assert split_sentences(text) == ["Ủy ban nhân dân TP. Hà Nội chủ trì.", "UBND TX. Sa Pa phối hợp."]


def test_a_lookahead_picks_where_to_split():
    text = "Cơ quan chủ trì: Sở X. thời gian: quý II. Thời gian: năm 2026."
    assert split_sentences(text, before="(?=[A-ZĐ])") == ["Cơ quan chủ trì: Sở X. thời gian: quý II.", "Thời gian: năm 2026."]
