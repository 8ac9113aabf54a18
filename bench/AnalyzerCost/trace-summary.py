#!/usr/bin/env python3
"""Reads the Speedscope trace of a compiler server that trace-server.sh made and prints, per build, medians over its
compiles of: the sampled time with a K0sConfig method on the stack; of it, native code (collections, JIT) and threads
stopped at a GC poll (for a collection, or for the profiler's stack walks); the rest, the analyzer's own work; and csc's
own K0sConfig seconds.

    trace-summary.py TRACE NAME_A CSC_A [NAME_B CSC_B ...]

The builds compiled in turn, each compile followed by four idle seconds: samples more than 2.5 s apart belong to
different compiles, and compile i to build i mod the number of builds.
"""
import json
import statistics
import sys

path = sys.argv[1]
names = sys.argv[2::2]
cscs = [[float(x) for x in open(p).read().split()] for p in sys.argv[3::2]]
trace = json.load(open(path))
frames = trace['shared']['frames']
ours = [f['name'].startswith('K0sConfig.') and '!' in f['name'] for f in frames]
native = [f['name'] == 'UNMANAGED_CODE_TIME' for f in frames]
polls = ['PollGC' in f['name'] for f in frames]

# (start, end, kind) of each stretch with a K0sConfig frame on the stack, kind: 'all', 'native' or 'poll'.
spans = []
for profile in trace['profiles']:
    if profile['type'] != 'evented':
        continue
    stack = []
    depth = 0
    polling = 0
    for event in profile['events']:
        frame, at = event['frame'], event['at']
        if event['type'] == 'O':
            stack.append(at)
            depth += ours[frame]
            polling += polls[frame]
            continue
        start = stack.pop()
        polling -= polls[frame]
        if ours[frame]:
            depth -= 1
            if depth == 0:
                spans.append((start, at, 'all'))
        elif depth > 0 and native[frame] and polling == 0:
            spans.append((start, at, 'native'))
        elif depth > 0 and polls[frame] and polling == 0:
            spans.append((start, at, 'poll'))

compiles = []
last_end = None
for start, end, kind in sorted(spans):
    if kind == 'all' and (last_end is None or start - last_end > 2500):
        compiles.append({'all': 0.0, 'native': 0.0, 'poll': 0.0})
    if kind == 'all':
        last_end = end if last_end is None else max(last_end, end)
    compiles[-1][kind] += end - start

expected = len(names) * len(cscs[0])
if len(compiles) != expected:
    sys.exit(f'{path}: found {len(compiles)} compiles in the trace, expected {expected}; rerun')
print('| build | on the stack | native | at a GC poll | the rest | csc |')
print('|---|---|---|---|---|---|')
for i, name in enumerate(names):
    mine = compiles[i::len(names)]
    med = {k: statistics.median(c[k] for c in mine) for k in ('all', 'native', 'poll')}
    rest = statistics.median(c['all'] - c['native'] - c['poll'] for c in mine)
    print(f"| {name} | {med['all']:.1f} ms | {med['native']:.1f} ms | {med['poll']:.1f} ms | **{rest:.1f} ms** "
          f"({min(c['all'] - c['native'] - c['poll'] for c in mine):.1f}–{max(c['all'] - c['native'] - c['poll'] for c in mine):.1f}) | "
          f"{statistics.median(cscs[i]):.3f} s |")
