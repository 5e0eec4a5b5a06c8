"""Held-out pairs for the copy test (our own text, written before the rule they test): copies
re-edited sentence by sentence (clauses moved, verbs and nouns swapped, the sentences kept in their
order), and separately written reports of one announcement that tell the same facts in about as
many sentences of about the same length (not copies: each outlet wrote its own text).

REWORDED_COPIES / SEPARATE_REPORTS: [(name, text_a, text_b, language)]
"""

REWORDED_COPIES = [
    ('r1-en',
     'The Bangladesh Road Transport Authority will stop issuing paper driving licences from March 1, its chairman '
     'said at a press conference on Monday. Drivers who hold a paper licence can replace it with a smart card at any '
     'of the 57 circle offices free of charge until the end of June. About 1.2 million paper licences are still in '
     'use, according to the authority. After June, a replacement will cost Tk 500. The chairman said the new cards '
     'carry a chip that traffic police can read with a handheld device.',
     'From March 1 the Bangladesh Road Transport Authority will no longer issue paper driving licences, its chairman '
     'told a press conference on Monday. Until the end of June, drivers holding a paper licence may exchange it for a '
     'smart card free of cost at any of its 57 circle offices. According to the authority, some 1.2 million paper '
     'licences are still in use. A replacement will cost Tk 500 after June. The new cards carry a chip which traffic '
     'police can read with a handheld device, the chairman said.',
     'en'),
    ('r2-bn',
     'আগামী ১ মার্চ থেকে কাগজের ড্রাইভিং লাইসেন্স দেওয়া বন্ধ করবে বাংলাদেশ সড়ক পরিবহন কর্তৃপক্ষ। সোমবার এক সংবাদ সম্মেলনে '
     'সংস্থার চেয়ারম্যান এ কথা জানান। জুনের শেষ পর্যন্ত ৫৭টি সার্কেল অফিসের যেকোনোটিতে বিনা খরচে কাগজের লাইসেন্স বদলে '
     'স্মার্ট কার্ড নেওয়া যাবে। কর্তৃপক্ষের হিসাবে এখনো প্রায় ১২ লাখ কাগজের লাইসেন্স চালু আছে। জুনের পর লাইসেন্স বদলাতে '
     '৫০০ টাকা লাগবে।',
     'কাগজের ড্রাইভিং লাইসেন্স দেওয়া আগামী ১ মার্চ থেকে বন্ধ করছে বাংলাদেশ সড়ক পরিবহন কর্তৃপক্ষ। সংস্থার চেয়ারম্যান '
     'সোমবার এক সংবাদ সম্মেলনে এ তথ্য জানিয়েছেন। ৫৭টি সার্কেল অফিসের যেকোনোটিতে জুনের শেষ পর্যন্ত বিনা খরচে কাগজের '
     'লাইসেন্স বদলে স্মার্ট কার্ড নেওয়া যাবে। কর্তৃপক্ষের হিসাব অনুযায়ী প্রায় ১২ লাখ কাগজের লাইসেন্স এখনো চালু রয়েছে। '
     'জুনের পরে লাইসেন্স বদলাতে লাগবে ৫০০ টাকা।',
     'bn'),
]

SEPARATE_REPORTS = [
    ('s1-en',
     'The Bangladesh Road Transport Authority will stop issuing paper driving licences from March 1, its chairman '
     'said at a press conference on Monday. Drivers who hold a paper licence can replace it with a smart card at any '
     'of the 57 circle offices free of charge until the end of June. About 1.2 million paper licences are still in '
     'use, according to the authority. After June, a replacement will cost Tk 500. The chairman said the new cards '
     'carry a chip that traffic police can read with a handheld device.',
     'Paper driving licences will be phased out next month as the transport regulator moves all drivers onto smart '
     'cards. Holders of the old licences have until June to switch without paying, BRTA chief said in Dhaka on '
     'Monday. Transport workers\' leaders said many truck drivers in the districts had not heard of the deadline. '
     'The regulator has struggled with a backlog of smart cards since 2019, when a supplier failed to deliver blank '
     'cards. Officials said the backlog had now been cleared.',
     'en'),
    ('s2-en',
     'Police arrested three men in Narayanganj on Sunday night over the robbery of a jewellery shop in Siddhirganj, '
     'the district superintendent said on Monday. Gold ornaments worth Tk 18 lakh were recovered from their homes. '
     'The robbers had entered the shop by cutting the shutter lock early on Friday. CCTV footage from a nearby '
     'market helped identify them, he said. A case has been filed under the penal code.',
     'Three suspects have been held over last week\'s jewellery shop robbery in Siddhirganj, and ornaments worth '
     'about Tk 18 lakh have been recovered, police said. The shop owner told reporters that the robbers took gold '
     'from two display cases and the safe. Traders in the market said they would hire night guards of their own. '
     'Police said a fourth man involved in the robbery was still at large. The arrested were produced before a '
     'court on Monday.',
     'en'),
    ('s3-bn',
     'আগামী ১ মার্চ থেকে কাগজের ড্রাইভিং লাইসেন্স দেওয়া বন্ধ করবে বাংলাদেশ সড়ক পরিবহন কর্তৃপক্ষ। সোমবার এক সংবাদ সম্মেলনে '
     'সংস্থার চেয়ারম্যান এ কথা জানান। জুনের শেষ পর্যন্ত ৫৭টি সার্কেল অফিসের যেকোনোটিতে বিনা খরচে কাগজের লাইসেন্স বদলে '
     'স্মার্ট কার্ড নেওয়া যাবে। কর্তৃপক্ষের হিসাবে এখনো প্রায় ১২ লাখ কাগজের লাইসেন্স চালু আছে। জুনের পর লাইসেন্স বদলাতে '
     '৫০০ টাকা লাগবে।',
     'স্মার্ট কার্ড চালুর পর কাগজের লাইসেন্সের দিন শেষ হতে যাচ্ছে। বিআরটিএ চেয়ারম্যান জানিয়েছেন, মার্চ থেকে নতুন করে আর কাগজের '
     'লাইসেন্স ছাপা হবে না। জেলা শহরের অনেক চালক এখনো এ সিদ্ধান্তের কথা জানেন না বলে পরিবহন শ্রমিক নেতারা অভিযোগ করেছেন। '
     'কার্ড সরবরাহে জটিলতার কারণে কয়েক বছর ধরে লাইসেন্সপ্রত্যাশীদের ভোগান্তি পোহাতে হয়েছে। এখন সেই জট কেটে গেছে বলে '
     'দাবি কর্মকর্তাদের।',
     'bn'),
    ('s4-bn',
     'নারায়ণগঞ্জের সিদ্ধিরগঞ্জে একটি জুয়েলারি দোকানে ডাকাতির ঘটনায় তিনজনকে গ্রেপ্তার করেছে পুলিশ। তাঁদের বাড়ি থেকে ১৮ লাখ '
     'টাকার স্বর্ণালংকার উদ্ধার করা হয়েছে। শুক্রবার ভোরে দোকানের শাটারের তালা কেটে ডাকাতেরা ভেতরে ঢোকে। পাশের একটি মার্কেটের '
     'সিসিটিভি ফুটেজ দেখে তাঁদের শনাক্ত করা হয় বলে জানিয়েছেন পুলিশ সুপার। এ ঘটনায় মামলা হয়েছে।',
     'সিদ্ধিরগঞ্জের জুয়েলারি দোকানে ডাকাতির তিন দিনের মাথায় তিন সন্দেহভাজন ধরা পড়েছেন। দোকানমালিক সাংবাদিকদের বলেন, দুটি '
     'শোকেস ও সিন্দুক থেকে সোনা নিয়ে গিয়েছিল ডাকাতেরা। বাজারের ব্যবসায়ীরা নিজেরাই রাতে পাহারাদার রাখার সিদ্ধান্ত নিয়েছেন। '
     'ডাকাতিতে জড়িত আরেকজন এখনো পলাতক বলে পুলিশ জানিয়েছে। গ্রেপ্তার তিনজনকে সোমবার আদালতে হাজির করা হয়।',
     'bn'),
    ('s5-en',
     'Police arrested three men in Narayanganj on Sunday night over the robbery of a jewellery shop in Siddhirganj, '
     'the district superintendent said on Monday. Gold ornaments worth Tk 18 lakh were recovered from their homes. '
     'The robbers had entered the shop by cutting the shutter lock early on Friday. CCTV footage from a nearby '
     'market helped identify them, he said. A case has been filed under the penal code.',
     'Three men were arrested in Narayanganj on Sunday night over the robbery of a Siddhirganj jewellery shop, the '
     'district police chief said on Monday. Ornaments worth Tk 18 lakh were recovered from their homes. The owner, '
     'who had reopened the shop on Saturday, said most of his stock was still missing. Shopkeepers in the area '
     'complained that police patrols stop at midnight. The superintendent promised more patrols until the fourth '
     'suspect is caught.',
     'en'),
]

# Two outlets' separately written reports that open with one agency sentence, and a third outlet's
# row cut to that sentence (a truncated lead): the lead is a copy of each, the two reports are not
# copies of each other, so they are two reports (not one through the lead).
SHARED_WIRE_LEAD = {
    'en': ('The Election Commission on Tuesday extended the deadline for submitting nomination papers for the '
           'upcoming city corporation polls by three days, to January 15, citing requests from several parties.'),
    'bn': ('সিটি করপোরেশন নির্বাচনে মনোনয়নপত্র জমা দেওয়ার সময় তিন দিন বাড়িয়ে ১৫ জানুয়ারি পর্যন্ত করেছে নির্বাচন কমিশন। '
           'কয়েকটি দলের অনুরোধে মঙ্গলবার এ সিদ্ধান্ত নেওয়া হয়।'),
}
SHARED_WIRE_FOLLOWS = {
    'en': (' Commission secretary told reporters that the returning officers would scrutinise the papers on January 17 '
           'and that the voting date was unchanged. He said 214 people had collected forms so far, most of them for '
           'councillor posts. The commission will also hold a meeting with the police chiefs of the four cities next week.',
           ' Opposition leaders welcomed the extension but said three days were not enough for candidates who had been '
           'asked to clear utility bills first. A ruling party spokesman said the party had already picked its mayoral '
           'candidates and would announce them on Friday. In Khulna, two aspirants protested outside the district '
           'election office on Tuesday afternoon.'),
    'bn': (' কমিশন সচিব সাংবাদিকদের জানান, ১৭ জানুয়ারি মনোনয়নপত্র বাছাই হবে এবং ভোটের তারিখে কোনো পরিবর্তন আসছে না। এ পর্যন্ত '
           '২১৪ জন মনোনয়নপত্র সংগ্রহ করেছেন, যাঁদের বেশির ভাগ কাউন্সিলর পদের প্রার্থী। আগামী সপ্তাহে চার সিটির পুলিশ কমিশনারদের সঙ্গে '
           'বৈঠক করবে কমিশন।',
           ' বিরোধী দলের নেতারা সময় বাড়ানোকে স্বাগত জানালেও বলেছেন, বিল পরিশোধের শর্ত পূরণে তিন দিন যথেষ্ট নয়। ক্ষমতাসীন দলের এক '
           'মুখপাত্র জানান, মেয়র পদে দলের প্রার্থী চূড়ান্ত হয়েছে, শুক্রবার তা ঘোষণা করা হবে। খুলনায় মঙ্গলবার বিকেলে জেলা নির্বাচন '
           'অফিসের সামনে দুই মনোনয়নপ্রত্যাশী বিক্ষোভ করেন।'),
}
