import { Worker } from 'node:worker_threads';

/** A message a worker answers with: the outcome of one task, or what broke it. */
export type WorkerReply<R> = { id: number; outcome: R } | { id: number; crash: string };

/**
 * A fixed set of worker threads running one script, each given one task at a time (node:worker_threads
 * alone: the tasks are whole reports, so a pool library's scheduling buys nothing and would add to
 * the bundle and to start-up). A task goes to the first idle worker, else waits in line.
 */
export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: { task: T; id: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;
  private broken: Error | null = null;

  constructor(script: string, size: number, workerData: unknown) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData });
      worker.on('message', (reply: WorkerReply<R>) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.all.push(worker);
      this.idle.push(worker);
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
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const { task, id } = this.queue.shift() as { task: T; id: number };
      this.busy.set(worker, id);
      worker.postMessage({ id, task });
    }
  }

  private settle(worker: Worker, reply: WorkerReply<R>): void {
    this.busy.delete(worker);
    this.idle.push(worker);
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
