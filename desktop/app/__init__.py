"""What the window and the commands share above the sources: the one source factory
(sources.py) and the one ingest session (session.py)."""
