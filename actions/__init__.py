"""Custom actions of the Erasmus+ mobility assistant (rasa-sdk), one module per skill."""
from actions.profile import warm_up

warm_up()
