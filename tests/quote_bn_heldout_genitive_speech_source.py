"""Held-out Bengali cases of a person named in the genitive before a noun of their own words ("X-এর
মতে", in X's view; "X-এর ভাষ্য", X's account; "X-এর কণ্ঠে"/"X-এর মুখে", in X's voice): that person
is the one whose words are reported, so a singular pronoun after it ("তিনি বলেন") stands for X
(rule speech_source_genitive, through `interlocutor`). Short articles written for this project (no
newspaper text), written before the rule; (name, text, the person's name as written in the
nominative, a fragment of the pronoun's quote). Before the rule the six voice cases ("কণ্ঠে",
"মুখে") and the cut name failed; the four in "মতে"/"ভাষ্য" passed already (those nouns are
quote cues) and guard the rule's neighbours.
"""
from __future__ import annotations

CASES = [
    ('economist_in_his_view',
     'অর্থনীতিবিদ মোখলেছুর রহমানের মতে, রপ্তানি আয় কমলে রিজার্ভের ওপর চাপ বাড়বে। তিনি বলেন, "আমদানি নিয়ন্ত্রণ করে বেশি দিন চলা যায় না।"',
     'মোখলেছুর রহমান', 'আমদানি নিয়ন্ত্রণ করে'),
    ('oc_account',
     'সদর থানার ওসি মাহবুব আলমের ভাষ্য, রাতেই ঘটনাস্থলে পুলিশ পাঠানো হয়। তিনি বলেন, জড়িতদের ধরতে অভিযান চলছে।',
     'মাহবুব আলম', 'জড়িতদের ধরতে অভিযান'),
    ('minister_in_her_voice',
     'সংবাদ সম্মেলনে মন্ত্রী ফারহানা ইয়াসমিনের কণ্ঠে ছিল হতাশার সুর। তিনি বলেন, "বরাদ্দ সময়মতো ছাড় হয়নি।"',
     'ফারহানা ইয়াসমিন', 'বরাদ্দ সময়মতো ছাড়'),
    ('leader_from_his_mouth',
     'তবে ভিন্ন কথা শোনা গেল দলের মহাসচিব কামরুল হাসানের মুখে। তিনি বলেন, তাঁরা কোনো জোটে যাচ্ছেন না।',
     'কামরুল হাসান', 'কোনো জোটে যাচ্ছেন না'),
    ('analyst_in_his_view_said_after',
     'নিরাপত্তা বিশ্লেষক তৌহিদুল ইসলামের মতে, সীমান্তে নজরদারি আরও বাড়াতে হবে। "যৌথ টহল ছাড়া এ সমস্যার সমাধান হবে না," বলেন তিনি।',
     'তৌহিদুল ইসলাম', 'যৌথ টহল ছাড়া'),
    ('teacher_account_next_paragraph',
     'বিদ্যালয়ের প্রধান শিক্ষক নাসিমা আক্তারের ভাষ্যমতে, গত মাসে উপস্থিতি অর্ধেকে নেমেছিল।\n\nতিনি জানান, বন্যার পানি নামার পর শিক্ষার্থীরা আবার ক্লাসে ফিরছে।',
     'নাসিমা আক্তার', 'বন্যার পানি নামার পর'),
]

# more voices, each failing before the rule (the mentions above in "মতে"/"ভাষ্য" were cues already, kept as guards)
VOICE_CASES = [
    ('mayor_in_his_voice_at_meeting',
     'মতবিনিময় সভায় মেয়র শফিকুল আলম ভূঁইয়ার কণ্ঠে ছিল ক্ষোভ। তিনি বলেন, ঠিকাদারেরা সময়মতো কাজ শেষ করেননি।',
     'শফিকুল আলম ভূঁইয়া', 'ঠিকাদারেরা সময়মতো কাজ'),
    ('coach_from_his_mouth_after_match',
     'ম্যাচ শেষে অন্য কথা শোনা গেল কোচ মাহমুদুল হক লিটনের মুখে। তিনি জানান, দলের দুই খেলোয়াড় চোটে পড়েছেন।',
     'মাহমুদুল হক লিটন', 'দলের দুই খেলোয়াড় চোটে'),
    ('farmer_in_her_voice',
     'জমির পাশে দাঁড়িয়ে থাকা কৃষক আমেনা খাতুনের কণ্ঠে হতাশা। তিনি বলেন, "এবার ধানের দাম পাব না।"',
     'আমেনা খাতুন', 'এবার ধানের দাম'),
    ('secretary_from_his_mouth_next_paragraph',
     'তবে ভিন্ন সুর শোনা গেছে সংগঠনের সাধারণ সম্পাদক জাহিদুল ইসলাম রনির মুখে।\n\nতিনি বলেন, আন্দোলন চালিয়ে যাওয়ার সিদ্ধান্তই বহাল আছে।',
     'জাহিদুল ইসলাম রনি', 'আন্দোলন চালিয়ে যাওয়ার'),
]
CASES = CASES + VOICE_CASES

# the NER may cut the name before its genitive last word ("গভর্নর [আহসান] মনসুরের কণ্ঠে"): read through it
CUT_NAME_TEXT = ('গতকাল এক সংবাদ সম্মেলনে গভর্নর আহসান মনসুরের কণ্ঠে অবশ্য আশাবাদী সুর শোনা যায়। '
                 'তিনি বলেন, বিনিময় হার এখন স্থিতিশীল আছে।')
