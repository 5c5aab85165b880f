"""The Spark session the engine runs on: the user's, or a small local one.

Spark needs the ``[spark]`` extra and a Java runtime (17 or newer). Both are
checked here, so a missing piece is one :class:`~provenance.errors.UsageError`
naming what to install, never a Java gateway traceback.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import TYPE_CHECKING

from provenance.errors import UsageError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

__all__ = ["INSTALL_HINT", "java_missing", "session"]

INSTALL_HINT = "pip install 'news-provenance[spark]'"
_JAVA_HINT = (
    "install a Java 17+ runtime (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; "
    "or run .ci/spark-setup.sh) or set JAVA_HOME"
)


def java_missing() -> bool:
    """True when no ``java`` can be found on ``JAVA_HOME`` or ``PATH``.

    Example:
        >>> isinstance(java_missing(), bool)
        True
    """
    home = os.environ.get("JAVA_HOME")
    if home and os.access(os.path.join(home, "bin", "java"), os.X_OK):
        return False
    return shutil.which("java") is None


def _require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise UsageError(f"provenance.spark needs pyspark: {INSTALL_HINT}") from None


def session(spark: SparkSession | None = None) -> SparkSession:
    """The session to run on: ``spark`` if given, else the active one, else a local one.

    The local session is ``local[*]`` with UTC as the session time zone, its
    Python workers running this interpreter; a session given or already active
    (a cluster's, or a Spark Connect session from
    ``SparkSession.builder.remote(url)``) is used as it is.

    Example:
        >>> spark = session()  # doctest: +SKIP

    Raises:
        UsageError: pyspark is not installed, or no Java runtime can start.
    """
    if spark is not None:
        return spark
    _require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    if java_missing():
        raise UsageError(f"provenance.spark needs Java to start a local Spark: {_JAVA_HINT}")
    from pyspark.errors import PySparkException

    # The Python workers run PYSPARK_PYTHON (read when the context starts, default
    # "python3"): this interpreter, with provenance and pyarrow, unless the user chose one.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        return (
            SparkSession.builder.master("local[*]")
            .appName("provenance")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate()
        )
    except PySparkException as exc:  # the JVM did not start (an old or broken Java)
        raise UsageError(f"cannot start a local Spark ({exc}); {_JAVA_HINT}") from exc
