"""Error classes that the CLI turns into exit codes and one-line messages."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PARTIAL = 1  # some inputs failed, the rest done
EXIT_USAGE = 2  # usage or set-up error


class BriefingError(Exception):
    """Base class: the message is one line meant for the user."""

    exit_code = EXIT_USAGE


class UsageError(BriefingError):
    """Bad options or arguments."""


class SetupError(BriefingError):
    """Something the run needs is missing (a model, a writable folder...)."""


class ModelNotFound(SetupError):
    def __init__(self, name: str, what: str = "model", option: str = "--translation-model", hint: str = ""):
        super().__init__(
            f"{what} '{name}' is not available offline: run `briefing models pull {name}` "
            f"on a connected machine, or pass {option} PATH to a local copy{hint}."
        )
        self.name = name


class UnsafeModel(SetupError):
    """A checkpoint that could only be loaded by unpickling arbitrary code."""


class InputError(BriefingError):
    """One input could not be used; a batch goes on without it."""

    exit_code = EXIT_PARTIAL

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self):
        # Workers send failures back pickled; an exception pickles its message
        # alone, which this __init__ cannot take.
        return (type(self), (self.name, self.reason))
