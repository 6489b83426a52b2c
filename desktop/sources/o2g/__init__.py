"""The O2G source (docs/o2g.md): a real OmniPCX Open Gateway, or the simulated one, watched
and commanded over REST and its chunked event channel."""
