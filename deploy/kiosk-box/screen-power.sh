#!/bin/bash
# Turns the kiosk's screen on or off (opening hours): screen-power.sh on|off
# Run by lobby-kiosk-screen-on/-off.service as root. With a cage that lets wlr-randr switch its outputs, the
# browser keeps running on a dark screen. Debian 12's cage (0.1.4) does not ("compositor doesn't support
# wlr-output-management"): then off stops the screen service and blanks the console, which powers the screen
# down, and on starts the screen service again.
set -euo pipefail

user=${KIOSK_USER:-kiosk}
off_flag=${SCREEN_OFF_FLAG:-/run/lobby-kiosk/screen-off}
systemctl=${SYSTEMCTL:-systemctl}
tty=${KIOSK_TTY:-/dev/tty1}
screen=lobby-kiosk-screen.service

case ${1:-} in
    on | off) what=$1 ;;
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

# The watchdog leaves a dark screen alone (its page may go quiet, or its service be stopped).
mkdir -p "$(dirname "$off_flag")"
if [[ $what == off ]]; then
    touch "$off_flag"
fi

if outputs=$(randr 2> /dev/null | awk '/^[^ ]/ { print $1 }') && [[ -n $outputs ]]; then
    for output in $outputs; do
        randr --output "$output" "--$what"
    done
    echo "screen-power: turned $what $(echo "$outputs" | tr '\n' ' ')"
elif [[ $what == off ]]; then
    "$systemctl" stop "$screen"
    setterm --term linux --blank force 0<> "$tty" 1>&0 2>&1 || true
    echo "screen-power: turned off (stopped $screen and blanked $tty: this cage cannot switch outputs)"
else
    setterm --term linux --blank poke 0<> "$tty" 1>&0 2>&1 || true
    "$systemctl" start "$screen"
    echo "screen-power: turned on (started $screen)"
fi

if [[ $what == on ]]; then
    rm -f "$off_flag"
fi
