"""Held-out Bengali quote cases whose speaker the rules found no mention for: a speaker closing the
sentence after a long title (a body in the genitive and its initials in brackets before the office:
"... বলে জানিয়েছেন বাংলাদেশ X অ্যাসোসিয়েশনের (বিএক্সএ) সভাপতি Y"), reported words of an unnamed
group ("চিকিৎসকরা জানিয়েছেন, ...", "আবহাওয়াবিদরা বলছেন, ...": a quote with nobody named, not no quote),
and "এসব কথা বলেন X" after a sentence of the speaker's own unmarked words; with traps of each kind.
Short articles written for this project (no newspaper text), written before the rules they test were
changed; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-"
for no quote at all).
"""
from __future__ import annotations

CASES = [
    # --- a speaker closing the sentence after a title with a body in the genitive and its initials
    ("closing_speaker_after_body_and_initials",
     "গ্যাস সংকটে দেশের অন্তত ৪০টি চামড়া কারখানার উৎপাদন বন্ধ হয়ে গেছে বলে জানিয়েছেন বাংলাদেশ "
     "ট্যানার্স অ্যাসোসিয়েশনের (বিটিএ) সভাপতি শাহীন আহমেদ।",
     [("৪০টি চামড়া কারখানার উৎপাদন", "শাহীন আহমেদ")]),
    ("closing_speaker_after_long_association_name",
     "চলতি অর্থবছরে রপ্তানির লক্ষ্যমাত্রা পূরণ হবে না বলে মনে করেন বাংলাদেশ পোশাক প্রস্তুতকারক ও "
     "রপ্তানিকারক সমিতির (বিজিএমইএ) সহসভাপতি রকিবুল ইসলাম।",
     [("রপ্তানির লক্ষ্যমাত্রা পূরণ হবে না", "রকিবুল ইসলাম")]),
    ("closing_clause_about_somebody_else_is_no_speaker",
     "আগামী সপ্তাহে নতুন বাজেট পেশ করা হবে বলে জানিয়েছেন অর্থ মন্ত্রণালয়ের এক কর্মকর্তা, যিনি গত বছর "
     "বাংলাদেশ ব্যাংকের গভর্নর আহসান মনসুরের সঙ্গে কাজ করেছেন।",
     [("নতুন বাজেট পেশ করা হবে", None)]),
    # --- reported words of an unnamed group: a quote, nobody named
    ("doctors_reported_words_unnamed",
     "রাজধানীর শিশু হাসপাতালে গত এক সপ্তাহে ভর্তি রোগীর সংখ্যা দ্বিগুণ হয়েছে। চিকিৎসকরা জানিয়েছেন, শীতে "
     "শিশুদের মধ্যে নিউমোনিয়ার প্রকোপ বেড়েছে।",
     [("শিশুদের মধ্যে নিউমোনিয়ার প্রকোপ", None)]),
    ("meteorologists_reported_words_unnamed",
     "দেশের উত্তরাঞ্চলে শৈত্যপ্রবাহ চলছে। আবহাওয়াবিদরা বলছেন, আগামী দুই দিন তাপমাত্রা আরও কমতে পারে।",
     [("আগামী দুই দিন তাপমাত্রা", None)]),
    ("exporters_reported_words_unnamed",
     "স্থলবন্দর দিয়ে পণ্য রপ্তানিতে নতুন বিধিনিষেধ দিয়েছে প্রতিবেশী দেশ। রপ্তানিকারকরা বলছেন, এ সিদ্ধান্তে "
     "খাদ্যপণ্যের রপ্তানি অর্ধেকে নেমে আসবে।",
     [("খাদ্যপণ্যের রপ্তানি অর্ধেকে", None)]),
    ("workers_knowing_nothing_is_no_quote",
     "কারখানা বন্ধ থাকায় শ্রমিকরা বেতনের জন্য অপেক্ষা করছেন। শ্রমিকরা জানেন না, কবে আবার কারখানা খুলবে।",
     [("কবে আবার কারখানা খুলবে", "-")]),
    # --- "এসব কথা বলেন X": the sentence before is X's unmarked words
    ("esob_kotha_bolen_after_unmarked_words",
     "দেশের অর্থনীতি এখন কঠিন চাপের মধ্যে রয়েছে এবং বিনিয়োগ বাড়ানো ছাড়া উপায় নেই। রোববার রাজধানীর "
     "একটি হোটেলে এক সেমিনারে প্রধান অতিথির বক্তব্যে এসব কথা বলেন পরিকল্পনা উপদেষ্টা ওয়াহিদউদ্দিন মাহমুদ।",
     [("বিনিয়োগ বাড়ানো ছাড়া উপায় নেই", "ওয়াহিদউদ্দিন মাহমুদ")]),
    ("e_kotha_janan_pronoun_after_unmarked_words",
     "স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম সোমবার খুলনা মেডিকেল কলেজ হাসপাতাল পরিদর্শন করেন। হাসপাতালে শিগগিরই "
     "নতুন ৫০ জন চিকিৎসক নিয়োগ দেওয়া হবে। পরিদর্শন শেষে সাংবাদিকদের এ কথা জানান তিনি।",
     [("নতুন ৫০ জন চিকিৎসক নিয়োগ", "নূরজাহান বেগম")]),
    ("esob_kotha_after_a_sentence_already_attributed",
     "বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, নির্বাচন নিয়ে কোনো ষড়যন্ত্র মেনে নেওয়া হবে না। "
     "শনিবার নয়াপল্টনে এক সমাবেশে এসব কথা বলেন তিনি।",
     [("নির্বাচন নিয়ে কোনো ষড়যন্ত্র", "মির্জা ফখরুল ইসলাম আলমগীর")]),
]
