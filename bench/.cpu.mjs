import { startApi, load, PLAN_PAGE } from './pages.mjs';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
const forum = JSON.parse(fs.readFileSync('/tmp/scale-gen/data/generated-forum.json'));
const api = await startApi('/tmp/scale-gen/data');
const ticks = () => { const out = {}; for (const line of execSync(`ps -eo pid,ppid,comm,time --no-headers`).toString().split('\n')) { const [pid, ppid, comm, time] = line.trim().split(/\s+/); if (!pid) continue; const [h, m, s] = time.split(':').map(Number); out[pid] = { ppid, comm, s: h * 3600 + m * 60 + s }; } return out; };
const before = ticks();
const t0 = process.cpuUsage();
const r = await load(api.url, PLAN_PAGE, { id: forum.currentPlanId }, { headers: { 'cache-control': 'no-cache' } });
const after = ticks();
const mine = process.cpuUsage(t0);
console.log(r);
let pgs = 0; for (const [pid, v] of Object.entries(after)) { if (v.comm.startsWith('postgres')) pgs += v.s - (before[pid]?.s ?? 0); }
console.log('api', after[api.pid].s - before[api.pid].s, 's; postgres', pgs, 's; bench', ((mine.user + mine.system) / 1e6).toFixed(1), 's');
await api.stop();
