// npm run bench: every figure of docs/benchmarks.md, measured in one run.
import os from 'node:os';
import { benchAgenda } from './agenda.bench.js';
import { benchApi } from './api.bench.js';
import { benchCli } from './cli.bench.js';
import { benchConnect } from './connect.bench.js';
import { benchImport } from './import.bench.js';
import { benchSearch } from './search.bench.js';
import { benchWeb } from './web.bench.js';
import { fmt } from './stats.js';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
let failed = false;

console.log(
  `# Tongxing benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, node ${process.version}\n`,
);
if (want('agenda')) {
  const r = await benchAgenda();
  const ok = r.sameDueList && r.ratio <= 2;
  failed ||= !ok;
  console.log(`## Today's agenda, 10,000 people / 500,000 interactions`);
  console.log(
    `- due ${r.dueCount}, follow-ups ${r.followUps}, moments ${r.moments}; same due list as the floor: ${r.sameDueList}`,
  );
  console.log(`- getAgenda (whole agenda) median ${fmt(r.agendaMedian)}, p95 ${fmt(r.agendaP95)}`);
  console.log(`- floor (one hand-written SQL query, due list only) median ${fmt(r.floorMedian)}`);
  console.log(
    `- reference: due list recomputed from the interactions table, median ${fmt(r.rawFloorMedian)}`,
  );
  console.log(`- ratio agenda / floor: ${r.ratio.toFixed(2)}× (target ≤ 2×) ${verdict(ok)}\n`);
}
if (want('cli')) {
  const r = await benchCli();
  const ok = r.ratio <= 3;
  failed ||= !ok;
  console.log(`## \`tongxing today --json\` as a process, 10,000 people / 500,000 interactions`);
  console.log(
    `- node -e 0 median ${fmt(r.nodeMedian)}; tongxing today --json median ${fmt(r.cliMedian)}`,
  );
  console.log(`- ratio: ${r.ratio.toFixed(2)}× (target ≤ 3×) ${verdict(ok)}\n`);
}
if (want('search')) {
  const r = await benchSearch();
  const ok = r.mismatches.length === 0 && r.speedup >= 20;
  failed ||= !ok;
  console.log(`## Search, ${r.people.toLocaleString('en')} people, ${r.queries} mixed queries`);
  console.log(
    `- mean matches per query ${r.meanMatches.toFixed(1)}; queries whose match set differs from brute force: ${r.mismatches.length}${r.mismatches.length ? ` (${r.mismatches.slice(0, 5).join(' | ')})` : ''}`,
  );
  console.log(
    `- indexed median ${fmt(r.indexedMedian)} (p95 ${fmt(r.indexedP95)}); brute-force scan median ${fmt(r.bruteMedian)}`,
  );
  for (const k of r.kinds) {
    console.log(
      `  - ${k.kind} (${k.n}): indexed ${fmt(k.indexedMedian)}, brute force ${fmt(k.bruteMedian)}, ${(k.bruteMedian / k.indexedMedian).toFixed(0)}×`,
    );
  }
  console.log(`- speed-up: ${r.speedup.toFixed(1)}× (target ≥ 20×) ${verdict(ok)}\n`);
}
if (want('api')) {
  const r = await benchApi();
  const ok = r.ratio >= 0.25 && r.today.errors === 0 && r.trivial.errors === 0;
  failed ||= !ok;
  console.log(
    `## HTTP API under load (autocannon, 50 connections, 10 s each), 10,000 people / 500,000 interactions`,
  );
  console.log(`- GET /api/v1/health: ${r.trivial.rps.toFixed(0)} req/s, p99 ${r.trivial.p99} ms`);
  console.log(
    `- GET /api/v1/today: ${r.today.rps.toFixed(0)} req/s, p99 ${r.today.p99} ms, ${(r.today.bytes / 1e6).toFixed(0)} MB/s`,
  );
  console.log(`- errors or non-2xx: ${r.trivial.errors + r.today.errors}`);
  console.log(`- ratio today / health: ${r.ratio.toFixed(2)} (target ≥ 0.25) ${verdict(ok)}\n`);
}
if (want('web')) {
  const r = await benchWeb();
  const ok = r.files.length > 0 && r.gzip <= 250 * 1024;
  failed ||= !ok;
  console.log(`## First load of the Today page: JavaScript downloaded by Chromium`);
  for (const f of r.files)
    console.log(
      `- ${f.url}: ${(f.raw / 1024).toFixed(1)} KB, ${(f.gzip / 1024).toFixed(1)} KB gzipped`,
    );
  console.log(
    `- total ${(r.raw / 1024).toFixed(1)} KB, gzipped ${(r.gzip / 1024).toFixed(1)} KB (target ≤ 250 KB) ${verdict(ok)}\n`,
  );
}
if (want('import')) {
  const r = await benchImport();
  const l = r.linkedin;
  const ok = l.ratio <= 2 && r.csv100k.maxRssMb < 300;
  failed ||= !ok;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  console.log(`## Import`);
  console.log(
    `- LinkedIn Connections.csv, ${l.rows.toLocaleString('en')} rows: ${l.created.toLocaleString('en')} people created (the rest merged as duplicates); stored rows ${Object.entries(
      l.stored,
    )
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  );
  console.log(`- whole import (file bytes to committed transaction) median ${fmt(l.oursMedian)}`);
  console.log(
    `- floor (the same stored rows, already parsed, one prepared INSERT per table, one transaction) median ${fmt(l.floorMedian)}`,
  );
  console.log(
    `- ratio import / floor: ${l.ratio.toFixed(2)}× (target ≤ 2×) ${verdict(l.ratio <= 2)}`,
  );
  console.log(
    `- stricter reference, the people rows alone: ${fmt(l.peopleFloorMedian)}, ratio ${l.peopleRatio.toFixed(2)}×`,
  );
  console.log(
    `- the same file through \`tongxing import\` as a process: ${fmt(l.cli.ms)}, peak RSS ${l.cli.maxRssMb.toFixed(0)} MB (${l.cli.out})`,
  );
  console.log(
    `- Apple vCard, 10,000 cards with 8 KB photos (${mb(r.vcard.bytes)}): ${fmt(r.vcard.ms)}, peak RSS ${r.vcard.maxRssMb.toFixed(0)} MB (${r.vcard.out})`,
  );
  console.log(
    `- business-card CSV, 100,000 rows (${mb(r.csv100k.bytes)}): ${fmt(r.csv100k.ms)}, peak RSS ${r.csv100k.maxRssMb.toFixed(0)} MB (target < 300 MB) ${verdict(r.csv100k.maxRssMb < 300)} (${r.csv100k.out})\n`,
  );
}
if (want('connect')) {
  const r = await benchConnect();
  const ok = r.sameTop10 && r.speedup >= 20 && r.whoSame === r.questions && r.whoSpeedup >= 20;
  failed ||= !ok;
  console.log(
    `## Connector, ${r.people.toLocaleString('en')} people, ${r.texts.toLocaleString('en')} need/offer/seeking texts`,
  );
  console.log(
    `- term extraction for everyone (first run) ${fmt(r.extractMs)}; loading the index ${fmt(r.indexMs)}`,
  );
  console.log(
    `- all suggestions (top 10 for each of ${r.askers.toLocaleString('en')} people, ${r.pairs.toLocaleString('en')} pairs): index median ${fmt(r.suggestMedian)}, naive (every pair scored) median ${fmt(r.naiveMedian)}; same top 10 for everyone: ${r.sameTop10}`,
  );
  console.log(
    `- speed-up: ${r.speedup.toFixed(1)}× (target ≥ 20×) ${verdict(r.sameTop10 && r.speedup >= 20)}`,
  );
  console.log(
    `- who, ${r.questions} questions (each the median of 5 runs, after a warm-up pass): index median ${fmt(r.whoMedian)}, naive scan median ${fmt(r.whoNaiveMedian)}; slowest question ${fmt(r.whoWorst)} vs ${fmt(r.whoNaiveWorst)}; same answers ${r.whoSame}/${r.questions}`,
  );
  console.log(
    `- speed-up: ${r.whoSpeedup.toFixed(1)}× (target ≥ 20×) ${verdict(r.whoSame === r.questions && r.whoSpeedup >= 20)}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
