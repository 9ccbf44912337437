#!/usr/bin/env bash
# Maven plugin benchmark, in one run:
#  (a) the overhead of an up-to-date `bindery:generate` (nothing to do) on the schemas module's corpus
#      (9 OpenAPI schemas): the time the goal reports for itself ("up to date (N schemas, X ms)"), and the
#      wall time of `mvn generate-sources` on a project with the plugin against the same project without
#      it (the baseline), alternated, medians;
#  (b) a full `generate` of the corpus (state and output removed first): the goal's own time and the
#      build's wall time;
#  (c) the plain task (GenerateBenchmark) in one JVM: a full generate, then 200 up-to-date checks.
#
# Usage: bench/plugin.sh [rounds]      (default 7)
# Needs the plugin installed in the local repository once: ./mvnw -B -q -pl maven-plugin -am install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-7}"
root="$PWD"
work="$root/maven-plugin/target/bench-plugin"
rm -rf "$work"
mkdir -p "$work/with" "$work/without"

project() { # $1 = artifactId, $2 = plugin block
    cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
    <modelVersion>4.0.0</modelVersion>
    <parent>
        <groupId>dev.bindery</groupId>
        <artifactId>bindery-parent</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <relativePath>$root/pom.xml</relativePath>
    </parent>
    <artifactId>$1</artifactId>
    <build>
        <plugins>$2
        </plugins>
    </build>
</project>
POM
}
project bench-with "
            <plugin>
                <groupId>dev.bindery</groupId>
                <artifactId>bindery-maven-plugin</artifactId>
                <version>0.1.0-SNAPSHOT</version>
                <executions>
                    <execution>
                        <goals><goal>generate</goal></goals>
                        <configuration>
                            <schemaDirectory>$root/schemas/src/main/resources/corpus</schemaDirectory>
                            <includes><include>*/expected.openapi.json</include></includes>
                        </configuration>
                    </execution>
                </executions>
            </plugin>" > "$work/with/pom.xml"
project bench-without "" > "$work/without/pom.xml"

mvn_run() { # $1 = project dir, then extra arguments; prints the wall time in ms, keeps the log in $1/last.log
    local start end dir="$1"
    shift
    start=$(date +%s%N)
    "$root/mvnw" -B -o -f "$dir/pom.xml" generate-sources "$@" > "$dir/last.log" 2>&1 || { cat "$dir/last.log" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
goal_ms() { grep -oE "$1" "$2" | grep -oE '[0-9]+ ms' | grep -oE '[0-9]+' | tail -1; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "warming up (one full generate, one baseline build)"
mvn_run "$work/with" > /dev/null
mvn_run "$work/without" > /dev/null

echo "(a) up-to-date generate, $rounds rounds"
: > "$work/a-goal"; : > "$work/a-with"; : > "$work/a-without"; : > "$work/a-skip"
for _ in $(seq "$rounds"); do
    mvn_run "$work/without" >> "$work/a-without"
    mvn_run "$work/with" -Dbindery.skip=true >> "$work/a-skip"
    mvn_run "$work/with" >> "$work/a-with"
    grep -q "Bindery sources are up to date" "$work/with/last.log" || { echo "not up to date:" >&2; cat "$work/with/last.log" >&2; exit 1; }
    goal_ms 'up to date \([0-9]+ schemas, [0-9]+ ms\)' "$work/with/last.log" >> "$work/a-goal"
done

echo "(b) full generate, $rounds rounds"
: > "$work/b-goal"; : > "$work/b-with"
for _ in $(seq "$rounds"); do
    rm -rf "$work/with/target/bindery" "$work/with/target/generated-sources"
    mvn_run "$work/with" >> "$work/b-with"
    goal_ms 'Generated [0-9]+ files from [0-9]+ schemas .*ms\)' "$work/with/last.log" >> "$work/b-goal"
done

echo "(c) the task without Maven, in one JVM"
classpath_file="$root/maven-plugin/target/bench.classpath"
"$root/mvnw" -B -o -q -pl maven-plugin test-compile dependency:build-classpath \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test
in_jvm=$(java -cp "$root/maven-plugin/target/test-classes:$root/maven-plugin/target/classes:$(cat "$classpath_file")" \
    dev.bindery.maven.bench.GenerateBenchmark "$root/schemas/src/main/resources/corpus" '*/expected.openapi.json' \
    "$work/in-jvm" 200)

a_goal=$(median < "$work/a-goal"); a_with=$(median < "$work/a-with"); a_without=$(median < "$work/a-without")
a_skip=$(median < "$work/a-skip")
b_goal=$(median < "$work/b-goal"); b_with=$(median < "$work/b-with")
echo
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(a) up-to-date generate of 9 schemas, medians of $rounds:"
echo "    goal's own time (scan, hash, compare):      ${a_goal} ms   (all: $(tr '\n' ' ' < "$work/a-goal"))"
echo "    mvn generate-sources with the plugin:      ${a_with} ms"
echo "    mvn generate-sources without it (baseline): ${a_without} ms"
echo "    the same with -Dbindery.skip=true:          ${a_skip} ms   (Maven resolves and loads the plugin, the goal returns at once)"
echo "    whole-build overhead (with - without):      $((a_with - a_without)) ms  ($(awk -v a="$a_with" -v b="$a_without" 'BEGIN { printf "%.2f", a / b }')x the baseline)"
echo "      of which loading the plugin (skip - without): $((a_skip - a_without)) ms, running the goal (with - skip): $((a_with - a_skip)) ms"
echo "    $in_jvm"
echo "(b) full generate of 9 schemas (90 files), medians of $rounds:"
echo "    goal's own time:                            ${b_goal} ms   (all: $(tr '\n' ' ' < "$work/b-goal"))"
echo "    mvn generate-sources:                       ${b_with} ms   (baseline build without the plugin: ${a_without} ms)"
