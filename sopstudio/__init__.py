"""SOP Studio: write Indonesian government SOPs (Permenpan-RB 35/2012) offline."""

__version__ = "0.1.0"
