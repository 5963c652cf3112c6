"""What every listing's filters offer: options with the number of results each would give."""

from dataclasses import dataclass


@dataclass
class FacetOption:
    """One choice of a filter: its value in the URL, its label and how many it finds."""

    value: str
    label: str
    count: int
    selected: bool
