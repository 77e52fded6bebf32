#!/usr/bin/python3
"""Writes the import test fixtures: one fictional equality action plan (Region Sydvik,
2018-2020, modelled on a real regional plan's shape: five prioritised articles, goals
with indicators, activities with a responsible, a timeframe in words and a cost) in the
shapes plans arrive in, in Swedish and English:

  plan-table-{sv,en}.xlsx     a table under a logo's alt text, a title and a note, with a
                              header split over two rows and merged cells (Swedish), or a
                              one-row header (English); a note below the table
  plan-document-{sv,en}.xlsx  the same plan copied from Word into one column (a few
                              bullets arrive as their own cell, as a tab splits them)
  plan-document-{sv,en}.txt   the same plan copied from a PDF: hard line breaks, a page
                              footer, a word hyphenated across a break
  decision-sv.xlsx            a committee's decision to sign the Charter and have a plan
                              drawn up, pasted into a sheet: no plan in it to import

Run with Debian's python3-openpyxl:  /usr/bin/python3 scripts/importFixtures.py
Plain cells only (no Excel tables). The outputs are committed; run again after a change.
"""
import datetime
import os
import textwrap
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# Fixed times, so that running the script again changes no byte of an unchanged fixture.
WHEN = datetime.datetime(2024, 1, 1)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "import")

# Each activity: (text, responsible, timeframe, cost as the document writes it,
# cost as the table holds it (None: the same text), resources).
SV = {
    "org": "Region Sydvik",
    "title": "Handlingsplan för jämställdhet 2018–2020",
    "note": "Antagen av regionfullmäktige 2017-11-20, § 112. Diarienummer RS 2017/0412.",
    "logo": "[Logotyp: Region Sydvik]",
    "after": "Planen följs upp i delårsrapporten och i årsredovisningen.",
    "background": [
        "Bakgrund",
        "Regionstyrelsen beslutade 2016-03-15 att Region Sydvik ska underteckna den europeiska "
        "deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå. Med "
        "undertecknandet följer att regionen inom två år antar en handlingsplan med mål, åtgärder, "
        "resurser och tidsramar.",
        "Planen bygger på deklarationens principer, bland andra:",
        "1. Jämställdhet mellan kvinnor och män är en grundläggande rättighet.",
        "2. Kvinnor och män ska delta på lika villkor där beslut fattas.",
        "3. Planer för jämställdhet behöver resurser för att ge resultat.",
        "Regionen har valt ut fem av deklarationens artiklar för planperioden. Målen nedan ska "
        "brytas ned i verksamheternas egna planer.",
    ],
    "articles": [
        (
            2,
            "Politisk representation",
            [
                (
                    "Jämn könsfördelning bland ordförande och vice ordförande i nämnder och styrelser",
                    "Andel kvinnor bland ordförande (%)",
                    "50 %",
                    [
                        ("Kartlägga könsfördelningen i nämnder, styrelser och beredningar", "Regionkansliet", "Våren 2019", "50 tkr", None, None),
                        ("Utbildning för valberedningen om jämställd representation", "Valberedningen", "HT 2019", "25 000 kr", 25000, None),
                        ("Redovisa könsfördelningen i årsredovisningen", "Regionkansliet", "årligen", "inom befintlig ram", None, None),
                    ],
                ),
                (
                    "Förtroendevalda kvinnor och män har samma villkor för sitt uppdrag",
                    None,
                    None,
                    [
                        ("Se över mötestider och ersättningsregler ur ett jämställdhetsperspektiv", "Regionkansliet", "t.o.m. 2019", None, None, None),
                        ("Enkät till förtroendevalda om villkoren för uppdraget", "Regionkansliet", "vår och höst varje år", "30 000 kr/år", None, None),
                    ],
                ),
            ],
        ),
        (
            5,
            "Att arbeta med partner för att främja jämställdhet",
            [
                (
                    "Jämställdhet ingår i regionens avtal med externa utförare",
                    None,
                    None,
                    [
                        ("Ta fram skrivningar om jämställdhet för avtal och upphandlingar", "Upphandlingsenheten", "Q2 2019", "80 tkr", 80000, None),
                        ("Följa upp avtalen med könsuppdelad statistik", "Upphandlingsenheten", "från 2020", None, None, None),
                    ],
                ),
            ],
        ),
        (
            11,
            "Arbetsgivarrollen",
            [
                (
                    "Inga osakliga löneskillnader mellan kvinnor och män",
                    "Antal osakliga löneskillnader",
                    "0",
                    [
                        ("Årlig lönekartläggning med analys per kön", "HR-avdelningen", "löpande", "120 tkr", 120000, None),
                        ("Åtgärda osakliga löneskillnader som kartläggningen visar", "HR-avdelningen", "inför budget 2021", "1,2 mnkr", None, None),
                    ],
                ),
                (
                    "Heltid som norm för alla anställda",
                    "Andel kvinnor med heltidsanställning (%)",
                    "90",
                    [
                        ("Erbjuda heltid vid nyanställning inom vård och omsorg", "HR-avdelningen", "2018–2020", "2 mkr", None, None),
                        ("Kartlägga ofrivillig deltid per yrkesgrupp", "HR-avdelningen", "2019 och framåt", None, None, "0,5 tjänst"),
                    ],
                ),
            ],
        ),
        (
            14,
            "Hälsa",
            [
                (
                    "Lika väntetider för kvinnor och män i specialistvården",
                    None,
                    None,
                    [
                        ("Analysera väntetider efter kön i alla specialiteter", "Hälso- och sjukvården", "jan–mars 2020", "200 000 kr", 200000, None),
                        ("Könsuppdelad statistik i verksamhetsrapporterna", "Regionledningskontoret", "varje kvartal", None, None, None),
                    ],
                ),
            ],
        ),
        (
            22,
            "Könsrelaterat våld",
            [
                (
                    "Fler medarbetare kan upptäcka våld i nära relationer och ge stöd",
                    "Andel medarbetare i primärvården som gått utbildningen (%)",
                    "80",
                    [
                        ("Utbildning om våld i nära relationer för primärvårdens medarbetare", "Hälso- och sjukvården", "2019–2020", "350 tkr", None, None),
                        ("Rutin för frågor om våldsutsatthet vid besök", "Hälso- och sjukvården", "senast juni 2019", None, None, None),
                    ],
                ),
                (
                    "Trygg kollektivtrafik för kvinnor och män",
                    None,
                    None,
                    [
                        ("Trygghetsvandringar vid busshållplatser och stationer", "Länstrafiken", "HT 2019", "40 000 kr", 40000, None),
                        ("Bättre belysning vid hållplatser där kvinnor känner sig otrygga", "Länstrafiken", "2020", "1,5 mnkr", None, None),
                    ],
                ),
            ],
        ),
    ],
    "labels": {"resp": "Ansvar", "time": "Tid", "cost": "Kostnad", "res": "Resurser", "ind": "Indikator", "target": "Målvärde"},
    "headers": ["Artikel", "Mål", "Aktivitet", "Ansvarig", "Tidplan", "Resurser", None, "Uppföljning", None],
    "subheaders": [None, None, None, None, None, "Kostnad", "Övrigt", "Indikator", "Målvärde"],
    "footer": "Sida {0} av 3",
}

EN = {
    "org": "Region Sydvik",
    "title": "Gender Equality Action Plan 2018–2020",
    "note": "Adopted by the Regional Council on 20 November 2017. Reference RS 2017/0412.",
    "logo": "[Logo: Region Sydvik]",
    "after": "The plan is followed up in the interim report and the annual report.",
    "background": [
        "Background",
        "On 15 March 2016 the Regional Executive Board decided that Region Sydvik should sign the "
        "European Charter for Equality of Women and Men in Local Life. Signing commits the region to "
        "adopt, within two years, an action plan with goals, measures, resources and timeframes.",
        "The plan rests on the principles of the Charter, among them:",
        "• Equality of women and men is a fundamental right.",
        "• Balanced participation of women and men in decision-making is a prerequisite of democracy.",
        "The region has chosen five of the Charter's articles for the plan period.",
    ],
    "articles": [
        (
            2,
            "Political representation",
            [
                (
                    "Equal numbers of women and men among chairs and vice-chairs of committees and boards",
                    "Share of women among chairs (%)",
                    "50%",
                    [
                        ("Map the gender balance of committees, boards and working groups", "Regional Secretariat", "Spring 2019", "SEK 50,000", 50000, None),
                        ("Training for the nominating committee on balanced representation", "Nominating Committee", "Autumn 2019", "SEK 25,000", 25000, None),
                        ("Report the gender balance in the annual report", "Regional Secretariat", "annually", "within existing budget", None, None),
                    ],
                ),
                (
                    "Elected women and men have the same conditions for their office",
                    None,
                    None,
                    [
                        ("Review meeting times and allowances from a gender perspective", "Regional Secretariat", "up to and including 2019", None, None, None),
                        ("Survey of elected members on the conditions of their office", "Regional Secretariat", "every spring and autumn", "SEK 30,000 per year", None, None),
                    ],
                ),
            ],
        ),
        (
            5,
            "Working with partners to promote equality",
            [
                (
                    "Gender equality is part of the region's contracts with external providers",
                    None,
                    None,
                    [
                        ("Draft equality clauses for contracts and procurements", "Procurement Unit", "Q2 2019", "SEK 80,000", 80000, None),
                        ("Follow up the contracts with statistics by sex", "Procurement Unit", "from 2020", None, None, None),
                    ],
                ),
            ],
        ),
        (
            11,
            "The role as employer",
            [
                (
                    "No unjustified pay gaps between women and men",
                    "Number of unjustified pay gaps",
                    "0",
                    [
                        ("Annual pay survey with analysis by sex", "HR Department", "ongoing", "SEK 120,000", 120000, None),
                        ("Correct the unjustified pay gaps the survey shows", "HR Department", "before the 2021 budget", "SEK 1.2 million", 1200000, None),
                    ],
                ),
                (
                    "Full-time work as the norm for all employees",
                    "Share of women employed full time (%)",
                    "90",
                    [
                        ("Offer full-time posts when recruiting in health and social care", "HR Department", "2018–2020", "SEK 2 million", 2000000, None),
                        ("Map involuntary part-time work by occupation", "HR Department", "2019 onwards", None, None, "half a post"),
                    ],
                ),
            ],
        ),
        (
            14,
            "Health",
            [
                (
                    "Equal waiting times for women and men in specialist care",
                    None,
                    None,
                    [
                        ("Analyse waiting times by sex in every specialty", "Health and Medical Care", "January–March 2020", "SEK 200,000", 200000, None),
                        ("Statistics by sex in the operational reports", "Regional Management Office", "every quarter", None, None, None),
                    ],
                ),
            ],
        ),
        (
            22,
            "Gender-based violence",
            [
                (
                    "More staff can recognise domestic violence and offer support",
                    "Share of primary care staff who completed the training (%)",
                    "80",
                    [
                        ("Training on domestic violence for primary care staff", "Health and Medical Care", "2019–2020", "SEK 350,000", 350000, None),
                        ("Routine for asking about violence at visits", "Health and Medical Care", "by June 2019", None, None, None),
                    ],
                ),
                (
                    "Safe public transport for women and men",
                    None,
                    None,
                    [
                        ("Safety walks at bus stops and stations", "Regional Public Transport", "Autumn 2019", "SEK 40,000", 40000, None),
                        ("Better lighting at stops where women feel unsafe", "Regional Public Transport", "2020", "SEK 1.5 million", 1500000, None),
                    ],
                ),
            ],
        ),
    ],
    "labels": {"resp": "Responsible", "time": "Timeframe", "cost": "Cost", "res": "Resources", "ind": "Indicator", "target": "Target"},
    "headers": ["Article", "Objective", "Activity", "Responsible", "Timeframe", "Budget (SEK)", "Resources", "Indicator", "Target"],
    "subheaders": None,
    "footer": "Page {0} of 3",
}


def save(wb, path):
    """Saves with pinned document and zip entry times."""
    wb.properties.created = WHEN
    wb.properties.modified = WHEN
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            pinned = zipfile.ZipInfo(info.filename, ZIP_TIME)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            z.writestr(pinned, data)


def goals_of(plan):
    """(article number, article title, goal number, goal) in plan order."""
    n = 0
    for number, title, goals in plan["articles"]:
        for goal in goals:
            n += 1
            yield number, title, n, goal


def table_xlsx(plan, path, lang):
    wb = Workbook()
    ws = wb.active
    ws.title = "Handlingsplan" if lang == "sv" else "Action plan"
    ws["A1"] = plan["logo"]
    ws["A2"] = plan["title"]
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = plan["note"]
    row = 5
    for c, h in enumerate(plan["headers"], start=1):
        if h is not None:
            ws.cell(row=row, column=c, value=h).font = Font(bold=True)
    if plan["subheaders"]:
        row += 1
        for c, h in enumerate(plan["subheaders"], start=1):
            if h is not None:
                ws.cell(row=row, column=c, value=h).font = Font(bold=True)
        # Headers without sub-headers span both rows; group headers span their sub-headers.
        for c, (h, sub) in enumerate(zip(plan["headers"], plan["subheaders"]), start=1):
            if h is not None and sub is None:
                ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
        ws.merge_cells("F5:G5")
        ws.merge_cells("H5:I5")
    row += 1
    first_article_row = {}
    for number, title, n, (goal, indicator, target, activities) in goals_of(plan):
        top = row
        for k, (text, resp, time, cost, table_cost, resources) in enumerate(activities, start=1):
            if lang == "sv":
                ws.cell(row=row, column=3, value=f"{n}.{k} {text}")
            else:
                ws.cell(row=row, column=3, value=text)
            ws.cell(row=row, column=4, value=resp)
            ws.cell(row=row, column=5, value=time)
            value = table_cost if table_cost is not None else cost
            if value is not None:
                ws.cell(row=row, column=6, value=value)
            if resources is not None:
                ws.cell(row=row, column=7, value=resources)
            row += 1
        if number not in first_article_row:
            first_article_row[number] = top
            label = f"Artikel {number} – {title}" if lang == "sv" else f"Article {number} – {title}"
            ws.cell(row=top, column=1, value=label)
        ws.cell(row=top, column=2, value=f"Mål {n}: {goal}" if lang == "sv" else goal)
        if indicator:
            ws.cell(row=top, column=8, value=indicator)
            ws.cell(row=top, column=9, value=float(target.rstrip("% ")) if lang == "en" else target)
        if row - 1 > top:
            for c in (2, 8, 9):
                ws.merge_cells(start_row=top, start_column=c, end_row=row - 1, end_column=c)
    # Article cells span all their goals' rows, as in the Word table.
    starts = sorted(first_article_row.values()) + [row]
    for a, b in zip(starts, starts[1:]):
        if b - 1 > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b - 1, end_column=1)
    ws.cell(row=row + 1, column=1, value=plan["after"])
    for col, width in zip("ABCDEFGHI", (28, 40, 48, 22, 18, 14, 14, 30, 10)):
        ws.column_dimensions[col].width = width
    for r in ws.iter_rows():
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    save(wb, path)


def document_lines(plan, lang):
    """The plan as a Word document's paragraphs, one per line."""
    L = plan["labels"]
    lines = [plan["title"], plan["org"], ""] + plan["background"] + [""]
    seen = set()
    for number, title, n, (goal, indicator, target, activities) in goals_of(plan):
        if number not in seen:
            seen.add(number)
            lines += ["", f"Artikel {number} – {title}" if lang == "sv" else f"Article {number} – {title}"]
        if lang == "sv":
            lines.append(f"Mål {n}: {goal} (artikel {number})")
        else:
            lines.append(f"{n}. {goal} (Article {number})")
        if indicator:
            lines.append(f"{L['ind']}: {indicator}. {L['target']}: {target}")
        for k, (text, resp, time, cost, _table, resources) in enumerate(activities, start=1):
            if lang == "sv":
                parts = [f"{L['resp']}: {resp}.", f"{L['time']}: {time}."]
                if cost:
                    parts.append(f"{L['cost']}: {cost}.")
                if resources:
                    parts.append(f"{L['res']}: {resources}.")
                lines.append(f"• {text}. " + " ".join(parts))
            else:
                # English: numbered activities, each part on a line of its own.
                lines.append(f"{n}.{k} {text}")
                lines.append(f"{L['resp']}: {resp}")
                lines.append(f"{L['time']}: {time}")
                if cost:
                    lines.append(f"{L['cost']}: {cost}")
                if resources:
                    lines.append(f"{L['res']}: {resources}")
    lines += ["", plan["after"]]
    return lines


def document_xlsx(plan, path, lang):
    wb = Workbook()
    ws = wb.active
    ws.title = "Inklistrat" if lang == "sv" else "Pasted"
    for r, line in enumerate(document_lines(plan, lang), start=1):
        if line == "":
            continue
        # Every third bullet arrives with its bullet in a cell of its own (a tab after it).
        if line.startswith("• ") and r % 3 == 0:
            ws.cell(row=r, column=1, value="•")
            ws.cell(row=r, column=2, value=line[2:])
        else:
            ws.cell(row=r, column=1, value=line)
    ws.column_dimensions["A"].width = 120
    save(wb, path)


def document_text(plan, lang):
    """The plan as text copied from its PDF: lines broken at 90 characters, page footers."""
    out = []
    page = 1
    for line in document_lines(plan, lang):
        if line.startswith("Artikel 11") or line.startswith("Article 11") or line.startswith("Artikel 22") or line.startswith("Article 22"):
            out += [plan["footer"].format(page), ""]
            page += 1
        wrapped = textwrap.wrap(line, width=90, break_long_words=False, break_on_hyphens=False) or [""]
        out += wrapped
    # A word the PDF hyphenated across a line break.
    text = "\n".join(out) + "\n"
    if lang == "sv":
        text = text.replace("Kartlägga könsfördelningen i nämnder", "Kartlägga könsför-\ndelningen i nämnder", 1)
    return text


DECISION = [
    "Kommunstyrelsens arbetsutskott, protokollsutdrag",
    "§ 48 Undertecknande av CEMR-deklarationen",
    "Diarienummer KS 2024/0231",
    "",
    "Beslut",
    "Kommunstyrelsen undertecknar den europeiska deklarationen för jämställdhet på lokal och regional nivå.",
    "Kommundirektören får i uppdrag att ta fram den handlingsplan som deklarationen kräver.",
    "",
    "Sammanfattning",
    "Den som undertecknar ska inom två år anta en handlingsplan med mål, prioriteringar, åtgärder och resurser.",
    "Beslutet skickas till kommundirektören.",
]


def decision_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Protokoll"
    for r, line in enumerate(DECISION, start=1):
        if line:
            ws.cell(row=r, column=1, value=line)
    save(wb, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    decision_xlsx(os.path.join(OUT, "decision-sv.xlsx"))
    for lang, plan in (("sv", SV), ("en", EN)):
        table_xlsx(plan, os.path.join(OUT, f"plan-table-{lang}.xlsx"), lang)
        document_xlsx(plan, os.path.join(OUT, f"plan-document-{lang}.xlsx"), lang)
        with open(os.path.join(OUT, f"plan-document-{lang}.txt"), "w", encoding="utf-8") as f:
            f.write(document_text(plan, lang))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
