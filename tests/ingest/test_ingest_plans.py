"""What `kehoach ingest` / `inspect` make of the five real sample plans: clause tree, responsibilities, repairs."""

from __future__ import annotations

import re

import pytest

from conftest import PLANS, plan_path
from ingest.pipeline import ingest_file
from core.settings import load_settings
from core.units import unit_key


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("parse"))
    out = {}
    for prefix in ("hai-phong", "ha-tinh", "dong-thap", "hai-duong", "thai-nguyen"):
        doc, chunks = ingest_file(plan_path(prefix), settings)
        out[prefix] = (doc, chunks)
    return out


def clause(doc, path):
    found = [c for c in doc.clauses if c.path == path]
    assert found, f"{doc.file_name}: no clause {path}; have {[c.path for c in doc.clauses][:80]}"
    return found[0]


def by_title(doc, fragment):
    found = [c for c in doc.clauses if fragment in c.text]
    assert found, f"{doc.file_name}: no clause containing {fragment!r}"
    return found[0]


def keys(units):
    return {unit_key(u) for u in units}


# --- Hải Phòng: markdown headings whose levels disagree with the numbering ----------------------
def test_hai_phong_media_clause_is_III_1_2_with_lead_and_partners(docs):
    doc, _ = docs["hai-phong"]
    c = clause(doc, "III.1.2")
    assert c.title == "Tuyên truyền trên phương tiện thông tin đại chúng"
    assert c.responsibility.lead == ["Phòng Phổ biến, giáo dục pháp luật"]
    assert {"Báo và Phát thanh, truyền hình Hải Phòng", "Công an thành phố"} <= set(c.responsibility.partners)
    assert c.heading_trail == ["NHIỆM VỤ CỤ THỂ", "Tăng cường công tác tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống mua bán người"]
    # the span points back at the exact source text
    assert doc.source_text[c.span[0]:c.span[1]].startswith("##### ***1.2. Tuyên truyền")


def test_hai_phong_double_hash_item_stays_under_section_III(docs):
    doc, _ = docs["hai-phong"]
    c = clause(doc, "III.2")  # written "## **2. ..." under "### **III. ..."
    assert c.title.startswith("Phối hợp thực hiện công tác xây dựng văn bản quy phạm pháp luật")
    assert "Phòng Xây dựng văn bản quy phạm pháp luật" in c.responsibility.lead
    assert all("*" not in x.text and not x.text.startswith("#") for x in doc.clauses)


def test_hai_phong_bullets_inherit_their_parent_responsibility(docs):
    doc, _ = docs["hai-phong"]
    bullet = clause(doc, "III.1.2.1")
    assert bullet.responsibility.inherited
    assert bullet.responsibility.lead == ["Phòng Phổ biến, giáo dục pháp luật"]


def test_hai_phong_metadata(docs):
    m = docs["hai-phong"][0].meta
    assert (m.issuer, m.number, m.place, m.year, m.province) == ("Sở Tư pháp Hải Phòng", "/KH-STP", "Hải Phòng", "2026-2030", "Hải Phòng")
    assert m.date == "2026"  # day and month left blank in the plan


def test_hai_phong_giao_chu_tri_lead(docs):
    doc, _ = docs["hai-phong"]
    c = clause(doc, "IV.2")
    assert c.text.startswith("2. Giao Phòng Phổ biến, giáo dục pháp luật chủ trì")
    assert c.responsibility.lead == ["Phòng Phổ biến, giáo dục pháp luật"]


def test_hai_phong_page_break_sentence_is_joined(docs):
    doc, _ = docs["hai-phong"]
    c = clause(doc, "II.3")
    assert "đơn vị thuộc Sở với các cơ quan, đơn vị có liên quan" in c.text


# --- Hà Tĩnh: italic parentheticals, a footnote inside a paragraph -------------------------------
def test_ha_tinh_parenthetical_lead_and_partners(docs):
    doc, _ = docs["ha-tinh"]
    c = clause(doc, "II.2.c")
    r = c.responsibility
    assert keys(r.implementers) == keys(["Phòng Hành chính và Bổ trợ tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh"])
    assert keys(r.partners) == keys(["các Phòng chuyên môn"])


def test_ha_tinh_footnote_lifted_out_and_attached(docs):
    doc, _ = docs["ha-tinh"]
    assert not any("Trọng tâm là" in c.text for c in doc.clauses)
    b = clause(doc, "II.2.b")
    # the sentence the footnote interrupted is whole again
    assert "qua các nền tảng" in b.text or "nền tảng số (app, mạng xã hội, website...)" in b.text
    assert re.search(r"\S số \(app, mạng xã hội", b.text)
    a = clause(doc, "II.1.a")
    assert any(f.startswith("1. Trọng tâm là:") for f in a.footnotes)


def test_ha_tinh_opening_lead_in_organisation_section(docs):
    doc, _ = docs["ha-tinh"]
    c = clause(doc, "III.3")
    assert c.responsibility.lead == ["Phòng Kiểm tra văn bản quy phạm pháp luật"]


# --- Đồng Tháp: hard-wrapped PDF text, "+ Đơn vị chủ trì:" lines -------------------------------
def test_dong_thap_plus_lines_give_lead_partners_deadline(docs):
    doc, _ = docs["dong-thap"]
    c = by_title(doc, "Tiếp tục triển khai các hoạt động truyền thông truyền thống")
    assert c.path == "II.2.a.3"
    assert c.responsibility.lead == ["Công an tỉnh"]
    assert "Ủy ban nhân dân các xã, phường" in c.responsibility.partners
    assert c.responsibility.deadline.startswith("Tháng 7 đến tháng 9/2026")


def test_dong_thap_unit_name_with_internal_comma_and_dash(docs):
    doc, _ = docs["dong-thap"]
    c = by_title(doc, "Lồng ghép tuyên truyền về phòng, chống tội phạm, phòng, chống mua bán người vào các hoạt động văn hóa")
    assert c.responsibility.lead == ["Sở Văn hóa - Thể thao và Du lịch"]
    assert unit_key("Sở Văn hoá, Thể thao và Du lịch") == unit_key(c.responsibility.lead[0])


def test_dong_thap_no_hard_wrap_breaks_inside_sentences(docs):
    doc, _ = docs["dong-thap"]
    for c in doc.clauses:
        for line in c.text.split("\n"):
            # every line of a clause is a whole paragraph or an attribute line: no line ends mid-word
            assert not re.search(r"[a-zà-ỹ]$", line) or len(line) < 200 or line.endswith(("người", "phường", "xã hội")), line[-80:]
    c = by_title(doc, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh" in c.responsibility.partners
    assert doc.meta.title == "Thực hiện công tác phòng, chống tội phạm, phòng, chống mua bán người trên địa bàn tỉnh Đồng Tháp năm 2026"


def test_dong_thap_targets_and_metadata(docs):
    doc, _ = docs["dong-thap"]
    c = clause(doc, "I.3")
    assert {"ít nhất 10%", "trên 80%", "trên 95%"} <= set(c.responsibility.targets)
    assert (doc.meta.issuer, doc.meta.number, doc.meta.date) == ("Ủy ban nhân dân tỉnh Đồng Tháp", "/KH-UBND", "2026-02")


def test_dong_thap_giao_tham_muu_is_an_adviser(docs):
    doc, _ = docs["dong-thap"]
    c = by_title(doc, "Giao Công an tỉnh tham mưu")
    assert c.responsibility.advisers == ["Công an tỉnh"]


# --- Hải Dương: long paragraphs with "(X chủ trì, phối hợp ... thực hiện)" -----------------------
def test_hai_duong_standalone_parenthetical_belongs_to_previous_item(docs):
    doc, _ = docs["hai-duong"]
    c = by_title(doc, "Đánh giá vai trò, trách nhiệm của Ban Chỉ đạo 138 các cấp")
    assert c.responsibility.lead == ["Công an tỉnh"]
    assert keys(c.responsibility.partners) == keys(["các sở, ngành, địa phương"])


def test_hai_duong_footnote_continuation_after_page_break(docs):
    doc, _ = docs["hai-duong"]
    a = clause(doc, "II.1.a")
    assert "mua bán người là nhiệm vụ quan trọng" in a.text  # the sentence is joined across the footnote
    assert a.footnotes and "Chương trình hành động số 5122/CTrHĐ-BCĐ" in a.footnotes[0]
    assert not any(c.text.startswith("đối với công tác") for c in doc.clauses)


def test_hai_duong_metadata_and_target(docs):
    doc, _ = docs["hai-duong"]
    assert doc.meta.issuer == "Ban Chỉ đạo 138 tỉnh Hải Dương"
    assert doc.meta.year == "2025"
    assert "ít nhất 5%" in clause(doc, "I.3").responsibility.targets


# --- Thái Nguyên: items 1.1, 2.3; "- Đơn vị chủ trì thực hiện:" ----------------------------------
def test_thai_nguyen_chu_tri_thuc_hien_lead_and_deadline(docs):
    doc, _ = docs["thai-nguyen"]
    c = clause(doc, "II.1.3")
    assert c.responsibility.lead == ["Công an tỉnh"]
    assert c.responsibility.partners == ["Các sở, ban, ngành"]
    assert c.responsibility.deadline == "Xong trong tháng 4/2026"


def test_thai_nguyen_numbered_sub_items_and_targets(docs):
    doc, _ = docs["thai-nguyen"]
    c = clause(doc, "II.2.3")
    assert c.responsibility.lead == ["Sở Văn hoá, Thể thao và Du lịch"]
    assert c.responsibility.deadline == "Thường xuyên"
    t = [x for x in doc.clauses if x.path.startswith("I.3.")]
    assert any("ít nhất 10%" in x.responsibility.targets for x in t)
    assert doc.meta.title == "Công tác phòng, chống tội phạm; phòng, chống ma túy; phòng chống mua bán người năm 2026"


def test_thai_nguyen_tham_muu_lead_and_adviser(docs):
    doc, _ = docs["thai-nguyen"]
    r = clause(doc, "II.1.1").responsibility
    assert r.lead == ["Công an tỉnh"] and r.advisers == ["Công an tỉnh"]


# --- all five -------------------------------------------------------------------------------
def test_every_plan_has_tree_tasks_and_chunks_within_token_limit(docs):
    from ingest.chunk import Chunker

    counter = Chunker()
    for prefix, (doc, chunks) in docs.items():
        tasks = [c for c in doc.clauses if c.is_task]
        assert len(doc.clauses) >= 20 and len(tasks) >= 6, prefix
        assert sum(1 for c in tasks if c.responsibility.lead) >= 5, prefix
        ids = [c.id for c in doc.clauses]
        assert len(ids) == len(set(ids)), prefix
        for c in doc.clauses:
            assert 0 <= c.span[0] < c.span[1] <= len(doc.source_text)
        covered = {cid for ch in chunks for cid in ch.clause_ids}
        assert {c.id for c in tasks} <= covered, prefix
        for ch in chunks:
            assert counter.count(ch.text) <= 350 + 5
            assert ch.embed_text.startswith(doc.meta.issuer)


def test_sample_folder_holds_exactly_the_five_plans():
    assert len(sorted(PLANS.glob("*.txt"))) == 5
