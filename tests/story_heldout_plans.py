"""Held-out pairs for the lead's days (khobor.organise.profile.after_the_day), written for this
test in our own words (no sentence comes from ../shared/corpus; names, places and dates made up).

Each case: two articles as records (title, text, publication day, the lead's normalised days and
linked actors, as extraction gives them) and whether the two may share a story by their lead
days (False: their leads name two days of two happenings, `lead_days_differ`). A lead's later day
is a plan (tomorrow's funeral, next week's vote), not the day of what it reports.
"""
from __future__ import annotations


def article(title: str, body: str, published: str, language: str, days: list[tuple[str, str]],
            actors: list[tuple[str, str, str]] = ()) -> dict:
    """A record dict: `days` are (words of the text, normalised value), `actors` (words, actor id, type)."""
    text = f"{title}\n{body}"

    def at(words: str) -> int:
        found = text.find(words)
        assert found >= 0, words
        return found
    return {"title": title, "text": text, "published": published, "language": language,
            "times": [{"start": at(w), "end": at(w) + len(w), "value": v} for w, v in days],
            "entities": [{"start": at(w), "end": at(w) + len(w), "type": t, "actor": {"id": i}} for w, i, t in actors]}


DEATH_EN = article(
    "Veteran union leader Harun Molla dies at 81",
    "Harun Molla, who led the jute workers' federation for three decades, died at a Khulna clinic on "
    "Tuesday (4 March) after a long illness, his family said.",
    "2031-03-04", "en", [("Tuesday (4 March)", "XXXX-03-04")], [("Harun Molla", "test-harun-molla", "PER")])

BURIAL_EN = article(
    "Harun Molla to be buried in his home village",
    "The body of labour leader Harun Molla will be buried at his village in Dighalia after a funeral "
    "prayer on Wednesday (5 March), the federation said.",
    "2031-03-04", "en", [("Wednesday (5 March)", "XXXX-03-05")], [("Harun Molla", "test-harun-molla", "PER")])

DEATH_BN = article(
    "শ্রমিক নেতা হারুন মোল্লা আর নেই",
    "পাটকল শ্রমিক ফেডারেশনের সাবেক সভাপতি হারুন মোল্লা মঙ্গলবার (৪ মার্চ) খুলনার একটি ক্লিনিকে মারা গেছেন।",
    "2031-03-04", "bn", [("মঙ্গলবার (৪ মার্চ)", "XXXX-03-04")], [("হারুন মোল্লা", "test-harun-molla", "PER")])

FUNERAL_BN = article(
    "দিঘলিয়ায় বাবার কবরের পাশে দাফন হবে হারুন মোল্লার",
    "আগামীকাল বুধবার (৫ মার্চ) জোহরের পর জানাজা শেষে হারুন মোল্লাকে গ্রামের বাড়িতে দাফন করা হবে।",
    "2031-03-04", "bn", [("আগামীকাল বুধবার (৫ মার্চ)", "XXXX-03-05")], [("হারুন মোল্লা", "test-harun-molla", "PER")])

HOLIDAY_CALLED_EN = article(
    "Government declares public holiday after poet's death",
    "The cabinet division on Wednesday (31 December) declared Thursday (1 January) a general holiday "
    "to mourn the poet Selina Akhand.",
    "2031-12-31", "en", [("Wednesday (31 December)", "XXXX-12-31")],
    [("Selina Akhand", "test-selina-akhand", "PER")])

HOLIDAY_BN = article(
    "কবি সেলিনা আখন্দের মৃত্যুতে বৃহস্পতিবার সাধারণ ছুটি",
    "কবি সেলিনা আখন্দের মৃত্যুতে বৃহস্পতিবার (১ জানুয়ারি) সাধারণ ছুটি ঘোষণা করেছে সরকার।",
    "2031-12-31", "bn", [("বৃহস্পতিবার (১ জানুয়ারি)", "XXXX-01-01")], [("সেলিনা আখন্দের", "test-selina-akhand", "PER")])

HARTAL_CALL_EN = article(
    "Traders call dawn-to-dusk strike in Rajshahi",
    "The Rajshahi traders' association will observe a dawn-to-dusk strike on Thursday (14 May) in "
    "protest at the new market levy, its president Kamal Sheikh said.",
    "2031-05-12", "en", [("Thursday (14 May)", "XXXX-05-14")], [("Kamal Sheikh", "test-kamal-sheikh", "PER")])

HARTAL_NEWS_BN = article(
    "রাজশাহীতে ব্যবসায়ীদের হরতালের ডাক",
    "নতুন বাজার শুল্কের প্রতিবাদে মঙ্গলবার (১২ মে) হরতালের ঘোষণা দিয়েছেন রাজশাহী ব্যবসায়ী সমিতির সভাপতি কামাল শেখ।",
    "2031-05-12", "bn", [("মঙ্গলবার (১২ মে)", "XXXX-05-12")], [("কামাল শেখ", "test-kamal-sheikh", "PER")])

VOTE_PREVIEW_EN = article(
    "Who is running in the Padma University student union vote",
    "Nominations closed on 3 March and eleven panels are in the race for the Padma University central "
    "students' union, whose vote is on Tuesday (11 March).",
    "2031-03-10", "en", [("3 March", "XXXX-03-03"), ("Tuesday (11 March)", "XXXX-03-11")],
    [("Padma University", "test-padma-university", "ORG")])

VOTE_POSTPONED_EN = article(
    "Padma University student union vote postponed",
    "The Padma University student union vote set for today, Tuesday (11 March), has been postponed after "
    "clashes on the campus, the election commissioner said.",
    "2031-03-11", "en", [("Tuesday (11 March)", "XXXX-03-11")], [("Padma University", "test-padma-university", "ORG")])

VOTE_PREVIEW_BN = article(
    "পদ্মা বিশ্ববিদ্যালয় ছাত্র সংসদ নির্বাচনে লড়ছেন যারা",
    "৩ মার্চ মনোনয়ন জমা শেষে এগারোটি প্যানেল মাঠে; মঙ্গলবার (১১ মার্চ) পদ্মা বিশ্ববিদ্যালয়ে ভোট।",
    "2031-03-10", "bn", [("৩ মার্চ", "XXXX-03-03"), ("মঙ্গলবার (১১ মার্চ)", "XXXX-03-11")],
    [("পদ্মা বিশ্ববিদ্যালয়ে", "test-padma-university", "ORG")])

BLOCKADE_DAY1_EN = article(
    "Students block Jatrabari crossing over fare hike",
    "Hundreds of students blocked the Jatrabari crossing on Friday (6 June) demanding a half fare on city buses.",
    "2031-06-06", "en", [("Friday (6 June)", "XXXX-06-06")], [("Jatrabari", "test-jatrabari", "LOC")])

BLOCKADE_DAY4_BN = article(
    "টানা চতুর্থ দিনে যাত্রাবাড়ী অবরোধ শিক্ষার্থীদের",
    "অর্ধেক ভাড়ার দাবিতে সোমবার (৯ জুন) আবারও যাত্রাবাড়ী মোড় অবরোধ করেছেন শিক্ষার্থীরা।",
    "2031-06-09", "bn", [("সোমবার (৯ জুন)", "XXXX-06-09")], [("যাত্রাবাড়ী", "test-jatrabari", "LOC")])

# (a, b, may share a story by their lead days); the first seven are what the change is for, the
# last stays as it was (two days of one blockade, both past, still part)
CASES = [
    ("death and next day's burial, en", DEATH_EN, BURIAL_EN, True),
    ("death and next day's funeral, bn", DEATH_BN, FUNERAL_BN, True),
    ("death en and funeral bn, across languages", DEATH_EN, FUNERAL_BN, True),
    ("holiday declared, a lead naming the new year's day", HOLIDAY_CALLED_EN, HOLIDAY_BN, True),
    ("strike called for a later day vs the call's day", HARTAL_CALL_EN, HARTAL_NEWS_BN, True),
    ("vote preview vs the vote's postponement, en", VOTE_PREVIEW_EN, VOTE_POSTPONED_EN, False),
    ("vote preview bn vs the postponement en", VOTE_PREVIEW_BN, VOTE_POSTPONED_EN, False),
    ("a blockade's first day and its fourth", BLOCKADE_DAY1_EN, BLOCKADE_DAY4_BN, False),
]
