"""Click's "LazyGroup" pattern: a group that imports each command on first use."""

from __future__ import annotations

import importlib
from typing import Any

import click

from .errors import guard


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (click's "LazyGroup" pattern).

    ``lazy_commands`` maps a command's name to ``("module:attribute", the first sentence of
    its help)``. A command is imported when it is invoked, asked for its help or completed, and
    then wrapped by :func:`~.errors.guard` like every command; the group's own ``--help`` lists
    the commands from their first sentences alone (all click shows of them there).
    """

    def __init__(
        self, *args: Any, lazy_commands: dict[str, tuple[str, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = dict(lazy_commands)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy_commands:
            self.add_command(guard(self._load(cmd_name)), cmd_name)
        return self.commands.get(cmd_name)

    def _load(self, cmd_name: str) -> click.Command:
        module_name, attribute = self.lazy_commands[cmd_name][0].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{module_name}:{attribute} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Click's listing, with a stand-in (name and help) for each command not loaded."""
        listed = click.Group(
            commands={
                **{
                    name: click.Command(name, help=help_text)
                    for name, (_, help_text) in self.lazy_commands.items()
                },
                **self.commands,
            }
        )
        listed.format_commands(ctx, formatter)
