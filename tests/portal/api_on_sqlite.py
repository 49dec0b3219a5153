"""Run by tests/portal/test_api_parameters.py in a process of its own, on the SQLite database in
DATABASE_URL (`make run`'s kind): migrate it, request each API address given, and print the
status and message of each as JSON.

    python -m tests.portal.api_on_sqlite <path?query> ...
"""

import json
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    client = Client(raise_request_exception=False)
    answers = []
    for url in sys.argv[1:]:
        response = client.get(url, HTTP_HOST="localhost")
        body = response.json() if response["Content-Type"].startswith("application/json") else {}
        answers.append([response.status_code, body.get("message")])
    print(json.dumps(answers))


if __name__ == "__main__":
    main()
