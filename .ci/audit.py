"""Audit the locked dependencies for known vulnerabilities (run by ``.ci/run``).

Runs ``pip-audit`` over ``requirements/ci.lock`` (every pin, with its hashes) and
reads its JSON report:

- a known vulnerability in any pinned package: print it, exit 1 (CI fails);
- the vulnerability service could not be asked about a package (no network, or a
  registry mirror without PyPI's per-release JSON): print how many packages went
  unaudited, exit 0, so an offline CI machine still runs the tests, but say so
  loudly instead of printing "no known vulnerabilities";
- otherwise print how many packages were audited, exit 0.

Usage: ``.venv/bin/python .ci/audit.py [LOCKFILE]``
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LOCK = ROOT / "requirements" / "ci.lock"


def main(argv: list[str]) -> int:
    lock = Path(argv[1]) if len(argv) > 1 else DEFAULT_LOCK
    pip_audit = Path(sys.executable).with_name("pip-audit")
    command = [
        str(pip_audit),
        "--requirement",
        str(lock),
        "--require-hashes",
        "--disable-pip",
        "--progress-spinner",
        "off",
        "--format",
        "json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        print(f"audit: pip-audit gave no report (exit {done.returncode}):", file=sys.stderr)
        print(done.stderr.strip()[-2000:], file=sys.stderr)
        return 1
    packages = report.get("dependencies", [])
    vulnerable = [p for p in packages if p.get("vulns")]
    skipped = [p for p in packages if p.get("skip_reason")]
    for package in vulnerable:
        for vuln in package["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed release"
            print(f"audit: {package['name']} {package['version']}: {vuln['id']} (fixed in {fixed})")
    audited = len(packages) - len(skipped)
    if vulnerable:
        print(f"audit: {len(vulnerable)} vulnerable package(s) in {lock.name}; update the lock")
        return 1
    if skipped:
        print(
            f"audit: WARNING {len(skipped)} of {len(packages)} package(s) could not be audited "
            f"(first: {skipped[0]['name']}: {skipped[0]['skip_reason']}); "
            "the vulnerability service is unreachable from this machine"
        )
    print(f"audit: {audited} package(s) audited, no known vulnerabilities")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
