"""Social-media complaint monitor: tell founded one-off complaints from wars on the company."""

__version__ = "0.1.0"
