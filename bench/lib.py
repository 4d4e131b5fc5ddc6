#!/usr/bin/env python3
"""lib.py: the helpers of bench/run, one subcommand each.

  time OUT.json RUNS WARMUP [--prepare CMD] -- CMD ...
      whole-process wall times without hyperfine (the fallback, and smoke
      mode): RUNS runs after WARMUP; writes hyperfine's JSON shape
      {"results": [{"median": s, "min": s, "max": s, "times": [...]}]}.
  rss -- CMD ...
      peak RSS in KB of one run (wait4), when /usr/bin/time is missing.
  median FILE.json      prints the median of a hyperfine JSON, in ms.
  twdata DIR N          a Taskwarrior data dir with N pending tasks.
  csv FILE DB TODAY LOGIN ROWS
      a CSV of ROWS check-ins (goal,date,value,note,login) on the active
      sum goals of LOGIN's team, dated within each goal and up to TODAY.
  table RESULTS.tsv MACHINE.txt   the Markdown tables of docs/performance.md.
"""
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid


def cmd_time(argv):
    out, runs, warmup = argv[0], int(argv[1]), int(argv[2])
    rest = argv[3:]
    prepare = None
    if rest and rest[0] == "--prepare":
        prepare = rest[1]
        rest = rest[2:]
    assert rest[0] == "--"
    cmd = rest[1:]
    times = []
    for i in range(warmup + runs):
        if prepare:
            subprocess.run(prepare, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t = time.perf_counter() - t0
        if r.returncode != 0:
            sys.stderr.write(f"lib.py time: {' '.join(cmd)} exited {r.returncode}: "
                             f"{r.stderr.decode(errors='replace')[:300]}\n")
            return 1
        if i >= warmup:
            times.append(t)
    with open(out, "w") as f:
        json.dump({"results": [{"command": " ".join(cmd), "median": statistics.median(times),
                                "min": min(times), "max": max(times), "times": times}]}, f)
    return 0


def cmd_rss(argv):
    assert argv[0] == "--"
    # posix_spawn (vfork-like): the child never holds a copy of Python, so
    # ru_maxrss is the program's own peak, as /usr/bin/time reports it.
    fd = os.open(os.devnull, os.O_WRONLY)
    pid = os.posix_spawnp(argv[1], argv[1:], os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, fd, 1), (os.POSIX_SPAWN_DUP2, fd, 2)])
    os.close(fd)
    _, status, ru = os.wait4(pid, 0)
    print(ru.ru_maxrss)
    return 0 if os.waitstatus_to_exitcode(status) == 0 else 1


def cmd_median(argv):
    with open(argv[0]) as f:
        r = json.load(f)["results"][0]
    print(f"{r['median'] * 1000:.2f} {r['min'] * 1000:.2f} {r['max'] * 1000:.2f} {len(r['times'])}")
    return 0


def cmd_twdata(argv):
    d, n = argv[0], int(argv[1])
    os.makedirs(d, exist_ok=True)
    rnd = random.Random(n)
    now = int(time.time())
    words = ["Call", "Visit", "Send offer to", "Follow up", "Prepare demo for", "Renew contract with"]
    firms = ["Huaxin", "Dongfang", "Changjiang", "Mingda", "Hengfeng", "Xinrui", "Jinqiao", "Yuanhang"]
    with open(os.path.join(d, "pending.data"), "w") as f:
        for i in range(n):
            entry = now - rnd.randint(0, 365 * 86400)
            due = entry + rnd.randint(86400, 60 * 86400)
            desc = f"{rnd.choice(words)} {rnd.choice(firms)} {i}"
            f.write(f'[description:"{desc}" due:"{due}" entry:"{entry}" modified:"{entry}" '
                    f'project:"sales.q{rnd.randint(1, 4)}" status:"pending" uuid:"{uuid.UUID(int=rnd.getrandbits(128))}"]\n')
    for name in ("completed.data", "undo.data", "backlog.data"):
        open(os.path.join(d, name), "w").close()
    return 0


def cmd_csv(argv):
    path, db, today, login, rows = argv[0], argv[1], argv[2], argv[3], int(argv[4])
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    goals = con.execute(
        "WITH RECURSIVE team(id) AS (SELECT id FROM person WHERE login = ? "
        "UNION ALL SELECT p.id FROM person p JOIN team ON p.manager_id = team.id) "
        "SELECT g.id, p.login, g.start_day, min(g.due_day, ?) FROM goal g JOIN person p ON p.id = g.owner_id "
        "WHERE g.owner_id IN (SELECT id FROM team) AND g.status = 'active' AND g.kind = 'sum' "
        "AND g.start_day <= ? AND p.role = 'sales' ORDER BY g.id", (login, today, today)).fetchall()
    con.close()
    if not goals:
        sys.exit("lib.py csv: no goals")
    rnd = random.Random(rows)
    import datetime
    with open(path, "w") as f:
        f.write("goal,date,value,note,login\r\n")
        for i in range(rows):
            gid, owner, start, end = goals[i % len(goals)]
            a = datetime.date.fromisoformat(start)
            b = datetime.date.fromisoformat(end)
            day = a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
            f.write(f"{gid},{day.isoformat()},1,\"CRM export, row {i + 1}\",{owner}\r\n")
    return 0


def fmt_ms(v):
    if v is None:
        return "–"
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def cmd_table(argv):
    """RESULTS.tsv rows: size, key, label, median_ms, min_ms, max_ms, runs, rss_kb, floor_key, note"""
    rows = []
    with open(argv[0]) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 10 or p[0] == "size":
                continue
            rows.append(p)
    by = {(r[0], r[1]): r for r in rows}
    sizes = []
    for r in rows:
        if r[0] not in sizes and r[0] != "tw":
            sizes.append(r[0])
    out = []
    if len(argv) > 1 and os.path.exists(argv[1]):
        out.append(open(argv[1]).read().rstrip() + "\n")

    def num(x):
        try:
            return float(x)
        except ValueError:
            return None

    for s in sizes:
        out.append(f"\n#### {int(s):,} people\n")
        out.append("| what | median ms | min–max ms | runs | peak RSS MB | floor ms | ratio to floor | note |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            if r[0] != s:
                continue
            med, lo, hi = num(r[3]), num(r[4]), num(r[5])
            rss = num(r[7])
            fl = by.get((s, r[8])) if r[8] else None
            flm = num(fl[3]) if fl else None
            ratio = f"{med / flm:.2f}" if med and flm else ""
            out.append(f"| {r[2]} | {fmt_ms(med)} | {fmt_ms(lo)}–{fmt_ms(hi)} | {r[6]} | "
                       f"{'' if rss is None else f'{rss / 1024:.1f}'} | {fmt_ms(flm) if fl else ''} | {ratio} | {r[9]} |")
    tw = [r for r in rows if r[0] == "tw"]
    if tw:
        out.append("\n#### Taskwarrior 2.6 (same machine, temporary TASKDATA)\n")
        out.append("| what | median ms | min–max ms | runs | peak RSS MB | note |")
        out.append("|---|---:|---:|---:|---:|---|")
        for r in tw:
            med, lo, hi, rss = num(r[3]), num(r[4]), num(r[5]), num(r[7])
            out.append(f"| {r[2]} | {fmt_ms(med)} | {fmt_ms(lo)}–{fmt_ms(hi)} | {r[6]} | "
                       f"{'' if rss is None else f'{rss / 1024:.1f}'} | {r[9]} |")
    print("\n".join(out))
    return 0


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    fn = {"time": cmd_time, "rss": cmd_rss, "median": cmd_median, "twdata": cmd_twdata,
          "csv": cmd_csv, "table": cmd_table}.get(sys.argv[1])
    if fn is None:
        sys.exit(__doc__)
    return fn(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
