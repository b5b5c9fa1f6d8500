"""Onboarding commands of ``pmqa``: create an organisation, add and list its units."""

from __future__ import annotations

from datetime import UTC, datetime

import click

from bot.cli.support import BY_CLI, friendly_errors, open_services, organisation_of
from bot.cli.text_table import table
from bot.importing import named
from handlers.ports import StorageError, UnitOrigin
from kpi_core.models import Organisation, Unit
from kpi_core.org_names import labels, name_clash, with_names

ORG_HEADER = ("หน่วยงาน", "ชื่อย่อ", "ชื่อเรียกอื่น", "หน่วยงานย่อย")
UNIT_HEADER = ("ลำดับ", "หน่วยงานย่อย", "ชื่อย่อ", "ชื่อเรียกอื่น")


@click.group("org")
def org() -> None:
    """สร้างหน่วยงาน (ส่วนราชการ) ที่จะใช้บอท"""


@org.command("add")
@click.argument("name")
@click.option("--short-name", default="", help="ชื่อย่อ เช่น สป.รง.")
@click.option("--alias", "aliases", multiple=True, help="ชื่อเรียกอื่น (ใส่ซ้ำได้หลายชื่อ)")
@click.option("--parent", default="", help="สังกัด เช่น กระทรวงแรงงาน")
@click.pass_context
@friendly_errors
def org_add(
    ctx: click.Context, name: str, short_name: str, aliases: tuple[str, ...], parent: str
) -> None:
    """เพิ่มหน่วยงานใหม่ (ชื่อ ชื่อย่อ และชื่อเรียกอื่นใช้กับ --org และในแชทได้ทุกที่)"""
    name = name.strip()
    if not name:
        raise click.BadParameter("ต้องระบุชื่อหน่วยงาน")
    services = open_services(ctx)
    store = services.db.organisations
    if store.get(name) is not None:
        raise StorageError(f"มีหน่วยงาน {name} อยู่แล้ว")
    new = named(with_names(Organisation(name, parent=parent.strip()), short_name.strip(), aliases))
    clash = name_clash(new, [labels(o) for o in map(store.get, store.names()) if o])
    if clash is not None:
        raise StorageError(f"ชื่อ {clash[0]} เป็นของ {clash[1]} อยู่แล้ว")
    store.save(new, by=BY_CLI)
    names = ", ".join(n for n in (new.short_name, *new.aliases) if n)
    click.echo(f"เพิ่มหน่วยงาน {name}" + (f" ({names})" if names else "") + " แล้ว")


@org.command("list")
@click.pass_context
@friendly_errors
def org_list(ctx: click.Context) -> None:
    """รายชื่อหน่วยงาน พร้อมชื่อย่อ ชื่อเรียกอื่น และจำนวนหน่วยงานย่อย"""
    store = open_services(ctx).db.organisations
    found = [o for o in map(store.get, store.names()) if o is not None]
    if not found:
        click.echo("ยังไม่มีหน่วยงาน (เพิ่มด้วย pmqa org add หรือ pmqa import-plan)")
        return
    rows = [ORG_HEADER] + [
        (o.name, o.short_name or "-", ", ".join(o.aliases) or "-", str(len(o.units))) for o in found
    ]
    click.echo(table(rows))


@click.group("unit")
def unit() -> None:
    """เพิ่มและดูหน่วยงานย่อย (กอง/สำนัก/ศูนย์) ของหน่วยงาน"""


@unit.command("add")
@click.argument("name")
@click.option("--org", "org_name", required=True, help="ชื่อ ชื่อย่อ หรือชื่อเรียกของหน่วยงาน")
@click.option("--short-name", default="", help="ชื่อย่อ เช่น กค.")
@click.option("--alias", "aliases", multiple=True, help="ชื่อเรียกอื่น (ใส่ซ้ำได้หลายชื่อ)")
@click.option("--coordinator", is_flag=True, help="หน่วยงานที่ประสานงาน PMQA (เช่น กลุ่มพัฒนาระบบบริหาร)")
@click.pass_context
@friendly_errors
def unit_add(
    ctx: click.Context,
    name: str,
    org_name: str,
    short_name: str,
    aliases: tuple[str, ...],
    coordinator: bool,
) -> None:
    """เพิ่มหน่วยงานย่อยให้หน่วยงาน (ชื่อซ้ำกับหน่วยงานย่อยที่มีอยู่จะถูกปฏิเสธ)"""
    if not name.strip():
        raise click.BadParameter("ต้องระบุชื่อหน่วยงานย่อย")
    services = open_services(ctx)
    organisation = organisation_of(services, org_name)
    names = tuple(a.strip() for a in aliases if a.strip())
    added = services.db.organisations.add_unit(
        organisation.name,
        Unit(name.strip(), short_name.strip(), names, coordinator),
        UnitOrigin(BY_CLI, datetime.now(UTC)),
    )
    label = f"{added.name} ({added.short_name})" if added.short_name else added.name
    click.echo(f"เพิ่มหน่วยงานย่อย {label} ให้ {organisation.name} แล้ว")


@unit.command("list")
@click.option("--org", "org_name", required=True, help="ชื่อ ชื่อย่อ หรือชื่อเรียกของหน่วยงาน")
@click.pass_context
@friendly_errors
def unit_list(ctx: click.Context, org_name: str) -> None:
    """รายชื่อหน่วยงานย่อย พร้อมชื่อย่อและชื่อเรียกอื่น"""
    organisation = organisation_of(open_services(ctx), org_name)
    if not organisation.units:
        click.echo(f"{organisation.name}: ยังไม่มีหน่วยงานย่อย (เพิ่มด้วย pmqa unit add)")
        return
    rows = [UNIT_HEADER] + [
        (str(n), u.name, u.short_name or "-", ", ".join(u.aliases) or "-")
        for n, u in enumerate(organisation.units, start=1)
    ]
    click.echo(f"{organisation.name}: หน่วยงานย่อย {len(organisation.units)} หน่วย\n{table(rows)}")


COMMANDS = (org, unit)
