"""French for the parts of the command line that Typer writes in English: the
fixed words of the help pages and the usage errors."""

from __future__ import annotations

import difflib
import re
from typing import Any

from typer.core import TyperCommand, TyperGroup

_HELP_WORDS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"^Usage:", re.MULTILINE), "Utilisation :"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "COMMANDE [ARGUMENTS]..."),
    (re.compile(r"^Options:$", re.MULTILINE), "Options :"),
    (re.compile(r"^Commands:$", re.MULTILINE), "Commandes :"),
    (re.compile(r"^Arguments:$", re.MULTILINE), "Arguments :"),
    (re.compile(r"Show this message and exit\."), "Affiche cette aide et quitte."),
    (re.compile(r"\[default:(\s+)"), r"[défaut :\1"),
    (re.compile(r"\[required\]"), "[obligatoire]"),
    # Python type names that Typer prints after an argument's name mean nothing to a user.
    (re.compile(r" <(?:list\[str\]|str|int|float|path)>"), lambda m: " " * len(m.group())),
)


def translate_help(text: str) -> str:
    for pattern, french in _HELP_WORDS:
        text = pattern.sub(french, text)
    return text


class FrenchGroup(TyperGroup):
    def get_help(self, ctx):  # type: ignore[no-untyped-def]
        return translate_help(super().get_help(ctx))


class FrenchCommand(TyperCommand):
    def get_help(self, ctx):  # type: ignore[no-untyped-def]
        return translate_help(super().get_help(ctx))


_NOT_ONE_OF = re.compile(r"'(?P<value>[^']*)' is not one of (?P<choices>.+?)\.?$")
_MISSING = re.compile(r"^Missing (?:argument|parameter|option) '?(?P<name>[^'.]+)'?")
_NO_COMMAND = re.compile(r"^No such command '(?P<name>[^']+)'\.")
_NO_OPTION = re.compile(r"^No such option: (?P<name>\S+)")
_NEEDS_VALUE = re.compile(r"^Option '(?P<name>.+)' requires an argument\.$")
_EXTRA = re.compile(r"^Got unexpected extra arguments? \((?P<args>.*)\)$")


def usage_error_message(message: str, commands: list[str], options: list[str]) -> str:
    """A usage error as one French sentence, with the closest valid name when
    the user mistyped one."""
    if m := _NOT_ONE_OF.search(message):
        name = message.split("'")[1] if message.startswith("Invalid value for '") else "l'option"
        choices = ", ".join(c.strip("' ") for c in m["choices"].split(","))
        return f"valeur « {m['value']} » invalide pour {name} ; valeurs possibles : {choices}."
    if m := _MISSING.search(message):
        return f"argument manquant : {m['name'].upper()}."
    if m := _NO_COMMAND.search(message):
        return f"commande inconnue : « {m['name']} ».{_closest(m['name'], commands)}"
    if m := _NO_OPTION.search(message):
        return f"option inconnue : {m['name']}.{_closest(m['name'], options)}"
    if m := _NEEDS_VALUE.search(message):
        return f"l'option {m['name']} demande une valeur."
    if m := _EXTRA.search(message):
        return f"argument en trop : {m['args']}."
    return message


def _closest(name: str, candidates: list[str]) -> str:
    found = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" Vouliez-vous dire « {found[0]} » ?" if found else ""
