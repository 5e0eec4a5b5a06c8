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
NEXT = ("For Zimbabwe, ranked eleventh in the world, it is their first home series this year while the "
        "visitors have lost all four matches.")

BODY_SENTENCES = [
    "Though Taskin Ahmed’s fellow Dhaka pacers are injured, the selectors kept faith in the same bowling unit.",
    "Because Litton Das’s fellow Bogura batsman Mushfiqur is rested, Jaker Ali will keep wicket in Sylhet.",
    "When Shakib Al Hasan’s former Khulna teammates arrive, the squad will hold a camp at the national academy.",
    "Although Tamim Iqbal’s fellow Bangladesh veterans have retired, Mushfiqur Rahim will play on until the World Cup.",
    "Although Mashrafe Mortaza’s fellow Narail players have left, Mehidy Hasan Miraz will lead Khulna Tigers this season.",
    "Nahid Rana will lead the Bangladesh Tigers attack while Rajshahi fast bowler Tanzim Hasan Sakib will make "
    "his Test debut at the age of 22.For Zimbabwe, ranked eleventh in the world, it is their first home Test "
    "of the season while the Tigers, ranked ninth, have won all three previous matches.",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_no_cut_at_a_head_that_opens_or_ends_with_a_tying_word(sentence):
    rules, model, keys = rules_for("en"), model_for("en"), title_key(TITLE)
    flat = sentence if ".For " in sentence else sentence + NEXT
    assert best_cut(flat, model, keys, False, rules.sentence_starters) is not None   # the model alone cuts
    assert best_cut(flat, model, keys, False, rules.sentence_starters,
                    rules.headline_never_first, rules.headline_never_last) is None
