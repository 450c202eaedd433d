#!/bin/sh
# Entrypoint of the Werkkennis image.
#
# The app reads its settings only from plain environment variables (docs/configuration.md).
# For the secrets among them this script also accepts <NAME>_FILE, the path of a file holding
# the value (Docker/Compose secrets under /run/secrets, mounted Kubernetes secrets): it reads
# the file, exports <NAME> and removes <NAME>_FILE. Without any *_FILE variable it does nothing,
# so plain environment variables (Kubernetes secretKeyRef, env_file) work as before.
set -eu

for name in DATABASE_URL JWT_SECRET MEILI_API_KEY SMTP_URL WERKKENNIS_PASSWORD; do
  file_var="${name}_FILE"
  eval "file=\${${file_var}:-}"
  [ -n "$file" ] || continue
  eval "current=\${${name}:-}"
  if [ -n "$current" ]; then
    echo "werkkennis-entrypoint: zet ${name} of ${file_var}, niet allebei." >&2
    exit 1
  fi
  if [ ! -r "$file" ]; then
    echo "werkkennis-entrypoint: ${file_var}=${file} is niet leesbaar voor gebruiker $(id -u)." >&2
    exit 1
  fi
  # $(cat) drops trailing newlines, so files written with `echo` work too.
  value="$(cat "$file")"
  if [ -z "$value" ]; then
    echo "werkkennis-entrypoint: ${file_var}=${file} is leeg." >&2
    exit 1
  fi
  export "${name}=${value}"
  unset "${file_var}"
done

# exec: node replaces this shell, so SIGTERM reaches it directly (it is PID 1 in Kubernetes, the
# child of tini with compose's `init: true`); NestJS then shuts down gracefully.
exec "$@"
