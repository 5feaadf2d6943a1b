"""One module per construction family; :mod:`claimtrack.attribution.constructions` says which fires when."""
