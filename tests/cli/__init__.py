"""The command line: the real console script, run as a subprocess."""
