"""Run by tests/portal/test_ratelimit.py in a process of its own: N processes spend one limit at
the same moment, on the database in DATABASE_URL, and the outcomes are printed as JSON.

    python -m tests.portal.ratelimit_race <processes> <limit> [--create-table]
"""

import json
import multiprocessing
import os
import sys


def attempt(barrier, results):
    from django.db import connections

    from portal.limits import ratelimit

    barrier.wait()
    try:
        with ratelimit.hold("race", "203.0.113.7", limit=int(sys.argv[2]), window=3600) as bucket:
            bucket.spend()
        results.put("spent")
    except ratelimit.Exceeded:
        results.put("refused")
    except Exception as error:  # reported, so the test shows what went wrong
        results.put(repr(error))
    finally:
        connections.close_all()


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from django.db import connection, connections

    from portal.models import RateLimitBucket

    if "--create-table" in sys.argv:
        with connection.schema_editor() as editor:
            editor.create_model(RateLimitBucket)
    connections.close_all()  # each process opens its own

    count = int(sys.argv[1])
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(count), context.Queue()
    processes = [context.Process(target=attempt, args=(barrier, results)) for _ in range(count)]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join()
    print(json.dumps(outcomes))


if __name__ == "__main__":
    main()
