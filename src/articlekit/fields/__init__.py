"""One module per field: plain functions of a Document returning ``Found(value, source)`` or None."""
