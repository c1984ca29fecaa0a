"""Compares the pairs in pairs.jsonl with Dask: each partition of a bag of JSON lines is piped
through `rewrite-lens batch` (map_partitions), which writes one JSON line per pair.

Run from the repository root after `npm run build` (needs `pip install dask`):
    python examples/batch/dask_pipe.py [PAIRS.jsonl] [PARTITIONS]
"""
import os
import subprocess
import sys

import dask.bag as db

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from summarise import print_table, summarise  # noqa: E402

pairs = sys.argv[1] if len(sys.argv) > 1 else "examples/batch/pairs.jsonl"
partitions = int(sys.argv[2]) if len(sys.argv) > 2 else 2
cli = os.path.abspath("bin/rewrite-lens.mjs")


def pipe_through_batch(lines):
    """One `rewrite-lens batch` process per partition; its output lines are the partition."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(
        ["node", cli, "batch", "--jobs", "1"], input=text, capture_output=True, text=True
    )
    # Exit code 2 means some pair failed: those pairs carry their error in their own line.
    if done.returncode not in (0, 2):
        raise RuntimeError(done.stderr.strip())
    return done.stdout.splitlines()


if __name__ == "__main__":
    bag = db.read_text(pairs).repartition(npartitions=partitions)
    rows = bag.map_partitions(pipe_through_batch).map(summarise).compute(scheduler="processes")
    print_table(rows)
