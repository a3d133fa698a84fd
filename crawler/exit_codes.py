"""The exit codes of every ``sitrep`` command (docs/operations.md, "Exit codes and errors")."""

import signal

EXIT_OK = 0  # done
EXIT_FAILED = 1  # done, but some sources, lines or reports failed
EXIT_CANNOT_RUN = 2  # could not run at all
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130 after Ctrl-C; 128 + the number of another signal
