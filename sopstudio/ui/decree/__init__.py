"""The decree editor: a tab per open Keputusan or Peraturan, with its Lampiran."""

from sopstudio.ui.decree.document import DecreeCommand, DecreeDocument
from sopstudio.ui.decree.tab import DecreeTab

__all__ = ["DecreeCommand", "DecreeDocument", "DecreeTab"]
