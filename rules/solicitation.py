"""PUB: commercial content, advertising and solicitation by staff (CSSCV).
A school fundraiser, a free community event or the cafeteria menu are not
PUB; a link is not PUB by itself either (only shop and affiliate links are
noted, as info)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .base import Example, Rule
from .document import Document, DocumentKind
from .finding import Hit, Severity
from .folded import folded
from .literal_gate import gated_search
from .profiles import profile_of

SOLICITATION_CLAUSES = ("CSSCV-COMMERCIAL",)

# Selling in any case: these phrases have no school use.
_SELLING = re.compile(
    r"\b(?:code (?:promo\w*(?!\s*\?\s*non)|de (?:rabais|reduction|parrainage)|rabais|reduction)|promo code|"
    r"(?:aimez|suivez|abonnez vous a) (?:la page|le compte) de (?:mon|ma)|dites (?:lui|leur) que vous|"
    r"evaluation gratuite|"
    r"je suis (?:aussi )?(?:conseill\w+|courtier\w*|agent\w*|representant\w*|distribut\w+) (?:en|d|de|immobili)|"
    r"je vous offre (?:une|un) (?:premiere|premier|consultation|rencontre|soumission|evaluation)|"
    r"(?:boissons|shakes?|poudres?) proteine\w*|trousses? de depart|cliquez (?:sur )?(?:ce|le|mon) lien|"
    r"offre limitee|"
    r"lien (?:d affiliation|affilie|de parrainage)|je (?:vends?|vend|liquide)\b"
    r"(?! (?:rien|pas|jamais))|je fais des [^.!?$]{0,40}?(?:sur commande|a vendre|pour vendre|\d+(?= ?\$))|"
    # « maison à vendre »; not « pris à vendre du vape », « des barres à vendre pour la campagne »
    r"(?<!prendre )(?<!pris )(?<!prise )a vendre\b(?! (?:du|de la|des|ses|leur|leurs|pour (?:la campagne|le financement|financer)))|(?:ma|notre) (?:petite )?(?:boutique|entreprise|compagnie)|"
    r"mes produits|mes services|(?:devenez|deviens) (?:conseill\w+|distribut\w+|ambassad\w+|"
    r"representant\w*|partenaire)|rejoins mon equipe|rejoignez mon equipe|travail a domicile|"
    r"revenus? (?:supplementaires?|passifs?|d appoint)|"
    r"inbox moi|pour (?:passer )?(?:vos |ta |votre )?commandes?|commandez (?:vite|maintenant|des maintenant)|"
    r"(?:seulement|juste) \d+ ?\$|\d+ ?% (?:de rabais|off|de reduction)|"
    r"livraison (?:gratuite|offerte|rapide)|en vente (?:chez moi|sur ma page)|"
    r"(?:mon|ma) (?:service|offre) de (?:tutorat|gardiennage|photographie)|"
    r"je (?:re)?vends?|je prends (?:vos|les|des) commandes|nouveau catalogue|"
    r"(?:chaque|toute) (?:invitee?|personne|cliente?) qui (?:commande|achete)|"
    r"le premier qui m ecrit|"
    r"(?:le|la|l) (?:cafe|resto|restaurant|salon|boutique|garage|commerce|atelier|studio|"
    r"entreprise|compagnie|ferme|kiosque|boulangerie|pizzeria|depanneur|fromagerie|spa|clinique|"
    r"microbrasserie|cabane a sucre|patisserie|friperie) (?:\w+ )?(?:de|d) (?:mon|ma) (?:frere|s(?:oe|œ)ur|chum|"
    r"blonde|mari|femme|cousin\w*|voisin\w*|ami\w*|beau frere|belle s(?:oe|œ)ur|conjoint\w*)|"
    r"(?:mon|ma) (?:camp|studio|chalet|atelier|salon|cours|ecole de (?!l |la |mon |ma )\w+(?: \w+)?) (?:\w+ ){0,4}(?:prive\w*|\d+ ?\$)|"
    r"(?:je lance|je demarre|j ouvre|je viens d ouvrir|je viens de lancer) (?:mon|ma) (?:petite |petit |propre )?(?:entreprise|boutique|compagnie|commerce|atelier|studio)|"
    r"defi \d+ jours|boissons proteinees|(?:triple|double) mes economies|plateforme de placement|"
    r"\(?liens? affilies?\)?|mon lien (?:amazon|affilie)|gagnez \d+ ?\$|argent facile|cliquez ici|"
    r"methode secrete|"
    r"(?:investi\w*|placer|placements?|doubl\w*|tripl\w*|\d+ ?%|\d+ ?\$) (?:\S+ ){0,8}?crypto\w*|"
    r"(?:crypto\w*|bitcoin|btc|ethereum) (?:\S+ ){0,8}?(?:investi\w*|gagnez|doubl\w*|profits?|rendements?|\d+ ?%|\d+ ?\$|lien|bot|x\d+|"
    r"whatsapp|dm|inbox)\b|courez la chance de gagner .{0,80}\b(?:chez|boutique|commerce)|"
    r"(?:aimez|partagez|identifiez|abonnez vous a) (?:\w+ ){0,3}(?:boutique|commerce|magasin|"
    r"salon|resto\w*|entreprise)|meilleur prix|prix (?:d ami|special|imbattable)|"
    r"\d+ ?% (?:sur(?! le terrain| la glace| la patinoire| le jeu| \d+ ans| (?:deux|trois|quatre|cinq) ans)|de rabais|off|de reduction)|(?:mentionnez|dites) (?:cette publication|que vous)|"
    r"(?:sa|son|ma|mon|notre) (?:nouvelle |nouveau |petite |petit )?(?:compagnie|entreprise|"
    r"boutique|commerce|salon|resto|restaurant|garderie (?:en milieu familial|privee))"
    r"(?:\s+\S+){0,12}?\s+(?:prix|rabais|gratuite?|places?|appelez|mentionnez|commander|essayer)|"
    # chain letters and engagement bait
    r"ne (?:brisez|brise|brisons) pas la chaine|copie[zr]? ?colle[zr]? (?:ce|le|mon) (?:message|texte|statut)|"
    r"partage[zr]? (?:ce message|cette publication|ce texte) (?:a|avec) \d+ (?:personnes|amis)|"
    r"\d+ ?% des gens ne (?:le )?(?:feront|partageront|liront)|"
    # a business's contest: like and share its page to win
    r"(?:fait|font) tirer\b(?:\s+\S+){0,30}?\s+(?:aimez|aimer|partagez|partagent|identifiez|abonn\w+)|"
    r"(?:aimez|aimer|suivez|abonnez vous a|s abonnent a|s abonner a) (?:leur|sa) page|"
    # recruiting for a sales network, a label that says « ad », services offered
    r"(?:vous |t )?inscrire comme (?:distribut\w+|conseill\w+|ambassad\w+(?= (?:de|d|pour) (?:ma|mon|notre|nos|la marque|la compagnie)))|"
    r"(?:publicite|contenu commandite|annonce commanditee|partenariat remunere)\s*[:—–-]|"
    r"prix (?:tres |super )?competitifs?|(?:obtenez|demandez) (?:une|un|votre) (?:soumission|estimation|essai)"
    r"(?: gratuite?)?|soumission gratuite|references sur demande|monetis\w+|abonnez vous a ma chaine|"
    r"(?:vend\w*|a vendre|a louer|louons|louer) (?:\w+ ){0,3}(?:notre|mon|ma|nos|mes) (?:condo|maison|chalet|"
    r"auto|voiture|camion|roulotte|terrain|bateau|motoneige|vtt|appartement|logement)|"
    r"(?:notre|mon|ma) (?:condo|maison|chalet|roulotte|terrain|appartement|logement) (?:est )?a (?:vendre|louer)|"
    r"jvends?|(?:utilise[zr]?|avec) mon code|code:? (?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{4,}|promo\w* exclusive|"
    r"(?:mentionnez|dites) (?:ce post|ce message))\b"
)
_CRYPTO = re.compile(r"\b(?:crypto\w*|bitcoin|btc|ethereum)\b")
# A student's work about money sells nothing.
_SCHOOL_PROJECT = re.compile(
    r"\b(?:expo ?sciences?|science fair|(?:son|sa|leur) (?:projet|recherche|expose|affiche)|"
    r"medaill\w+|jury|travail de recherche|cours d (?:economie|education financiere))\b"
)
# A warning against a scam names what it warns against (« doubler votre argent en
# crypto : c'est une arnaque ») — unless the seller denies it (« pas une arnaque »).
_SCAM_WARNING = re.compile(
    r"\b(?:(?<!pas une )(?<!pas d )(?<!aucune )arnaques?|(?<!pas une )fraudes?|escroquerie|"
    r"ne cliquez pas|cliquez pas|mefiez vous|se mefier|mefie toi|faux comptes?|hameconnage)\b"
)
# Direct-sales brands sell beside a sale word, not in « si je vendais du Tupperware ».
_BRAND = re.compile(
    r"\b(?:tupperware|avon|arbonne|norwex|epicure|pampered chef|herbalife|young living|doterra|"
    r"partylite|scentsy|mary kay|monat|amway|isagenix|plexus|jamberry|rodan)\b"
)
_BRAND_SALE = re.compile(
    r"\b(?:(?<!si je )(?<!si j )vend(?!redi)\w*|vente|command\w*|catalogue|produits?|soiree|party|"
    r"conseill\w+|distribut\w+|demonstration|rabais|promo\w*|prix|boutique|essayer|echantillons?|"
    r"selling|sell|prices?|order|dm)\b"
)
# Offers that a school makes too (« écrivez-nous en message privé pour l'inscription »):
# selling only outside a school cause.
_WEAK_SELLING = re.compile(
    r"\b(?:(?:par |en )?message prive|infos? par message|(?:premier|1er|premiere) (?:cours|appel|"
    r"rencontre|seance|essai|consultation) (?:\w+ )?(?:gratuit\w*|a moitie prix|offert\w*)|"
    r"a moitie prix|\d+ ?\$ au lieu de|seances? photos?|(?:cash|comptant) ou (?:interac|virement))\b"
)
# « Écrivez-moi en privé », « cours privés »: a carpool, a puppy to give or a rumour
# about a teacher's lessons use them too; they sell only beside an offer or a price.
_PRIVATE_CONTACT = re.compile(
    r"\b(?:(?:ecrivez|ecris|textez|texte|contactez|contacte|envoyez|envoie)(?: moi)? (?:un )?(?:moi )?"
    r"(?:en |un )?(?:prive|pv|mp|message prive|inbox|dm)|cours prives?|tutorat prive)\b"
)
# What makes « écrivez-moi en privé » a sale (« disponible » is said of carpools too).
_SALE = re.compile(
    r"\b(?:vend(?!redi)\w*|vente|achat\w*|achet\w*|command\w*|livraison|tarifs?|rabais|promo\w*|soldes?)\b"
)
# A price per unit sells when the seller is the writer or someone close.
_UNIT_PRICE = re.compile(
    r"(?<!\d)\d+ ?\$ (?:la|par|le) (?:semaine|nuit|heure|demi heure|seance|personne|cours|mois|jour|soiree|"
    r"photo)\b"
    r"|(?<!\d)\d+ ?\$ (?:chacun|chacune|chaque|pour \d+)\b"
)
# A price, which sells only when an offer word is near it.
_PRICE = re.compile(r"(?<!\d)\d+(?:[,.]\d{2})? ?\$|\$ ?\d+|(?<!\d)\d+ dollars|(?<!\d)\d+ ?\$ ?/ ?h")
_OFFER = re.compile(
    r"\b(?:vend(?!redi)\w*|achet(?:ez|er)|commande\w*|livraison|disponibles?|dispo|en stock|tarifs?|rabais|"
    r"promo\w*|special|solde\w*|aubaines?|offre|l heure|de l heure|par heure|par seance|"
    r"aupres de moi|en ligne|chez moi|appelez moi|appelle moi|textez moi|contactez moi)\b"
)
# A school or community cause: not commercial.
_SCHOOL_CAUSE = re.compile(
    r"\b(?:fondation|levee de fonds|collecte de fonds|campagne de financement|financement|"
    r"au profit d\w*|profits? (?:iront|seront remis|vont)|benefices|voyage (?:de fin|scolaire|"
    r"etudiant|des finissants)|finissants|bal|cafeteria|menu|photo scolaire|photos scolaires|"
    r"foire du livre|salon du livre|inscriptions?|frais (?:de|d)|sortie|comite|conseil etudiant|"
    r"organisme|paroisse|club|benevoles?|(?:activite|soiree|evenement|spectacle|entree|atelier|"
    r"conference)s?(?: \w+)? gratuit\w*|parascolaire\w*|kiosque|marche de noel|"
    r"vente de (?:garage|patisseries|pains?|gateaux|chocolat|fromage|fleurs|sapins)|"
    r"(?:nos|les|des) eleves (?:\w+ ){0,3}(?:vendent|vendront|offrent)|epicerie|banque alimentaire|"
    r"pour financer|financer|(?:permet\w*|permettra|permettront) a (?:l ecole|la classe|nos eleves|la bibliotheque) d)\b"
)
# The school's own channel, shop or foundation: « la chaîne YouTube de l'école ».
_SCHOOL_OWN = re.compile(
    r"\b(?:chaine|page|boutique|compte|site|journal|radio|balado)(?: \w+)? (?:de|d) (?:l ecole|notre ecole|"
    r"la fondation|la classe)\b"
)


def is_school_cause(folded_text: str) -> bool:
    """A fundraiser, a free event, a fee or the school's own channel: not commercial."""
    return bool(gated_search(_SCHOOL_CAUSE, folded_text) or _SCHOOL_OWN.search(folded_text))


# The seller is the writer or someone close: « je », « chez moi », « mon chum ».
_PRIVATE_SELLER = re.compile(
    r"\b(?:je|j|moi|mon|ma|mes|chez moi|mon chum|ma blonde|mon mari|ma femme|ma s(?:oe|œ)ur|mon frere)\b"
)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?P<host>[^/?#:\s]+)", re.IGNORECASE)
_SHOP_DOMAINS = (
    "amazon.",
    "amzn.",
    "etsy.com",
    "ebay.",
    "shopify",
    "myshopify.com",
    "aliexpress",
    "temu.com",
    "shein.com",
    "wish.com",
    "kijiji.ca",
    "marketplace",
    "linktr.ee",
    ".shop",
    ".store",
)
_AFFILIATE = re.compile(r"[?&](?:tag|ref|aff|affiliate|afid|referral|coupon)=", re.IGNORECASE)


class Solicitation(Rule):
    """Signale la sollicitation commerciale par un membre du personnel :
    vente de produits ou de services (« écrivez-moi en privé pour commander »),
    code promo, rabais, vente à domicile, cours privés payants. Les campagnes
    de financement de l'école ou de sa fondation, les activités gratuites et
    le menu de la cafétéria ne sont pas visés."""

    code = "PUB01"
    name = "sollicitation"
    title = "Sollicitation ou publicité"
    severity = Severity.ERROR
    clauses = SOLICITATION_CLAUSES
    kinds = frozenset({DocumentKind.PUBLICATION})
    fail_examples = (
        Example(
            "Nouveaux produits Norwex disponibles! Écrivez-moi en privé pour commander.",
            ("Norwex",),
        ),
        Example("Code promo ENSEIGNE20 sur ma boutique!", ("Code promo",)),
    )
    ok_examples = (
        "Campagne de financement de la Fondation de l'école : chocolat à 5 $, tous les profits "
        "iront au voyage des finissants.",
        "Menu de la cafétéria : pâté chinois 4,50 $.",
    )
    message = (
        "Sollicitation commerciale : les productions commerciales, la publicité et la "
        "sollicitation n'ont pas leur place sur un compte scolaire. Retirez ce passage ; "
        "annoncez vos produits ou services sur un compte personnel, hors des comptes de l'école."
    )

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        text = folded(doc)
        if _SCAM_WARNING.search(text):
            return
        m = gated_search(_SELLING, text)
        if m is not None and _CRYPTO.search(m.group()) and _SCHOOL_PROJECT.search(text):
            m = None  # « son projet d'expo-sciences sur la cryptomonnaie »
        if m is None and (brand := _BRAND.search(text)) and _BRAND_SALE.search(text):
            m = brand
        if m is None and not gated_search(_SCHOOL_CAUSE, text):
            m = gated_search(_WEAK_SELLING, text)
            contact = gated_search(_PRIVATE_CONTACT, text)
            if m is None and contact and (_SALE.search(text) or gated_search(_PRICE, text)):
                m = contact
            unit = gated_search(_UNIT_PRICE, text)
            if m is None and unit is not None and gated_search(_PRIVATE_SELLER, text):
                m = unit
        if m is None:
            price = gated_search(_PRICE, text)
            if (
                price is None
                or gated_search(_SCHOOL_CAUSE, text)
                or not gated_search(_OFFER, text)
                or not gated_search(_PRIVATE_SELLER, text)
            ):
                return
            m = price
        yield Hit(m.start(), m.end(), self.message)


class ShopLink(Rule):
    """Note un lien vers une boutique en ligne ou un lien d'affiliation : il
    n'est pas « lié directement au contenu publié » par le conseil. Les autres
    liens externes (musée, ministère, article) ne sont pas notés."""

    code = "PUB02"
    name = "lien-commercial"
    title = "Lien commercial ou d'affiliation"
    severity = Severity.INFO
    clauses = SOLICITATION_CLAUSES
    fail_examples = (
        Example(
            "Le livre est ici : https://www.amazon.ca/dp/123?tag=prof-20",
            ("https://www.amazon.ca/dp/123?tag=prof-20",),
        ),
    )
    ok_examples = ("Visitez le musée virtuel : https://www.museedelhistoire.ca/expositions",)
    message = (
        "Lien commercial ou d'affiliation : un lien vers une boutique n'est pas lié au "
        "contenu scolaire. Retirez-le, ou liez plutôt une page publique non commerciale "
        "(bibliothèque, éditeur, site de l'école)."
    )

    def may_apply(self, doc: Document) -> bool:
        return any(s.kind == "url" for s in doc.protected)

    def check(self, doc: Document, parsed: Any | None) -> Iterable[Hit]:
        official = tuple(d.lower() for d in profile_of(doc).official_domains)
        for span in doc.protected:
            if span.kind != "url":
                continue
            url = doc.normalised[span.start : span.end]
            m = _HOST.match(url)
            host = m.group("host").lower() if m else ""
            if any(host == d or host.endswith(f".{d}") for d in official):
                continue
            if "/" not in url and not url.lower().startswith("www."):
                continue  # « Amazon.com » named in a sentence is not a link

            if any(shop in host for shop in _SHOP_DOMAINS) or _AFFILIATE.search(url):
                yield Hit(span.start, span.end, self.message)


RULES = (Solicitation, ShopLink)
