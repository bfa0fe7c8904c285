"""Rapports : une fonction pure par format."""
