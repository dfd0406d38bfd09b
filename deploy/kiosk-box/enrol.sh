#!/bin/bash
# Stores this kiosk's device key (from `./kiosk admin enrol-kiosk ID` on the server) and restarts the kiosk.
# The key comes on standard input, never as an argument (arguments show in `ps` to every user):
#   sudo ./enrol.sh            then paste the key and press Enter (it is not shown)
#   ssh server './kiosk admin enrol-kiosk lobby-1' | sudo ./enrol.sh
set -euo pipefail

credentials=${KIOSK_CREDENTIALS_DIR:-/etc/lobby-kiosk/credentials}
systemctl=${SYSTEMCTL:-systemctl}

if [[ $EUID -ne 0 ]]; then
    echo "Run this as root: sudo $0" >&2
    exit 1
fi
if [[ $# -gt 0 ]]; then
    echo "enrol.sh takes the key on standard input, not as an argument (arguments can be seen by every user)." >&2
    exit 2
fi

if [[ -t 0 ]]; then
    echo -n "Paste the kiosk's key and press Enter: " >&2
    read -r -s key
    echo >&2
else
    read -r key || true
fi
# Whitespace around a pasted key is never part of it.
key=${key//[[:space:]]/}
if [[ -z $key ]]; then
    echo "No key was given: nothing changed." >&2
    exit 1
fi

umask 077
install -d -m 0700 "$credentials"
# Written beside the old key, then moved over it: the service never reads half a key.
printf '%s' "$key" > "$credentials/device-key.new"
chmod 0400 "$credentials/device-key.new"
mv -f "$credentials/device-key.new" "$credentials/device-key"
echo "Stored the device key in $credentials/device-key (root only; the kiosk service gets it from systemd)."

"$systemctl" restart lobby-kiosk.service
echo "Restarted lobby-kiosk.service: the kiosk connects to the hub with its new key."
