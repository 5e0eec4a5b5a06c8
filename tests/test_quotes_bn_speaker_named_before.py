"""Bengali speakers named in the sentence before, not as its subject: a body the NER tagged only
uninflected, named with a case ending as a notice's issuer (rule repeated_names); the person an
outlet talked with ("X-এর সঙ্গে কথা বলেছে <outlet>", the pack's `interlocutor_talk`); the person heard
("X-এর মুখে"), pointed back at by a demonstrative title (rule described_subject). The sentences are
written for these tests, not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import quote_speakers


def test_notice_of_a_body_named_with_its_case_ending():
    body = ("চট্টগ্রাম বন্দরে গম নিয়ে আরও একটি জাহাজ পৌঁছেছে। গত রোববার খাদ্য মন্ত্রণালয়ের এক সংবাদ "
            "বিজ্ঞপ্তিতে এ তথ্য জানানো হয়। এতে বলা হয়, চলতি মাসে আরও দুটি জাহাজ বন্দরে আসবে। "
            "খাদ্য মন্ত্রণালয় বলছে, দেশে খাদ্যের মজুত পর্যাপ্ত আছে।")
    assert quote_speakers(body, "আরও দুটি জাহাজ") == ["Ministry of Food (Bangladesh)"]


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
