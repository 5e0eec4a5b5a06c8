"""Held-out (sentences written here): body sentences of a flattened page (a full stop with no space
after it, so the splitter runs two sentences into one) that the related-headline model alone scores
as a headline glued to the next words. A headline never opens with a word that ties it to what
comes before or after ("Although X's fellow ...", "According to a post on ...": the pack's
`never_first`) nor ends in a word that needs more after it ("... attack while": `never_last`), so
`best_cut` makes no cut there. Glued headlines that do go are in test_clean_related.py."""
import pytest

from khobor.clean.related import best_cut, model_for, title_key
from khobor.clean.rules import rules_for

TITLE = "Tigers name unchanged squad for second Test"
NEXT = "Zimbabwe have brought in two batsmen from their second eleven and will pick a third seamer on the morning of the game."

BODY_SENTENCES = [
    "Though Taskin Ahmed’s fellow Dhaka pacers are injured, the selectors kept faith in the same bowling unit.",
    "Because Litton Das’s fellow Bogura batsman Mushfiqur is rested, Jaker Ali will keep wicket in Sylhet.",
    "When Shakib Al Hasan’s former Khulna teammates arrive, the squad will hold a camp at the national academy.",
    "Although Tamim Iqbal’s fellow Bangladesh veterans have retired, Mushfiqur Rahim will play on until the World Cup.",
    "Although Mashrafe Mortaza’s fellow Narail players have left, Mehidy Hasan Miraz will lead Khulna Tigers this season.",
]
# a head ending in "while", glued to a long body sentence after it
ENDS_IN_WHILE = ("Mehidy Hasan Miraz will lead the Tigers squad attack while Bogura pacer Shoriful Islam will play "
                 "his first Test in Sylhet.Zimbabwe, ranked below the Tigers, have brought in two batsmen from their "
                 "second eleven for the match and will decide on the morning of the game whether to play a third "
                 "seamer or a second spinner on a dry pitch.")


@pytest.mark.parametrize("flat", [s + NEXT for s in BODY_SENTENCES] + [ENDS_IN_WHILE])
def test_no_cut_at_a_head_that_opens_or_ends_with_a_tying_word(flat):
    rules, model, keys = rules_for("en"), model_for("en"), title_key(TITLE)
    assert best_cut(flat, model, keys, False, rules.sentence_starters) is not None   # the model alone cuts
    assert best_cut(flat, model, keys, False, rules.sentence_starters,
                    rules.headline_never_first, rules.headline_never_last) is None
