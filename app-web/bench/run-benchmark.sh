#!/usr/bin/env bash
# The HTTP benchmark of issue 9: starts the app at -Xmx256m on a database, warms it up, then measures
# requests/s and p50/p99 at 32 connections (wrk -t2 -c32 -d10s --latency) for a constant-text
# endpoint of the same app (the ceiling) and the pages that matter, each as a ratio to the ceiling,
# plus the start-up time to the first answer and the resident memory after the run.
#
#   app-web/bench/run-benchmark.sh            # the generated large clinic (generated once, then reused)
#   app-web/bench/run-benchmark.sh --demo     # the demo clinic
#   app-web/bench/run-benchmark.sh --fresh    # regenerate the database first
#
# Database: a H2 file under app-web/target/bench-data (large.mv.db or demo.mv.db), or the one in
# STAGEWISE_DB_URL (+ STAGEWISE_DB_USER/PASSWORD), which is filled by `generate-data` on first use.
# Options through the environment: BENCH_PORT (7099), BENCH_DURATION (10s), BENCH_WARMUP (10s),
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_JVM_FLAGS (the Docker image's memory settings, see
# below), MALLOC_ARENA_MAX (2), GENERATOR_ARGS (extra generate-data flags).
# Everything runs on the loopback address; the app is stopped at the end, also on failure.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/app-web/target/stagewise.jar"
DATA="$ROOT/app-web/target/bench-data"
MODE=large
FRESH=0
for arg in "$@"; do
  case "$arg" in
    --demo) MODE=demo ;;
    --fresh) FRESH=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (use --demo, --fresh)" >&2; exit 64 ;;
  esac
done
PORT=${BENCH_PORT:-7099}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
BASE="http://127.0.0.1:$PORT"
# The memory settings of the Docker image. The serial collector: with a 256 MB heap on two cores G1's
# own bookkeeping cost about 48 MB of resident memory, and a small heap's young collections are short
# anyway. A heap that starts small, as a container's does (here the JVM would start at the whole
# 256 MB, a 64th of this machine's memory), grows only as far as the live data needs and gives back
# what it no longer needs after a full collection. Two malloc arenas instead of sixteen.
JVM_FLAGS=${BENCH_JVM_FLAGS:--XX:+UseSerialGC -Xms64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing: installing Debian's package"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  else sudo apt-get install -y -qq wrk; fi
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 69; }
command -v java >/dev/null || { echo "java 17 is needed" >&2; exit 69; }

# --- the jar: built when missing or older than a source file ---------------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT" -path '*/src/main/*' -newer "$JAR" -type f -print -quit 2>/dev/null)" ]; then
  echo "building $JAR"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
fi

# --- the database and what the benchmark opens in it ---------------------------------------------
mkdir -p "$DATA"
if [ -n "${STAGEWISE_DB_URL:-}" ]; then
  NAME="external-$MODE"
  DB_URL="$STAGEWISE_DB_URL"
else
  NAME="$MODE"
  DB_URL="jdbc:h2:file:$DATA/$MODE;$H2_OPTIONS"
  if [ "$FRESH" = 1 ]; then rm -f "$DATA/$MODE.mv.db" "$DATA/$MODE.trace.db" "$DATA/$NAME.env"; fi
fi
FIXTURES="$DATA/$NAME.env"
export STAGEWISE_DB_URL="$DB_URL"
if [ ! -f "$FIXTURES" ]; then
  if [ "$MODE" = demo ]; then GENERATE=(--demo); else GENERATE=(); fi
  echo "generating the $MODE data (once; later runs reuse it): generate-data ${GENERATE[*]} ${GENERATOR_ARGS:-}"
  # shellcheck disable=SC2086
  java -jar "$JAR" generate-data "${GENERATE[@]}" ${GENERATOR_ARGS:-} | tee "$DATA/$NAME-generate.log"
  grep '^BENCH_' "$DATA/$NAME-generate.log" > "$FIXTURES"
fi
# shellcheck disable=SC1090
source "$FIXTURES"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- start the app and time its first answer --------------------------------------------------------
if curl -s -o /dev/null --max-time 1 "$BASE/health"; then
  echo "something already answers on port $PORT: set BENCH_PORT" >&2; exit 69
fi
# A class-data archive, as the Docker image makes one at build time: the classes the app loads at
# start-up, already parsed and verified. Made once per jar, by a short run on an in-memory database.
CDS_ARCHIVE="$DATA/stagewise.jsa"
if [ ! -f "$CDS_ARCHIVE" ] || [ "$JAR" -nt "$CDS_ARCHIVE" ]; then
  echo "making the class-data archive for this jar (once)"
  rm -f "$CDS_ARCHIVE"
  # shellcheck disable=SC2086
  STAGEWISE_DB_URL="jdbc:h2:mem:cds;$H2_OPTIONS" STAGEWISE_PORT=$PORT STAGEWISE_DEMO_DATA=true \
    java -Xmx256m $JVM_FLAGS -XX:ArchiveClassesAtExit="$CDS_ARCHIVE" -jar "$JAR" > "$DATA/cds-training.log" 2>&1 &
  TRAINING_PID=$!
  for _ in $(seq 1 300); do
    curl -s -o /dev/null --max-time 1 "$BASE/health" && break
    kill -0 "$TRAINING_PID" 2>/dev/null || break
    sleep 0.1
  done
  curl -s -o /dev/null --max-time 10 "$BASE/login" || true
  kill -TERM "$TRAINING_PID" 2>/dev/null || true
  wait "$TRAINING_PID" 2>/dev/null || true
fi
if [ -f "$CDS_ARCHIVE" ]; then JVM_FLAGS="$JVM_FLAGS -XX:SharedArchiveFile=$CDS_ARCHIVE"; fi

APP_LOG="$DATA/app-$NAME.log"
started_ns=$(date +%s%N)
# shellcheck disable=SC2086
STAGEWISE_PORT=$PORT STAGEWISE_DEMO_DATA=false STAGEWISE_BENCH_ENDPOINT=true STAGEWISE_PUBLIC_URL="$BASE" \
  java -Xmx256m $JVM_FLAGS -jar "$JAR" > "$APP_LOG" 2>&1 &
APP_PID=$!
stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  rm -f "${WORK:-/nonexistent}"/* 2>/dev/null; rmdir "${WORK:-/nonexistent}" 2>/dev/null || true
}
trap stop_app EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/health" || true)" = 200 ]; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app stopped; see $APP_LOG" >&2; tail -5 "$APP_LOG" >&2; exit 70; fi
  if [ $(( ($(date +%s%N) - started_ns) / 1000000000 )) -ge 90 ]; then echo "no answer within 90 s" >&2; exit 70; fi
  sleep 0.02
done
STARTUP_MS=$(( ($(date +%s%N) - started_ns) / 1000000 ))

# --- sign in as the clinic's admin (who is also a clinician) ----------------------------------------
WORK=$(mktemp -d)
curl -s -c "$WORK/jar" -b "$WORK/jar" -o "$WORK/login.html" --max-time 10 "$BASE/login"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
STATUS=$(curl -s -c "$WORK/jar" -b "$WORK/jar" -o /dev/null -w '%{http_code}' --max-time 10 \
  --data-urlencode "_csrf=$CSRF" --data-urlencode "email=$BENCH_ADMIN_EMAIL" \
  --data-urlencode "password=$BENCH_PASSWORD" "$BASE/login")
SESSION=$(awk '$6 == "stagewise_session" { print $7 }' "$WORK/jar" | tail -1)
if [ "$STATUS" != 303 ] || [ -z "$SESSION" ]; then echo "sign-in as $BENCH_ADMIN_EMAIL failed ($STATUS)" >&2; exit 70; fi
COOKIE="stagewise_session=$SESSION"

# --- what is measured ------------------------------------------------------------------------------
CEILING_NOTE=""
if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/bench/constant")" = 200 ]; then
  CEILING_PATH=/bench/constant
else
  CEILING_PATH=/health
  CEILING_NOTE="(no /bench/constant route in this build: /health, which also asks the database, is the ceiling)"
fi
NAMES=(ceiling shared-page library-search builder-20 dashboard pdf)
PATHS=("$CEILING_PATH" "/p/$BENCH_SHARE_TOKEN" "/library?q=bridge" "/programmes/$BENCH_BUILDER_PROGRAMME_ID"
       "/dashboard?scope=clinic" "/programmes/$BENCH_SHARED_PROGRAMME_ID/pdf")
AUTH=(no no yes yes yes yes)
TARGET=(1 6 10 8 10 0)   # at least 1/N of the ceiling's requests/s (0: no target in issue 9)
NOTES=()
ACTIVE=()
for i in "${!NAMES[@]}"; do
  headers=()
  [ "${AUTH[$i]}" = yes ] && headers=(-H "Cookie: $COOKIE")
  code=$(curl -s -o "$WORK/page" -w '%{http_code}' --max-time 30 "${headers[@]}" "$BASE${PATHS[$i]}" || echo 000)
  if [ "$code" = 200 ]; then
    ACTIVE+=("$i")
  elif [ "${NAMES[$i]}" = pdf ] && [ "$code" = 404 ]; then
    NOTES+=("pdf: skipped, ${PATHS[$i]} answers 404 (no PDF route in this build)")
  else
    NOTES+=("${NAMES[$i]}: skipped, ${PATHS[$i]} answers $code instead of 200")
  fi
done

run_wrk() { # index duration
  local i=$1 d=$2 headers=()
  [ "${AUTH[$i]}" = yes ] && headers=(-H "Cookie: $COOKIE")
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$d" --timeout 5s --latency "${headers[@]}" "$BASE${PATHS[$i]}"
}

ms() { # wrk's "1.23ms" / "456.00us" / "1.02s" / "2.00m" -> milliseconds
  [ -z "$1" ] && { echo "-"; return; }
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n = n / 1000; else if (u == "s") n = n * 1000; else if (u == "m") n = n * 60000
    printf "%.2f", n }'
}

# The pages first, each warmed up beforehand; the PDF last with its own warm-up, so that if it
# exhausts the heap it cannot spoil the figures of the others.
measure() { # index
  local i=$1 out non2xx sockerr
  out=$(run_wrk "$i" "$DURATION" || true)
  echo "$out" > "$WORK/wrk-$i.txt"
  RPS[$i]=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  P50[$i]=$(ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
  P99[$i]=$(ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses/ { print $NF }')
  sockerr=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  ERR[$i]=$(( ${non2xx:-0} + ${sockerr:-0} ))
  RPS[$i]=${RPS[$i]:-0}
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/health" || true)" != 200 ]; then
    NOTES+=("${NAMES[$i]}: after its run the app no longer answers /health within 10 s (see $APP_LOG)")
  fi
}
declare -A RPS P50 P99 ERR
PAGES=()
LAST=()
for i in "${ACTIVE[@]}"; do if [ "${NAMES[$i]}" = pdf ]; then LAST+=("$i"); else PAGES+=("$i"); fi; done
# Two rounds of warm-up: after one, the JIT compiler was still busy with the pages' code and took a
# core from whatever was measured next (the ceiling came out at a third of its later figure).
echo "warming up: $WARMUP per endpoint, twice"
for round in 1 2; do
  for i in "${PAGES[@]}"; do run_wrk "$i" "$WARMUP" > /dev/null || true; done
done
for i in "${PAGES[@]}"; do measure "$i"; done
# The ceiling once more after the pages; the higher of its two figures is the one the pages are held to.
FIRST_CEILING_RPS=${RPS[0]:-0}
FIRST_CEILING_P99=${P99[0]:--}
measure 0
NOTES+=("ceiling measured before and after the pages: $FIRST_CEILING_RPS and ${RPS[0]} req/s; the higher counts")
if awk -v a="$FIRST_CEILING_RPS" -v b="${RPS[0]:-0}" 'BEGIN { exit !(a > b) }'; then
  RPS[0]=$FIRST_CEILING_RPS
  P99[0]=$FIRST_CEILING_P99
fi
for i in "${LAST[@]+"${LAST[@]}"}"; do run_wrk "$i" "$WARMUP" > /dev/null || true; measure "$i"; done
if grep -q OutOfMemoryError "$APP_LOG"; then
  NOTES+=("the app ran out of heap (OutOfMemoryError in $APP_LOG, $(grep -c OutOfMemoryError "$APP_LOG") times)")
fi
RSS=$(awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP_PID/status")
PEAK=$(awk '/^VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP_PID/status")

# --- the table ---------------------------------------------------------------------------------------
C=${RPS[0]:-}
CP99=${P99[0]:-}
echo
echo "Stagewise benchmark: $MODE data ($NAME), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
echo "load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (wrk and the app add about 2; more means other work shared the cores)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency after ${WARMUP} warm-up per endpoint; app at -Xmx256m $JVM_FLAGS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; ${DB_URL%%;*}"
[ -n "$CEILING_NOTE" ] && echo "$CEILING_NOTE"
printf '%-16s %-44s %10s %9s %9s %10s %8s %7s\n' endpoint path 'req/s' 'p50 ms' 'p99 ms' 'ratio' 'p99 ×' errors
for i in "${ACTIVE[@]}"; do
  ratio="-"; p99x="-"; verdict=""
  none=$(awk -v r="${RPS[$i]}" -v c="${RPS[0]:-0}" 'BEGIN { print (r + 0 == 0 || c + 0 == 0) ? 1 : 0 }')
  if [ "$none" = 1 ] || [ "${P99[$i]}" = - ] || [ "${CP99:--}" = - ]; then
    ratio="-"; p99x="-"; verdict="no answers measured"
  elif [ "$i" != 0 ]; then
    ratio=$(awk -v r="${RPS[$i]}" -v c="$C" 'BEGIN { printf "1/%.1f", c / r }')
    p99x=$(awk -v p="${P99[$i]}" -v c="$CP99" 'BEGIN { printf "%.1f", p / c }')
    if [ "${TARGET[$i]}" != 0 ]; then
      verdict=$(awk -v r="${RPS[$i]}" -v c="$C" -v t="${TARGET[$i]}" -v p="${P99[$i]}" -v cp="$CP99" -v e="${ERR[$i]}" \
        'BEGIN { ok = (r * t >= c) && (p < 10 * cp) && (e == 0)
                 printf "%s (target 1/%d, p99 < 10x, no errors)", ok ? "ok" : "BELOW", t }')
    fi
  elif [ "$i" = 0 ]; then ratio="1"; p99x="1.0"; fi
  path=${PATHS[$i]}
  [ "${NAMES[$i]}" = shared-page ] && path="/p/{token}"
  printf '%-16s %-44s %10.0f %9s %9s %10s %8s %7s  %s\n' "${NAMES[$i]}" "$path" "${RPS[$i]}" "${P50[$i]}" "${P99[$i]}" \
    "$ratio" "$p99x" "${ERR[$i]}" "$verdict"
done
for note in "${NOTES[@]+"${NOTES[@]}"}"; do echo "note: $note"; done
echo "start-up to first answer: ${STARTUP_MS} ms (target < 2500 ms)"
echo "resident memory after the run: $RSS (peak $PEAK; target < 450 MB)"
