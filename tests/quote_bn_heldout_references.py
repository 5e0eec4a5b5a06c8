"""Held-out Bengali quote cases of three kinds: a sentence confirming the unmarked sentence before it
("... দুই শ্রমিক আহত হয়েছেন। ওসি X এ তথ্য নিশ্চিত করেছেন।", "বিষয়টি নিশ্চিত করেছেন X", "তিনি এ তথ্য
নিশ্চিত করেন" after the person's own plan), with traps where the word standing for it is denied
("বিষয়টি অস্বীকার করেছেন": the allegation is nobody's words) or the sentence before narrates another
person's act; a speaker named short after the article named them in full (a first name, a surname
in the genitive before "মতে", a foreign surname), who is the person of the full name; and the person
asked ("X-এর কাছে জানতে চাইলে তিনি বলেন, ...", "X-এর কাছে জানতে চাওয়া হলে তিনি বলেন") who answers,
with traps where somebody else asks or is the subject.
Short articles written for this project (no newspaper text), written before the rules they test were
changed; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named, "-"
for no quote at all).
"""
from __future__ import annotations

CASES = [
    # --- a confirmation referring back to the sentence before
    ("e_tottho_nishchit_by_named_officer",
     "নারায়ণগঞ্জের ফতুল্লায় একটি পোশাক কারখানায় আগুন লেগে দুই শ্রমিক আহত হয়েছেন। ফতুল্লা মডেল থানার "
     "ওসি রফিকুল ইসলাম এ তথ্য নিশ্চিত করেছেন।",
     [("দুই শ্রমিক আহত হয়েছেন", "রফিকুল ইসলাম")]),
    ("bishoyti_nishchit_speaker_after_cue",
     "বুধবার দুপুরে ঢাকা-চট্টগ্রাম মহাসড়কে বাস ও ট্রাকের মুখোমুখি সংঘর্ষে তিনজন নিহত হয়েছেন। বিষয়টি "
     "নিশ্চিত করেছেন কুমিল্লা হাইওয়ে পুলিশের পরিদর্শক মাহবুব আলম।",
     [("তিনজন নিহত হয়েছেন", "মাহবুব আলম")]),
    ("ghotonati_nishchit_by_station_master",
     "রাজশাহীর পবা উপজেলায় পুকুরে ডুবে দুই শিশুর মৃত্যু হয়েছে। ঘটনাটি নিশ্চিত করেছেন পবা থানার "
     "পরিদর্শক মনিরুজ্জামান খান।",
     [("দুই শিশুর মৃত্যু হয়েছে", "মনিরুজ্জামান খান")]),
    ("own_plan_confirmed_by_pronoun",
     "আগামী জাতীয় নির্বাচনে প্রার্থী হবেন না সাবেক সংসদ সদস্য হারুনুর রশীদ। মঙ্গলবার সাংবাদিকদের "
     "তিনি এ তথ্য নিশ্চিত করেন।",
     [("প্রার্থী হবেন না", "হারুনুর রশীদ")]),
    # traps: a denial does not say the words it denies; a meeting narrated is not the confirmer's words
    ("bishoyti_denied_is_no_quote",
     "উপজেলা চেয়ারম্যানের বিরুদ্ধে ত্রাণের চাল আত্মসাতের অভিযোগ উঠেছে। তবে চেয়ারম্যান আবুল কাশেম "
     "বিষয়টি অস্বীকার করেছেন।",
     [("ত্রাণের চাল আত্মসাতের", "-")]),
    ("e_kotha_denied_is_no_quote",
     "সংগঠনের তহবিল থেকে ২০ লাখ টাকা সরিয়েছেন সভাপতি, এমন খবর ছড়িয়েছে সামাজিক মাধ্যমে। সভাপতি "
     "মিজানুর রহমান এ কথা অস্বীকার করেন।",
     [("২০ লাখ টাকা সরিয়েছেন", "-")]),
    ("meeting_narrated_before_confirmation_is_no_quote",
     "প্রধান উপদেষ্টার সঙ্গে বৈঠক করেছেন জাপানের রাষ্ট্রদূত কিমিনোরি ইওয়ামা। বিষয়টি নিশ্চিত করেছেন "
     "প্রেস সচিব শফিকুল আলম।",
     [("বৈঠক করেছেন", "-")]),
    # --- a short name after the full one: the person of the full name
    ("first_name_after_full_name",
     "জাতীয় দলের পেসার রাকিবুল হাসান সোমবার মিরপুরে অনুশীলনে ফিরেছেন। অনুশীলন শেষে রাকিবুল বলেন, "
     "‘চোট পুরোপুরি সেরে গেছে, এখন আমি খেলার জন্য প্রস্তুত।’",
     [("চোট পুরোপুরি সেরে গেছে", "রাকিবুল হাসান")]),
    ("surname_in_genitive_before_mote",
     "পরিবেশবিদ তানজিনা রহমান চৌধুরী বৃহস্পতিবার এক সেমিনারে বক্তব্য দেন। চৌধুরীর মতে, নদী দখল বন্ধ "
     "না হলে ঢাকার জলাবদ্ধতা আরও বাড়বে।",
     [("নদী দখল বন্ধ না হলে", "তানজিনা রহমান চৌধুরী")]),
    ("foreign_surname_after_full_name",
     "নরওয়ের শরণার্থী পরিষদের মহাসচিব ইয়ান এগেল্যান্ড বৃহস্পতিবার কক্সবাজারের শিবির ঘুরে দেখেন। "
     "এগেল্যান্ড বলেন, ‘রোহিঙ্গাদের জন্য খাদ্য সহায়তা কমানো চলবে না।’",
     [("খাদ্য সহায়তা কমানো চলবে না", "ইয়ান এগেল্যান্ড")]),
    # --- the person asked answers
    ("asked_person_answers_in_the_same_sentence",
     "গত সপ্তাহে উপজেলার তিনটি বিদ্যালয়ে দুপুরের খাবার বিতরণ বন্ধ ছিল। এ বিষয়ে উপজেলা নির্বাহী কর্মকর্তা "
     "রফিকুল ইসলামের কাছে জানতে চাইলে তিনি বলেন, ঠিকাদারের বিল আটকে থাকায় সমস্যা হয়েছে।",
     [("ঠিকাদারের বিল আটকে থাকায়", "রফিকুল ইসলাম")]),
    ("asked_in_the_passive_answers_a_quotation",
     "বাজারে চালের দাম আবার বেড়েছে। কারওয়ান বাজারের পাইকারি বিক্রেতা আবদুল মজিদের কাছে কারণ জানতে "
     "চাওয়া হলে তিনি বলেন, ‘মিল থেকেই দাম বাড়ানো হয়েছে।’",
     [("মিল থেকেই দাম বাড়ানো হয়েছে", "আবদুল মজিদ")]),
    ("asked_then_answers_in_the_next_sentence",
     "সাবেক অধিনায়ক হাবিবুল বাশারের কাছে জানতে চাওয়া হয়েছিল, দলের ব্যাটিং কেন বারবার ভেঙে পড়ছে। "
     "তিনি বললেন, ‘ছেলেরা চাপ নিতে পারছে না।’",
     [("ছেলেরা চাপ নিতে পারছে না", "হাবিবুল বাশার")]),
    # traps: the one who asks speaks; a person reached by "কাছে" with no question is no antecedent
    ("the_asker_speaks_not_the_asked",
     "বিরোধী দলের সাংসদ নাসির উদ্দিন বৃহস্পতিবার সংসদে পরিকল্পনা মন্ত্রী আবদুর রহিমের কাছে জানতে চান, "
     "প্রকল্পের টাকা কোথায় গেল।",
     [("প্রকল্পের টাকা কোথায় গেল", "নাসির উদ্দিন")]),
    ("a_person_sent_something_is_no_antecedent",
     "পুলিশ সুপার মাহমুদ হাসান অভিযোগটি জেলা প্রশাসক আফরোজা খানের কাছে পাঠিয়েছেন। তিনি বলেন, তদন্ত "
     "শেষ হতে এক মাস লাগবে।",
     [("তদন্ত শেষ হতে এক মাস লাগবে", "মাহমুদ হাসান")]),
]
