#!/usr/bin/env python3
"""Compares traces of two builds from trace-server.sh, each run with one build (KEEP=DIR keeps it as
DIR/trace.speedscope.json): self time per method, per compile, counted only where a K0sConfig method is on the stack,
the biggest differences first.

    python3 trace-compare.py ROUNDS A.speedscope.json[,...] B.speedscope.json[,...]
"""
import collections
import json
import sys


def self_times(path):
    trace = json.load(open(path))
    frames = trace['shared']['frames']
    ours = [f['name'].startswith('K0sConfig.') and '!' in f['name'] for f in frames]
    times = collections.Counter()

    def name(stack):
        # The profiler's leaves are CPU_TIME and UNMANAGED_CODE_TIME: their time is the method's above them.
        top = frames[stack[-1]]['name']
        if top in ('CPU_TIME', 'UNMANAGED_CODE_TIME') and len(stack) > 1:
            top = frames[stack[-2]]['name'] + (' [native]' if top == 'UNMANAGED_CODE_TIME' else '')
        return top.split('(')[0]

    for profile in trace['profiles']:
        if profile['type'] != 'evented':
            continue
        stack, depth, last = [], 0, 0.0
        for event in profile['events']:
            frame, at = event['frame'], event['at']
            if depth > 0 and stack:
                times[name(stack)] += at - last
            last = at
            if event['type'] == 'O':
                stack.append(frame)
                depth += ours[frame]
            else:
                stack.pop()
                depth -= ours[frame]
    return times


rounds = int(sys.argv[1])
builds = []
for paths in sys.argv[2:4]:
    total = collections.Counter()
    files = paths.split(',')
    for path in files:
        total.update(self_times(path))
    builds.append({k: v / (rounds * len(files)) for k, v in total.items()})
a, b = builds


def poll(times):
    # Threads stopped at a GC poll: for a collection, or for the profiler's own stack walks.
    return sum(v for k, v in times.items() if 'PollGC' in k)


print(f'ms per compile, with K0sConfig on the stack: A {sum(a.values()):.1f}, B {sum(b.values()):.1f}; '
      f'of which stopped at a GC poll: A {poll(a):.1f}, B {poll(b):.1f}')
names = sorted(set(a) | set(b), key=lambda k: -abs(b.get(k, 0) - a.get(k, 0)))
for k in names[:40]:
    print(f'{a.get(k, 0):8.2f} {b.get(k, 0):8.2f} {b.get(k, 0) - a.get(k, 0):+8.2f}  {k[:140]}')
