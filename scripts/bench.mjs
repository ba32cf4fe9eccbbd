// `pnpm bench`: runs every package's benchmarks one after another (they would disturb each other
// in parallel), prints one summary table of the headline figures against their targets, and writes
// it with each benchmark's full output to bench/RESULTS.md. Benchmarks report headline figures as
// lines `BENCH {"bench","measure","value","target","ok"}` on stdout.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const SUITES = [
  { name: 'Matching engine', filter: '@mentoring/matching' },
  { name: 'Slot computation', filter: '@mentoring/scheduling' },
  { name: 'API on PostgreSQL', filter: '@mentoring/api' },
  { name: 'Web', command: 'pnpm build > /dev/null && node --import tsx e2e/bench/web.ts' },
];

function run(suite) {
  return new Promise((resolve) => {
    const child = suite.command
      ? spawn('sh', ['-c', suite.command], { stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn('pnpm', ['--filter', suite.filter, 'bench'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ out, code }));
  });
}

const figures = [];
const sections = [];
let failed = false;
for (const suite of SUITES) {
  const { out, code } = await run(suite);
  if (code !== 0) failed = true;
  const lines = out.split('\n');
  for (const line of lines) if (line.startsWith('BENCH ')) figures.push(JSON.parse(line.slice(6)));
  const body = lines.filter((l) => !l.startsWith('BENCH ') && !/^\s*>|^$/.test(l)).join('\n');
  sections.push(`## ${suite.name}${code === 0 ? '' : ' (failed)'}\n\n${body}\n`);
}

const mark = (ok) => (ok === true ? 'yes' : ok === false ? '**no**' : '');
const table = [
  '| benchmark | measure | value | target | met |',
  '|---|---|---:|---|---|',
  ...figures.map((f) => `| ${f.bench} | ${f.measure} | ${f.value} | ${f.target ?? ''} | ${mark(f.ok)} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`;
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\n${new Date().toISOString()} on ${machine}. Written by \`pnpm bench\`.\n\n${table}\n\n${sections.join('\n')}`,
);
console.log(`\n${table}\n\nWritten to bench/RESULTS.md`);
process.exit(failed ? 1 : 0);
