// Preloaded into a process the bench runs (node --import): at exit, writes the process's peak
// resident memory and CPU time to the file named by KUNDENFREUND_BENCH_USAGE_FILE. The kernel's
// high-water mark sees every peak, also one between two samples.
import { writeFileSync } from "node:fs";

const file = process.env.KUNDENFREUND_BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRssKb: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }),
    );
  });
}
