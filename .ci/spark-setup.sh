#!/usr/bin/env bash
# Java for the Spark tests (tests/engines/test_spark*.py, `pytest -m spark`): pyspark >= 4.3
# needs a Java 17+ runtime. As root on Debian/Ubuntu, install the distribution's headless JRE
# when no java is found; anywhere else this does nothing and the Spark tests skip with a
# visible reason. Never fails the build: a missing JRE is a skip, not an error.
set -uo pipefail
if command -v java >/dev/null 2>&1 || { [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; }; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null; then
  pkg=openjdk-17-jre-headless
  if ! apt-cache show "$pkg" >/dev/null 2>&1; then
    apt-get update -qq || true
  fi
  # Newer releases ship 21 (trixie) rather than 17: take whichever headless JRE exists.
  apt-cache show "$pkg" >/dev/null 2>&1 || pkg=openjdk-21-jre-headless
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null \
    || echo "$pkg not installed: the Spark tests will be skipped" >&2
else
  echo "no Java 17+ found and not root on Debian: the Spark tests will be skipped" >&2
fi
exit 0
