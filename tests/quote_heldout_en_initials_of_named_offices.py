"""Held-out English articles for an office named in full beside its holder and later by its
initials alone, with no brackets to give them ("Md Karim, officer-in-charge of Sadar Police
Station ... the OC said"): the holder speaks (rule initialism_of_office), as with "Chief Election
Commissioner X ... The CEC said". The apposition may close its sentence with the body its office is
of (rule office_of_body_set_off). Written before the change (the shape of tests/quote_heldout_en.py);
the cases marked "failed before" failed at db85fa1; the rest (CEC, VC, DG, which
the registry or a bracket already gave, and the guard) pass before and after.
"""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("oc_after_officer_in_charge_closing_the_sentence", "Two held over bank robbery",
         "Two men were arrested over the robbery of a bank branch in Jashore on Friday, said Md Rafiqul Islam, "
         "officer-in-charge of Kotwali Police Station.\n\n\"Both men were caught near the bus terminal "
         "with part of the cash,\" the OC told reporters.",
         [("Both men were caught near the bus terminal", "Md Rafiqul Islam")]),
    Case("oc_reports_later", "Trawler capsizes in the Meghna",
         "Six fishermen are missing after a trawler capsized in the Meghna, said Abul Kalam Azad, "
         "officer-in-charge of Char Fasson Police Station.\n\nDivers will resume the search at dawn, the "
         "OC added.",
         [("Divers will resume the search at dawn", "Abul Kalam Azad")]),
    Case("cec_after_chief_election_commissioner", "Polling hours unchanged",
         "Chief Election Commissioner Nurul Huda Sarkar met party delegations at the commission on "
         "Monday.\n\nThe CEC said that polling would run from 8am to 4pm as before.",
         [("polling would run from 8am to 4pm", "Nurul Huda Sarkar")]),
    Case("dc_after_deputy_commissioner", "Relief reaches char villages",
         "Deputy Commissioner Shamima Nasrin visited three char villages in Kurigram on Tuesday.\n\n"
         "\"Every family will get rice and dry food by Friday,\" the DC told reporters.",
         [("Every family will get rice and dry food by Friday", "Shamima Nasrin")]),
    Case("vc_after_hyphenated_vice_chancellor", "Halls to reopen after Eid",
         "Vice-Chancellor Mahbub Alam Talukder chaired the syndicate meeting on Wednesday.\n\n"
         "The VC said the residential halls would reopen a week after Eid.",
         [("the residential halls would reopen", "Mahbub Alam Talukder")]),
    Case("dg_after_director_general", "Fire drills ordered in markets",
         "Fire Service Director General Tanvir Ahmed Chowdhury inspected two markets in Old Dhaka on "
         "Thursday.\n\nThe DG said drills would be held in every large market before winter.",
         [("drills would be held in every large market", "Tanvir Ahmed Chowdhury")]),
    Case("oc_after_title_before_the_name", "Bus staff held after crash",
         "Officer-in-Charge Kamal Hossain of Sadar Police Station visited the crash site near Bhanga "
         "on Saturday.\n\n\"The driver and his helper were detained within an hour,\" the OC said.",
         [("The driver and his helper were detained within an hour", "Kamal Hossain")]),
    Case("oc_after_apposition_set_off_by_commas", "Market guard found dead",
         "A night guard was found dead at a wholesale market in Khulna on Sunday morning. Mizanur "
         "Rahman, officer-in-charge of Sonadanga Police Station, said the body had injury marks.\n\n"
         "An autopsy will be done at the medical college, the OC said.",
         [("An autopsy will be done at the medical college", "Mizanur Rahman")]),
    Case("dc_reports_after_deputy_commissioner", "Schools to stay shut in Sunamganj",
         "Deputy Commissioner Rashida Akter inspected the embankments around Sunamganj town on "
         "Monday.\n\nThe DC said that schools in the flooded unions would stay shut until Thursday.",
         [("schools in the flooded unions would stay shut", "Rashida Akter")]),
    # guards, passing before and after: initials that spell no office named in the article
    Case("dc_is_not_a_deputy_director", "Vaccination camp in Sylhet",
         "Deputy Director Kamrul Hasan opened a vaccination camp in Sylhet on Sunday.\n\n"
         "\"More than 2,000 children were vaccinated on the first day,\" the DC said.",
         [("More than 2,000 children were vaccinated", None)], never_speakers=["Kamrul Hasan"]),
]
