"""The OmniPCX Open Gateway's formats (docs/o2g.md): its events, REST bodies and routes, its
errors in the protocol's codes, the lines of its event channel, and RTSM rewritten into it."""
