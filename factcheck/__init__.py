"""factcheck: check whether several articles about the same story agree on their facts."""

__version__ = "0.1.0"
