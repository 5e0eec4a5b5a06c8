"""The held-out Bengali sets that name each quote's speaker by its actor's English name, through
the whole pipeline: each quote found, its speaker's actor that name (None: nobody).
  tests/quote_bn_heldout_country_services.py: the country's service (or nobody);
  tests/quote_bn_heldout_issuer_in_genitive.py: the body that issued the document;
  tests/quote_bn_heldout_joined_offices.py: the person named after two joined offices;
  tests/quote_bn_heldout_offices_by_initials.py: the holder of the office its initials name;
  tests/quote_bn_heldout_bare_name_stops.py: nobody, where the words before the cue are no name;
  tests/quote_bn_heldout_office_holder_between.py: a pronoun after an office holder is that holder;
  tests/quote_bn_heldout_office_of_own_body.py: an office of its own body is somebody new;
  tests/quote_bn_heldout_adjuncts_before_cue.py: a time of day or an addressee before the cue is no name;
  tests/quote_bn_heldout_things_confirmed.py: the thing confirmed ("বিষয়টি") before the cue is no name;
  tests/quote_bn_heldout_office_after_bare_name.py: an office after a person given none is somebody new;
  tests/quote_bn_heldout_described_through_another.py: "তিনি" after "তার স্বামী X" is nobody sure;
  tests/quote_bn_heldout_running_words_before_cue.py: "ফোনে", "অবশ্য" before the cue is no name;
  tests/quote_bn_heldout_counted_titles.py: "দুজন নেতা", "একাধিক কর্মকর্তা" are nobody named;
  tests/quote_bn_heldout_group_titles.py: "নেতারা বলেন" is no one holder of an office;
  tests/quote_bn_heldout_asked_in_object_case.py: "X-কে প্রশ্ন করা হলে তিনি বলেন" is X;
  tests/quote_bn_heldout_counts_any_number.py: "ছয়জন কর্মকর্তা", "৩ জন শিক্ষক" are nobody named.
One runner for the sixteen (each set was run by a copy of the same file)."""
from __future__ import annotations

import pytest

from quote_fixtures import assert_speakers_by_actor_name
from quote_bn_heldout_country_services import CASES as COUNTRY_SERVICE_CASES
from quote_bn_heldout_issuer_in_genitive import CASES as ISSUER_IN_GENITIVE_CASES
from quote_bn_heldout_joined_offices import CASES as JOINED_OFFICE_CASES
from quote_bn_heldout_offices_by_initials import CASES as INITIALS_CASES
from quote_bn_heldout_bare_name_stops import CASES as BARE_NAME_STOP_CASES
from quote_bn_heldout_office_holder_between import CASES as OFFICE_HOLDER_BETWEEN_CASES
from quote_bn_heldout_office_of_own_body import CASES as OFFICE_OF_OWN_BODY_CASES
from quote_bn_heldout_adjuncts_before_cue import CASES as ADJUNCT_BEFORE_CUE_CASES
from quote_bn_heldout_things_confirmed import CASES as THING_CONFIRMED_CASES
from quote_bn_heldout_office_after_bare_name import CASES as OFFICE_AFTER_BARE_NAME_CASES
from quote_bn_heldout_described_through_another import CASES as DESCRIBED_THROUGH_ANOTHER_CASES
from quote_bn_heldout_running_words_before_cue import CASES as RUNNING_WORD_CASES
from quote_bn_heldout_counted_titles import CASES as COUNTED_TITLE_CASES
from quote_bn_heldout_group_titles import CASES as GROUP_TITLE_CASES
from quote_bn_heldout_asked_in_object_case import CASES as ASKED_IN_OBJECT_CASE_CASES
from quote_bn_heldout_counts_any_number import CASES as COUNTS_ANY_NUMBER_CASES

CASES = [("country_services", *c) for c in COUNTRY_SERVICE_CASES] + [
    ("issuer_in_genitive", *c) for c in ISSUER_IN_GENITIVE_CASES] + [
    ("joined_offices", *c) for c in JOINED_OFFICE_CASES] + [
    ("offices_by_initials", *c) for c in INITIALS_CASES] + [
    ("bare_name_stops", *c) for c in BARE_NAME_STOP_CASES] + [
    ("office_holder_between", *c) for c in OFFICE_HOLDER_BETWEEN_CASES] + [
    ("office_of_own_body", *c) for c in OFFICE_OF_OWN_BODY_CASES] + [
    ("adjuncts_before_cue", *c) for c in ADJUNCT_BEFORE_CUE_CASES] + [
    ("things_confirmed", *c) for c in THING_CONFIRMED_CASES] + [
    ("office_after_bare_name", *c) for c in OFFICE_AFTER_BARE_NAME_CASES] + [
    ("described_through_another", *c) for c in DESCRIBED_THROUGH_ANOTHER_CASES] + [
    ("running_words_before_cue", *c) for c in RUNNING_WORD_CASES] + [
    ("counted_titles", *c) for c in COUNTED_TITLE_CASES] + [
    ("group_titles", *c) for c in GROUP_TITLE_CASES] + [
    ("asked_in_object_case", *c) for c in ASKED_IN_OBJECT_CASE_CASES] + [
    ("counts_any_number", *c) for c in COUNTS_ANY_NUMBER_CASES]


@pytest.mark.parametrize("name, text, expected", [c[1:] for c in CASES], ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_speaker_is_the_named_actor(name, text, expected):
    assert_speakers_by_actor_name(text, expected)
