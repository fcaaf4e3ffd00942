"""The fixed texts of answers: one refusal, the ask-back questions, who-does-what phrases (Vietnamese first)."""

from __future__ import annotations

from core.models import Clause, Responsibility

REFUSAL = "Không có trong kế hoạch: các kế hoạch đã nạp không nêu nội dung này."


def not_indexed(places: list[str]) -> str:
    return f"Không có trong kế hoạch: chưa có kế hoạch nào của {', '.join(places)} được nạp."


def not_stated(what: str, where: str) -> str:
    """"Không có trong kế hoạch: mục III.1.2 (Sở Tư pháp Hải Phòng) không nêu đơn vị phối hợp.\""""
    return f"Không có trong kế hoạch: {where} không nêu {what}."


def section_name(clause: Clause) -> str:
    """"mục III.1.2", or "phần mở đầu" for the text before a document's first section (a letter's opening, path "0")."""
    return "phần mở đầu" if clause.kind == "preamble" else f"mục {clause.path}"


NO_LEAD_NAMED = "Văn bản không nêu đơn vị chủ trì nhiệm vụ này"
ASK_TASK = "Bạn hỏi về nhiệm vụ nào? Hãy nêu nhiệm vụ (và kế hoạch hoặc tỉnh), ví dụ: “ai chủ trì tuyên truyền trên báo đài ở Hải Phòng?”."
ASK_UNIT = "Bạn hỏi về đơn vị nào? Hãy nêu tên đơn vị, ví dụ: “Công an tỉnh Đồng Tháp chủ trì những nhiệm vụ nào?”."
ASK_PLAN = "Bạn hỏi về kế hoạch nào? Hãy nêu tỉnh, cơ quan ban hành hoặc số kế hoạch."
ASK_LIST = "Chưa có danh sách nào trong cuộc trò chuyện để chọn. Bạn hỏi về nhiệm vụ nào?"


def ask_which_plan(options: list[str]) -> str:
    return f"Câu trả lời trước nêu nhiều kế hoạch ({'; '.join(options)}). Bạn hỏi kế hoạch nào?"


def ask_item(n_items: int) -> str:
    return f"Danh sách trước chỉ có {n_items} nhiệm vụ. Bạn hỏi nhiệm vụ thứ mấy?"


def role_parts(r: Responsibility, lead: list[str], lead_word: str, implementers: bool = False) -> list[str]:
    """"Công an tỉnh chủ trì", "tham mưu: …", "phối hợp: …" (and "thực hiện: …"), "thời gian: …" of a task."""
    parts = []
    if lead:
        named = ", ".join(lead)  # "Cơ quan chủ trì" leads: not "Cơ quan chủ trì chủ trì"
        parts.append(named if named.lower().endswith(f" {lead_word}") else f"{named} {lead_word}")
    if r.advisers and not lead:
        parts.append(f"{', '.join(r.advisers)} tham mưu")  # "Giao Công an tỉnh tham mưu UBND tỉnh theo dõi ...": who
    elif r.advisers and r.advisers != lead:
        parts.append(f"tham mưu: {', '.join(r.advisers)}")
    if r.partners:
        parts.append(f"phối hợp: {', '.join(r.partners)}")
    if implementers and r.implementers and r.lead and r.implementers != r.lead:
        parts.append(f"thực hiện: {', '.join(r.implementers)}")
    if r.deadline:
        parts.append(f"thời gian: {r.deadline}")
    return parts
