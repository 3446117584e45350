"""veille: sourced, structured incidents of terrorism and political violence from news text."""

__version__ = "0.1.0"
