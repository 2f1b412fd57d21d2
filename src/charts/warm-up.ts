/**
 * The first number Chart.js formats in a process (tick labels, through
 * Intl.NumberFormat) loads ICU's number-formatting data: 11–15 ms, once per
 * process, whichever thread does it; a thread's first formatter after that
 * takes ~0.1 ms (measured on this machine's Node 20). The PDF thread, which
 * has time to spare while the data are read, does it for both threads, which
 * then each draw their first chart that much sooner. On the demo, 25
 * alternating runs: 980 → 970 ms median, 950 → 910 ms best.
 */
export function warmUpNumberFormat(): void {
  // the default locale, as Chart.js's formatters use it (its `locale` option is left unset)
  new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(1234);
}
