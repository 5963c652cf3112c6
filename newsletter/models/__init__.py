from .digests import Delivery, DeliveryStatus, Digest, DigestItem, DigestStatus
from .subscribers import ContentKind, Subscriber, SubscriberStatus, normalise_email

__all__ = [
    "ContentKind",
    "Delivery",
    "DeliveryStatus",
    "Digest",
    "DigestItem",
    "DigestStatus",
    "Subscriber",
    "SubscriberStatus",
    "normalise_email",
]
