"""Bengali speakers named otherwise than the cue needs: a body the NER tagged only
uninflected, named with a case ending as a notice's issuer (rule repeated_names); the person an
outlet talked with ("X-এর সঙ্গে কথা বলেছে <outlet>", the pack's `interlocutor_talk`); the person heard
("X-এর মুখে"), pointed back at by a demonstrative title (rule described_subject); a title whose
qualifier differs by a genitive ending from the apposition's (rule modifier_case_differs); a part of
a name titled with an office whose registry holder has that name (rule holder_of_own_office). The
sentences are written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers
from khobor.quotes.speakers import repeated_names
from khobor.record import Actor, Entity, Record


def test_name_tagged_once_is_echoed_with_its_case_ending():
    text = "খাদ্য মন্ত্রণালয়ের এক সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়। খাদ্য মন্ত্রণালয় বলছে, মজুত আছে।"
    at = text.rindex("খাদ্য মন্ত্রণালয়")
    tagged = Entity(text="খাদ্য মন্ত্রণালয়", start=at, end=at + len("খাদ্য মন্ত্রণালয়"), type="ORG",
                    actor=Actor(id="x", name="Ministry of Food"))
    rec = Record(id="t", text=text, language="bn", entities=[tagged])
    echoed = repeated_names(rec, ("য়ের", "ের", "র"))
    assert [(e.start, e.text, e.actor.name) for e in echoed] == [(0, "খাদ্য মন্ত্রণালয়ের", "Ministry of Food")]
    assert repeated_names(rec) == []  # (no endings: the inflected name is another word)


def test_secretary_named_with_the_genitive_of_the_body_then_without():
    body = ("নির্বাচন ভবনে বৈঠক হয়েছে। ইসির সচিব আখতার আহমেদ বৈঠকে উপস্থিত ছিলেন। পরে ইসি সচিব জানান, "
            "প্রতিটি কেন্দ্রে আনসার সদস্য মোতায়েন থাকবেন।")
    (speaker,) = quote_speakers(body, "আনসার সদস্য মোতায়েন")
    assert speaker is not None and speaker.endswith("Ahmed")


def test_person_an_outlet_talked_with_answers():
    body = ("সীমান্তে গুলির ঘটনায় উত্তেজনা বেড়েছে। ব্যাটালিয়নের অধিনায়ক লে. কর্নেল রফিকুল আলমের সঙ্গে "
            "কথা বলেছে প্রথম আলো। তিনি জানান, ঘটনার পরপরই তাঁরা কড়া প্রতিবাদ জানিয়েছেন।")
    (speaker,) = quote_speakers(body, "কড়া প্রতিবাদ")
    assert speaker is not None and speaker.endswith("Alam")


def test_title_pointed_back_at_the_person_heard():
    body = ("জোট নিয়ে আলোচনা চলছে। তবে গতকালই ভিন্ন সুর শোনা গেছে মাহবুব করিমের মুখে। দলের এই আহ্বায়ক "
            "এক সভায় বলেন, তাঁরা কারও সঙ্গে সমঝোতার জন্য বসে নেই।")
    (speaker,) = quote_speakers(body, "সমঝোতার জন্য বসে নেই")
    assert speaker is not None and speaker.endswith("Karim")


def test_part_of_a_name_titled_with_an_office_the_registry_knows():
    body = ("রিজার্ভ বেড়েছে। সোমবার অর্থ উপদেষ্টা সালেহউদ্দিন জানিয়েছেন, মাসের শেষ দিকে আইএমএফের দল "
            "ঢাকায় আসবে।")
    assert quote_speakers(body, "আইএমএফের দল") == ["Salehuddin Ahmed"]
