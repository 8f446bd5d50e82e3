"""The main window's dialogs: export, recovery after a crash, preferences."""
