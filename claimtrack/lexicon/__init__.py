"""The lexicon: claimtrack's data files, their schemas, the shared morphology and the compiled grammar.

- :mod:`.files`: reading the TAB-separated data files of ``claimtrack/data``, validated on load.
- :mod:`.schema`: what each data file must hold (columns, allowed values, order), checked on load.
- :mod:`.morph`: letters, clitics and affixes, one copy each.
- :mod:`.grammar`: the attribution grammar compiled from the data files.
- :mod:`.user`: a user lexicon, a folder of data files added to (or overriding) the shipped ones.
"""

from .files import Row, check_choice, data_files, read_rows, read_words, str_tuple
from .user import reset_caches, use_user_lexicon, user_lexicon

__all__ = ["Row", "check_choice", "data_files", "read_rows", "read_words", "reset_caches", "str_tuple",
           "use_user_lexicon", "user_lexicon"]
