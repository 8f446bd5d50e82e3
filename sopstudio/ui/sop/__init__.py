"""The SOP editor: one tab per SOP (identity form and swimlane canvas), its edit commands and
pasting a copied table, beside `ui.decree` for decrees."""
