#!/usr/bin/env python3
"""Writes strength-reports.csv, the demo strength reports, deterministically (no randomness).

Published per-nation figures (shared data: rsm_troops_by_nation_datapoints.csv) are kept with their source and
status; every other figure is ILLUSTRATIVE: the published total of the date, less the published figures, shared
among the other contributing nations in proportion to a fixed weight per nation (WEIGHTS below, an illustrative
guess at relative contingent sizes), rounded by largest remainder, at least 1 troop each, Germany held at its
national cap of 1,300. A nation that has left by a date reports 0 (ILLUSTRATIVE) at each of its places.
Run: python3 strength-demo.py > strength-reports.csv
"""
import csv
import sys

# (report date, total, nations contributing, source of the total)
TOTALS = [
    ("2015-12-01", 12905, 39, "S08"),
    ("2016-07-01", 13079, 39, "S06"),
    ("2017-05-01", 13576, 39, "S07"),
    ("2019-02-01", 17034, 39, "S05"),
    ("2019-10-01", 17178, 39, "S02"),
    ("2020-03-01", 16500, 38, "S16"),
    ("2020-06-01", 15937, 38, "S03"),
    # the fact sheet says "fewer than 11,000 troops from 38 nations"; 10,700 is an illustrative figure below it
    ("2020-11-01", 10700, 38, "NATO fact sheet 'NATO and Afghanistan' (Nov 2020)"),
    ("2021-02-01", 9592, 36, "S04"),
]
# nations that have left by a date (illustrative choice of who left, to match the published nation counts)
LEFT = {"2020-03-01": ["ISL"], "2021-02-01": ["ISL", "LUX", "SVN"]}

# where each nation reports: (command, location, share of the nation's figure); illustrative
PLACES = {
    "USA": [("RSHQ", "KABUL", 0.40), ("TAAC-S", "KANDAHAR", 0.25), ("TAAC-E", "LAGHMAN", 0.20),
            ("TAAC-AIR", "KABUL", 0.15)],
    "DEU": [("TAAC-N", "MAZAR", 0.80), ("RSHQ", "KABUL", 0.20)],
}
HOME = {
    "GBR": ("KSF", "KABUL"), "ITA": ("TAAC-W", "HERAT"), "TUR": ("TAAC-C", "KABUL"), "GEO": ("RSHQ", "BAGRAM"),
    "MNG": ("TAAC-N", "MAZAR"), "ROU": ("TAAC-S", "KANDAHAR"), "CZE": ("RSHQ", "BAGRAM"), "AUS": ("RSHQ", "KABUL"),
    "POL": ("RSHQ", "BAGRAM"), "NLD": ("TAAC-N", "MAZAR"), "NOR": ("TAAC-N", "MAZAR"), "SWE": ("TAAC-N", "MAZAR"),
    "FIN": ("TAAC-N", "MAZAR"), "BEL": ("TAAC-N", "MAZAR"), "HRV": ("TAAC-N", "MAZAR"), "HUN": ("TAAC-N", "MAZAR"),
    "LVA": ("TAAC-N", "MAZAR"), "LTU": ("TAAC-W", "HERAT"), "ARM": ("TAAC-N", "MAZAR"), "AZE": ("RSHQ", "KABUL"),
    "ALB": ("TAAC-W", "HERAT"), "SVN": ("TAAC-W", "HERAT"), "ESP": ("TAAC-W", "HERAT"), "BGR": ("TAAC-S", "KANDAHAR"),
    "DNK": ("KSF", "KABUL"), "EST": ("RSHQ", "KABUL"), "GRC": ("RSHQ", "KABUL"), "ISL": ("RSHQ", "KABUL"),
    "LUX": ("RSHQ", "KABUL"), "MKD": ("TAAC-W", "HERAT"), "MNE": ("TAAC-N", "MAZAR"), "NZL": ("RSHQ", "KABUL"),
    "PRT": ("RSHQ", "KABUL"), "SVK": ("RSHQ", "KABUL"), "UKR": ("RSHQ", "KABUL"), "AUT": ("TAAC-N", "MAZAR"),
    "BIH": ("RSHQ", "KABUL"),
}
WEIGHTS = {
    "USA": 8000, "DEU": 1300, "GBR": 1100, "ITA": 895, "GEO": 870, "ROU": 700, "TUR": 600, "POL": 350, "AUS": 300,
    "CZE": 250, "PRT": 180, "BGR": 160, "NLD": 160, "DNK": 150, "ALB": 135, "ARM": 120, "AZE": 120, "MNG": 120,
    "HRV": 100, "HUN": 90, "BEL": 80, "BIH": 60, "FIN": 60, "NOR": 60, "ESP": 60, "LTU": 50, "MKD": 50, "EST": 40,
    "LVA": 40, "SVK": 40, "SWE": 30, "MNE": 25, "UKR": 20, "AUT": 15, "GRC": 10, "NZL": 10, "SVN": 8, "ISL": 3,
    "LUX": 2,
}
CAPS = {"DEU": 1300}
# published figures used, by report date: nation -> (troops, source, as_of, status, {place: troops} or None)
PUBLISHED = {
    "2015-12-01": {"GEO": (870, "S11", "2016-01-01", "EXACT", None), "ROU": (650, "S11", "2016-01-01", "EXACT", None),
                   "MNG": (120, "S11", "2016-01-01", "EXACT", None), "ISL": (2, "S11", "2016-01-01", "EXACT", None)},
    "2017-05-01": {"GEO": (885, "S12", "2017-02-13", "EXACT", None)},
    "2020-03-01": {"GEO": (870, "S13", "2020-02-05", "EXACT", None),
                   "DEU": (1200, "S14", "2020-03-01", "APPROXIMATE", {("TAAC-N", "MAZAR"): 970}),
                   "GBR": (1100, "S16", "2020-03-01", "APPROXIMATE", None)},
    "2021-02-01": {"USA": (2500, "S09", "2021-02-01", "APPROXIMATE", {("RSHQ", "KABUL"): 2500}),
                   "TUR": (600, "S19", "2021-03-30", "APPROXIMATE", None),
                   "ITA": (800, "S18", "2021-04-01", "APPROXIMATE", None)},
}


def largest_remainder(total, weights, minimum):
    """Integers proportional to weights summing to total, each at least minimum."""
    keys = sorted(weights)
    base = {k: minimum for k in keys}
    rest = total - minimum * len(keys)
    whole = sum(weights.values())
    exact = {k: rest * weights[k] / whole for k in keys}
    floor = {k: int(exact[k]) for k in keys}
    left = rest - sum(floor.values())
    for k in sorted(keys, key=lambda k: (-(exact[k] - floor[k]), k))[:left]:
        floor[k] += 1
    return {k: base[k] + floor[k] for k in keys}


def shares(date, total, nations):
    published = PUBLISHED.get(date, {})
    fixed = {n: p[0] for n, p in published.items()}
    free = {n: WEIGHTS[n] for n in nations if n not in fixed}
    while True:
        figures = largest_remainder(total - sum(fixed.values()), free, 1)
        over = [n for n in figures if n in CAPS and figures[n] > CAPS[n]]
        if not over:
            return {**figures, **fixed}
        for n in over:
            fixed[n] = CAPS[n]
            del free[n]


def places(nation):
    return PLACES[nation] if nation in PLACES else [(*HOME[nation], 1.0)]


def main():
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["nation", "command", "location", "report_date", "troops", "source", "as_of", "provenance_status",
                  "classification", "releasable_to"])
    left = set()
    for date, total, count, source in TOTALS:
        left |= set(LEFT.get(date, []))
        nations = [n for n in WEIGHTS if n not in left]
        assert len(nations) == count, (date, len(nations))
        figures = shares(date, total, nations)
        assert sum(figures.values()) == total
        for nation in sorted(WEIGHTS):
            published = PUBLISHED.get(date, {}).get(nation)
            if nation in left:
                for command, location, _ in places(nation):
                    out.writerow([nation, command, location, date, 0, source, date, "ILLUSTRATIVE", "PUBLIC", ""])
                continue
            split = places(nation)
            if published and published[4]:
                for command, location, _ in split:
                    troops = published[4].get((command, location))
                    if troops is not None:
                        out.writerow([nation, command, location, date, troops, published[1], published[2],
                                      published[3], "PUBLIC", ""])
                    else:
                        rest = published[0] - sum(published[4].values())
                        others = [p for p in split if (p[0], p[1]) not in published[4]]
                        part = rest // len(others) + (1 if others.index((command, location, _)) < rest % len(others) else 0)
                        out.writerow([nation, command, location, date, part, source, date, "ILLUSTRATIVE",
                                      "PUBLIC", ""])
                continue
            if published:
                command, location, _ = split[0]
                out.writerow([nation, command, location, date, published[0], published[1], published[2],
                              published[3], "PUBLIC", ""])
                continue
            parts = largest_remainder(figures[nation], {i: s for i, (_, _, s) in enumerate(split)}, 0)
            for i, (command, location, _) in enumerate(split):
                out.writerow([nation, command, location, date, parts[i], source, date, "ILLUSTRATIVE", "PUBLIC", ""])


if __name__ == "__main__":
    main()
