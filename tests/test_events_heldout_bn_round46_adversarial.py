"""Held-out cases (round 46, issue 9): Bengali sentences written for this test, before any change,
in the style of the false events counted on dev (a removal or a leaving read as a RETREAT, an
application for a visa or a grant read as a REQUEST, a rumour denied by "তা" read as a REJECT) and
of every hard negative the issue lists: who condemns an attack is not its attacker, a victim is
never the actor, negated, conditional, planned, demanded and asked-about acts are not asserted,
sport, obituaries, going home, accidents, metaphors and related-story lines hold no act, a passive
keeps its agent ("কর্তৃক", "দ্বারা") and a second clause keeps its own subject.

Each case names what must not be there among the events `record_of` keeps: types that must not be
told at all, types that must not be told as asserted, or (type, actor) pairs. Still-failing cases
are strict xfails. A second batch (rumours, commentary, plans, conditions, questions) was written after the
first fixes; of it only the two rumoured alliances failed, fixed by events.yaml suppress_after ("গুঞ্জন",
"গুজব", "জল্পনা"). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import record_of

NO_TYPE = "no event of these types"
NOT_ASSERTED = "no asserted event of these types"
NOT_BY = "no event of these types by this actor (a name, or a country code)"
NOT_TO = "no event of these types on this recipient (a name, or a country code)"

# (sentence, check, types, actor or recipient)
CASES = [
    # the commenter condemns, he does not attack
    ("জামায়াতে ইসলামী খুলনায় দলীয় কর্মীদের ওপর হামলার নিন্দা জানিয়েছে।", NOT_BY, ("ASSAULT",), "Bangladesh Jamaat-e-Islami"),
    ("বাংলাদেশ সীমান্তে বিএসএফের গুলিতে কিশোর নিহতের ঘটনার তীব্র নিন্দা জানিয়েছে।", NOT_BY, ("ASSAULT",), "Bangladesh"),
    ("ইরান সিরিয়ায় ইসরায়েলি বিমান হামলার নিন্দা জানিয়েছে।", NOT_BY, ("ASSAULT",), "Iran"),
    ("আওয়ামী লীগ গোপালগঞ্জে পুলিশের গুলির নিন্দা জানিয়ে বিবৃতি দিয়েছে।", NOT_BY, ("ASSAULT",), "Awami League"),
    ("তুরস্ক গাজায় ত্রাণবাহী জাহাজে হামলার কঠোর সমালোচনা করেছে।", NOT_BY, ("ASSAULT",), "Turkey"),
    ("জাতিসংঘ রোহিঙ্গা শিবিরে অগ্নিসংযোগের ঘটনায় গভীর উদ্বেগ প্রকাশ করেছে।", NO_TYPE, ("ASSAULT",), None),
    ("বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সাংবাদিক গ্রেপ্তারের নিন্দা জানিয়েছেন।", NOT_BY, ("COERCE",),
     "Mirza Fakhrul Islam Alamgir"),
    # the victim is no actor
    ("বগুড়ায় দুর্বৃত্তদের হামলায় আহত হন বিএনপির তিন নেতা।", NOT_BY, ("ASSAULT",), "Bangladesh Nationalist Party"),
    ("হামলায় আহত হয়েছেন ছাত্রদলের এক কর্মী।", NOT_BY, ("ASSAULT",), "Jatiyatabadi Chhatra Dal"),
    ("রাতে বাড়ি ফেরার পথে ছুরিকাঘাতে নিহত হন আওয়ামী লীগের এক স্থানীয় নেতা।", NOT_BY, ("ASSAULT",), "Awami League"),
    ("ইসরায়েলি হামলায় নিহত হয়েছেন হামাসের এক শীর্ষ কমান্ডার।", NOT_BY, ("ASSAULT",), "Hamas"),
    ("পুলিশের লাঠিপেটায় আহত হন জাতীয় নাগরিক পার্টির পাঁচ কর্মী।", NOT_BY, ("ASSAULT",), "National Citizen Party"),
    ("বিএসএফের গুলিতে নিহত হয়েছেন এক বাংলাদেশি যুবক।", NOT_BY, ("ASSAULT",), "Bangladesh"),
    ("মিছিলে হামলার শিকার হয়েছেন জামায়াতের কর্মীরা।", NOT_BY, ("ASSAULT",), "Bangladesh Jamaat-e-Islami"),
    # negated and denied
    ("এ ঘটনায় এখনো কাউকে গ্রেপ্তার করা হয়নি বলে জানিয়েছে পুলিশ।", NOT_ASSERTED, ("COERCE",), None),
    ("বিএনপির কোনো নেতাকে আটক করেনি পুলিশ।", NOT_ASSERTED, ("COERCE",), None),
    ("দুই দেশের মধ্যে কোনো চুক্তি সই হয়নি।", NOT_ASSERTED, ("AGREE", "COOPERATE"), None),
    ("সরকার এখনো আওয়ামী লীগের কার্যক্রম নিষিদ্ধ করেনি।", NOT_ASSERTED, ("SANCTION", "COERCE"), None),
    ("ভারতের সঙ্গে কোনো বৈঠক হয়নি বলে জানিয়েছে পররাষ্ট্র মন্ত্রণালয়।", NOT_ASSERTED, ("CONSULT",), None),
    ("হামলার অভিযোগ অস্বীকার করেছে ছাত্রদল।", NOT_BY, ("ASSAULT",), "Jatiyatabadi Chhatra Dal"),
    # conditions
    ("দাবি মানা না হলে হরতাল করবে বিএনপি।", NOT_ASSERTED, ("PROTEST",), None),
    ("নির্বাচন সুষ্ঠু না হলে আন্দোলনে নামবে জামায়াত।", NOT_ASSERTED, ("PROTEST",), None),
    ("ইরান হামলা চালালে পাল্টা জবাব দেবে ইসরায়েল।", NOT_ASSERTED, ("ASSAULT",), None),
    ("আলোচনা ব্যর্থ হলে রাশিয়ার ওপর নতুন নিষেধাজ্ঞা দেবে যুক্তরাষ্ট্র।", NOT_ASSERTED, ("SANCTION",), None),
    ("সীমান্তে আবার গুলি চালালে কড়া প্রতিবাদ জানাবে বাংলাদেশ।", NOT_ASSERTED, ("ASSAULT", "ACCUSE"), None),
    ("যদি সরকার সংলাপে ডাকে, তবে বিএনপি অংশ নেবে।", NOT_ASSERTED, ("CONSULT",), None),
    ("বাংলাদেশের শুল্কহার বেশি থাকলে মার্কিন ক্রেতারা অর্ডার সরিয়ে নেবেন।", NO_TYPE, ("RETREAT",), None),
    # plans and demands
    ("হত্যাকারীদের দ্রুত গ্রেপ্তারের দাবি জানিয়েছে ছাত্রদল।", NOT_ASSERTED, ("COERCE",), None),
    ("আওয়ামী লীগকে নিষিদ্ধ করার দাবিতে সমাবেশ করেছে এনসিপি।", NOT_ASSERTED, ("SANCTION", "COERCE"), None),
    ("দোষীদের শাস্তির দাবিতে মানববন্ধন করেছেন শিক্ষার্থীরা।", NOT_ASSERTED, ("SANCTION",), None),
    ("ভারতের সঙ্গে বৈঠকের পরিকল্পনা করছে সরকার।", NOT_ASSERTED, ("CONSULT",), None),
    ("আগামী সপ্তাহে ঢাকা সফরে আসবেন পাকিস্তানের পররাষ্ট্রমন্ত্রী।", NOT_ASSERTED, ("CONSULT",), None),
    ("সাবেক মন্ত্রীকে গ্রেপ্তারের আহ্বান জানিয়েছে জামায়াতে ইসলামী।", NOT_ASSERTED, ("COERCE",), None),
    # questions
    ("সাবেক প্রধানমন্ত্রীকে কি গ্রেপ্তার করা হবে?", NOT_ASSERTED, ("COERCE",), None),
    ("যুক্তরাষ্ট্র কি বাংলাদেশের ওপর নিষেধাজ্ঞা দেবে?", NOT_ASSERTED, ("SANCTION",), None),
    # commentary
    ("বিশ্লেষকেরা মনে করেন, সরকার চাইলে আওয়ামী লীগকে নিষিদ্ধ করতে পারে।", NOT_ASSERTED, ("SANCTION", "COERCE"), None),
    ("বিএনপি ক্ষমতায় এলে আওয়ামী লীগের বিচার করবে বলে জানিয়েছেন মির্জা ফখরুল।", NOT_ASSERTED, ("SANCTION", "COERCE"), None),
    # sport
    ("মিরপুরে দ্বিতীয় ওয়ানডেতে ভারতকে পাঁচ উইকেটে হারিয়েছে বাংলাদেশ।", NO_TYPE, ("ASSAULT", "FIGHT", "COERCE"), None),
    ("ফাইনালে আর্জেন্টিনার রক্ষণে একের পর এক আক্রমণ চালায় ব্রাজিল।", NO_TYPE, ("ASSAULT", "FIGHT"), None),
    ("টি-টোয়েন্টি সিরিজে পাকিস্তানকে হোয়াইটওয়াশ করেছে বাংলাদেশ।", NO_TYPE, ("ASSAULT", "FIGHT", "COERCE"), None),
    ("সাফ চ্যাম্পিয়নশিপে নেপালের বিপক্ষে দুই গোল করেছে বাংলাদেশ।", NO_TYPE, ("ASSAULT", "FIGHT"), None),
    ("ম্যাচের শেষ মিনিটে প্রতিপক্ষের জালে বল পাঠিয়ে জয় ছিনিয়ে নেয় আবাহনী।", NO_TYPE, ("ASSAULT", "COERCE"), None),
    ("বিশ্বকাপ বাছাইয়ে ভুটানকে বিধ্বস্ত করেছে বাংলাদেশ।", NO_TYPE, ("ASSAULT", "FIGHT"), None),
    # obituaries
    ("বার্ধক্যজনিত রোগে মারা গেছেন সাবেক মন্ত্রী ও বিএনপির প্রবীণ নেতা।", NO_TYPE, ("ASSAULT", "RETREAT"), None),
    ("বীর মুক্তিযোদ্ধা আব্দুল করিম আর নেই; তাঁর জানাজায় অংশ নেন বহু মানুষ।", NO_TYPE, ("ASSAULT", "CONSULT"), None),
    ("হাসপাতালে চিকিৎসাধীন অবস্থায় মৃত্যুবরণ করেছেন প্রবীণ সাংবাদিক।", NO_TYPE, ("ASSAULT",), None),
    ("প্রখ্যাত শিল্পীর মৃত্যুতে শোক প্রকাশ করেছেন প্রধান উপদেষ্টা।", NO_TYPE, ("ASSAULT", "ACCUSE"), None),
    # going home, leaving a place
    ("চিকিৎসা শেষে লন্ডন থেকে দেশে ফিরেছেন বিএনপির ভারপ্রাপ্ত চেয়ারম্যান তারেক রহমান।", NO_TYPE, ("CONSULT", "RETREAT"), None),
    ("ঈদের ছুটি কাটিয়ে ঢাকায় ফিরছেন লাখো মানুষ।", NO_TYPE, ("CONSULT", "RETREAT"), None),
    ("সফর শেষে ওয়াশিংটন থেকে ঢাকায় ফিরেছেন পররাষ্ট্র উপদেষ্টা।", NO_TYPE, ("CONSULT", "RETREAT"), None),
    ("নির্বাচনী প্রচার শেষে নিজ বাড়িতে ফিরে যান জামায়াতের আমির।", NO_TYPE, ("CONSULT", "RETREAT"), None),
    ("আগুনের খবরে বাসিন্দারা ঘর ছেড়ে রাস্তায় নেমে আসেন।", NO_TYPE, ("RETREAT", "PROTEST"), None),
    ("ঋণের দায়ে দেশ ছেড়ে পালিয়েছেন কারখানার মালিক।", NO_TYPE, ("RETREAT",), None),
    ("ভোরে ট্রেনটি কমলাপুর স্টেশন ছেড়ে যায়।", NO_TYPE, ("RETREAT",), None),
    # a removal is no retreat
    ("পরে পুলিশ এসে অবরোধকারীদের সড়কের এক পাশে সরিয়ে দেয়।", NO_TYPE, ("RETREAT",), None),
    ("সিটি করপোরেশন সড়ক থেকে আবর্জনা সরিয়ে নিয়েছে।", NO_TYPE, ("RETREAT",), None),
    ("বিজিবি সদস্যরা লাশটি সীমান্ত থেকে সরিয়ে নেন।", NO_TYPE, ("RETREAT",), None),
    ("দুই পক্ষকে সরিয়ে দিয়ে পরিস্থিতি নিয়ন্ত্রণে আনে সেনাবাহিনী।", NO_TYPE, ("RETREAT",), None),
    # an application for a visa, a grant or a hand-over is no appeal
    ("আগামী মাসে আবারও ভিসার আবেদন করবেন বলে জানালেন রহিমা বেগম।", NO_TYPE, ("REQUEST",), None),
    ("ময়নাতদন্ত ছাড়াই লাশ হস্তান্তরের আবেদন করেছে নিহতের পরিবার।", NO_TYPE, ("REQUEST",), None),
    ("নিয়ম অনুযায়ী আরও দুই লাখ টাকা অনুদানের আবেদন করতে পারবে পরিবারটি।", NO_TYPE, ("REQUEST",), None),
    ("পাসপোর্টের জন্য অনলাইনে আবেদন করেছেন কয়েক হাজার মানুষ।", NO_TYPE, ("REQUEST",), None),
    # a rumour denied is no rejection
    ("সংঘর্ষের গুজব ছড়ালেও শিল্প পুলিশ তা নাকচ করেছে।", NO_TYPE, ("REJECT",), None),
    ("দলত্যাগের খবর ছড়িয়ে পড়লেও বিএনপি তা নাকচ করে দিয়েছে।", NO_TYPE, ("REJECT",), None),
    # accidents
    ("মহাসড়কে বাস ও ট্রাকের মুখোমুখি সংঘর্ষে ১২ জন নিহত হয়েছেন।", NO_TYPE, ("ASSAULT", "FIGHT"), None),
    ("কারখানায় বয়লার বিস্ফোরণে পাঁচ শ্রমিক আহত হয়েছেন।", NO_TYPE, ("ASSAULT",), None),
    ("বজ্রপাতে তিন কৃষকের মৃত্যু হয়েছে।", NO_TYPE, ("ASSAULT",), None),
    ("লঞ্চডুবির ঘটনায় এখনো নিখোঁজ ২০ যাত্রী।", NO_TYPE, ("ASSAULT",), None),
    ("ট্রেনের ধাক্কায় এক বৃদ্ধ নিহত হয়েছেন।", NO_TYPE, ("ASSAULT",), None),
    # metaphors
    ("এই আইন গণমাধ্যমের স্বাধীনতার ওপর সরাসরি আঘাত বলে মন্তব্য করেছে টিআইবি।", NO_TYPE, ("ASSAULT",), None),
    ("নির্বাচন কমিশনের সিদ্ধান্ত গণতন্ত্রের ওপর হামলা, বলেছে বিএনপি।", NO_TYPE, ("ASSAULT",), None),
    ("মূল্যস্ফীতির আঘাতে দিশেহারা নিম্ন আয়ের মানুষ।", NO_TYPE, ("ASSAULT",), None),
    ("বাজারে সবজির দামে আগুন, ক্রেতারা হতাশ।", NO_TYPE, ("ASSAULT",), None),
    ("শেয়ারবাজারে বড় ধস নেমেছে।", NO_TYPE, ("ASSAULT", "COERCE"), None),
    ("দলের ভেতরে নেতৃত্বের লড়াই তীব্র হয়েছে।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    # a passive keeps its agent
    ("পুলিশ কর্তৃক গ্রেপ্তার হয়েছেন ছাত্রদলের সভাপতি।", NOT_BY, ("COERCE",), "Jatiyatabadi Chhatra Dal"),
    ("র‍্যাব কর্তৃক আটক হন জামায়াতের দুই কর্মী।", NOT_BY, ("COERCE",), "Bangladesh Jamaat-e-Islami"),
    ("দুর্বৃত্তদের দ্বারা আক্রান্ত হয়েছেন বিএনপির এক নেতা।", NOT_BY, ("ASSAULT",), "Bangladesh Nationalist Party"),
    ("বিজিবি কর্তৃক আটক হয়েছেন তিন ভারতীয় নাগরিক।", NOT_BY, ("COERCE",), "IND"),
    ("ইসরায়েলি বাহিনী কর্তৃক গ্রেপ্তার হয়েছেন ২০ ফিলিস্তিনি।", NOT_BY, ("COERCE",), "PSE"),
    ("সেনাবাহিনীর দ্বারা ঘেরাও হয় আওয়ামী লীগের কার্যালয়।", NOT_BY, ("COERCE", "PROTEST"), "Awami League"),
    # a second clause keeps its own subject
    ("বিএনপি নয়াপল্টনে সমাবেশ করে, আর পুলিশ শাহবাগ থেকে ২০ জনকে গ্রেপ্তার করে।", NOT_BY, ("COERCE",),
     "Bangladesh Nationalist Party"),
    ("ছাত্রদল মিছিল বের করলে ছাত্রলীগ তাতে হামলা চালায়।", NOT_BY, ("ASSAULT",), "Jatiyatabadi Chhatra Dal"),
    ("ভারত বিবৃতি দিয়েছে, অন্যদিকে পাকিস্তান সীমান্তে সেনা মোতায়েন করেছে।", NOT_BY, ("MOBILIZE",), "IND"),
    ("বিএনপি মানববন্ধন করেছে এবং পুলিশ তাদের ওপর লাঠিচার্জ করেছে।", NOT_BY, ("ASSAULT", "COERCE"),
     "Bangladesh Nationalist Party"),
    ("জামায়াত হরতাল ডাকলেও পুলিশ রাজধানীতে টহল জোরদার করে।", NOT_BY, ("MOBILIZE",), "Bangladesh Jamaat-e-Islami"),
    # a second batch, written after the first fixes: commentary, plans, conditions, questions, rumours
    ("বিএনপির স্থায়ী কমিটির সদস্য আমীর খসরু মাহমুদ চৌধুরী বলেছেন, সরকার বিরোধী দলের ওপর দমন-পীড়ন চালালে জনগণ তা মেনে নেবে না।",
     NOT_ASSERTED, ("ASSAULT", "COERCE"), None),
    ("নির্বাচনের আগে কোনো দল সহিংসতা করলে কঠোর ব্যবস্থা নেওয়া হবে বলে জানিয়েছেন স্বরাষ্ট্র উপদেষ্টা।", NOT_ASSERTED,
     ("SANCTION", "COERCE", "ASSAULT"), None),
    ("ভারত যদি পানি আটকে রাখে, তাহলে বাংলাদেশ আন্তর্জাতিক আদালতে যাবে কি না, তা নিয়ে আলোচনা চলছে।", NOT_ASSERTED,
     ("ACCUSE", "COERCE"), None),
    ("রাশিয়া ইউক্রেনে হামলা বন্ধ না করলে নতুন নিষেধাজ্ঞার কথা ভাবছে ইউরোপীয় ইউনিয়ন।", NOT_ASSERTED, ("SANCTION",), None),
    ("হামলাকারীদের গ্রেপ্তার না করা পর্যন্ত আন্দোলন চলবে বলে ঘোষণা দিয়েছেন শিক্ষার্থীরা।", NOT_ASSERTED, ("COERCE",), None),
    ("আওয়ামী লীগের নিষিদ্ধ হওয়ার পর দলটির কোনো কর্মসূচি দেখা যায়নি।", NO_TYPE, ("PROTEST",), None),
    ("২০১৮ সালের নির্বাচনে ব্যাপক কারচুপির অভিযোগ উঠেছিল।", NO_TYPE, ("ACCUSE",), None),
    ("প্রধান উপদেষ্টা বলেন, আমরা কারও সঙ্গে সংঘাত চাই না, আমরা শান্তি চাই।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    ("ঢাকা বিশ্ববিদ্যালয়ের শিক্ষক সমিতির নির্বাচনে জয় পেয়েছে বিএনপিপন্থী শিক্ষকদের প্যানেল।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    ("বিশ্বকাপ ক্রিকেটে ভারতের বিপক্ষে লড়াই করে হেরেছে বাংলাদেশ।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    ("প্রথম আলোর কার্যালয়ে হামলার ঘটনায় মামলা হলেও এখনো কেউ গ্রেপ্তার হয়নি।", NOT_ASSERTED, ("COERCE",), None),
    ("সরকারকে হুঁশিয়ার করে দিয়ে জামায়াতের আমির বলেন, অধিকার আদায়ে আমরা রাজপথে থাকব।", NOT_ASSERTED, ("PROTEST",), None),
    ("ইসরায়েলের সঙ্গে সম্পর্ক স্বাভাবিক করবে না সৌদি আরব, জানিয়েছে দেশটির পররাষ্ট্র মন্ত্রণালয়।", NOT_ASSERTED,
     ("AGREE", "COOPERATE"), None),
    ("চীন সফর নিয়ে নানা জল্পনা থাকলেও প্রধান উপদেষ্টার এমন কোনো সফর এখনো চূড়ান্ত হয়নি।", NOT_ASSERTED, ("CONSULT",), None),
    ("সাবেক মন্ত্রী আনিসুল হক কারাগারে অসুস্থ হয়ে পড়েছেন।", NO_TYPE, ("ASSAULT", "COERCE"), None),
    ("আহত শিক্ষার্থীদের দেখতে হাসপাতালে যান প্রধান উপদেষ্টা।", NO_TYPE, ("ASSAULT",), None),
    ("গাজায় ইসরায়েলি হামলা নিয়ে প্রশ্ন করা হলে মার্কিন মুখপাত্র কোনো মন্তব্য করেননি।", NOT_BY, ("ASSAULT",), "USA"),
    ("ভারতের পররাষ্ট্রমন্ত্রী জয়শঙ্কর বলেছেন, বাংলাদেশে সংখ্যালঘুদের ওপর হামলা উদ্বেগজনক।", NOT_BY, ("ASSAULT",), "IND"),
    ("আলোচনার জন্য সরকারের দরজা খোলা আছে বলে জানিয়েছেন আইন উপদেষ্টা।", NOT_ASSERTED, ("CONSULT",), None),
    ("টানা বৃষ্টিতে চট্টগ্রাম নগরের বিভিন্ন এলাকায় জলাবদ্ধতা দেখা দিয়েছে।", NO_TYPE, ("ASSAULT", "PROTEST"), None),
    ("তারেক রহমান দেশে ফিরলে তাঁকে গ্রেপ্তার করা হবে কি না, তা নিয়ে আলোচনা চলছে।", NOT_ASSERTED, ("COERCE",), None),
    ("রোহিঙ্গাদের প্রত্যাবাসন নিয়ে মিয়ানমারের সঙ্গে আলোচনা হতে পারে বলে ধারণা করা হচ্ছে।", NOT_ASSERTED, ("CONSULT",), None),
    ("নিহত ব্যক্তির লাশ ময়নাতদন্তের জন্য মর্গে পাঠানো হয়েছে।", NO_TYPE, ("COERCE",), None),
    ("তিনি বলেন, \"কেউ যদি আমাদের ওপর হামলা করে, আমরা চুপ করে বসে থাকব না।\"", NOT_ASSERTED, ("ASSAULT",), None),
    ("বাংলাদেশের সঙ্গে বাণিজ্য বাড়াতে আগ্রহী পাকিস্তান।", NOT_ASSERTED, ("AGREE", "COOPERATE"), None),
    ("প্রতিবেশী দেশের সঙ্গে সুসম্পর্ক বজায় রাখতে চায় অন্তর্বর্তী সরকার।", NOT_ASSERTED, ("COOPERATE",), None),
    ("আদালত প্রাঙ্গণে সাংবাদিকদের ওপর হামলা হলে তার দায় কে নেবে, প্রশ্ন তোলেন তিনি।", NOT_ASSERTED, ("ASSAULT",), None),
    ("ধানের শীষের প্রার্থীর নির্বাচনী প্রচারে গিয়ে জনতার ভালোবাসায় সিক্ত হন তিনি।", NO_TYPE, ("ASSAULT",), None),
    ("জামায়াতের সঙ্গে জোট করার গুঞ্জন উড়িয়ে দিয়েছে জাতীয় নাগরিক পার্টি।", NO_TYPE, ("AGREE", "COOPERATE"), None),
    ("সেনাপ্রধানকে সরিয়ে দেওয়ার গুজব ছড়িয়েছে কয়েকটি ফেসবুক পেজ।", NO_TYPE, ("SANCTION", "RETREAT"), None),
    ("ভারতের সঙ্গে গোপন চুক্তির জল্পনা নিয়ে মুখ খুলেছেন পররাষ্ট্র উপদেষ্টা।", NO_TYPE, ("AGREE",), None),
    ("বিএনপির সঙ্গে জামায়াতের আসন সমঝোতার গুঞ্জন রয়েছে রাজনৈতিক অঙ্গনে।", NO_TYPE, ("AGREE", "COOPERATE"), None),
    ("তারেক রহমানকে গ্রেপ্তারের গুজব সম্পূর্ণ মিথ্যা বলে জানিয়েছে বিএনপি।", NOT_ASSERTED, ("COERCE",), None),
    ("পাকিস্তানের সঙ্গে চুক্তির গুঞ্জনকে ভিত্তিহীন বলেছে ঢাকা।", NO_TYPE, ("AGREE",), None),
    ("মন্ত্রিসভা থেকে দুই উপদেষ্টাকে বাদ দেওয়ার গুঞ্জন শোনা যাচ্ছে।", NO_TYPE, ("SANCTION",), None),
    # a third batch: fiction, remembrance, elections, cases named by a charge; and a plural in "-দের"
    # before an event noun and its light verb is the verb's object, not the act's agent (both failed
    # before roles.object_of_the_light_verb: the victims attacked, the terrorists arrested)
    ("সুযোগ বুঝে বাড়িতে ঢুকে পরিবারের সদস্যদের জিম্মি করে স্বর্ণালংকার লুট করে ডাকাতেরা।", NOT_BY, ("ASSAULT", "COERCE"),
     "residents"),
    ("চলচ্চিত্রে এক পুলিশ কর্মকর্তার চরিত্রে অভিনয় করেছেন তিনি, যিনি সন্ত্রাসীদের গ্রেপ্তার করেন।", NOT_BY, ("COERCE",),
     "rebels"),
    ("হত্যা মামলার আসামি সাবেক সংসদ সদস্যকে আদালতে হাজির করা হয়েছে।", NO_TYPE, ("ASSAULT",), None),
    ("নাশকতার মামলায় জামিন পেয়েছেন বিএনপির দুই নেতা।", NO_TYPE, ("ASSAULT", "COERCE"), None),
    ("শহীদ আবু সাঈদের কবরে শ্রদ্ধা জানিয়েছেন জামায়াতের আমির।", NO_TYPE, ("ASSAULT", "SUPPORT"), None),
    ("মুক্তিযুদ্ধে শহীদদের স্মরণে জাতীয় স্মৃতিসৌধে ফুল দেন রাষ্ট্রপতি।", NO_TYPE, ("ASSAULT", "FIGHT"), None),
    ("নাটকটিতে দেখা যায়, গ্রামের মাতবর এক কৃষককে মারধর করেন।", NO_TYPE, ("ASSAULT",), None),
    ("ভেজাল খাদ্যের বিরুদ্ধে ভ্রাম্যমাণ আদালতের অভিযানে পাঁচ প্রতিষ্ঠানকে জরিমানা করা হয়েছে।", NO_TYPE, ("ASSAULT",), None),
    ("মশা নিধনে ক্রাশ প্রোগ্রাম শুরু করেছে ঢাকা উত্তর সিটি করপোরেশন।", NO_TYPE, ("ASSAULT", "COERCE"), None),
    ("দলীয় মনোনয়ন না পেয়ে স্বতন্ত্র প্রার্থী হিসেবে লড়বেন বিএনপির এক নেতা।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    ("নির্বাচনী লড়াইয়ে জামায়াতের প্রার্থীকে হারিয়ে বিজয়ী হয়েছেন বিএনপির প্রার্থী।", NO_TYPE, ("FIGHT", "ASSAULT"), None),
    ("ডাকসু নির্বাচনে ছাত্রদলের প্যানেলকে পরাজিত করেছে শিবির সমর্থিত প্যানেল।", NO_TYPE, ("FIGHT", "ASSAULT", "COERCE"), None),
    # "in the presence of" tells who was there, no force deployed (both failed before events.yaml's
    # non_events "… উপস্থিতিতে")
    ("প্রধানমন্ত্রী বা উপদেষ্টা পরিষদের সদস্যদের উপস্থিতিতে একটি দেশ যে গুরুত্ব পায়, অন্য পর্যায়ে তা পাওয়া যায় না।", NO_TYPE,
     ("MOBILIZE",), None),
    ("পুলিশের উপস্থিতিতেই সাংবাদিকদের ওপর হামলা চালায় একদল যুবক।", NO_TYPE, ("MOBILIZE",), None),
    # a victim noun that qualifies a name ("অপহরণের শিকার দুই শিশুকে", the children who were abducted)
    # leaves the main clause's subject out of the act (failed before roles.attributive_victim_noun:
    # RAB, who rescued them, was coded the victim)
    ("অপহরণের শিকার দুই শিশুকে উদ্ধার করেছে র‍্যাব।", NOT_TO, ("ASSAULT",), "Rapid Action Battalion"),
    ("হামলার শিকার সাংবাদিককে দেখতে হাসপাতালে যান তথ্য উপদেষ্টা।", NOT_BY, ("ASSAULT",), "BGD"),
]

# what still fails: strict xfails (the index into CASES, and why)
STILL_FAILING: dict[int, str] = {
    51: "people leaving their homes for the street after a fire (রাস্তায় নেমে) read as a protest",
}

# what the rules must keep: (sentence, the type told)
KEPT = [
    ("আওয়ামী লীগ নেতারা হামলার শিকার হয়েছেন।", "ASSAULT"),
    ("টিএসসি থেকে কবর পর্যন্ত দুই স্তরের ব্যারিকেড ও পুলিশের উপস্থিতি লক্ষ্য করা যায়।", "MOBILIZE"),
    ("যুক্তরাষ্ট্রের আরোপ করা শুল্কের প্রতিবাদ জানিয়েছে বাংলাদেশ।", "ACCUSE"),
    ("রাতে আটক দুই শিক্ষার্থীকে ছেড়ে দিয়েছে পুলিশ।", "RETREAT"),
    ("জাতিসংঘের কাছে রোহিঙ্গাদের জন্য সহায়তা বাড়ানোর আবেদন জানিয়েছে বাংলাদেশ।", "REQUEST"),
    ("সরকারের সংলাপের আমন্ত্রণ প্রত্যাখ্যান করেছে বিএনপি।", "REJECT"),
    ("পুলিশ কর্তৃক গ্রেপ্তার হয়েছেন ছাত্রদলের সভাপতি।", "COERCE"),
]


def _offending(text: str, check: str, types: tuple[str, ...], actor: str | None) -> list:
    events = [e for e in record_of(text, "bn").events if e.type in types]
    if check == NOT_ASSERTED:
        return [e for e in events if e.modality == "asserted"]
    if check == NOT_BY:
        return [e for e in events if any(actor in (a.name, a.country) for a in e.actors)]
    if check == NOT_TO:
        return [e for e in events if any(actor in (a.name, a.country) for a in e.recipients)]
    return events


def _params():
    for i, (text, check, types, actor) in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=STILL_FAILING[i])] if i in STILL_FAILING else []
        yield pytest.param(text, check, types, actor, id=str(i), marks=marks)


@pytest.mark.parametrize("text,check,types,actor", list(_params()))
def test_no_false_event(text, check, types, actor):
    assert [(e.type, e.modality, [a.name for a in e.actors]) for e in _offending(text, check, types, actor)] == []


@pytest.mark.parametrize("text,etype", KEPT, ids=range(len(KEPT)))
def test_the_act_itself_stays(text, etype):
    assert etype in [e.type for e in record_of(text, "bn").events]


def test_the_set_is_large_enough():
    assert len(CASES) >= 60
