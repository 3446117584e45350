"""Helpers for tests that need a real service (PostgreSQL, Chromium) on this machine.

Such tests install the service from Debian's packages when it is missing and fail, never skip,
when they cannot; ``VEILLE_SKIP_SERVICES=1`` skips them on purpose.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Sequence

import pytest

SKIP_ENV = "VEILLE_SKIP_SERVICES"


def apt_install(packages: Sequence[str], why: str) -> float:
    """Install Debian packages with apt-get; return the seconds it took. Fails the test (never
    skips) when that is impossible."""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        pytest.fail(
            f"{why} is missing and cannot be installed here: installing "
            f"{' '.join(packages)} needs apt-get and root. Install it yourself, or set "
            f"{SKIP_ENV}=1 to skip these tests.",
            pytrace=False,
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = ["-o", "DPkg::Lock::Timeout=600"]
    started = time.monotonic()
    for command in (
        ["apt-get", *lock, "update"],
        ["apt-get", *lock, "install", "-y", "--no-install-recommends", *packages],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800)
        if done.returncode != 0:
            pytest.fail(
                f"{why} is missing and `{' '.join(command)}` failed "
                f"(exit {done.returncode}):\n{(done.stdout + done.stderr)[-3000:]}",
                pytrace=False,
            )
    return time.monotonic() - started


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
