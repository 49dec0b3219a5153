"""Pharmacist review: who may sign off what, what a sign-off records, and reviews falling due.

Nothing is imported here: Wagtail loads `finish` while its own models are still loading.
"""
