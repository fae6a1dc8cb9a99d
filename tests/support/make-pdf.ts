import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A page of a test PDF: its body lines, top to bottom. */
export type PdfPage = readonly string[];

export interface MakePdfOptions {
  title?: string;
  /** A running header printed at the top of every page; `#` becomes the page number. */
  header?: string;
  /** A running footer printed at the bottom of every page; `#` becomes the page number. */
  footer?: string;
}

/**
 * Makes a PDF in the test itself, one line of text per body line, so no binary fixture is
 * committed and every test says what its document holds.
 */
export async function makePdf(pages: readonly PdfPage[], options: MakePdfOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  if (options.title !== undefined) document.setTitle(options.title);
  const font = await document.embedFont(StandardFonts.Helvetica);
  pages.forEach((lines, index) => {
    const page = document.addPage([595, 842]);
    const number = String(index + 1);
    if (options.header !== undefined)
      page.drawText(options.header.replace('#', number), { x: 50, y: 800, size: 9, font });
    let y = 760;
    for (const line of lines) {
      if (line === '') {
        y -= 10; // a blank line: a paragraph break
        continue;
      }
      page.drawText(line, { x: 50, y, size: 11, font });
      y -= 14;
    }
    if (options.footer !== undefined)
      page.drawText(options.footer.replace('#', number), { x: 50, y: 30, size: 9, font });
  });
  return document.save();
}
