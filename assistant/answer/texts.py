"""The fixed texts of answers: one refusal, the ask-back questions (Vietnamese first)."""

from __future__ import annotations

REFUSAL = "Không có trong kế hoạch: các kế hoạch đã nạp không nêu nội dung này."


def not_indexed(places: list[str]) -> str:
    return f"Không có trong kế hoạch: chưa có kế hoạch nào của {', '.join(places)} được nạp."


def not_stated(what: str, where: str) -> str:
    """"Không có trong kế hoạch: mục III.1.2 (Sở Tư pháp Hải Phòng) không nêu đơn vị phối hợp.\""""
    return f"Không có trong kế hoạch: {where} không nêu {what}."


ASK_TASK = "Bạn hỏi về nhiệm vụ nào? Hãy nêu nhiệm vụ (và kế hoạch hoặc tỉnh), ví dụ: “ai chủ trì tuyên truyền trên báo đài ở Hải Phòng?”."
ASK_UNIT = "Bạn hỏi về đơn vị nào? Hãy nêu tên đơn vị, ví dụ: “Công an tỉnh Đồng Tháp chủ trì những nhiệm vụ nào?”."
ASK_PLAN = "Bạn hỏi về kế hoạch nào? Hãy nêu tỉnh, cơ quan ban hành hoặc số kế hoạch."
ASK_LIST = "Chưa có danh sách nào trong cuộc trò chuyện để chọn. Bạn hỏi về nhiệm vụ nào?"


def ask_which_plan(options: list[str]) -> str:
    return f"Câu trả lời trước nêu nhiều kế hoạch ({'; '.join(options)}). Bạn hỏi kế hoạch nào?"


def ask_item(n_items: int) -> str:
    return f"Danh sách trước chỉ có {n_items} nhiệm vụ. Bạn hỏi nhiệm vụ thứ mấy?"
