import { startApi, load } from './pages.mjs';
import fs from 'node:fs';
const forum = JSON.parse(fs.readFileSync('/tmp/scale-gen/data/generated-forum.json'));
const api = await startApi('/tmp/scale-gen/data');
const id = forum.currentPlanId;
const variants = {
  floor: '{ __typename }',
  planOnly: `query($id: ID!) { actionPlan(id: $id) { id title } }`,
  themes: `query($id: ID!) { actionPlan(id: $id) { id title themes { id title } } }`,
  commitmentsScalars: `query($id: ID!) { actionPlan(id: $id) { id title themes { id title commitments { id code title titleKo completion } } } }`,
  plusOrg: `query($id: ID!) { actionPlan(id: $id) { id title themes { id title commitments { id code title titleKo completion leadOrganization { id name nameKo } } } } }`,
  plusComputed: `query($id: ID!) { actionPlan(id: $id) { id title themes { id title commitments { id code title titleKo completion leadOrganization { id name nameKo } delayedMilestoneCount stale incorporatedInto { id code } } } } }`,
};
for (const [name, q] of Object.entries(variants)) {
  const r = await load(api.url, q, q.includes('$id') ? { id } : {}, { headers: { 'cache-control': 'no-cache' }, seconds: 5 });
  console.log(name.padEnd(20), r.rps.toFixed(0), r.p50);
}
await api.stop();
