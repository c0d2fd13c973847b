"""Names in `explorer/core/taxonomy` that are alive where vulture cannot see it (see README.md)."""

import explorer.core.taxonomy
import explorer.core.taxonomy.nace

# Module `__getattr__` (PEP 562): Python calls it for `SECTION_LETTERS` and `DIVISION_CODES`, which
# are built from the NACE table on first use so that importing the taxonomy reads no file.
explorer.core.taxonomy.__getattr__
explorer.core.taxonomy.nace.__getattr__
