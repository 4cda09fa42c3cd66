#!/usr/bin/env python3
"""Checks that the minimum Rust version said in Cargo.toml and README.md is what the locked
crates need: `cargo metadata --locked --format-version 1 | python3 scripts/msrv.py`.

Every package of the workspace declares the workspace's `rust-version`; no locked crate may
need a newer one (their `rust-version` fields), and README.md's quick start names it. Exits
1 with the reason otherwise. Used by .ci/run.
"""
import json
import re
import sys
from pathlib import Path


def version(v):
    """`1.89` and `1.89.0` as (1, 89, 0)."""
    parts = [int(x) for x in v.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    meta = json.load(sys.stdin)
    members = set(meta["workspace_members"])
    own = {p["name"]: p.get("rust_version") for p in meta["packages"] if p["id"] in members}
    declared = set(own.values())
    if len(declared) != 1 or None in declared:
        sys.exit(f"msrv: the workspace's packages declare different rust-versions: {own}")
    (msrv,) = declared
    needs = [(version(p["rust_version"]), p["name"], p["version"]) for p in meta["packages"]
             if p["id"] not in members and p.get("rust_version")]
    worst = max(needs, default=((0,), "-", "-"))
    if worst[0] > version(msrv):
        sys.exit(f"msrv: {worst[1]} {worst[2]} needs Rust {'.'.join(map(str, worst[0]))}, Cargo.toml says {msrv}")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    said = re.search(r"Rust toolchain \((\d+\.\d+) or newer\)", readme)
    if not said or version(said.group(1)) != version(msrv):
        sys.exit(f"msrv: README.md's quick start must name Rust {msrv} (found {said and said.group(1)})")
    print(f"msrv: Rust {msrv}; the most any locked crate needs is {'.'.join(map(str, worst[0]))} ({worst[1]} {worst[2]})")


main()
