// node scripts/profile-summary.js file.cpuprofile: self time per function, top 30 (for the benchmark's --profile).
const fs = require('fs');
const p = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const total = p.timeDeltas.reduce((a, b) => a + b, 0);
p.samples.forEach((s, i) => {
  const { functionName, url, lineNumber } = byId.get(s).callFrame;
  const where = url.includes('node_modules') ? url.split('/node_modules/').pop() : url.split('/').slice(-2).join('/');
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber}`;
  self.set(key, (self.get(key) || 0) + p.timeDeltas[i]);
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 30))) {
  console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
}
