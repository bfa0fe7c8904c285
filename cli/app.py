"""The ``civisme`` command: argument parsing, then load → check → report.

Only ``verifier`` may load the French model, and only when an enabled rule
needs it; ``regles``, ``expliquer`` and ``--help`` never import spaCy.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from civisme.cli import __version__

from .french import FrenchCommand, FrenchGroup, usage_error_message
from .outcome import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from .settings import Settings

app = typer.Typer(
    cls=FrenchGroup,
    name="civisme",
    help="Vérifie la conformité des publications, descriptions et noms de comptes des "
    "conseils scolaires francophones aux politiques sur les médias sociaux.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    texte = "texte"
    json = "json"


class CheckFormat(StrEnum):
    """Formats of ``verifier``: for people, for scripts, for CI tools."""

    auto = "auto"
    texte = "texte"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    junit = "junit"


class InputFormat(StrEnum):
    texte = "texte"
    markdown = "markdown"
    html = "html"
    docx = "docx"
    csv = "csv"
    jsonl = "jsonl"


class Kind(StrEnum):
    publication = "publication"
    description = "description"


class FailOn(StrEnum):
    erreur = "erreur"
    avertissement = "avertissement"
    info = "info"
    jamais = "jamais"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"civisme {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Affiche la version et quitte."
        ),
    ] = False,
) -> None:
    """Vérifie la conformité des publications, descriptions et noms de comptes des
    conseils scolaires francophones aux politiques sur les médias sociaux."""


ProfileOption = typer.Option(
    "--profil",
    help="Profil du conseil : defaut, csno, csspo, cstl, dsfno, csscv, ou chemin d'un "
    "fichier .toml (défaut : celui de la configuration, sinon « defaut »).",
    show_default=False,
    metavar="PROFIL",
)


def _settings(
    *,
    profile: str | None,
    selection: list[str] | None = None,
    ignored: list[str] | None = None,
    fail_on: FailOn | None = None,
    registry: str | None = None,
    naming: bool = False,
) -> Settings:
    """Defaults < profile < configuration file < flags, or a French usage error."""
    from civisme.rules.profiles import ProfileError

    from .settings import resolve

    try:
        settings = resolve(
            profile=profile,
            selection=selection,
            ignored=ignored,
            fail_on=fail_on.value if fail_on else None,
            registry=registry,
        )
    except ProfileError as exc:
        _usage_error(str(exc))
    if naming and settings.profile.naming is None:
        _usage_error(
            f"le profil « {settings.profile.name} » ne fixe pas de règle de nommage "
            "(section [nommage]) ; choisissez-en un qui en a une, par exemple --profil csno."
        )
    return settings


def _usage_error(message: str) -> NoReturn:
    typer.echo(f"civisme : erreur : {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _colour_wanted() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


# Options shared by the commands that read drafts (verifier, corriger).
Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help="Fichiers ou dossiers (.txt, .md, .html, .docx, .csv, .jsonl) ; « - » ou rien pour "
        "l'entrée standard.",
        show_default=False,
        metavar="CHEMINS",
    ),
]
KindOption = Annotated[
    Kind, typer.Option("--type", help="Nature des textes (publication ou description).")
]
Selection = Annotated[
    list[str] | None,
    typer.Option(
        "--selection",
        help="Règles à appliquer : codes (MAJ01), familles (MAJ) ou noms, séparés par des virgules.",
        show_default=False,
        metavar="REGLES",
    ),
]
Ignored = Annotated[
    list[str] | None,
    typer.Option(
        "--ignorer",
        help="Règles à ne pas appliquer (mêmes formes que --selection).",
        show_default=False,
        metavar="REGLES",
    ),
]
ReportFormat = Annotated[OutputFormat, typer.Option("--format", "-f", help="Format du rapport.")]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option(
        "--echec",
        help="Sévérité à partir de laquelle le code de sortie est 1 (défaut : erreur).",
        show_default=False,
    ),
]
Profil = Annotated[str | None, ProfileOption]
Reveal = Annotated[
    bool,
    typer.Option(
        "--montrer-renseignements",
        help="Affiche les renseignements personnels trouvés sans les masquer.",
    ),
]


def _field(option: str, alias: str, what: str) -> object:
    return typer.Option(
        option,
        alias,
        help=f"{what} (CSV : colonne ; JSON Lines : champ, « a.b » pour un champ imbriqué).",
        show_default=False,
        metavar="NOM",
        rich_help_panel="Exports CSV et JSON Lines",
    )


@app.command("verifier", cls=FrenchCommand)
def verifier(
    chemins: Paths = None,
    format_: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="Format du rapport ; « auto » : annotations GitHub dans GitHub Actions, "
            "texte ailleurs.",
        ),
    ] = CheckFormat.auto,
    sortie: Annotated[
        str | None,
        typer.Option(
            "--sortie",
            "-o",
            help="Écrit le rapport dans ce fichier (atomiquement) au lieu de l'afficher.",
            show_default=False,
            metavar="FICHIER",
        ),
    ] = None,
    entree: Annotated[
        InputFormat | None,
        typer.Option(
            "--entree",
            help="Format des entrées, si l'extension ne le dit pas (entrée standard : texte).",
            show_default=False,
        ),
    ] = None,
    colonne: Annotated[str | None, _field("--colonne", "--champ", "Texte à vérifier")] = None,
    colonne_id: Annotated[
        str | None, _field("--colonne-id", "--champ-id", "Identifiant de l'enregistrement")
    ] = None,
    colonne_date: Annotated[
        str | None, _field("--colonne-date", "--champ-date", "Date et heure de publication")
    ] = None,
    colonne_auteur: Annotated[
        str | None, _field("--colonne-auteur", "--champ-auteur", "Auteur ou signature")
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Processus en parallèle ; 0 : un par cœur pour les gros lots (200 documents et plus).",
        ),
    ] = 0,
    complet: Annotated[
        bool,
        typer.Option(
            "--complet",
            help="Analyse complète, sans préfiltres : toutes les règles et tout le modèle sur "
            "chaque texte. Beaucoup plus lent ; mêmes constats (sert à le vérifier).",
        ),
    ] = False,
    type_: KindOption = Kind.publication,
    profil: Profil = None,
    selection: Selection = None,
    ignorer: Ignored = None,
    echec: FailOnOption = None,
    montrer_renseignements: Reveal = False,
    signaler_inutiles: Annotated[
        bool,
        typer.Option(
            "--signaler-inutiles",
            help="Signale les directives « civisme: ignorer » qui n'ont rien supprimé (code 1).",
        ),
    ] = False,
    date_publication: Annotated[
        str | None,
        typer.Option(
            "--date-publication",
            help="Date et heure de publication prévues (AAAA-MM-JJTHH:MM), pour la règle HOR01.",
            show_default=False,
            metavar="DATE",
        ),
    ] = None,
) -> None:
    """Vérifie des brouillons de publications et affiche les problèmes trouvés.

    Une ligne « <!-- civisme: ignorer CODE -- raison --> » (ou « civisme: ignorer
    CODE -- raison » seule sur sa ligne en texte brut) retire les constats CODE du
    paragraphe suivant ; « civisme: ignorer-fichier » vaut pour tout le fichier."""
    from .check_command import run_check
    from .records import Fields

    if date_publication is not None:
        import datetime as dt

        try:
            dt.datetime.fromisoformat(date_publication.strip())
        except ValueError:
            _usage_error(
                f"--date-publication illisible : « {date_publication} » "
                "(forme attendue : 2026-11-21T19:30)."
            )
    code = run_check(
        paths=chemins or [],
        published=date_publication.strip() if date_publication else None,
        output_format=format_.value,
        kind=type_.value,
        settings=_settings(profile=profil, selection=selection, ignored=ignorer, fail_on=echec),
        reveal=montrer_renseignements,
        colour=_colour_wanted(),
        report_unused=signaler_inutiles,
        fields=Fields(colonne, colonne_id, colonne_date, colonne_auteur),
        forced_format=entree.value if entree else None,
        output=sortie,
        jobs=jobs,
        full=complet,
    )
    raise typer.Exit(code)


# English alias for CI scripts; hidden so that the help stays in French.
app.command("check", hidden=True, cls=FrenchCommand)(verifier)


@app.command("corriger", cls=FrenchCommand)
def corriger(
    chemins: Paths = None,
    ecrire: Annotated[
        bool,
        typer.Option(
            "--ecrire",
            help="Écrit les corrections dans les fichiers (atomiquement) au lieu d'afficher le diff.",
        ),
    ] = False,
    type_: KindOption = Kind.publication,
    profil: Profil = None,
    selection: Selection = None,
    ignorer: Ignored = None,
    montrer_renseignements: Reveal = False,
) -> None:
    """Applique les corrections sûres (une seule suggestion) et affiche le diff ;
    écrit les fichiers seulement avec --ecrire. Code de sortie 1 si le diff n'est
    pas vide (sans --ecrire), 2 si une entrée est illisible."""
    from .fix_command import run_fix

    code = run_fix(
        paths=chemins or [],
        kind=type_.value,
        settings=_settings(profile=profil, selection=selection, ignored=ignorer),
        write=ecrire,
        reveal=montrer_renseignements,
        colour=_colour_wanted(),
    )
    raise typer.Exit(code)


@app.command("noms", cls=FrenchCommand)
def noms(
    fichier: Annotated[
        str,
        typer.Argument(
            help="Liste de noms (un par ligne) ou CSV avec --colonne ; « - » pour l'entrée standard.",
            metavar="FICHIER",
        ),
    ] = "-",
    colonne: Annotated[
        str | None,
        typer.Option(
            "--colonne", help="Colonne des noms dans un CSV.", show_default=False, metavar="COLONNE"
        ),
    ] = None,
    colonne_plateforme: Annotated[
        str | None,
        typer.Option(
            "--colonne-plateforme",
            help="Colonne de la plateforme dans un CSV.",
            show_default=False,
            metavar="COLONNE",
        ),
    ] = None,
    plateforme: Annotated[
        str,
        typer.Option(
            "--plateforme",
            help="facebook, instagram, x, tiktok ou youtube (pour toute la liste).",
            metavar="RESEAU",
        ),
    ] = "",
    identifiant: Annotated[
        bool,
        typer.Option(
            "--identifiant", help="Les noms sont des identifiants (@…) et non des noms affichés."
        ),
    ] = False,
    profil: Profil = None,
    registre: Annotated[
        str | None,
        typer.Option(
            "--registre",
            help="Liste (ou CSV) des comptes autorisés, pour repérer les usurpations.",
            show_default=False,
            metavar="FICHIER",
        ),
    ] = None,
    format_: ReportFormat = OutputFormat.texte,
    echec: FailOnOption = None,
) -> None:
    """Vérifie des noms de comptes : suffixe du conseil, page officielle, sigles,
    limites des plateformes, doublons et comptes absents du registre."""
    from .names_command import run_names

    code = run_names(
        path=fichier,
        column=colonne,
        platform_column=colonne_plateforme,
        platform=plateforme.lower(),
        handles=identifiant,
        settings=_settings(profile=profil, fail_on=echec, registry=registre, naming=True),
        output_format=format_.value,
    )
    raise typer.Exit(code)


@app.command("comptes", cls=FrenchCommand)
def comptes(
    registre: Annotated[
        str,
        typer.Argument(
            help="Registre des comptes (CSV) ; « - » pour l'entrée standard.", metavar="REGISTRE"
        ),
    ],
    profil: Profil = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Date du jour pour les dates de fin (AAAA-MM-JJ ; défaut : aujourd'hui).",
            show_default=False,
            metavar="DATE",
        ),
    ] = None,
    format_: ReportFormat = OutputFormat.texte,
    echec: FailOnOption = None,
) -> None:
    """Valide un registre des comptes : noms, deux administrateurs dont un
    enseignant, plan d'utilisation, comptes pédagogiques fermés et à jour."""
    import datetime as dt

    from .accounts_command import run_accounts

    try:
        today = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        _usage_error(f"date « {date} » illisible (format attendu : AAAA-MM-JJ).")
    code = run_accounts(
        path=registre,
        settings=_settings(profile=profil, fail_on=echec, naming=True),
        today=today,
        output_format=format_.value,
    )
    raise typer.Exit(code)


@app.command("regles", cls=FrenchCommand)
def regles(
    format_: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Format de la liste.")
    ] = OutputFormat.texte,
    profil: Profil = None,
) -> None:
    """Liste les règles : code, nom, famille, sévérité, titre et articles des
    politiques ; avec --profil, seulement celles que ce profil applique."""
    from .rules_command import list_rules

    if profil is None:
        typer.echo(list_rules(format_.value), nl=False)
        return
    settings = _settings(profile=profil)
    typer.echo(list_rules(format_.value, settings.rules, settings.profile), nl=False)


@app.command("expliquer", cls=FrenchCommand)
def expliquer(
    regle: Annotated[
        str,
        typer.Argument(
            help="Code (MAJ01) ou nom (phrase-en-majuscules) de la règle.", metavar="REGLE"
        ),
    ],
) -> None:
    """Explique une règle : son but, les passages des politiques qu'elle applique et ses exemples."""
    from civisme.rules.registry import UnknownRuleError, did_you_mean

    from .rules_command import explain

    try:
        typer.echo(explain(regle), nl=False)
    except UnknownRuleError as exc:
        _usage_error(
            f"règle inconnue : « {exc.token} ».{did_you_mean(exc.closest)} Voyez « civisme regles »."
        )


def main() -> None:
    """Entry point: runs the command and turns Typer's English usage errors into French."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="civisme", standalone_mode=False)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("civisme : interrompu.", err=True)
        code = 130
    except typer.TyperException as exc:
        code = _report_usage_error(exc)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _report_usage_error(exc: typer.TyperException) -> int:
    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":
        typer.echo(exc.format_message())  # the help page itself
        return EXIT_USAGE
    commands = [c.name or "" for c in app.registered_commands if not c.hidden]
    options = [o for p in (ctx.command.params if ctx else []) for o in p.opts]
    message = usage_error_message(exc.format_message(), commands, options)
    typer.echo(f"civisme : erreur : {message}", err=True)
    if ctx is not None:
        typer.echo(f"Aide : {ctx.command_path} --help", err=True)
    return EXIT_USAGE
