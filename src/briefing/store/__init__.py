"""The desk's memory (DESIGN.md: events ▲ store): what earlier runs read and briefed."""

from .desk import NewEvent, Store, StoreError, store_url

__all__ = ["NewEvent", "Store", "StoreError", "store_url"]
