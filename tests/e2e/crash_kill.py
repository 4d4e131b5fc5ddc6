"""crash_kill.py: kills `mbo checkin` with SIGKILL at random moments.

Usage: crash_kill.py MBO DB GOAL TIMES SEED REPORT
Each attempt checks in a value of its own (1000 + attempt, note
"crash-ATTEMPT") and is killed after a random delay drawn over the whole
life of one check-in (0 to 1.5 times the median of five measured runs), so
kills land before the database is opened, inside the write, after the
commit and after the exit. REPORT gets one line per attempt: the attempt,
"ack" when the command exited 0 and printed its id and line, else
"killed" or "exit N".
"""
import os
import random
import signal
import statistics
import subprocess
import sys
import time

mbo, db, goal, times, seed, report = sys.argv[1:7]
times, seed = int(times), int(seed)
rng = random.Random(seed)


def command(attempt):
    return [mbo, "--db", db, "--as", "ann", "checkin", goal, str(1000 + attempt),
            "--note", "crash-%d" % attempt]


# How long one check-in takes here: five runs that are not killed
# (attempts -1 .. -5, values 995 .. 999).
spans = []
for attempt in range(-5, 0):
    t0 = time.monotonic()
    done = subprocess.run(command(attempt), capture_output=True)
    spans.append(time.monotonic() - t0)
    if done.returncode != 0:
        sys.exit("a check-in that was not killed failed: %s" % done.stderr.decode())
life = statistics.median(spans)

with open(report, "w") as out:
    out.write("life %.6f\n" % life)
    for attempt in range(1, times + 1):
        delay = rng.uniform(0, 1.5 * life)
        p = subprocess.Popen(command(attempt), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        try:
            p.send_signal(signal.SIGKILL)
        except ProcessLookupError:
            pass
        stdout, _ = p.communicate()
        lines = stdout.split(b"\n")
        # What a finished check-in prints: its id, then the goal's line.
        if (p.returncode == 0 and len(lines) >= 2 and lines[0].isdigit()
                and lines[1].startswith(b"goal " + goal.encode() + b" ")):
            state = "ack"
        elif p.returncode == -signal.SIGKILL:
            state = "killed"
        else:
            state = "exit %d" % p.returncode
        out.write("%d %s %.6f\n" % (attempt, state, delay))
