#!/usr/bin/env bash
# Mixed read load with wrk, through nginx and then against one instance alone, so that the effect of
# the second instance shows. Prints a Markdown table; raw wrk output goes to deploy/bench/out/.
#
#   deploy/bench/load.sh                      # 60 s, 64 connections, LB then instance A
#   DURATION=10s deploy/bench/load.sh         # a short run while developing
#
# Settings (environment, defaults in brackets):
#   LB_URL [http://127.0.0.1:8088], SINGLE_URL [http://127.0.0.1:8081]
#   DURATION [60s], WARMUP [30s] (an unmeasured run before each measured one), CONNECTIONS [64],
#   THREADS [2]
#   SEARCH=1   add /api/search/challenges?q=... to the mix (needs the search feature)
#   MATCHES=1  add the matches call (MATCHES_PATH [/api/challenges/{id}/matches], signed in as
#              MATCHES_USER/MATCHES_PASSWORD [demo-firm]); needs the matching feature
#   LABS=0     leave the lab directory out of the mix
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lb=${LB_URL:-http://127.0.0.1:8088}
single=${SINGLE_URL:-http://127.0.0.1:8081}
duration=${DURATION:-60s}
warmup=${WARMUP:-30s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
out=$here/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"

if ! command -v wrk >/dev/null; then
	[[ $EUID -eq 0 ]] || { echo "wrk is missing: apt-get install wrk (as root)" >&2; exit 1; }
	echo "installing wrk (Debian package)" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null ||
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
fi

mix=list,detail
[[ ${LABS:-1} == 1 ]] && mix+=,labs
[[ ${SEARCH:-0} == 1 ]] && mix+=,search
[[ ${MATCHES:-0} == 1 ]] && mix+=,matches
export JIEBANG_BENCH_MIX=$mix
export JIEBANG_BENCH_IDS=$out/ids.txt
default_matches='/api/challenges/{id}/matches'
export JIEBANG_BENCH_MATCHES_PATH=${MATCHES_PATH:-$default_matches}

# Ids of published challenges and labs, and search terms, from the public API.
python3 - "$lb" >"$JIEBANG_BENCH_IDS" <<'PY'
import json, sys, urllib.request
base = sys.argv[1]
def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as r:
        return json.load(r)
challenges = get("/api/challenges?page=1&size=100")["items"]
if not challenges:
    sys.exit("no published challenges to read (load the demo data)")
for c in challenges:
    print("challenge", c["id"])
try:
    for lab in get("/api/labs?page=1&size=100")["items"]:
        print("lab", lab["id"])
except Exception as e:
    print("labs unavailable:", e, file=sys.stderr)
for q in ["碳化硅", "SiC MOSFET", "EDA 寄生参数", "固态电池", "大模型 推理", "航空发动机 叶片", "创新药", "Micro LED"]:
    print("query", q)
PY

if [[ ${MATCHES:-0} == 1 ]]; then
	JIEBANG_BENCH_TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
		-d "{\"username\":\"${MATCHES_USER:-demo-firm}\",\"password\":\"${MATCHES_PASSWORD:-Jiebang#Firm2026}\"}" \
		"$lb/api/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
	export JIEBANG_BENCH_TOKEN
	# Matches are for the challenge's own firm: use the signed-in firm's published challenges.
	curl -fsS -H "Authorization: Bearer $JIEBANG_BENCH_TOKEN" "$lb/api/my/challenges?status=PUBLISHED&size=100" |
		python3 -c 'import json,sys; [print("mine", c["id"]) for c in json.load(sys.stdin)["items"]]' >>"$JIEBANG_BENCH_IDS"
fi

run() { # name url -> RESULT line
	local name=$1 url=$2
	curl -fsS -m 5 -o /dev/null "$url/actuator/health/readiness" || { echo "$name ($url) is not ready" >&2; exit 1; }
	if [[ $warmup != 0 && $warmup != 0s ]]; then
		wrk -t"$threads" -c"$connections" -d"$warmup" -s "$here/mixed.lua" "$url" >"$out/$name.warmup.txt" 2>&1
		if grep -q 'mixed.lua' "$out/$name.warmup.txt"; then cat "$out/$name.warmup.txt" >&2; exit 1; fi
	fi
	wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$here/mixed.lua" "$url" \
		>"$out/$name.txt" 2>&1
	grep -q '^RESULT' "$out/$name.txt" || { echo "wrk failed against $url:" >&2; cat "$out/$name.txt" >&2; exit 1; }
	# The machine's 1-minute load average at the end: on a shared machine, read the figures with it.
	grep '^RESULT' "$out/$name.txt" | sed "s|^RESULT|RESULT target=$name load=$(cut -d' ' -f1 /proc/loadavg)|"
}

echo "mix: $mix; $connections connections, $threads wrk threads, $duration (warm-up $warmup); raw output in $out" >&2
results=$(run "nginx-2-instances" "$lb"; run "single-instance" "$single")
printf '%s\n' "$results" >"$out/results.txt"

field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"; }
echo
echo "| target | requests/s | p50 (ms) | p99 (ms) | errors | requests | load avg |"
echo "|---|---:|---:|---:|---:|---:|---:|"
while read -r line; do
	echo "| $(field "$line" target) | $(field "$line" rps) | $(field "$line" p50_ms) | $(field "$line" p99_ms) | $(field "$line" errors) | $(field "$line" requests) | $(field "$line" load) |"
done <<<"$results"
echo
echo "mix: $mix · $connections connections · $duration · $(nproc) CPU cores shared by wrk, nginx, PostgreSQL and both instances"
