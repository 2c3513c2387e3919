"""briefing: raw French news pages → cleaned articles → event briefs → a policy memo."""

__version__ = "0.1.0"
