// `node bench/profile.mjs <page> --data <folder>`: the api under --cpu-prof while one page is loaded for 10 s; the profile
// (open it in Chrome's DevTools or speedscope) and a list of the functions that took the most time go to --out.
import fs from 'node:fs';
import path from 'node:path';
import { argument } from './generate.mjs';
import { COMMITMENT_PAGE, generatedData, load, MEETINGS_PAGE, PLAN_PAGE, startApi } from './pages.mjs';

const page = process.argv[2];
const out = path.resolve(argument('--out') ?? 'cpu-profiles');
const data = await generatedData(argument('--data'));
const { currentPlanId, busiestCommitmentId } = data.forum;
const pages = {
  plan: [PLAN_PAGE, { id: currentPlanId }],
  commitment: [COMMITMENT_PAGE, { id: busiestCommitmentId }],
  meetings: [MEETINGS_PAGE, {}],
  floor: ['{ __typename }', {}],
};
if (!pages[page]) throw new Error(`say which page: ${Object.keys(pages).join(', ')}`);
const api = await startApi(data.dataDir, { nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${out}`] });
try {
  const result = await load(api.url, ...pages[page], { headers: process.argv.includes('--cached') ? {} : { 'cache-control': 'no-cache' } });
  console.log(page, result);
} finally {
  await api.stop();
}
const file = fs.readdirSync(out).filter((name) => name.endsWith('.cpuprofile')).map((name) => path.join(out, name)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
// Self time per function, from the samples.
const self = new Map();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
for (const id of profile.samples) {
  const { callFrame } = byId.get(id);
  const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + interval);
}
const total = profile.samples.length * interval;
console.log(`${file}\nself time, top 30 of ${total.toFixed(0)} ms:`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
