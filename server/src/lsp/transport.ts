/**
 * The server's connection to its client. Over stdio the server makes the message reader itself
 * (vscode-jsonrpc's own), so that a frame it cannot read ends the process with a message on
 * stderr: after a bad `Content-Length` or a body that is not JSON the reader has lost the frame
 * boundaries, and a server that stayed alive would be deaf while the editor waits for it. Exiting
 * lets the client start a fresh one.
 */
import { format } from 'node:util';
import {
  createConnection,
  LSPErrorCodes,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type ConnectionStrategy,
  type DataCallback,
  type Disposable,
  type RequestMessage,
  type ResponseMessage,
} from './library';
import type { Lang, Localized } from '../core/types';

/** A stdio reader that remembers whether the client asked the server to shut down. */
class StdioReader extends StreamMessageReader {
  shutdownAsked = false;

  override listen(callback: DataCallback): Disposable {
    return super.listen((message) => {
      if ((message as { method?: unknown }).method === 'shutdown') this.shutdownAsked = true;
      callback(message);
    });
  }
}

const UNREADABLE: Localized = {
  kk: 'service-standard: клиенттен оқылмайтын хабар келді, сервер тоқтайды (редактор оны қайта іске қосады)',
  ru: 'service-standard: от клиента пришло нечитаемое сообщение, сервер завершает работу (редактор запустит его заново)',
  en: 'service-standard: the client sent a message that cannot be read; the server exits so that the editor starts it again',
};

/**
 * A request the client cancels while it still waits in the queue is answered at once as cancelled
 * and never run: an editor cancels the folding, links and outline of a version as soon as the next
 * keystroke comes, and running them anyway (tens of milliseconds and hundreds of kilobytes on a
 * large standard) would hold that keystroke's diagnostics back.
 */
export const STRATEGY: ConnectionStrategy = {
  cancelUndispatched: (message): ResponseMessage => ({
    jsonrpc: '2.0',
    id: (message as RequestMessage).id,
    error: { code: LSPErrorCodes.RequestCancelled, message: 'The request was cancelled.' },
  }),
};

/** The connection for the process's command line; `lang` names the language of the exit message. */
export function openConnection(lang: () => Lang, argv: string[] = process.argv): Connection {
  if (!argv.includes('--stdio')) return createConnection(ProposedFeatures.all, STRATEGY);
  const reader = new StdioReader(process.stdin);
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), STRATEGY);
  reader.onError((err) => {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 200);
    process.stderr.write(`${UNREADABLE[lang()]}: ${reason}\n`);
    process.exit(2);
  });
  // What the library does for its own stdio streams: the client gone means the server goes too.
  reader.onClose(() => process.exit(reader.shutdownAsked ? 0 : 1));
  // Nothing may write to stdout but the connection.
  for (const k of ['log', 'info', 'debug'] as const) console[k] = (...a: unknown[]) => connection.console.log(format(...a));
  return connection;
}
