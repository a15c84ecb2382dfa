#!/usr/bin/env bash
# Opens a feed in headless Chromium through its XSL stylesheet, saves a screenshot and checks
# that the transformed page shows the feed's title.
#
# Usage: scripts/feed-screenshot.sh FEED_DIR FEED_FILE OUTPUT_PNG
#
#   FEED_DIR    folder served over HTTP on 127.0.0.1 at a free port
#   FEED_FILE   path of the feed inside FEED_DIR, such as rss.xml
#   OUTPUT_PNG  where the screenshot is written (1200 x 2400 pixels)
#
# The feed must reference its stylesheet with a relative href, such as
# <?xml-stylesheet type="text/xsl" href="rss.xsl"?>, and the stylesheet must be inside FEED_DIR.
# Chromium 156 shows an empty page for a feed opened from a file:// URL, because it does not load
# the stylesheet there, so the script serves the folder over HTTP.
#
# Exit status: 0 when the page shows the title, 1 when it does not or on any other error,
# 2 when Chromium is not installed (so that CI can skip the check).
#
# Environment: CHROMIUM sets the browser binary (default /usr/bin/chromium).
# Needs python3 for the HTTP server and for reading the feed and the page.

set -euo pipefail

readonly CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
readonly BROWSER_TIMEOUT_SECONDS=60

fail() {
    echo "feed-screenshot: $*" >&2
    exit 1
}

if [[ $# -ne 3 ]]; then
    echo "usage: $0 FEED_DIR FEED_FILE OUTPUT_PNG" >&2
    exit 1
fi

feed_dir=$1
feed_file=$2
output_png=$3

if [[ ! -x "$CHROMIUM" ]]; then
    echo "feed-screenshot: Chromium not found at $CHROMIUM. Install it or set CHROMIUM to its path. Skipping the check." >&2
    exit 2
fi
command -v python3 >/dev/null || fail "python3 not found. The script needs it to serve the feed and to read the page."
[[ -d "$feed_dir" ]] || fail "feed folder not found: $feed_dir"
[[ -f "$feed_dir/$feed_file" ]] || fail "feed not found: $feed_dir/$feed_file"

feed_dir=$(cd "$feed_dir" && pwd)
output_png=$(realpath -m -- "$output_png")
mkdir -p -- "$(dirname -- "$output_png")"

work_dir=$(mktemp -d)
server_pid=""

cleanup() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf -- "$work_dir"
}
trap cleanup EXIT
# A run stopped by SIGINT or SIGTERM also leaves through the EXIT trap, which stops the server.
trap 'exit 130' INT
trap 'exit 143' TERM

# Reads the feed's title and checks its xml-stylesheet href. Prints the title on success.
feed_title=$(python3 - "$feed_dir" "$feed_file" <<'PY'
import os
import re
import sys
import xml.etree.ElementTree as ET

feed_dir, feed_file = sys.argv[1], sys.argv[2]
path = os.path.join(feed_dir, feed_file)
with open(path, "rb") as f:
    data = f.read()

match = re.search(rb'<\?xml-stylesheet\s[^?]*href\s*=\s*["\']([^"\']+)["\']', data)
if not match:
    sys.exit(f"{feed_file} has no <?xml-stylesheet ... href=\"...\"?> instruction")
href = match.group(1).decode("utf-8")
if href.startswith("/") or "://" in href:
    sys.exit(f"stylesheet href '{href}' in {feed_file} is not relative. Use a relative href such as rss.xsl")
stylesheet = os.path.normpath(os.path.join(os.path.dirname(path), href))
if not os.path.isfile(stylesheet):
    sys.exit(f"stylesheet '{href}' referenced by {feed_file} not found at {stylesheet}")

root = ET.fromstring(data)
atom = "{http://www.w3.org/2005/Atom}"
if root.tag == "rss":
    title = root.findtext("channel/title")
elif root.tag == atom + "feed":
    title = root.findtext(atom + "title")
else:
    sys.exit(f"{feed_file} is neither RSS 2.0 nor Atom 1.0 (root element {root.tag})")
title = " ".join((title or "").split())
if not title:
    sys.exit(f"{feed_file} has no title")
print(title)
PY
) || fail "cannot check $feed_file"

server_log="$work_dir/server.log"
# Created here, not by the background job's redirection, so that the first read below cannot run
# before the file exists (sed would then exit with 2, the status that means "no Chromium").
: >"$server_log"
# Port 0 lets the operating system choose a free port, and http.server prints the one it bound.
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$feed_dir" >"$server_log" 2>&1 &
server_pid=$!

port=""
for _ in $(seq 1 50); do
    port=$(sed -n 's/^Serving HTTP on 127\.0\.0\.1 port \([0-9][0-9]*\).*/\1/p' "$server_log")
    [[ -n "$port" ]] && break
    kill -0 "$server_pid" 2>/dev/null || fail "HTTP server failed to start: $(cat "$server_log")"
    sleep 0.2
done
[[ -n "$port" ]] || fail "HTTP server did not report its port within 10 seconds"

feed_path=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$feed_file")
url="http://127.0.0.1:$port/$feed_path"
echo "feed-screenshot: opening $url" >&2

# Runs headless Chromium with a fresh profile, so that no earlier state changes the page.
run_chromium() {
    local profile_dir
    profile_dir=$(mktemp -d "$work_dir/profile.XXXXXX")
    timeout "$BROWSER_TIMEOUT_SECONDS" "$CHROMIUM" \
        --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile_dir" --window-size=1200,2400 \
        "$@" "$url"
}

run_chromium --screenshot="$output_png" >"$work_dir/screenshot.log" 2>&1 \
    || fail "Chromium failed to take the screenshot. Its output: $(tail -n 20 "$work_dir/screenshot.log")"
[[ -s "$output_png" ]] || fail "Chromium wrote no screenshot to $output_png"

run_chromium --dump-dom >"$work_dir/dom.html" 2>"$work_dir/dump-dom.log" \
    || fail "Chromium failed to dump the page. Its output: $(tail -n 20 "$work_dir/dump-dom.log")"

# Compares visible text, because the DOM dump escapes characters such as & in the title.
if python3 - "$work_dir/dom.html" "$feed_title" <<'PY'
import sys
from html.parser import HTMLParser

class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skipped = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skipped += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self.skipped:
            self.skipped -= 1

    def handle_data(self, data):
        if not self.skipped:
            self.parts.append(data)

with open(sys.argv[1], encoding="utf-8") as f:
    dom = f.read()
collector = TextCollector()
collector.feed(dom)
text = " ".join(" ".join(collector.parts).split())
sys.exit(0 if sys.argv[2] in text else 1)
PY
then
    echo "feed-screenshot: page shows the title '$feed_title'. Screenshot: $output_png" >&2
else
    echo "feed-screenshot: page at $url does not show the title '$feed_title', so the stylesheet was not applied or failed. Screenshot: $output_png" >&2
    exit 1
fi
