"""Unit keys read a question's words like a name: the punctuation a question ends with is no part of a word."""

from core.units import unit_key


def test_a_question_mark_after_an_abbreviation_keeps_it_expanded():
    # tune-fresh28 t28-08: the question names the Chairman the clause (QĐ 2979 Hà Tĩnh, Điều 2.3.2.e) acts for, as
    # "Chủ tịch UBND tỉnh?"; "UBND?" is "Ủy ban nhân dân" as much as "UBND" is
    question = ("Hà Tĩnh QĐ 2979 về chức năng Sở Tư pháp: UBND xã gửi đề nghị xóa dữ liệu hộ tịch điện tử thì cơ quan nào "
                "xem xét, phê duyệt theo ủy quyền của Chủ tịch UBND?")
    assert f" {unit_key('Chủ tịch Ủy ban nhân dân')} " in f" {unit_key(question)} "
    assert unit_key("Chủ tịch UBND tỉnh?") == unit_key("Chủ tịch Ủy ban nhân dân tỉnh")
