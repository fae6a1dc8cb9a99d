/**
 * `npm run bench:evidence`: times the two network-free halves of the evidence tools on this machine:
 * capturing a 100-page PDF with `npm run new:source`, and a rot check of 500 sources (each with a
 * url and an archive copy, 1,000 addresses) served from loopback with `npm run check:sources`.
 * Each is a fresh process, as an editor runs it; the loopback server runs in this process.
 *
 *   --pages <n>      pages of the PDF (default 100)
 *   --sources <n>    sources of the rot check (default 500)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { NODE, REPO_ROOT } from './paths.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '100' }, sources: { type: 'string', default: '500' } },
});
const PAGES = Number(values.pages);
const SOURCES = Number(values.sources);

function timed(args: string[]): Promise<{ seconds: number; status: number | null; stdout: string }> {
  const started = process.hrtime.bigint();
  return new Promise((done) => {
    const child = spawn(NODE, args, { cwd: REPO_ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (status) => {
      done({ seconds: Number(process.hrtime.bigint() - started) / 1e9, status, stdout });
    });
  });
}

/** Body lines vary from page to page, as a report's do, so none is taken for a running header. */
const SENTENCES = [
  'The panel investigated reported attacks on financial institutions in seventeen countries.',
  'Member States are invited to report further attacks to the committee without delay.',
  'Total proceeds to date were estimated at up to two billion US dollars, the panel said.',
  'Cryptocurrency exchanges were a growing target because stolen coins move quickly.',
  'The committee discussed the findings with the States concerned in closed session.',
  'The panel recommends that financial institutions share information on such attacks.',
  'Several of the attacks used malware that had been seen in earlier incidents abroad.',
];

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-bench-evidence-'));
try {
  // A report of PAGES pages, 45 lines each, with a running header and footer.
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= PAGES; page++) {
    const sheet = document.addPage([595, 842]);
    sheet.drawText('S/2019/691 Panel of Experts', { x: 50, y: 810, size: 9, font });
    for (let line = 0; line < 45; line++)
      sheet.drawText(`${page}.${line} ${SENTENCES[(page + line) % SENTENCES.length]!}`, {
        x: 50,
        y: 780 - line * 15,
        size: 10,
        font,
      });
    sheet.drawText(`Page ${page} of ${PAGES}`, { x: 270, y: 30, size: 9, font });
  }
  const pdf = join(scratch, 'report.pdf');
  writeFileSync(pdf, await document.save());
  mkdirSync(join(scratch, 'pdf/content'), { recursive: true });
  const capture = await timed(['scripts/new-source.ts', '--root', join(scratch, 'pdf'), '--id', 'report', pdf]);
  console.log(`capture of a ${PAGES}-page PDF: ${capture.seconds.toFixed(2)} s (exit ${capture.status})`);

  // SOURCES sources, each with its own page and archive copy on loopback.
  const page = `<!doctype html><html><head><title>Report</title></head><body><nav>Home</nav><article><h1>Report</h1>${'<p>The panel investigated at least 35 reported instances of attacks on banks and cryptocurrency exchanges in seventeen countries, diplomats said.</p>'.repeat(6)}</article><footer>Copyright</footer></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(page);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const root = join(scratch, 'rot');
  for (const folder of ['sources', 'briefings']) mkdirSync(join(root, 'content', folder), { recursive: true });
  for (let index = 0; index < SOURCES; index++)
    writeFileSync(
      join(root, `content/sources/s${index}.yaml`),
      `title: Report ${index}\npublisher: Wire\nkind: news-report\nurl: ${origin}/page/${index}\narchive:\n  url: ${origin}/web/20261101000000/page/${index}\n  date: 2026-11-01\n`,
    );
  const rot = await new Promise<Awaited<ReturnType<typeof timed>>>((done) => {
    // The server answers in this process, so the check runs as a child without blocking it.
    void timed(['scripts/check-sources.ts', '--root', root, '--host-delay', '0', '--concurrency', '8']).then(done);
  });
  server.close();
  console.log(
    `rot check of ${SOURCES} sources (${SOURCES * 2} addresses, loopback, --host-delay 0 --concurrency 8): ${rot.seconds.toFixed(2)} s (exit ${rot.status}; ${rot.stdout.trim().split('\n').at(-1)})`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
