"""What a claim says, in forms that survive rewording: stems, entities, places, quantities.

- :mod:`.stems`: light stems (clitics and suffixes off, broken plurals and synonyms to one name);
- :mod:`.quantities`: numbers in digits or words as ranges with a unit;
- :mod:`.entities`: entities through their aliases, places by name or nisba, portfolios, modality;
- :mod:`.key`: :class:`ClaimKey`, everything above for one claim text.
"""

from .entities import find_entities
from .key import ClaimKey, claim_key
from .quantities import Quantity, find_quantities
from .stems import stem

__all__ = ["ClaimKey", "Quantity", "claim_key", "find_entities", "find_quantities", "stem"]
