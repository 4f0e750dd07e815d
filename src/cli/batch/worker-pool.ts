import { Worker } from 'node:worker_threads';

/** A message a worker answers with: the outcome of one task, or what broke it. */
export type WorkerReply<R> = { id: number; outcome: R } | { id: number; crash: string };

/**
 * Tasks a worker holds at once: the one it runs and the next, waiting in its port, so that it never
 * waits for this thread while this thread runs a report of its own.
 */
const AHEAD = 2;

/**
 * A fixed set of worker threads running one script, and this thread as one more lane
 * (node:worker_threads alone: the tasks are whole reports, so a pool library's scheduling buys
 * nothing and would add to the bundle and to start-up). A task goes to the least loaded worker
 * with room, else to this thread when it is idle, else waits in line. This thread works too
 * because a worker starts cold (its own copy of the code, compiled and optimised again): on 2 cores
 * two workers beside an idle main thread were slower than one thread alone.
 */
export class WorkerPool<T, R> {
  private readonly load = new Map<Worker, number>();
  private readonly queue: { task: T; id: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  private next = 0;
  private broken: Error | null = null;
  private hereBusy = false;

  /** `workers` threads, and `here`, when given, running tasks in this thread between messages. */
  constructor(
    script: string,
    workers: number,
    workerData: unknown,
    private readonly here: ((task: T) => Promise<R>) | null = null,
  ) {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, { workerData });
      worker.on('message', (reply: WorkerReply<R>) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.load.set(worker, 0);
    }
  }

  run(task: T): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    const promise = new Promise<R>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.queue.push({ task, id });
    this.dispatch();
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all([...this.load.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    for (let worker = this.leastLoaded(); worker && this.queue.length > 0; worker = this.leastLoaded()) {
      const { task, id } = this.queue.shift() as { task: T; id: number };
      this.load.set(worker, (this.load.get(worker) as number) + 1);
      worker.postMessage({ id, task });
    }
    const here = this.here;
    if (here && !this.hereBusy && this.queue.length > 0) {
      this.hereBusy = true;
      const { task, id } = this.queue.shift() as { task: T; id: number };
      // After the messages just posted are on their way, and between replies: a report at a time.
      setImmediate(() => {
        here(task).then(
          (outcome) => this.settleHere({ id, outcome }),
          (error: unknown) => this.settleHere({ id, crash: error instanceof Error ? error.message : String(error) }),
        );
      });
    }
  }

  private leastLoaded(): Worker | null {
    let best: Worker | null = null;
    for (const [worker, tasks] of this.load) if (tasks < AHEAD && (best === null || tasks < (this.load.get(best) as number))) best = worker;
    return best;
  }

  private settleHere(reply: WorkerReply<R>): void {
    this.hereBusy = false;
    this.answer(reply);
  }

  private settle(worker: Worker, reply: WorkerReply<R>): void {
    this.load.set(worker, (this.load.get(worker) as number) - 1);
    this.answer(reply);
  }

  private answer(reply: WorkerReply<R>): void {
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if ('crash' in reply) waiter?.reject(new Error(reply.crash));
    else waiter?.resolve(reply.outcome);
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.broken) return;
    this.broken = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
