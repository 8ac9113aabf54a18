#!/usr/bin/env python3
"""Reads a dotnet-trace Speedscope file of a compiler server (trace-server.sh) and prints, per compile, the sampled
time with a K0sConfig method on the stack, split into managed and native code, and csc's own median."""
import json
import statistics
import sys

path, rounds, build, csc = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
trace = json.load(open(path))
frames = trace['shared']['frames']
ours = [f['name'].startswith('K0sConfig.') and '!' in f['name'] for f in frames]
native = [f['name'] == 'UNMANAGED_CODE_TIME' for f in frames]
total = 0.0
unmanaged = 0.0
for profile in trace['profiles']:
    if profile['type'] != 'evented':
        continue
    stack = []
    depth = 0  # K0sConfig frames on the stack
    for event in profile['events']:
        frame, at = event['frame'], event['at']
        if event['type'] == 'O':
            stack.append(at)
            depth += ours[frame]
            continue
        start = stack.pop()
        if ours[frame]:
            depth -= 1
            if depth == 0:
                total += at - start
        elif depth > 0 and native[frame]:
            unmanaged += at - start
reported = [float(x) for x in open(csc).read().split()]
print(f"| {build} | {total / rounds:.1f} ms | {(total - unmanaged) / rounds:.1f} ms | {unmanaged / rounds:.1f} ms | "
      f"{statistics.median(reported):.3f} s ({min(reported):.3f}–{max(reported):.3f}) |")
