"""Held-out English articles for quotes and speakers, written for this project (no outlet's text).

Each case is a short article run through the whole pipeline (cleaner, NER, linking, quotes): the
quotes it must find, each by a fragment of its text and the speaker it must have (a fragment of the
speaker's actor name, or of the speaker's own words when nobody is linked; None: any speaker or
none), fragments that must be no quote's speaker (headlines and captions left in the body),
fragments that no quote may hold (verbs of speech used for no speech), and fragments of quotes
whose speaker must stay unlinked (somebody the article never names).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Case:
    name: str
    title: str
    body: str
    quotes: list[tuple[str, str | None]]            # (fragment of the quote, fragment of the speaker)
    never_speakers: list[str] = field(default_factory=list)
    never_quotes: list[str] = field(default_factory=list)  # fragments no quote may hold (no speech)
    nobody: list[str] = field(default_factory=list)  # fragments of quotes whose speaker is no actor


CASES = [
    Case("pronoun_after_titled_name", "Port reopens after three-week strike",
         "CHITTAGONG - Shipping Minister Farida Haque on Monday announced that the port would reopen "
         "on Wednesday after a three-week strike by dock workers.\n\n"
         "She said the government had agreed to raise the daily wage of casual workers by 15 percent.\n\n"
         "\"We have listened to the workers and we have acted,\" she told reporters at the port.\n\n"
         "Union leader Kamal Uddin welcomed the deal but warned that it must be written down. "
         "He said the union would watch closely how the new wage was paid.",
         [("the port would reopen", "Farida Haque"), ("raise the daily wage", "Farida Haque"),
          ("We have listened to the workers", "Farida Haque"),
          ("the union would watch closely", "Kamal Uddin")]),
    Case("speaker_after_the_quote", "Floods cut off northern villages",
         "Rising rivers have cut off more than forty villages in the north, officials said on Tuesday.\n\n"
         "\"The water came in the night and we could only save the children,\" said Rahima Begum, "
         "a farmer in Kurigram.\n\n"
         "\"Relief boats will reach every village by Thursday,\" district administrator Anwar Hossain "
         "said, adding that dry food had already been sent.\n\n"
         "\"We need clean water more than anything else,\" Begum said.",
         [("we could only save the children", "Rahima Begum"),
          ("Relief boats will reach every village", "Anwar Hossain"),
          ("We need clean water", "Rahima Begum")]),
    Case("title_antecedents", "Moscow rejects new sanctions as 'illegal'",
         "Kremlin spokesman Dmitry Peskov on Friday called the new sanctions illegal and said Russia "
         "would respond.\n\n"
         "\"These measures will hurt Europe more than they hurt us,\" the Kremlin spokesman told "
         "reporters.\n\n"
         "Foreign Minister Sergei Lavrov, speaking in Minsk, struck a similar tone. "
         "\"Nobody should expect us to bow to pressure,\" the minister said.",
         [("These measures will hurt Europe", "Peskov"),
          ("Nobody should expect us to bow", "Lavrov")]),
    Case("quote_over_two_paragraphs", "Teachers end strike",
         "Teachers in the capital returned to classes on Sunday after a ten-day strike.\n\n"
         "\"We did not want to keep the children at home,\" said Nasrin Akter, president of the "
         "teachers' association. \"But we had no other way to be heard.\n\n"
         "\"Now the ministry has promised to pay the arrears by the end of the month, and we will "
         "hold them to that promise.\"\n\n"
         "The education ministry did not respond to a request for comment.",
         [("We did not want to keep the children", "Nasrin Akter"),
          ("the ministry has promised to pay the arrears", "Nasrin Akter")]),
    Case("written_statements_and_posts", "Party suspends two leaders",
         "The Jatiya Party has suspended two of its district leaders for breaking party discipline, "
         "according to a statement issued on Saturday.\n\n"
         "\"Their activities went against the decisions of the party,\" the party said in the statement.\n\n"
         "One of the suspended leaders, Mizanur Rahman, wrote on Facebook that he had done nothing "
         "wrong and would appeal.\n\n"
         "\"I have served this party for thirty years,\" he posted late on Saturday night.",
         [("Their activities went against", "Jatiya Party"),
          ("he had done nothing wrong", "Mizanur Rahman"),
          ("I have served this party", "Mizanur Rahman")]),
    Case("according_to_and_partial", "Rice prices climb again",
         "Rice prices rose by another five percent in Dhaka markets this week, according to the "
         "Trading Corporation of Bangladesh.\n\n"
         "Commerce Secretary Tapan Kanti Ghosh said that imports would ease the pressure within a "
         "month. He described the rise as \"temporary and seasonal\".",
         [("Rice prices rose by another five percent", "Trading Corporation"),
          ("imports would ease the pressure", "Tapan Kanti Ghosh"),
          ("temporary and seasonal", "Tapan Kanti Ghosh")]),
    Case("related_headline_is_no_speaker", "Court grants bail to opposition leader",
         "A Dhaka court on Monday granted bail to opposition leader Rezaul Karim in a case over "
         "last year's violence.\n\n"
         "His lawyer, Shahdeen Malik, said the case had no basis. "
         "\"My client was not even in the city that day,\" he said.\n\n"
         "Police arrest 12 after clashes in Narayanganj\n\n"
         "\"We will challenge the bail order in the High Court,\" said public prosecutor Abdullah "
         "Abu.",
         [("the case had no basis", "Shahdeen Malik"),
          ("My client was not even in the city", "Shahdeen Malik"),
          ("We will challenge the bail order", "Abdullah Abu")],
         never_speakers=["Police arrest 12"]),
    Case("spokesman_and_he_chain", "Ministry defends fuel price rise",
         "The energy ministry on Thursday defended its decision to raise fuel prices, saying the "
         "subsidy bill had become too heavy.\n\n"
         "Ministry spokesman Rafiqul Islam said the government had no choice. \"The subsidy cost us "
         "more than the whole health budget last year,\" the spokesman said.\n\n"
         "He added that prices would be reviewed every three months.",
         [("the government had no choice", "Rafiqul Islam"),
          ("The subsidy cost us", "Rafiqul Islam"),
          ("prices would be reviewed every three months", "Rafiqul Islam")]),
    Case("x_said_inverted", "Bus fares to stay unchanged",
         "Bus fares will not change this year despite higher diesel prices, transport owners said on "
         "Sunday.\n\n"
         "\"Passengers are already under pressure,\" Enayet Ullah, secretary general of the bus owners' "
         "association, said at a press conference.\n\n"
         "The owners will instead ask the government for a tax cut on spare parts, Ullah said.",
         [("Passengers are already under pressure", "Enayet Ullah"),
          ("ask the government for a tax cut", "Enayet Ullah")]),
    Case("asked_and_quoted_as_saying", "Residents question drainage plan",
         "Residents of Mirpur on Wednesday questioned the city's new drainage plan.\n\n"
         "\"Who will pay for the pumps when the money runs out?\" asked Shirin Sultana, who has lived "
         "in the area for twenty years.\n\n"
         "Mayor Atiqul Islam was quoted as saying by the state news agency that the work would finish "
         "before the monsoon.\n\n"
         "\"We are on schedule,\" Islam told the agency.",
         [("Who will pay for the pumps", "Shirin Sultana"),
          ("We are on schedule", "Atiqul Islam")]),
    Case("statement_read_and_post_reads", "Rights group demands release of journalist",
         "A rights group on Tuesday demanded the immediate release of journalist Arif Hasan, who was "
         "detained last week.\n\n"
         "\"Journalism is not a crime,\" read a statement from Article 19.\n\n"
         "Hasan's wife, Laila Hasan, said in a Facebook post that her husband had not been allowed to "
         "see a lawyer. \"We do not even know where he is being held,\" she wrote.",
         [("her husband had not been allowed to see a lawyer", "Laila Hasan"),
          ("We do not even know where he is being held", "Laila Hasan")]),
    Case("named_after_quote_with_title_and_pronoun_chain", "Exporters warn of lost orders",
         "Garment exporters warned on Monday that factories could lose orders worth millions of "
         "dollars because of the port delays.\n\n"
         "\"Buyers will not wait for us,\" said Faruque Hassan, president of the exporters' "
         "association. \"They will go to Vietnam or Cambodia.\"\n\n"
         "Hassan said the association had written to the prime minister's office.\n\n"
         "\"The government must act this week,\" he said.",
         [("Buyers will not wait for us", "Faruque Hassan"),
          ("They will go to Vietnam or Cambodia", "Faruque Hassan"),
          ("the association had written", "Faruque Hassan"),
          ("The government must act this week", "Faruque Hassan")]),
    Case("caption_is_no_speaker", "Minister opens new bridge",
         "Road Transport Minister Obaidul Quader speaks at the opening of the bridge on Saturday. "
         "Photo: Focus Bangla\n\n"
         "The new bridge over the Dhaleshwari river will cut the journey to the south by an hour, the "
         "minister said at the opening ceremony on Saturday.\n\n"
         "\"This bridge belongs to the people of the south,\" Quader said.",
         [("cut the journey to the south by an hour", "Obaidul Quader"),
          ("This bridge belongs to the people", "Obaidul Quader")]),
    Case("she_then_the_minister_he", "Hospital to get 200 new beds",
         "Health Minister Samanta Lal Sen on Wednesday said the hospital would get 200 new beds. "
         "Opposition lawmaker Rumeen Farhana called the plan a publicity stunt. She said the hospital "
         "lacked doctors, not beds.\n\n"
         "\"Beds without doctors are just furniture,\" Farhana told parliament.\n\n"
         "The minister rejected the criticism. \"We are hiring 4,000 doctors this year,\" he said. "
         "\"The first group will join in March.\"\n\n"
         "Dr Abul Kalam Azad, a former director general of health services, said both were right.\n\n"
         "\"The problem is that the money is spent in Dhaka,\" Azad said. \"District hospitals get "
         "almost nothing.\n\n"
         "\"Until that changes, patients will keep coming to the capital.\"",
         [("the hospital lacked doctors", "Rumeen Farhana"),
          ("Beds without doctors", "Rumeen Farhana"),
          ("We are hiring 4,000 doctors", "Samanta Lal"),
          ("The first group will join in March", "Samanta Lal"),
          ("both were right", "Azad"),
          ("The problem is that the money is spent", "Azad"),
          ("Until that changes", "Azad")]),
    Case("title_and_name_set_off_then_a_bare_report", "Exports grow despite port delays",
         "Exports grew by eight percent in the first half of the year despite delays at the port.\n\n"
         "The commerce ministry's spokesman, Abdul Karim, said exports had grown in every sector "
         "except leather. Karim also said imports had fallen.\n\n"
         "\"We expect a better year,\" the spokesman said.",
         [("exports had grown in every sector", "Abdul Karim"),
          ("imports had fallen", "Abdul Karim"),
          ("We expect a better year", "Abdul Karim")],
         never_speakers=["exports had grown"]),
    Case("related_headline_glued_to_the_next_sentence", "Voters list to be final by March",
         "The election commission will publish the final voters list in March, commission secretary "
         "Akhtar Ahmed said on Sunday. "
         "Jahangir Alam visits flood-hit Sylhet Regarding the new voters, Ahmed said more than two "
         "million young people had registered this year. He added that the list would be online.",
         [("more than two million young people had registered", "Akhtar Ahmed"),
          ("the list would be online", "Akhtar Ahmed")],
         never_speakers=["Jahangir Alam"]),
]
