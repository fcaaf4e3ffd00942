"""kehoach — Trợ lý kế hoạch: hỏi đáp có trích dẫn trên các kế hoạch hành động của cơ quan nhà nước."""

__version__ = "0.1.0"
