#!/usr/bin/env python3
"""Scores the reports of an evaluation run with score.py and prints one table: per story, in total
and for the seeds; then checks the totals against the floor and exits 1 when one is below it.

Usage (eval/run calls it so):
  table.py --stories DIR --reports DIR --score score.py [--floor eval/floor.json [--raise-floor]]
           [--seeds-report report.json --seeds-gold seeds-gold.json]

A story is a folder of DIR with a gold.json; its report is REPORTS/<story>/report.json. Recall
counts what score.py counts: a reference finding is found when one reported finding meets it.
CONTRADICTION and DISPUTE are summed into one column (C+D), since the reference sometimes accepts
either kind for one item and counts it under the first.
"""
import argparse
import ast
import json
import os
import re
import subprocess
import sys

KINDS = ("NUMERIC_DISCREPANCY", "CONTRADICTION", "DISPUTE", "AGREEMENT")
# The columns of the table: a name, and the kinds whose recall it sums.
COLUMNS = (("ND", ("NUMERIC_DISCREPANCY",)),
           ("C+D", ("CONTRADICTION", "DISPUTE")),
           ("AGR", ("AGREEMENT",)))
# The floor's names of the columns (the kinds, joined with '+').
FLOOR_NAMES = {name: "+".join(kinds) for name, kinds in COLUMNS}
SUMMARY = re.compile(r"^recall (?P<recall>.*?); reported (?P<reported>\{.*\}); "
                     r"false_alarms=(?P<fa>\d+); forbidden=(?P<forbidden>\d+)$")


class Score:
    """What score.py said about one report."""

    def __init__(self, recall, reported, false_alarms, forbidden, failures, status):
        self.recall = recall            # kind -> (found, of)
        self.reported = reported        # kind -> how many findings of that kind the report has
        self.false_alarms = false_alarms
        self.forbidden = forbidden
        self.failures = failures        # score.py's own FAIL lines (its --min/--max flags)
        self.status = status

    def column(self, kinds):
        found = sum(self.recall.get(k, (0, 0))[0] for k in kinds)
        of = sum(self.recall.get(k, (0, 0))[1] for k in kinds)
        return found, of


def score(score_py, report, gold, flags=()):
    """Runs score.py and reads its summary, the last line it prints."""
    run = subprocess.run([sys.executable, score_py, report, gold, *flags],
                         capture_output=True, text=True, encoding="utf-8")
    lines = run.stdout.strip().splitlines()
    m = SUMMARY.match(lines[-1]) if lines else None
    if m is None:
        raise SystemExit(f"table.py: cannot read what {score_py} said about {report}:\n{run.stdout}{run.stderr}")
    recall = {}
    for kind, found, of in re.findall(r"(\w+)=(\d+)/(\d+)", m.group("recall")):
        recall[kind] = (int(found), int(of))
    reported = ast.literal_eval(m.group("reported"))
    failures = [line[len("FAIL "):] for line in lines if line.startswith("FAIL ")]
    return Score(recall, reported, int(m.group("fa")), int(m.group("forbidden")), failures, run.returncode)


def cell(found, of):
    return f"{found}/{of}" if of else "-"


def decimal(found, of):
    return f"{found / of:.2f}" if of else "-"


def print_table(rows, total, stories_scored, seeds):
    """rows: (story, Score or None); total: Score of the sums."""
    width = max([len("TOTAL"), len("seeds")] + [len(name) for name, _ in rows])

    def line(name, cells, false_alarms, forbidden):
        return (f"{name:<{width}}  " + "  ".join(f"{c:>7}" for c in cells)
                + f"  {false_alarms:>12}  {forbidden:>9}").rstrip()

    def counts(s):
        return [cell(*s.column(kinds)) for _, kinds in COLUMNS]

    head = line("story", [name for name, _ in COLUMNS], "false alarms", "forbidden")
    print(head)
    print("-" * len(head))
    for name, s in rows:
        if s is None:
            print(f"{name:<{width}}  no report")
        else:
            print(line(name, counts(s), s.false_alarms, s.forbidden))
    print("-" * len(head))
    print(line("TOTAL", counts(total), total.false_alarms, total.forbidden))
    per_story = f"{total.false_alarms / stories_scored:.2f}/story" if stories_scored else "-"
    print(line("", [decimal(*total.column(kinds)) for _, kinds in COLUMNS], per_story, ""))
    if seeds is not None:
        print(line("seeds", counts(seeds), seeds.false_alarms, seeds.forbidden))


def check(floor, total, seeds, missing):
    """The ways this run falls below the floor, one line each, and the ways it rises above it."""
    below, above = [], []
    for story in missing:
        below.append(f"{story}: no report to score")
    stories = floor["stories"]
    for name, kinds in COLUMNS:
        want = stories["recall"][FLOOR_NAMES[name]]
        found, of = total.column(kinds)
        if of != want["of"] and not missing:
            print(f"note: the stories hold {of} reference {name} findings; the floor was set on {want['of']}")
        if found < want["found"]:
            below.append(f"{name} recall {found}/{of} is below the floor's {want['found']}/{want['of']}")
        elif found > want["found"]:
            above.append(f"{name} recall {want['found']}/{want['of']} -> {found}/{of}")
    if total.false_alarms > stories["max_false_alarms"]:
        below.append(f"false alarms {total.false_alarms} are above the floor's {stories['max_false_alarms']}")
    elif total.false_alarms < stories["max_false_alarms"]:
        above.append(f"false alarms {stories['max_false_alarms']} -> {total.false_alarms}")
    if total.forbidden > stories["max_forbidden"]:
        below.append(f"forbidden findings {total.forbidden} are above the floor's {stories['max_forbidden']}")
    if seeds is not None:
        below.extend(f"seeds: {f}" for f in seeds.failures)
        if seeds.status != 0 and not seeds.failures:
            below.append(f"seeds: score.py exited with {seeds.status}")
    return below, above


def raise_floor(path, floor, total):
    """Writes the totals of this run into the floor where they are better than it; never lowers it."""
    stories = floor["stories"]
    for name, kinds in COLUMNS:
        want = stories["recall"][FLOOR_NAMES[name]]
        found, of = total.column(kinds)
        if found > want["found"]:
            stories["recall"][FLOOR_NAMES[name]] = {"found": found, "of": of}
    stories["max_false_alarms"] = min(stories["max_false_alarms"], total.false_alarms)
    stories["max_forbidden"] = min(stories["max_forbidden"], total.forbidden)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(floor, f, indent=2)
        f.write("\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--stories", required=True)
    p.add_argument("--reports", required=True)
    p.add_argument("--score", required=True)
    p.add_argument("--floor", help="check the totals against this floor file (without it, only the table)")
    p.add_argument("--seeds-report")
    p.add_argument("--seeds-gold")
    p.add_argument("--raise-floor", action="store_true")
    args = p.parse_args()

    floor = None
    if args.floor:
        with open(args.floor, encoding="utf-8") as f:
            floor = json.load(f)
    elif args.raise_floor:
        raise SystemExit("table.py: --raise-floor needs --floor")

    rows, missing = [], []
    for story in sorted(os.listdir(args.stories)):
        gold = os.path.join(args.stories, story, "gold.json")
        if not os.path.isfile(gold):
            continue
        report = os.path.join(args.reports, story, "report.json")
        if not os.path.isfile(report):
            rows.append((story, None))
            missing.append(story)
            continue
        rows.append((story, score(args.score, report, gold)))
    scored = [s for _, s in rows if s is not None]
    if not rows:
        raise SystemExit(f"table.py: no story in {args.stories} has a gold.json")

    recall = {}
    for k in KINDS:
        recall[k] = (sum(s.recall.get(k, (0, 0))[0] for s in scored), sum(s.recall.get(k, (0, 0))[1] for s in scored))
    reported = {k: sum(s.reported.get(k, 0) for s in scored) for k in KINDS}
    total = Score(recall, reported, sum(s.false_alarms for s in scored), sum(s.forbidden for s in scored), [], 0)

    seeds = None
    if args.seeds_report and args.seeds_gold:
        seeds = score(args.score, args.seeds_report, args.seeds_gold, floor["seeds"]["score_args"] if floor else [])

    print_table(rows, total, len(scored), seeds)
    if floor is None:
        if missing:
            print("\nNo report to score: " + ", ".join(missing))
        return 1 if missing else 0
    below, above = check(floor, total, seeds, missing)
    print()
    if below:
        print(f"BELOW THE FLOOR ({args.floor}):")
        for line in below:
            print("  " + line)
        return 1
    print(f"At or above the floor ({args.floor}).")
    if above:
        if args.raise_floor:
            raise_floor(args.floor, floor, total)
            print(f"Raised the floor in {args.floor}: " + "; ".join(above) + ".")
        else:
            print("Better than the floor: " + "; ".join(above) + ". Raise it with: eval/run --raise-floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
