"""The command line, driven in process over a real SQLite file."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from veille.cli import _parser, main

from conftest import ROOT, load_schema

STORY = (
    "Suicide bomber kills 14 at Kabul rally\n"
    "AFP · 23 Mar 2015, 08:31\n\n"
    "A suicide bomber blew himself up at a political rally in Kabul on Sunday, killing at least "
    "14 people and wounding 40 others, officials said. The Taliban claimed responsibility for "
    "the attack in a statement."
)


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


@pytest.mark.slow
def test_ingest_list_show_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.db")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out = run("--db", db, "ingest", str(story), str(bad))
    assert code == 1  # one input failed
    assert f"failed: {bad}: the input is empty" in out
    assert "1 article(s) added with 1 new incident(s) and 0 report(s) of stored" in out
    assert "0 already stored, 1 failed" in out

    code, out = run("--db", db, "ingest", str(story))
    assert code == 0 and "already stored" in out and "0 article(s) added" in out

    code, out = run("--db", db, "incidents", "--country", "AF")
    assert code == 0 and "Kabul" in out and "Taliban" in out and "≥14" in out
    incident_id = re.search(r"inc_[0-9a-f]{16}", out)
    assert incident_id is not None

    code, out = run("--db", db, "show", incident_id.group(0))
    assert code == 0
    assert "2015-03-22" in out  # "on Sunday" before the Monday 23 March dateline
    assert "killing at least 14 people" in out

    code, out = run("--db", db, "show", incident_id.group(0), "--json")
    jsonschema.validate(json.loads(out), load_schema("incident"))

    target = tmp_path / "incidents.jsonl"
    code, _ = run("--db", db, "export", "incidents", "--format", "jsonl", "-o", str(target))
    assert code == 0 and not (tmp_path / "incidents.jsonl.part").exists()
    for line in target.read_text(encoding="utf-8").splitlines():
        jsonschema.validate(json.loads(line), load_schema("incident"))

    code, out = run("--db", db, "incidents", "--country", "FR")
    assert code == 0 and "0 of 0" in out


def test_show_unknown_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--db", str(tmp_path / "v.db"), "show", "inc_nope")
    assert code == 1
    assert "no incident with id 'inc_nope'" in capsys.readouterr().err


def test_bad_published_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--db", str(tmp_path / "v.db"), "ingest", str(tmp_path), "--published", "soon")
    assert code == 1
    assert "--published: 'soon' is not a date" in capsys.readouterr().err


def test_bad_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("--db", "mysql://x/y", "info")
    assert code == 1
    assert "unsupported scheme" in capsys.readouterr().err


def test_info_names_database(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    code, out = run("--db", str(db), "info")
    assert code == 0 and str(db) in out and "articles: 0" in out


def test_every_command_and_option_is_documented() -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = _parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():  # type: ignore[union-attr]
        assert f"`veille {name}" in docs, f"command {name} is not in docs/cli.md"
        for action in sub._actions:
            for flag in action.option_strings:
                if flag not in {"-h", "--help"}:
                    assert flag in docs, f"option {flag} of {name} is not in docs/cli.md"


def test_every_setting_is_documented() -> None:
    from veille.config import SETTINGS_TABLE

    docs = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for spec in SETTINGS_TABLE:
        assert f"`{spec.name}`" in docs and f"`{spec.env}`" in docs


def test_train_needs_one_hidden_width_per_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "v.db")
    args = ("--db", db, "train", "muc4", "--output", str(tmp_path / "model"), "--seeds", "0")
    code, _ = run(*args, "--hidden-widths", "64", "128")
    assert code == 1
    assert "--hidden-widths gives 2 values for 1 seeds" in capsys.readouterr().err
    code, _ = run(*args, "--epochs", "14", "11")
    assert code == 1 and "--epochs gives 2 values for 1 seeds" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()  # nothing trained, nothing written


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # "veille export actors | head -1": the pipe closes while veille still writes (the actors
    # export is far larger than a pipe's buffer)
    command = [sys.executable, "-c", "from veille.cli import run; run()"]
    command += ["--db", str(tmp_path / "v.db"), "export", "actors", "--format", "jsonl"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert json.loads(first)["id"]
    assert "Traceback" not in errors and "BrokenPipe" not in errors
