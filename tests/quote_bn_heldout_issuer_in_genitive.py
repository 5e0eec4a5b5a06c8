"""Held-out Bengali cases of a document that speaks with its issuer, a known body, opening the
speaker region in the genitive ("X-এর ওয়েবসাইটে দেওয়া বিবৃতিতে বলা হয়েছে"): the document's words
are that body's (rule issuer_in_genitive). Short articles written for this project (no newspaper
text), written before the rule; (fragment, English name of the speaker's actor).
"""
from __future__ import annotations

CASES = [
    ("statement_given_on_the_board_website",
     "আগামী মাসে ঘরের মাঠে আফগানিস্তানের বিপক্ষে তিনটি ওয়ানডে খেলবে বাংলাদেশ। বিসিবির ওয়েবসাইটে দেওয়া "
     "বিবৃতিতে বলা হয়েছে, সিরিজের সব ম্যাচ হবে মিরপুরে।",
     [("সিরিজের সব ম্যাচ হবে মিরপুরে", "Bangladesh Cricket Board")]),
    ("notice_issued_by_a_ministry",
     "ঢাকায় ডেঙ্গুর প্রকোপ বেড়েছে। স্বাস্থ্য মন্ত্রণালয়ের জারি করা বিজ্ঞপ্তিতে বলা হয়েছে, "
     "সব সরকারি হাসপাতালে ডেঙ্গু কর্নার খোলা থাকবে।",
     [("সব সরকারি হাসপাতালে ডেঙ্গু কর্নার", "Ministry of Health and Family Welfare (Bangladesh)")]),
    ("report_published_by_a_un_agency",
     "বাংলাদেশে শিশুশ্রম কমেনি। ইউনিসেফের প্রকাশিত নতুন প্রতিবেদনে বলা হয়েছে, "
     "দেশে প্রায় ১৭ লাখ শিশু ঝুঁকিপূর্ণ কাজে যুক্ত।",
     [("প্রায় ১৭ লাখ শিশু ঝুঁকিপূর্ণ", "UNICEF")]),
    ("letter_sent_by_the_central_bank",
     "খেলাপি ঋণ আদায়ে কড়াকড়ি আরোপ করা হয়েছে। বাংলাদেশ ব্যাংকের পাঠানো চিঠিতে বলা হয়েছে, "
     "ব্যাংকগুলোকে প্রতি মাসে আদায়ের হিসাব জমা দিতে হবে।",
     [("প্রতি মাসে আদায়ের হিসাব", "Bangladesh Bank")]),
    ("post_on_the_party_page",
     "ঢাকায় সমাবেশের অনুমতি চেয়েছে একটি রাজনৈতিক দল। বিএনপির ফেসবুক পাতায় দেওয়া পোস্টে বলা হয়েছে, "
     "শনিবার নয়াপল্টনে সমাবেশ হবে।",
     [("শনিবার নয়াপল্টনে সমাবেশ হবে", "Bangladesh Nationalist Party")]),
    ("statement_of_the_commission_sent_to_the_press",
     "ঢাকায় উপনির্বাচনের তারিখ ঘোষণা করা হয়েছে। নির্বাচন কমিশনের পাঠানো বিবৃতিতে বলা হয়েছে, "
     "মনোনয়নপত্র জমার শেষ দিন ১০ মার্চ।",
     [("মনোনয়নপত্র জমার শেষ দিন", "Bangladesh Election Commission")]),
]
