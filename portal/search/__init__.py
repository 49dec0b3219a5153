"""Site search: the view, and the tiers of page types apps put first."""
