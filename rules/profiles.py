"""Board profiles: which rules apply, at which severity, with which parameters.

A profile is a TOML file written in French (``lexicons/profils/<nom>.toml``
for the boards civisme ships, or any path a board writes itself). A board
adopts civisme by writing one, never by changing code. ``herite`` starts a
profile from another one, so a board only writes what differs.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from civisme.lexicons.loader import NamingProfile

from .finding import Severity
from .registry import hint

DEFAULT_PROFILE = "defaut"
_PACKAGE_DIR = "profils"

# Every key a profile may hold, by table; anything else is a typo to report.
_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"profil", "regles", "severites", "parametres", "nommage"}),
    "profil": frozenset({"nom", "conseil", "sigle", "province", "politique", "herite"}),
    "regles": frozenset({"actives", "inactives"}),
    "parametres": frozenset(
        {
            "domaines-officiels",
            "sigles",
            "contacts-publics",
            "heures-convenables",
            "signature-requise",
            "mots-interdits",
            "mots-acceptes",
        }
    ),
    "nommage": frozenset({"suffixe", "marque-officielle", "site", "sigles-a-eviter"}),
}


class ProfileError(ValueError):
    """A profile or configuration that cannot be used; the message is French
    and names the file and, for a typo, the nearest valid word."""


@dataclass(frozen=True, slots=True)
class Profile:
    """The rules and parameters in force for one board."""

    name: str
    board: str = ""
    board_name: str = ""
    policy: str = ""
    origin: str = ""  # the file it was read from
    rules: tuple[str, ...] = ("*",)  # codes, families or names; « * » is every rule
    disabled: tuple[str, ...] = ()
    severities: Mapping[str, Severity] = field(default_factory=dict)  # by rule code
    official_domains: tuple[str, ...] = ()
    acronyms: frozenset[str] = frozenset()
    public_contacts: tuple[str, ...] = ()
    hours: tuple[dt.time, dt.time] | None = None
    signature_required: bool = False
    forbidden_words: tuple[str, ...] = ()
    accepted_words: tuple[str, ...] = ()
    naming: NamingProfile | None = None

    def with_additions(self, **lists: tuple[str, ...]) -> Profile:
        """The profile with words appended to its list parameters (configuration
        adds to a profile, it never silently drops what the board listed)."""
        changes: dict[str, Any] = {}
        for key, values in lists.items():
            if not values:
                continue
            current = getattr(self, key)
            if isinstance(current, frozenset):
                changes[key] = current | frozenset(values)
            else:
                changes[key] = tuple(dict.fromkeys((*current, *values)))
        return replace(self, **changes) if changes else self


def packaged_profiles() -> tuple[str, ...]:
    """The names of the profiles shipped with civisme."""
    folder = files("civisme.lexicons").joinpath(_PACKAGE_DIR)
    return tuple(
        sorted(e.name.removesuffix(".toml") for e in folder.iterdir() if e.name.endswith(".toml"))
    )


def check_keys(table: Mapping[str, Any], allowed: frozenset[str], where: str, origin: str) -> None:
    for key in table:
        if key not in allowed:
            raise ProfileError(
                f"{origin} : clé inconnue « {key} » dans {where}.{hint(key, allowed)} "
                f"Clés possibles : {', '.join(sorted(allowed))}."
            )


@cache
def load_profile(name_or_path: str = DEFAULT_PROFILE) -> Profile:
    """A profile by packaged name (« csno ») or by path to a TOML file."""
    raw, origin = _read(name_or_path)
    return _build(raw, origin, seen=(origin,))


def _read(name_or_path: str) -> tuple[dict[str, Any], str]:
    key = name_or_path.strip()
    if key.lower() in packaged_profiles():
        resource = files("civisme.lexicons").joinpath(_PACKAGE_DIR, f"{key.lower()}.toml")
        return tomllib.loads(resource.read_text(encoding="utf-8")), key.lower()
    path = Path(key)
    if path.suffix.lower() != ".toml" or not path.is_file():
        raise ProfileError(
            f"profil inconnu : « {key} ».{hint(key, packaged_profiles())} Profils fournis : "
            f"{', '.join(packaged_profiles())} ; ou le chemin d'un fichier .toml."
        )
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path} : profil illisible ({exc.__class__.__name__}).") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path} : TOML invalide ({exc}).") from exc


def _build(raw: dict[str, Any], origin: str, seen: tuple[str, ...]) -> Profile:
    check_keys(raw, _KEYS[""], "le profil", origin)
    for table in ("profil", "regles", "parametres", "nommage"):
        if not isinstance(raw.get(table, {}), dict):
            raise ProfileError(f"{origin} : « {table} » doit être une table ([{table}]).")
        check_keys(raw.get(table, {}), _KEYS[table], f"[{table}]", origin)
    info = raw.get("profil", {})
    base = Profile(name=origin)
    if parent := info.get("herite"):
        parent_raw, parent_origin = _read(str(parent))
        if parent_origin in seen:
            raise ProfileError(f"{origin} : héritage circulaire par « {parent} ».")
        base = _build(parent_raw, parent_origin, (*seen, parent_origin))

    rules = raw.get("regles", {})
    params = raw.get("parametres", {})
    profile = replace(
        base,
        name=str(info.get("nom", Path(origin).stem)),
        board=str(info.get("sigle", base.board)),
        board_name=str(info.get("conseil", base.board_name)),
        policy=str(info.get("politique", base.policy)),
        origin=origin,
        rules=_strings(rules, "actives", origin, base.rules),
        disabled=_strings(rules, "inactives", origin, base.disabled),
        severities={**base.severities, **severities(raw.get("severites", {}), origin)},
        official_domains=_strings(params, "domaines-officiels", origin, base.official_domains),
        acronyms=frozenset(_strings(params, "sigles", origin, tuple(base.acronyms))),
        public_contacts=_strings(params, "contacts-publics", origin, base.public_contacts),
        hours=_hours(params["heures-convenables"], origin)
        if "heures-convenables" in params
        else base.hours,
        signature_required=bool(params.get("signature-requise", base.signature_required)),
        forbidden_words=_strings(params, "mots-interdits", origin, base.forbidden_words),
        accepted_words=_strings(params, "mots-acceptes", origin, base.accepted_words),
        naming=_naming(raw["nommage"], info, origin) if "nommage" in raw else base.naming,
    )
    check_rule_tokens((*profile.rules, *profile.disabled), origin)
    return profile


def _strings(
    table: Mapping[str, Any], key: str, origin: str, default: tuple[str, ...]
) -> tuple[str, ...]:
    if key not in table:
        return default
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{origin} : « {key} » doit être une liste de textes.")
    return tuple(v.strip() for v in value if v.strip())


def severities(table: Any, origin: str) -> dict[str, Severity]:
    """« MAJ = "avertissement" » (code, family or name) → severities by rule code."""
    from .registry import all_rules, matches

    if not isinstance(table, dict):
        raise ProfileError(f'{origin} : « severites » doit être une table (CODE = "niveau").')
    out: dict[str, Severity] = {}
    for token, value in table.items():
        try:
            severity = Severity.parse(str(value))
        except ValueError:
            raise ProfileError(
                f"{origin} : sévérité inconnue « {value} » pour {token}.{hint(str(value), ('erreur', 'avertissement', 'info'))} "
                "Valeurs possibles : erreur, avertissement, info."
            ) from None
        check_rule_tokens((token,), origin)
        out.update({r.code: severity for r in all_rules() if matches(r, token)})
    return out


def check_rule_tokens(tokens: tuple[str, ...], origin: str) -> None:
    from .registry import all_rules, closest, did_you_mean, matches

    rules = all_rules()
    for token in tokens:
        if token != "*" and not any(matches(r, token) for r in rules):
            suggestion = did_you_mean(closest(token, rules))
            where = f"{origin} : " if origin else ""
            raise ProfileError(
                f"{where}règle inconnue : « {token} ».{suggestion} Voyez « civisme regles »."
            )


def _hours(value: Any, origin: str) -> tuple[dt.time, dt.time]:
    try:
        start, end = (dt.time.fromisoformat(part.strip()) for part in str(value).split("-"))
    except ValueError:
        raise ProfileError(
            f'{origin} : « heures-convenables » illisible : « {value} » (forme attendue : "07:00-21:00").'
        ) from None
    return start, end


def _naming(table: Mapping[str, Any], info: Mapping[str, Any], origin: str) -> NamingProfile:
    missing = [k for k in ("suffixe", "site") if k not in table] + [
        k for k in ("sigle", "conseil") if k not in info
    ]
    if missing:
        raise ProfileError(
            f"{origin} : le nommage demande aussi {', '.join(f'« {m} »' for m in missing)}."
        )
    return NamingProfile(
        board=str(info["sigle"]),
        board_name=str(info["conseil"]),
        suffix=str(table["suffixe"]),
        official_marker=str(table.get("marque-officielle", "(page officielle)")),
        site=str(table["site"]),
        discouraged_acronyms=_strings(table, "sigles-a-eviter", origin, ()),
    )


def profile_of(doc: Any) -> Profile:
    """The profile a document is checked under: a Profile in its metadata,
    a profile name there, or the default profile."""
    value = doc.metadata.get("profil")
    if isinstance(value, Profile):
        return value
    return load_profile(str(value) if value else DEFAULT_PROFILE)


def naming_of(doc: Any) -> NamingProfile | None:
    return profile_of(doc).naming
