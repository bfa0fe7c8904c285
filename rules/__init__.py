"""Moteur, document et règles de civisme."""
