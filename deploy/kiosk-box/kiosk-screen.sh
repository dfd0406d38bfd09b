#!/bin/bash
# The kiosk's screen: cage (a one-window Wayland shell) running Chromium full screen on the kiosk page.
# Started by lobby-kiosk-screen.service as the kiosk user on tty1. Inside cage it runs itself again with
# --inside-cage to turn the screen (SCREEN_ROTATE in kiosk.env) and then become Chromium.
set -euo pipefail

page=${KIOSK_PAGE_URL:-http://127.0.0.1:5090}
profile=${KIOSK_BROWSER_PROFILE:-/var/lib/lobby-kiosk/chromium}
rotate=${SCREEN_ROTATE:-0}

case $rotate in
    0 | 90 | 180 | 270) ;;
    *)
        echo "kiosk.env: SCREEN_ROTATE=$rotate is not 0, 90, 180 or 270; showing the screen unturned." >&2
        rotate=0
        ;;
esac

if [[ ${1:-} != --inside-cage ]]; then
    mkdir -p "$profile"
    # A browser that was killed (power cut, restart) would offer "Restore pages?": tell it it closed cleanly.
    preferences=$profile/Default/Preferences
    if [[ -f $preferences ]]; then
        sed -i -e 's/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' -e 's/"exited_cleanly":false/"exited_cleanly":true/' "$preferences"
    fi
    # -d: no window decorations. cage shows the one window full screen and exits when it does (systemd restarts it).
    options=(-d)
    # Debian 12's cage turns the screen itself (-r: 90 degrees clockwise, up to three times); a newer cage
    # dropped -r for wlr-randr, done inside it below.
    cage_help=$(cage -h 2>&1 || true)
    if [[ $cage_help == *" -r"* ]]; then
        for ((turn = 0; turn < rotate / 90; turn++)); do
            options+=(-r)
        done
        export SCREEN_ROTATE=0
    fi
    exec cage "${options[@]}" -- "$0" --inside-cage
fi

if [[ $rotate != 0 ]]; then
    # Every output cage drives, turned; a cage that cannot (no output management) says so in the journal.
    for output in $(wlr-randr | awk '/^[^ ]/ { print $1 }'); do
        wlr-randr --output "$output" --transform "$rotate" ||
            echo "Could not turn $output by $rotate degrees: see 'Screen rotation' in the install guide." >&2
    done
fi

# --enable-speech-dispatcher: without it Chromium on Linux has no voices, and "read aloud" stays silent.
# The three --disable-*backgrounding/throttling flags keep the page's alive beacon on time when the screen is dark.
exec chromium \
    --kiosk "$page" \
    --user-data-dir="$profile" \
    --noerrdialogs \
    --disable-pinch \
    --overscroll-history-navigation=0 \
    --autoplay-policy=no-user-gesture-required \
    --disable-features=Translate \
    --disable-session-crashed-bubble \
    --no-first-run \
    --touch-events=enabled \
    --ozone-platform=wayland \
    --disable-background-networking \
    --disable-component-update \
    --enable-speech-dispatcher \
    --disable-background-timer-throttling \
    --disable-renderer-backgrounding \
    --disable-backgrounding-occluded-windows
