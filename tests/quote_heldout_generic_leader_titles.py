"""Held-out cases, in Bengali and English, of a speaker described only as a leader ("বিএনপির এই নেতা
বলেন", "এনসিপির ওই নেতা জানান", "The leader said", "An NCP leader said"): a party's leader, pointed
back at a person named before or at somebody introduced without a name, never the registry's head
of the country the article is about (the chief adviser, whose role the registry also files under
"leader"; rules generic_title and unnamed_antecedent). Two traps keep a country's leader named with
the country, and a chief adviser named by office. Short articles written for this project (no
newspaper text), written before the rule; (language, text, [(fragment, English name of the
speaker's actor, or None for no actor)]).
"""
from __future__ import annotations

CASES = [
    ("bn_party_leader_points_back_at_named_member",
     "bn",
     "দলের স্থায়ী কমিটির সদস্য মির্জা আব্বাস বুধবার নয়াপল্টনে সাংবাদিকদের সঙ্গে কথা বলেন। বিএনপির এই নেতা বলেন, "
     "আগামী সপ্তাহে বিভাগীয় শহরে সমাবেশ হবে।",
     [("আগামী সপ্তাহে বিভাগীয় শহরে সমাবেশ হবে", "Mirza Abbas")]),
    ("bn_that_leader_after_an_unnamed_top_leader",
     "bn",
     "মিছিলের পথ বদলানো হতে পারে বলে জানিয়েছেন দলটির একজন শীর্ষ নেতা। এনসিপির ওই নেতা সাংবাদিকদের জানান, "
     "রোববার স্থায়ী কমিটির বৈঠক বসবে।",
     [("রোববার স্থায়ী কমিটির বৈঠক বসবে", None)]),
    ("bn_this_leader_after_a_named_coordinator",
     "bn",
     "গণসংহতি আন্দোলনের প্রধান সমন্বয়ক জোনায়েদ সাকি সকালে শ্রমিকদের মানববন্ধনে যোগ দেন। এই নেতা বলেন, "
     "শ্রমিকদের মজুরি বাড়াতে হবে।",
     [("শ্রমিকদের মজুরি বাড়াতে হবে", "Zonayed Saki")]),
    ("bn_that_leader_after_unnamed_one_and_a_named_subject",
     "bn",
     "দলের এক শীর্ষ নেতা জানিয়েছেন, আসন ভাগাভাগি নিয়ে আলোচনা চলছে। নাহিদ ইসলাম সোমবার রংপুরে পথসভা করেন। "
     "এনসিপির ওই নেতা আরও জানান, চূড়ান্ত তালিকা শিগগির প্রকাশ করা হবে।",
     [("চূড়ান্ত তালিকা শিগগির প্রকাশ করা হবে", None)]),
    ("en_unnamed_party_leader",
     "en",
     "An NCP leader who asked not to be named said the party would decide on the alliance on Friday.",
     [("the party would decide on the alliance", None)]),
    ("en_the_leader_after_an_unnamed_one",
     "en",
     "A senior NCP leader said talks with the BNP had stalled over three seats. The leader said a meeting "
     "with the BNP chief was likely next week.",
     [("a meeting with the BNP chief was likely", None)]),
    ("en_the_leader_after_a_party_body",
     "en",
     "Jamaat-e-Islami held a meeting of its central working committee on Sunday. The leader said the party "
     "would field candidates in all 300 seats.",
     [("would field candidates in all 300 seats", None)]),
    ("trap_bn_country_leader_named_with_the_country",
     "bn",
     "উত্তর কোরিয়ার নেতা কিম জং উন বৃহস্পতিবার একটি অস্ত্র কারখানা পরিদর্শন করেন। তিনি বলেন, উৎপাদন আরও বাড়াতে হবে।",
     [("উৎপাদন আরও বাড়াতে হবে", "Kim Jong Un")]),
    ("trap_en_chief_adviser_by_office",
     "en",
     "The chief adviser said on Wednesday that the election in Bangladesh would be held in February as announced.",
     [("the election in Bangladesh would be held in February", "Muhammad Yunus")]),
]
