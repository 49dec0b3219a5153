"""What a sign-off quotes: the pharmacist's public name, credentials and registration.

Imported by the workflow's finish action while Wagtail's models are still loading, so it
imports nothing from Wagtail or from the portal's models.
"""


def identity(user):
    """(name, credentials, registration) as a sign-off quotes them, blank where missing."""
    profile = getattr(user, "pharmacist_profile", None)
    return (
        user.get_full_name().strip(),
        profile.credentials.strip() if profile else "",
        profile.registration_number.strip() if profile else "",
    )


def refusal(user):
    """Why `user` cannot sign a page off, or "" when they can."""
    name, credentials, registration = identity(user)
    if not name:
        return (
            "Add your first and last name to your account (Account → Name and email) before "
            "you sign off: readers see the name of the pharmacist who reviewed a page."
        )
    if not (credentials and registration):
        return (
            "Your Pharmacist profile needs your credentials and registration number before you "
            "sign off, because the review stamp quotes them: ask an administrator to add them "
            "(Settings → Pharmacist profiles)."
        )
    return ""


def stamp_fields(model, user, day):
    """The review fields a sign-off by `user` on `day` writes on a page of `model`."""
    name, credentials, registration = identity(user)
    return {
        "reviewed_by": user.pk,
        "reviewer_name": name,
        "reviewer_credentials": credentials,
        "reviewer_registration": registration,
        "last_reviewed": day.isoformat(),
        "next_review_due": model.next_review_from(day).isoformat(),
    }
