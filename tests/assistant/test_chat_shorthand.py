"""Chat shorthand staff type in a hurry ("làm j", "trc ngày nào", "phối hợp vs ai") reads as the words it stands for
(core/lexicon/questions.toml [[shorthand]]): the same intent, the same search, the same answer as the question typed in
full, on the bundled sample plans."""

from __future__ import annotations

import pytest

from assistant.understand import spell_out


@pytest.mark.parametrize("typed, spelled", [
    ("Sở Y tế phải làm j?", "Sở Y tế phải làm gì?"),
    ("so y te hai phong co nv gi", "so y te hai phong co nhiem vu gi"),  # typed without diacritics, kept so
    ("cq nào chủ trì, phối hợp vs ai?", "cơ quan nào chủ trì, phối hợp với ai?"),
    ("tuyen truyen xong trc ngay nao", "tuyen truyen xong truoc ngay nao"),
    ("hỗ trợ bao nhiu 1 tháng", "hỗ trợ bao nhiêu 1 tháng"),
    ("phan bien co thay the tham dinh ko?", "phan bien co thay the tham dinh khong?"),
    ("tg thuc hien la khi nao", "thoi gian thuc hien la khi nao"),
    # "Sở NV" is the Nội vụ department; a capital "NV" and a word holding the letters are left alone
    ("so nv lam j", "so nv lam gi"),
    ("Sở NV có nhiệm vụ gì?", "Sở NV có nhiệm vụ gì?"),
    ("Kế hoạch 12/KH-UBND giao cq nào?", "Kế hoạch 12/KH-UBND giao cơ quan nào?"),
    ("vsinh môi trường", "vsinh môi trường"),
    ("bcao kq ktra gửi đvi nào?", "báo cáo kết quả kiểm tra gửi đơn vị nào?"),
    ("ai qly, lm dau moi tchuc hoi nghi", "ai quan ly, lam dau moi to chuc hoi nghi"),
])
def test_shorthand_is_spelled_out(typed, spelled):
    assert spell_out(typed) == spelled


@pytest.mark.parametrize("typed, full", [
    ("Công an tỉnh Đồng Tháp phải làm j?", "Công an tỉnh Đồng Tháp phải làm gì?"),
    ("tuyen truyen phong chong mua ban nguoi tren phuong tien thong tin dai chung: dv nao chu tri, phoi hop vs ai?",
     "tuyen truyen phong chong mua ban nguoi tren phuong tien thong tin dai chung: dv nao chu tri, phoi hop voi ai?"),
    ("cq nào chủ trì tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?",
     "cơ quan nào chủ trì tuyên truyền phòng, chống mua bán người trên phương tiện thông tin đại chúng?"),
])
def test_a_question_in_shorthand_is_answered_as_the_one_in_full(sample_service, typed, full):
    short, long = sample_service.ask(typed), sample_service.ask(full)
    assert short.intent == long.intent
    assert not long.refused and not short.refused
    assert [c.clause_id for c in short.citations] == [c.clause_id for c in long.citations]
    # (the top three: a query embedding read back from the cache may swap two near-equal hits further down)
    assert [h.chunk.id for h in sample_service.search(typed, k=3)] == [h.chunk.id for h in sample_service.search(full, k=3)]
