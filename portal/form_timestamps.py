"""When a reader's form was shown, signed: bots answer faster than a person can read, or replay
an old form. The page cache fills a fresh one into every page it serves (portal/serving/middleware.py)."""

import time

from django.core import signing

# Unchanged since the comment form introduced it, so forms already open stay valid.
SALT = "blog.comment-form"


def issue_timestamp():
    return signing.dumps(time.time(), salt=SALT)


def seconds_since(token):
    """How long ago the token was issued; raises signing.BadSignature, TypeError or ValueError
    for a token that is missing, forged or malformed."""
    return time.time() - float(signing.loads(token, salt=SALT))
