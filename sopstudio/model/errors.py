"""Error types raised by the model; their messages are in Bahasa Indonesia for the user."""


class SopStudioError(Exception):
    """Base of every error SOP Studio reports to the user."""


class FormatError(SopStudioError):
    """Input that cannot be read: unknown format, wrong version, corrupt or invalid data.

    `where` names the file and/or the place inside it (e.g. ``steps[3].kind``).
    """

    def __init__(self, message: str, where: str = "") -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)
