"""Text helpers shared by the extractors: sentences, quotations, word lists."""
