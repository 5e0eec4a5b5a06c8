"""Bengali cue words of round 40 (issue 10), each on sentences written for it: the simple past of
owning up ("স্বীকার করলেন"), a body's present of writing ("লেখে"), resolve and refusal put into
words ("দৃঢ়প্রত্যয় ব্যক্ত", "অস্বীকৃতি"), naming by address ("সম্বোধন", "আখ্যায়িত") and "হিসেবে"
before a cue whose subject closes the sentence."""
from __future__ import annotations

# the same harness as round 39's: "রিনা দাস" placed as a PER entity, quotes as (text, speaker's actor name)
from test_quotes_bn_round39_no_words_said import _quotes


def test_owning_up_in_the_simple_past_is_a_cue():
    assert _quotes("রিনা দাস স্বীকার করলেন, বাঁধের কাজ সময়মতো শেষ হয়নি।") == [
        ("বাঁধের কাজ সময়মতো শেষ হয়নি", "Rina Das")]


def test_resolve_put_into_words_is_a_quote():
    assert _quotes("আগামী মৌসুমে শিরোপা জেতার ব্যাপারে দৃঢ়প্রত্যয় ব্যক্ত করেছেন রিনা দাস।") == [
        ("আগামী মৌসুমে শিরোপা জেতার ব্যাপারে", "Rina Das")]


def test_refusal_put_into_words_is_a_quote():
    assert _quotes("বাঁধ ভেঙে পড়ার আশঙ্কা উড়িয়ে দিতে অস্বীকৃতি জানিয়েছেন রিনা দাস।") == [
        ("বাঁধ ভেঙে পড়ার আশঙ্কা উড়িয়ে দিতে", "Rina Das")]


def test_naming_by_address_is_a_cue():
    assert _quotes("রিনা দাস ঠিকাদারদের ‘লুটেরা’ বলে সম্বোধন করেন।") == [("লুটেরা", "Rina Das")]
    assert _quotes("প্রকল্পটিকে 'বড় ব্যর্থতা' হিসেবে আখ্যায়িত করেছেন রিনা দাস।") == [("বড় ব্যর্থতা", "Rina Das")]


def test_a_marked_name_given_with_as_before_a_postposed_subject():
    assert _quotes("প্রকল্পটিকে ‘বড় ব্যর্থতা’ হিসেবে বর্ণনা করেছেন রিনা দাস।") == [("বড় ব্যর্থতা", "Rina Das")]
    # a prize won "as" something is no naming
    assert _quotes("রিনা দাসের ছবি ‘সেরা চলচ্চিত্র’ হিসেবে পুরস্কার পেয়েছে।") == []
