#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md and writes benchmarks/target/report.md.
#
#   benchmarks/run-all.sh                      # 3 runs, 5 s warm-up, 15 s per load level
#   BENCH_RUNS=3 BENCH_WARMUP=2 BENCH_SECONDS=5 benchmarks/run-all.sh   # a quick pass
#
# Needs a JDK >= 21, PostgreSQL at BENCH_PG_HOST:BENCH_PG_PORT (127.0.0.1:5432, user postgres, no
# password, by default; the benchmarks create and drop databases named openhall_bench_*) and pgbench
# (installed from Debian's packages when missing and run as root). Nothing else may be listening on
# the benchmark databases while it runs. OpenHall's server starts as the README runs it, with bin/openhall
# (extracted jar, the JDK's ahead-of-time cache, the JVM options of bin/openhall.jvm-options);
# BENCH_SERVER_OPTS replaces those options.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
export BENCH_WARMUP=${BENCH_WARMUP:-5}
export BENCH_SECONDS=${BENCH_SECONDS:-15}
export BENCH_FOOTPRINT_CASES=${BENCH_FOOTPRINT_CASES:-100}
export BENCH_OUT=${BENCH_OUT:-benchmarks/target}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME=$candidate; break; fi
  done
fi
JAVA="$JAVA_HOME/bin/java"
echo "JDK: $JAVA_HOME"

if ! command -v pgbench >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && (apt-get install -y -qq postgresql-contrib || apt-get install -y -qq postgresql-client)
  else
    echo "pgbench is missing: install postgresql-contrib (or postgresql-client)" >&2; exit 1
  fi
fi

echo "Building the server jar and the benchmarks"
./mvnw -B ${BENCH_MAVEN_FLAGS:--o} -q package -pl benchmarks -am -DskipTests
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
bench() { "$JAVA" -cp "$CP" org.openhall.benchmarks.BenchMain "$@"; }

mkdir -p "$BENCH_OUT"
{
  echo "date:        $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:      $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "cpu:         $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "memory:      $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "os:          $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "jdk:         $("$JAVA" -version 2>&1 | head -2 | tail -1)"
  echo "postgresql:  $(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -Atc 'select version()' postgres | cut -d, -f1)"
  echo "pgbench:     $(pgbench --version)"
  echo "settings:    $RUNS runs; warm-up ${BENCH_WARMUP} s and ${BENCH_SECONDS} s per load level; footprint over ${BENCH_FOOTPRINT_CASES} cases"
  echo "server opts: ${BENCH_SERVER_OPTS:-$(tr '\n' ' ' < bin/openhall.jvm-options)(bin/openhall.jvm-options)}"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$BENCH_OUT/machine.txt"

bench prepare
for run in $(seq 1 "$RUNS"); do
  for benchmark in sql reference http inprocess flowable; do
    echo "=== run $run: $benchmark"
    bench "$benchmark" "$run"
  done
done

echo "=== clock (JMH)"
"$JAVA" -jar benchmarks/target/benchmarks.jar DueDate -f 3 -wi 3 -i 3 -w 1s -r 1s -tu ns -bm avgt \
  -rf csv -rff "$BENCH_OUT/jmh.csv"

# Benchmark 5 lives in org.openhall.benchmarks.supervision: every class there with a main method runs
# against the same server, and what it prints goes into the report.
: > "$BENCH_OUT/sweep.txt"
if [ -d benchmarks/target/classes/org/openhall/benchmarks/supervision ]; then
  for class_file in benchmarks/target/classes/org/openhall/benchmarks/supervision/*.class; do
    class=$(basename "$class_file" .class)
    case "$class" in *'$'*) continue ;; esac
    if "$JAVA_HOME/bin/javap" -cp benchmarks/target/classes "org.openhall.benchmarks.supervision.$class" \
        | grep -q 'public static void main(java.lang.String\[\])'; then
      echo "=== supervision sweep: $class"
      "$JAVA" -cp "$CP" "org.openhall.benchmarks.supervision.$class" | tee -a "$BENCH_OUT/sweep.txt"
    fi
  done
fi

echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)" >> "$BENCH_OUT/machine.txt"
bench report
[ "${BENCH_KEEP_DATABASES:-0}" = 1 ] || bench cleanup
echo "Report: $BENCH_OUT/report.md"
