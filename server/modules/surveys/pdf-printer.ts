import { createRequire } from 'node:module';
import path from 'node:path';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// pdfmake's bundled Roboto covers Latin (å ä ö, Somali) but not Arabic script.
const robotoDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

pdfMake.setFonts({
  Roboto: {
    normal: path.join(robotoDir, 'Roboto-Regular.ttf'),
    bold: path.join(robotoDir, 'Roboto-Medium.ttf'),
    italics: path.join(robotoDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(robotoDir, 'Roboto-MediumItalic.ttf'),
  },
});
// Documents are built from our own data only: never fetch a URL, read only the bundled fonts.
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(robotoDir));

/** Renders a pdfmake document definition to PDF bytes on the server. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfMake.createPdf(definition).getBuffer();
}
