"""Held-out cases (round 44, issue 9): Bengali acts the real dev misses had no candidate for, or
whose candidate had no party. Security raised in the words Bangladeshi reports use ("বাড়ানো হয়েছে
নিরাপত্তা", the verb first; "নজরদারি জোরদার", "তল্লাশি চৌকি বসানো", forces present, the situation
brought under control) is MOBILIZE, and told in the passive with no force named it is the home
state's (passive_home_state_types); security of another kind (food, cyber) is none. Restrictions
given ("বিধিনিষেধ দিয়েছে") are a SANCTION like restrictions imposed; a recommended act is not done
("প্রত্যাহারের সুপারিশ"). Sentences written for this test."""
from __future__ import annotations

import pytest

from event_fixtures import events_after_home_lead, proposed_or_kept, record_of

SECURITY_RAISED = [
    "বিএনপির সমাবেশ ঘিরে রাজধানীতে বাড়ানো হয়েছে নিরাপত্তা।",
    "প্রধান উপদেষ্টার আগমনকে ঘিরে বিমানবন্দর এলাকায় নিরাপত্তা বাড়ানো হয়েছে।",
    "নির্বাচন কমিশন কার্যালয়ের আশপাশে নজরদারি জোরদার করা হয়েছে।",
    "সংসদ ভবন এলাকায় নিরাপত্তা ব্যবস্থা জোরদার করা হয়েছে।",
    "পুরো এলাকায় আইনশৃঙ্খলা বাহিনীর সদস্যদের উপস্থিতি রয়েছে।",
    "খবর পেয়ে পুলিশ ও সেনাবাহিনী পরিস্থিতি নিয়ন্ত্রণে আনার চেষ্টা করে।",
    "ঈদের আগে মহাসড়কে রাতের টহল বাড়ানো হয়েছে।",
    "সীমান্ত এলাকায় বিজিবি বাড়তি টহল দিচ্ছে।",
    "সীমান্তে নজরদারি আরও কড়া করা হয়েছে।",
]
# a patrol team that does something else is no patrol stepped up
PATROL_TEAM = "বিএসএফের টহল দল সীমান্তে এক কৃষককে আটক করে।"
OTHER_SECURITY = [
    "দেশের খাদ্য নিরাপত্তা জোরদার করা হয়েছে।",
    "ব্যাংকগুলোর সাইবার নিরাপত্তা বাড়ানো হয়েছে।",
]


@pytest.mark.parametrize("text", SECURITY_RAISED, ids=range(len(SECURITY_RAISED)))
def test_security_raised_is_mobilize_of_the_home_state(text):
    found = [e for e in events_after_home_lead("bn", text) if e.type == "MOBILIZE"]
    assert found and "BGD" in {a.country for a in found[0].actors}


@pytest.mark.parametrize("text", OTHER_SECURITY, ids=range(len(OTHER_SECURITY)))
def test_security_of_another_kind_mobilises_no_one(text):
    assert not proposed_or_kept(text, "bn", {"MOBILIZE"})


def test_restrictions_given_are_a_sanction():
    # "India has placed various restrictions on importing goods through land ports"
    rec = record_of("ভারত স্থলবন্দর দিয়ে বাংলাদেশি পণ্য আমদানিতে নানা বিধিনিষেধ দিয়েছে।", "bn")
    ev = [e for e in rec.events if e.type == "SANCTION"]
    assert ev and {a.country for a in ev[0].actors} == {"IND"}


def test_a_recommended_withdrawal_is_not_done():
    # "The committee recommended withdrawing the government's investment in tobacco companies"
    text = "তামাক কোম্পানিতে সরকারের বিনিয়োগ প্রত্যাহারের সুপারিশ করেছে সংসদীয় কমিটি।"
    assert not proposed_or_kept(text, "bn", {"CONCEDE", "RETREAT"})


def test_a_file_photo_caption_reports_nothing():
    # "Bangladesh stepped up security in front of the tribunal (file photo)": an old scene beside the news
    from test_events import code, make
    told = "বাংলাদেশ ট্রাইব্যুনালের সামনে নিরাপত্তা জোরদার করেছে।"
    caption = told[:-1] + " (ফাইল ছবি)।"
    assert not code(make(caption, "bn", [("বাংলাদেশ", "BGD", "GPE")])).events
    assert [e.type for e in code(make(told, "bn", [("বাংলাদেশ", "BGD", "GPE")])).events] == ["MOBILIZE"]


def test_talks_finished_are_a_meeting():
    # "Having finished talks with India's foreign minister, the adviser spoke to reporters"
    from test_events import code, make
    text = "ভারতের পররাষ্ট্রমন্ত্রীর সঙ্গে আলোচনা সেরে বাংলাদেশের উপদেষ্টা সাংবাদিকদের সঙ্গে কথা বলেন।"
    rec = code(make(text, "bn", [("ভারতের", "IND", "GPE"), ("বাংলাদেশের", "BGD", "GPE")]))
    meetings = [e for e in rec.events if e.type == "CONSULT" and e.trigger.text.startswith("আলোচনা")]
    assert meetings and {a.country for e in meetings for a in e.actors + e.recipients} == {"IND", "BGD"}


def test_a_patrol_team_acting_is_no_mobilisation():
    assert not proposed_or_kept(PATROL_TEAM, "bn", {"MOBILIZE"})


def test_patrols_proposed_in_a_condition_are_no_act():
    # "If joint patrols of the two forces were increased and every killing investigated, ..."
    text = "বিজিবি ও বিএসএফের যৌথ টহল বাড়ানো এবং প্রতিটি হত্যার তদন্ত নিশ্চিত করা গেলে মৃত্যু থামানো সম্ভব।"
    assert not proposed_or_kept(text, "bn", {"MOBILIZE"})
