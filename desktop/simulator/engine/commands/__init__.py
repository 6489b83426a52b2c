"""The engine's commands, one module per family; each handler is named after its capability."""
