from .pages import (
    EventException,
    EventFormat,
    EventIndexPage,
    EventLanguage,
    EventPage,
    EventType,
    Registration,
    Repeat,
)
from .registrations import EventRegistration, RegistrationStatus

__all__ = [
    "EventException",
    "EventFormat",
    "EventIndexPage",
    "EventLanguage",
    "EventPage",
    "EventRegistration",
    "EventType",
    "Registration",
    "RegistrationStatus",
    "Repeat",
]
