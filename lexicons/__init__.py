"""Lexiques : données curées et leur chargeur."""
