#!/bin/bash
# Keeps the kiosk on screen. Run every 30 s by lobby-kiosk-watchdog.timer:
# - the kiosk app does not answer /healthz at all (hung)       -> restart lobby-kiosk.service
# - the page has gone quiet (/healthz/screen says 503) and the browser has been up past its grace -> restart the screen
# Says one line when it acts or holds back, nothing when all is well. KIOSK_URL and SYSTEMCTL can be set for a test.
set -euo pipefail

url=${KIOSK_URL:-http://127.0.0.1:5090}
systemctl=${SYSTEMCTL:-systemctl}
grace=${SCREEN_GRACE_SECONDS:-90}
off_flag=${SCREEN_OFF_FLAG:-/run/lobby-kiosk/screen-off}
app=lobby-kiosk.service
screen=lobby-kiosk-screen.service
reply=$(mktemp)
trap 'rm -f "$reply"' EXIT

# The HTTP status, or 000 when nothing answered within 5 s.
ask() {
    curl --silent --max-time 5 --output "$reply" --write-out '%{http_code}' "$url$1" || true
}

# Whole seconds since a unit last became active, by the clock that does not jump.
up_for() {
    local since_us now
    since_us=$("$systemctl" show --property=ActiveEnterTimestampMonotonic --value "$1")
    now=$(cut -d ' ' -f 1 /proc/uptime)
    echo $(((${now%.*} * 1000000 - ${since_us:-0}) / 1000000))
}

app_state=$("$systemctl" is-active "$app" || true)
if [[ $(ask /healthz) == 000 ]]; then
    if [[ $app_state == active ]]; then
        echo "watchdog: restarting $app: it does not answer $url/healthz"
        "$systemctl" restart "$app"
    else
        echo "watchdog: $app is $app_state; leaving it to systemd"
    fi
    exit 0
fi

if [[ $(ask /healthz/screen) != 503 ]]; then
    exit 0
fi
why=$(head -c 200 "$reply")
if [[ -e $off_flag ]]; then
    exit 0
fi
screen_state=$("$systemctl" is-active "$screen" || true)
if [[ $screen_state != active ]]; then
    echo "watchdog: the page is quiet ($why) but $screen is $screen_state; leaving it to systemd"
    exit 0
fi
up=$(up_for "$screen")
if ((up < grace)); then
    echo "watchdog: the page is quiet ($why); $screen started ${up} s ago, within its ${grace} s grace"
    exit 0
fi
echo "watchdog: restarting $screen: $why (up ${up} s)"
"$systemctl" restart "$screen"
