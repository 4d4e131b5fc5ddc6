#!/usr/bin/env python3
"""ui_frame.py: the terminal UI's time to its first full frame, measured from
outside through a pseudo-terminal (bench/run, docs/performance.md).

    ui_frame.py [--runs N] [--text WORD] [--cols C] [--rows R] [--idle S] -- CMD ...

Each run starts CMD on a new pseudo-terminal of C x R (TERM=xterm-256color
unless set), reads what it draws until WORD (default "Quit", the last hint
of the dashboard's key bar, drawn last) has appeared on the screen, and
takes that moment as the first full frame. In the first run it then stays
idle for S seconds (default 2) and reads the process's CPU time from /proc
before and after: the idle CPU use. It then sends `q` and waits for the
exit; the peak RSS is the program's VmHWM just before the `q`. Prints one JSON object:
{"runs": [ms, ...], "median_ms": ..., "rss_kb": max, "idle_cpu_pct": ...},
or {"error": "..."} with exit status 1 when the word never appeared (the UI
is missing: CMD printed something else and exited, or timed out).
"""
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import time

try:
    import fcntl
    import termios
except ImportError:  # pragma: no cover
    fcntl = termios = None

ANSI = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>78DEHMNOZc])")


def cpu_ticks(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return None


def vm_hwm(pid):
    """The peak RSS in KB of the running program (VmHWM: of the image exec'd,
    not of the forked Python before it)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def one_run(cmd, text, cols, rows, idle, timeout):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault("TERM", "xterm-256color")
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    t0 = time.monotonic()
    if fcntl:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    ms = None
    eof = False
    want = text.encode()
    while time.monotonic() - t0 < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            eof = True
            break
        seen += chunk
        if want in ANSI.sub(b"", seen[-8192:]) or want in ANSI.sub(b"", seen):
            ms = (time.monotonic() - t0) * 1000.0
            break
    idle_pct = None
    if ms is not None and idle > 0:
        hz = os.sysconf("SC_CLK_TCK")
        a = cpu_ticks(pid)
        end = time.monotonic() + idle
        while time.monotonic() < end:  # keep draining what it writes
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                try:
                    os.read(fd, 65536)
                except OSError:
                    break
        b = cpu_ticks(pid)
        if a is not None and b is not None:
            idle_pct = 100.0 * (b - a) / hz / idle
    rss = vm_hwm(pid)
    if not eof:
        try:
            os.write(fd, b"q")
        except OSError:
            pass
    deadline = time.monotonic() + 5
    status = None
    while time.monotonic() < deadline:
        try:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                os.read(fd, 65536)
        except OSError:
            pass
        wpid, status, ru = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.wait4(pid, 0)
    os.close(fd)
    tail = ANSI.sub(b"", seen).decode("utf-8", "replace").strip()[-300:]
    return ms, rss, idle_pct, tail


def main():
    args = sys.argv[1:]
    runs, text, cols, rows, idle, timeout = 10, "Quit", 120, 40, 2.0, 20.0
    while args and args[0] != "--":
        opt = args.pop(0)
        val = args.pop(0)
        if opt == "--runs":
            runs = int(val)
        elif opt == "--text":
            text = val
        elif opt == "--cols":
            cols = int(val)
        elif opt == "--rows":
            rows = int(val)
        elif opt == "--idle":
            idle = float(val)
        elif opt == "--timeout":
            timeout = float(val)
        else:
            sys.exit(f"ui_frame.py: unknown option {opt}")
    if not args or args[0] != "--" or len(args) < 2:
        sys.exit(__doc__)
    cmd = args[1:]
    times, rss_max, idle_pct = [], 0, None
    for i in range(runs):
        ms, rss, idle_cpu, tail = one_run(cmd, text, cols, rows, idle if i == 0 else 0, timeout)
        if ms is None:
            print(json.dumps({"error": f"{text!r} never appeared; the program showed: {tail!r}"}))
            return 1
        times.append(round(ms, 2))
        rss_max = max(rss_max, rss or 0)
        if i == 0:
            idle_pct = idle_cpu
    print(json.dumps({"runs": times, "median_ms": round(statistics.median(times), 2),
                      "rss_kb": rss_max,
                      "idle_cpu_pct": None if idle_pct is None else round(idle_pct, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
