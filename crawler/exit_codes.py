"""The exit codes of every ``sitrep`` command (docs/operations.md, "Exit codes and errors")."""

import signal

EXIT_OK = 0  # done
EXIT_FAILED = 1  # done, but some sources, lines or reports failed
EXIT_CANNOT_RUN = 2  # could not run at all


def exit_for_signal(signum: int) -> int:
    """The exit code of a command a signal stopped: 128 + its number (143 for SIGTERM)."""
    return 128 + signum


EXIT_INTERRUPTED = exit_for_signal(signal.SIGINT)  # 130 after Ctrl-C
