/**
 * The charts of a report as one list that two threads draw from: each takes
 * the next index when it is free (an atomic counter in shared memory), so
 * neither waits for the other's share to end, whatever its charts cost on
 * that host at that moment. The list itself (the specs) is plain data each
 * thread holds; only the counter is shared.
 */
export class ChartQueue {
  private readonly next: Int32Array;

  /** `shared`: a 4-byte SharedArrayBuffer, new (0: nothing taken yet), or one from another thread's queue */
  constructor(readonly shared: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.next = new Int32Array(shared);
  }

  /** the next index not yet taken by any thread (past the end once all are) */
  take(): number {
    return Atomics.add(this.next, 0, 1);
  }
}
