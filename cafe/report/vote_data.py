"""A dot vote's results as the report and the slides read them (:class:`VoteResult`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoteResult:
    """A dot vote's results as the report and the slides print them."""

    uuid: str
    title: str
    dots: int  # per phone
    voters: int
    open: bool
    #: (choice, dots given), most dots first
    rows: tuple[tuple[str, int], ...]


def vote_results(snapshot) -> tuple[VoteResult, ...]:
    from cafe.plenary.votes import vote_title

    return tuple(VoteResult(v.uuid, vote_title(v, snapshot), v.dots, v.voters, v.open,
                            tuple((text, n) for _uuid, text, n in v.ranked()))
                 for v in getattr(snapshot, "votes", ()) if v.voters)
