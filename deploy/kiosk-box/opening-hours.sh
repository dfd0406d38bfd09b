#!/bin/bash
# Writes the screen on/off timers' times from kiosk.env's opening hours, as drop-ins beside the timers.
#   opening-hours.sh [ROOT]     (ROOT: "/" on the kiosk box, a scratch folder in a test)
# Run it again after editing the hours, then: systemctl daemon-reload
set -euo pipefail

root=${1:-/}
root=${root%/}
env_file=$root/etc/lobby-kiosk/kiosk.env
units=$root/etc/systemd/system

# The last NAME=value line of kiosk.env, or the default: the file is read, never run.
setting() {
    local value
    value=$(sed -n "s/^$1=//p" "$env_file" | tail -n 1)
    echo "${value:-$2}"
}

days=$(setting OPENING_DAYS Mon..Fri)
on_at=$(setting SCREEN_ON_AT 07:00)
off_at=$(setting SCREEN_OFF_AT 19:00)

for time in "$on_at" "$off_at"; do
    if [[ ! $time =~ ^([01][0-9]|2[0-3]):[0-5][0-9]$ ]]; then
        echo "kiosk.env: '$time' is not a time of day like 07:00 (SCREEN_ON_AT / SCREEN_OFF_AT)." >&2
        exit 1
    fi
done
if [[ ! $days =~ ^[A-Za-z.,]+$ ]] || { command -v systemd-analyze > /dev/null && ! systemd-analyze calendar "$days $on_at" > /dev/null 2>&1; }; then
    echo "kiosk.env: OPENING_DAYS='$days' is not a list of days systemd knows (try Mon..Fri or Mon,Wed,Fri)." >&2
    exit 1
fi

write_drop_in() {
    local timer=$1 when=$2
    install -d -m 0755 "$units/$timer.d"
    # The empty OnCalendar= clears the timer's own default before setting the clinic's time.
    printf '%s\n' "# Written by opening-hours.sh from /etc/lobby-kiosk/kiosk.env: edit that file, not this one." \
        "[Timer]" "OnCalendar=" "OnCalendar=$when" > "$units/$timer.d/opening-hours.conf"
    chmod 0644 "$units/$timer.d/opening-hours.conf"
}

write_drop_in lobby-kiosk-screen-on.timer "$days $on_at"
write_drop_in lobby-kiosk-screen-off.timer "$days $off_at"
echo "Screen on $days at $on_at, off at $off_at."
