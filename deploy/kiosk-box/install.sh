#!/bin/bash
# Takes a bare Debian 12 machine to a running lobby kiosk. Run as root, from this folder:
#   sudo ./install.sh BUNDLE [HUB_URL [KIOSK_ID]]
# BUNDLE is the folder `./kiosk publish` made (out/publish/linux-x64, with kiosk/ and content/ inside).
# Safe to run again, for an update: settings in /etc/lobby-kiosk are kept.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { echo "==> $*"; }

if [[ $EUID -ne 0 ]]; then
    echo "Run this as root: sudo $0 $*" >&2
    exit 1
fi
if [[ $# -lt 1 ]]; then
    echo "usage: sudo $0 BUNDLE [HUB_URL [KIOSK_ID]]   (BUNDLE: the published folder with kiosk/ and content/)" >&2
    exit 2
fi
if ! grep -qs '^VERSION_ID="12"' /etc/os-release; then
    echo "Warning: this was made for Debian 12; carrying on." >&2
fi

say "Installing the browser, the kiosk shell, fonts and speech"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium cage xwayland fonts-noto-core fonts-noto-color-emoji \
    espeak-ng speech-dispatcher wlr-randr curl dbus-user-session alsa-utils

say "Making the kiosk user"
if ! id kiosk > /dev/null 2>&1; then
    useradd --system --create-home --home-dir /var/lib/lobby-kiosk --shell /usr/sbin/nologin \
        --comment "Lobby kiosk" kiosk
fi
usermod --append --groups video,input,render,audio kiosk
install -d -o kiosk -g kiosk -m 0700 /var/lib/lobby-kiosk

say "Laying out the kiosk in /opt/lobby-kiosk and its settings in /etc/lobby-kiosk"
"$here/layout.sh" / "$@"

say "Keeping the screen from blanking and freeing tty1 for the kiosk"
if [[ -f /etc/default/grub ]] && ! grep -q 'consoleblank=0' /etc/default/grub; then
    sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="\(.*\)"/GRUB_CMDLINE_LINUX_DEFAULT="\1 consoleblank=0"/' /etc/default/grub
    update-grub
fi
# Until the next boot picks consoleblank=0 up.
setterm --blank 0 --powersave off --powerdown 0 < /dev/tty1 > /dev/tty1 2>&1 || true
systemctl disable getty@tty1.service
systemctl stop getty@tty1.service || true

say "Starting the kiosk"
systemctl daemon-reload
systemctl enable lobby-kiosk.service lobby-kiosk-screen.service lobby-kiosk-watchdog.timer \
    lobby-kiosk-screen-on.timer lobby-kiosk-screen-off.timer lobby-kiosk-nightly.timer
systemctl restart lobby-kiosk.service lobby-kiosk-screen.service
systemctl restart lobby-kiosk-watchdog.timer lobby-kiosk-screen-on.timer lobby-kiosk-screen-off.timer lobby-kiosk-nightly.timer

say "Done. The kiosk page should be on the screen within a minute."
if [[ ! -s /etc/lobby-kiosk/credentials/device-key ]]; then
    echo "    Not enrolled yet: on the server run  sudo lobby-hub admin enrol-kiosk <KIOSK_ID>  and give the key to"
    echo "    sudo /opt/lobby-kiosk/bin/enrol.sh  on this machine (docs/install.md, 'Enrol the kiosk')."
fi
echo "    Settings: /etc/lobby-kiosk/kiosk.env    Logs: journalctl -u 'lobby-kiosk*'"
