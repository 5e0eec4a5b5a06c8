"""Held-out Bengali quote cases whose pronoun speaker ("তিনি বলেন, ...") the rules resolved to a person
the quote's own words name by name, in the third person ("তিনি বলেন, X-কে আবার দলে দেখতে চান তিনি"
resolved to X): the real speaker is somebody the resolution did not see (an unnamed colleague, a name
the NER missed), so the speaker is left unnamed (rule pronoun_speaker_named_in_own_words); with a trap
where the words name nobody and the speaker stays. Short articles written for this project (no
newspaper text), written before the rule; same format as quote_bn_heldout.CASES (fragment, speaker
surface, None for nobody named).
"""
from __future__ import annotations

CASES = [
    ('own_words_name_the_antecedent_player',
     'গত সপ্তাহে পুরোনো ক্লাবের মাঠ ঘুরে দেখেন রাকিব হাসান। গাভিরো তখন দেশের বাইরে ছিলেন। এক টেলিভিশন সাক্ষাৎকারে তিনি বলেন, রাকিব হাসানকে আবার দলে দেখতে চান তিনি।',
     [('রাকিব হাসানকে আবার দলে দেখতে চান', None)]),
    ('own_words_name_the_antecedent_minister',
     'সকালে হাসপাতাল পরিদর্শন করেন স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম। স্থানীয় এক চিকিৎসক বিষয়টি নিয়ে সাংবাদিকদের সঙ্গে কথা বলেন। তিনি বলেন, নূরজাহান বেগমের কাছে নতুন যন্ত্রপাতি চাওয়া হয়েছে।',
     [('নতুন যন্ত্রপাতি চাওয়া হয়েছে', None)]),
    ('own_words_name_the_antecedent_coach',
     'অনুশীলনে যোগ দেননি মিজানুর রহমান। দলের এক সতীর্থ পরে গণমাধ্যমকে বিষয়টি জানান। তিনি বলেন, মিজানুর রহমান চোটের কারণে দুই সপ্তাহ মাঠের বাইরে থাকবেন।',
     [('চোটের কারণে দুই সপ্তাহ', None)]),
    ('own_words_without_the_name_keep_the_speaker',
     'সকালে হাসপাতাল পরিদর্শন করেন স্বাস্থ্য উপদেষ্টা নূরজাহান বেগম। তিনি বলেন, শিগগিরই নতুন যন্ত্রপাতি কেনা হবে।',
     [('শিগগিরই নতুন যন্ত্রপাতি কেনা হবে', 'নূরজাহান বেগম')]),
    ('own_words_name_the_antecedent_in_accusative',
     'নির্বাচনী প্রচারণায় অংশ নেন বিএনপির প্রার্থী আবদুল হালিম। এলাকার এক প্রবীণ ভোটার পরে সাংবাদিকদের সঙ্গে কথা বলেন। তিনি জানান, আবদুল হালিমকে এবার ভোট দেবেন না।',
     [('আবদুল হালিমকে এবার ভোট দেবেন না', None)]),
    ('own_words_name_the_antecedent_after_a_post',
     'বুধবার ঢাকায় ফিরেছেন ক্রিকেটার তানভীর ইসলাম। তার এক বন্ধু ফেসবুকে একটি পোস্ট দেন। সেখানে তিনি লেখেন, তানভীর ইসলাম খুব ক্লান্ত, কয়েক দিন বিশ্রাম নেবেন।',
     [('খুব ক্লান্ত, কয়েক দিন বিশ্রাম', None)]),
    ('own_words_name_the_antecedent_direct',
     'জেলা প্রশাসক মাহবুবুর রহমান শুক্রবার বন্যাকবলিত এলাকা ঘুরে দেখেন। স্থানীয় এক স্কুলশিক্ষক ত্রাণ বিতরণের সময় উপস্থিত ছিলেন। তিনি বলেন, “মাহবুবুর রহমান আমাদের কথা দিয়েছেন, বাঁধ মেরামত হবে।”',
     [('আমাদের কথা দিয়েছেন, বাঁধ মেরামত হবে', None)]),
]
