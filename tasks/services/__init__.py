"""Every change to the catalogue and to imported ordinances goes through these functions.

`imports`: reading a text and storing it as a draft; `lifecycle`: the administrator's decisions,
approval and application (draft → approved → applied), and loading the seed ordinance.
"""

from .imports import ImportResult, ordinance_import, ordinance_preview
from .lifecycle import (
    TRANSITIONS,
    node_decide,
    node_rekey,
    ordinance_apply,
    ordinance_approve,
    ordinance_load_seed,
    ordinance_withdraw,
    ordinances_apply_due,
)

__all__ = [
    "TRANSITIONS",
    "ImportResult",
    "node_decide",
    "node_rekey",
    "ordinance_apply",
    "ordinance_approve",
    "ordinance_import",
    "ordinance_load_seed",
    "ordinance_preview",
    "ordinance_withdraw",
    "ordinances_apply_due",
]
