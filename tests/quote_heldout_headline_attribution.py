"""Held-out cases (both languages) of a lede pronoun ("he said", "তিনি এ কথা বলেন") whose only
possible antecedents stand in the headline, where the headline closes on its attribution after a
colon ("...: Chief adviser", "...: প্রধান উপদেষ্টা"): the speaker is whom the attribution names
(the office's holder where the registry resolves it, else nobody), never the person the headline
is about (rule headline_attribution). Short articles written for this project (no newspaper
text), written before the rule; (name, "headline\nbody", [(fragment, English name of the
speaker's actor or None)], language).
"""
from __future__ import annotations

CASES = [
    ("en_topic_person_then_he",
     "Sheikh Hasina must be brought back to face justice: Law adviser\n"
     "\"We have written to Delhi again and we expect a reply soon,\" he told reporters at the secretariat on Monday.",
     [("We have written to Delhi again", None)], "en"),
    ("en_treatment_then_he",
     "Khaleda Zia's treatment abroad is being arranged: Chief adviser\n"
     "\"The government will bear every cost of her treatment,\" he said at a meeting with party leaders on Tuesday.",
     [("The government will bear every cost", "Muhammad Yunus")], "en"),
    ("en_polls_then_he",
     "Election will be held in the first half of February: Chief adviser\n"
     "\"There is no room for any doubt about the date,\" he said while addressing a gathering in Dhaka on Wednesday.",
     [("There is no room for any doubt", "Muhammad Yunus")], "en"),
    ("bn_topic_person_then_tini",
     "হাদি হত্যার বিচার দ্রুত শেষ হবে: স্বরাষ্ট্র উপদেষ্টা\n"
     "‘মামলাটি দ্রুত বিচার ট্রাইব্যুনালে পাঠানো হয়েছে, কেউ ছাড় পাবে না।’ রোববার মন্ত্রণালয়ে এক সভা শেষে তিনি এ কথা বলেন।",
     # (the home adviser: the registry knows the office with its portfolio, rule office_with_word_before)
     [("মামলাটি দ্রুত বিচার ট্রাইব্যুনালে", "Jahangir Alam Chowdhury")], "bn"),
    ("bn_treatment_then_tini",
     "খালেদা জিয়ার চিকিৎসার সব খরচ দেবে সরকার: প্রধান উপদেষ্টা\n"
     "‘তার চিকিৎসার সব ব্যয় সরকার বহন করবে।’ মঙ্গলবার দলের নেতাদের সঙ্গে বৈঠকে তিনি এ কথা বলেন।",
     [("তার চিকিৎসার সব ব্যয় সরকার", "Muhammad Yunus")], "bn"),
    ("bn_polls_then_tini",
     "বাংলাদেশে ফেব্রুয়ারির প্রথমার্ধেই নির্বাচন হবে: প্রধান উপদেষ্টা\n"
     "‘নির্বাচনের তারিখ নিয়ে সন্দেহের কোনো সুযোগ নেই।’ বুধবার রাজধানীতে এক অনুষ্ঠানে তিনি এ কথা বলেন।",
     [("নির্বাচনের তারিখ নিয়ে সন্দেহের", "Muhammad Yunus")], "bn"),
]
