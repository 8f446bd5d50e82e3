"""List editors of the decree form: lettered/numbered lines, diktum clauses, BAB/Pasal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from sopstudio.model.decree import Article, Chapter, Diktum
from sopstudio.model.numbering import diktum_ordinal, letter_label
from sopstudio.ui.list_editor import ListEditor
from sopstudio.ui.text_fields import FieldTextEdit

#: Markers of the decree's lists, by 1-based position.
LETTERED: Callable[[int], str] = lambda n: f"{letter_label(n)}."  # noqa: E731
NUMBERED: Callable[[int], str] = lambda n: f"{n}."  # noqa: E731

DATA = Qt.ItemDataRole.UserRole


class _MarkerDelegate(QStyledItemDelegate):
    """Shows each row's marker before its text; editing sees the text alone."""

    def __init__(self, marker: Callable[[int], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.marker = marker

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = f"{self.marker(index.row() + 1)}  {option.text}"


class MarkedListEditor(ListEditor):
    """A list editor whose rows show their printed markers (a., b., ... or 1., 2., ...)."""

    def __init__(self, marker: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marker = marker
        self.list.setItemDelegate(_MarkerDelegate(lambda n: self.marker(n), self.list))


class DiktumEditor(MarkedListEditor):
    """The diktum clauses (KESATU, KEDUA, ...): texts edited in place; each clause keeps
    whether the lettered SOP list follows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.ordinal_first = "KESATU"
        super().__init__(lambda n: diktum_ordinal(n, self.ordinal_first), parent)
        self.lists_sops = QCheckBox(self.tr("Diikuti daftar SOP dari Lampiran"), self)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.layout().removeWidget(self.list)
        column.addWidget(self.list, 1)
        column.addWidget(self.lists_sops)
        self.layout().insertLayout(0, column, 1)
        self.list.currentRowChanged.connect(self._show_flag)
        self.lists_sops.clicked.connect(self._toggle_flag)

    def set_ordinal_first(self, first: str) -> None:
        self.ordinal_first = first
        self.list.viewport().update()

    def _item(self, value: Diktum) -> QListWidgetItem:  # type: ignore[override]
        item = QListWidgetItem(value.text)
        item.setData(DATA, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def items(self) -> list[Diktum]:  # type: ignore[override]
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            old: Diktum = item.data(DATA)
            result.append(Diktum(item.text(), old.lists_sops, old.sop_items))
        return result

    def set_items(self, items: list[Diktum]) -> None:  # type: ignore[override]
        super().set_items(items)
        self._show_flag(self.list.currentRow())

    def add_item(self) -> None:
        items = self.items()
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(items)
        items.insert(row, Diktum(""))
        self.list_changed.emit(items)
        self.list.setCurrentRow(row)
        self.list.editItem(self.list.item(row))

    def _show_flag(self, row: int) -> None:
        self.lists_sops.setEnabled(row >= 0)
        self.lists_sops.setChecked(row >= 0 and self.list.item(row).data(DATA).lists_sops)

    def _toggle_flag(self, checked: bool) -> None:
        row = self.list.currentRow()
        if row >= 0:
            items = self.items()
            items[row].lists_sops = checked
            self.list_changed.emit(items)


class _AfterTabDelegate(QStyledItemDelegate):
    """Shows a row's label: the text after its key and a tab."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = option.text.partition("\t")[2]


class KeyedRows(ListEditor):
    """Rows "<key>\t<label>" showing only their label, not editable in place; a row added
    with the + button has no key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        self.list.setItemDelegate(_AfterTabDelegate(self.list))

    @staticmethod
    def _item(text: str) -> QListWidgetItem:
        return QListWidgetItem(text)

    def add_item(self) -> None:
        """Add a row (without a key) below the current one."""
        items = self.items()
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(items)
        items.insert(row, "")
        self.list_changed.emit(items)
        self.list.setCurrentRow(row)


class ChapterEditor(QWidget):
    """The BAB/Pasal body of a Peraturan: chapters, their articles, each article's
    paragraphs (one per line). Emits the whole new chapter list after each change."""

    #: The new chapter list, and whether it comes from typing (which merges).
    chapters_changed = Signal(list, bool)
    #: A typing session ended (the next keystroke starts a new undo step).
    session_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chapters: list[Chapter] = []
        self.chapter_list = KeyedRows(self)
        self.title = FieldTextEdit(self)
        self.title.setPlaceholderText("BAB I\nKETENTUAN UMUM")
        self.title.setMaximumHeight(60)
        self.article_list = KeyedRows(self)
        self.paragraphs = FieldTextEdit(self)
        self.paragraphs.setPlaceholderText(self.tr("Satu ayat atau butir per baris"))
        self.lists_sops = QCheckBox(self.tr("Diikuti daftar SOP dari Lampiran"), self)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Judul bab (satu baris per baris cetak)"), self))
        right.addWidget(self.title)
        right.addWidget(QLabel(self.tr("Pasal dalam bab ini"), self))
        right.addWidget(self.article_list)
        right.addWidget(QLabel(self.tr("Isi pasal"), self))
        right.addWidget(self.paragraphs, 1)
        right.addWidget(self.lists_sops)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chapter_list, 1)
        layout.addLayout(right, 2)
        # The list editors emit lists of their row texts; rows map to chapters/articles.
        self.chapter_list.list_changed.connect(self._chapters_reordered)
        self.article_list.list_changed.connect(self._articles_reordered)
        self.chapter_list.list.currentRowChanged.connect(lambda _r: self._show_chapter())
        self.article_list.list.currentRowChanged.connect(lambda _r: self._show_article())
        self.title.textChanged.connect(self._title_edited)
        self.paragraphs.textChanged.connect(self._paragraphs_edited)
        self.lists_sops.clicked.connect(self._flag_toggled)
        self.title.session_ended.connect(self.session_ended)
        self.paragraphs.session_ended.connect(self.session_ended)

    # -- model -> widgets -------------------------------------------------------------

    @staticmethod
    def _chapter_label(chapter: Chapter) -> str:
        return " \u2014 ".join(line for line in chapter.title.split("\n") if line.strip()) or "BAB"

    def set_chapters(self, chapters: list[Chapter]) -> None:
        """Show the decree's chapters, keeping the selected chapter and article."""
        self._chapters = chapters
        labels = [f"{index}\t{self._chapter_label(c)}" for index, c in enumerate(chapters)]
        self.chapter_list.set_items(labels)
        if self.chapter_list.list.currentRow() < 0 and chapters:
            self.chapter_list.list.setCurrentRow(0)
        self._show_chapter()

    def _chapter(self) -> Chapter | None:
        row = self.chapter_list.list.currentRow()
        return self._chapters[row] if 0 <= row < len(self._chapters) else None

    def _article(self) -> Article | None:
        chapter = self._chapter()
        row = self.article_list.list.currentRow()
        return chapter.articles[row] if chapter and 0 <= row < len(chapter.articles) else None

    def _first_pasal(self) -> int:
        row = self.chapter_list.list.currentRow()
        return 1 + sum(len(c.articles) for c in self._chapters[: max(row, 0)])

    def _show_chapter(self) -> None:
        chapter = self._chapter()
        self.title.setEnabled(chapter is not None)
        self.article_list.setEnabled(chapter is not None)
        self.title.set_text(chapter.title if chapter else "")
        first = self._first_pasal()
        self.article_list.set_items(
            [f"{first + i}\tPasal {first + i}" for i in range(len(chapter.articles))]
            if chapter
            else []
        )
        if chapter and chapter.articles and self.article_list.list.currentRow() < 0:
            self.article_list.list.setCurrentRow(0)
        self._show_article()

    def _show_article(self) -> None:
        article = self._article()
        self.paragraphs.setEnabled(article is not None)
        self.lists_sops.setEnabled(article is not None)
        self.paragraphs.set_text("\n".join(article.paragraphs) if article else "")
        self.lists_sops.setChecked(bool(article and article.lists_sops))

    # -- widgets -> model -------------------------------------------------------------

    def _emit(self, chapters: list[Chapter], typing: bool = False) -> None:
        self.chapters_changed.emit(chapters, typing)

    def _chapters_reordered(self, rows: list[str]) -> None:
        # Rows carry "<old index>\t<label>"; a new (empty) row is a new chapter.
        chapters = []
        for row in rows:
            index, _, _label = row.partition("\t")
            chapters.append(
                self._chapters[int(index)]
                if index.isdigit()
                else Chapter(f"BAB {len(chapters) + 1}\nJUDUL BAB")
            )
        self._emit(chapters)

    def _articles_reordered(self, rows: list[str]) -> None:
        chapter = self._chapter()
        if chapter is None:
            return
        first = self._first_pasal()
        articles = []
        for row in rows:
            number, _, _label = row.partition("\t")
            articles.append(
                chapter.articles[int(number) - first] if number.isdigit() else Article([""])
            )
        chapters = list(self._chapters)
        chapters[self.chapter_list.list.currentRow()] = Chapter(chapter.title, articles)
        self._emit(chapters)

    def _title_edited(self) -> None:
        chapter = self._chapter()
        if chapter is not None:
            chapters = list(self._chapters)
            chapters[self.chapter_list.list.currentRow()] = Chapter(
                self.title.toPlainText(), chapter.articles
            )
            self._emit(chapters, typing=True)

    def _replace_article(self, article: Article, typing: bool = False) -> None:
        chapter = self._chapter()
        assert chapter is not None
        articles = list(chapter.articles)
        articles[self.article_list.list.currentRow()] = article
        chapters = list(self._chapters)
        chapters[self.chapter_list.list.currentRow()] = Chapter(chapter.title, articles)
        self._emit(chapters, typing)

    def _paragraphs_edited(self) -> None:
        article = self._article()
        if article is not None:
            self._replace_article(
                Article(self.paragraphs.toPlainText().split("\n"), article.lists_sops), typing=True
            )

    def _flag_toggled(self, checked: bool) -> None:
        article = self._article()
        if article is not None:
            self._replace_article(Article(list(article.paragraphs), checked))
