"""Panels that sit beside or inside the central area (filters later; placeholders now)."""
