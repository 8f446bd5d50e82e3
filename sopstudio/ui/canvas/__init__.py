"""The swimlane canvas: scene, thin items, view, interactions and the in-place editor."""
