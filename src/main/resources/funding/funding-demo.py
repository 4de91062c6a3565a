#!/usr/bin/env python3
"""Writes the funding demo's illustrative records, consistent with the published totals in facts.csv.

The ANA Trust Fund's per-donor, per-year contributions are not public (facts.csv: "missing"); this spreads
yearly totals that add up to just over the published USD 3.2 billion by 2020-10-05 (S37, lower bound) and about
USD 1.4 billion by May 2016 (S40) over the donors by fixed shares. Rates are approximate yearly averages, a demo
table, not an official fixing. The fund pays out in US dollars but receives most of its money in other currencies,
so before each payment date it converts what the dollars held cannot cover, selling the currencies it holds most
of at the year's demo rate: no currency's cash is ever negative. Deterministic: run it again and the files are
the same.
"""
import csv
from datetime import date, timedelta
from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN

YEARS = list(range(2007, 2022))
RATES = {
    "EUR": "1.37 1.47 1.39 1.33 1.39 1.29 1.33 1.33 1.11 1.11 1.13 1.18 1.12 1.14 1.18",
    "GBP": "2.00 1.85 1.57 1.55 1.60 1.59 1.56 1.65 1.53 1.35 1.29 1.33 1.28 1.28 1.38",
    "AUD": "0.84 0.85 0.79 0.92 1.03 1.04 0.97 0.90 0.75 0.74 0.77 0.75 0.70 0.69 0.75",
    "NOK": "0.171 0.178 0.159 0.165 0.178 0.172 0.170 0.159 0.124 0.119 0.121 0.123 0.114 0.106 0.116",
    "DKK": "0.183 0.197 0.187 0.179 0.187 0.174 0.178 0.178 0.149 0.149 0.152 0.158 0.150 0.153 0.159",
    "CAD": "0.93 0.94 0.88 0.97 1.01 1.00 0.97 0.91 0.78 0.75 0.77 0.77 0.75 0.75 0.80",
    "JPY": "0.0085 0.0097 0.0107 0.0114 0.0125 0.0125 0.0103 0.0095 0.0083 0.0092 0.0089 0.0091 0.0092 0.0094 0.0091",
}
# ANATF receipts per year, USD million (2020 up to the October plenary).
ANATF_YEARLY = {2007: 15, 2008: 60, 2009: 100, 2010: 150, 2011: 170, 2012: 160, 2013: 150, 2014: 140,
                2015: 380, 2016: 400, 2017: 410, 2018: 390, 2019: 380, 2020: 350}
SHARES = [("DEU", "EUR", 22), ("AUS", "AUD", 14), ("GBR", "GBP", 10), ("ITA", "EUR", 9), ("NOR", "NOK", 7),
          ("NLD", "EUR", 7), ("DNK", "DKK", 6), ("CAN", "CAD", 6), ("JPN", "JPY", 6), ("USA", "USD", 5),
          ("TUR", "USD", 4), ("FIN", "EUR", 3), ("EST", "EUR", 1)]
HOST_YEARLY = {2015: 410, 2016: 480, 2017: 520, 2018: 560, 2019: 580, 2020: 600}


def rate(currency, year):
    if currency == "USD":
        return 1.0
    return float(RATES[currency].split()[YEARS.index(min(year, 2021))])


def main():
    with open("rates.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["currency", "rate_date", "usd_per_unit"])
        for currency, values in RATES.items():
            for year, value in zip(YEARS, values.split()):
                w.writerow([currency, f"{year}-01-01", value])
    pledges, receipts = [], []
    for year, total in ANATF_YEARLY.items():
        for index, (donor, currency, share) in enumerate(SHARES):
            usd = total * 1_000_000 * share / 100
            amount = round(usd / rate(currency, year), -3 if currency != "JPY" else -5)
            short = (year + index) % 7 == 0 and year >= 2015
            pledged = round(amount * 1.08, -3) if short else amount
            meeting = "2014-09-01" if year == 2015 else (f"{year - 1}-10-15" if year > 2015 else "")
            pledges.append(["ANATF", donor, year, year, f"{pledged:.0f}", currency,
                            meeting or f"{year}-01-15", meeting])
            day = 10 + (index * 7) % 18
            month = 3 + (index % 7) if year < 2020 else 2 + (index % 7)
            receipts.append(["ANATF", donor, year, f"{year}-{month:02d}-{day:02d}", f"{amount:.0f}", currency,
                             f"ANATF-{year}-{donor}-{index + 1:03d}"])
    for year, total in HOST_YEARLY.items():
        receipts.append(["HOST", "AFG", year, f"{year}-12-20", f"{total * 1_000_000}", "USD",
                         f"MOF-{year}-BUDGET"])
    with open("pledges.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["fund", "donor", "first_year", "last_year", "annual_amount", "currency", "announced_on",
                    "confirmed_at"])
        w.writerows(pledges)
        w.writerow(["ANATF", "DEU", 2021, 2024, "80000000", "EUR", "2020-10-19", "2020-10-19"])
    with open("receipts.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["fund", "donor", "pledge_year", "value_date", "amount", "currency", "bank_reference"])
        w.writerows(receipts)
    movements = []
    for year in range(2015, 2021):
        total = ANATF_YEARLY[year] * 1_000_000
        for project, share, name in (("ANATF-SUST", 70, "ANA sustainment"), ("ANATF-EDU", 5, "Literacy and "
                                      "education"), ("ANATF-WOMEN", 3, "Women in the security forces")):
            allocated = total * share // 100
            movements.append(["ANATF", "ALLOCATION", project, allocated, f"{year}-06-30", f"{name} {year}"])
            movements.append(["ANATF", "DISBURSEMENT", project, allocated * 9 // 10, f"{year}-09-30",
                              f"{name} {year}, disbursed"])
            movements.append(["ANATF", "EXPENDITURE", project, allocated * 85 // 100, f"{year}-12-15",
                              f"{name} {year}, spent"])
    with open("movements.csv", "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["fund", "kind", "project", "amount_usd", "value_date", "description", "sold_amount",
                    "sold_currency", "rate"])
        for row in with_conversions(receipts, movements):
            w.writerow(row + [""] * (9 - len(row)))


def with_conversions(receipts, movements):
    """The movements, each payment date preceded by the conversions that let US dollar cash cover it."""
    cash = {}
    events = [(r[3], 0, r) for r in receipts if r[0] == "ANATF"] + [(m[4], 1, m) for m in movements]
    answer = []
    for day in sorted({e[0] for e in events}):
        for _, _, r in sorted((e for e in events if e[0] == day and e[1] == 0), key=lambda e: e[2][6]):
            cash[r[5]] = cash.get(r[5], Decimal(0)) + Decimal(r[4])
        paid = [m for _, _, m in (e for e in events if e[0] == day and e[1] == 1)]
        out = sum(Decimal(m[3]) for m in paid if m[1] == "DISBURSEMENT")
        short = out - cash.get("USD", Decimal(0))
        if short > 0:
            answer.extend(convert(cash, short, day))
        for m in paid:
            if m[1] == "DISBURSEMENT":
                cash["USD"] -= Decimal(m[3])
            answer.append(m)
        assert all(amount >= 0 for amount in cash.values()), (day, cash)
    return answer


def convert(cash, short, day):
    """Sells the currencies held most of (by their dollar value) until the dollars bought cover the shortfall."""
    year = int(day[:4])
    before = (date.fromisoformat(day) - timedelta(days=5)).isoformat()
    rows = []
    held = sorted((c for c in cash if c != "USD" and cash[c] > 0),
                  key=lambda c: (-cash[c] * Decimal(str(rate(c, year))), c))
    for currency in held:
        if short <= 0:
            break
        usd_per_unit = Decimal(str(rate(currency, year)))
        step = Decimal(100_000) if currency == "JPY" else Decimal(1_000)
        needed = (short / usd_per_unit / step).to_integral_value(ROUND_CEILING) * step
        sold = min(needed, (cash[currency] / step).to_integral_value(ROUND_FLOOR) * step)
        if sold <= 0:
            continue
        bought = (sold * usd_per_unit).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        cash[currency] -= sold
        cash["USD"] = cash.get("USD", Decimal(0)) + bought
        short -= bought
        rows.append(["ANATF", "CONVERSION", "", f"{bought}", before,
                     f"Conversion of {currency} to USD for the payments of {day}", f"{sold:.0f}", currency,
                     f"{usd_per_unit}"])
    assert short <= 0, (day, short)
    return rows

if __name__ == "__main__":
    main()
