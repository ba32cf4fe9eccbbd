"""Times scipy.optimize.linear_sum_assignment on the capacity-expanded matrix of one instance.

Reads scores as uint8 (255 = forbidden pair), row-major actors x mentors, expands each mentor into
`capacity` identical columns and maximises placementWeight + score (forbidden = 0, which is the
same as leaving the actor unplaced). Only the solve is timed, `runs` times. Prints JSON: the
times, the placed count and the score total.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

path, n, m, capacities, weight = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
runs = int(sys.argv[6]) if len(sys.argv) > 6 else 1
caps = np.array([int(c) for c in capacities.split(",")], dtype=np.int64)
scores = np.fromfile(path, dtype=np.uint8).reshape(n, m)
allowed = scores != 255
values = np.where(allowed, weight + scores.astype(np.float64), 0.0)
expanded = np.repeat(values, caps, axis=1)
times = []
for _ in range(runs):
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(expanded, maximize=True)
    times.append((time.perf_counter() - start) * 1000)
chosen = expanded[rows, cols]
placed = int((chosen > 0).sum())
total = int(round(float(chosen[chosen > 0].sum()) - placed * weight))
print(json.dumps({"ms": times, "placed": placed, "total": total}))
