"""Spreading the per-article stages over worker processes (see pool.py)."""

from .pool import Workers, choose_workers, machine_cores

__all__ = ["Workers", "choose_workers", "machine_cores"]
