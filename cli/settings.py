"""What a run uses, from four layers: civisme's defaults < the board profile <
the configuration file < the command-line flags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from civisme.rules.base import Rule
from civisme.rules.profiles import (
    DEFAULT_PROFILE,
    Profile,
    ProfileError,
    check_rule_tokens,
    load_profile,
    severities,
)
from civisme.rules.registry import all_rules, hint, matches, split_tokens

from .config import Config, load_config

FAIL_ON = ("erreur", "avertissement", "info", "jamais")


@dataclass(frozen=True, slots=True)
class Settings:
    profile: Profile
    rules: tuple[Rule, ...]
    fail_on: str
    registry: str | None
    config: Config


def resolve(
    *,
    profile: str | None = None,
    selection: Sequence[str] | None = None,
    ignored: Sequence[str] | None = None,
    fail_on: str | None = None,
    registry: str | None = None,
    start: Path | None = None,
) -> Settings:
    """The settings of a run; raises ProfileError (French) on any unknown key,
    profile, rule or severity."""
    config = load_config(start)
    origin = str(config.path) if config.path else "ligne de commande"
    board = _profile(profile, config)
    board = replace(
        board,
        severities={**board.severities, **severities(config.values.get("severites", {}), origin)},
    ).with_additions(
        acronyms=config.words("sigles"),
        public_contacts=config.words("contacts-publics"),
        official_domains=config.words("domaines-officiels"),
        forbidden_words=config.words("mots-interdits"),
        accepted_words=config.words("mots-acceptes"),
    )
    chosen = split_tokens(selection) if selection else list(config.words("selection"))
    dropped = split_tokens(ignored) if ignored else list(config.words("ignorer"))
    check_rule_tokens((*chosen, *dropped), "" if selection or ignored else origin)
    threshold = (fail_on or config.text("echec") or "erreur").strip().lower()
    if threshold not in FAIL_ON:
        raise ProfileError(
            f"{origin} : « echec » inconnu : « {threshold} ».{hint(threshold, FAIL_ON)} "
            f"Valeurs possibles : {', '.join(FAIL_ON)}."
        )
    return Settings(
        profile=board,
        rules=tuple(rules_for(board, chosen, dropped)),
        fail_on=threshold,
        registry=registry or (config.relative(r) if (r := config.text("registre")) else None),
        config=config,
    )


def _profile(flag: str | None, config: Config) -> Profile:
    if flag:
        return load_profile(flag)
    written = config.text("profil")
    if not written:
        return load_profile(DEFAULT_PROFILE)
    # A packaged name stays a name; anything else is a file beside the configuration.
    name = config.relative(written) if written.lower().endswith(".toml") else written
    try:
        return load_profile(name)
    except ProfileError as exc:
        raise ProfileError(f"{config.path} : {exc}") from None


def rules_for(profile: Profile, chosen: Sequence[str], dropped: Sequence[str]) -> list[Rule]:
    """The profile's rules, narrowed by a selection and minus the ignored ones.

    A selection token that names no rule of the profile turns that rule on:
    asking for it by name is explicit enough to override the board's choice.
    """
    active = [
        r
        for r in all_rules()
        if any(t == "*" or matches(r, t) for t in profile.rules)
        and not any(matches(r, t) for t in profile.disabled)
    ]
    if chosen:
        extra = [
            r
            for t in chosen
            if not any(matches(a, t) for a in active)
            for r in all_rules()
            if matches(r, t)
        ]
        active = [r for r in active if any(matches(r, t) for t in chosen)] + extra
        active = sorted(set(active), key=lambda r: r.code)
    return [r for r in active if not any(matches(r, t) for t in dropped)]
