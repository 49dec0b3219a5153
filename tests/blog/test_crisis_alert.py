"""The moderators' crisis alert survives a mail server that is down: the reader still gets their
page and the signposting, the comment is kept, and the alert goes out once the server is back.
With the site's own task backend, the reader's request does not even talk to the mail server:
the alert waits in the database for the task worker."""

import datetime
import os
import socket
import subprocess
import sys
import threading

from django.core import mail
from django.core.management import call_command
from django.db import connection

import pytest
from django_tasks_db.models import DBTaskResult

from blog.models import Comment
from portal.settings import base
from tests.blog.factories import make_post
from tests.blog.forms import comment_form

URL = "/blog/post/"


@pytest.fixture
def post(blog_index):
    return make_post(blog_index, slug="post", title="A post", date=datetime.date.today())


@pytest.fixture
def smtp_down(settings):
    """A real SMTP backend pointed at a loopback port nothing listens on: every send is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    return settings


def crisis_comment(client):
    return client.post(
        f"{URL}comment/", comment_form(body="I have saved up my tablets for tonight")
    )


def test_a_mail_server_that_is_down_loses_neither_the_comment_nor_the_alert(
    client, post, moderator, smtp_down
):
    response = crisis_comment(client)
    assert response.status_code == 302
    assert response["Location"].endswith("?comment=crisis#comment-status")
    assert "116 123" in client.get(response["Location"]).text
    comment = Comment.objects.get()
    assert comment.status == Comment.HELD and "crisis" in comment.reasons
    assert comment.alert_sent_at is None and comment.alert_attempts == 1

    call_command("send_crisis_alerts")  # still down: kept for the next run
    comment.refresh_from_db()
    assert comment.alert_sent_at is None and comment.alert_attempts == 2

    smtp_down.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_crisis_alerts")
    comment.refresh_from_db()
    assert comment.alert_sent_at is not None
    assert [m.to for m in mail.outbox] == [[moderator.email]]
    assert "I have saved up my tablets" in mail.outbox[0].body

    call_command("send_crisis_alerts")  # sent once, never again
    assert len(mail.outbox) == 1


def test_an_alert_sent_at_once_is_not_sent_again(client, post, moderator):
    crisis_comment(client)
    assert len(mail.outbox) == 1
    assert Comment.objects.get().alert_sent_at is not None
    call_command("send_crisis_alerts")
    assert len(mail.outbox) == 1


@pytest.fixture
def silent_smtp(settings):
    """A mail server that takes every connection and never says a word, as a hung one does;
    it counts the connections it was offered."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    offered = []

    def accept():
        while True:
            try:
                offered.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.getsockname()[1]
    settings.EMAIL_TIMEOUT = 3
    yield offered
    server.close()
    for accepted in offered:
        accepted.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_readers_request_never_waits_on_the_mail_server(
    client, post, moderator, silent_smtp, settings
):
    settings.TASKS = base.TASKS  # the site's own backend, as make run and make serve have it
    response = crisis_comment(client)
    assert response["Location"].endswith("?comment=crisis#comment-status")
    assert silent_smtp == []  # the request did not open a connection to the mail server
    comment = Comment.objects.get()
    assert "crisis" in comment.reasons and comment.alert_sent_at is None
    queued = DBTaskResult.objects.get(task_path="blog.alerts.send_crisis_alert")
    assert queued.args_kwargs["args"] == [comment.pk]

    # The worker, in a process of its own as make run and make serve start it, sends it (with
    # the test settings' in-memory mail backend: sent is recorded on the comment).
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "PORTAL_TEST_TASK_WORKER": "1",
    }
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    comment.refresh_from_db()
    assert comment.alert_sent_at is not None and comment.alert_attempts == 1
    assert DBTaskResult.objects.get(pk=queued.pk).status == "SUCCESSFUL"


def database_url(db):
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
