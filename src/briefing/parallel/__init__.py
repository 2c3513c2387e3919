"""Spreading the per-article stages over worker processes (see pool.py), or
over a Dask cluster's workers (cluster.py)."""

from .pool import Workers, choose_workers, machine_cores, open_workers

__all__ = ["Workers", "choose_workers", "machine_cores", "open_workers"]
