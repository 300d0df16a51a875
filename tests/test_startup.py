"""Start-up shortcuts must not change what the linter finds."""

from __future__ import annotations

import re

from linter.kinds import emoji


def test_the_emoji_prefilter_is_the_documented_set_on_every_code_point() -> None:
    documented = re.compile("[\u00a9\u00ae\u203c-\U0010ffff]")
    differ = [
        cp
        for cp in range(0x110000)
        if bool(documented.match(chr(cp))) != bool(emoji._MAYBE_EMOJI.match(chr(cp)))
    ]
    assert differ == []
    assert emoji._MAYBE_EMOJI.match("\u00a9") and emoji._MAYBE_EMOJI.match("\U0001f680")
    assert not emoji._MAYBE_EMOJI.match("\u00e9") and not emoji._MAYBE_EMOJI.match("\u203b")
