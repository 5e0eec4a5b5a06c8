"""Held-out cases on a body of the article's own country written by a link-only phrase whose words
are joined by a hyphen, as numbered tribunals are ("ট্রাইব্যুনাল-১", "ট্রাইব্যুনাল-২এ"): in an
article about Bangladesh the phrase is that body, as the same phrase written with spaces is
(context.home_body_phrases), where the article has named the tribunal in full ("আন্তর্জাতিক
অপরাধ ট্রাইব্যুনাল"): women's and children's tribunals and speedy trial tribunals are numbered the
same way, so a bare numbered tribunal in other news is none of the ICTs (the `not_` cases). A bare
court or bureau after a town's or another country's name is that place's, not Bangladesh's national
one. Written before the change they test and not tuned on; each case
returns True when the linker does the right thing; the sentences are written for these tests,
not taken from any outlet."""
from __future__ import annotations

from actor_fixtures import case_registry, linked_names

CASES, case = case_registry()


ICT1, ICT2 = "International Crimes Tribunal-1", "International Crimes Tribunal-2"
ICT = "আন্তর্জাতিক অপরাধ ট্রাইব্যুনালে জুলাই অভ্যুত্থানের মামলাগুলোর বিচার চলছে। "


def _linked_names(text: str) -> set[str]:
    """Every actor the sentence links, with its "ঢাকার" tagged GPE by hand (the only NER span)."""
    return linked_names(text, "bn", ("GPE", "ঢাকার"), published="2025-06-10")


def _found(text: str, name: str) -> bool:
    return name in _linked_names(text)


def _none_of(text: str, *names: str) -> bool:
    """The sentence links none of `names`, and still links Dhaka (the linker ran)."""
    linked = _linked_names(text)
    return "Dhaka" in linked and not linked & set(names)


@case
def bn_first_tribunal_orders_arrest():
    t = ICT + "ঢাকার যাত্রাবাড়ীতে গুলির ঘটনায় সাবেক ওসির বিরুদ্ধে পরোয়ানা জারি করেছেন ট্রাইব্যুনাল-১।"
    return _found(t, ICT1)


@case
def bn_first_tribunal_genitive():
    t = ICT + "ঢাকার পুরোনো হাইকোর্ট ভবনে ট্রাইব্যুনাল-১ এর বিচারিক প্যানেল অভিযোগ আমলে নেন।"
    return _found(t, ICT1)


@case
def bn_first_tribunal_locative():
    t = ICT + "ঢাকার রামপুরায় হত্যার মামলার শুনানি আজ ট্রাইব্যুনাল-১ এ হবে বলে জানান প্রসিকিউটর।"
    return _found(t, ICT1)


@case
def bn_second_tribunal():
    t = ICT + "ঢাকার আশুলিয়ায় লাশ পোড়ানোর মামলায় ট্রাইব্যুনাল-২ আনুষ্ঠানিক অভিযোগ গ্রহণ করেছেন।"
    return _found(t, ICT2)


@case
def bn_second_tribunal_with_date():
    t = ICT + "ঢাকার এই মামলার পরবর্তী শুনানির দিন ২০ জুলাই ঠিক করেছেন ট্রাইব্যুনাল-২।"
    return _found(t, ICT2)


@case
def bn_both_tribunals():
    t = ICT + "ঢাকার দুই মামলার একটি ট্রাইব্যুনাল-১ এ, অন্যটি ট্রাইব্যুনাল-২ এ চলছে।"
    return _found(t, ICT1) and _found(t, ICT2)


@case
def not_bn_womens_tribunal():
    t = "ঢাকার কেরানীগঞ্জে শিশু ধর্ষণের মামলাটি নারী ও শিশু নির্যাতন দমন ট্রাইব্যুনাল-১ এ বিচারাধীন।"
    return _none_of(t, ICT1, ICT2)


@case
def not_bn_speedy_tribunal():
    t = "ঢাকার সাভারে ছিনতাইয়ের মামলায় দ্রুত বিচার ট্রাইব্যুনাল-২ আসামিদের সাত বছরের সাজা দিয়েছেন।"
    return _none_of(t, ICT1, ICT2)


@case
def not_bn_town_magistrate_court():
    t = "ঢাকার বাইরে এক ব্যবসায়ীকে গতকাল রাজশাহীর মুখ্য মহানগর হাকিম আদালতে হাজির করে পুলিশ।"
    return _none_of(t, "Chief Metropolitan Magistrate Court, Dhaka")


@case
def not_bn_town_cmm_court():
    t = "ঢাকার এক ব্যবসায়ীর বিরুদ্ধে করা মামলায় আজ সিলেটের সিএমএম আদালতে জামিন শুনানি হয়।"
    return _none_of(t, "Chief Metropolitan Magistrate Court, Dhaka")


@case
def not_bn_foreign_statistics_bureau():
    t = "ঢাকার রপ্তানিকারকেরা বলছেন, চীনের জাতীয় পরিসংখ্যান ব্যুরো জানিয়েছে, সেখানে চাহিদা কমেছে।"
    return _none_of(t, "Bangladesh Bureau of Statistics")


@case
def not_bn_foreign_labour_department():
    t = "ঢাকার পোশাক মালিকেরা যুক্তরাষ্ট্রের শ্রম অধিদপ্তর প্রকাশিত প্রতিবেদনের দিকে তাকিয়ে আছেন।"
    return _none_of(t, "Department of Labour")


@case
def bn_bare_cmm_court_is_dhakas():
    t = "ঢাকার গুলশান থেকে গ্রেপ্তার দুজনকে আজ সিএমএম আদালতে হাজির করা হয়।"
    return _found(t, "Chief Metropolitan Magistrate Court, Dhaka")


@case
def bn_bare_statistics_bureau_at_home():
    t = "ঢাকার বাজারে চালের দাম বেড়েছে; পরিসংখ্যান ব্যুরোর হিসাবে অক্টোবরে মূল্যস্ফীতি ছিল ৮ শতাংশ।"
    return _found(t, "Bangladesh Bureau of Statistics")
