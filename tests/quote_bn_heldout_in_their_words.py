"""Held-out Bengali quote cases written for round 24 (sp24c), on words introduced by the noun
"ভাষায়" (in somebody's words: "তাঁর ভাষায়, ‘...’", "মন্ত্রীর ভাষায়, ...") and by a piece of
advice as a noun ("বিশেষজ্ঞের পরামর্শ, ..."): the genitive before the noun speaks, as it does before
"মতে" or "কথায়". Short sentences written for this project (no newspaper text), written before the
change; same format as quote_bn_heldout.CASES (fragment, speaker surface, None for nobody named,
"-" for no quote).
"""
from __future__ import annotations

CASES = [
    ("in_his_words_direct",
     "জেলা প্রশাসক কামরুল হাসান সকালে বাঁধ পরিদর্শনে যান। তাঁর ভাষায়, ‘এবারের বন্যায় ক্ষতি আগের চেয়ে অনেক বেশি।’",
     [("এবারের বন্যায় ক্ষতি আগের চেয়ে অনেক বেশি", "কামরুল হাসান")]),
    ("in_the_officials_words_direct",
     "বিদ্যুৎ বিভাগের এক কর্মকর্তা নাম প্রকাশ না করার শর্তে কথা বলেছেন। ওই কর্মকর্তার ভাষায়, \"গ্রীষ্মের আগে লোডশেডিং পুরোপুরি বন্ধ করা সম্ভব নয়।\"",
     [("গ্রীষ্মের আগে লোডশেডিং পুরোপুরি বন্ধ করা সম্ভব নয়", None)]),
    ("in_the_ministers_words_reported",
     "শিক্ষামন্ত্রী মাহবুবা খাতুন রাজশাহীতে একটি অনুষ্ঠানে যোগ দেন। মন্ত্রীর ভাষায়, নতুন শিক্ষাক্রম নিয়ে অভিভাবকদের উদ্বেগের কারণ নেই।",
     [("নতুন শিক্ষাক্রম নিয়ে অভিভাবকদের উদ্বেগের কারণ নেই", "মাহবুবা খাতুন")]),
    ("in_the_coachs_words_direct",
     "ম্যাচ শেষে সংবাদ সম্মেলনে আসেন কোচ রাশেদ করিম। কোচের ভাষায়, ‘শেষ দশ ওভারে আমরা ম্যাচটা হাতছাড়া করেছি।’",
     [("শেষ দশ ওভারে আমরা ম্যাচটা হাতছাড়া করেছি", "রাশেদ করিম")]),
    ("advice_of_a_named_expert",
     "এ বিষয়ে অর্থনীতিবিদ সেলিনা পারভীনের পরামর্শ, সরকার আগামী বাজেটে কৃষি খাতে ভর্তুকি বাড়াক।",
     [("আগামী বাজেটে কৃষি খাতে ভর্তুকি বাড়াক", "সেলিনা পারভীন")]),
    ("advice_of_a_pronoun",
     "সাবেক রাষ্ট্রদূত নাসিম আহমেদ দুই দেশের সম্পর্ক নিয়ে কথা বলেছেন। তাঁর পরামর্শ, ঢাকা বিষয়টি দ্বিপক্ষীয় বৈঠকে তুলুক।",
     [("ঢাকা বিষয়টি দ্বিপক্ষীয় বৈঠকে তুলুক", "নাসিম আহমেদ")]),
    # the language of a text is no speaker's words
    ("the_language_itself_is_no_speaker",
     "বইটি বাংলা ভাষায় লেখা হয়েছে এবং আগামী মাসে প্রকাশিত হবে।",
     "-"),
]
