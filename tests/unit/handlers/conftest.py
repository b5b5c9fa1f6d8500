"""Worlds for the handler tests: fake ports holding a seed organisation and the demo's people,
the team's group (``GROUP``) bound to it, at ``NOW`` (Tuesday 28 January 2025, 09:30)."""

from __future__ import annotations

import pytest

from tests.fakes.ports import FakePorts, fake_ports
from tests.fakes.seed import (
    COORDINATOR,
    PATHUM,
    SOMCHAI,
    SOMYING,
    budget_bureau,
    demo_rows,
    labour,
    ocsc,
    pathum_thani,
)


@pytest.fixture
def mol() -> FakePorts:
    """สป.รง. (the plan, six units), its coordinator, สมชาย and สมหญิง; nothing submitted yet."""
    return fake_ports(labour(), members=[COORDINATOR, SOMCHAI, SOMYING])


@pytest.fixture
def mol_demo(mol: FakePorts) -> FakePorts:
    """``mol`` with the demo's steps: every unit did steps 1–2, กองกลาง and กองคลัง step 3."""
    mol.submissions.load(labour().name, *demo_rows(labour().name))
    return mol


@pytest.fixture
def pathum() -> FakePorts:
    """ปทุมธานี (a report, no units) and its member ปทุม."""
    return fake_ports(pathum_thani(), members=[PATHUM])


@pytest.fixture
def bureau() -> FakePorts:
    """สำนักงบประมาณ with the demo's PMQA baseline (380) and result (395.50); no members."""
    ports = fake_ports(budget_bureau())
    ports.submissions.load(budget_bureau().name, *demo_rows(budget_bureau().name))
    return ports


@pytest.fixture
def civil_service() -> FakePorts:
    """สำนักงาน ก.พ. (two ethics indicators) with no members."""
    return fake_ports(ocsc())
