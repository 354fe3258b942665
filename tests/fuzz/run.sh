#!/usr/bin/env bash
# Run every fuzz target for SECONDS each from its seed corpus.
# usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}
secs=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"
status=0
for target in config plan date db wishes; do
	mkdir -p "$work/$target"
	echo "== fuzz_$target for ${secs}s"
	# New inputs go to the scratch corpus; the seeds in the tree stay as they are.
	if ! "$build/tests/fuzz_$target" -max_total_time="$secs" -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$work/crash-$target-" \
		"$work/$target" "$here/corpus/$target" 2>"$work/$target.log"; then
		status=1
		tail -n 60 "$work/$target.log"
		for crash in "$work"/crash-"$target"-*; do
			[ -e "$crash" ] && { echo "crashing input ($crash):"; od -c "$crash" | head -20; }
		done
	else
		grep -E '^stat::number_of_executed_units|^Done' "$work/$target.log" || true
	fi
done
exit $status
