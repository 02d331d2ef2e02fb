"""A dot vote's results as report blocks: who voted, then the choices with their dots, most first.

Every writer (PDF, Word, Markdown) prints a vote after the lessons under the heading
:func:`vote_heading`, with these blocks: a sentence ("23 participants voted; dots per person: 3.") and
a numbered list ("**12 dots**: Fair recruitment"). The choices are the participants' words as
the vote offered them: plain text, never read as markup.
"""

from __future__ import annotations

from cafe.i18n import _
from cafe.report import markup as mk
from cafe.report.slides import dots_text
from cafe.report.vote_data import VoteResult


def vote_heading(vote: VoteResult) -> str:
    return _("Dot vote: {title}").format(title=vote.title)


def vote_blocks(vote: VoteResult) -> list:
    from cafe.i18n import ngettext

    voted = ngettext("{n} participant voted; dots per person: {dots}.",
                     "{n} participants voted; dots per person: {dots}.", vote.voters)
    voted = voted.format(n=vote.voters, dots=vote.dots)
    if vote.open:
        voted += " " + _("The vote was still open when this report was written.")
    items = tuple((mk.Bold((mk.Text(dots_text(n)),)), mk.Text(": " + text)) for text, n in vote.rows)
    return [mk.Para((mk.Text(voted),)), mk.Numbered(items)]
