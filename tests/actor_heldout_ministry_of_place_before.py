"""Held-out cases on a ministry named by what it does right after another country's place in the
genitive ("গাজার স্বাস্থ্য মন্ত্রণালয়", "মিয়ানমারের স্বরাষ্ট্র মন্ত্রণালয়"), where the NER's span leaves
the place out: the bare phrase is a link-only name of Bangladesh's ministry, so the mention was
Bangladesh's. It is the ministry of the place's country; a Bangladeshi place before it, or none,
leaves it Bangladesh's. Each case returns True when the ministry's mentions all link to a body of
the named country; the sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import body_record, case_registry

CASES, case = case_registry()


def ministry_linked(body: str, country: str) -> bool:
    """The body's mentions of a ministry (a word of "মন্ত্রণালয়") all link to a body of this country."""
    hits = [e for e in body_record(body).entities if "মন্ত্রণালয়" in e.text]
    return bool(hits) and all(e.actor is not None and e.actor.country == country for e in hits)


@case
def bn_gaza_health_ministry_count():
    body = ("গাজা উপত্যকায় রাতভর বিমান হামলায় অন্তত ১৮ জন নিহত হয়েছেন। "
            "গাজার স্বাস্থ্য মন্ত্রণালয়ের হিসাবে, আহত হয়েছেন আরও অর্ধশতাধিক মানুষ।")
    return ministry_linked(body, "PSE")


@case
def bn_gaza_health_ministry_says():
    body = ("খান ইউনিসের একটি আশ্রয়কেন্দ্রে গোলা পড়ে শিশুসহ ৯ জন মারা গেছেন। "
            "গাজার স্বাস্থ্য মন্ত্রণালয় জানিয়েছে, হাসপাতালগুলোতে জ্বালানি প্রায় ফুরিয়ে এসেছে।")
    return ministry_linked(body, "PSE")


@case
def bn_myanmar_home_ministry():
    body = ("রাখাইনে সংঘর্ষের পর সীমান্তে সতর্কতা বাড়ানো হয়েছে। "
            "মিয়ানমারের স্বরাষ্ট্র মন্ত্রণালয় এক বিবৃতিতে বলেছে, পরিস্থিতি নিয়ন্ত্রণে আছে।")
    return ministry_linked(body, "MMR")


@case
def bn_pakistan_education_ministry():
    body = ("তীব্র গরমে লাহোর ও করাচির স্কুলগুলো দুই সপ্তাহ বন্ধ থাকবে। "
            "পাকিস্তানের শিক্ষা মন্ত্রণালয়ের এক কর্মকর্তা বুধবার এ কথা জানান।")
    return ministry_linked(body, "PAK")


@case
def bn_nepal_home_ministry_genitive():
    body = ("কাঠমান্ডুতে বিক্ষোভকারীদের সঙ্গে পুলিশের সংঘর্ষ হয়েছে। "
            "নেপালের স্বরাষ্ট্র মন্ত্রণালয়ের মুখপাত্র বলেন, কারফিউ বাড়ানো হয়েছে।")
    return ministry_linked(body, "NPL")


@case
def bn_ukraine_defence_ministry():
    body = ("খারকিভে ড্রোন হামলায় একটি বিদ্যুৎকেন্দ্র ক্ষতিগ্রস্ত হয়েছে। "
            "ইউক্রেনের প্রতিরক্ষা মন্ত্রণালয় বলেছে, রাতে ৪০টির বেশি ড্রোন ভূপাতিত করা হয়।")
    return ministry_linked(body, "UKR")


@case
def bn_bare_ministry_stays_home():
    body = ("ডেঙ্গু পরিস্থিতি নিয়ে সোমবার সচিবালয়ে বৈঠক হয়েছে। "
            "স্বাস্থ্য মন্ত্রণালয় জানিয়েছে, সব সরকারি হাসপাতালে আলাদা ওয়ার্ড খোলা হবে।")
    return ministry_linked(body, "BGD")


@case
def bn_home_place_before_stays_home():
    body = ("বাংলাদেশের স্বরাষ্ট্র মন্ত্রণালয় মঙ্গলবার নতুন নির্দেশনা দিয়েছে বলে কর্মকর্তারা জানান।")
    return ministry_linked(body, "BGD")


@case
def bn_gaza_health_ministry_claim():
    body = ("গাজা উপত্যকায় ত্রাণ পৌঁছানো যাচ্ছে না। "
            "গাজার স্বাস্থ্য মন্ত্রণালয়ের দাবি, অপুষ্টিতে আরও চার শিশু মারা গেছে।")
    return ministry_linked(body, "PSE")


@case
def bn_gaza_health_ministry_spokesman():
    body = ("পশ্চিম তীরের জেনিনে অভিযানে তিনজন নিহত হয়েছেন। "
            "গাজার স্বাস্থ্য মন্ত্রণালয়ের মুখপাত্র বলেন, আহতদের অবস্থা আশঙ্কাজনক।")
    return ministry_linked(body, "PSE")


@case
def bn_afghanistan_education_ministry():
    body = ("কাবুলে মেয়েদের স্কুল খোলার দাবিতে বিক্ষোভ হয়েছে। "
            "আফগানিস্তানের শিক্ষা মন্ত্রণালয় এ বিষয়ে কোনো মন্তব্য করেনি।")
    return ministry_linked(body, "AFG")


@case
def bn_india_education_ministry_genitive():
    body = ("কলকাতায় ডেঙ্গু ছড়াচ্ছে। "
            "ভারতের শিক্ষা মন্ত্রণালয়ের এক কর্মকর্তা জানান, পরীক্ষা পেছানো হবে না।")
    return ministry_linked(body, "IND")


@case
def bn_indonesia_education_ministry():
    body = ("জাকার্তায় বন্যায় বহু স্কুল পানিতে ডুবে গেছে। "
            "ইন্দোনেশিয়ার শিক্ষা মন্ত্রণালয়ের এক কর্মকর্তা জানান, ক্লাস অনলাইনে হবে।")
    return ministry_linked(body, "IDN")


@case
def bn_maldives_health_ministry():
    body = ("মালেতে পানির সংকট দেখা দিয়েছে। "
            "মালদ্বীপের স্বাস্থ্য মন্ত্রণালয়ের হিসাবে ডায়রিয়ায় আক্রান্ত বেড়েছে।")
    return ministry_linked(body, "MDV")
