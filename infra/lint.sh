#!/usr/bin/env bash
# Lints the deployment files in infra/ with whatever linters this machine has, and says for
# every linter whether it ran, passed, failed or was skipped (and why). Nothing is started:
# no image is built and no container or cluster is needed.
#
#   infra/lint.sh             run what is available
#   infra/lint.sh --install   first install the missing tools outside the project:
#                             apt (as root): shellcheck yamllint docker-compose
#                             npm, into $LINT_TOOLS: dockerfile-utils kubernetes-models yaml typescript
#
# LINT_TOOLS (default ~/.cache/werkkennis-infra-lint) holds the npm tools; never the project.
# Exit code 1 when a linter that ran found a problem; skipped linters do not fail the run.
set -uo pipefail

cd "$(dirname "$0")" || exit 2
INFRA="$(pwd)"
LINT_TOOLS="${LINT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/werkkennis-infra-lint}"
NPM_TOOLS=(dockerfile-utils@0.16.3 kubernetes-models@5.1.0 yaml@2 typescript@5.9.3)
YAMLLINT_CONFIG="$INFRA/lint/yamllint.yaml"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

declare -a SUMMARY=()
FAILED=0
pass() { SUMMARY+=("  ok            $1"); }
failed() { SUMMARY+=("  FOUT          $1"); FAILED=1; }
skipped() { SUMMARY+=("  overgeslagen  $1: $2"); }
section() { printf '\n== %s\n' "$1"; }
has() { command -v "$1" >/dev/null 2>&1; }
npm_tool() { [ -e "$LINT_TOOLS/node_modules/$1/package.json" ]; }

if [ "${1:-}" = "--install" ]; then
  section "installeren (buiten het project)"
  if [ "$(id -u)" = 0 ] && has apt-get; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck yamllint docker-compose >/dev/null \
      || echo "apt-get install mislukt; verder met wat er is"
  else
    echo "apt-pakketten overgeslagen (geen root of geen apt-get): shellcheck yamllint docker-compose"
  fi
  if has npm; then
    mkdir -p "$LINT_TOOLS"
    [ -f "$LINT_TOOLS/package.json" ] || echo '{"private":true}' >"$LINT_TOOLS/package.json"
    (cd "$LINT_TOOLS" && npm install --no-audit --no-fund --silent "${NPM_TOOLS[@]}") || echo "npm install in $LINT_TOOLS mislukt"
  fi
fi

# ---- Dockerfile
section "Dockerfile: hadolint"
if has hadolint; then
  if hadolint "$INFRA/Dockerfile"; then pass "hadolint"; else failed "hadolint"; fi
else
  skipped "hadolint" "niet geïnstalleerd (Debian 12 heeft geen pakket; de npm-wrappers downloaden het binaire bestand tijdens het draaien). Vervanging hieronder: dockerfile-check.mjs en dockerfile-utils"
  echo "overgeslagen: hadolint niet gevonden"
fi

section "Dockerfile: hadolint-regels (deelverzameling) + ShellCheck op RUN (lint/dockerfile-check.mjs)"
if has node; then
  if node "$INFRA/lint/dockerfile-check.mjs" "$INFRA/Dockerfile"; then pass "dockerfile-check.mjs (DL-regels + ShellCheck)"; else failed "dockerfile-check.mjs"; fi
else
  skipped "dockerfile-check.mjs" "node niet gevonden"
fi

section "Dockerfile: dockerfile-utils lint (syntaxis en semantiek, npm)"
if npm_tool dockerfile-utils; then
  if "$LINT_TOOLS/node_modules/.bin/dockerfile-utils" lint "$INFRA/Dockerfile"; then pass "dockerfile-utils lint"; else failed "dockerfile-utils lint"; fi
else
  skipped "dockerfile-utils" "niet in $LINT_TOOLS (infra/lint.sh --install)"
fi

section "Docker build-context: dockerignore"
if [ "$(readlink "$INFRA/Dockerfile.dockerignore")" = "dockerignore" ]; then
  pass "Dockerfile.dockerignore wijst naar dockerignore"
else
  failed "Dockerfile.dockerignore is geen link naar dockerignore"
fi
if [ -f "$INFRA/../.dockerignore" ] && ! cmp -s "$INFRA/dockerignore" "$INFRA/../.dockerignore"; then
  failed ".dockerignore in de root wijkt af van infra/dockerignore (cp infra/dockerignore .dockerignore)"
fi

# ---- shell scripts
section "shellcheck: scripts in infra/"
if has shellcheck; then
  if shellcheck -s sh "$INFRA/docker-entrypoint.sh" "$INFRA/make-secrets.sh" && shellcheck "$INFRA/lint.sh"; then
    pass "shellcheck (docker-entrypoint.sh, make-secrets.sh, lint.sh)"
  else
    failed "shellcheck"
  fi
else
  skipped "shellcheck" "niet geïnstalleerd (apt-get install shellcheck)"
fi

section "node --check: migrate.cjs en lint-scripts"
if has node; then
  ok=1
  for script in "$INFRA/migrate.cjs" "$INFRA/lint/"*.mjs; do node --check "$script" || ok=0; done
  if [ $ok = 1 ]; then pass "node --check"; else failed "node --check"; fi
else
  skipped "node --check" "node niet gevonden"
fi

# ---- YAML
section "yamllint: compose.yaml, k8s/, k8s-trial/"
if has yamllint; then
  if yamllint -c "$YAMLLINT_CONFIG" "$INFRA/compose.yaml" "$INFRA/k8s" "$INFRA/k8s-trial"; then pass "yamllint"; else failed "yamllint"; fi
else
  skipped "yamllint" "niet geïnstalleerd (apt-get install yamllint)"
fi

# ---- Compose
section "docker compose config"
# The secret files need not exist for `config`; the paths are only checked when starting.
if docker compose version >/dev/null 2>&1; then
  if docker compose -f "$INFRA/compose.yaml" config --quiet; then pass "docker compose config (v2)"; else failed "docker compose config (v2)"; fi
elif has docker-compose; then
  # Compose v1 (Debian's docker-compose 1.29) predates the top-level `name:` key; it checks a
  # copy without that line against its own compose-spec schema.
  version="$(docker-compose version --short 2>/dev/null)"
  sed '/^name: /d' "$INFRA/compose.yaml" >"$WORK/compose.yaml"
  if docker-compose -f "$WORK/compose.yaml" --project-directory "$INFRA" config --quiet; then
    pass "docker-compose $version config (zonder de regel name:, die v1 niet kent)"
  else
    failed "docker-compose $version config"
  fi
  skipped "docker compose v2" "de docker-CLI heeft hier geen compose-plugin; gecontroleerd met docker-compose $version"
else
  skipped "docker compose config" "geen docker compose (v2) en geen docker-compose (v1)"
fi

# ---- Kubernetes
section "kubectl kustomize: k8s/ en k8s-trial/"
rendered=()
if has kubectl; then
  ok=1
  for overlay in k8s k8s-trial; do
    if kubectl kustomize "$INFRA/$overlay" >"$WORK/$overlay.yaml"; then
      echo "$overlay: $(grep -c '^kind:' "$WORK/$overlay.yaml") objecten"
      rendered+=("$WORK/$overlay.yaml")
    else
      ok=0
    fi
  done
  if [ $ok = 1 ]; then pass "kubectl kustomize (k8s, k8s-trial)"; else failed "kubectl kustomize"; fi
else
  skipped "kubectl kustomize" "kubectl niet gevonden"
fi

section "kubeconform"
if has kubeconform && [ ${#rendered[@]} -gt 0 ]; then
  if kubeconform -strict -summary "${rendered[@]}" "$INFRA/k8s/hpa.yaml" "$INFRA/k8s/secret.example.yaml"; then pass "kubeconform -strict"; else failed "kubeconform"; fi
else
  skipped "kubeconform" "niet geïnstalleerd (niet in Debian of npm; haalt zijn schema's bovendien van GitHub). Vervanging hieronder: k8s-validate.mjs"
  echo "overgeslagen: kubeconform niet gevonden"
fi

section "Kubernetes-schema's, onbekende velden en beleid (lint/k8s-validate.mjs)"
if ! npm_tool kubernetes-models || ! npm_tool typescript || ! npm_tool yaml; then
  skipped "k8s-validate.mjs" "kubernetes-models/typescript/yaml niet in $LINT_TOOLS (infra/lint.sh --install)"
elif [ ${#rendered[@]} -eq 0 ]; then
  skipped "k8s-validate.mjs" "geen gerenderde manifesten (kubectl kustomize ontbreekt)"
else
  ok=1
  node "$INFRA/lint/k8s-validate.mjs" --tools "$LINT_TOOLS" "$WORK/k8s.yaml" "$INFRA/k8s/hpa.yaml" "$INFRA/k8s/secret.example.yaml" || ok=0
  node "$INFRA/lint/k8s-validate.mjs" --tools "$LINT_TOOLS" "$WORK/k8s-trial.yaml" || ok=0
  if [ $ok = 1 ]; then pass "k8s-validate.mjs (kubernetes-models $(node -p "require('$LINT_TOOLS/node_modules/kubernetes-models/package.json').version"))"; else failed "k8s-validate.mjs"; fi
fi

section "kubectl apply --dry-run (server)"
if has kubectl && kubectl version --request-timeout=3s >/dev/null 2>&1; then
  if kubectl apply --dry-run=server -k "$INFRA/k8s"; then pass "kubectl apply --dry-run=server"; else failed "kubectl apply --dry-run=server"; fi
else
  skipped "kubectl apply --dry-run" "geen bereikbaar cluster (ook --dry-run=client vraagt de API-server om de resourcetypes)"
  echo "overgeslagen: geen cluster"
fi

section "niet gestart"
skipped "docker build / docker compose up / kubectl apply" "hier draait geen Docker-engine en geen cluster: de bestanden zijn gelint, niet gestart"

printf '\n== samenvatting\n'
printf '%s\n' "${SUMMARY[@]}"
exit $FAILED
