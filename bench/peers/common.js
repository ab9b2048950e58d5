// common.js - shared by the peer scripts of bench/run.sh: reads the bench text
// (one document per line), runs `analyse` on each document up to a byte budget,
// and prints one JSON line {peer, docs, bytes, seconds, mbs, cpu_mbs, found}
// (cpu_mbs: per CPU second of the process, GC and JIT threads included). Model
// loading is timed apart (load_ms) and is not in the throughput.
'use strict';
const fs = require('fs');

async function runPeer(name, load, analyse) {
  const file = process.argv[2];
  const budget = Number(process.argv[3] || 0) || Infinity;
  if (!file) {
    console.error(`usage: node ${name}.js TEXT_FILE [MAX_BYTES]`);
    process.exit(2);
  }
  const docs = [];
  let bytes = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const n = Buffer.byteLength(line, 'utf8');
    if (bytes + n > budget && docs.length) break;
    docs.push(line);
    bytes += n;
  }
  const l0 = process.hrtime.bigint();
  const ctx = await load();
  const l1 = process.hrtime.bigint();
  let found = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const d of docs) found += analyse(ctx, d);
  const cpu = process.cpuUsage(c0);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu_seconds = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify({
    peer: name, docs: docs.length, bytes, seconds,
    mbs: seconds > 0 ? bytes / 1e6 / seconds : 0,
    cpu_seconds, cpu_mbs: cpu_seconds > 0 ? bytes / 1e6 / cpu_seconds : 0,
    load_ms: Number(l1 - l0) / 1e6, found,
    rss_mb: process.memoryUsage().rss / 1048576,
  }));
}

module.exports = { runPeer };
