// scratch: time pages
import { signIn, BENCH_ANALYST } from "./http";
async function main() {
  const [base, n, ...paths] = process.argv.slice(2);
  const cookie = await signIn(base!, BENCH_ANALYST.email, BENCH_ANALYST.password);
  for (const p of paths) {
    const times: number[] = []; let size = 0;
    for (let i = 0; i < Number(n); i++) {
      const t = performance.now();
      const r = await fetch(base + p, { headers: { cookie }, redirect: "manual" });
      const b = await r.arrayBuffer(); size = b.byteLength;
      if (r.status !== 200) console.log("status", r.status);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(p, "median", times[Math.floor(times.length / 2)]!.toFixed(0), "max", times.at(-1)!.toFixed(0), "bytes", size);
  }
}
void main();
