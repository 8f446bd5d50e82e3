"""The decree editor: a tab per open Keputusan or Peraturan, with its Lampiran."""

from sopstudio.ui.decree.document import DecreeDocument, SetDecreeValue
from sopstudio.ui.decree.tab import DecreeTab

__all__ = ["DecreeDocument", "DecreeTab", "SetDecreeValue"]
