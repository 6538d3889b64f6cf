/**
 * A minimal client for Marionette, Firefox's own remote-control protocol
 * (the one geckodriver speaks): enough to pick a tab and press real keys in
 * it. Firefox started with `--marionette` listens on the `marionette.port`
 * pref. Messages are `LENGTH:JSON`, the length in bytes; a command is
 * `[0, id, name, params]`, its answer `[1, id, error, result]`.
 *
 * Keys sent this way go through Firefox's own input machinery: the page gets
 * trusted events and the browser does what the key does (Tab moves focus),
 * as for a reader's key press, which a page script's `focus()` or
 * `dispatchEvent` only imitate.
 */
import { connect, type Socket } from 'node:net';

/** WebDriver's code for the Tab key. */
export const TAB_KEY = '\uE004';

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  private greeted!: () => void;
  private readonly greeting = new Promise<void>((done) => (this.greeted = done));

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    const failAll = (error: Error) => {
      for (const { fail } of this.pending.values()) fail(error);
      this.pending.clear();
    };
    socket.on('error', failAll);
    socket.on('close', () => failAll(new Error('Marionette closed the connection')));
  }

  /** Connects, retrying until Firefox listens (it opens the port late in its start-up) or `limitMs` passes. */
  static async connect(port: number, limitMs: number): Promise<Marionette> {
    const until = Date.now() + limitMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((done, fail) => {
          const socket = connect(port, '127.0.0.1', () => done(socket));
          socket.once('error', fail);
        });
        const client = new Marionette(socket);
        await client.greeting;
        await client.command('WebDriver:NewSession', {});
        return client;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((done) => setTimeout(done, 500));
      }
    }
  }

  command<T = unknown>(name: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    return new Promise<T>((done, fail) => {
      this.pending.set(id, { done: done as (value: unknown) => void, fail });
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /** Makes the tab showing `url` the selected tab of a focused window; false if no tab shows it. */
  async selectTab(url: string): Promise<boolean> {
    const handles = await this.command<string[] | { value: string[] }>('WebDriver:GetWindowHandles', {});
    for (const handle of Array.isArray(handles) ? handles : handles.value) {
      await this.command('WebDriver:SwitchToWindow', { handle, focus: true });
      const { value } = await this.command<{ value: string }>('WebDriver:GetCurrentURL', {});
      if (value === url) return true;
    }
    return false;
  }

  /** Presses and releases one key in the selected tab. */
  async press(key: string): Promise<void> {
    await this.command('WebDriver:PerformActions', {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
        },
      ],
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        // The greeting: { applicationType: 'gecko', marionetteProtocol: 3 }.
        this.greeted();
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (!waiting) continue;
      if (error) waiting.fail(new Error(`Marionette: ${error.error}: ${error.message}`));
      else waiting.done(result);
    }
  }
}
