"""Writes of samenwerken: each `<thing>_<verb>(*, actor, ...)` checks and logs through access.guard()."""
