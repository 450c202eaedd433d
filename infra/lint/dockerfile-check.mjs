#!/usr/bin/env node
// A stand-in for hadolint where it cannot be installed (Debian has no package; the npm wrappers
// download the binary at run time). Not hadolint: a subset of its rules, under hadolint's codes,
// plus ShellCheck on every shell-form RUN, which is what hadolint does for the SC rules.
//
//   node infra/lint/dockerfile-check.mjs infra/Dockerfile
//
// Exit code 1 on any error.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('gebruik: dockerfile-check.mjs <Dockerfile>');
  process.exit(2);
}

// Logical instructions: continuation lines joined, comments and blank lines dropped.
const instructions = [];
{
  let current = null;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/\s+$/, '');
      if (current === null) {
        if (!line.trim() || line.trim().startsWith('#')) return;
        current = { line: index + 1, text: '' };
      } else if (line.trim().startsWith('#')) {
        return; // comment inside a continued instruction
      }
      if (line.endsWith('\\')) {
        current.text += `${line}\n`;
      } else {
        current.text += line;
        const [, keyword, rest] = /^\s*(\S+)\s*([\s\S]*)$/.exec(current.text);
        // `raw` keeps the backslash-newlines for ShellCheck (line numbers); `args` is one line.
        instructions.push({ line: current.line, keyword: keyword.toUpperCase(), raw: rest, args: rest.replace(/\\\n/g, ' ') });
        current = null;
      }
    });
}

let errors = 0;
const report = (line, code, message, level = 'error') => {
  if (level === 'error') errors += 1;
  console.log(`  ${level === 'error' ? 'FOUT' : 'let op'}  ${file}:${line} ${code} ${message}`);
};

const globalArgs = new Map();
const stages = [];
let stage = null;
const expand = (text, scope) => text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (whole, name) => scope.get(name) ?? whole);

for (const instruction of instructions) {
  const { keyword, args, line } = instruction;
  switch (keyword) {
    case 'ARG': {
      const [name, value = ''] = args.split('=');
      (stage ? stage.args : globalArgs).set(name.trim(), value.trim());
      break;
    }
    case 'FROM': {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
      const image = expand(parts[0], globalArgs);
      const alias = /\s+AS\s+(\S+)/i.exec(args)?.[1];
      if (image !== 'scratch' && !stages.some((s) => s.alias === image)) {
        if (!/[:@]/.test(image.split('/').pop())) report(line, 'DL3006', `image zonder tag: ${image}`);
        else if (/:latest$/.test(image)) report(line, 'DL3007', `image met tag latest: ${image}`);
      }
      stage = { alias, line, user: null, args: new Map(globalArgs), workdir: null, cmd: 0, entrypoint: 0, healthcheck: 0 };
      stages.push(stage);
      break;
    }
    case 'WORKDIR':
      if (!args.startsWith('/') && !args.startsWith('$')) report(line, 'DL3000', `WORKDIR niet absoluut: ${args}`);
      stage.workdir = args;
      break;
    case 'USER':
      stage.user = args.trim();
      break;
    case 'COPY':
    case 'ADD': {
      if (keyword === 'ADD' && !/https?:\/\//.test(args) && !/\.(tar|tgz|tar\.gz|tar\.xz)\b/.test(args)) report(line, 'DL3020', 'gebruik COPY in plaats van ADD voor bestanden');
      const from = /--from=(\S+)/.exec(args)?.[1];
      if (from && !/^\d+$/.test(from) && !stages.slice(0, -1).some((s) => s.alias === from) && !from.includes('/') && !from.includes(':')) {
        report(line, 'DL3022', `COPY --from=${from} verwijst niet naar een eerdere stage`);
      }
      const target = args.trim().split(/\s+/).pop();
      if (!target.startsWith('/') && !stage.workdir) report(line, 'DL3045', `COPY naar een relatief pad zonder WORKDIR: ${target}`);
      break;
    }
    case 'CMD':
    case 'ENTRYPOINT':
      if (!args.trim().startsWith('[')) report(line, 'DL3025', `${keyword} in JSON-vorm, zodat signalen het proces bereiken`);
      stage[keyword === 'CMD' ? 'cmd' : 'entrypoint'] += 1;
      if (stage[keyword === 'CMD' ? 'cmd' : 'entrypoint'] > 1) report(line, keyword === 'CMD' ? 'DL4003' : 'DL4004', `meer dan één ${keyword} in deze stage`);
      break;
    case 'HEALTHCHECK':
      stage.healthcheck += 1;
      if (stage.healthcheck > 1) report(line, 'DL3012', 'meer dan één HEALTHCHECK');
      break;
    case 'MAINTAINER':
      report(line, 'DL4000', 'MAINTAINER is verouderd; gebruik LABEL');
      break;
    case 'RUN': {
      if (args.trim().startsWith('[')) break;
      const shell = instruction.raw.replace(/^(--\S+\s+)+/, '');
      if (/(^|&&|;|\|\|)\s*cd\s/.test(shell)) report(line, 'DL3003', 'gebruik WORKDIR in plaats van cd');
      if (/\bnpm\s+(install|i)\b/.test(shell)) report(line, 'DL3016', 'npm install in een image: gebruik npm ci met het lockfile');
      if (/\bapt-get\s+(dist-)?upgrade\b/.test(shell)) report(line, 'DL3005', 'geen apt-get upgrade in een image');
      if (/\bsudo\b/.test(shell)) report(line, 'DL3004', 'geen sudo in RUN');
      if (/\bcurl\b.*\|\s*(ba)?sh/.test(shell)) report(line, 'DL4006', 'curl | sh');
      instruction.shell = shell;
      break;
    }
    default:
      break;
  }
}

const final = stages.at(-1);
if (!final) report(1, 'DL3061', 'geen FROM');
else {
  if (!final.user || /^(root|0)(:|$)/.test(final.user)) report(final.line, 'DL3002', 'de laatste stage draait als root (zet USER)');
  if (!final.healthcheck) report(final.line, 'HEALTHCHECK', 'de laatste stage heeft geen HEALTHCHECK', 'warning');
}

// ShellCheck on each shell-form RUN (POSIX sh: /bin/sh is dash in Debian images).
const runs = instructions.filter((instruction) => instruction.shell);
let shellcheck = true;
try {
  execFileSync('shellcheck', ['--version'], { stdio: 'ignore' });
} catch {
  shellcheck = false;
  console.log('  overgeslagen  ShellCheck op RUN-regels: shellcheck niet gevonden (apt-get install shellcheck)');
}
if (shellcheck && runs.length) {
  const dir = mkdtempSync(join(tmpdir(), 'dockerfile-check-'));
  try {
    for (const run of runs) {
      const script = join(dir, `run-${run.line}.sh`);
      // Build arguments are variables the shell does not see declared.
      writeFileSync(script, `#!/bin/sh\n# shellcheck disable=SC2154\n${run.shell}\n`);
      try {
        execFileSync('shellcheck', ['-s', 'sh', '-f', 'gcc', script], { encoding: 'utf8' });
      } catch (error) {
        for (const message of String(error.stdout).trim().split('\n').filter(Boolean)) {
          const [, , level, text] = /^[^:]+:(\d+):\d+: (\w+): (.*)$/.exec(message) ?? [];
          report(run.line, 'ShellCheck', text ?? message, level === 'error' || level === 'warning' ? 'error' : 'warning');
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`  ${instructions.length} instructies in ${stages.length} stages, ${runs.length} RUN-regels door ShellCheck: ${errors ? `${errors} fout(en)` : 'geen fouten'}`);
process.exit(errors ? 1 : 0);
