"""The main window's dock widgets: library, step properties, validation findings."""
