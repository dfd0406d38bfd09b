#!/bin/bash
# Lays the kiosk's files out under a root folder: "/" on the kiosk box (install.sh), a scratch folder in a test.
#   layout.sh ROOT BUNDLE [HUB_URL [KIOSK_ID]]
# BUNDLE is what `./kiosk publish` made for this machine (out/publish/linux-x64): its kiosk/ and content/ folders.
# Safe to run again: the app and content are replaced whole, kiosk.env and the device key are never overwritten.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    echo "usage: $0 ROOT BUNDLE [HUB_URL [KIOSK_ID]]" >&2
    exit 2
fi

root=${1%/}
bundle=${2%/}
hub_url=${3:-https://hub.example.invalid}
kiosk_id=${4:-lobby}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
opt=$root/opt/lobby-kiosk
etc=$root/etc/lobby-kiosk
units=$root/etc/systemd/system

for part in kiosk/Kiosk.App content; do
    if [[ ! -e $bundle/$part ]]; then
        echo "$bundle has no $part: give the folder that ./kiosk publish made (it holds kiosk/ and content/)." >&2
        exit 1
    fi
done

# Copies a folder in beside the old one, then swaps: a half-copied app never runs.
replace_folder() {
    local from=$1 to=$2
    rm -rf "$to.new" "$to.old"
    cp -R "$from" "$to.new"
    chmod -R u=rwX,go=rX "$to.new"
    if [[ -e $to ]]; then
        mv "$to" "$to.old"
    fi
    mv "$to.new" "$to"
    rm -rf "$to.old"
}

install -d -m 0755 "$opt" "$opt/bin" "$units"
replace_folder "$bundle/kiosk" "$opt/app"
chmod 0755 "$opt/app/Kiosk.App"
replace_folder "$bundle/content" "$opt/content"
for script in "$here"/*.sh; do
    install -m 0755 "$script" "$opt/bin/"
done
for unit in "$here"/*.service "$here"/*.timer; do
    install -m 0644 "$unit" "$units/"
done

install -d -m 0755 "$etc"
if [[ ! -e $etc/kiosk.env ]]; then
    sed -e "s|@HUB_URL@|$hub_url|" -e "s|@KIOSK_ID@|$kiosk_id|" "$here/kiosk.env.template" > "$etc/kiosk.env"
    chmod 0644 "$etc/kiosk.env"
    echo "Wrote $etc/kiosk.env (hub $hub_url, kiosk $kiosk_id)."
else
    echo "Kept $etc/kiosk.env as it is."
fi

# Root only. The kiosk service gets the key through systemd (LoadCredential), which needs the file to exist:
# until enrol.sh stores the real key it is empty, and the kiosk runs unenrolled.
install -d -m 0700 "$etc/credentials"
if [[ ! -e $etc/credentials/device-key ]]; then
    install -m 0400 /dev/null "$etc/credentials/device-key"
fi

"$here/opening-hours.sh" "$root"
