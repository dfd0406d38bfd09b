#!/usr/bin/env bash
# Writes nginx's site file for the lobby hub from lobby-hub.conf.template.
#   render-nginx.sh SERVER_NAME CERTIFICATE KEY [OUT]
# Optional settings (environment): LOBBY_HUB_UPSTREAM (127.0.0.1:5080), LOBBY_HTTPS_LISTEN (443),
# LOBBY_HTTP_LISTEN (80). OUT defaults to standard output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if (($# < 3)); then
  echo "usage: $0 SERVER_NAME CERTIFICATE KEY [OUT]" >&2
  exit 2
fi

export LOBBY_SERVER_NAME=$1 LOBBY_TLS_CERTIFICATE=$2 LOBBY_TLS_KEY=$3
export LOBBY_HUB_UPSTREAM=${LOBBY_HUB_UPSTREAM:-127.0.0.1:5080}
export LOBBY_HTTPS_LISTEN=${LOBBY_HTTPS_LISTEN:-443}
export LOBBY_HTTP_LISTEN=${LOBBY_HTTP_LISTEN:-80}
out=${4:-/dev/stdout}

# Only our names are replaced; nginx's own $host, $scheme, … stay as they are.
# shellcheck disable=SC2016 # the list names variables for envsubst, not for the shell
envsubst '${LOBBY_SERVER_NAME} ${LOBBY_TLS_CERTIFICATE} ${LOBBY_TLS_KEY} ${LOBBY_HUB_UPSTREAM} ${LOBBY_HTTPS_LISTEN} ${LOBBY_HTTP_LISTEN}' \
  <"$here/lobby-hub.conf.template" >"$out"
