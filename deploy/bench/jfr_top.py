#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording: the methods most often on top of the stack (self time) and
the methods most often anywhere in it (total time), filtered to a thread-name prefix when given.

    jfr_top.py deploy/bench/out/engine.jfr [THREAD_PREFIX] [N]
"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
thread_prefix = sys.argv[2] if len(sys.argv) > 2 else ""
top_n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                      capture_output=True, text=True, check=True).stdout
self_counts, total_counts, samples = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if thread_prefix and (not thread or not thread.group(1).startswith(thread_prefix)):
        continue
    frames = [re.sub(r"\(.*", "", line.strip()) for line in event.splitlines() if re.match(r"\s+[\w$.]+\(.*line:", line)]
    if not frames:
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for frame in set(frames):
        total_counts[frame] += 1
print(f"{samples} samples{' on threads ' + thread_prefix + '*' if thread_prefix else ''}")
for title, counts in (("self", self_counts), ("total", total_counts)):
    print(f"\n{title}:")
    for frame, count in counts.most_common(top_n):
        print(f"  {100 * count / max(samples, 1):5.1f}%  {frame}")
