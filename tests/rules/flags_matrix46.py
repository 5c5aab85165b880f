"""The seventh blind flags matrix: short wire passages in the genres the earlier rounds
covered least, each with the flags a fact-checker needs under the wire guideline.

Written from the guideline (``wire_dev_GUIDELINE.md``: unverified, contradiction) before
reading the rules or the older matrices. Each expected flag is a kind and the words of the
claim it is on: a flag matches when one of the words is in the text of the claim it names
(for a contradiction, the claim contradicted, as the wire bench scores it). One flag per
claim and kind; two counts at odds are two contradiction flags, one on each side; a
passage with no flag is a neighbour that must raise nothing. "There is no record of" a
claim another source made is the writer's refutation of it, a contradiction; with no one
making the claim it flags nothing. A denial of a claim noun ("denied reports that X",
"rejected the NGO's claims that X") contradicts X and is no hedge of X as well (the
guideline's "the Kremlin denied accusations that ...", "X rejected reports that ..."); an
accusation verb beside its denial ("accused X of Y, which X denies") is both.

The passages are the matrix's own, in agency house style; no corpus text.
"""

from __future__ import annotations

from dataclasses import dataclass

#: An expected flag: its kind and the words, any of which the flagged claim's text holds.
Flag = tuple[str, tuple[str, ...]]


@dataclass(frozen=True)
class FlagCase:
    """One passage and the flags it must raise (none for a neighbour)."""

    name: str
    text: str
    flags: tuple[Flag, ...] = ()


def U(*words: str) -> Flag:
    """An unverified flag on the claim holding one of ``words``."""
    return ("unverified", words)


def C(*words: str) -> Flag:
    """A contradiction flag on the claim holding one of ``words``."""
    return ("contradiction", words)


def case(name: str, text: str, *flags: Flag) -> FlagCase:
    """A matrix row."""
    return FlagCase(name, text, flags)


CASES: tuple[FlagCase, ...] = (
    # --- protest crowd sizes: organisers against police -------------------------------
    case(
        "crowd_organisers_police_while",
        "Organisers said about 80,000 people joined the march in Madrid, while police "
        "estimated the crowd at 25,000.",
        C("80,000"),
        C("25,000"),
    ),
    case(
        "crowd_police_then_claimed",
        "Police put the turnout at 12,000. Organisers claimed more than 40,000 people had "
        "taken part.",
        C("12,000"),
        C("40,000"),
        U("40,000"),
    ),
    case(
        "crowd_ministry_union_millions",
        "The interior ministry said 1.3 million people demonstrated across France on "
        "Thursday. The CGT union put the figure at 3.5 million.",
        C("1.3 million"),
        C("3.5 million"),
    ),
    case(
        "crowd_either_figure_unverified",
        "Student groups said 200,000 people marched in Santiago; police said the number "
        "was closer to 60,000. Reuters could not independently verify either figure.",
        C("200,000"),
        C("60,000"),
        U("200,000", "either figure"),
        U("60,000", "either figure"),
    ),
    case(
        "crowd_claimed_turnout_noun",
        "Organisers said the march was the largest since 2003, claiming a turnout of half "
        "a million. Police have not released a figure.",
        U("half a million", "turnout"),
    ),
    case(
        "crowd_rejected_figure_undercount",
        "Police said 4,500 people protested in Tbilisi. Opposition parties rejected the "
        "figure as a deliberate undercount.",
        C("4,500", "the figure"),
    ),
    case(
        "crowd_ten_times_higher",
        "Police said 2,000 people attended the rally, but organisers said the true figure "
        "was ten times higher.",
        C("2,000"),
        C("ten times", "true figure"),
    ),
    case(
        "crowd_reuters_estimate_against_organisers",
        "About 5,000 people marched through central Warsaw, according to a Reuters "
        "estimate, while organisers said 20,000 had taken part.",
        C("5,000"),
        C("20,000"),
    ),
    case(
        "crowd_claim_could_not_be_verified",
        "The organisers' claim of 250,000 participants could not be independently verified.",
        U("250,000", "claim"),
    ),
    case(
        "crowd_police_counted_organisers_said",
        "Police counted 9,000 demonstrators in Leipzig. Organisers said 35,000 people had "
        "joined the protest against the far right.",
        C("9,000"),
        C("35,000"),
    ),
    case(
        "crowd_regime_reportedly_executed",
        "The authorities reportedly executed 12 protesters last month, according to rights groups.",
        U("executed"),
    ),
    case(
        "crowd_neighbour_no_estimate",
        "Tens of thousands of people rallied in Budapest on Saturday, according to "
        "organisers. Police did not give an estimate.",
    ),
    case(
        "crowd_neighbour_two_cities",
        "Police said 3,000 people attended the rally in Lyon and 8,000 in Paris.",
    ),
    case(
        "crowd_neighbour_same_figure",
        "Organisers said 50,000 people took part, the same figure given by police.",
    ),
    case(
        "crowd_neighbour_compatible_bounds",
        "Organisers said turnout exceeded 100,000, and police said about 100,000 people "
        "had marched.",
    ),
    case(
        "crowd_neighbour_hoped_for",
        "Police said 15,000 people attended. Organisers had hoped for 50,000.",
    ),
    case(
        "crowd_neighbour_revised_upwards",
        "Police initially said 5,000 people attended, but later raised their estimate to 8,000.",
    ),
    case(
        "crowd_neighbour_arrests_and_injuries",
        "Police said 10 officers were injured and 32 people arrested. Organisers said 25 "
        "protesters were treated for tear gas exposure.",
    ),
    case(
        "crowd_neighbour_refused_to_disclose",
        "Organisers refused to disclose how many tickets had been sold for the rally.",
    ),
    case(
        "crowd_neighbour_denied_access",
        "Riot police denied the marchers access to the main square for several hours.",
    ),
    # --- migration and refugee numbers --------------------------------------------------
    case(
        "migration_unhcr_government_arrivals",
        "The U.N. refugee agency said 48,000 people had fled into Chad in the past week. "
        "Chad's government put the number of new arrivals at 120,000.",
        C("48,000"),
        C("120,000"),
    ),
    case(
        "migration_disputed_the_figure",
        "The interior ministry said 9,000 asylum seekers had been deported last year. "
        "Rights groups disputed the figure, saying many had left voluntarily.",
        C("9,000", "deported", "the figure"),
    ),
    case(
        "migration_denied_pushbacks",
        "Greece has denied pushing back migrant boats in the Aegean.",
        C("pushing back"),
    ),
    case(
        "migration_a_figure_put_at",
        "Officials on Lampedusa said 7,000 migrants had arrived in 24 hours, a figure the "
        "Italian interior ministry put at about 5,000.",
        C("7,000"),
        C("5,000"),
    ),
    case(
        "migration_no_record_of_returns",
        "The ministry said 1,400 people had been returned under the deal. There is no "
        "record of the returns in the U.N.'s data.",
        C("returned", "the returns"),
    ),
    case(
        "migration_government_claimed",
        "Hungary's government claimed that most of the new arrivals were economic migrants "
        "rather than refugees.",
        U("economic migrants"),
    ),
    case(
        "migration_reportedly_stranded",
        "An estimated 800 people were reportedly stranded at the border crossing.",
        U("stranded"),
    ),
    case(
        "migration_officials_agency_returnees",
        "Afghan officials said 40,000 people had returned from Iran in a week; the U.N.'s "
        "migration agency said the number was about 25,000.",
        C("40,000"),
        C("25,000"),
    ),
    case(
        "migration_percent_against_half",
        "Frontex said irregular crossings into the EU fell 38% last year, while the "
        "interior minister said they had fallen by half.",
        C("38%"),
        C("half"),
    ),
    case(
        "migration_twice_that",
        "The government said there were 400,000 undocumented migrants in the country. Aid "
        "groups said the real number was at least twice that.",
        C("400,000"),
        C("twice", "real number"),
    ),
    case(
        "migration_neighbour_including_children",
        "The coast guard said it rescued 312 migrants off Lampedusa on Sunday, including 40 "
        "children.",
    ),
    case(
        "migration_neighbour_figure_included_returnees",
        "UNHCR said 6.3 million refugees from Ukraine were recorded across Europe. The "
        "agency said the figure included people who had since returned.",
    ),
    case(
        "migration_neighbour_bodies_recovered",
        "The bodies of 23 migrants were recovered off Libya, the International Organization "
        "for Migration said, adding that dozens more were missing.",
    ),
    case(
        "migration_neighbour_hosts_most",
        "Turkey said it hosted 3.6 million Syrian refugees, the most of any country.",
    ),
    case(
        "migration_neighbour_same_count_two_sources",
        "UNHCR said 40,000 people had fled in a week, and the government said 40,000 had left.",
    ),
    case(
        "migration_neighbour_since_january_past_month",
        "About 300,000 people have fled since January, including 120,000 in the past month, "
        "the agency said.",
    ),
    # --- short sellers and corporate fraud ----------------------------------------------
    case(
        "fraud_accused_then_rejected_report",
        "Short seller Ember Research accused the conglomerate of stock manipulation and "
        "accounting fraud. The company rejected the report as misleading and baseless.",
        U("stock manipulation"),
        C("stock manipulation", "the report"),
    ),
    case(
        "fraud_short_seller_alleged",
        "The short seller alleged that the payments firm had inflated its revenue by up to 40%.",
        U("inflated"),
    ),
    case(
        "fraud_called_allegations_false",
        "The company said it would take legal action against the short seller and called "
        "the allegations malicious and false.",
        C("the allegations"),
    ),
    case(
        "fraud_prosecutors_allege_not_guilty",
        "Prosecutors allege the former chief executive diverted $300 million to shell "
        "companies. He has pleaded not guilty.",
        U("diverted"),
        C("diverted", "not guilty"),
    ),
    case(
        "fraud_auditor_could_not_verify",
        "The auditor resigned, saying it could not verify the existence of $1.9 billion in cash.",
        U("existence", "1.9 billion"),
    ),
    case(
        "fraud_denied_misleading",
        "The firm denied it had misled investors about the size of its loan book.",
        C("misled investors"),
    ),
    case(
        "fraud_denied_report_talks",
        "Shares rose 5% after the company denied a report that it was in talks to sell its "
        "European unit.",
        C("in talks"),
    ),
    case(
        "fraud_report_claimed_figure_disputed",
        "The report claimed that as much as 30% of the company's sales were fictitious, a "
        "figure the company called wildly inaccurate.",
        U("fictitious"),
        C("fictitious", "30%", "a figure"),
    ),
    case(
        "fraud_investors_sued_alleging",
        "Investors have sued the company, alleging it concealed losses at its trading arm.",
        U("concealed losses"),
    ),
    case(
        "fraud_citing_unnamed_sources_reported",
        "Citing unnamed sources, Bloomberg reported that the lender was exploring a sale of "
        "its insurance arm.",
        U("exploring a sale"),
    ),
    case(
        "fraud_without_providing_evidence",
        "The activist investor said, without providing evidence, that the board had "
        "ignored warnings about the accounts.",
        U("ignored warnings"),
    ),
    case(
        "fraud_neighbour_revenue",
        "The company said revenue rose 12% to $4.1 billion in the quarter.",
    ),
    case(
        "fraud_neighbour_took_short_position",
        "The short seller said it had taken a short position in the company's shares.",
    ),
    case(
        "fraud_neighbour_fined",
        "The bank was fined $1.3 billion for processing payments for sanctioned entities, "
        "regulators said.",
    ),
    case(
        "fraud_neighbour_rejected_bid",
        "The board rejected the $12 billion takeover bid as too low.",
    ),
    case(
        "fraud_neighbour_dismissed_cfo",
        "The company dismissed its chief financial officer on Friday.",
    ),
    # --- product recalls and food safety ------------------------------------------------
    case(
        "recall_disputed_the_finding",
        "Health officials linked the outbreak to the company's lettuce. The company "
        "disputed the finding, saying its own tests were negative.",
        C("outbreak", "the finding"),
    ),
    case(
        "recall_denied_defective",
        "The carmaker denied that the airbags were defective but said it would replace "
        "them as a precaution.",
        C("defective"),
    ),
    case(
        "recall_allegedly_contaminated",
        "The baby formula was allegedly contaminated with bacteria, according to a lawsuit "
        "filed on Monday.",
        U("contaminated"),
    ),
    case(
        "recall_deaths_regulator_manufacturer",
        "Regulators said 14 deaths had been linked to the device; the manufacturer put the "
        "number at three.",
        C("14"),
        C("three"),
    ),
    case(
        "recall_has_not_confirmed_whether",
        "The company has not confirmed whether the contaminated batches reached stores abroad.",
        U("reached stores", "contaminated batches"),
    ),
    case(
        "recall_unconfirmed_reports",
        "Unconfirmed reports said the plant had been shut for cleaning.",
        U("shut for cleaning"),
    ),
    case(
        "recall_vehicles_carmaker_regulator",
        "The carmaker said the recall covered 1.1 million vehicles, while the regulator "
        "said 2.3 million were affected.",
        C("1.1 million"),
        C("2.3 million"),
    ),
    case(
        "recall_states_company_officials",
        "The company said the peanut butter was sold in only three states. Health "
        "officials said it had been found in at least seven states.",
        C("three"),
        C("seven"),
    ),
    case(
        "recall_had_not_confirmed_link",
        "The FDA said it had not confirmed a link between the supplement and the liver injuries.",
        U("a link"),
    ),
    case(
        "recall_allegedly_stolen_alleged_supplier",
        "The alleged supplier of the tainted honey was arrested on Sunday.",
        U("supplier"),
    ),
    case(
        "recall_neighbour_found_in_samples",
        "The company recalled 2.1 million pounds of ground beef after E. coli was found in "
        "samples, the U.S. Department of Agriculture said.",
    ),
    case(
        "recall_neighbour_no_illnesses_reported",
        "No illnesses have been reported, the company said.",
    ),
    case(
        "recall_neighbour_refund",
        "The retailer said it had recalled 30,000 units and that customers would get a "
        "full refund.",
    ),
    case(
        "recall_neighbour_claims_process",
        "Customers can claim up to $500 each, and the claims process opens on Monday.",
    ),
    case(
        "recall_neighbour_confirmed_breach",
        "The ministry confirmed that 40 people had fallen ill after eating at the school.",
    ),
    # --- climate and environmental claims -----------------------------------------------
    case(
        "climate_ngos_disputed_emissions_figure",
        "The oil major said its emissions fell 8% last year. Environmental groups disputed "
        "the figure, saying it left out emissions from the fuels it sells.",
        C("8%", "emissions fell", "the figure"),
    ),
    case(
        "climate_accused_greenwashing",
        "Greenpeace accused the company of greenwashing.",
        U("greenwashing"),
    ),
    case(
        "climate_airline_claimed_fuel",
        "The airline claimed its new jets burn 20% less fuel than the models they replace.",
        U("less fuel"),
    ),
    case(
        "climate_tonnes_company_study",
        "The company said its plant emitted 1.2 million tonnes of carbon dioxide last year, "
        "while a study by the NGO put the figure at 3.4 million tonnes.",
        C("1.2 million"),
        C("3.4 million"),
    ),
    case(
        "climate_miner_denied_spill",
        "The miner denied that the spill had polluted the river and said water samples "
        "were within safe limits.",
        C("polluted the river"),
    ),
    case(
        "climate_government_has_not_confirmed_figure",
        "Activists said the dam had displaced 10,000 people. The government has not "
        "confirmed the figure.",
        U("10,000", "displaced", "the figure"),
    ),
    case(
        "climate_report_alleged_cleared",
        "The NGO's report alleged that the palm oil supplier had cleared 5,000 hectares of "
        "rainforest.",
        U("cleared"),
    ),
    case(
        "climate_rejected_claims_that",
        "The ministry rejected the NGO's claims that the deforestation rate had doubled.",
        C("deforestation rate"),
    ),
    case(
        "climate_quarter_against_percent",
        "Emissions from the steelworks fell by a quarter, the company said, though "
        "campaigners said they had fallen by only 5%.",
        C("a quarter"),
        C("5%"),
    ),
    case(
        "climate_percent_against_third",
        "The company said 95% of its packaging was recyclable. Environmental groups said "
        "only about a third of it was.",
        C("95%"),
        C("a third"),
    ),
    case(
        "climate_claim_questioned",
        "The government's claim that air pollution had fallen by 40% has been questioned by "
        "independent scientists.",
        C("air pollution"),
    ),
    case(
        "climate_neighbour_wmo",
        "Global temperatures were 1.45 degrees Celsius above pre-industrial levels last "
        "year, the World Meteorological Organization said.",
    ),
    case(
        "climate_neighbour_net_zero",
        "The company has said it will reach net zero by 2050.",
    ),
    case(
        "climate_neighbour_record_heat",
        "Temperatures hit a record 48.8C in Sicily on Wednesday, breaking the previous "
        "record of 48C set in 1977.",
    ),
    case(
        "climate_neighbour_disputed_waters",
        "The survey ship entered disputed waters in the South China Sea on Tuesday.",
    ),
    case(
        "climate_neighbour_climate_claims_insurance",
        "Insurance claims from the storm could reach $10 billion, analysts said.",
    ),
    # --- cyberattacks attributed to states ----------------------------------------------
    case(
        "cyber_blamed_on_denied_involvement",
        "The attack was blamed on hackers linked to Russian military intelligence. Moscow "
        "denied involvement.",
        U("hackers linked"),
        C("involvement"),
    ),
    case(
        "cyber_rejected_accusation_groundless",
        "The software company said the hacking group it tracks as Volt Anvil was backed by "
        "the Chinese state. China's foreign ministry rejected the accusation as groundless.",
        C("backed by the chinese state", "the accusation"),
    ),
    case(
        "cyber_denied_it_was_behind",
        "North Korea denied it was behind the theft of $600 million in cryptocurrency.",
        C("behind the theft"),
    ),
    case(
        "cyber_said_without_providing_evidence",
        "U.S. officials said, without providing evidence, that the intrusion originated in Iran.",
        U("originated in iran"),
    ),
    case(
        "cyber_hackers_claimed_records",
        "The hackers claimed to have stolen data on 10 million customers; the company said "
        "about 2 million records were accessed.",
        U("10 million"),
        C("10 million"),
        C("2 million"),
    ),
    case(
        "cyber_could_not_verify_group_claim",
        "Reuters could not independently verify the group's claim that it had breached the "
        "ministry's servers.",
        U("breached"),
    ),
    case(
        "cyber_dismissed_reports_propaganda",
        "Iran's cyber authority dismissed reports of a cyberattack on its fuel system as "
        "Western propaganda.",
        C("cyberattack on its fuel system"),
    ),
    case(
        "cyber_claimed_responsibility",
        "A hacker group calling itself Blue Lynx claimed responsibility for the attack on "
        "the railway's ticketing system.",
        U("responsibility"),
    ),
    case(
        "cyber_accused_which_tehran_denies",
        "Western officials have accused Iran of supplying drones to Russia, which Tehran denies.",
        U("supplying drones"),
        C("supplying drones"),
    ),
    case(
        "cyber_group_claims_could_not_be_verified",
        "The group said it had stolen 3 terabytes of data. Its claims could not be verified.",
        U("3 terabytes", "its claims", "stolen"),
    ),
    case(
        "cyber_neighbour_hospital_disrupted",
        "The hospital said the ransomware attack had disrupted services at three sites.",
    ),
    case(
        "cyber_neighbour_relative_gloss",
        "The cyberattack, which officials said was the largest in the country's history, "
        "knocked out payment systems for hours.",
    ),
    case(
        "cyber_neighbour_found_no_evidence",
        "The company said it had found no evidence that customer data had been accessed.",
    ),
    case(
        "cyber_neighbour_attributed_criminal",
        "Investigators attributed the breach to a criminal group rather than a state actor.",
    ),
    case(
        "cyber_neighbour_confirmed_breach",
        "The airline confirmed the breach on Tuesday and said it had informed regulators.",
    ),
    # --- hostages and prisoner exchanges ------------------------------------------------
    case(
        "hostage_list_numbers_at_odds",
        "Hamas said 17 hostages would be freed on Saturday, while Israeli officials said 13 "
        "hostages were on the list.",
        C("17"),
        C("13"),
    ),
    case(
        "hostage_claimed_could_not_confirm",
        "Hamas claimed that three hostages had been killed in an Israeli air strike. The "
        "Israeli military said it could not confirm the report.",
        U("killed in an israeli air strike", "the report"),
    ),
    case(
        "hostage_reportedly_demanded_ransom",
        "The kidnappers reportedly demanded a ransom of $5 million.",
        U("ransom"),
    ),
    case(
        "hostage_denied_convicted",
        "Israel denied that any of the prisoners released had been convicted of murder.",
        C("convicted of murder"),
    ),
    case(
        "hostage_rockets_rivals",
        "Israel said 200 rockets were fired from Gaza on Tuesday; Hamas said it had fired 400.",
        C("200"),
        C("400"),
    ),
    case(
        "hostage_deported_children_denies",
        "Kyiv accused Moscow of deporting thousands of Ukrainian children, which Russia denies.",
        U("deporting"),
        C("deporting"),
    ),
    case(
        "hostage_kyiv_denied_russian_claim",
        "Russia said it had destroyed 12 Ukrainian drones over Belgorod. Kyiv denied the "
        "claim. Ukraine's military said its operations in the region were continuing.",
        C("destroyed 12", "the claim"),
    ),
    case(
        "hostage_neighbour_swap_each",
        "The two countries exchanged 230 prisoners each, Ukraine's human rights ombudsman said.",
    ),
    case(
        "hostage_neighbour_two_sides_own_soldiers",
        "Russia's defence ministry said 95 Russian soldiers had been returned from captivity. "
        "Kyiv said 95 Ukrainian soldiers had come home.",
    ),
    case(
        "hostage_neighbour_kyiv_ukraine_same_count",
        "Ukraine said 207 of its soldiers were freed in the swap. Kyiv's coordination "
        "headquarters for prisoners of war said 207 servicemen had returned.",
    ),
    case(
        "hostage_neighbour_kyiv_ukraine_updated",
        "Ukraine said 150 prisoners were returned on Friday. Kyiv later said 157 had come "
        "home, including seven civilians.",
    ),
    case(
        "hostage_neighbour_bodies_both_sides",
        "Russia said it had handed over 500 bodies of Ukrainian soldiers, and Ukraine said "
        "it had received 500.",
    ),
    case(
        "hostage_neighbour_kyiv_ukraine_toll",
        "Kyiv said 14 civilians were killed in the strike. Ukraine's interior ministry gave "
        "the same toll.",
    ),
    case(
        "hostage_neighbour_moscow_kremlin",
        "Moscow said 20 people were killed in the strike on Belgorod. The Kremlin said the "
        "toll could rise.",
    ),
    case(
        "hostage_neighbour_israel_military_fired_crossed",
        "Israel said 200 rockets were fired from Gaza on Tuesday. The Israeli military later "
        "said about 150 had crossed into Israeli territory.",
    ),
    case(
        "hostage_neighbour_washington_pentagon",
        "Washington said the strike killed 12 militants, and the Pentagon put the number at 12.",
    ),
    case(
        "hostage_neighbour_beijing_china",
        "Beijing said the drills were routine. China's defence ministry said 30 ships took part.",
    ),
    # --- sanctions evasion --------------------------------------------------------------
    case(
        "sanctions_tanker_allegedly_transferred",
        "The tanker allegedly transferred Iranian crude to another vessel off Malaysia to "
        "disguise its origin.",
        U("transferred"),
    ),
    case(
        "sanctions_accused_lawyer_innocent",
        "U.S. prosecutors accused the businessman of helping Russian firms evade sanctions. "
        "His lawyer said he was innocent.",
        U("evade sanctions"),
        C("evade sanctions", "innocent"),
    ),
    case(
        "sanctions_denied_any_wrongdoing",
        "The shipping company denied any wrongdoing.",
        C("wrongdoing"),
    ),
    case(
        "sanctions_rejected_report_fabrication",
        "A U.N. panel of experts said North Korea had earned $2 billion through illegal "
        "ship-to-ship transfers. Pyongyang rejected the report as a fabrication.",
        C("2 billion", "the report"),
    ),
    case(
        "sanctions_according_to_media_reports",
        "The vessel had delivered Russian oil to Syria, according to media reports.",
        U("delivered russian oil"),
    ),
    case(
        "sanctions_neighbour_tracking_data",
        "The ship's tracking signal went dark for 11 days, according to data from MarineTraffic.",
    ),
    case(
        "sanctions_neighbour_satellite_images",
        "Satellite images reviewed by Reuters showed the vessel docked at the port.",
    ),
    case(
        "sanctions_neighbour_complied",
        "The company said it had complied with all applicable sanctions.",
    ),
    case(
        "sanctions_neighbour_could_not_determine",
        "Reuters could not determine who owns the vessel.",
    ),
    case(
        "sanctions_neighbour_did_not_respond",
        "The owner of the tanker did not respond to a request for comment.",
    ),
    # --- celebrity and entertainment lawsuits -------------------------------------------
    case(
        "celebrity_lawsuit_alleges",
        "The lawsuit alleges that the rapper assaulted a former assistant in 2019.",
        U("assaulted"),
    ),
    case(
        "celebrity_lawyer_categorically_false",
        "A lawyer for the actor called the allegations categorically false.",
        C("the allegations"),
    ),
    case(
        "celebrity_pleaded_not_guilty",
        "The singer pleaded not guilty to tax evasion charges on Tuesday.",
        C("tax evasion"),
    ),
    case(
        "celebrity_accused_has_denied",
        "The producer, who is accused of sexually harassing three employees, has denied the "
        "allegations.",
        U("sexually harassing"),
        C("sexually harassing", "the allegations"),
    ),
    case(
        "celebrity_suit_claims",
        "The suit claims the band used the song without permission and seeks $20 million in "
        "damages.",
        U("used the song"),
    ),
    case(
        "celebrity_claimed_he_was_owed",
        "The former manager claimed he was owed $3 million in unpaid commissions.",
        U("owed"),
    ),
    case(
        "celebrity_alleged_in_filings",
        "The actor's former wife alleged in court filings that he had hidden assets worth "
        "$12 million.",
        U("hidden assets"),
    ),
    case(
        "celebrity_accusations_baseless",
        "Lawyers for the musician said the accusations were baseless and that they would "
        "fight the suit.",
        C("the accusations"),
    ),
    case(
        "celebrity_viewers_service_research_firm",
        "The streaming service said the series was watched by 50 million households in its "
        "first week; a research firm estimated the audience at 30 million.",
        C("50 million"),
        C("30 million"),
    ),
    case(
        "celebrity_denied_in_interview",
        "The rapper denied in an interview that he had assaulted anyone.",
        C("assaulted anyone"),
    ),
    case(
        "celebrity_tabloid_reported",
        "The tabloid reported that the couple had separated in March.",
        U("separated"),
    ),
    case(
        "celebrity_neighbour_grossed",
        "The studio said the film had grossed $210 million worldwide.",
    ),
    case(
        "celebrity_neighbour_no_comment",
        "The star's representatives did not respond to requests for comment.",
    ),
    case(
        "celebrity_neighbour_jury_found",
        "The actress won the case, with the jury finding that the tabloid had defamed her.",
    ),
    case(
        "celebrity_neighbour_claimed_top_spot",
        "The singer claimed the top spot on the Billboard 200 for a third week.",
    ),
    case(
        "celebrity_neighbour_claimed_victory",
        "The band's fans claimed victory after the festival reversed its ban.",
    ),
    # --- transfer rumours in sport ------------------------------------------------------
    case(
        "transfer_reportedly_preparing",
        "Real Madrid are reportedly preparing a bid of 100 million euros for the midfielder.",
        U("preparing a bid"),
    ),
    case(
        "transfer_according_to_spanish_media",
        "The striker has agreed personal terms with Bayern Munich, according to Spanish media.",
        U("personal terms"),
    ),
    case(
        "transfer_denied_reports_that",
        "Barcelona denied reports that they had approached the Liverpool forward.",
        C("approached"),
    ),
    case(
        "transfer_newspaper_reported",
        "Italian newspaper Gazzetta dello Sport reported that Juventus had offered 40 "
        "million euros for the defender.",
        U("offered 40 million"),
    ),
    case(
        "transfer_agent_dismissed_rumours",
        "The player's agent dismissed the rumours as fantasy.",
        C("the rumours"),
    ),
    case(
        "transfer_fee_marca_against_club",
        "The deal is worth 80 million euros, according to Spanish newspaper Marca, while the "
        "club said the fee was 65 million euros.",
        U("80 million"),
        C("80 million"),
        C("65 million"),
    ),
    case(
        "transfer_fee_reportedly",
        "The transfer fee was reportedly 45 million pounds.",
        U("45 million"),
    ),
    case(
        "transfer_neighbour_confirmed_signing",
        "The club confirmed on Monday that the defender had signed a four-year contract.",
    ),
    case(
        "transfer_neighbour_declined_comment",
        "Manchester United declined to comment on the reports.",
    ),
    case(
        "transfer_neighbour_injury",
        "The coach said the forward would miss three weeks with a hamstring injury.",
    ),
    case(
        "transfer_neighbour_rejected_offer",
        "Chelsea rejected a 60 million pound offer from Paris St Germain for the midfielder.",
    ),
    # --- AI deepfakes and viral videos --------------------------------------------------
    case(
        "video_could_not_be_independently_verified",
        "A video posted on Telegram shows soldiers setting fire to a village. The video "
        "could not be independently verified.",
        U("setting fire", "the video"),
    ),
    case(
        "video_purported_deepfake",
        "The clip, which purported to show the president announcing his resignation, was a "
        "deepfake, the electoral commission said.",
        U("announcing his resignation"),
        C("announcing his resignation"),
    ),
    case(
        "video_allegedly_fabricated_ai",
        "The audio recording, in which the candidate allegedly discusses buying votes, was "
        "fabricated with artificial intelligence, his campaign said.",
        U("buying votes"),
        C("buying votes"),
    ),
    case(
        "video_posts_claimed_drone",
        "Posts on social media claimed that the explosion had been caused by a drone.",
        U("caused by a drone"),
    ),
    case(
        "video_dismissed_as_fake",
        "The government dismissed the video as fake.",
        C("the video"),
    ),
    case(
        "video_unverified_footage",
        "Unverified footage circulating online appeared to show a tank firing on a "
        "residential building.",
        U("tank firing", "footage"),
    ),
    case(
        "video_fake_news_reports",
        "The army said reports of civilian deaths in the village were fake news.",
        C("civilian deaths"),
    ),
    case(
        "video_neighbour_verified_location",
        "Reuters verified the location of the video by matching buildings with satellite imagery.",
    ),
    case(
        "video_neighbour_geolocated",
        "The footage, which Reuters was able to geolocate, shows tanks moving through the town.",
    ),
    case(
        "video_neighbour_not_clear_who",
        "It was not immediately clear who had filmed the video.",
    ),
    case(
        "video_neighbour_confirmed_authenticity",
        "Two officials confirmed the authenticity of the letter to Reuters.",
    ),
    # --- strikes: unions against ministries ---------------------------------------------
    case(
        "strike_percent_participation",
        "Unions said 65% of rail workers had joined the strike, while the transport ministry "
        "put participation at 28%.",
        C("65%"),
        C("28%"),
    ),
    case(
        "strike_percent_against_third",
        "The teachers' union said 40% of teachers walked out; the education ministry said "
        "about a third did.",
        C("40%"),
        C("a third"),
    ),
    case(
        "strike_turnout_percent_against_fraction",
        "The union put turnout at 40%. The ministry said a third of workers had stopped work.",
        C("40%"),
        C("a third"),
    ),
    case(
        "strike_union_claimed_turnout",
        "The union claimed turnout of 90% among its members in the ballot.",
        U("90%"),
    ),
    case(
        "strike_fewer_than_more_than_half",
        "The company said fewer than 10% of its staff had joined the walkout. The union "
        "said more than half had.",
        C("10%"),
        C("half"),
    ),
    case(
        "strike_airline_disputed_that",
        "The union said 70% of flights had been cancelled. The airline disputed that, "
        "saying most flights were operating.",
        C("70%"),
    ),
    case(
        "strike_union_denied_blockade",
        "The union denied that its members had blocked the depot.",
        C("blocked the depot"),
    ),
    case(
        "strike_workers_employees_units",
        "The union said 12,000 workers walked out at the plant. The company said about "
        "4,000 employees had stopped work.",
        C("12,000"),
        C("4,000"),
    ),
    case(
        "strike_neighbour_union_only",
        "About 12,000 dockworkers walked off the job, the union said.",
    ),
    case(
        "strike_neighbour_morning_afternoon",
        "The ministry said 32% of teachers were on strike in the morning and 45% in the afternoon.",
    ),
    case(
        "strike_neighbour_according_to_unions",
        "The strike, the biggest in decades according to unions, shut schools in 40 cities.",
    ),
    case(
        "strike_neighbour_bma",
        "Hospital doctors in England began a five-day strike on Friday, the British Medical "
        "Association said.",
    ),
    case(
        "strike_neighbour_same_percent_two_forms",
        "The government put turnout at 40%, while the union said turnout was 40 percent.",
    ),
    case(
        "strike_neighbour_same_count_part",
        "The union said 4,000 workers struck at the Ulsan plant, about 10% of the company's "
        "workforce.",
    ),
    case(
        "strike_neighbour_rejected_calls",
        "The labour minister rejected calls to resign over the dispute.",
    ),
    case(
        "strike_neighbour_pay_dispute",
        "The two sides remain locked in a pay dispute that began in March.",
    ),
    # --- "There is no record of" ---------------------------------------------------------
    case(
        "record_no_record_of_payment",
        "The club said it had paid the fee in full. There is no record of the payment in its "
        "accounts.",
        C("paid the fee", "the payment"),
    ),
    case(
        "record_neighbour_no_record_no_claimant",
        "There is no record of the tanker having docked in Syria.",
    ),
    case(
        "record_no_record_of_surrender",
        "Officials said the fighters had surrendered, but there was no record of the "
        "surrender in U.N. monitoring reports.",
        C("surrender"),
    ),
    case(
        "record_neighbour_exports_record",
        "Exports hit a record $30 billion in March, the trade ministry said.",
    ),
    case(
        "record_neighbour_criminal_record",
        "The suspect, 34, had no criminal record, police said.",
    ),
    # --- generic cues in the new genres -------------------------------------------------
    case(
        "generic_russian_media_reported",
        "Russian media reported that the businessman had been detained in Dubai.",
        U("detained in dubai"),
    ),
    case(
        "generic_claimed_captured_not_confirmed",
        "The militia claimed to have captured 40 soldiers, a figure that could not be "
        "independently confirmed.",
        U("40"),
    ),
    case(
        "generic_state_tv_without_evidence",
        "State television said, without providing evidence, that the protesters had been "
        "paid by foreign agents.",
        U("paid by foreign agents"),
    ),
    case(
        "generic_refuted_claims_that",
        "The airline refuted claims that it had overbooked the flight.",
        C("overbooked"),
    ),
    case(
        "generic_tehran_repeatedly_denied",
        "Tehran has repeatedly denied seeking nuclear weapons.",
        C("nuclear weapons"),
    ),
    case(
        "generic_purported_letter",
        "The purported letter from the militants demanded the release of 20 prisoners.",
        U("letter"),
    ),
    case(
        "generic_alleged_gunman",
        "The alleged gunman was arrested on Sunday after a standoff with police.",
        U("gunman"),
    ),
    case(
        "generic_disputed_version_of_events",
        "The club said its players had been attacked by home fans. The federation disputed "
        "the club's version of events.",
        C("attacked by home fans", "version of events"),
    ),
    case(
        "generic_neighbour_did_not_deny",
        "The company did not deny the report when asked by Reuters.",
    ),
    case(
        "generic_neighbour_no_one_denied",
        "No one has denied that the payments were made.",
    ),
    case(
        "generic_neighbour_ordinary_said",
        "The minister said the talks had gone well and that a deal was close.",
    ),
    case(
        "generic_neighbour_confirmed_arrests",
        "Police confirmed that 40 people had been arrested after the match.",
    ),
)
