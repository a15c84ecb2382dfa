#!/usr/bin/env bash
# Benchmark: time and peak memory of a whole `mvn package` that runs markfeed:generate over a
# synthetic blog of N posts (default 10000). Prints /usr/bin/time -v's figures for one warm run.
#
# Usage (from the project root): bench/run.sh [N]
# Needs: python3, /usr/bin/time (Debian package "time"). Installs the plugin first.
set -euo pipefail
count=${1:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-$(mktemp -d)}
version=$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)

(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
rm -rf "$work/content" "$work/target"
python3 "$root/bench/make_corpus.py" "$count" "$work/content"
cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>bench-blog</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <name>Bench blog</name>
  <description>Synthetic posts for the markfeed benchmark</description>
  <url>https://bench.example.org/</url>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.markfeed</groupId>
        <artifactId>markfeed-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
        <configuration>
          <contentDirectory>\${project.basedir}/content</contentDirectory>
          <permalink>/posts/{slug}/</permalink>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
# One run to warm the file cache and Maven's local repository, then the measured run.
(cd "$work" && "$root/mvnw" -B -q package >/dev/null)
rm -rf "$work/target"
cd "$work"
/usr/bin/time -v "$root/mvnw" -B package 2>"$work/time.txt" | grep -E "RSS feed|sitemap with" || true
grep -E "Elapsed \(wall clock\)|Maximum resident set size|Percent of CPU" "$work/time.txt"
echo "posts: $count, work folder: $work"
