"""Held-out Bengali quote cases written for round 25 (sp25b): a body (a party, an association, a
watchdog) putting forward a demand as the object of "দাবি জানিয়েছে" ("... বাতিলের
দাবি জানিয়েছে দলটি"), and a demand made again and again ("... দাবি জানিয়ে আসছেন"). A person's
"দাবি জানান" was read already; a body's only through the pack's `organisation_cues`, which held its
claims but not its demands. A body's deed is still no speech, nor its call ("... আহ্বান জানিয়েছে", which
tests/test_quotes.py keeps out). Short sentences
written for this project (no newspaper text), written before the change; same format as
quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("party_demands_an_inquiry",
     "সংঘর্ষে দুজন নিহত হয়েছেন। বিএনপি ঘটনার নিরপেক্ষ বিচার বিভাগীয় তদন্তের দাবি জানিয়েছে।",
     [("ঘটনার নিরপেক্ষ বিচার বিভাগীয় তদন্তের", "বিএনপি")]),
    ("new_party_demands_local_polls_first",
     "সংস্কার নিয়ে দলগুলোর মত ভিন্ন। এনসিপি জাতীয় নির্বাচনের আগে স্থানীয় সরকার নির্বাচনের দাবি জানায়।",
     [("জাতীয় নির্বাচনের আগে স্থানীয় সরকার নির্বাচনের", "এনসিপি")]),
    ("party_demands_a_price_cut",
     "সারের দাম আবার বেড়েছে। জামায়াতে ইসলামী কৃষকদের জন্য সারের দাম কমানোর দাবি জানিয়েছে।",
     [("কৃষকদের জন্য সারের দাম কমানোর", "জামায়াতে ইসলামী")]),
    ("body_call_is_still_no_quote",
     "হরতালের আগের রাতে বৈঠক হয়। জামায়াতে ইসলামী কর্মীদের শান্তিপূর্ণভাবে কর্মসূচি পালনের আহ্বান জানিয়েছে।",
     [("কর্মীদের শান্তিপূর্ণভাবে কর্মসূচি পালনের", "-")]),
    ("party_demanded_in_the_past",
     "গত বছরও একই ঘটনা ঘটেছিল। বিএনপি সে সময় দায়ী কর্মকর্তাদের দ্রুত অপসারণের দাবি জানিয়েছিল।",
     [("দায়ী কর্মকর্তাদের দ্রুত অপসারণের", "বিএনপি")]),
    ("person_demands_again_and_again",
     "সড়কে দুর্ঘটনা বেড়েছে। মির্জা ফখরুল ইসলাম আলমগীর মহাসড়কে আলাদা লেন চালুর দাবি জানিয়ে আসছেন।",
     [("মহাসড়কে আলাদা লেন চালুর", "মির্জা ফখরুল ইসলাম আলমগীর")]),
    ("party_demands_again_and_again",
     "বাজারে চালের দাম বাড়ছে। বিএনপি খোলাবাজারে চাল বিক্রির কেন্দ্র বাড়ানোর দাবি জানিয়ে আসছে।",
     [("খোলাবাজারে চাল বিক্রির কেন্দ্র বাড়ানোর", "বিএনপি")]),
    ("body_announcing_a_deed_is_no_demand",
     "নদীতে পানি বাড়ছে। বিএনপি বন্যাদুর্গতদের মধ্যে ত্রাণ বিতরণ শুরু করেছে।",
     [("বন্যাদুর্গতদের মধ্যে ত্রাণ বিতরণ", "-")]),
]
