"""The moderator's clock actions (start, pause, extend, end, restart, stage messages).

Shared by the moderator's overview, the stage display and the Round menu, so
the same action has the same name on every undo step: "Start round 2",
"Add 5 minutes to Room XI", "Message to all rooms".

Contract
--------
* Main thread only. Every action is one ``controller.edit`` (one undo step)
  at the ticker's instant (``at=ticker.now()``), so the stored instants agree
  with the clock the displays count against.
* ``round_uuid=None`` means the round shown now
  (:func:`cafe.clock.overview.current_round`); ``room_uuids=None`` means every room
  taking part in the round, where the Service skips rooms the action does
  not apply to.
* A refusal is handed to ``on_refused(message)`` (a sentence for the user);
  the database is unchanged and the undo history drops the step.
* What can be done is read from ``controller.index`` (no database reads), so
  buttons can be enabled on every tick.
* Ending or restarting a round in all rooms asks first when it would stop or
  reset more than one room's clock (:mod:`ui.moderator.all_rooms`, Cancel by
  default); acting on chosen rooms does not ask.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cafe.clock.overview import current_round, round_room_uuids
from cafe.clock.text import format_remaining
from ui.common.clock_ticker import ClockTicker, planned_seconds
from ui.common.plural import english
from ui.moderator.all_rooms import AllRoomsConfirm, question
from ui.workshop.ops import S, call, call_named

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.workshop.controller import WorkshopController

#: the window's language for the texts here (lupdate reads the calls)
translate = QCoreApplication.translate
_STARTED = ("running", "paused", "finished")


@dataclass(frozen=True)
class Possible:
    """Which actions apply to some rooms of a round, from their states."""

    start: bool = False
    pause: bool = False
    resume: bool = False
    change_time: bool = False
    end: bool = False
    restart: bool = False

    @property
    def toggle(self) -> bool:
        """Space on a stage display does something: start, pause or resume."""
        return self.start or self.pause or self.resume


def _step_names(verb: str) -> tuple[str, str]:
    """The undo step of an action: (for the round in all its rooms, for named rooms)."""
    if verb == "Start":
        return translate("RoundControl", "Start round {0}"), translate("RoundControl", "Start round {0} in {1}")
    if verb == "Pause":
        return translate("RoundControl", "Pause round {0}"), translate("RoundControl", "Pause round {0} in {1}")
    if verb == "Resume":
        return translate("RoundControl", "Resume round {0}"), translate("RoundControl", "Resume round {0} in {1}")
    if verb == "End":
        return translate("RoundControl", "End round {0}"), translate("RoundControl", "End round {0} in {1}")
    return translate("RoundControl", "Restart round {0}"), translate("RoundControl", "Restart round {0} in {1}")


class RoundControl:
    """Clock actions as undo steps (see the module docstring)."""

    def __init__(self, controller: WorkshopController, ticker: ClockTicker,
                 on_refused: Callable[[str], None] | None = None, parent: QWidget | None = None):
        self.controller = controller
        self.ticker = ticker
        self.on_refused = on_refused
        #: the window a question about all rooms opens over (None: the active window)
        self.parent = parent

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` in the window's language (context "RoundControl"; English plurals without a translation)."""
        return english(translate("RoundControl", text, disambiguation, n), n)

    # -- reading ----------------------------------------------------------------------------------
    def round(self, round_uuid: str | None = None) -> Any | None:
        """The round ``round_uuid`` or, for None, the round shown now; None without rounds."""
        index = self.controller.index
        if index is None:
            return None
        if round_uuid is not None and round_uuid in index.rounds:
            return index.rounds[round_uuid]
        return current_round(index.snap, self.ticker.now())

    def rooms(self, round_uuid: str, room_uuids: Sequence[str] | None = None) -> list[str]:
        index = self.controller.index
        if index is None:
            return []
        return list(room_uuids) if room_uuids is not None else round_room_uuids(index, round_uuid)

    def possible(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> Possible:
        rnd = self.round(round_uuid)
        if rnd is None:
            return Possible()
        index = self.controller.index
        assert index is not None  # the round came from it
        states = {index.room_state(rnd.uuid, room) for room in self.rooms(rnd.uuid, room_uuids)}
        live = bool(states & {"running", "paused"})
        return Possible(start="scheduled" in states, pause="running" in states,
                        resume="paused" in states and "running" not in states, change_time=live,
                        end=live, restart=bool(states & set(_STARTED)))

    def _names(self, room_uuids: Sequence[str]) -> str:
        index = self.controller.index
        assert index is not None  # the round came from it
        return ", ".join(index.room_name(r) for r in room_uuids)

    def _step_name(self, verb: str, rnd: Any, room_uuids: Sequence[str] | None) -> str:
        """"Start round 2", "End round 2 in Room XI": the undo step's name."""
        whole, some = _step_names(verb)
        return whole.format(rnd.number) if room_uuids is None else some.format(rnd.number, self._names(room_uuids))

    # -- actions ----------------------------------------------------------------------------------
    def _act(self, verb: str, op: str, round_uuid: str | None, room_uuids: Sequence[str] | None,
             **kwargs: Any) -> bool:
        rnd = self.round(round_uuid)
        if rnd is None:
            self._refused(translate("RoundControl", "There is no round on the agenda yet."))
            return False
        rooms = None if room_uuids is None else list(room_uuids)
        text = self._step_name(verb, rnd, rooms)
        args = {"round_uuid": rnd.uuid, "room_uuids": rooms, "at": self.ticker.now(), **kwargs}
        return self.controller.edit(text, call_named(op, args), on_refused=self._refused) is not None

    def start(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        return self._act("Start", "start_round", round_uuid, room_uuids)

    def pause(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        return self._act("Pause", "pause_round", round_uuid, room_uuids)

    def resume(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        return self._act("Resume", "resume_round", round_uuid, room_uuids)

    def end(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        """End the round; in all rooms (``room_uuids`` None) only after the moderator confirms."""
        if room_uuids is None and not self.confirmed("end", round_uuid):
            return False
        return self._act("End", "end_round", round_uuid, room_uuids)

    def restart(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        """Restart the round from its full length; in all rooms only after the moderator confirms."""
        if room_uuids is None and not self.confirmed("restart", round_uuid):
            return False
        return self._act("Restart", "restart_round", round_uuid, room_uuids)

    def rooms_hit(self, verb: str, round_uuid: str | None = None) -> list[str]:
        """The rooms of the round that ending (``verb`` "end") or restarting it in all rooms would change."""
        rnd = self.round(round_uuid)
        index = self.controller.index
        if rnd is None or index is None:
            return []
        wanted = ("running", "paused") if verb == "end" else _STARTED
        return [r for r in self.rooms(rnd.uuid) if index.room_state(rnd.uuid, r) in wanted]

    def confirmed(self, verb: str, round_uuid: str | None = None) -> bool:
        """Ask before ending or restarting the round in more than one room; True to go ahead."""
        hit = self.rooms_hit(verb, round_uuid)
        if len(hit) < 2:
            return True  # one room (or none: the action itself says why nothing happens)
        rnd = self.round(round_uuid)
        index = self.controller.index
        assert rnd is not None and index is not None  # rooms_hit found rooms
        item = index.round_item(rnd)
        planned = format_remaining(planned_seconds(item)) if item is not None else ""
        title, text, action = question(verb, rnd.number, [index.room_name(r) for r in hit],
                                       len(self.rooms(rnd.uuid)), planned)
        return AllRoomsConfirm.ask(self.parent, title, text, action)

    def pause_or_resume(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        """Pause if any of the rooms runs, else resume the paused ones."""
        can = self.possible(round_uuid, room_uuids)
        if can.pause:
            return self.pause(round_uuid, room_uuids)
        if can.resume:
            return self.resume(round_uuid, room_uuids)
        self._refused(translate("RoundControl", "Nothing to pause or resume: the round is not running."))
        return False

    def toggle(self, round_uuid: str | None = None, room_uuids: Sequence[str] | None = None) -> bool:
        """Space on a stage display: pause if running, resume if paused, else start."""
        can = self.possible(round_uuid, room_uuids)
        if can.pause or can.resume:
            return self.pause_or_resume(round_uuid, room_uuids)
        if can.start:
            return self.start(round_uuid, room_uuids)
        self._refused(translate("RoundControl", "The round has ended here; use Restart to run it again."))
        return False

    def extend(self, minutes: int, round_uuid: str | None = None,
               room_uuids: Sequence[str] | None = None) -> bool:
        """Add ``minutes`` (negative: remove) to the running or paused rooms."""
        rnd = self.round(round_uuid)
        if rnd is None:
            self._refused(translate("RoundControl", "There is no round on the agenda yet."))
            return False
        rooms = None if room_uuids is None else list(room_uuids)
        n = abs(minutes)
        if rooms is None:
            text = (self.tr("Add %n minute(s) to round {0}", "", n) if minutes >= 0
                    else self.tr("Remove %n minute(s) from round {0}", "", n)).format(rnd.number)
        else:
            text = (self.tr("Add %n minute(s) to {0}", "", n) if minutes >= 0
                    else self.tr("Remove %n minute(s) from {0}", "", n)).format(self._names(rooms))
        args = {"round_uuid": rnd.uuid, "seconds": minutes * 60.0, "room_uuids": rooms, "at": self.ticker.now()}
        return self.controller.edit(text, call(S.extend_round, **args), on_refused=self._refused) is not None

    def send_message(self, message: str, round_uuid: str | None = None,
                     room_uuids: Sequence[str] | None = None) -> bool:
        """Show ``message`` on the rooms' stage displays during the round ("" clears it)."""
        rnd = self.round(round_uuid)
        if rnd is None:
            self._refused(translate("RoundControl", "There is no round on the agenda yet, "
                                                    "so there is no stage display to send to."))
            return False
        rooms = self.rooms(rnd.uuid, room_uuids)
        if not rooms:
            self._refused(translate("RoundControl", "Round {0} has no rooms yet.").format(rnd.number))
            return False
        message = " ".join(message.split())
        if room_uuids is None:
            text = (translate("RoundControl", "Message to all rooms") if message
                    else translate("RoundControl", "Clear the messages in all rooms"))
        else:
            names = self._names(rooms)
            text = (translate("RoundControl", "Message to {0}") if message
                    else translate("RoundControl", "Clear the message in {0}")).format(names)
        args = {"round_uuid": rnd.uuid, "messages": {room: message for room in rooms}}
        return self.controller.edit(text, call(S.set_stage_messages, **args), on_refused=self._refused) is not None

    def _refused(self, message: str) -> None:
        if self.on_refused is not None:
            self.on_refused(message)
        else:
            self.controller.notice.emit(message)
