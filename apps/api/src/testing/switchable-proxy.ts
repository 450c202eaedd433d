import net from 'node:net';

/**
 * A TCP proxy in front of a real server that a test can switch off and on, to play a
 * search engine or database that goes down and comes back on the same address, or that
 * falls silent: connections are accepted and then never answered, as when a network drops packets.
 */
export class SwitchableProxy {
  private server: net.Server | null = null;
  private silent = false;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    this.silent = false;
    if (this.server) return;
    this.server = net.createServer((client) => {
      if (this.silent) return this.hold(client);
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Open connections are cut; new ones are accepted and never answered, until `up()`. */
  silence(): void {
    this.silent = true;
    for (const socket of this.sockets) socket.destroy();
  }

  private hold(client: net.Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
