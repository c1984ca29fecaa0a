"""Turns `rewrite-lens batch` output lines into one summary row per pair (shared by the examples)."""
import json


def summarise(line):
    """(id, status, similarity, quote changes, fact changes, error) for one JSON line of batch output."""
    result = json.loads(line)
    if result["status"] != "compared":
        return (result["id"], "failed", None, None, None, result["error"])
    stats = result["comparison"]["stats"]
    quotes = sum(count for status, count in stats["quotes"].items() if status != "unchanged")
    facts = sum(stats["facts"].values())
    return (result["id"], "compared", round(stats["similarity"], 3), quotes, facts, None)


def print_table(rows):
    """Prints the summary rows sorted by id."""
    print(f"{'pair':10} {'status':9} {'similarity':>10} {'quotes':>7} {'facts':>6}  error")
    for pair, status, similarity, quotes, facts, error in sorted(rows, key=lambda row: str(row[0])):
        print(
            f"{pair:10} {status:9} {'' if similarity is None else similarity:>10} "
            f"{'' if quotes is None else quotes:>7} {'' if facts is None else facts:>6}  {error or ''}"
        )
