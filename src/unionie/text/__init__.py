"""Text: bytes to text and layout (reader, layout, script), then the analysis layers every later stage reads: sentences, jieba words and POS, LAC words."""
