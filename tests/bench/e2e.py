#!/usr/bin/env python3
"""e2e: time what a user of tend waits for, on histories of 1, 10 and 30
years, each figure beside a floor measured in the same run.

The floor is the sqlite3 command-line program on the same file
(`sqlite3 DB 'select count(*) from sqlite_master'`): opening the file and
answering the smallest question. `tend --version` is put beside
`sqlite3 -version`. Every figure is the median of several runs. These
machines are shared and noisy: read the ratios, not the milliseconds.

usage: e2e.py TEND GEN_HISTORY [--years 1,10,30] [--runs N]
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

DAY = "2026-12-30"          # the evening every figure is taken on
START = "2026-11-20"        # the plan's start: DAY is day 41 of 60
QUIET = 0.15                # seconds of silence that end a screen update


def run_timed(argv, env):
    """Wall time (ms) of one run of argv."""
    t0 = time.perf_counter()
    p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    ms = (time.perf_counter() - t0) * 1000
    if p.returncode != 0:
        sys.exit(f"e2e: {' '.join(argv)} failed ({p.returncode}): "
                 f"{p.stderr.decode(errors='replace').strip()}")
    return ms


def median_run(argv, env, runs):
    return statistics.median(run_timed(argv, env) for _ in range(runs))


def peak_rss(argv, env):
    """Peak resident memory (MB) of one run, as GNU time reports it (the
    rusage a Python parent gets counts its own memory before exec)."""
    if not os.path.exists("/usr/bin/time"):
        return None
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name] + argv, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        return int(out.read().split()[-1]) / 1024


def read_until_quiet(fd, first_wait=10.0):
    """Read what the program writes until it is quiet; the time of the
    last byte read (perf_counter seconds), or None when nothing came
    within first_wait seconds."""
    last = None
    while True:
        ready, _, _ = select.select([fd], [], [], QUIET if last else first_wait)
        if not ready:
            return last
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return last
        if not chunk:
            return last
        last = time.perf_counter()


def dashboard_times(tend_argv, env):
    """First full frame and key-to-redraw times (ms) in a 80x24 pty."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(tend_argv[0], tend_argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    t0 = time.perf_counter()
    last = read_until_quiet(fd)
    out = {"first frame": (last - t0) * 1000 if last else float("nan")}
    # Each key as the user presses it; a key that only goes back is not timed.
    keys = [("w (week view)", b"w"), (None, b"w"), ("Tab", b"\t"), (None, b"\t"),
            (None, b"\t"), (None, b"\t"), ("Enter (Everything)", b"\r"), (None, b"q")]
    for name, key in keys:
        sent = time.perf_counter()
        os.write(fd, key)
        last = read_until_quiet(fd)
        if name:
            out[name] = (last - sent) * 1000 if last else float("nan")
    os.write(fd, b"q")
    read_until_quiet(fd)
    os.close(fd)
    os.waitpid(pid, 0)
    return out


def fsyncs(argv, env, runs=10):
    """fsync and fdatasync calls per run (strace), over several runs of
    argv in a row, or None. tend keeps the WAL between commands and copies
    it home now and then, which costs a few syncs more: the mean shows it."""
    if not shutil.which("strace"):
        return None
    total = 0
    with tempfile.NamedTemporaryFile("r") as log:
        for _ in range(runs):
            subprocess.run(["strace", "-f", "-qq", "-e", "trace=fsync,fdatasync", "-o",
                            log.name] + argv, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
            total += sum(1 for line in open(log.name) if "sync(" in line)
    return total / runs


def first_frame_medians(tend_argv, env, runs):
    rows = [dashboard_times(tend_argv, env) for _ in range(runs)]
    return {k: statistics.median(r[k] for r in rows) for k in rows[0]}


def bench_years(args, years, env):
    work = tempfile.mkdtemp(prefix="tend-bench-")
    db, conf = os.path.join(work, "tend.db"), os.path.join(work, "tend.conf")
    subprocess.run([args.gen, db, str(years), DAY], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([args.tend, "--config", conf, "init", "--partner", "Alex", "--partner",
                    "Sam", "--start", START, "--checkin", "21:00"], check=True,
                   env=env, stdout=subprocess.DEVNULL)
    tend = [args.tend, "--config", conf, "--db", db]
    # The file was written a moment ago, and tend does not trust its check
    # mark for a file changed within two seconds (file times are coarse):
    # date it a minute back, as a file written earlier that evening would be.
    back = time.time() - 60
    os.utime(db, (back, back))
    # The day's backup is made once a day: make it first, as any earlier
    # command that evening would have.
    run_timed(tend + ["week", "--date", DAY], env)
    floor_argv = ["sqlite3", db, "select count(*) from sqlite_master"]
    floor, floor_rss = median_run(floor_argv, env, args.runs), peak_rss(floor_argv, env)
    rows = []
    for name, argv in [("week", ["week", "--date", DAY]), ("today", ["today", "--date", DAY]),
                       ("plan", ["plan", "--date", DAY]),
                       ("export json", ["export", "--format", "json", "-o", "/dev/null"])]:
        rows.append((f"tend {name}", median_run(tend + argv, env, args.runs), floor,
                     peak_rss(tend + argv, env)))
    dash = first_frame_medians(tend + ["--date", DAY], env, max(3, args.runs // 3))
    # The status line is for a status bar: its goal is within 2x --version.
    # A bar asks again and again while nothing changes: after the first
    # call the note beside the database answers. The first call after a
    # change reads the database: timed with the note removed before each.
    # Each status run is paired with a run of --version, so that a machine
    # busy for a while slows both alike.
    status_argv, version_argv = tend + ["status", "--date", DAY], [args.tend, "--version"]
    status, fresh, version = [], [], []
    for _ in range(args.runs):
        version.append(run_timed(version_argv, env))
        status.append(run_timed(status_argv, env))
        if os.path.exists(db + "-glance"):
            os.remove(db + "-glance")
        fresh.append(run_timed(status_argv, env))
        run_timed(status_argv, env)  # the note again, for the next pair
    version_ms = statistics.median(version)
    rows.append(("tend status (x --version)", statistics.median(status), version_ms, None))
    rows.append(("  after a change", statistics.median(fresh), version_ms, None))
    for name, ms in dash.items():
        rows.append((name, ms, floor, None))
    size = os.path.getsize(db)
    print(f"\n{years} year(s): {size / 1e6:.1f} MB; floor (sqlite3 on the file) "
          f"{floor:.1f} ms" + (f", its peak RSS {floor_rss:.1f} MB" if floor_rss else ""))
    print(f"  {'what':24} {'tend ms':>9} {'x floor':>8} {'peak RSS':>9}")
    for name, ms, fl, rss in rows:
        mem = f"{rss:.1f} MB" if rss else ""
        print(f"  {name:24} {ms:9.1f} {ms / fl:8.2f} {mem:>9}")
    syncs = fsyncs(tend + ["gesture", "Alex", "a hug", "--date", DAY], env)
    if syncs is not None:
        print(f"  {'syncs per tend gesture':24} {syncs:9.1f}")
    shutil.rmtree(work)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tend")
    ap.add_argument("gen")
    ap.add_argument("--years", default="1,10,30")
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("e2e: the sqlite3 program is needed for the floor")
    home = tempfile.mkdtemp(prefix="tend-bench-home-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", TERM="xterm-256color", LC_ALL="C.UTF-8",
               TZ="UTC")
    print(f"machine: {os.cpu_count()} cores; {args.runs} runs each, medians")
    version = median_run([args.tend, "--version"], env, args.runs)
    sq_version = median_run(["sqlite3", "-version"], env, args.runs)
    print(f"tend --version {version:.1f} ms, sqlite3 -version {sq_version:.1f} ms: "
          f"{version / sq_version:.2f}x")
    args.version_ms = version
    for years in [int(y) for y in args.years.split(",")]:
        bench_years(args, years, env)
    shutil.rmtree(home)


if __name__ == "__main__":
    main()
