#!/bin/bash
# Turns the kiosk's screen on or off (opening hours): screen-power.sh on|off
# Run by lobby-kiosk-screen-on/-off.service as root; talks to the kiosk user's cage session with wlr-randr.
set -euo pipefail

user=${KIOSK_USER:-kiosk}
off_flag=${SCREEN_OFF_FLAG:-/run/lobby-kiosk/screen-off}

case ${1:-} in
    on) switch=--on ;;
    off) switch=--off ;;
    *)
        echo "usage: $0 on|off" >&2
        exit 2
        ;;
esac

uid=$(id -u "$user")
randr() {
    local env=(XDG_RUNTIME_DIR="/run/user/$uid" WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-wayland-0}")
    if [[ $(id -u) == "$uid" ]]; then
        env "${env[@]}" wlr-randr "$@"
    else
        runuser -u "$user" -- env "${env[@]}" wlr-randr "$@"
    fi
}

outputs=$(randr | awk '/^[^ ]/ { print $1 }') || {
    echo "screen-power: cannot reach the kiosk's screen session (is lobby-kiosk-screen.service running?)." >&2
    exit 1
}
if [[ -z $outputs ]]; then
    echo "screen-power: the kiosk's screen session shows no screen." >&2
    exit 1
fi

# The watchdog leaves a dark screen alone (its page may go quiet).
mkdir -p "$(dirname "$off_flag")"
if [[ $switch == --off ]]; then
    touch "$off_flag"
fi
for output in $outputs; do
    randr --output "$output" "$switch"
done
if [[ $switch == --on ]]; then
    rm -f "$off_flag"
fi
echo "screen-power: turned $1 $(echo "$outputs" | tr '\n' ' ')"
