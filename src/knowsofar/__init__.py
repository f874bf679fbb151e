"""knowsofar: source-cited answers to "has my show been renewed?"."""

__version__ = "0.1.0"
