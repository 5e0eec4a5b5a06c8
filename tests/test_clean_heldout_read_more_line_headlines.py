"""Held-out (sentences written here): a "read more" marker on a line of its own ("আরও পড়ুন",
"আরো পড়তে পারেন:", "Also read") announces related-story links: the marker and the headline lines
right after it (no sentence end, a headline's length) go (clean.yaml boilerplate.related_markers);
the body paragraph that follows, ending in a sentence, stays, and so does a marker-less line."""
import pytest

from clean_fixtures import cleaned

BODY_BN = "নদীর পানি বিপৎসীমার ওপর দিয়ে বইছে বলে জানিয়েছে পানি উন্নয়ন বোর্ড।"
NEXT_BN = "জেলা প্রশাসক বলেন, দুর্গত এলাকায় শুকনো খাবার পাঠানো হচ্ছে।"
BODY_EN = "The river rose above the danger mark on Tuesday, the water board said."
NEXT_EN = "The district administrator said dry food was being sent to the flooded villages."

CASES = [
    ("bn", "আরও পড়ুন", ["সিলেটে টানা বৃষ্টিতে নিম্নাঞ্চল প্লাবিত"]),
    ("bn", "আরো পড়ুন", ["চট্টগ্রামে পাহাড়ধসের শঙ্কা, সরানো হচ্ছে বাসিন্দাদের"]),
    ("bn", "আরও পড়তে পারেন:", ["বন্যার্তদের পাশে স্বেচ্ছাসেবীরা", "কৃষকের ক্ষতি পোষাতে প্রণোদনা চায় সমিতি"]),
    ("bn", "প্রথম আলোয় আরো পড়তে পারেন:", ["যমুনার ভাঙনে বিলীন তিন গ্রাম"]),
    ("bn", "আরও পড়ুন:", ["সুনামগঞ্জে সড়ক ডুবে যোগাযোগ বিচ্ছিন্ন"]),
    ("en", "Also read", ["Flood waters cut off road links in Sunamganj"]),
    ("en", "Read more:", ["Volunteers reach stranded families", "Farmers seek support after crop losses"]),
]


@pytest.mark.parametrize("code,marker,heads", CASES)
def test_marker_line_and_its_headlines_go(code, marker, heads):
    body, nxt = (BODY_BN, NEXT_BN) if code == "bn" else (BODY_EN, NEXT_EN)
    text = "\n".join([body, marker, *heads, nxt])
    rec = cleaned(text, code, "বন্যা" if code == "bn" else "Floods")
    for head in heads:
        assert head not in rec.text
    assert marker.rstrip(":") not in rec.text
    assert body in rec.text and nxt in rec.text


def test_a_sentence_after_the_marker_stays():
    text = "\n".join([BODY_BN, "আরও পড়ুন", NEXT_BN, "শেষ অনুচ্ছেদটি এখানে শেষ হলো।"])
    rec = cleaned(text, "bn", "বন্যা")
    assert NEXT_BN in rec.text


def test_a_headline_like_line_without_a_marker_stays():
    text = "\n".join([BODY_EN, "Flood waters cut off road links in Sunamganj", NEXT_EN])
    rec = cleaned(text, "en", "Floods")
    assert "Flood waters cut off road links in Sunamganj" in rec.text
