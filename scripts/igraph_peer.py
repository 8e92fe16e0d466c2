"""python-igraph on the same person networks `bridgework-bench` times.

Reads a map exported as CSV by `bridgework demo --format csv`, builds the
graph exactly as Bridgework's person network does (people in post on DAY, one
edge per pair of people weighted by the strongest of their ties, tie strength
by Bridgework's documented formula), and times igraph's built-in Leiden
(modularity, weighted, two passes: igraph's default) and exact unweighted
betweenness, which igraph computes on one core. Prints JSON.

Usage: igraph_peer.py DAY LEIDEN_CSV_DIR BETWEENNESS_CSV_DIR RUNS
"""

import csv
import datetime
import json
import statistics
import sys
import time

import igraph

FREQUENCY = {"daily": 1.0, "weekly": 0.8, "monthly": 0.6, "quarterly": 0.4, "yearly": 0.2, "rarely": 0.1}


def strength(row, day):
    """crates/bridgework-core/src/strength.rs, with its defaults."""
    rating = int(row["strength"]) if row["strength"] else 3
    frequency = FREQUENCY.get(row["frequency"], 0.5)
    if row["last_contact"]:
        age = max((day - datetime.date.fromisoformat(row["last_contact"])).days, 0)
        recency = 2.0 ** (-age / 180.0)
    else:
        recency = 0.5
    return min(max((0.6 * rating / 5.0 + 0.4 * frequency) * recency, 0.0), 1.0)


def person_network(folder, day):
    with open(f"{folder}/people.csv", newline="", encoding="utf-8") as f:
        people = [r["id"] for r in csv.DictReader(f) if not r["left"] or datetime.date.fromisoformat(r["left"]) > day]
    node = {p: i for i, p in enumerate(people)}
    weights = {}
    with open(f"{folder}/ties.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = node.get(row["person_a"]), node.get(row["person_b"])
            if a is None or b is None:
                continue
            key = (min(a, b), max(a, b))
            weights[key] = max(weights.get(key, 0.0), strength(row, day))
    graph = igraph.Graph(n=len(people), edges=list(weights.keys()))
    graph.es["weight"] = list(weights.values())
    return graph


def timed(runs, work):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    day = datetime.date.fromisoformat(sys.argv[1])
    large, small, runs = person_network(sys.argv[2], day), person_network(sys.argv[3], day), int(sys.argv[4])
    leiden_seconds, partition = timed(
        runs, lambda: large.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
    )
    betweenness_seconds, _ = timed(runs, lambda: small.betweenness(directed=False))
    print(json.dumps({
        "igraph_version": igraph.__version__,
        "leiden_people": large.vcount(),
        "leiden_tied_pairs": large.ecount(),
        "leiden_seconds": leiden_seconds,
        "leiden_communities": len(partition),
        "leiden_modularity": large.modularity(partition.membership, weights="weight"),
        "betweenness_people": small.vcount(),
        "betweenness_tied_pairs": small.ecount(),
        "betweenness_seconds_one_core": betweenness_seconds,
    }, indent=2))


if __name__ == "__main__":
    main()
