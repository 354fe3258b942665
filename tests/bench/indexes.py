#!/usr/bin/env python3
"""indexes: every query tend runs while it shows the dashboard (the first
frame, the week view, moving between panels and tabs, a history) and answers `tend
week` and `tend today` must find its rows through an index: SQLite's
EXPLAIN QUERY PLAN may show no full scan of a table that grows with the
couple's history. Otherwise the work of each refresh grows with the years.

The statements are caught by preloading the sqltrace library into tend.

usage: indexes.py TEND GEN_HISTORY SQLTRACE_LIB SANITIZE
"""
import os
import pty
import re
import select
import subprocess
import sys
import tempfile
import time

DAY = "2026-12-30"
# Tables that hold a handful of rows, not one per day or entry: the
# partners, the stage, the plan's ticks, the program's pauses (a few in a
# year at most), the shared load's jobs (twelve at most, and what was
# removed is erased), the rituals (RITUAL_MAX live; a removed one is erased
# when the session ends): a scan of them costs next to nothing in year 30.
BOUNDED = {"partner", "touch_stage", "plan_tick", "pause", "task", "ritual"}


def fail(msg):
    print(f"FAIL: {msg}")
    return 1


def drain(fd, wait):
    """Read whatever the program writes until it is quiet for wait s."""
    while True:
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def dashboard(argv, env):
    """Open the dashboard in a pty, press the everyday keys, quit."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    drain(fd, 1.0)
    # The week view and back, panels, the practices and back, a history
    # (its first page and the next) and back, quit.
    for key in [b"w", b"w", b"\t", b"\t", b"o", b"\x1b", b"\t", b"\t", b"\r",
                b"\x1b[6~", b"\x1b[6~", b"q", b"q"]:
        os.write(fd, key)
        drain(fd, 0.5)
    os.close(fd)
    os.waitpid(pid, 0)


def growing_tables(db):
    """Tables with deleted entries (a deleted_at column) that are not one
    of the small fixed ones."""
    out = subprocess.run(["sqlite3", db, "SELECT m.name FROM sqlite_master m, "
                          "pragma_table_info(m.name) c WHERE m.type = 'table' "
                          "AND c.name = 'deleted_at'"], capture_output=True, text=True,
                         check=True).stdout.split()
    return set(out) - BOUNDED


def plan_of(db, sql):
    r = subprocess.run(["sqlite3", db, "EXPLAIN QUERY PLAN " + sql], capture_output=True,
                       text=True)
    return r.stdout if r.returncode == 0 else None


def main():
    tend, gen, lib, sanitize = sys.argv[1:5]
    if sanitize != "none":
        print("1..0 # SKIP a sanitized tend cannot have a library preloaded before its runtime")
        return 77
    work = tempfile.mkdtemp(prefix="tend-indexes-")
    db, conf, trace = (os.path.join(work, n) for n in ("tend.db", "tend.conf", "sql.txt"))
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=work + "/config",
               XDG_DATA_HOME=work + "/data", TERM="xterm-256color", LC_ALL="C.UTF-8",
               TZ="UTC")
    subprocess.run([gen, db, "3", DAY], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([tend, "--config", conf, "init", "--partner", "Alex", "--partner", "Sam",
                    "--start", "2026-11-20", "--checkin", "21:00"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    # The touch panel then asks whose turn it is to invite.
    with open(conf, "a") as f:
        f.write("invite-rotation = true\n")
    base = [tend, "--config", conf, "--db", db]
    traced = dict(env, LD_PRELOAD=lib, TEND_SQLTRACE=trace)
    for argv in (["week", "--date", DAY], ["today", "--date", DAY]):
        subprocess.run(base + argv, check=True, env=traced, stdout=subprocess.DEVNULL)
    dashboard(base + ["--date", DAY], traced)
    statements = sorted(set(open(trace).read().splitlines()))
    tables = growing_tables(db)
    fails = 0
    checked = 0
    if not tables:
        fails += fail("no table with a deleted_at column was found")
    for sql in statements:
        # One statement that reads or writes rows; batches and pragmas aside.
        if not re.match(r"\s*(SELECT|UPDATE|DELETE|WITH)\b", sql, re.I) or \
                ";" in sql.strip().rstrip(";"):
            continue
        plan = plan_of(db, sql)
        if plan is None:
            fails += fail(f"could not explain: {sql}")
            continue
        checked += 1
        for line in plan.splitlines():
            m = re.search(r"\bSCAN (?:TABLE )?(\w+)", line)
            if m and m.group(1) in tables:
                fails += fail(f"reads all of {m.group(1)}: {sql}\n    {line.strip()}")
    print(f"# {checked} statements explained; tables that grow: {', '.join(sorted(tables))}")
    if checked < 5:
        fails += fail(f"only {checked} statements were caught: is the trace working?")
    subprocess.run(["rm", "-rf", work])
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
