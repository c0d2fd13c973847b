"""Parts of the filter panel: the NACE sector tree, a group of choices, and small widgets they share."""
