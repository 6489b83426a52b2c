"""The simulated OmniPCX Open Gateway (docs/o2g.md): the simulated OXE's engine served as a
real O2G serves an OXE, through the same REST routes and event channel the O2G source reads."""
