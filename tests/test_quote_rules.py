"""The named speaker rules of the quotes layer, each on fixtures written for it.

Entities are placed by hand at the offsets a test names (not at every occurrence), so that a rule
that fills what the NER missed can be seen to do so.
"""
from __future__ import annotations

import unicodedata

from khobor import lang
from khobor.quotes import attribution as quotes
from khobor.quotes.speakers import repeated_names
from khobor.record import Actor, Entity, Record, record_id


def _record(text: str, code: str, tagged: list[tuple[str, int, str, Actor | None]]) -> Record:
    """`tagged`: (surface, which occurrence (0-based), type, actor) for each entity the NER found."""
    text = unicodedata.normalize("NFC", text)
    ents = []
    for surface, nth, kind, act in tagged:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(surface, pos + 1)
        ents.append(Entity(text=surface, start=pos, end=pos + len(surface), type=kind, actor=act))
    return Record(id=record_id(text), text=text, language=code, published="2024-03-01",
                  entities=sorted(ents, key=lambda e: e.start))


WATCH = Actor(id="harbour-watch", name="Harbour Watch", country="XXX", sector="CVL")


def test_repeated_names_tags_the_untagged_occurrences_of_a_name():
    rec = _record("The charity Harbour Watch said that the closures were avoidable. Later, Harbour Watch "
                  "thanked the volunteers of Greater Harbour Watch Trust.", "en",
                  [("Harbour Watch", 1, "ORG", WATCH),
                   ("Greater Harbour Watch Trust", 0, "ORG", None)])
    echoed = repeated_names(rec)
    # the first occurrence is added; the one inside a longer entity is not
    assert [(e.text, e.start, e.type, e.actor.name) for e in echoed] == [
        ("Harbour Watch", rec.text.index("Harbour Watch"), "ORG", "Harbour Watch")]


def test_repeated_names_leaves_short_and_unlinked_single_words():
    rec = _record("Sami said the river rose. Then Sami left, and Ana Lo wrote about it.", "en",
                  [("Sami", 1, "PER", None), ("Ana Lo", 0, "PER", None)])
    assert repeated_names(rec) == []


def test_a_speaker_the_ner_tagged_only_later_still_speaks():
    rec = _record("The charity Harbour Watch said that the port closures were avoidable and costly. "
                  "Fishermen met on Monday. Harbour Watch runs two boats.", "en",
                  [("Harbour Watch", 1, "ORG", WATCH)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if "port closures were avoidable" in q.text]
    assert q.speaker is not None and q.speaker.actor is not None
    assert q.speaker.actor.name == "Harbour Watch"


def test_an_unknown_body_right_after_a_title_is_the_titles_holder():
    lawyer = Actor(id="new:rafiq-ul-bari", name="Rafiq Ul Bari", provisional=True)
    rec = _record("The defendant's lawyer, Rafiq Ul Bari, stated that the hearing had been moved to May.",
                  "en", [("Rafiq Ul Bari", 0, "ORG", lawyer)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.text == "Rafiq Ul Bari" and q.speaker.actor.name == "Rafiq Ul Bari"


def test_a_known_body_after_a_title_stays_a_body():
    guard = Actor(id="coast-guard-of-xland", name="Coast Guard of Xland", country="XXX", sector="MIL")
    rec = _record("The spokesperson, Coast Guard of Xland and the navy said that the search would go on.",
                  "en", [("Coast Guard of Xland", 0, "ORG", guard)])
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    assert finder.unknown_body_after_title(rec.text.index(",")) is None


def test_a_name_set_off_before_a_title_is_the_speaker():
    rec = _record("Rina Paul, senior member of the guild and editor at the Courier, said that the raids "
                  "had been planned for weeks.", "en", [])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.text == "Rina Paul" and q.speaker.actor.name == "Rina Paul"


def test_a_known_body_before_an_apposition_is_not_taken_for_a_name():
    rec = _record("Harbour Watch, a member of the coastal forum, said that the raids had been planned "
                  "for weeks.", "en", [("Harbour Watch", 0, "ORG", WATCH)])
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import Mention, SpeakerFinder
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    t = rec.text.index("member")
    title = Mention(t, t + len("member"), "member", "title")
    assert finder.name_before_apposition(0, title) is None


QUIST = Actor(id="tomas-quist", name="Tomas Quist", country="XXX", sector="GOV")
BRENN = Actor(id="olaf-brenn", name="Olaf Brenn", country="XXX", sector="GOV")


def test_a_pronoun_takes_the_subject_not_a_person_named_inside_the_sentence():
    rec = _record("Tomas Quist today expressed deep shock at the death of the former mayor Olaf Brenn. "
                  "“The city has lost a builder of bridges,” he said.", "en",
                  [("Tomas Quist", 0, "PER", QUIST), ("Olaf Brenn", 0, "PER", BRENN)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.text == "he" and q.speaker.actor.name == "Tomas Quist"


def test_a_pronoun_with_no_subject_before_it_takes_the_last_person():
    rec = _record("Since the flood, the old mayor Olaf Brenn has kept silent. “The city has lost a builder of "
                  "bridges,” he said.",
                  "en", [("Olaf Brenn", 0, "PER", BRENN)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.actor.name == "Olaf Brenn"


def test_glued_sentences_are_split_but_initials_stay_whole():
    from khobor.quotes.attribution import glued_sentence_starts
    text = "He left the party.On the same day, the U.N. envoy and A.K.M. Rafiq met.“Yes.”Then"
    starts = glued_sentence_starts(text)
    # (a quotation opening right after a stop is split where the quotation marks are found)
    assert [text[i:i + 4] for i in starts] == ["On t", "Then"]


def test_a_speaker_after_a_glued_sentence_end_is_found():
    rana = Actor(id="lia-rana", name="Lia Rana", country="XXX", sector="GOV")
    rec = _record("Work on the dam stopped in May.Speaking at the site, engineer Lia Rana said the "
                  "repairs would take a year.", "en", [("Lia Rana", 0, "PER", rana)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.text.startswith("the repairs would take a year") and q.speaker.actor.name == "Lia Rana"


def test_a_bengali_loanword_title_joins_its_holder_closing_the_sentence():
    karim = Actor(id="karim-ullah", name="Karim Ullah", country="XXX", sector="PTY")
    rec = _record("নদীর বাঁধ মেরামতের কাজ আগামী মাসে শেষ হবে বলে জানিয়েছেন সংগঠনটির সহকারী সেক্রেটারি "
                  "জেনারেল মাওলানা করিম উল্লাহ।", "bn", [("করিম উল্লাহ", 0, "PER", karim)])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.kind == "indirect" and q.speaker.actor.name == "Karim Ullah"


def test_voiced_reports_the_stance_with_its_noun():
    rana = Actor(id="lia-rana", name="Lia Rana", country="XXX", sector="GOV")
    rec = _record("Guild member Lia Rana has voiced clear opposition to any merger with the rival guild.",
                  "en", [("Lia Rana", 0, "PER", rana)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.kind == "indirect" and "clear opposition to any merger" in q.text
    assert q.speaker.actor.name == "Lia Rana"


def test_a_body_condemning_something_makes_a_statement():
    rec = _record("Harbour Watch has strongly condemned the raids on the offices of two newspapers.", "en",
                  [("Harbour Watch", 0, "ORG", WATCH)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert "the raids on the offices" in q.text and q.speaker.actor.name == "Harbour Watch"


def test_explain_names_the_pattern_and_the_speaker_rule():
    from khobor.quotes.explain import RULES, explain
    rec = _record("Rina Paul, senior member of the guild and editor at the Courier, said that the raids "
                  "had been planned for weeks.", "en", [])
    quotes.run(rec, lang.load("en"))
    shown = explain(rec)
    assert "quote 1: indirect \"the raids had been planned for weeks\"" in shown
    assert "speaker     name_before_apposition: Rina Paul" in shown
    assert "pattern     reported" in shown
    assert {"repeated_names", "unknown_body_after_title", "name_before_apposition", "subject_antecedent",
            "glued_sentence_starts"} <= set(RULES)
    assert all(RULES[name] for name in RULES)  # each rule says what it does


def test_explain_shows_the_predicates_that_decided():
    # a predicate decides without naming the speaker: the sentence opening with its cue (rejoined
    # with its quotation before the splitter's cut) and the gender a pronoun gives its person
    from khobor.pipeline import process
    from khobor.ingest.raw import RawArticle
    from khobor.quotes.explain import explain
    rec = process(RawArticle(source="t", language="en", published="2025-06-01",
                             text="The market committee met on Sunday.\n\n\"Who will pay for the repairs?\" asked "
                                  "trader Rina Paul. \"We have lost everything,\" she said."))
    shown = explain(rec)
    assert "predicate   cue_opens_sentence: yes" in shown.split("quote 2")[0]
    assert "predicate   learned_gender: f" in shown.split("quote 2")[1]


def test_a_predicate_is_recorded_only_where_it_decides():
    from khobor.quotes.explain import collecting
    from khobor.quotes.attribution import glued_sentence_starts, paragraph_between
    with collecting() as fired:
        paragraph_between("We go on.\" Rina said so.", 9, 11)     # no line break: nothing decided
        paragraph_between("We go on.\"\nRina said so.", 10, 12)
        glued_sentence_starts("He left the party.On the same day, she spoke.")
    assert fired.steps == [("paragraph_between", "yes", 9), ("glued_sentence_starts", "1 found", 18)]


DELTA_STATS = Actor(id="delta-stats", name="Delta Bureau of Statistics", country="XXX", sector="GOV")


def test_a_body_is_referred_to_by_the_head_word_of_its_name():
    # "the bureau" is the Bangladesh Bureau of Statistics named before, whatever the pack lists;
    # the head is the word before "of", and a title word of a person the NER typed ORG is no head
    from khobor.quotes.speakers import _name_head
    assert [_name_head(n) for n in ("Bangladesh Bureau of Statistics", "Inland Water Transport Authority",
                                    "Corporal Kader", "press wing")] == ["Bureau", "Authority", "Kader", ""]
    rec = _record("The Delta Bureau of Statistics said on Monday that inflation eased to 8.3 percent. "
                  "Non-food inflation rose slightly because of higher rents, the bureau said.", "en",
                  [("Delta Bureau of Statistics", 0, "ORG", DELTA_STATS)])
    quotes.run(rec, lang.load("en"))
    second = next(q for q in rec.quotes if "Non-food inflation" in q.text)
    assert second.speaker.actor is not None and second.speaker.actor.name == "Delta Bureau of Statistics"
    from khobor.quotes.explain import explain
    assert "body_named_by_its_head" in explain(rec)


def test_a_word_of_a_body_that_is_not_its_head_refers_to_nothing():
    rec = _record("The Delta Bureau of Statistics said on Monday that inflation eased to 8.3 percent. "
                  "Food prices fell, the statistics said.", "en", [("Delta Bureau of Statistics", 0, "ORG", DELTA_STATS)])
    quotes.run(rec, lang.load("en"))
    (food,) = [q for q in rec.quotes if "Food prices" in q.text]
    assert food.speaker.text == "the statistics" and food.speaker.actor is None


DELTA_ALLIANCE = Actor(id="delta-alliance", name="Delta Reform Alliance", country="XXX", sector="PTY")
ALLIANCE_AHEAD = Actor(id="new:alliance-ahead", name="Alliance Ahead", country=None, sector=None, provisional=True)


def test_a_head_word_reference_is_the_body_so_headed_not_one_holding_the_word():
    # "Alliance Ahead" (a heading the NER took for a name) holds "alliance" but is headed by "Ahead";
    # the alliance named last, in whatever position, is the one "the alliance" points back to
    text = ("Strains Within the Alliance Ahead of the election. Three parties formed an alliance in December "
            "under the banner of the Delta Reform Alliance. At the time, the alliance said it would stay "
            "independent of both big parties.")
    rec = _run(text, "en", [("Alliance Ahead", 0, "ORG", ALLIANCE_AHEAD), ("Delta Reform Alliance", 0, "ORG", DELTA_ALLIANCE)])
    (q,) = [q for q in rec.quotes if "independent" in q.text]
    assert q.speaker.actor is not None and q.speaker.actor.name == "Delta Reform Alliance"


DELTA_TRADERS = Actor(id="delta-traders", name="Delta Knitwear Makers Association", country="XXX", sector="BUS")
OMEGA_PARTY = Actor(id="omega-party", name="Omega People's Front", country="XXX", sector="PTY")


def _speakers_of(text: str, fragment: str, tagged: list) -> tuple[list, Record]:
    """The speakers of the English quotes holding `fragment`, and the record."""
    rec = _record(text, "en", tagged)
    quotes.run(rec, lang.load("en"))
    return [q.speaker for q in rec.quotes if fragment in q.text], rec


def test_a_reference_with_words_describing_the_body_points_back_like_the_bare_one():
    # "the trade body" is "the body" with a word describing it: the body that spoke before; the
    # quote stays even where nobody was named before ("the export body" speaks for some body)
    said = "Several members were at risk of missing shipment deadlines, the {} said."
    (sp,), rec = _speakers_of("The Delta Knitwear Makers Association said on Monday that orders fell by a fifth. "
                              + said.format("trade body"), "Several members",
                              [("Delta Knitwear Makers Association", 0, "ORG", DELTA_TRADERS)])
    assert sp.actor is not None and sp.actor.name == "Delta Knitwear Makers Association"
    from khobor.quotes.explain import explain
    assert "described_body_reference" in explain(rec)
    (sp,), _ = _speakers_of("Prices of yarn rose again this week. " + said.format("export body"), "Several members", [])
    assert sp.text == "the export body" and sp.actor is None


def test_a_described_reference_keeps_its_kind_and_a_word_setting_another_body_apart_is_none():
    # "the local party" is of the kind "the party", so the party that spoke; "the rival party"
    # is another party; "the trade association" is no party, whose name lacks the word
    text = ("The Omega People's Front said on Monday that the vote must be held in March. "
            "The date was never in doubt, the {} said.")
    for words, name in (("local party", "Omega People's Front"), ("rival party", None), ("trade association", None)):
        sps, _ = _speakers_of(text.format(words), "never in doubt", [("Omega People's Front", 0, "ORG", OMEGA_PARTY)])
        got = [sp.actor.name if sp.actor else None for sp in sps]
        assert got in ([name], []) and (name is None or got == [name]), words


def test_a_relative_clause_before_the_cue_leaves_its_noun_the_speaker():
    # the clause is long enough to push the person out of the speaker region; a person named
    # inside it ("Karim Hossain") is no speaker
    text = ("Rina Paul, who returned on Saturday from three days of talks in Washington with the trade "
            "envoy Karim Hossain over the tariff imposed in April on knitwear exports, said "
            "on Sunday that the two sides were close to a deal.")
    assert text.index(", said") > 160 > text.index(", said") - text.index("who")  # (Rina outside {SC})
    rina, karim = (Actor(id=f"x-{n}", name=n, country="BGD") for n in ("Rina Paul", "Karim Hossain"))
    rec = _record(text, "en", [("Rina Paul", 0, "PER", rina), ("Karim Hossain", 0, "PER", karim)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert "close to a deal" in q.text and q.speaker.actor.name == "Rina Paul"


def test_a_region_that_is_no_relative_clause_keeps_its_speaker():
    from khobor.quotes.attribution import subject_of_relative_clause
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import Mention
    g = grammar_for(lang.load("en"))
    text = "Rina Paul, the trade envoy Karim Hossain, said"
    rina = Mention(0, 9, "Rina Paul", "PER")
    assert subject_of_relative_clause(text, 11, 41, g, [rina]) is None            # an apposition, not "who"
    assert subject_of_relative_clause("Rina Paul, who left, said", 11, 20, g, [rina]) is rina


def test_a_bodys_statement_reports_words_where_the_ner_found_no_body():
    rec = _record("নদী বন্দর কর্তৃপক্ষ জানিয়েছে, আগামী সপ্তাহ থেকে ফেরি চলাচল বন্ধ থাকবে।", "bn", [])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.kind == "indirect" and q.text.startswith("আগামী সপ্তাহ থেকে ফেরি")
    assert q.speaker.text == "নদী বন্দর কর্তৃপক্ষ"
    from khobor.quotes.explain import explain
    assert "unnamed_body_statement" in explain(rec)


def test_a_persons_cue_with_nobody_found_reports_words_of_nobody_known():
    # the honorific form is a person's cue: with no person found the words are still reported
    # (rule person_cue_region), their speaker the short region as written, linked to no actor
    rec = _record("নদী বন্দর কর্তৃপক্ষ জানিয়েছেন, আগামী সপ্তাহ থেকে ফেরি চলাচল বন্ধ থাকবে।", "bn", [])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.text.startswith("আগামী সপ্তাহ থেকে ফেরি")
    assert q.speaker.text == "নদী বন্দর কর্তৃপক্ষ" and q.speaker.actor is None
    from khobor.quotes.explain import explain
    assert "person_cue_region" in explain(rec)


def test_a_possessive_title_finds_the_person_the_plain_title_named():
    rafiq = Actor(id="rafiq-moor", name="Rafiq Moor", country="XXX", sector="PTY")
    rec = _record("At the rally, Guild chief Rafiq Moor spoke first. The Guild’s chief said that "
                  "the strike would end on Monday.", "en", [("Rafiq Moor", 0, "PER", rafiq)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.text.endswith("Guild’s chief") and q.speaker.actor.name == "Rafiq Moor"
    from khobor.quotes.explain import explain
    assert "possessive_as_modifier: Rafiq Moor" in explain(rec)


def test_a_bengali_name_after_a_title_may_have_an_adjunct_before_its_cue():
    rec = _record("সংগঠনের সাধারণ সম্পাদক রহিম উদ্দিন এ প্রসঙ্গে বলেন, ‘নদীর বাঁধ দ্রুত মেরামত করতে হবে।’",
                  "bn", [])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.speaker.text == "রহিম উদ্দিন" and q.speaker.actor is not None


def test_a_bengali_name_before_a_cue_that_goes_on():
    rec = _record("নদী বিশেষজ্ঞ রহিম উদ্দিন বলছিলেন যে বাঁধের কাজ বর্ষার আগে শেষ করা কঠিন হবে।", "bn", [])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.speaker.text == "রহিম উদ্দিন" and q.text.startswith("বাঁধের কাজ")


def test_a_postposition_phrase_or_a_reflexive_is_no_name():
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    for text in ("একজন উকিল বিস্ময়ের সাথে প্রশ্ন করলেন, বাঁধের কাজ কবে শেষ হবে?",
                 "চারজন উকিল নিজেদের বক্তব্য আদালতে জমা দেন।"):
        rec = _record(text, "bn", [])
        finder = SpeakerFinder(rec, grammar_for(lang.load("bn")))
        assert finder._name_before_cue(rec.text.index("উকিল") + len("উকিল")) is None, text


def test_a_titled_short_name_drops_an_aside_and_a_prefix_before_it():
    rafiq = Actor(id="new:rafiq", name="Rafiq", provisional=True)
    rec = _record("The wells were dug in May. Upazila Nirbahi Officer (UNO) Md Rafiq said that the ponds "
                  "would be cleaned in June.", "en", [("Rafiq", 0, "ORG", rafiq)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.speaker.actor.name == "Rafiq"


RAHIM = Actor(id="rahim-uddin", name="Rahim Uddin", country="BGD", sector="GOV")
KARIM = Actor(id="karim-hossain", name="Karim Hossain", country="BGD", sector="CVL")


def _run(text: str, code: str, tagged) -> Record:
    rec = _record(text, code, tagged)
    quotes.run(rec, lang.load(code))
    return rec


def test_a_report_holding_a_quoted_word_is_one_quote():
    rec = _run("Rahim Uddin met reporters. Replying to a question, he said that the council backs a “yes” "
               "vote and will keep every pledge it made.", "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.kind == "indirect" and q.text.startswith("the council backs a “yes” vote")
    assert q.text.endswith("every pledge it made") and q.speaker.actor.name == "Rahim Uddin"


def test_a_long_quoted_phrase_in_a_report_stays_a_partial_quote():
    rec = _run("Rahim Uddin said the council backs “a vote held on time in every district” this year.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.kind == "partial" and q.text == "a vote held on time in every district"


def test_said_it_was_reports_a_clause_but_said_it_alone_does_not():
    rec = _run("Rahim Uddin said it was not true that the ferry had been sold.", "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text == "it was not true that the ferry had been sold"
    assert _run("Rahim Uddin said it again to the crowd gathered outside.", "en",
                [("Rahim Uddin", 0, "PER", RAHIM)]).quotes == []


def test_said_it_and_a_finite_verb_reports_a_clause():
    rec = _run("Rahim Uddin said it expects an answer from the port authority by Friday.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text == "it expects an answer from the port authority by Friday"


def test_warned_of_reports_what_was_warned_of():
    rec = _run("Rahim Uddin has warned of fresh fare rises should the fuel price keep climbing.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text.startswith("fresh fare rises") and q.speaker.actor.name == "Rahim Uddin"


def test_a_pronoun_inside_a_relative_clause_of_the_subject_does_not_speak():
    # "he" belongs to the clause about the manager; the manager, whom the text leaves unnamed, speaks
    rec = _run("Rahim Uddin met bankers on Monday. A branch manager, who requested anonymity as he lacks "
               "permission to brief journalists, said the bank received only a fraction of the cash it asked for.",
               "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text.startswith("the bank received") and q.speaker.actor is None
    rec = _run("Rahim Uddin, who met the governor on Sunday, said the queues would grow.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM)])
    assert rec.quotes[0].speaker.actor.name == "Rahim Uddin"


def test_somebody_described_after_an_indefinite_speaks_unnamed():
    text = ("Rahim Uddin visited the ward on Sunday. Six remain at the burn unit, according to a duty doctor "
            "there. In Jatrabari, a grocer who did not wish to be named said about 20 young men ran along the road. "
            "\"Every killing feeds a narrative,\" said a former ambassador who served in New Delhi, asking not "
            "to be named.")
    rec = _run(text, "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    assert [(q.speaker.text, q.speaker.actor) for q in rec.quotes] == [
        ("a duty doctor there", None), ("a grocer", None), ("a former ambassador", None)]


def test_he_after_somebody_described_after_an_indefinite_is_still_that_person():
    text = ("Rahim Uddin met bankers on Monday. A branch manager, who requested anonymity as he lacks permission "
            "to brief journalists, said the bank received only a fraction of the cash it asked for. "
            "\"We have to decide who gets paid first,\" he said.")
    rec = _run(text, "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    assert [(q.text[:20], q.speaker.actor) for q in rec.quotes] == [
        ("the bank received on", None), ("We have to decide wh", None)]


def test_an_indefinite_thing_after_a_cue_or_a_clause_after_according_to_does_not_speak():
    text = ("She was moved to a building in the complex, declared a sub-jail, where she stayed a year. "
            "At least 19 robberies were reported that week, according to a tally the platform compiled.")
    assert _run(text, "en", []).quotes == []


def test_a_post_speaks_for_the_speaker_just_before():
    rec = _run("রহিম উদ্দিন বলেন, ‘আমরা নদী বন্দর খুলে দেব।’ পোস্টে আরও উল্লেখ করা হয়, ‘ফেরি চলাচল শুরু হবে।’",
               "bn", [("রহিম উদ্দিন", 0, "PER", RAHIM)])
    assert [q.text for q in rec.quotes] == ["আমরা নদী বন্দর খুলে দেব।", "ফেরি চলাচল শুরু হবে।"]
    assert rec.quotes[1].speaker.actor.name == "Rahim Uddin"


def test_a_statement_speaks_for_the_person_who_issued_it():
    rec = _run("Rahim Uddin issued a statement on Monday. The statement said the ferry would run again in May.",
               "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text == "the ferry would run again in May" and q.speaker.actor.name == "Rahim Uddin"
    assert any(step["rule"] == "document_author" for step in q._explain)


def test_a_document_with_no_author_near_is_nobodys_quote():
    rec = _run("The river rose all week. বিবৃতিতে বলা হয়, ‘ফেরি চলাচল বন্ধ থাকবে।’", "bn", [])
    assert all(q.speaker is None or q.speaker.actor is None for q in rec.quotes)


def test_an_indefinite_title_names_nobody_named_later():
    rec = _run('A resident of the town, speaking on condition of anonymity, said, "We heard a loud bang at noon." '
               'Later, Karim Hossain, a resident of the next building, said, "The blast cracked our walls."', "en",
               [("Karim Hossain", 0, "PER", KARIM)])
    first, second = rec.quotes
    assert first.speaker.actor is None and first.speaker.text == "A resident"
    assert second.speaker.actor.name == "Karim Hossain"


BANGLADESH = Actor(id="bangladesh", name="Bangladesh", country="BGD", sector=None)


def test_a_bare_country_body_is_that_body_of_the_articles_country():
    rec = _run("বাংলাদেশ ও প্রতিবেশী দেশের সীমান্তে উত্তেজনা। তবে পুলিশের পক্ষ থেকে বলা হয়েছে, সন্দেহভাজন দুজন "
               "এখনো পলাতক রয়েছেন।", "bn", [("বাংলাদেশ", 0, "GPE", BANGLADESH)])
    (q,) = rec.quotes
    assert q.speaker.actor is not None and q.speaker.actor.name == "Bangladesh Police"


def test_a_bare_state_service_is_that_service_of_the_articles_country():
    rec = _run("Bangladesh held talks on Monday. The coast guard said in a statement that two boats were still "
               "missing near the port.", "en", [("Bangladesh", 0, "GPE", BANGLADESH)])
    (q,) = rec.quotes
    assert q.speaker.actor is not None and q.speaker.actor.name == "Bangladesh Coast Guard"


def test_the_central_bank_named_bare_is_the_bank_of_the_articles_country():
    for text in ("বাংলাদেশে রপ্তানি আয় কমেছে। কেন্দ্রীয় ব্যাংক জানিয়েছে, চলতি মাসে রিজার্ভ কিছুটা বেড়েছে।",
                 "বাংলাদেশে রপ্তানি আয় কমেছে। কেন্দ্রীয় ব্যাংকের পক্ষ থেকে বলা হয়েছে, চলতি মাসে রিজার্ভ কিছুটা বেড়েছে।"):
        (q,) = _run(text, "bn", [("বাংলাদেশ", 0, "GPE", BANGLADESH)]).quotes
        assert q.speaker.actor is not None and q.speaker.actor.name == "Bangladesh Bank"


def test_a_qualified_country_body_is_some_other_body():
    rec = _run("Bangladesh held talks on Monday. River police said two boats were still missing near the port.", "en",
               [("Bangladesh", 0, "GPE", BANGLADESH)])
    assert all(q.speaker is None or q.speaker.actor is None or q.speaker.actor.name != "Bangladesh Police"
               for q in rec.quotes)


JABER = Actor(id="new:rahim-uddin", name="Rahim Uddin", country=None, sector=None, provisional=True)


def test_he_after_a_person_the_ner_typed_as_a_body_is_that_person():
    text = ("Rahim Uddin led the march on Sunday. Rahim Uddin added that the struggle Karim Hossain had waged "
            "was continuing and would go on in his name. “Our struggle will continue,” he said.")
    rec = _run(text, "en", [("Rahim Uddin", 0, "PER", JABER), ("Rahim Uddin", 1, "ORG", JABER),
                            ("Karim Hossain", 0, "PER", KARIM)])
    assert [q.speaker.actor.name if q.speaker.actor else None for q in rec.quotes] == ["Rahim Uddin"] * 2


def test_he_after_a_body_that_spoke_is_still_not_the_body():
    text = ("Harbour Watch added that the strike Karim Hossain had led was continuing and would go on. "
            "“Our strike will continue,” he said.")
    rec = _run(text, "en", [("Harbour Watch", 0, "ORG", WATCH), ("Karim Hossain", 0, "PER", KARIM)])
    assert rec.quotes[-1].speaker.actor is None or rec.quotes[-1].speaker.actor.name != "Harbour Watch"


RINA = Actor(id="rina-akter", name="Rina Akter", country="BGD", sector="GOV")


def test_he_is_never_a_person_the_article_calls_begum():
    text = ("Karim Hossain expressed shock at the death of former minister Begum Rina Akter. "
            "“At the death of Begum Rina Akter, the nation has lost a guardian,” he said.")
    rec = _run(text, "en", [("Karim Hossain", 0, "PER", KARIM), ("Rina Akter", 0, "PER", RINA),
                            ("Rina Akter", 1, "PER", RINA)])
    assert rec.quotes[-1].speaker.actor.name == "Karim Hossain"


def test_she_may_be_a_person_the_article_calls_begum():
    text = ("Begum Rina Akter spoke at the rally on Sunday. “We will return to the streets,” she said.")
    rec = _run(text, "en", [("Rina Akter", 0, "PER", RINA)])
    assert rec.quotes[-1].speaker.actor.name == "Rina Akter"


def test_a_person_opening_an_apposition_speaks_not_the_people_named_in_it():
    rec = _run("Full cooperation from the state Brigadier General (retd) AKM Rahim Uddin, the chief security officer "
               "for Chairperson Rina Akter and Acting Chairman Karim Hossain, told journalists that the government is "
               "providing full cooperation.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM), ("Rina Akter", 0, "PER", RINA), ("Karim Hossain", 0, "PER", KARIM)])
    (q,) = rec.quotes
    assert q.speaker.actor.name == "Rahim Uddin"



def _speaker_of(rec: Record, fragment: str) -> str | None:
    (q,) = [q for q in rec.quotes if fragment in q.text]
    return q.speaker.actor.name if q.speaker and q.speaker.actor else None


def test_a_former_holder_is_never_who_holds_the_office_now():
    omar = Actor(id="omar-lund", name="Omar Lund", country="XXX", sector="CVL")
    rec = _record("The Guild president said that the strike would end on Monday. Speeches were also "
                  "given by former Guild president Omar Lund.", "en", [("Omar Lund", 0, "PER", omar)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "the strike would end") != "Omar Lund"
    from khobor.quotes.explain import explain
    assert "past_holder" in explain(rec)


def test_a_title_inside_a_hyphenated_one_is_no_title():
    omar = Actor(id="omar-lund", name="Omar Lund", country="XXX", sector="CVL")
    rec = _record("The president said that the strike would end on Monday. Speeches were also given by "
                  "vice-president Omar Lund.", "en", [("Omar Lund", 0, "PER", omar)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "the strike would end") != "Omar Lund"


def test_an_office_named_with_another_head_word_finds_its_holder():
    rafiq = Actor(id="rafiq-moor", name="Rafiq Moor", country="XXX", sector="PTY")
    text = ("Guild-e-Harbour Ameer Rafiq Moor spoke first. Asked about the talks, the Guild chief said "
            "that the strike would end on Monday. The Port chief said that the docks would stay shut.")
    rec = _record(text, "en", [("Rafiq Moor", 0, "PER", rafiq)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "the strike would end") == "Rafiq Moor"
    # a modifier the apposition does not have is some other office
    assert _speaker_of(rec, "the docks would stay shut") != "Rafiq Moor"
    from khobor.quotes.explain import explain
    assert "office_synonym: Rafiq Moor" in explain(rec)


def test_a_title_with_its_body_is_that_bodys_office():
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    rec = _record("The president of the Dock Guild stated that the strike would end. The president stated "
                  "that the port would reopen.", "en", [])
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    first = rec.text.index("president") + len("president")
    second = rec.text.index("president", first) + len("president")
    assert finder.office_of_named_body(first) == " of the Dock Guild"
    assert finder.office_of_named_body(second) is None


def test_an_attribution_set_inside_the_reported_words_reports_the_whole_sentence():
    lina = Actor(id="lina-das", name="Lina Das", country="XXX", sector="CVL")
    rec = _record("Lina Das spoke at the dock. Whether members strike or stay at work, she added, is a "
                  "choice for each of them.", "en", [("Lina Das", 0, "PER", lina)])
    quotes.run(rec, lang.load("en"))
    (q,) = rec.quotes
    assert q.text.startswith("Whether members strike") and q.text.endswith("for each of them")
    assert q.speaker.actor.name == "Lina Das"
    # ", he said, adding that ..." keeps its own pattern: the words before the attribution
    rec = _record("More work is needed, she said, adding that the talks go on.", "en", [])
    quotes.run(rec, lang.load("en"))
    assert [q.text for q in rec.quotes][:1] == ["More work is needed, she said, adding that the talks go on"]


def test_the_resident_after_a_nameless_resident_stays_nameless():
    rahim = Actor(id="rahim-ali", name="Rahim Ali", country="XXX", sector="CVL")
    text = ("A resident said the blast shook the whole street. The resident added that the school had "
            "forty pupils. Rahim Ali, a resident of the next building, said that the walls cracked.")
    rec = _record(text, "en", [("Rahim Ali", 0, "PER", rahim)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "the school had forty pupils") is None
    assert _speaker_of(rec, "the walls cracked") == "Rahim Ali"
    # a resident the article names is who "the resident" is
    text = ("Rahim Ali, a resident of the next building, said that the walls cracked. The resident added "
            "that the school had forty pupils.")
    rec = _record(text, "en", [("Rahim Ali", 0, "PER", rahim)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "the school had forty pupils") == "Rahim Ali"


def test_a_bengali_name_after_an_honorific_runs_on_to_its_cue():
    rec = _record("জেলা সমিতির সদস্য ডা. রহিম উদ্দিন খান বলেন, ‘নদীর বাঁধ দ্রুত মেরামত করতে হবে।’", "bn", [])
    quotes.run(rec, lang.load("bn"))
    (q,) = rec.quotes
    assert q.speaker.text == "রহিম উদ্দিন খান" and len(q.speaker.actor.name.split()) == 3
    from khobor.quotes.explain import explain
    assert "honorific_name_to_cue" in explain(rec)
    # a word in another case or a postposition before the cue is no part of the name
    rec = _record("ডা. রহিম সাংবাদিকদের সঙ্গে কথা বলেন।", "bn", [])
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    finder = SpeakerFinder(rec, grammar_for(lang.load("bn")))
    start = rec.text.index("রহিম")
    assert finder.honorific_name_to_cue(start, start + len("রহিম"))[0] == start + len("রহিম")


def test_bengali_words_before_the_speaker_closed_by_janiye_are_a_report_of_their_own():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _record("বাঁধ মেরামতের কাজ শিগগির শুরু হবে জানিয়ে রহিম উদ্দিন বলেন, বর্ষার আগে কাজ শেষ হবে।", "bn",
                  [("রহিম উদ্দিন", 0, "PER", rahim)])
    quotes.run(rec, lang.load("bn"))
    assert [(q.text, q.cue, speaker_name(q)) for q in rec.quotes] == [
        ("বাঁধ মেরামতের কাজ শিগগির শুরু হবে", "জানিয়ে", "Rahim Uddin"),
        ("বর্ষার আগে কাজ শেষ হবে", "বলেন", "Rahim Uddin")]
    # two words are no report
    rec = _record("কাজ চলছে জানিয়ে রহিম উদ্দিন বলেন, বর্ষার আগে কাজ শেষ হবে।", "bn",
                  [("রহিম উদ্দিন", 0, "PER", rahim)])
    quotes.run(rec, lang.load("bn"))
    assert [q.text for q in rec.quotes] == ["বর্ষার আগে কাজ শেষ হবে"]


def speaker_name(q):
    return q.speaker.actor.name if q.speaker and q.speaker.actor else None


def test_repeated_is_a_cue_of_speech():
    lina = Actor(id="lina-das", name="Lina Das", country="XXX", sector="CVL")
    rec = _record("Lina Das repeated twice that “the docks will reopen soon.”", "en", [("Lina Das", 0, "PER", lina)])
    quotes.run(rec, lang.load("en"))
    assert [(q.text, speaker_name(q)) for q in rec.quotes] == [("the docks will reopen soon.", "Lina Das")]


def test_a_news_outlet_credited_after_the_words_is_no_speaker():
    wire = Actor(id="harbour-wire", name="Harbour Wire", country="XXX", sector="MED")
    rec = _record("The festival opened at the old dock on Friday, according to Harbour Wire.", "en",
                  [("Harbour Wire", 0, "ORG", wire)])
    quotes.run(rec, lang.load("en"))
    assert rec.quotes == []
    # a body of another sector named the same way is a source of words
    rec = _record("The festival opened at the old dock on Friday, according to Harbour Watch.", "en",
                  [("Harbour Watch", 0, "ORG", WATCH)])
    quotes.run(rec, lang.load("en"))
    assert [speaker_name(q) for q in rec.quotes] == ["Harbour Watch"]


def test_a_passive_cue_stays_passive_with_an_adverb_between():
    rec = _record("Attacks on the port, Harbour Watch were also noted during the briefing.", "en",
                  [("Harbour Watch", 0, "ORG", WATCH)])
    quotes.run(rec, lang.load("en"))
    assert rec.quotes == []


def test_a_former_office_is_never_its_present_holder():
    rafiq = Actor(id="rafiq-moor", name="Rafiq Moor", country="XXX", sector="GOV")
    text = ("Chief adviser Rafiq Moor opened the session. Later, the former water and harbour adviser "
            "wrote: “The docks deserve better.”")
    rec = _record(text, "en", [("Rafiq Moor", 0, "PER", rafiq)])
    quotes.run(rec, lang.load("en"))
    assert _speaker_of(rec, "The docks deserve better") != "Rafiq Moor"
    from khobor.quotes.explain import explain
    assert "former_office" in explain(rec)


def test_a_cue_before_its_speaker_and_a_colon_before_the_quotation():
    lina = Actor(id="lina-das", name="Lina Das", country="XXX", sector="GOV")
    rec = _record("A loss for the harbour, says Port Minister Lina Das: “The docks will miss him.”", "en",
                  [("Lina Das", 0, "PER", lina)])
    quotes.run(rec, lang.load("en"))
    assert [(q.text, q.cue, speaker_name(q)) for q in rec.quotes] == [("The docks will miss him.", "says", "Lina Das")]


def test_a_bengali_cue_in_a_clause_of_time_reports_nothing():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _record("রহিম উদ্দিন যখন কথা বলছিলেন, তখন তার পাশে থাকা একজন কর্মী অঝোরে কাঁদছিলেন।", "bn",
                  [("রহিম উদ্দিন", 0, "PER", rahim)])
    quotes.run(rec, lang.load("bn"))
    assert rec.quotes == []
    rec = _record("রহিম উদ্দিন বলেন, নদীর বাঁধ দ্রুত মেরামত করতে হবে।", "bn", [("রহিম উদ্দিন", 0, "PER", rahim)])
    quotes.run(rec, lang.load("bn"))
    assert [speaker_name(q) for q in rec.quotes] == ["Rahim Uddin"]


def test_a_definite_description_with_no_speaker_before_it_is_the_last_subject():
    sami = Actor(id="sami-haq", name="Sami Haq", country="XXX", sector="GOV")
    rec = _run("Sami Haq announced the programme at a press conference on Monday. The Dock Guild leader said "
               "that the ferries would run again on Friday.", "en", [("Sami Haq", 0, "PER", sami)])
    assert _speaker_of(rec, "the ferries would run again") == "Sami Haq"
    from khobor.quotes.explain import explain
    assert "described_subject: Sami Haq" in explain(rec)


def test_a_nameless_source_or_an_indefinite_description_stays_nobody():
    sami = Actor(id="sami-haq", name="Sami Haq", country="XXX", sector="GOV")
    for speaker in ("The local sources", "A Dock Guild leader"):
        rec = _run(f"Sami Haq announced the programme on Monday. {speaker} said that the ferries would run "
                   "again on Friday.", "en", [("Sami Haq", 0, "PER", sami)])
        assert _speaker_of(rec, "the ferries would run again") is None, speaker


def test_bengali_words_of_people_left_unnamed_are_reported_by_nobody():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _run("রহিম উদ্দিন বলেন, নদীর বাঁধ দ্রুত মেরামত করতে হবে। তবে সামাজিক মাধ্যমে কেউ কেউ লিখছেন যে "
               "বাঁধের কাজ আগামী বছরের আগে শেষ হবে না।", "bn", [("রহিম উদ্দিন", 0, "PER", rahim)])
    assert _speaker_of(rec, "নদীর বাঁধ দ্রুত") == "Rahim Uddin"
    q = next(q for q in rec.quotes if "বাঁধের কাজ আগামী বছরের" in q.text)
    assert q.speaker is not None and q.speaker.text == "কেউ কেউ" and q.speaker.actor is None


def test_an_english_bodys_leaders_and_officials_are_people_left_unnamed():
    # (English lists no group voice: "BNP leaders said" is unnamed people, as the gold has it)
    guild = Actor(id="dock-guild", name="Dock Guild", country="XXX", sector="PTY")
    rec = _run("Dock Guild leaders said that the strike would go on until Friday.", "en",
               [("Dock Guild", 0, "ORG", guild)])
    assert [q.speaker.actor for q in rec.quotes if q.speaker is not None] in ([], [None])
    rec = _run("Dock Guild officials said that the strike would go on until Friday.", "en",
               [("Dock Guild", 0, "ORG", guild)])
    assert [q.speaker.actor for q in rec.quotes if q.speaker is not None] in ([], [None])


def test_bengali_leaders_who_have_said_all_along_speak_for_their_party():
    guild = Actor(id="dock-guild", name="Dock Guild", country="XXX", sector="PTY")
    rec = _run("২০১৫ সালে তার বিরুদ্ধে অভিযোগ ওঠে। যদিও ডক গিল্ডের নেতারা বরাবরই বলে এসেছেন, ‘এটি ক্ষমতাসীনদের কৌশল।’",
               "bn", [("ডক গিল্ডের", 0, "ORG", guild)])
    (q,) = rec.quotes
    assert q.cue == "বলে এসেছেন" and q.speaker.actor is not None and q.speaker.actor.name == "Dock Guild"


def test_a_bengali_speaker_with_long_adverbials_before_the_cue_is_found():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _run("বন্দর শ্রমিক সংঘের নেতা ও জেলা কমিটির আহ্বায়ক রহিম উদ্দিন এসপ্তাহের গোড়ায় খুলনায় বন্দর কার্যালয়ের "
               "সামনে একটি সমাবেশে অংশ নিয়ে বলেছিলেন যে তারা আগামী সপ্তাহে আবারও সেখানে অবস্থান নেবেন।", "bn",
               [("রহিম উদ্দিন", 0, "PER", rahim)])
    assert _speaker_of(rec, "আগামী সপ্তাহে আবারও") == "Rahim Uddin"


def test_a_cue_with_its_that_clause_is_tried_before_a_verb_inside_the_report():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _run("Rahim Uddin claims that the guild first demanded 50 berths from the port, and after talks, "
               "the number was settled at 30.", "en", [("Rahim Uddin", 0, "PER", rahim)])
    (q,) = rec.quotes
    assert q.text.startswith("the guild first demanded 50 berths") and q.cue == "claims"
    assert q.speaker.actor.name == "Rahim Uddin"


def test_a_name_the_ner_missed_opening_a_sentence_takes_the_pronoun_after_it():
    amin = Actor(id="al-amin", name="Al Amin", country="XXX", sector="CVL")
    rec = _run('"We carry water from far away," said Al Amin, a resident of the char. Jamal Uddin Mia pointed at '
               'the dry pond. "If the ponds had been dug again on time, none of this would have happened," '
               'he said.', "en", [("Al Amin", 0, "PER", amin)])
    q = next(q for q in rec.quotes if "ponds had been dug" in q.text)
    assert q.speaker.actor is not None and q.speaker.actor.name == "Jamal Uddin Mia"
    from khobor.quotes.explain import explain
    assert "unnamed_subject: Jamal Uddin Mia" in explain(rec)


def test_a_capitalised_place_or_a_known_body_opening_a_sentence_is_no_unnamed_subject():
    amin = Actor(id="al-amin", name="Al Amin", country="XXX", sector="CVL")
    rec = _run('"We carry water from far away," said Al Amin, a resident of the char. Char Kukri Mukri Road '
               'was flooded again. "The ponds are salty now," he said.', "en", [("Al Amin", 0, "PER", amin)])
    assert _speaker_of(rec, "The ponds are salty now") == "Al Amin"


def test_told_with_a_pronoun_reports_the_bare_clause_after_it_but_not_an_order():
    lina = Actor(id="lina-das", name="Lina Das", country="XXX", sector="GOV")
    rec = _run("Then Lina Das told him nothing should leave the dock without her signature.", "en",
               [("Lina Das", 0, "PER", lina)])
    (q,) = rec.quotes
    assert q.text.startswith("nothing should leave the dock") and q.speaker.actor.name == "Lina Das"
    rec = _run("Then Lina Das told him to leave the dock before nightfall.", "en", [("Lina Das", 0, "PER", lina)])
    assert rec.quotes == []


def test_a_document_named_with_its_author_speaks_for_the_author():
    guild = Actor(id="dock-guild", name="Dock Guild", country="XXX", sector="PTY")
    rec = _run("The leader made the call from the airport lounge, according to a post on Dock Guild’s media cell "
               "verified Facebook page at 12:26 pm.", "en", [("Dock Guild", 0, "ORG", guild)])
    (q,) = rec.quotes
    assert q.text == "The leader made the call from the airport lounge" and q.speaker.actor.name == "Dock Guild"
    from khobor.quotes.explain import explain
    assert "document_of_named_author: Dock Guild" in explain(rec)


def test_a_report_ending_in_another_speakers_with_clause_is_two_quotes():
    guild = Actor(id="dock-guild", name="Dock Guild", country="XXX", sector="PTY")
    rina = Actor(id="rina-paul", name="Rina Paul", country="XXX", sector="PTY")
    rec = _run("The Dock Guild announced on Sunday that it had joined the harbour alliance, with party convener "
               "Rina Paul stressing that the move does not reflect any shift in its aims.", "en",
               [("Dock Guild", 0, "ORG", guild), ("Rina Paul", 0, "PER", rina)])
    assert [(q.text, q.speaker.actor.name) for q in rec.quotes] == [
        ("it had joined the harbour alliance", "Dock Guild"),
        ("the move does not reflect any shift in its aims", "Rina Paul")]
    # with a thing, not a person, the clause stays in the report
    rec = _run("The Dock Guild announced on Sunday that it had joined the harbour alliance, with the talks "
               "stressing that the move reflects no shift in its aims.", "en", [("Dock Guild", 0, "ORG", guild)])
    assert [q.speaker.actor.name for q in rec.quotes] == ["Dock Guild"]


def test_bengali_opinions_and_hopes_report_their_clause():
    rahim = Actor(id="rahim-uddin", name="Rahim Uddin", country="XXX", sector="GOV")
    rec = _run("তবে রহিম উদ্দিন আশাবাদী যে আগামী মাসের মধ্যে বাঁধের কাজ শেষ হবে।", "bn",
               [("রহিম উদ্দিন", 0, "PER", rahim)])
    assert _speaker_of(rec, "আগামী মাসের মধ্যে বাঁধের কাজ শেষ হবে") == "Rahim Uddin"
    rec = _run("রাজনৈতিক বিশ্লেষকরা মনে করছেন নির্বাচনের আগে বাঁধের কাজ শেষ করার একটা কৌশল নিয়েছে সরকার।", "bn", [])
    (q,) = rec.quotes
    assert q.text.startswith("নির্বাচনের আগে বাঁধের কাজ") and q.speaker.actor is None


def test_a_body_expressing_alarm_or_solidarity_makes_a_statement_but_not_its_gratitude():
    watch = Actor(id="harbour-watch", name="Harbour Watch", country="XXX", sector="NGO")
    rec = _run("Harbour Watch expressed deep alarm over the recent attacks on the offices of two dock unions.", "en",
               [("Harbour Watch", 0, "ORG", watch)])
    (q,) = rec.quotes
    assert q.text.startswith("deep alarm over the recent attacks") and q.speaker.actor.name == "Harbour Watch"
    rec = _run("Harbour Watch expressed its gratitude to the dock unions for their help.", "en",
               [("Harbour Watch", 0, "ORG", watch)])
    assert rec.quotes == []


def test_an_attribution_closing_the_sentence_reports_a_that_clause_inside_it():
    lina = Actor(id="lina-das", name="Lina Das", country="XXX", sector="PTY")
    rec = _run("Lina Das spoke at the dock. Since the strike, the convener and several leaders announced that the "
               "guild would contest every seat alone, she added.", "en", [("Lina Das", 0, "PER", lina)])
    (q,) = rec.quotes
    assert q.text.startswith("Since the strike") and q.speaker.actor.name == "Lina Das"


def test_an_unknown_body_named_as_a_person_elsewhere_is_that_person():
    rec = _run("Officer-in-charge (OC) of Harbour police station, Khandaker Rafiq Moor, told reporters, “We have "
               "visited the scene.” Rafiq Moor later left the dock.", "en",
               [("Khandaker Rafiq Moor", 0, "ORG", None), ("Rafiq Moor", 1, "PER", None)])
    q = next(q for q in rec.quotes if "visited the scene" in q.text)
    assert q.speaker.text == "Khandaker Rafiq Moor"
    from khobor.quotes.explain import explain
    assert "person_named_elsewhere" in explain(rec)


def test_a_description_agrees_with_a_title_only_by_whole_modifiers():
    # "sports" is not "Ports" with an "s" before it: only a possessive ending is cut from a modifier
    rafiq = Actor(id="rafiq-moor", name="Rafiq Moor", country="XXX", sector="PTY")
    for description, speaker in (("The Ports leader", "Rafiq Moor"), ("The sports leader", None)):
        rec = _run(f"Ports Ameer Rafiq Moor announced the programme on Monday. {description} said that the "
                   "ferries would run again on Friday.", "en", [("Rafiq Moor", 0, "PER", rafiq)])
        assert _speaker_of(rec, "the ferries would run again") == speaker, description


def test_a_bengali_name_the_linker_read_as_a_genitive_is_no_antecedent():
    jahir = Actor(id="new:jahir-uddin", name="Jahir Uddin", provisional=True)
    kamal = Actor(id="new:mostafa-kamal", name="Mostafa Kamal", provisional=True)
    rec = _run("জাহির উদ্দিন বুধবার থানায় যান। সেখানে মোস্তফা কামালের পরিবারের সদস্যরাও ছিলেন। পরে তিনি বলেন, "
               "‘দোষীদের শাস্তি পেতে হবে।’", "bn",
               [("জাহির উদ্দিন", 0, "PER", jahir), ("মোস্তফা কামালের", 0, "PER", kamal)])
    assert _speaker_of(rec, "দোষীদের শাস্তি") == "Jahir Uddin"
    # a name that ends in the same letters as the linker wrote it whole is a subject
    kader = Actor(id="new:abdul-kader", name="Abdul Kader", provisional=True)
    rec = _run("জাহির উদ্দিন বুধবার থানায় যান। সেখানে আবদুল কাদের তার পরিবারের সঙ্গে ছিলেন। পরে তিনি বলেন, "
               "‘দোষীদের শাস্তি পেতে হবে।’", "bn",
               [("জাহির উদ্দিন", 0, "PER", jahir), ("আবদুল কাদের", 0, "PER", kader)])
    assert _speaker_of(rec, "দোষীদের শাস্তি") == "Abdul Kader"


def test_a_bengali_pronoun_that_goes_on_is_the_last_speaker():
    jahir = Actor(id="new:jahir-uddin", name="Jahir Uddin", provisional=True)
    faruk = Actor(id="new:faruk-ahmed", name="Faruk Ahmed", provisional=True)
    text = ("জাহির উদ্দিন বলেন, ‘বাঁধের কাজ শেষ হবে।’ এ সময় ফারুক আহমেদ উপস্থিত ছিলেন। তিনি {} বলেন, "
            "‘বর্ষার আগে রাস্তাও হবে।’")
    tagged = [("জাহির উদ্দিন", 0, "PER", jahir), ("ফারুক আহমেদ", 0, "PER", faruk)]
    assert _speaker_of(_run(text.format("আরও"), "bn", tagged), "বর্ষার আগে") == "Jahir Uddin"
    # without the adverb the person who opened the sentence between is the antecedent
    assert _speaker_of(_run(text.format("সাংবাদিকদের"), "bn", tagged), "বর্ষার আগে") == "Faruk Ahmed"


def test_a_bengali_bare_title_names_the_holder_of_a_compound_title():
    khalid = Actor(id="new:khalid-hasan", name="Khalid Hasan", provisional=True)
    kamal = Actor(id="new:mostafa-kamal", name="Mostafa Kamal", provisional=True)
    text = ("নৌপরিবহনমন্ত্রী খালিদ হাসান ও নৌপরিবহন সচিব মোস্তফা কামাল বন্দর পরিদর্শন করেন। জেটির কাজ প্রায় শেষ। "
            "{} বলেন, ‘মার্চে জেটি চালু হবে।’")
    tagged = [("খালিদ হাসান", 0, "PER", khalid), ("মোস্তফা কামাল", 0, "PER", kamal)]
    assert _speaker_of(_run(text.format("মন্ত্রী"), "bn", tagged), "মার্চে জেটি") == "Khalid Hasan"
    assert _speaker_of(_run(text.format("সচিব"), "bn", tagged), "মার্চে জেটি") == "Mostafa Kamal"


def test_bengali_words_a_source_gave_out_or_a_genitive_owners_report_holds():
    reuters = Actor(id="reuters", name="Reuters", country=None, sector="MED")
    rec = _run("নদীতে পানি বাড়ছে। বার্তা সংস্থা রয়টার্সের প্রতিবেদনে বলা হয়েছে, গত এক সপ্তাহে পাঁচ হাজার মানুষ ঘর ছেড়েছেন।", "bn",
               [("রয়টার্সের", 0, "ORG", reuters)])
    assert _speaker_of(rec, "গত এক সপ্তাহে") == "Reuters"
    from khobor.quotes.explain import explain
    assert "genitive_owner" in explain(rec)
    rec = _run("নদীতে পানি বাড়ছে। পৌরসভা সূত্রে জানা গেছে, বাঁধের তিনটি স্থানে ফাটল দেখা দিয়েছে।", "bn", [])
    (q,) = rec.quotes
    assert q.text.startswith("বাঁধের তিনটি স্থানে") and q.speaker.text == "পৌরসভা"


def test_a_bengali_post_in_the_passive_speaks_for_who_posted_it():
    rec = _run("রহিম উদ্দিন বুধবার রাতে ফেসবুকে একটি পোস্ট দেন। পোস্টে উল্লেখ করা হয়, নদীর বাঁধ দ্রুত মেরামত করতে হবে।",
               "bn", [("রহিম উদ্দিন", 0, "PER", RAHIM)])
    assert _speaker_of(rec, "নদীর বাঁধ দ্রুত") == "Rahim Uddin"


def test_a_bengali_subject_after_its_verb_is_a_pronouns_antecedent():
    kashem = Actor(id="new:abul-kashem", name="Abul Kashem", provisional=True)
    text = "{} রহিম উদ্দিনসহ ১৫ জনের বিরুদ্ধে মামলা করেছেন ব্যবসায়ী আবুল কাশেম{} পরে তিনি বলেন, ‘আমি বিচার চাই।’"
    tagged = [("রহিম উদ্দিনসহ", 0, "PER", RAHIM), ("আবুল কাশেম", 0, "PER", kashem)]
    rec = _run(text.format("সাবেক মন্ত্রী", "।"), "bn", tagged)
    assert _speaker_of(rec, "আমি বিচার চাই") == "Abul Kashem"
    # a name closing a sentence after no verb ("... মামলার বাদী আবুল কাশেম।") is no subject
    rec = _run("সাবেক মন্ত্রী রহিম উদ্দিনসহ ১৫ জনের বিরুদ্ধে মামলা হয়েছে। মামলার বাদী ব্যবসায়ী আবুল কাশেম। "
               "পরে তিনি বলেন, ‘আমি বিচার চাই।’", "bn", tagged)
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import Mention, SpeakerFinder
    from khobor.quotes.attribution import postposed_subject
    finder = SpeakerFinder(rec, grammar_for(lang.load("bn")))
    s = rec.text.index("আবুল কাশেম")
    assert not postposed_subject(finder, Mention(s, s + len("আবুল কাশেম"), "আবুল কাশেম", "PER", kashem))


def test_a_speaker_region_that_is_only_a_name_the_ner_missed_speaks():
    rec = _run("Rokeya Sultana blamed the contractor for the broken embankment.", "en", [])
    (q,) = rec.quotes
    assert q.text == "the contractor for the broken embankment" and q.speaker.actor.name == "Rokeya Sultana"
    from khobor.quotes.explain import explain
    assert "unnamed_region_person: Rokeya Sultana" in explain(rec)


def test_a_region_of_capitalised_words_with_a_title_a_day_or_an_entity_is_no_unnamed_person():
    from khobor.quotes.bare_regions import unnamed_region_person
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    g = grammar_for(lang.load("en"))
    text = "Deputy Minister Karim blamed it. Monday Rahim blamed it. Harbour Watch blamed it. Rina Paul blamed it."
    rec = _record(text, "en", [("Harbour Watch", 0, "ORG", WATCH)])
    finder = SpeakerFinder(rec, g)
    def region(words):
        return text.index(words), text.index(words) + len(words)
    assert unnamed_region_person(text, *region("Deputy Minister Karim"), g, finder) is None
    assert unnamed_region_person(text, *region("Monday Rahim"), g, finder) is None
    assert unnamed_region_person(text, *region("Harbour Watch"), g, finder) is None
    assert unnamed_region_person(text, *region("Rina Paul"), g, finder).text == "Rina Paul"


def test_a_quotation_joined_to_a_sentence_that_does_not_attribute_it_reads_apart():
    amin = Actor(id="al-amin", name="Al Amin", country="XXX", sector="CVL")
    jamal = Actor(id="jamal-mia", name="Jamal Mia", country="XXX", sector="CVL")
    text = ('"We carry water from far away," said Al Amin, a resident of the char. "The ponds are dry and the '
            'wells are salty." Jamal Mia blamed poor upkeep for the crisis.')
    rec = _run(text, "en", [("Al Amin", 0, "PER", amin), ("Jamal Mia", 0, "PER", jamal)])
    # (the quotation after the attribution goes on with the quote before it: quotation_runs_on)
    assert _speaker_of_each(rec, "continued") == {
        'We carry water from far away," said Al Amin, a resident of the char. "The ponds are dry and the '
        'wells are salty.': "Al Amin",
        "poor upkeep for the crisis": "Jamal Mia"}


def _speaker_of_each(rec: Record, rule: str) -> dict[str, str]:
    """Each quote's text -> its speaker's actor name, once `rule` is seen in the --explain trace."""
    from khobor.quotes.explain import explain
    assert rule in explain(rec)
    return {q.text: q.speaker.actor.name for q in rec.quotes}


def test_described_as_reports_an_evaluation_but_not_in_the_passive():
    rec = _run("Rahim Uddin described the new fees as unfair to small traders.", "en", [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text == "the new fees as unfair to small traders" and q.cue == "described"
    assert _run("Rahim Uddin was described by colleagues as a careful lender.", "en",
                [("Rahim Uddin", 0, "PER", RAHIM)]).quotes == []


def test_a_day_between_a_bare_cue_and_its_words():
    rec = _run("Rahim Uddin insisted on Monday the deficit would stay below five percent.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM)])
    (q,) = rec.quotes
    assert q.text == "the deficit would stay below five percent" and q.speaker.actor.name == "Rahim Uddin"


def test_people_of_a_report_inside_a_speaker_region_do_not_speak_its_quotation():
    rina = Actor(id="rina-paul", name="Rina Paul", country="XXX", sector="CVL")
    karim = Actor(id="karim-hossain", name="Karim Hossain", country="XXX", sector="GOV")
    text = ('Guild convener Karim Hossain met the owners. Rina Paul wrote that the talks had failed, prompting '
            'the convener to declare, "Nobody has walked out."')
    rec = _run(text, "en", [("Karim Hossain", 0, "PER", karim), ("Rina Paul", 0, "PER", rina)])
    assert _speaker_of_each(rec, "reported_clause_in_region")["Nobody has walked out."] == "Karim Hossain"
    # with no report of its own in the region, the person before the cue speaks
    rec = _run('Rina Paul, after the talks failed, told the owners, "Nobody has walked out."', "en",
               [("Rina Paul", 0, "PER", rina)])
    assert [q.speaker.actor.name for q in rec.quotes] == ["Rina Paul"]


def test_a_surname_the_ner_missed_keeps_talking_in_the_next_quotation():
    pollack = Actor(id="new:joshua-pollack", name="Joshua Pollack", provisional=True)
    rec = _record("“Nothing further is planned this year,” said Joshua Pollack, a researcher at the "
                  "institute. Others were less sure. “There is little reason to think the two leaders "
                  "will meet,” Pollack said. “The sides simply are not talking to each other.” The "
                  "ministry declined to comment.", "en",
                  [("Joshua Pollack", 0, "PER", pollack)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if "sides simply are not talking" in q.text]
    assert q.speaker is not None and q.speaker.actor is not None
    assert q.speaker.actor.name == "Joshua Pollack"


def test_the_subject_of_a_joined_predicate_speaks_not_its_object():
    akter = Actor(id="new:sharmin-akter", name="Sharmin Akter", provisional=True)
    mia = Actor(id="new:rafiq-mia", name="Rafiq Mia", provisional=True)
    rec = _record("Adviser Sharmin Akter thanked Rafiq Mia for his work on Sunday and said the state "
                  "would pay for the children's schooling.", "en",
                  [("Sharmin Akter", 0, "PER", akter), ("Rafiq Mia", 0, "PER", mia)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if "state would pay" in q.text]
    assert q.speaker is not None and q.speaker.actor is not None
    assert q.speaker.actor.name == "Sharmin Akter"


def test_a_name_after_a_participle_is_no_subject_of_the_joined_predicate():
    # subject_of_joined_predicate: "After meeting Y, X ... and said": Y is the participle's
    # object (the pack's participle_endings), so X speaks
    akter = Actor(id="new:sharmin-akter", name="Sharmin Akter", provisional=True)
    mia = Actor(id="new:rafiq-mia", name="Rafiq Mia", provisional=True)
    rec = _record("After meeting Rafiq Mia, Sharmin Akter visited the school on Sunday and said the state "
                  "would pay for the children's schooling.", "en",
                  [("Rafiq Mia", 0, "PER", mia), ("Sharmin Akter", 0, "PER", akter)])
    quotes.run(rec, lang.load("en"))
    (q,) = [q for q in rec.quotes if "state would pay" in q.text]
    assert q.speaker is not None and q.speaker.actor is not None
    assert q.speaker.actor.name == "Sharmin Akter"


def test_a_name_set_off_after_a_leading_clause_is_the_speaker():
    mistyped = Actor(id="new:abul-kalam-faruk-ahmed-khan", name="Abul Kalam Faruk Ahmed Khan", provisional=True)
    rec = _run("Expressing concern over the gas supply, Abul Kalam Faruk Ahmed Khan, president of the Exporters "
               "Forum, said half the mills had cut shifts.", "en",
               [("Abul Kalam Faruk Ahmed Khan", 0, "ORG", mistyped), ("Exporters Forum", 0, "ORG", None)])
    (q,) = rec.quotes
    assert q.speaker.actor is not None and q.speaker.actor.name == "Abul Kalam Faruk Ahmed Khan"


def test_the_holder_named_after_the_body_of_an_office_speaks():
    rec = _run("Deputy Director of the Khulna office of the Department of Roads, Mahfuz Alam Sikdar, who was at "
               "the site, told reporters that the bridge would open in May.", "en",
               [("Khulna", 0, "GPE", None), ("Department of Roads", 0, "ORG", None),
                ("Mahfuz Alam Sikdar", 0, "ORG", Actor(id="new:mahfuz-alam-sikdar", name="Mahfuz Alam Sikdar",
                                                        provisional=True))])
    (q,) = rec.quotes
    assert q.speaker.actor is not None and q.speaker.actor.name == "Mahfuz Alam Sikdar"


def test_an_office_of_a_body_before_a_verb_names_no_holder():
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    rec = _record("The ambassador of the Xland Union met Rahim Uddin on Monday.", "en",
                  [("Xland Union", 0, "ORG", None), ("Rahim Uddin", 0, "PER", RAHIM)])
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    assert finder.holder_after_office_of_body(rec.text.index(" of")) is None


def test_he_after_a_subject_behind_a_fronted_adverbial_is_that_subject():
    rec = _run("Rahim Uddin said, “The shops close at dark.” At the meeting, Karim Hossain, a banker, spoke "
               "for the traders. He said, “Banks will stay open.”", "en",
               [("Rahim Uddin", 0, "PER", RAHIM), ("Karim Hossain", 0, "PER", KARIM)])
    (q,) = [q for q in rec.quotes if "Banks will stay open" in q.text]
    assert q.speaker.actor.name == "Karim Hossain"


def test_a_mistyped_person_before_an_office_of_a_body_is_a_person():
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    rec = _record("Selim R F Hussain, managing director of Xland Bank, spoke. The Reporters Unity, general "
                  "secretary Rahim Uddin said.", "en",
                  [("Selim R F Hussain", 0, "ORG", None), ("Xland Bank", 0, "ORG", None),
                   ("Reporters Unity", 0, "ORG", None), ("Rahim Uddin", 0, "PER", RAHIM)])
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    hussain, unity = rec.entities[0], rec.entities[2]
    assert finder.body_set_off_before_office(hussain) and not finder.body_set_off_before_office(unity)


def test_a_name_after_a_fronted_clause_with_its_own_subject_is_no_antecedent():
    rec = _run("Karim Hossain said, “The strike is over.” Referring to the talks, he mentioned Rahim Uddin. "
               "He said the union had been consulted. Later, Rahim Uddin visited the port. He said the "
               "cranes were working.", "en",
               [("Karim Hossain", 0, "PER", KARIM), ("Rahim Uddin", 0, "PER", RAHIM), ("Rahim Uddin", 1, "PER", RAHIM)])
    (consulted,) = [q for q in rec.quotes if "the union had been consulted" in q.text]
    (working,) = [q for q in rec.quotes if "the cranes were working" in q.text]
    assert consulted.speaker.actor.name == "Karim Hossain" and working.speaker.actor.name == "Rahim Uddin"


def test_a_name_after_a_fronted_adverb_and_a_past_verb_is_its_object():
    # rule fronted_adverbial, pack key past_endings: "Later, police arrested X" has its own subject;
    # without the check "he" was Karim Hossain, the man arrested
    rec = _run("Rahim Uddin said, “The strike is over.” Later, police arrested Karim Hossain. He said, “Nobody "
               "was hurt.”", "en", [("Rahim Uddin", 0, "PER", RAHIM), ("Karim Hossain", 0, "PER", KARIM)])
    (q,) = [q for q in rec.quotes if "Nobody was hurt" in q.text]
    assert q.speaker.actor.name == "Rahim Uddin"


def test_a_reference_naming_a_kind_of_body_points_back_only_to_a_body_of_that_kind():
    # rule body_kind_agrees: "the party" is the party named before (its sector, though its name has
    # no "party"), not the commission named last; "the commission" then is not the party that spoke
    league = Actor(id="xland-league", name="Xland League", country="BGD", sector="PTY")
    commission = Actor(id="xland-vote-commission", name="Xland Vote Commission", country="BGD", sector="GOV")
    rec = _run("The Xland League rejected the plan on Sunday. The Xland Vote Commission defended it. The party "
               "said the talks had failed. The commission said the vote would go ahead.", "en",
               [("Xland League", 0, "ORG", league), ("Xland Vote Commission", 0, "ORG", commission)])
    speakers = {q.text: q.speaker.actor.name if q.speaker and q.speaker.actor else None for q in rec.quotes}
    assert speakers == {"the talks had failed": "Xland League", "the vote would go ahead": "Xland Vote Commission"}


def test_a_bengali_name_the_ner_cut_before_its_last_word_runs_on_to_the_cue():
    # the NER found "সোহরাব আলী" of "সোহরাব আলী মাতব্বর": the speaker is the whole name, and a
    # pronoun after it stands for that whole name too
    sohrab = Actor(id="new:sohrab-ali", name="Sohrab Ali", provisional=True)
    text = ("ইউনিয়ন কৃষক সমিতির সভাপতি সোহরাব আলী {} বলেন, ‘বাঁধ না হলে এবারও ধান ডুববে।’ "
            "তিনি বলেন, ‘আমরা তিনবার আবেদন করেছি।’")
    rec = _run(text.format("মাতব্বর"), "bn", [("সোহরাব আলী", 0, "PER", sohrab)])
    speakers = _speaker_of_each(rec, "name_run_on_to_cue")
    assert set(speakers.values()) == {"Sohrab Ali Matabwar"}
    # a word in the locative between the name and the cue is an adjunct, no word of the name
    rec = _run(text.format("হাসিমুখে"), "bn", [("সোহরাব আলী", 0, "PER", sohrab)])
    assert _speaker_of(rec, "বাঁধ না হলে") == "Sohrab Ali"


def test_a_bengali_name_run_on_to_a_statement_noun_drops_its_genitive_and_a_known_name_stays_whole():
    sohrab = Actor(id="new:sohrab-ali", name="Sohrab Ali", provisional=True)
    rec = _run("কৃষক নেতা সোহরাব আলী মাতব্বরের দাবি, বাঁধ না হলে এবারও ধান ডুববে।", "bn",
               [("সোহরাব আলী", 0, "PER", sohrab)])
    assert _speaker_of(rec, "বাঁধ না হলে") == "Sohrab Ali Matabwar"
    # a two-word name the registry knows is whole: the word after it is the government it led
    hasina = Actor(id="sheikh-hasina", name="Sheikh Hasina", country="BGD")
    rec = _run("শেখ হাসিনা সরকারের দাবি, দেশে কোনো সংকট নেই।", "bn", [("শেখ হাসিনা", 0, "PER", hasina)])
    (q,) = rec.quotes
    assert "সরকার" not in q.speaker.text and "Sarkar" not in (_speaker_of(rec, "দেশে কোনো সংকট") or "")


def test_he_after_a_long_description_set_off_before_a_name_is_that_name():
    # rule description_set_off (a longer description opening with a title) and fronted_adverbial:
    # "Later, the convener of the teachers' platform, X, announced ..." makes X the subject, so
    # "he" is X, not the unnamed spokesman who spoke before (without it "he" stayed unresolved)
    rec = _run("Rahim Uddin met the teachers. A ministry spokesman said the talks had gone well. Later, the "
               "convener of the teachers' platform, Karim Hossain, ended the sit-in. “We have been given a "
               "timeline,” he said.", "en",
               [("Rahim Uddin", 0, "PER", RAHIM), ("Karim Hossain", 0, "PER", KARIM)])
    (q,) = [q for q in rec.quotes if "given a timeline" in q.text]
    assert q.speaker.actor is not None and q.speaker.actor.name == "Karim Hossain"


def test_a_long_set_off_phrase_with_a_verb_or_no_title_opens_no_subject():
    from khobor.quotes.attribution import description_set_off
    from khobor.quotes.grammar import grammar_for
    from khobor.quotes.speakers import SpeakerFinder
    rec = _record("Karim Hossain spoke.", "en", [("Karim Hossain", 0, "PER", KARIM)])
    finder = SpeakerFinder(rec, grammar_for(lang.load("en")))
    assert description_set_off(finder, "The convener of the teachers' platform, ")
    assert not description_set_off(finder, "The dead included the driver's young helper, ")
    assert not description_set_off(finder, "The case was filed under the new act, ")
