"""Interface en ligne de commande de civisme."""

__version__ = "0.1.0"
