#!/usr/bin/env bash
# Benchmark for the program engine: start-up time, throughput and latency of
#   POST /api/v1/plans/preview        (intake in, plan out)
#   GET  /api/v1/exercises/{id}       (catalogue read, the baseline)
# and the resident memory of the app after the load.
#
# Run from anywhere:  bench/plan-preview.sh
# Knobs (environment):
#   PORT=18080            first port to try for the app (the next free one is used if taken)
#   DURATION=20s          measured wrk run per endpoint
#   WARMUP=10s            one unreported wrk warm-up run per endpoint ...
#   WARMUP_ROUNDS=5       ... repeated this often, alternating the endpoints (the JIT needs ~80 s of load here)
#   CONNECTIONS=16        wrk connections      THREADS=2   wrk threads
#   STARTUP_RUNS=3        start-ups measured per mode (plain and optimised); the median is judged
#   JAVA=java             java binary (or a JDK home) to run the app with
#   JVM_FLAGS="..."       JVM flags of the optimised start (default: see DEFAULT_JVM_FLAGS below)
#   CDS=1                 0 to leave the class data sharing archive out of the optimised start
#   COMPARE_PLAIN=0       1 to also load a plain `java -jar` start (reported, not judged)
#   APP_OPTS=""           extra Spring Boot arguments for every start, e.g. "--server.tomcat.threads.max=4"
#   EXERCISE_ID=bird-dog  exercise fetched by the GET run
#   INTAKE=bench/lib/intake.json  body of the preview run
#   SKIP_BUILD=0          1 to never build; otherwise `mvn package` runs when no jar is there
#   STRICT=0              1 to exit 1 when a target fails
#   KEEP_WORK=0           1 to keep the temporary directory with logs, CDS archive and wrk output
#   QUIET_WAIT=180        seconds to wait at most for other processes to calm down before measuring
#   QUIET_MAX=15          CPU use (% of the machine) by others below which the machine counts as quiet
#   NICE=0                niceness of the app and wrk; e.g. -10 (as root) shields the run from other busy processes
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Small-service JVM settings, see docs/benchmarks.md for the measurements behind them.
DEFAULT_JVM_FLAGS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k"

PORT="${PORT:-18080}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-10s}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-5}"
APP_OPTS="${APP_OPTS:-}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
STARTUP_RUNS="${STARTUP_RUNS:-3}"
JAVA="${JAVA:-java}"
JVM_FLAGS="${JVM_FLAGS-$DEFAULT_JVM_FLAGS}"
CDS="${CDS:-1}"
COMPARE_PLAIN="${COMPARE_PLAIN:-0}"
EXERCISE_ID="${EXERCISE_ID:-bird-dog}"
INTAKE="${INTAKE:-bench/lib/intake.json}"
SKIP_BUILD="${SKIP_BUILD:-0}"
STRICT="${STRICT:-0}"
KEEP_WORK="${KEEP_WORK:-0}"
QUIET_WAIT="${QUIET_WAIT:-180}"
QUIET_MAX="${QUIET_MAX:-15}"
NICE="${NICE:-0}"

# Targets
TARGET_STARTUP_S=5
TARGET_P99_MS=25
TARGET_RATIO=0.5
TARGET_RSS_MB=300

LUA=bench/lib/report.lua
APP_PID=""

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# CPU accounting, all in clock ticks. cpu_ticks prints "total busy" for the whole machine.
CLK_TCK="$(getconf CLK_TCK)"
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
proc_ticks() { sed -E 's/^.*\) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
busy_pct() { # busy_pct SECONDS : CPU use of the whole machine over that time, in %
    local t0 b0 t1 b1
    read -r t0 b0 < <(cpu_ticks); sleep "$1"; read -r t1 b1 < <(cpu_ticks)
    awk -v t=$((t1 - t0)) -v b=$((b1 - b0)) 'BEGIN { printf "%.0f", t ? 100 * b / t : 0 }'
}

# ---------------------------------------------------------------- tools
if [[ -d "$JAVA" ]]; then JAVA="$JAVA/bin/java"; fi
command -v "$JAVA" >/dev/null || die "no java at '$JAVA' (set JAVA to a java binary or JDK home)"

apt_install() {
    if ! apt-get install -y "$@" >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        apt-get install -y "$@" >/dev/null
    fi
}
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
    log "installing ${need[*]}"
    [[ $(id -u) -eq 0 ]] || die "${need[*]} missing; install it or run as root"
    export DEBIAN_FRONTEND=noninteractive
    apt_install "${need[@]}"
fi
[[ -f "$INTAKE" ]] || die "no intake file at $INTAKE"
[[ -f "$LUA" ]] || die "no wrk script at $LUA"

# ---------------------------------------------------------------- jar
find_jar() { compgen -G 'target/backcoach-*.jar' | grep -v '\.original$' | head -n 1 || true; }
JAR="$(find_jar)"
if [[ -z "$JAR" ]]; then
    [[ "$SKIP_BUILD" == 1 ]] && die "no target/backcoach-*.jar and SKIP_BUILD=1"
    log "building the jar (mvn -q -B package -DskipTests)"
    mvn -q -B package -DskipTests
    JAR="$(find_jar)"
    [[ -n "$JAR" ]] || die "the build made no target/backcoach-*.jar"
fi

JAVA_VERSION_TEXT="$("$JAVA" -version 2>&1)"
JAVA_VERSION_LINE="$(printf '%s\n' "$JAVA_VERSION_TEXT" | head -n 1)"
JAVA_MAJOR="$(printf '%s\n' "$JAVA_VERSION_LINE" | sed -E 's/.*version "([0-9]+)(\.[^"]*)?".*/\1/')"

WORK="$(mktemp -d -t backcoach-bench.XXXXXX)"

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() {
    stop_app
    if [[ "$KEEP_WORK" == 1 ]]; then
        log "logs and archive kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- port
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 50); do
    port_busy "$PORT" || break
    PORT=$((PORT + 1))
done
if port_busy "$PORT"; then die "no free port found near $PORT"; fi
BASE="http://127.0.0.1:$PORT"

read -r -a EXTRA_APP_ARGS <<<"$APP_OPTS"
APP_ARGS=(--server.port="$PORT" --spring.datasource.url="jdbc:h2:mem:bench" "${EXTRA_APP_ARGS[@]}")

# ---------------------------------------------------------------- start and wait
# start_app LOG JAVA-ARGS... : starts the app, waits until /actuator/health says UP,
# sets APP_PID, WALL_S (launch to UP), SPRING_S ("Started ... in X seconds").
start_app() {
    local logfile="$1"; shift
    local t0 t1
    t0=$(date +%s%N)
    nice -n "$NICE" "$JAVA" "$@" "${APP_ARGS[@]}" >"$logfile" 2>&1 &
    APP_PID=$!
    local deadline=$((SECONDS + 180))
    until curl -fsS -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$logfile" >&2
            die "the app exited during start-up (log above)"
        fi
        ((SECONDS < deadline)) || { tail -n 40 "$logfile" >&2; die "the app was not UP after 180 s"; }
        sleep 0.05
    done
    t1=$(date +%s%N)
    WALL_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    SPRING_S=""
    for _ in $(seq 1 40); do
        SPRING_S=$(sed -nE 's/.*Started BackCoachApplication in ([0-9.]+) seconds.*/\1/p' "$logfile" | head -n 1)
        [[ -n "$SPRING_S" ]] && break
        sleep 0.05
    done
    [[ -n "$SPRING_S" ]] || SPRING_S="?"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

read -r -a FLAGS <<<"$JVM_FLAGS"

# Other processes on this small machine skew every figure: wait a while for them to calm down.
quiet_start=$SECONDS
while :; do
    BACKGROUND_PCT=$(busy_pct 3)
    ((BACKGROUND_PCT <= QUIET_MAX)) && break
    if ((SECONDS - quiet_start >= QUIET_WAIT)); then
        log "warning: other processes still use ${BACKGROUND_PCT}% of the CPU; measuring anyway, figures will be low"
        break
    fi
    log "other processes use ${BACKGROUND_PCT}% of the CPU; waiting for a quiet machine (QUIET_WAIT=$QUIET_WAIT)"
    sleep 7
done

log "java: $JAVA_VERSION_LINE"
log "jar: $JAR   port: $PORT   work dir: $WORK"
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- optimised layout and CDS archive
OPT_ARGS=("${FLAGS[@]}")
CDS_TRAIN_S="-"
if [[ "$CDS" == 1 ]]; then
    log "extracting the jar and training the CDS archive (one-off, as at image build time)"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >"$WORK/extract.log" 2>&1 \
        || { cat "$WORK/extract.log" >&2; die "jar extraction failed"; }
    APP_JAR="$WORK/app/$(basename "$JAR")"
    t0=$(date +%s%N)
    nice -n "$NICE" "$JAVA" "${FLAGS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$APP_JAR" --server.port=0 --spring.datasource.url="jdbc:h2:mem:training" >"$WORK/training.log" 2>&1 \
        || { tail -n 40 "$WORK/training.log" >&2; die "CDS training run failed"; }
    t1=$(date +%s%N)
    CDS_TRAIN_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    [[ -s "$WORK/app.jsa" ]] || die "CDS training run wrote no archive"
    OPT_ARGS+=(-XX:SharedArchiveFile="$WORK/app.jsa" -Xshare:auto -jar "$APP_JAR")
else
    OPT_ARGS+=(-jar "$JAR")
fi

# ---------------------------------------------------------------- start-up
# Plain and optimised starts alternate so that noise on the machine hits both alike.
# The last optimised start stays up for the load.
plain_wall=(); plain_spring=(); opt_wall=(); opt_spring=()
for i in $(seq 1 "$STARTUP_RUNS"); do
    start_app "$WORK/plain-$i.log" -jar "$JAR"
    plain_wall+=("$WALL_S"); plain_spring+=("$SPRING_S")
    log "start-up $i plain:     Spring ${SPRING_S} s, until UP ${WALL_S} s"
    stop_app
    start_app "$WORK/optimised-$i.log" "${OPT_ARGS[@]}"
    opt_wall+=("$WALL_S"); opt_spring+=("$SPRING_S")
    log "start-up $i optimised: Spring ${SPRING_S} s, until UP ${WALL_S} s"
    if ((i < STARTUP_RUNS)); then stop_app; fi
done
PLAIN_WALL=$(printf '%s\n' "${plain_wall[@]}" | median)
PLAIN_SPRING=$(printf '%s\n' "${plain_spring[@]}" | awk '$1 != "?"' | median)
OPT_WALL=$(printf '%s\n' "${opt_wall[@]}" | median)
OPT_SPRING=$(printf '%s\n' "${opt_spring[@]}" | awk '$1 != "?"' | median)
# The JVM prints CDS problems (e.g. a class path mismatch that disables the archive) as warnings.
if grep -m 3 '\[warning\]\[cds' "$WORK/optimised-$STARTUP_RUNS.log" >&2; then
    log "warning: the JVM reported CDS problems in the optimised start (above)"
fi

# ---------------------------------------------------------------- load
PREVIEW_URL="$BASE/api/v1/plans/preview"
GET_URL="$BASE/api/v1/exercises/$EXERCISE_ID"

check_200() {
    local name="$1"; shift
    local code
    code=$(curl -sS -o "$WORK/check-$name.body" -w '%{http_code}' "$@") || die "$name: request failed"
    if [[ "$code" != 200 ]]; then
        head -c 2000 "$WORK/check-$name.body" >&2; echo >&2
        die "$name answered HTTP $code, expected 200"
    fi
    log "$name answers 200 ($(wc -c <"$WORK/check-$name.body") bytes)"
}

# run_wrk NAME DURATION METHOD BODY URL : runs wrk, leaves its output in $WORK/wrk-NAME.txt and
# the CPU shares of the run (app, wrk, others; % of the whole machine) in $WORK/cpu-NAME.txt
run_wrk() {
    local name="$1" duration="$2" method="$3" body="$4" url="$5"
    local rc=0 t0 b0 t1 b1 a0 a1 TIMEFORMAT='%3U %3S'
    read -r t0 b0 < <(cpu_ticks); a0=$(proc_ticks "$APP_PID")
    { time BENCH_LABEL="$name" BENCH_METHOD="$method" BENCH_BODY_FILE="$body" \
        nice -n "$NICE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$LUA" "$url" >"$WORK/wrk-$name.txt" 2>&1 || rc=$?; } 2>"$WORK/time-$name.txt"
    read -r t1 b1 < <(cpu_ticks); a1=$(proc_ticks "$APP_PID")
    ((rc == 0)) || { cat "$WORK/wrk-$name.txt" >&2; die "wrk failed for $name"; }
    grep -q '^RESULT ' "$WORK/wrk-$name.txt" || { cat "$WORK/wrk-$name.txt" >&2; die "wrk printed no RESULT line for $name"; }
    awk -v t=$((t1 - t0)) -v b=$((b1 - b0)) -v a=$((a1 - a0)) -v hz="$CLK_TCK" '
        { w = ($1 + $2) * hz }
        END { o = b - a - w; if (o < 0) o = 0
              printf "app=%.0f wrk=%.0f other=%.0f\n", 100 * a / t, 100 * w / t, 100 * o / t }' "$WORK/time-$name.txt" >"$WORK/cpu-$name.txt"
}
field() { sed -nE "s/^RESULT .*[ ]$2=([^ ]+).*/\1/p" "$WORK/wrk-$1.txt"; }
cpu() { sed -nE "s/.*$2=([0-9]+).*/\1/p" "$WORK/cpu-$1.txt"; }

# load PREFIX : warm-up and measured runs of both endpoints against the running app
load() {
    local p="$1"
    check_200 preview -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary @"$INTAKE" "$PREVIEW_URL"
    check_200 catalogue -H 'Accept: application/json' "$GET_URL"
    local round
    for round in $(seq 1 "$WARMUP_ROUNDS"); do
        log "warm-up round $round of $WARMUP_ROUNDS: $WARMUP per endpoint (not reported)"
        run_wrk "$p-warmup-preview" "$WARMUP" POST "$INTAKE" "$PREVIEW_URL"
        run_wrk "$p-warmup-get" "$WARMUP" GET "" "$GET_URL"
        log "  preview $(field "$p-warmup-preview" rps) req/s, GET $(field "$p-warmup-get" rps) req/s"
    done
    log "measuring: $DURATION per endpoint, $CONNECTIONS connections, $THREADS threads"
    run_wrk "$p-preview" "$DURATION" POST "$INTAKE" "$PREVIEW_URL"
    run_wrk "$p-get" "$DURATION" GET "" "$GET_URL"
    RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status")
    HWM_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status")
}

load opt
OPT_RSS_KB="$RSS_KB"; OPT_HWM_KB="$HWM_KB"
stop_app

if [[ "$COMPARE_PLAIN" == 1 ]]; then
    log "COMPARE_PLAIN=1: the same load on a plain java -jar start"
    start_app "$WORK/plain-load.log" -jar "$JAR"
    load plain
    PLAIN_RSS_KB="$RSS_KB"; PLAIN_HWM_KB="$HWM_KB"
    stop_app
fi
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report
FAILED=0
V=""
judge() { # judge AWK-CONDITION : sets V to PASS or FAIL
    if awk "BEGIN { exit !($1) }"; then V=PASS; else V=FAIL; FAILED=1; fi
}
info() { # info AWK-CONDITION : prints PASS or FAIL, for rows that are not judged
    if awk "BEGIN { exit !($1) }"; then echo "PASS (info)"; else echo "FAIL (info)"; fi
}
row() { printf '  %-34s %-16s %-12s %s\n' "$1" "$2" "$3" "$4"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

echo
echo "== wrk output (measured runs) =="
for name in opt-preview opt-get; do
    echo "-- $name"
    grep -vE '^(RESULT|Running)' "$WORK/wrk-$name.txt" | sed 's/^/   /'
done

P_RPS=$(field opt-preview rps); P_P50=$(field opt-preview p50_ms); P_P99=$(field opt-preview p99_ms)
P_N=$(field opt-preview requests); P_BAD=$(field opt-preview non2xx); P_SOCK=$(field opt-preview socket_errors)
G_RPS=$(field opt-get rps); G_P50=$(field opt-get p50_ms); G_P99=$(field opt-get p99_ms)
G_N=$(field opt-get requests); G_BAD=$(field opt-get non2xx); G_SOCK=$(field opt-get socket_errors)
RATIO=$(awk -v a="$P_RPS" -v b="$G_RPS" 'BEGIN { printf "%.2f", a / b }')
RSS_MB=$(mb "$OPT_RSS_KB")

echo
echo "== BackCoach plan preview benchmark, $(date -u +%Y-%m-%dT%H:%MZ) =="
echo "  java:        $JAVA_VERSION_LINE"
echo "  machine:     $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -nE 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
echo "  load:        wrk -t$THREADS -c$CONNECTIONS; warm-up $WARMUP_ROUNDS x $WARMUP, then $DURATION measured, per endpoint; wrk shares the cores with the app"
[[ -n "$APP_OPTS" ]] && echo "  app options: $APP_OPTS"
echo "  plain start: $JAVA -jar $JAR"
if [[ "$CDS" == 1 ]]; then
    echo "  optimised:   $JAVA $JVM_FLAGS -XX:SharedArchiveFile=app.jsa -jar <extracted>/$(basename "$JAR")  (CDS training ${CDS_TRAIN_S} s, one-off)"
else
    echo "  optimised:   $JAVA $JVM_FLAGS -jar $JAR  (CDS=0)"
fi
echo "  JVM flags:   ${JVM_FLAGS:-(none)}"
[[ "$JAVA_MAJOR" == 17 ]] || echo "  note:        java $JAVA_MAJOR is not the JDK 17 baseline the start-up target is set for"
echo
row "measure" "value" "target" "result"
row "preview POST requests/s" "$P_RPS" "" ""
judge "$P_P99 < $TARGET_P99_MS"
row "preview POST p50 / p99 (ms)" "$P_P50 / $P_P99" "p99 < $TARGET_P99_MS" "$V"
judge "$P_BAD + $P_SOCK == 0"
row "preview POST non-2xx / socket err" "$P_BAD / $P_SOCK of $P_N" "0" "$V"
row "catalogue GET requests/s" "$G_RPS" "" ""
judge "$G_P99 < $TARGET_P99_MS"
row "catalogue GET p50 / p99 (ms)" "$G_P50 / $G_P99" "p99 < $TARGET_P99_MS" "$V"
judge "$G_BAD + $G_SOCK == 0"
row "catalogue GET non-2xx / socket err" "$G_BAD / $G_SOCK of $G_N" "0" "$V"
judge "$RATIO >= $TARGET_RATIO"
row "throughput preview / GET" "$RATIO" ">= $TARGET_RATIO" "$V"
judge "$OPT_SPRING < $TARGET_STARTUP_S"
row "start-up optimised, Spring (s)" "$OPT_SPRING" "< $TARGET_STARTUP_S" "$V"
judge "$OPT_WALL < $TARGET_STARTUP_S"
row "start-up optimised, until UP (s)" "$OPT_WALL" "< $TARGET_STARTUP_S" "$V"
judge "$RSS_MB < $TARGET_RSS_MB"
row "RSS after load (MB)" "$RSS_MB (peak $(mb "$OPT_HWM_KB"))" "< $TARGET_RSS_MB" "$V"
# The plain start is shown against the same target but does not count towards the result.
row "start-up plain, Spring (s)" "$PLAIN_SPRING" "< $TARGET_STARTUP_S" "$(info "$PLAIN_SPRING < $TARGET_STARTUP_S")"
row "start-up plain, until UP (s)" "$PLAIN_WALL" "< $TARGET_STARTUP_S" "$(info "$PLAIN_WALL < $TARGET_STARTUP_S")"
echo "  (start-up: median of $STARTUP_RUNS; plain: ${plain_spring[*]} / ${plain_wall[*]} s; optimised: ${opt_spring[*]} / ${opt_wall[*]} s)"
echo "  (the load and RSS are measured on the optimised start; the plain start is for comparison only)"
echo "  CPU during the measured runs, % of all $(nproc) cores:" \
    "preview app $(cpu opt-preview app), wrk $(cpu opt-preview wrk), others $(cpu opt-preview other);" \
    "GET app $(cpu opt-get app), wrk $(cpu opt-get wrk), others $(cpu opt-get other)"
echo "  other processes before the run: ${BACKGROUND_PCT}% of the CPU; app and wrk ran at niceness $NICE"
if (($(cpu opt-preview other) > 10 || $(cpu opt-get other) > 10)); then
    echo "  WARNING: other processes took more than 10% of the CPU during the load; the figures are disturbed, run again"
fi

if [[ "$COMPARE_PLAIN" == 1 ]]; then
    echo
    echo "  plain java -jar under the same load (not judged):"
    echo "    preview $(field plain-preview rps) req/s, p50 $(field plain-preview p50_ms) ms, p99 $(field plain-preview p99_ms) ms, non-2xx $(field plain-preview non2xx)"
    echo "    GET     $(field plain-get rps) req/s, p50 $(field plain-get p50_ms) ms, p99 $(field plain-get p99_ms) ms, non-2xx $(field plain-get non2xx)"
    echo "    RSS after load $(mb "$PLAIN_RSS_KB") MB (peak $(mb "$PLAIN_HWM_KB") MB)"
fi
echo
if ((FAILED)); then echo "RESULT: some targets FAIL"; else echo "RESULT: all targets PASS"; fi

if ((FAILED)) && [[ "$STRICT" == 1 ]]; then exit 1; fi
exit 0
