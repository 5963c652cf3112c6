"""Mail backends that misbehave on purpose: the locmem outbox, with a crash or a refusal."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class WorkerKilled(BaseException):
    """Stands for the worker process dying (a BaseException, as SystemExit is)."""


class CrashingBackend(EmailBackend):
    """Takes ``limit`` messages in all, then the worker "dies" on the next one."""

    limit = None
    taken = 0

    def send_messages(self, messages):
        for message in messages:
            if CrashingBackend.limit is not None and CrashingBackend.taken >= CrashingBackend.limit:
                raise WorkerKilled
            CrashingBackend.taken += 1
            super().send_messages([message])
        return len(messages)


class RefusingBackend(EmailBackend):
    """Refuses every message to ``refused`` addresses, as a mail server does."""

    refused = set()

    def send_messages(self, messages):
        for message in messages:
            if set(message.to) & RefusingBackend.refused:
                raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"mailbox unavailable")})
            super().send_messages([message])
        return len(messages)
