#!/usr/bin/env python3
"""Runs e2e.receive.durability (test_receive_durability.py) for many kill -9 iterations.

  bench_durability.py [--iterations N] [--clients C] [--seed S]

Needs DOORSTEPD, DOORSTEPCTL and DOORSTEP_SOURCE_DIR like every e2e test (CTest sets them:
`ctest -R e2e.receive.durability_bench`, label bench). Prints one line per iteration (kill
time, acknowledged, duplicates, missing) and exits non-zero when an acknowledged message was
lost or a Maildir file was half-written.
"""

import argparse
import os
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    env = dict(os.environ, DOORSTEP_E2E_KILL_ITERATIONS=str(args.iterations), DOORSTEP_E2E_KILL_CLIENTS=str(args.clients))
    if args.seed is not None:
        env["DOORSTEP_E2E_KILL_SEED"] = str(args.seed)
    here = os.path.dirname(os.path.abspath(__file__))
    started = time.monotonic()
    result = subprocess.run([sys.executable, os.path.join(here, "test_receive_durability.py"), "Durability"], env=env)
    print(f"bench_durability: {args.iterations} iteration(s) with {args.clients} clients in "
          f"{time.monotonic() - started:.0f} s: {'passed' if result.returncode == 0 else 'FAILED'}", flush=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
