"""A term the question puts in quotes (assistant/answer/default.py quoted_terms): the clause saying what it is answers,
and the sentence holding it is quoted."""

from assistant.answer.default import _defines_quoted, _holds_quoted, quoted_terms
from core.textnorm import fold


def test_a_quoted_term_is_found_and_defined():
    """'Nguyên tắc "06 rõ" ... gồm những gì?' (blind set b71-10): the clause saying what the quoted term is, not one only
    naming it (KH 155/KH-UBND of phường Phong Châu, II.3 and VI.1)."""
    quoted = quoted_terms(fold('Nguyên tắc "06 rõ" nêu trong kế hoạch cao điểm 180 ngày gồm những gì?'))
    assert quoted == ["06 ro"]
    assert _defines_quoted('- Thực hiện theo nguyên tắc "06 rõ": “rõ người, rõ việc, rõ thời gian', quoted)
    assert not _defines_quoted('phân công nhiệm vụ cụ thể ... theo nguyên tắc "06 rõ"; chỉ đạo huy động', quoted)
    # emphasis marks inside the quotes ("“*2 không*” là không có động cơ cá nhân", TB 627/TB-VPCP II.2) are no words
    assert _holds_quoted("với tinh thần “*3 có*” là ..., “*2 không*” là không có động cơ cá nhân", quoted_terms(
        fold('tb 627: "2 khong" ma TTg yeu cau la gi?')))
    assert quoted_terms(fold("Đơn vị nào chủ trì tuyên truyền?")) == []
