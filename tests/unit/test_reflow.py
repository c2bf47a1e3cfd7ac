"""Hard-wrapped plain text: paragraphs become one line again; lists, tables and prose don't."""

from __future__ import annotations

import textwrap

from cctv_density.reflow import uncaption, unnumber, unquote, untex, unwrap, wrap_width

WRAPPED = """BEIJING (Reuters) - Beijing has expanded its public video surveillance network to more than
1.3 million cameras, the city's public security bureau said on Tuesday, as authorities across
China push to link street cameras, transport systems and residential compounds into single
AI-driven platforms.

Shanghai police operate some 1.8 million cameras, a figure that includes feeds from
residential compounds, according to a municipal government work report. The network is run
by a state-owned company whose suppliers, all of them local security-camera and recorder-
makers, are paid by the district.

Key figures:
- Beijing: 1.3 million
- Shanghai: 1.8 million
City      Cameras     Year
Beijing   1,300,000   2024
Table 2. Cameras by city
City Country Cameras Per 1,000 pop. Per km2 Pop. (m)
London UK 691,528 77.4 440.0 8.93
Berlin Germany 11,600 3.1 13.0 3.75
"""


def test_a_wrapped_document_has_a_width() -> None:
    lines = WRAPPED.split("\n")
    assert wrap_width(lines) == max(len(line) for line in lines)


def test_paragraphs_are_joined_and_lists_and_tables_kept() -> None:
    assert unwrap(WRAPPED).split("\n") == [
        "BEIJING (Reuters) - Beijing has expanded its public video surveillance network to more "
        "than 1.3 million cameras, the city's public security bureau said on Tuesday, as "
        "authorities across China push to link street cameras, transport systems and "
        "residential compounds into single AI-driven platforms.",
        "",
        "Shanghai police operate some 1.8 million cameras, a figure that includes feeds from "
        "residential compounds, according to a municipal government work report. The network "
        "is run by a state-owned company whose suppliers, all of them local security-camera "
        "and recorder-makers, are paid by the district.",
        "",
        "Key figures:",
        "- Beijing: 1.3 million",
        "- Shanghai: 1.8 million",
        "City      Cameras     Year",
        "Beijing   1,300,000   2024",
        "Table 2. Cameras by city",
        "City Country Cameras Per 1,000 pop. Per km2 Pop. (m)",
        "London UK 691,528 77.4 440.0 8.93",
        "Berlin Germany 11,600 3.1 13.0 3.75",
        "",
    ]


def test_a_row_with_numbers_side_by_side_before_its_words_is_kept_apart() -> None:
    prose = (
        "The largest networks in absolute terms are Romania's and Belgium's; the densest,\n"
        "relative to population, are Malta's and Belgium's, and the table gives all eleven\n"
        "of the countries that publish a national figure, with their capitals' counts as\n"
        "well, in the order of their names, with the year of the data and the source.\n\n"
    )
    table = (
        "Country Public cameras Per 1,000 inhab. Capital Capital cameras Data year Source\n"
        "Austria 41,000 4.5 Vienna 1,650 2024 BMI\n"
        "Belgium 58,500 5.0 Brussels 2,100 2025 FPS Home Affairs\n"
        "register\n"
    )
    assert unwrap(prose + table).split("\n")[-5:] == [
        "Country Public cameras Per 1,000 inhab. Capital Capital cameras Data year Source",
        "Austria 41,000 4.5 Vienna 1,650 2024 BMI",
        "Belgium 58,500 5.0 Brussels 2,100 2025 FPS Home Affairs",
        "register",
        "",
    ]


def test_a_year_before_a_count_and_a_space_grouped_number_stay_prose() -> None:
    text = (
        "For comparison, An Garda Siochana informed the office that, as of 2021, 62 community\n"
        "schemes had been authorised nationwide, comprising approximately 1 000 cameras in all\n"
        "of the counties that had applied for funding under the scheme since it was launched.\n"
        "The Department said it had no further records of cameras operated by the councils.\n"
    )
    assert unwrap(text).count("\n") == 1


def test_a_line_ending_in_a_listed_count_and_a_comma_stays_prose() -> None:
    text = (
        "Istanbul's police network excludes the metro and the ferries. Izmir,\n"
        "Trabzon and Van have their own police networks of roughly 1,500, 600\n"
        "and 450 cameras respectively. Turkey has around 13 cameras for every\n"
        "1,000 people, a figure that the interior ministry has not updated\n"
        "since it first appeared in a report.\n"
    )
    assert unwrap(text).count("\n") == 1


def test_a_word_split_by_a_line_end_hyphen_is_whole_again() -> None:
    text = (
        "Rotterdam, where camera surveillance was first authorised in 1997, had 1,228 cam-\n"
        "eras at the end of 2025, while Amsterdam ran fewer of them. The network of Amster-\n"
        "dam is smaller in relation to its population, for the same number of resi-\n"
        "dents, and it was built by the same small group of local camera and recorder-\n"
        "makers of the city itself, which is what the city's own report says of it.\n"
    )
    joined = unwrap(text)
    assert "1,228 cameras at" in joined
    assert "network of Amsterdam is" in joined
    assert "number of residents," in joined  # a word the figures turn on
    assert "recorder-makers" in joined  # never written whole: a compound


def test_a_converter_s_latex_table_and_inline_math_are_plain() -> None:
    text = (
        "\\begin{table}\n\\begin{tabular}{l r r} \\hline City & Cameras & Per km\\({}^{2}\\) "
        "\\\\ \\hline Toronto & 1,210 & 1.92 \\\\ Halifax & 96 & 0.02 \\\\ \\hline \\end{tabular}\n"
        "\\end{table}\nThe traffic department runs \\(>\\)900, a 78\\% share.\n"
    )
    assert [line for line in untex(text).split("\n") if line] == [
        "| City | Cameras | Per km² |",
        "| --- | --- | --- |",
        "| Toronto | 1,210 | 1.92 |",
        "| Halifax | 96 | 0.02 |",
        "The traffic department runs >900, a 78% share.",
    ]
    assert untex("No LaTeX here: 5 & 6.") == "No LaTeX here: 5 & 6."


def test_unwrapped_text_is_returned_unchanged() -> None:
    long_lines = (
        "London has 942,562 cameras, according to the Metropolitan Police, which counted "
        "public and private systems across all thirty-two boroughs in a survey last year.\n"
    ) * 5
    assert wrap_width(long_lines.split("\n")) is None
    assert unwrap(long_lines) == long_lines
    rows = "Taiyuan, China - 465,255\nWuxi, China - 300,000\nLondon - 627,707\nMoscow - 193,000\n"
    assert unwrap(rows) == rows


def test_quoted_email_lines_lose_their_markers() -> None:
    text = (
        "Last week you wrote:\n\n"
        "> > Riga now has about 1,100 municipal cameras, roughly one for every\n"
        "> > 550 residents, according to the city's 2021 security plan.\n\n"
        "Thanks for the correction. Tallinn has 400 cameras, which is fewer than most.\n"
    )
    assert "one for every\n550 residents, according" in unquote(text)
    assert ">" not in unquote(text)


def test_a_single_greater_than_sign_is_kept() -> None:
    text = "Cameras per 1,000 people\n> 100 in Taiyuan\n"
    assert unquote(text) == text


def test_a_longer_letterhead_line_does_not_hide_the_wrap_width() -> None:
    text = (
        "CITY OF BIRMINGHAM, ALABAMA - OFFICE OF THE CITY CLERK - 710 North 20th Street, "
        "Birmingham, AL 35203-2216\n"
        "Meeting Date: January 13, 2026\nAgenda Item No.: 27\nCouncil District(s): All\n"
        "Department: Police\nRESOLUTION NO. 26-0027\nBACKGROUND\n\n"
        "As of the end of FY2025 (September 30, 2025), the RTCC integrated 1,320\n"
        "cameras, of which 310 are City-owned fixed cameras and the balance are\n"
        "private cameras shared by business, church, school and apartment partners\n"
        "through the Fusus platform, which the City has used since the RTCC opened.\n"
        "Registered cameras cannot be viewed by the RTCC; registration only tells\n"
        "investigators where video may exist after an incident.\n"
    )
    assert wrap_width(text.split("\n")) == 74
    assert "integrated 1,320 cameras, of which" in unwrap(text)


def test_a_lone_longer_line_inside_the_text_does_not_set_the_wrap_width() -> None:
    story = " ".join(
        f"In district {n} the police command said its operations room receives feeds from "
        f"{n * 100} cameras, most of them along the main roads."
        for n in range(1, 9)
    )
    text = (
        "Interior Ministry: Baghdad surveillance network tops 11,000 cameras, officials say\n\n"
        + textwrap.fill(story, 70)
        + "\n\nThe Nineveh Operations Command installed 1,150 cameras in Mosul in\n"
        "2024 as part of the city's reconstruction after the defeat of the\n"
        "Islamic State group, the statement said.\n"
    )
    assert wrap_width(text.split("\n")) == 70
    assert "cameras in Mosul in 2024 as part" in unwrap(text)


def test_a_caption_line_is_not_joined_to_the_header_under_it() -> None:
    prose = textwrap.fill(
        "Nordic camera networks remain small by international standards but are growing "
        "quickly, and growth has not been accompanied by measurable reductions in street crime "
        "in any of the eight cities we studied over the ten years of the panel.",
        90,
    )
    text = (
        prose
        + "\n\nTable 2. Public-space cameras operated by police and municipalities, by city, 2025\n"
        "City Country Cameras Per 1,000 res. Per km2 Street crimes per 1,000 res.\n"
        "Copenhagen DK 212 0.32 2.4 41.2\n"
    )
    assert wrap_width(text.split("\n")) == 90
    assert "\nCity Country Cameras Per 1,000 res." in unwrap(text)
    # (also an annex's or appendix's table)
    annexed = text.replace("\nTable 2.", "\nAnnex Table 2.")
    assert "\nCity Country Cameras Per 1,000 res." in unwrap(annexed)


def test_a_rule_line_is_never_joined() -> None:
    prose = (
        "Table 4.1 brings these figures together with the 2022 census populations, metro by "
        "metro, as the chapter's argument needs them to be set side by side."
    )
    text = "\n".join(
        [
            prose[:86],
            prose[87:],
            "",
            "Table 4.1  Municipal CCTV cameras in four metropolitan municipalities, 2022",
            "-" * 79,
            "Metro                      Cameras    Population (Census 2022)    Per 100,000",
            " " * 67 + "residents",
            "-" * 79,
            "Johannesburg                   402          4 803 262                  8.37",
            "-" * 79,
            "Sources: municipal annual reports and PAIA responses; Stats SA (2023). These are the",
            "figures the metros gave.",
        ]
    )
    lines = unwrap(text).split("\n")
    assert lines.count("-" * 79) == 3
    assert " " * 67 + "residents" in lines


def test_captions_lose_their_timestamp_lines_and_rejoin_mid_sentence() -> None:
    captions = (
        "Transcript\n0:41\nAstana. The capital of Kazakhstan.\n0:50\n"
        "In Astana, the project says it has around fifteen\n0:54\n"
        "thousand cameras connected to one control room.\n0:58\n[Music]\n1:02\nOkay.\n"
    )
    assert uncaption(captions) == (
        "Transcript\nAstana. The capital of Kazakhstan.\n"
        "In Astana, the project says it has around fifteen thousand cameras connected to one "
        "control room.\n[Music]\nOkay.\n"
    )


def test_subtitle_cues_lose_their_numbers_and_timings() -> None:
    cues = [
        ("In 2016 the Lagos State government", "promised 10,000 cameras"),
        ("for Africa's biggest city.",),
        ("- Right now we have, uh...",),
        ("one thousand cameras.",),
        ("TUNDE: That's roughly one camera",),
        ("for every 8,000 Lagosians.",),
    ]
    srt = "".join(
        f"{number}\n00:00:{number:02},000 --> 00:00:{number + 1:02},500\n"
        + "\n".join(lines)
        + "\n\n"
        for number, lines in enumerate(cues, start=1)
    )
    assert uncaption(srt).split("\n") == [
        "In 2016 the Lagos State government promised 10,000 cameras for Africa's biggest city.",
        "- Right now we have, uh... one thousand cameras.",
        "TUNDE: That's roughly one camera for every 8,000 Lagosians.",
        "",
        "",
    ]


def test_automatic_captions_without_punctuation_keep_their_lines() -> None:
    lines = [
        "how many cameras are working in karachi",
        "so right now phase one is 1300 sorry",
        "1380 cameras that are live and connected",
        "lahore has eight thousand cameras",
        "dhaka has what about 20,000",
    ]
    captions = "".join(f"0:{10 + n * 3:02}\n{line}\n" for n, line in enumerate(lines))
    assert uncaption(captions) == "\n".join(lines) + "\n"


def test_a_text_with_a_few_times_of_day_is_no_caption_file() -> None:
    text = "Meeting notes\n9:30\nOpening.\n10:15\nCameras item: the city has\n400 cameras.\n"
    assert uncaption(text) == text


def test_rows_with_dot_leaders_are_kept_apart() -> None:
    rows = (
        "    Sequim ......................... 9 cameras (2025)\n"
        "    Poulsbo ........................ 22 cameras (2026)\n"
        "    Anacortes ...................... about 30 cameras\n"
        "    Port Angeles ................... 41 cameras (2025)\n"
    )
    assert unwrap("Towns in Washington State.\n\n" + rows).endswith(rows)


TRANSCRIPT = """                                                    Page 2

  1             CHAIRMAN OKAFOR:  Good morning. This meeting of the
  2       Committee on Public Safety will come to order. My staff
  3       tells me Philadelphia has about 1.6 cameras per thousand
  4       residents. Chicago has about
  5       13. Washington has nearly 10.
  6             MS. CASTELLANOS:  That's broadly consistent.
  7       When the program
  8       started in 2018, there were 170 cameras. The School
  9       District operates roughly 7,500 cameras in its

            Keystone Reporting Services, LLC   (215) 555-0166

                                                    Page 3

  1       buildings.
  2       Q.  And the Housing Authority?
  3       A.  About 1,400 at its developments.
  4             CHAIRMAN OKAFOR:  Thank you.
"""


def test_a_numbered_transcript_loses_its_line_numbers_and_joins_its_lines() -> None:
    assert unnumber(TRANSCRIPT).split("\n") == [
        "                                                    Page 2",
        "",
        "CHAIRMAN OKAFOR:  Good morning. This meeting of the Committee on Public Safety will "
        "come to order. My staff tells me Philadelphia has about 1.6 cameras per thousand "
        "residents. Chicago has about 13. Washington has nearly 10.",
        "MS. CASTELLANOS:  That's broadly consistent. When the program started in 2018, there "
        "were 170 cameras. The School District operates roughly 7,500 cameras in its buildings.",
        "",
        "            Keystone Reporting Services, LLC   (215) 555-0166",
        "",
        "                                                    Page 3",
        "",
        "Q.  And the Housing Authority?",
        "A.  About 1,400 at its developments.",
        "CHAIRMAN OKAFOR:  Thank you.",
        "",
    ]


def test_text_with_a_few_numbered_lines_is_no_transcript() -> None:
    text = "Cameras by ward\n 1   Central   420\n 2   North     310\n 3   South     150\n"
    assert unnumber(text) == text
    # (nor numbers that do not count lines: a column of figures)
    column = "\n".join(f"{n * 37 % 90 + 1:>2}   cameras in ward {n}" for n in range(1, 20))
    assert unnumber(column) == column
    # (nor a ranked table, whose rows are numbered too)
    ranked = "Most watched cities\n" + "\n".join(
        f"{n:>2}   City{n}      {n * 1000:,}   {n / 10:.1f}" for n in range(1, 16)
    )
    assert unnumber(ranked) == ranked


def test_a_caption_that_stops_on_a_pause_goes_on_in_lower_case() -> None:
    lines = ["We have, uh...", "one thousand cameras.", "In Lagos.", "Okay.", "Yes.", "Fine."]
    captions = "".join(f"0:{10 + n * 3:02}\n{line}\n" for n, line in enumerate(lines))
    assert uncaption(captions).split("\n")[:2] == [
        "We have, uh... one thousand cameras.",
        "In Lagos.",
    ]
