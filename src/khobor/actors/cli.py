"""`khobor actors ...`: look up who a name denotes on a date, and rebuild the registry."""
from __future__ import annotations

import json
from pathlib import Path

import click


def _iso_day(value: str | None) -> str | None:
    """--date as a real calendar day: "2021-13-01" and "yesterday" are refused, not ignored."""
    import datetime
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, e.g. 2021-03-01)", param_hint="--date")


@click.group("actors")
def actors_group():
    """The bilingual, date-aware actor registry."""


@actors_group.command("show")
@click.argument("name")
@click.option("--date", "date", default=None, callback=lambda ctx, param, value: _iso_day(value),
              help="YYYY-MM-DD: the role in force on this day (default: latest).")
@click.option("--lang", "lang", default=None, help="Language of NAME (bn, en); default: any.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def show(name, date, lang, as_json):
    """Print the actor NAME resolves to and the role in force."""
    from .link import get_registry

    reg = get_registry()
    m = reg.match(name, lang, date)
    if m is None:
        if as_json:
            click.echo(json.dumps({"query": name, "date": date, "actor": None}, ensure_ascii=False))
        else:
            click.echo(f"{name}: no actor (unknown or ambiguous)")
        raise SystemExit(1)
    a = m.actor
    actor = reg.to_actor(a, date)
    role = m.role or a.role_on(date)
    out = {"query": name, "date": date, "how": m.how, "score": round(m.score, 2),
           "actor": actor.model_dump(exclude_none=True), "type": a.type,
           "role": role.to_json() if role else None,
           "aliases": {k: v[:6] for k, v in a.aliases.items()}}
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(f"{a.name}  [{a.id}]  {a.type}  country={actor.country or '-'}  sector={actor.sector or '-'}"
               f"  (matched: {m.how})")
    if role:
        title = role.title.get(lang or "en") or role.title.get("en") or role.role
        other = "; ".join(v for k, v in role.title.items() if k != (lang or "en"))
        span = f"{role.start or '…'} to {role.end or 'today'}"
        click.echo(f"role: {title}{f' / {other}' if other else ''}  ({span})")
    elif date:
        click.echo(f"role: none in force on {date}")
    for k, v in a.aliases.items():
        click.echo(f"aliases[{k}]: {', '.join(v[:8])}")


@actors_group.command("build")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The shared data folder holding data/actors (default: ../shared).")
@click.option("--force", is_flag=True, help="Write the registry even when it is smaller than the shipped one.")
def build(shared, force):
    """Rebuild data/actors/registry.jsonl from Phoenix, CLDR and the overlay.

    Refuses (exit 1, nothing written) without the shared data, or when the result would hold fewer
    actors than the registry it replaces, unless --force.
    """
    from .build import BuildRefused, main as build_main

    try:
        path, log = build_main(shared, force=force)
    except BuildRefused as err:
        raise click.ClickException(str(err))
    for line in log:
        click.echo(line)
    click.echo(f"wrote {path}")
