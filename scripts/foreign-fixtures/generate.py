#!/usr/bin/env python3
"""Foreign fixtures: the sample sheets printed to PDF by an office suite and by a browser.

Analysts feed tariff sheets that were printed from LibreOffice or a browser rather than drawn
by our own renderer. This script writes the project's sample sheets (the specs in
Sources/Renderer/Samples/: ConnextVoiceSample.swift, and the family's ZakelijkMobielSample.swift
and ZakelijkInternetSample.swift) as plain HTML, the way a designer would lay them out, and
prints each HTML to PDF twice:

  * LibreOffice headless (the HTML opened in Writer, exported with writer_pdf_Export)
  * Chromium headless (--print-to-pdf, no header/footer)

Outputs, for each STEM of connext-voice, zakelijk-mobiel, zakelijk-internet (all committed,
so CI needs neither program):

  scripts/foreign-fixtures/STEM.html
  Tests/EndToEndTests/Fixtures/foreign/STEM-libreoffice.pdf
  Tests/EndToEndTests/Fixtures/foreign/STEM-chromium.pdf

Usage:
  python3 scripts/foreign-fixtures/generate.py            # HTML + both PDFs
  python3 scripts/foreign-fixtures/generate.py --html-only
  python3 scripts/foreign-fixtures/generate.py --only libreoffice|chromium
  python3 scripts/foreign-fixtures/generate.py --sheet zakelijk-mobiel --sheet zakelijk-internet

Needs (Debian): libreoffice-writer-nogui (or libreoffice-writer), chromium, fonts-dejavu-core.

Spec conventions carried over: "{n}" in a text is a footnote marker and becomes <sup>n</sup>;
"\\n" in a name or label is a designer's line break and becomes <br>. Amounts are kept exactly
as printed in the spec ("€ 15,00 (per gebruiker)", "€ 0,22 - € 0,43"); None is an empty cell.
Each spec page is one PDF page (page-break-after), so footnote numbering restarts per page.
"""

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT_DIR = os.path.join(ROOT, "Tests", "EndToEndTests", "Fixtures", "foreign")

# ---------------------------------------------------------------------------------------------
# The spec, transcribed from ConnextVoiceSample.swift (keep the two in step).
# ---------------------------------------------------------------------------------------------

TITLE = "Tarieven KPN EEN MKB Connext Voice"
NOTE = "Door KPN te factureren"

CONNEXT_COLUMNS = ["Prijs / maand", "Eerste installatie /\nnieuwe locatie{1}", "Kosten activering\nbij uitbreiding"]

INSTALLATION_FOOTNOTE = ("1", "1e installatie betekent dat de eenmalige kosten 1 keer worden berekend ongeacht "
                         "aantal users. Bij uitbreiding/bijbestellen worden deze kosten nogmaals 1 keer "
                         "berekend. Bij Pro en Plus users worden eenmalige kosten per user berekend.")


def table(columns, rows, caption=None, note=None, name_header="Productnaam", name_pct=40, widths=None,
          note_own_line=False, transposed=False):
    """A price table. `columns`: labels, or (label, group) for a two-level header; `widths`: the
    price columns' shares in percent (default: equal shares of what `name_pct` leaves)."""
    return ("table", {"caption": caption, "note": note, "name_header": name_header,
                      "columns": columns, "rows": rows, "name_pct": name_pct, "widths": widths,
                      "note_own_line": note_own_line, "transposed": transposed})


def group(text):
    return ("group", text)


def product(name, *cells, annotation=None, remarks=()):
    return ("product", {"name": name, "annotation": annotation, "cells": list(cells), "remarks": list(remarks)})


CONNEXT_PAGE = {
    "blocks": [
        table(CONNEXT_COLUMNS, caption="Connext Voice", note=NOTE, rows=[
            group("Centrale{1}"),
            product("KPN EEN Connext Centrale{2}", "€ 5,00", "€ 0,00", "€ 0,00"),
            group("Groepsopties bij de Centrale"),
            product("KPN EEN Fax naar e-mail", "€ 2,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Bel-me-nu", "€ 5,00", "€ 0,00", "€ 0,00"),
            product("KPN EEN Keuzemenu\ninstallatieservice", "€ 0,00", "€ 67,50", "€ 67,50"),
            group("Internet voor Vast Bellen (optioneel){3}"),
            product("KPN EEN Vast Bellen over\nInternet", "€ 21,20", None, "€ 99,00"),
            group("Gebruikers{3}"),
            product("KPN EEN Connext Plus", "€ 4,50", "€ 15,00 (per gebruiker)", "€ 15,00"),
            product("KPN EEN Connext Pro", "€ 7,50", "€ 15,00 (per gebruiker)", "€ 15,00"),
        ]),
    ],
    "footnotes": [
        INSTALLATION_FOOTNOTE,
        ("2", "Indien een keuzemenu gebruikt gaat worden bij de centrale, dan is aanvullend de KPN EEN "
              "Keuzemenu installatieservice nodig."),
        ("3", "Combinatie Voordelen kunnen van toepassing zijn indien aan de voorwaarden wordt voldaan."),
    ],
}

PRO = "(alleen bij Pro user)"
PLUS = "(alleen bij Plus user)"

OPTIONS_PAGE = {
    "blocks": [
        table(CONNEXT_COLUMNS, caption="Connext Voice", note=NOTE, rows=[
            group("Gebruikersopties"),
            product("KPN EEN Onbeperkt Bellen\nNederland", "€ 5,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Onbeperkt Bellen\nEU en Noord-Amerika\n(excl. Nederland)", "€ 7,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Desktop Integratie\nBasis", "€ 0,25", "€ 22,50", "€ 22,50", annotation=PLUS),
            product("KPN EEN Desktop\nIntegratie Standaard", "€ 1,50", "€ 22,50", "€ 22,50", annotation=PLUS),
            product("KPN EEN Desktop Integratie\nPremium Installatie Service{2}", "€ 0,00", "€ 22,50", "€ 22,50",
                    annotation=PRO),
            product("KPN EEN Receptionist+", "€ 25,00", "€ 45,00", "€ 45,00", annotation=PRO),
            product("KPN EEN Callcenter Premium", "€ 5,00", "€ 90,00", "€ 90,00", annotation=PRO),
            product("KPN EEN Callcenter Basis\nInstallatie Service{3}", "€ 0,00", "€ 45,00", "€ 45,00"),
            product("KPN EEN Callcenter Agent", "€ 12,50", "€ 15,00", "€ 15,00", annotation=PRO),
            product("KPN EEN Callcenter\nSupervisor", "€ 20,00", "€ 30,00", "€ 30,00", annotation=PRO),
            product("KPN EEN Rapportage Basis", "€ 19,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Gespreksopname\n90 dagen", "€ 5,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Gespreksopname\n7 jaar", "€ 35,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Webex Standaard", "€ 4,50", "€ 15,00", "€ 15,00"),
            product("KPN EEN Webex Premium", "€ 18,50", "€ 15,00", "€ 15,00"),
        ]),
    ],
    "footnotes": [
        INSTALLATION_FOOTNOTE,
        ("2", "Van toepassing indien de Pro user de dienst wil gebruiken."),
        ("3", "Indien de user de Basis licentie wil gebruiken."),
    ],
}

NUMBERS_PAGE = {
    "blocks": [
        table(["Prijs / maand", "Eenmalige kosten"], caption="Telefoonnummers", note=NOTE, rows=[
            product("1 telefoonnummer nieuw (regionaal, 085)", "€ 1,00", "€ 0,00"),
            product("10-nummerblok nieuw/porteren", "€ 2,50", "€ 0,00"),
            product("100-nummerblok nieuw/porteren", "€ 5,00", "€ 0,00"),
            product("Servicenummer 0800-nummer", "€ 50,00", "€ 100,00"),
            product("Telefoonnummer nieuw 1 nummer UK, België, Finland, Portugal, Zweden, Ierland, "
                    "Luxemburg, Denemarken, Italië, Slovenië, Griekenland, Polen, Spanje, Canada, "
                    "Verenigde Staten", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer nieuw 1 nummer Duitsland", "€ 25,00", "€ 100,00"),
            product("Telefoonnummer porteren 1 nummer UK, Duitsland, België, Verenigde Staten", "€ 25,00", "€ 100,00"),
            product("KPN EEN Nummer porteren 1 nummer Spanje", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer porteren 10-blok België, Duitsland", "€ 100,00", "€ 200,00"),
            product("Telefoonnummer nieuw 10-blok België, Duitsland", "€ 100,00", "€ 100,00"),
            product("Telefoonnummer nieuw 10-blok nationaal (3222) Duitsland", "€ 100,00", "€ 100,00"),
            product("Telefoonnummer nieuw 1 nationaal (3222) Duitsland", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer nieuw 1 nationaal (78) België", "€ 25,00", "€ 50,00"),
        ]),
    ],
    "footnotes": [],
}

FAIR_USE = ("Zie daarvoor de aanvullende voorwaarden Online Diensten, "
            "https://www.kpn.com/algemene-voorwaarden/zakelijk/algemeen")

CALLS_PAGE = {
    "blocks": [
        ("sectionTitle", "Nationaal en internationaal bellen"),
        table(["Starttarief", "Kosten per minuut"], name_header="Nationaal bellen", rows=[
            group("Variabele kosten"),
            product("Bellen naar Nederlandse nummers", "€ 0,06", "€ 0,06", remarks=[
                "Minuten worden naar boven afgerond, centen worden naar boven afgerond.",
                "On-net verkeer is gratis en geldt voor gesprekken naar vaste bestemmingen binnen de "
                "telefooncentrale (gesprekken binnen de organisatie).",
            ]),
        ]),
        ("paragraph", "Onbeperkt bellen naar Nederlandse nummers", True),
        ("bullets", [
            "Bellen in Nederland is onbeperkt bij normaal gebruik met de vaste telefoon, hierop is een Fair Use "
            "Policy van toepassing. " + FAIR_USE,
            "Indien gebeld wordt naar 090x/18xy/084/087/066/067 nummers dan worden alleen de kosten voor "
            "bellen voor het betaalnummer in rekening gebracht.",
        ]),
        ("spacer", 10),
        table(["Start-\ntarief", "Kosten\nper minuut", "Kosten per minuut\nmobiele nummer"],
              name_header="Internationaal bellen", rows=[
            group("Bellen naar buitenlandse nummers{1}"),
            product("Noordwest-Europa en\nNoord-Amerika", "€ 0,09", "€ 0,06", "€ 0,27"),
            product("Midden- en Zuid-Europa, Australië\nen Nieuw-Zeeland", "€ 0,09", "€ 0,11", "€ 0,32"),
            product("Oost-Europa, Israël, Turkije en het\nVerre Oosten", "€ 0,09", "€ 0,22", "€ 0,22 - € 0,43"),
            product("Nederlandse Antillen, Brazilië en\nNoord- en Zuid-Afrika", "€ 0,09", "€ 0,34", "€ 0,34 - € 0,55"),
            product("Rest van de wereld", "€ 0,09", "€ 0,59", "€ 0,59"),
            product("Uitzonderingen", "€ 0,09", "€ 0,64 - € 1,69", "€ 0,64 - € 1,69"),
        ]),
        ("paragraph", "Onbeperkt bellen naar EU & Noord-Amerikaanse nummers (excl. Nederland)", True),
        ("bullets", ["EER, Zwitserland, Andorra en Oekraïne", "Verenigde Staten en Canada"]),
        ("paragraph", "Bellen naar EU & Noord-Amerikaanse nummers is onbeperkt bij normaal gebruik met de vaste "
                      "telefoon, hierop is een Fair Use Policy van toepassing. " + FAIR_USE, False),
    ],
    "footnotes": [
        ("1", "De vermelde verkeerstarieven, zoals hierboven getoond, zijn naar boven afgerond tot twee "
              "decimalen achter de komma. De berekening van deze tarieven gebeurt op basis van bedragen met "
              "meer dan twee decimalen achter de komma."),
    ],
}

DISCLAIMER_PAGE = {
    "blocks": [
        ("paragraph", "Disclaimer", True),
        ("paragraph", "Bij het samenstellen van dit document is de grootste zorg besteed aan de juistheid van de "
                      "hierin opgenomen informatie. KPN kan echter niet verantwoordelijk worden gehouden voor "
                      "eventuele onjuiste informatie verstrekt via dit document.", False),
        ("paragraph", "Vertrouwelijkheid", True),
        ("paragraph", "Dit document bevat vertrouwelijke informatie van KPN. Dit document, of onderdeel ervan, mag "
                      "niet buiten je organisatie verspreid worden zonder voorafgaande schriftelijke toestemming "
                      "van KPN.", False),
        ("paragraph", "Copyright", True),
        ("paragraph", "Niets uit dit document mag zonder voorafgaande schriftelijke toestemming van KPN "
                      "verveelvoudigd en/of openbaar worden gemaakt door middel van druk, offset, fotokopie of "
                      "microfilm of in enige digitale, elektronische, optische of andere vorm of (en dit geldt zo "
                      "nodig in aanvulling op het auteursrecht) gereproduceerd worden ten behoeve van een "
                      "onderneming, organisatie of instelling of voor eigen oefening, studie of gebruik.", False),
        ("paragraph", "Wijzigingen en zetfouten voorbehouden.", False),
    ],
    "footnotes": [],
}

PAGES = [CONNEXT_PAGE, OPTIONS_PAGE, NUMBERS_PAGE, CALLS_PAGE, DISCLAIMER_PAGE]

# ---------------------------------------------------------------------------------------------
# The family's two sample sheets, transcribed from Sources/Renderer/Samples/ZakelijkMobielSample.swift
# and ZakelijkInternetSample.swift (keep them in step). Beyond the Connext Voice conventions: a
# column is a label or (label, group) for a two-level header; "\u00ad\n" in a name is a soft
# hyphen where the designer broke the line (written as &shy;, so the printing program breaks and
# hyphenates there when the column is narrow enough); a marker of stars ("*") is plain text; a
# ("footnotes", [...]) block prints notes in place, under the table before it.
# ---------------------------------------------------------------------------------------------

MOBIEL_TITLE = "Tarieven KPN EEN Zakelijk Mobiel"
MOBIEL_PAGES = [
    {
        "blocks": [
            ("paragraph", "Geldig vanaf 1 maart 2027", False),
            ("paragraph", "Alle prijzen zijn exclusief btw.", False),
            table(["Data", "Bellen", ("12 maanden", "Maandprijs"), ("24 maanden", "Maandprijs"), "Aansluitkosten"],
                  caption="Mobiele abonnementen", note=NOTE, name_pct=30, widths=[12, 12, 14, 14, 18], rows=[
                group("Bundels"),
                product("KPN EEN Zakelijk Mobiel 5 GB", "5 GB", "Onbeperkt", "€ 15,00", "€ 13,50", "€ 30,00"),
                product("KPN EEN Zakelijk Mobiel 10 GB", "10 GB", "Onbeperkt", "€ 19,00", "€ 17,10", "€ 30,00"),
                product("KPN EEN Zakelijk Mobiel 20 GB", "20 GB", "Onbeperkt", "€ 24,00", "€ 21,60", "€ 30,00"),
                product("KPN EEN Zakelijk Mobiel Onbeperkt*", "Onbeperkt", "Onbeperkt", "€ 32,50", "€ 29,25", "Gratis"),
                group("Alleen data"),
                product("KPN EEN Zakelijk Data 10 GB", "10 GB", "n.v.t.", "€ 12,00", "€ 10,80", "€ 30,00"),
                product("KPN EEN Zakelijk Data Onbeperkt**", "Onbeperkt", "n.v.t.", "€ 27,50", "€ 24,75", "€ 30,00"),
            ]),
        ],
        "footnotes": [
            ("*", "Onbeperkt bellen, sms'en en internetten in Nederland bij normaal gebruik; hierop is een Fair Use "
                  "Policy van toepassing."),
            ("**", "Onbeperkt data in Nederland; in de EU geldt een limiet van 30 GB per maand."),
        ],
    },
    {
        "blocks": [
            table(["Data", "Prijs / maand", "Eenmalig"], caption="Extra data", note="Bovenop de bundel, per simkaart",
                  note_own_line=True, rows=[
                product("Extra data 1 GB{1}", "1 GB", "€ 5,00", "€ 7,50"),
                product("Extra data 5 GB", "5 GB", "€ 10,00", "€ 15,00"),
                product("Dagbundel EU", "500 MB", "–", "€ 2,50"),
                product("Dagbundel Onbeperkt", "Onbeperkt", "–", "€ 4,95"),
            ]),
            ("footnotes", [("1", "Extra data is geldig tot het einde van de maand waarin ze is gekocht.")]),
            table(["Prijs / maand", "Aansluitkosten"], caption="Opties", note=NOTE, rows=[
                group("Zakelijke opties"),
                product("KPN EEN Vast Nummer op Mobiel{1}", "€ 4,50", "€ 0,00"),
                product("KPN EEN Extra Simkaart", "€ 7,50", "€ 10,00"),
                product("KPN EEN Mobiele Beveiliging Plus", "€ 3,00", "€ 0,00", annotation="(alleen bij Pro user)"),
                product("KPN EEN Roaming Wereld", "€ 12,50", "Gratis"),
                product("KPN EEN Device Management", "op aanvraag", "op aanvraag"),
            ]),
            ("footnotes", [("1", "Het vaste nummer blijft bereikbaar op de mobiele telefoon, ook buiten kantoortijden.")]),
        ],
        "footnotes": [],
    },
    {
        "blocks": [
            ("sectionTitle", "Buiten de bundel"),
            table(["Per minuut", "Per sms", "Per MB"], caption="Gebruik buiten de bundel", note="Bedragen in €",
                  name_header="", rows=[
                product("Nederland", "0,25", "0,10", "0,0050"),
                product("EU en EER{1}", "0,25", "0,10", "0,0050"),
                product("Zwitserland en Verenigd Koninkrijk", "0,85", "0,35", "0,0450"),
                product("Rest van de wereld", "2,25", "0,55", "1,25"),
                product("Gratis nummers (0800)", "Gratis", "n.v.t.", "n.v.t."),
            ]),
            ("spacer", 6),
            table(["Starttarief", "Per minuut"], name_header="Bellen naar het buitenland", rows=[
                group("Vanuit Nederland"),
                product("EU en EER", "€ 0,09", "€ 0,19"),
                product("Verenigde Staten en Canada", "€ 0,09", "€ 0,22 - € 0,43"),
                product("Rest van de wereld", "€ 0,09", "€ 1,15"),
            ]),
        ],
        "footnotes": [
            ("1", "Binnen de EU en de EER bel, sms en internet je tegen Nederlandse tarieven (Roam like at home)."),
        ],
    },
    {
        "blocks": [
            table(["Data", "Bellen", "Maandprijs", "Aansluitkosten"], caption="Sim Only", name_header="",
                  transposed=True, name_pct=30, rows=[
                product("KPN EEN Sim Only 3 GB", "3 GB", "300 min", "€ 9,50", "€ 20,00"),
                product("KPN EEN Sim Only 10 GB", "10 GB", "Onbeperkt", "€ 14,00", "€ 20,00"),
                product("KPN EEN Sim Only 25 GB", "25 GB", "Onbeperkt", "€ 19,50", "Gratis"),
                product("KPN EEN Sim Only Onbeperkt", "Onbeperkt", "Onbeperkt", "€ 27,00", "Gratis"),
            ]),
            ("paragraph", "Sim Only-abonnementen hebben een looptijd van 1 maand en zijn maandelijks opzegbaar.", False),
            ("paragraph", "Wijzigingen en zetfouten voorbehouden.", False),
        ],
        "footnotes": [],
    },
]

INTERNET_TITLE = "Tarieven KPN EEN Zakelijk Internet"
INTERNET_PAGES = [
    {
        "blocks": [
            ("paragraph", "Geldig vanaf 1 maart 2027", False),
            ("paragraph", "Alle prijzen zijn exclusief btw.", False),
            table(["Snelheid", ("1 jaar", "Prijs / maand"), ("2 jaar", "Prijs / maand"), "Aansluitkosten{2}"],
                  caption="Zakelijk Internet", note=NOTE, name_pct=38, widths=[14, 14, 14, 20], rows=[
                group("Glasvezel{1}"),
                product("KPN EEN Zakelijk Internet Basis", "100 Mbit/s", "€ 45,-", "€ 42,50", "€ 99,00"),
                product("KPN EEN Zakelijk Internet Glas 250", "250 Mbit/s", "€ 49,50", "€ 47,00", "€ 99,00"),
                product("KPN EEN Zakelijk Internet Glas 500", "500 Mbit/s", "€ 55,00", "€ 52,50", "€ 99,00"),
                product("KPN EEN Zakelijk Internet Ser\u00ad\nvice Plus", "1000 Mbit/s", "€ 69,00", "€ 65,00", "€ 99,00"),
                product("KPN EEN Zakelijk Internet Max", "4 Gbit/s", "€ 119,00", "€ 109,00", "€ 1.250,00"),
                group("Koper"),
                product("KPN EEN Zakelijk Internet Koper", "50 Mbit/s", "€ 39,95", "€ 37,50", "€ 75,00"),
            ]),
        ],
        "footnotes": [
            ("1", "Beschikbaarheid en maximale snelheid zijn afhankelijk van het adres."),
            ("2", "Eenmalige kosten bij een nieuwe aansluiting; bij een overstap binnen KPN worden geen "
                  "aansluitkosten berekend."),
        ],
    },
    {
        "blocks": [
            table(["Monthly fee", "Setup fee"], caption="Opties", note=NOTE, rows=[
                product("Vast IP-adres (IPv4){1}", "€ 10,00", "€ 25,00"),
                product("Extra vast IP-blok /29", "€ 25,00", "€ 45,-"),
                product("KPN EEN Beveiligd Wifi Basis", "Gratis", "Gratis"),
                product("KPN EEN Beveiligd Wifi Pro", "€ 9,50", "€ 49,00", annotation="(alleen bij Plus user)"),
                product("4G Backup", "€ 15,00", "n.v.t."),
                product("Installatie op locatie", "–", "op aanvraag"),
            ]),
            table(["Per GB", "Per MB"], caption="Data bij 4G Backup", note="Buiten Nederland per begonnen MB afgerekend",
                  note_own_line=True, rows=[
                product("Nederland", "€ 2,50", "€ 0,0025"),
                product("EU en EER", "€ 2,50", "€ 0,0025"),
                product("Rest van de wereld", "€ 12,50", "€ 0,0125"),
            ]),
        ],
        "footnotes": [
            ("1", "Het vaste IP-adres blijft behouden bij een verhuizing binnen Nederland."),
        ],
    },
    {
        "blocks": [
            table(["Starttarief", "Kosten per minuut"], name_header="Vast bellen via internet", rows=[
                product("Nederlandse vaste nummers", "€ 0,06", "€ 0,06"),
                product("Nederlandse mobiele nummers", "€ 0,06", "€ 0,12"),
                product("Internationaal", "€ 0,09", "€ 0,22 - € 0,43"),
                product("Gratis nummers (0800)", "Gratis", "Gratis"),
            ]),
            ("paragraph", "Disclaimer", True),
            ("paragraph", "Bij het samenstellen van dit document is de grootste zorg besteed aan de juistheid van de "
                          "hierin opgenomen informatie. KPN kan echter niet verantwoordelijk worden gehouden voor "
                          "eventuele onjuiste informatie verstrekt via dit document.", False),
            ("paragraph", "Wijzigingen en zetfouten voorbehouden.", False),
        ],
        "footnotes": [],
    },
]

# The sheets this script prints, by file stem.
SHEETS = {
    "connext-voice": (TITLE, PAGES),
    "zakelijk-mobiel": (MOBIEL_TITLE, MOBIEL_PAGES),
    "zakelijk-internet": (INTERNET_TITLE, INTERNET_PAGES),
}

# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

# Plain CSS that both Chromium and LibreOffice's HTML import understand: no flex or grid (the
# caption line is a borderless two-cell table), sizes in pt, widths as <col width> too, and text
# styles on the text's own element (LibreOffice drops font CSS set on <td>, and table margins).
CSS = """\
@page { size: A4; margin: 15mm }
body, p, h1, th, td, li, div { font-family: "DejaVu Sans", sans-serif }
body { font-size: 9pt; margin: 0 }
p { margin: 0 0 6pt 0 }
.runhead { font-size: 7.5pt; margin: 0 0 14pt 0 }
table.caption { width: 100%; border-collapse: collapse; margin: 0 0 5pt 0 }
table.caption td { padding: 0 }
.captiontext { font-size: 11pt; font-weight: bold }
table.prices { width: 100%; border-collapse: collapse; margin: 0 0 8pt 0 }
table.prices th { text-align: left; vertical-align: bottom; background: #e8e8e8; padding: 3pt 4pt }
table.prices td { text-align: left; vertical-align: top; padding: 3pt 4pt;
                  border-bottom: 0.5pt solid #c0c0c0 }
tr.group td { font-weight: bold }
.remark { font-size: 7.5pt; font-style: italic; margin: 1pt 0 0 0 }
h1.section { font-size: 14pt; font-weight: bold; margin: 0 0 7pt 0 }
p.heading { font-weight: bold; margin: 0 0 2pt 0 }
ul { margin: 0 0 8pt 0; padding-left: 12pt }
li { margin: 0 0 2pt 0 }
.footnotes { font-size: 7pt }
.footnotes p { font-size: 7pt; margin: 0 0 2pt 0 }
.footnotes p.first { margin-top: 16pt; border-top: 0.5pt solid #808080; padding-top: 4pt }
p.pageno { font-size: 7.5pt; text-align: right; margin: 12pt 0 0 0 }
"""

MARKER = re.compile(r"\{(\d+)\}")


def inline(text):
    """Spec text to inline HTML: escaped, {n} -> <sup>n</sup>, a soft hyphen -> &shy; (a designer's
    break after it is left to the printing program, which hyphenates there), \\n -> <br>."""
    out = html.escape(text, quote=False)
    out = MARKER.sub(r"<sup>\1</sup>", out)
    out = out.replace("\u00ad\n", "&shy;").replace("\u00ad", "&shy;")
    return out.replace("\n", "<br>")


def product_name(row):
    name = inline(row["name"])
    if row["annotation"]:
        name += " " + inline(row["annotation"])
    return name


def render_caption(spec, out):
    if spec["caption"] is None:
        return
    if spec["note_own_line"]:
        out.append('<table class="caption" width="100%" cellpadding="0" cellspacing="0">'
                   f'<tr><td align="left"><b class="captiontext">{inline(spec["caption"])}</b></td></tr>'
                   f'<tr><td align="left">{inline(spec["note"] or "")}</td></tr></table>')
        return
    out.append('<table class="caption" width="100%" cellpadding="0" cellspacing="0"><tr>'
               f'<td align="left"><b class="captiontext">{inline(spec["caption"])}</b></td>'
               f'<td align="right">{inline(spec["note"] or "")}</td>'
               '</tr></table>')


def header_rows(spec):
    """The header as one row, or two when columns carry a group: the group's label spans its
    columns (colspan, a rule under it), every other label spans both rows (rowspan)."""
    columns = [c if isinstance(c, tuple) else (c, None) for c in spec["columns"]]
    name = inline(spec["name_header"])
    if all(group is None for _, group in columns):
        return ["<tr>" + f'<th align="left" valign="bottom">{name}</th>'
                + "".join(f'<th align="left" valign="bottom">{inline(label)}</th>' for label, _ in columns) + "</tr>"]
    top = [f'<th align="left" valign="bottom" rowspan="2">{name}</th>']
    lower = []
    index = 0
    while index < len(columns):
        label, group = columns[index]
        if group is None:
            top.append(f'<th align="left" valign="bottom" rowspan="2">{inline(label)}</th>')
            index += 1
            continue
        span = [label]
        while index + len(span) < len(columns) and columns[index + len(span)][1] == group:
            span.append(columns[index + len(span)][0])
        top.append(f'<th align="center" valign="bottom" colspan="{len(span)}" '
                   f'style="text-align: center; border-bottom: 0.5pt solid #606060">{inline(group)}</th>')
        lower += [f'<th align="left" valign="bottom">{inline(inner)}</th>' for inner in span]
        index += len(span)
    return ["<tr>" + "".join(top) + "</tr>", "<tr>" + "".join(lower) + "</tr>"]


def render_table(spec, out):
    render_caption(spec, out)
    products = [row for kind, row in spec["rows"] if kind == "product"]
    ncols = len(products) if spec["transposed"] else len(spec["columns"])
    # Name column 40 % by default, price columns share the rest (wide enough for "Eerste
    # installatie /" in bold, so header labels wrap only at the spec's breaks). Chromium takes the
    # CSS width; LibreOffice's HTML import ignores it (and percentages on <col>) but honours "n*".
    name_pct = spec["name_pct"]
    widths = spec["widths"] or [(100 - name_pct) / ncols] * ncols
    out.append('<table class="prices" width="100%" cellpadding="4" cellspacing="0">')
    out.append("<colgroup>" + f'<col width="{name_pct}*" style="width: {name_pct}%">'
               + "".join(f'<col width="{round(pct)}*" style="width: {pct:.2f}%">' for pct in widths)
               + "</colgroup>")
    if spec["transposed"]:
        # Products as columns: their names across the header row, each column a fact row.
        out.append("<tr>" + f'<th align="left" valign="bottom">{inline(spec["name_header"])}</th>'
                   + "".join(f'<th align="left" valign="bottom">{product_name(row)}</th>' for row in products)
                   + "</tr>")
        for index, label in enumerate(spec["columns"]):
            cells = "".join(f'<td valign="top">{inline(row["cells"][index]) if row["cells"][index] is not None else ""}</td>'
                            for row in products)
            out.append(f'<tr><td valign="top">{inline(label)}</td>{cells}</tr>')
        out.append("</table>")
        return
    out += header_rows(spec)
    for kind, row in spec["rows"]:
        if kind == "group":
            out.append(f'<tr class="group"><td valign="top"><b>{inline(row)}</b></td>'
                       + '<td valign="top"></td>' * ncols + "</tr>")
            continue
        name = product_name(row)
        for remark in row["remarks"]:
            name += f'<div class="remark"><i>{inline(remark)}</i></div>'
        cells = "".join(f'<td valign="top">{inline(c) if c is not None else ""}</td>' for c in row["cells"])
        out.append(f'<tr><td valign="top">{name}</td>{cells}</tr>')
    out.append("</table>")


def footnote_marker(marker):
    """A digit marker raised; a star marker plain, as the sheets print it ("* Alleen bij …")."""
    return marker if set(marker) == {"*"} else f"<sup>{marker}</sup>"


def render_block(block, out):
    kind = block[0]
    if kind == "table":
        render_table(block[1], out)
    elif kind == "sectionTitle":
        out.append(f'<h1 class="section">{inline(block[1])}</h1>')
    elif kind == "paragraph":
        text, bold = block[1], block[2]
        out.append(f'<p class="heading"><b>{inline(text)}</b></p>' if bold else f"<p>{inline(text)}</p>")
    elif kind == "bullets":
        out.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in block[1]) + "</ul>")
    elif kind == "spacer":
        out.append(f'<div style="height: {block[1]}pt"></div>')
    elif kind == "footnotes":
        out.append('<div class="footnotes">')
        for marker, text in block[1]:
            out.append(f"<p>{footnote_marker(marker)} {inline(text)}</p>")
        out.append('<div style="height: 6pt"></div></div>')
    else:
        raise ValueError(kind)


def render_html(title, pages):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{inline(title)}</title>", "<style>", CSS.rstrip(), "</style>", "</head>", "<body>"]
    for number, page in enumerate(pages, start=1):
        last = number == len(pages)
        brk = "" if last else ' style="page-break-after: always"'
        out.append(f'<div class="sheetpage"{brk}>')
        out.append(f'<p class="runhead">{inline(title)}</p>')
        for block in page["blocks"]:
            render_block(block, out)
        if page["footnotes"]:
            out.append('<div class="footnotes">')
            for index, (marker, text) in enumerate(page["footnotes"]):
                first = ' class="first"' if index == 0 else ""
                out.append(f"<p{first}>{footnote_marker(marker)} {inline(text)}</p>")
            out.append("</div>")
        # The break sits on the page number (the page's last paragraph) as well as on the page's
        # div: LibreOffice's HTML import honours page-break-after on paragraphs only (and it
        # matches no compound selector such as p.pageno.last, hence inline styles).
        out.append(f'<p class="pageno"{brk}>{number}</p>')
        out.append("</div>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------

def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    sys.exit(f"none of {', '.join(names)} is installed (apt-get install libreoffice-writer-nogui chromium)")


def print_libreoffice(html_path, pdf_path):
    soffice = find("soffice", "libreoffice")
    with tempfile.TemporaryDirectory(prefix="ff-lo-") as work:
        profile = os.path.join(work, "profile")
        # Open the HTML in Writer proper (not Writer/Web) so writer_pdf_Export applies.
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", work, html_path], check=True, stdout=subprocess.DEVNULL)
        produced = os.path.join(work, os.path.splitext(os.path.basename(html_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


def print_chromium(html_path, pdf_path):
    chromium = find("chromium", "chromium-browser", "google-chrome")
    with tempfile.TemporaryDirectory(prefix="ff-chromium-") as work:
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                        "file://" + html_path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html-only", action="store_true", help="write the HTML, print nothing")
    parser.add_argument("--only", choices=["libreoffice", "chromium"], help="print with one program")
    parser.add_argument("--sheet", choices=sorted(SHEETS), action="append",
                        help="the sheet to write and print (repeatable; default: every sheet)")
    args = parser.parse_args()

    for stem in args.sheet or SHEETS:
        title, pages = SHEETS[stem]
        html_path = os.path.join(HERE, f"{stem}.html")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(render_html(title, pages))
        print(os.path.relpath(html_path, ROOT))
        if args.html_only:
            continue
        os.makedirs(OUT_DIR, exist_ok=True)
        printers = {"libreoffice": print_libreoffice, "chromium": print_chromium}
        for name, printer in printers.items():
            if args.only and args.only != name:
                continue
            pdf = os.path.join(OUT_DIR, f"{stem}-{name}.pdf")
            printer(html_path, pdf)
            print(os.path.relpath(pdf, ROOT))


if __name__ == "__main__":
    main()
