# bench_smoke.sh: the benchmark tools still work (issue 6): mbo-bench-gen
# makes a valid database of 20 salespeople, and bench/run --smoke runs
# every measurement on it once or twice and its results parse. No time is
# asserted. Without hyperfine, /usr/bin/time or Taskwarrior bench/run falls
# back or skips, and says so.
set -eu
gen="$(dirname "$MBO")/mbo-bench-gen"
dir=$(mktemp -d "${TMPDIR:-/tmp}/mbo-bench-smoke.XXXXXX")
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL bench_smoke.sh: $*" >&2; exit 1; }

[ -x "$gen" ] || fail "no generator at $gen"
MBO_TODAY=2026-11-27 "$gen" --people 20 --seed 3 --db "$dir/g.db" > "$dir/g.json" || fail "mbo-bench-gen failed"
python3 - "$dir/g.json" <<'PY' || fail "mbo-bench-gen printed no valid summary: $(cat "$dir/g.json")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["people"] == 20 and d["today"] == "2026-11-27", d
assert d["goals"] > 400 and d["checkins"] > 10000 and d["tasks"] > 4000, d
PY
[ "$(sqlite3 "$dir/g.db" 'PRAGMA integrity_check')" = ok ] || fail "integrity check"
[ -z "$(sqlite3 "$dir/g.db" 'PRAGMA foreign_key_check')" ] || fail "foreign key check"
[ "$(sqlite3 "$dir/g.db" 'PRAGMA journal_mode')" = wal ] || fail "not in WAL mode"
[ "$(sqlite3 "$dir/g.db" "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'checkin'")" = 1 ] || fail "no ANALYZE"
# The org tree and the quarter: d1 > m01 > s0001..s0020, five goals each.
[ "$(sqlite3 "$dir/g.db" "SELECT group_concat(p.login || '<' || m.login) FROM person p JOIN person m ON m.id = p.manager_id WHERE p.login IN ('m01', 's0001', 's0020')")" = "m01<d1,s0001<m01,s0020<m01" ] || fail "org tree"
[ "$("$MBO" --db "$dir/g.db" --as s0001 --format csv status | tail -n +2 | wc -l)" = 5 ] || fail "s0001 has not 5 running goals"
MBO_TODAY=2026-11-27 "$MBO" --db "$dir/g.db" --as d1 alerts --team d1 --format json >/dev/null || fail "alerts on the generated data"

MBO="$MBO" MBO_BENCH_GEN="$gen" timeout 240 bash "$MBO_SRC/bench/run" --smoke --out "$dir/results.md" > "$dir/out" 2>&1 \
	|| fail "bench/run --smoke failed: $(tail -5 "$dir/out")"
python3 - "$dir/results.md" <<'PY' || fail "bench/run --smoke results do not parse: $(cat "$dir/results.md")"
import re, sys
text = open(sys.argv[1]).read()
assert "#### 20 people" in text, "no section for 20 people"
rows = {}
for line in text.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 4 and re.fullmatch(r"[0-9.]+", cells[1] or "x"):
        rows[cells[0]] = cells
need = ["/bin/true", "sqlite3 FILE 'select 1'", "mbo status (s0001)", "mbo status --team m01",
        "mbo alerts --team d1", "mbo task list (s0001)"]
for n in need:
    assert n in rows, f"no row {n!r}"
    assert float(rows[n][1]) > 0, n
assert any(k.startswith("mbo checkin") for k in rows), "no check-in row"
assert any(k.startswith("floor: sqlite3, status SQL") for k in rows), "no floor row"
assert any(k.startswith("mbo report") or k.startswith("mbo status --team d1") for k in rows), "no report row"
PY
echo "bench_smoke.sh: ok"
