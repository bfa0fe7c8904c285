"""Generated staff posts for benchmarks: realistic sentences, reproducible
from a seed, most of them clean as real traffic is."""

from __future__ import annotations

import random

_OPENINGS = [
    "Bonjour chers parents,",
    "Bonne nouvelle pour nos élèves!",
    "Rappel aux familles de l'école des Quatre-Vents :",
    "Chers membres de la communauté scolaire,",
    "Message de la direction :",
]
_SENTENCES = [
    "Les élèves de {grade} année visiteront le musée le {day} {month} et le départ de l'autobus est prévu à {hour} h.",
    "La soirée d'information sur le programme PEI aura lieu au gymnase le {day} {month} à 19 h.",
    "Merci aux bénévoles qui ont rendu possible le souper spaghetti au profit de la fondation de l'école.",
    "Le service de garde sera ouvert pendant la journée pédagogique, mais il faut inscrire votre enfant avant vendredi.",
    "Nos équipes de volleyball ont remporté trois médailles au tournoi régional du RSEQ la fin de semaine dernière.",
    "Les bulletins de la deuxième étape seront disponibles sur le portail à compter du {day} {month}.",
    "La bibliothèque accueille une autrice jeunesse qui présentera son nouveau roman aux classes de {grade} année.",
    "Pensez à habiller vos enfants chaudement, car les récréations se déroulent à l'extérieur même par temps froid.",
    "Le conseil d'établissement se réunira le {day} {month} à 18 h 30 dans la salle du personnel.",
    "Les photos scolaires seront prises le {day} {month} et le formulaire de commande suivra dans le sac d'école.",
    "Julie TREMBLAY, enseignante de {grade} année, remercie les parents pour leur participation à la collecte.",
    "Consultez le site https://www.csno.ab.ca pour connaître le calendrier scolaire et les journées de tempête.",
]
_SHOUTS = [
    "Il est INTERDIT de stationner devant l'école le matin.",
    "ON A GAGNÉ LE TOURNOI!!!",
    "URGENT : la sortie est reportée à cause de la tempête.",
    "N'OUBLIEZ PAS LE FORMULAIRE SIGNÉ.",
]
_CLOSINGS = [
    "Bonne journée!",
    "Merci de votre collaboration.",
    "La direction",
    "Au plaisir de vous y voir!",
]
_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def generate(count: int, *, seed: int = 2026, problem_rate: float = 0.15) -> list[str]:
    """``count`` posts of about 60 words; ``problem_rate`` of them shout somewhere."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        fields = {
            "grade": rng.choice(["1re", "2e", "3e", "4e", "5e", "6e"]),
            "day": rng.randint(1, 28),
            "month": rng.choice(_MONTHS),
            "hour": rng.randint(7, 15),
        }
        body = [s.format(**fields) for s in rng.sample(_SENTENCES, 3)]
        if rng.random() < problem_rate:
            body.insert(rng.randint(0, len(body)), rng.choice(_SHOUTS))
        posts.append(" ".join([rng.choice(_OPENINGS), *body, rng.choice(_CLOSINGS)]))
    return posts
