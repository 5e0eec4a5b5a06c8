"""Held-out English articles on speakers named by a description, written for this project (no
outlet's text): a lede's "a UN expert said" whose expert the article names later ("X, the
Special Rapporteur on ...") and refers back to ("the expert"); a lede's description that the
article never names, and a vox-pop "a resident" beside a named resident, which stay nobody; a
country's office named bare ("the Indian foreign secretary", "the Bangladeshi foreign
adviser"), which is the holder of that office, never another office of the same country;
written statements and posts ("wrote on X", "said in a statement", "according to a statement").

Same shape as tests/quote_heldout_en.py (the Case there); `nobody` lists fragments whose quote
must have no actor as its speaker."""
from __future__ import annotations

from quote_heldout_en import Case

CASES = [
    Case("lede_expert_named_later", "UN expert condemns attacks on reporters",
         "Attacks on reporters covering the port strike must be investigated without delay and "
         "those responsible punished, a UN expert said on Monday.\n\n"
         "\"Nobody who beats a journalist should feel safe from the law,\" said Helga Moreno, the "
         "Special Rapporteur on the freedom of expression.\n\n"
         "\"The authorities have promised much and done little,\" Moreno said.\n\n"
         "The expert urged the government to protect reporters ahead of the local elections.",
         [("Attacks on reporters covering the port strike", "Helga Moreno"),
          ("Nobody who beats a journalist", "Helga Moreno"),
          ("promised much and done little", "Helga Moreno"),
          ("protect reporters ahead of the local elections", "Helga Moreno")]),
    Case("lede_envoy_named_later", "Envoy warns of hunger in camps",
         "Food rations in the Cox's Bazar camps will run out by August unless donors pay, a UN "
         "envoy warned on Wednesday.\n\n"
         "\"Families are already eating one meal a day,\" said Tomas Berglund, the UN envoy for "
         "refugee affairs, after visiting the camps.\n\n"
         "The envoy said he would take the matter to the donors' meeting in Geneva.",
         [("Food rations in the Cox's Bazar camps will run out", "Tomas Berglund"),
          ("eating one meal a day", "Tomas Berglund"),
          ("take the matter to the donors' meeting", "Tomas Berglund")]),
    Case("lede_official_never_named", "Fuel imports to rise",
         "Bangladesh will import two more cargoes of diesel this month, a senior energy official "
         "said on Sunday.\n\n"
         "\"Stocks are enough for three weeks,\" said Anisur Rahman, a fuel dealer in Khulna, who "
         "said prices had not moved.",
         [("import two more cargoes of diesel", None),
          ("Stocks are enough for three weeks", "Anisur Rahman")],
         nobody=["import two more cargoes of diesel"]),
    Case("vox_pop_resident_beside_named_resident", "Water rises in haor villages",
         "\"The water came up to our knees within an hour,\" a resident of Tahirpur said.\n\n"
         "\"We have moved the cattle to the school,\" said Rashida Begum, a resident of the next "
         "village.\n\n"
         "The upazila office said boats had been sent to both villages.",
         [("came up to our knees", None), ("moved the cattle to the school", "Rashida Begum")],
         nobody=["came up to our knees"]),
    Case("country_office_named_bare", "Dhaka and Delhi hold border talks",
         "Officials of Bangladesh and India met in Dhaka on Monday for the first round of "
         "foreign office consultations in a year.\n\n"
         "The Indian foreign secretary said both sides wanted the border to stay calm during the "
         "harvest.\n\n"
         "The Bangladeshi delegation raised the killing of two farmers near the Jashore border, "
         "the foreign ministry said.",
         [("wanted the border to stay calm", "Misri")],
         never_speakers=["Jaishankar"]),
    Case("country_minister_named_bare", "Delhi comments on water talks",
         "India and Bangladesh will resume talks on sharing the Teesta's water next month.\n\n"
         "The Indian foreign minister said the talks would be held in Delhi.",
         [("talks would be held in Delhi", "Jaishankar")]),
    Case("british_foreign_secretary_is_the_minister", "London urges calm in Myanmar",
         "Britain on Friday urged Myanmar's military to let aid reach the flooded west of the "
         "country.\n\n"
         "The British foreign secretary said the United Kingdom would give another five million "
         "pounds for food and shelter.",
         [("another five million pounds", "Lammy")]),
    Case("written_on_x_and_in_a_letter", "Mayor rejects fare rise",
         "Dhaka South mayor Rafiq Chowdhury has rejected the bus owners' demand for higher fares.\n\n"
         "\"Commuters cannot carry another burden this year,\" Chowdhury wrote on X on Saturday.\n\n"
         "In a letter to the road transport ministry, the owners' association wrote that diesel "
         "costs had risen by a fifth since January.",
         [("Commuters cannot carry another burden", "Rafiq Chowdhury"),
          ("diesel costs had risen by a fifth", "association")]),
    Case("according_to_a_statement_by_a_named_body", "Exams postponed in three districts",
         "Secondary school exams in Sylhet, Sunamganj and Moulvibazar have been postponed by a "
         "week because of the floods, according to a statement issued by the education ministry "
         "on Tuesday.\n\n"
         "The new dates will be announced on the board's website, the statement said.",
         [("exams in Sylhet, Sunamganj and Moulvibazar have been postponed", "Ministry of Education")]),
    Case("according_to_a_statement_from_a_body", "Ferry services suspended",
         "Ferry services on the Paturia-Daulatdia route were suspended for six hours on Friday "
         "because of dense fog, according to a statement from the river transport authority.\n\n"
         "Hundreds of trucks queued on both banks of the Padma.",
         [("Ferry services on the Paturia-Daulatdia route were suspended", "river transport authority")]),
]
