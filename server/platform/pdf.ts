import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/**
 * pdfmake on Node keeps its fonts and access policies in one module-wide object. Roboto ships
 * with it and has å, ä and ö; the policies let a document read only those font files and fetch
 * no URL, so nothing in a document definition can make the server read or request anything else.
 * Set right before each createPdf (which copies them synchronously), so no other user of the
 * module-wide object can change what a document may read. The one way Trygg makes PDFs (code
 * letters, area reports).
 */
function configure() {
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  pdfmake.setUrlAccessPolicy(() => false);
}

/** Renders a document definition to a PDF file in memory. */
export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf({ defaultStyle: { font: 'Roboto' }, ...document }).getBuffer();
}
