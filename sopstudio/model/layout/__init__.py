"""The layout engine: an SOP in, paginated plain geometry out (see `geometry`)."""
