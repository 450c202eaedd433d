#!/usr/bin/env node
// Offline validation of rendered Kubernetes manifests (`kubectl kustomize` output), for machines
// without a cluster and without kubeconform (it needs schemas from GitHub).
//
//   node infra/lint/k8s-validate.mjs --tools <dir> rendered.yaml [more.yaml …]
//
// <dir> holds `npm install kubernetes-models yaml typescript` (outside the project; infra/lint.sh
// --install creates it). Three checks per object:
//   schema   kubernetes-models' JSON-schema validators: types, required fields, formats
//   strict   unknown fields, via TypeScript's excess-property check against the same models'
//            types (what `kubeconform -strict` reports)
//   policy   this project's rules: non-root, read-only root fs, dropped capabilities, resources,
//            probes, pinned images, selectors that match, referenced ConfigMaps/Secrets
// Exit code 1 when any check fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const toolsIndex = args.indexOf('--tools');
if (toolsIndex < 0 || !args[toolsIndex + 1]) {
  console.error('gebruik: k8s-validate.mjs --tools <map met kubernetes-models, yaml, typescript> bestand.yaml …');
  process.exit(2);
}
const tools = resolve(args[toolsIndex + 1]);
const files = args.filter((_, i) => i !== toolsIndex && i !== toolsIndex + 1);
const requireTool = createRequire(join(tools, 'package.json'));
const YAML = requireTool('yaml');
const modelsDir = join(tools, 'node_modules', 'kubernetes-models');

/** Secrets created by the operator, not by these manifests (see k8s/secret.example.yaml). */
const EXTERNAL_SECRETS = new Set(['werkkennis-secrets']);

const objects = [];
for (const file of files) {
  for (const document of YAML.parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
    const object = document.toJS();
    if (object) objects.push({ file, object, label: `${file}: ${object.kind}/${object.metadata?.name}` });
  }
}

let failures = 0;
const fail = (label, check, message) => {
  failures += 1;
  console.log(`  FOUT  [${check}] ${label}: ${message}`);
};

/** kubernetes-models module path of an apiVersion + kind: v1/Service, apps/v1/Deployment … */
function modelPath({ apiVersion, kind }) {
  return `${apiVersion}/${kind}`;
}

// ---- schema
for (const { object, label } of objects) {
  let Model;
  try {
    Model = (await import(pathToFileURL(join(modelsDir, `${modelPath(object)}.js`)).href))[object.kind];
  } catch {
    fail(label, 'schema', `onbekende apiVersion/kind ${object.apiVersion} ${object.kind}`);
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    fail(label, 'schema', error.message);
  }
}

// ---- strict: unknown fields through TypeScript's excess-property check
{
  const work = join(tools, '.k8s-validate');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const lines = [];
  const owners = []; // line number -> object label
  const imports = new Map();
  objects.forEach(({ object, label }, index) => {
    const type = `I${object.kind}`;
    const alias = `T${index}`;
    imports.set(alias, `import type { ${type} as ${alias} } from 'kubernetes-models/${modelPath(object)}';`);
    const body = `export const object${index}: ${alias} = ${JSON.stringify(object, null, 2)};`.split('\n');
    for (const line of body) {
      lines.push(line);
      owners.push(label);
    }
  });
  const header = [...imports.values()];
  writeFileSync(join(work, 'manifests.mts'), [...header, ...lines].join('\n') + '\n');
  const tsc = join(tools, 'node_modules', 'typescript', 'bin', 'tsc');
  let output = '';
  try {
    execFileSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--pretty', 'false', join(work, 'manifests.mts')],
      { cwd: tools, encoding: 'utf8' },
    );
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  for (const line of output.split('\n').filter((text) => text.includes('error TS'))) {
    const match = /manifests\.mts\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    const owner = match ? owners[Number(match[1]) - 1 - header.length] : undefined;
    fail(owner ?? 'manifests', 'strict', match ? match[2] : line);
  }
  rmSync(work, { recursive: true, force: true });
}

// ---- policy
const byKind = (kind) => objects.filter(({ object }) => object.kind === kind);
const workloads = objects.filter(({ object }) => ['Deployment', 'StatefulSet'].includes(object.kind));
const configMaps = new Set(byKind('ConfigMap').map(({ object }) => object.metadata.name));
const secrets = new Set([...EXTERNAL_SECRETS, ...byKind('Secret').map(({ object }) => object.metadata.name)]);
const matches = (selector, labels = {}) => Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);

for (const { object, label } of workloads) {
  const template = object.spec.template;
  const pod = template.spec;
  if (!matches(object.spec.selector?.matchLabels, template.metadata?.labels)) fail(label, 'policy', 'selector past niet op de labels van de pod');
  if (pod.securityContext?.runAsNonRoot !== true) fail(label, 'policy', 'pod zonder securityContext.runAsNonRoot: true');
  if (!pod.securityContext?.seccompProfile) fail(label, 'policy', 'pod zonder seccompProfile');
  if (pod.automountServiceAccountToken !== false) fail(label, 'policy', 'automountServiceAccountToken staat niet uit');
  const mounted = new Set((pod.volumes ?? []).map((volume) => volume.name));
  for (const claim of object.spec.volumeClaimTemplates ?? []) mounted.add(claim.metadata.name);
  const containers = [...(pod.initContainers ?? []).map((c) => ({ c, init: true })), ...pod.containers.map((c) => ({ c, init: false }))];
  for (const { c, init } of containers) {
    const where = `${label} container ${c.name}`;
    const context = c.securityContext ?? {};
    if (context.readOnlyRootFilesystem !== true) fail(where, 'policy', 'readOnlyRootFilesystem is niet true');
    if (context.allowPrivilegeEscalation !== false) fail(where, 'policy', 'allowPrivilegeEscalation is niet false');
    if (!(context.capabilities?.drop ?? []).includes('ALL')) fail(where, 'policy', 'capabilities.drop mist ALL');
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory) fail(where, 'policy', 'resources.requests (cpu, memory) ontbreken');
    if (!c.resources?.limits?.memory) fail(where, 'policy', 'resources.limits.memory ontbreekt');
    if (!/:[^/]+$|@sha256:/.test(c.image) || /:latest$/.test(c.image)) fail(where, 'policy', `image zonder vaste versie: ${c.image}`);
    if (!init && (!c.livenessProbe || !c.readinessProbe)) fail(where, 'policy', 'liveness- of readinessProbe ontbreekt');
    for (const mount of c.volumeMounts ?? []) if (!mounted.has(mount.name)) fail(where, 'policy', `volumeMount ${mount.name} zonder volume`);
    const ports = new Set((c.ports ?? []).map((port) => port.name));
    for (const probe of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
      const port = probe?.httpGet?.port;
      if (typeof port === 'string' && !ports.has(port)) fail(where, 'policy', `probe op onbekende poort ${port}`);
    }
    for (const source of c.envFrom ?? []) {
      if (source.configMapRef && !configMaps.has(source.configMapRef.name)) fail(where, 'policy', `ConfigMap ${source.configMapRef.name} bestaat niet`);
      if (source.secretRef && !secrets.has(source.secretRef.name)) fail(where, 'policy', `Secret ${source.secretRef.name} bestaat niet`);
    }
    for (const variable of c.env ?? []) {
      const secret = variable.valueFrom?.secretKeyRef?.name;
      const configMap = variable.valueFrom?.configMapKeyRef?.name;
      if (secret && !secrets.has(secret)) fail(where, 'policy', `Secret ${secret} bestaat niet`);
      if (configMap && !configMaps.has(configMap)) fail(where, 'policy', `ConfigMap ${configMap} bestaat niet`);
    }
  }
}
for (const { object, label } of byKind('Service')) {
  const targets = workloads.filter(({ object: workload }) => matches(object.spec.selector, workload.spec.template.metadata?.labels));
  if (!targets.length) fail(label, 'policy', 'selector vindt geen pods');
  for (const port of object.spec.ports ?? []) {
    if (typeof port.targetPort !== 'string') continue;
    const named = targets.some(({ object: workload }) => workload.spec.template.spec.containers.some((c) => (c.ports ?? []).some((p) => p.name === port.targetPort)));
    if (!named) fail(label, 'policy', `targetPort ${port.targetPort} bestaat niet in de pods`);
  }
}
for (const { object, label } of byKind('PodDisruptionBudget')) {
  const targets = workloads.filter(({ object: workload }) => matches(object.spec.selector?.matchLabels, workload.spec.template.metadata?.labels));
  if (!targets.length) fail(label, 'policy', 'selector vindt geen pods');
  for (const { object: workload } of targets) {
    if (typeof object.spec.minAvailable === 'number' && (workload.spec.replicas ?? 1) <= object.spec.minAvailable) {
      fail(label, 'policy', `minAvailable ${object.spec.minAvailable} blokkeert elke drain van ${workload.metadata.name} (replicas ${workload.spec.replicas ?? 1})`);
    }
  }
}
for (const { object, label } of byKind('HorizontalPodAutoscaler')) {
  const target = object.spec.scaleTargetRef;
  if (!workloads.some(({ object: workload }) => workload.kind === target.kind && workload.metadata.name === target.name)) fail(label, 'policy', `scaleTargetRef ${target.kind}/${target.name} bestaat niet`);
}

console.log(`  ${objects.length} objecten gecontroleerd (schema, strict, policy): ${failures ? `${failures} fout(en)` : 'geen fouten'}`);
process.exit(failures ? 1 : 0);
