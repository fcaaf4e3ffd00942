"""The 87 real text documents of ../shared/plans-real: every one parses into a clause tree without the portal's
noise, with its metadata, and the assignments their text makes end in tasks with a lead."""

from __future__ import annotations

from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from api import parse_file
from core.settings import load_settings
from ingest.coverage import document_coverage

pytestmark = [pytest.mark.slow]  # parses all 87 documents (~25 s): `make test` only
ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "plans-real"
SPLIT = tomllib.loads((ROOT / "eval" / "real" / "split.toml").read_text(encoding="utf-8"))
PORTAL_NOISE = ("THƯ VIỆN PHÁP LUẬT", "Văn bản liên quan", "Quý khách Đăng nhập", "bị Đăng xuất", "Số hiệu:", "Loại văn bản:",
                "Link bài viết gốc", "Click vào phần bôi vàng", "Đang tải văn bản")


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    settings = load_settings(data_dir=tmp_path_factory.mktemp("real"))
    return {rel: parse_file(REAL / rel, settings) for rel in [*SPLIT["tune"], *SPLIT["check"]]}


def test_the_split_covers_every_text_document_once():
    on_disk = {f"{p.parent.name}/{p.name}" for folder in ("web", "office", "html") for p in (REAL / folder).iterdir()}
    assert sorted([*SPLIT["tune"], *SPLIT["check"]]) == sorted(on_disk)
    assert not set(SPLIT["tune"]) & set(SPLIT["check"])


def test_every_real_document_parses_into_a_tree_without_portal_noise(docs):
    assert len(docs) == 87
    for rel, doc in docs.items():
        assert len(doc.clauses) >= 2, rel
        text = "\n".join(c.text for c in doc.clauses)
        found = [n for n in PORTAL_NOISE if n in text]
        assert not found, (rel, found)


def test_metadata_of_real_documents(docs):
    with_number = [rel for rel, d in docs.items() if d.meta.number.strip("/")]
    with_kind = [rel for rel, d in docs.items() if d.meta.kind]
    assert len(with_number) >= 70 and len(with_kind) >= 75, (len(with_number), len(with_kind))
    m = docs["web/chinh-phu_623-tb-vpcp.md"].meta
    assert (m.kind, m.number, m.date, m.issuer, m.province) == ("Thông báo", "623/TB-VPCP", "2025-11-15",
                                                                "Văn phòng Chính phủ", "")  # national: no province
    m = docs["html/luong-minh_kh-thuc-hien-cong-tac-bau-cu.htm"].meta
    assert m.locality == "xã Lương Minh" and m.number == "16/KH-MTTQ-BTT"


@pytest.mark.parametrize("rel, kind, number, issuer", [
    # a bold title the portal broke after its first word: "QUYẾT" / "ĐỊNH" (was read as a letter, "Công văn")
    ("web/ha-noi_71-2025-qd-ubnd.md", "Quyết định", "71/2025/QĐ-UBND", "Ủy ban nhân dân thành phố Hà Nội"),
    # no header: the enacting line names the issuer, the attachment line the number
    ("web/vb_cd24d493.md", "Thông tư", "35/2025/TT-BKHCN", "Bộ Khoa học và Công nghệ"),
    # a Party header on two levels: "BAN CHẤP HÀNH / TRUNG ƯƠNG" over "BAN TỔ CHỨC"
    ("web/vb_fe168907.md", "Hướng dẫn", "45/HD/BTCTW", "Ban tổ chức Trung ương"),
    # a news-style heading naming the document: "TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ..."
    ("web/bo-chinh-tri_9615b53d.md", "Kết luận", "155-KL/TW", "Bộ Chính trị, ban bí thư"),
    # a conclusion notice of a Deputy Prime Minister with no header is the Government Office's (structure.toml)
    ("web/son-la_b13aef6a.md", "Thông báo", "", "Văn phòng Chính phủ"),
])
def test_metadata_forms_of_the_tuning_half(docs, rel: str, kind: str, number: str, issuer: str):
    assert rel in SPLIT["tune"]
    m = docs[rel].meta
    assert (m.kind, m.number, m.issuer) == (kind, number, issuer)


def test_assignments_in_the_tuning_half_end_in_tasks_with_a_lead(docs):
    total = covered = 0
    for rel in SPLIT["tune"]:
        cov = document_coverage(docs[rel])
        total += cov.total
        covered += cov.covered
    assert total >= 400
    assert covered / total >= 0.90, f"{covered}/{total}"
