"""Compares the pairs in pairs.jsonl with Apache Spark: each partition is piped through
`rewrite-lens batch`, which reads JSON Lines on stdin and writes one JSON line per pair.

Run from the repository root after `npm run build` (needs `pip install pyspark` and a Java runtime):
    python examples/batch/spark_pipe.py [PAIRS.jsonl] [PARTITIONS]
On a cluster, the article paths must be readable on every worker (a shared file system) and the
built checkout installed there; give each task one core (`--jobs 1`): Spark runs the tasks in parallel.
"""
import os
import sys

from pyspark import SparkContext

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from summarise import print_table, summarise  # noqa: E402

pairs = sys.argv[1] if len(sys.argv) > 1 else "examples/batch/pairs.jsonl"
partitions = int(sys.argv[2]) if len(sys.argv) > 2 else 2
cli = os.path.abspath("bin/rewrite-lens.mjs")

sc = SparkContext("local[2]", "rewrite-lens batch")
lines = sc.textFile(pairs, minPartitions=partitions)
# RDD.pipe writes each element of a partition as a line to the command's stdin and returns its
# stdout lines: exactly batch's contract. Exit code 2 (some pair failed) is reported in the lines.
compared = lines.pipe(f"node {cli} batch --jobs 1", checkCode=False)
print_table(compared.map(summarise).collect())
sc.stop()
