"""Round 35, review: the several-steps card (0efccd2) against cards open side by side.

A step already recorded is left out of a several-steps card when the card is drafted
(``_new_rows``: "stored once, never again"), but ``store_batch`` stores the drafted rows as they
were on its yes: a step confirmed on another card meanwhile is stored a second time, as a new
entry superseding nothing (two live entries of one unit's step; undo of the batch then leaves
the other). Older for several units (the same machinery on 1f51162), widened by 0efccd2 to
several steps of one's own unit, the common case. WRITE (a step stored twice).
"""

from __future__ import annotations

from handlers.confirmations import handle_confirm
from handlers.intents import MarkStep
from handlers.step_submissions import handle_mark_step
from kpi_core.models import SubmissionAction
from tests.fakes.chat import context
from tests.fakes.ports import FakePorts, stored
from tests.fakes.reading import yes
from tests.fakes.seed import COORDINATOR, SOMCHAI


def test_a_step_confirmed_on_another_card_meanwhile_is_not_stored_again(mol: FakePorts) -> None:
    # "ขั้นตอนที่ 1 กับ 3 ส่งแล้ว", then, before its yes, "ขั้นตอนที่ 3 ส่งแล้ว" on a card of its own.
    several = handle_mark_step(MarkStep("1", more_steps=("3",)), context(mol, SOMCHAI))
    one = handle_mark_step(MarkStep("3"), context(mol, SOMCHAI))
    handle_confirm(yes(one), context(mol, SOMCHAI, event_id="evt-one"))
    handle_confirm(yes(several), context(mol, SOMCHAI, event_id="evt-several"))
    step_three = [
        r
        for r in stored(mol)
        if (r.unit, r.step) == ("กองคลัง", 3) and r.action is not SubmissionAction.UNDO
    ]
    fresh = [r for r in step_three if r.supersedes is None]
    assert len(fresh) == 1, [(r.source_event_id, r.supersedes) for r in step_three]


def test_a_unit_confirmed_on_another_card_meanwhile_is_not_stored_again(mol: FakePorts) -> None:
    # Older (1f51162 the same): "กก. กับ กจ. ส่งแผนแล้ว", then "กก. ส่งแผนแล้ว" on its own card.
    several = handle_mark_step(MarkStep("3", unit="กก.", more=("กจ.",)), context(mol, COORDINATOR))
    one = handle_mark_step(MarkStep("3", unit="กก."), context(mol, COORDINATOR))
    handle_confirm(yes(one), context(mol, COORDINATOR, event_id="evt-one"))
    handle_confirm(yes(several), context(mol, COORDINATOR, event_id="evt-several"))
    fresh = [
        r.source_event_id
        for r in stored(mol)
        if (r.unit, r.step) == ("กองกลาง", 3) and r.supersedes is None
    ]
    assert fresh == ["evt-one"]
