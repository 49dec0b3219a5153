import datetime

import pytest
import time_machine

TODAY = datetime.date(2026, 11, 29)


@pytest.fixture
def frozen():
    """The clock stopped at 10:00 UTC on TODAY, for dates that reviews are stamped with."""
    with time_machine.travel(
        datetime.datetime(2026, 11, 29, 10, 0, tzinfo=datetime.UTC), tick=False
    ):
        yield
