#!/bin/sh
# Creates the secret files infra/compose.yaml reads from infra/secrets/ (once; existing files are
# kept, so running it again never changes a password the database already uses).
#   postgres_password   password of the PostgreSQL user `werkkennis`
#   database_url        postgres://werkkennis:<password>@postgres:5432/werkkennis (the app's DATABASE_URL)
#   meili_master_key    Meilisearch master key (also the app's MEILI_API_KEY in compose)
#   jwt_secret          the app's JWT_SECRET
# The directory is 0700 for the host's users; the files are 0644 because compose bind-mounts them
# unchanged and the containers read them as other users (node: 1000, meilisearch/postgres: root).
set -eu
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"

# URL-safe random text (hex), without openssl.
random() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

write() { # name value
  if [ -s "$dir/$1" ]; then
    echo "bestaat al, ongewijzigd: secrets/$1"
  else
    umask 022
    printf '%s' "$2" > "$dir/$1"
    chmod 644 "$dir/$1"
    echo "aangemaakt: secrets/$1"
  fi
}

write postgres_password "$(random 24)"
write database_url "postgres://werkkennis:$(cat "$dir/postgres_password")@postgres:5432/werkkennis"
write meili_master_key "$(random 32)"
write jwt_secret "$(random 48)"
