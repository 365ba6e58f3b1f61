import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page of a PDF, read with pdf.js (as a reader's PDF viewer would show it). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[] }> {
  const document = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(document, { mergePages: false });
  return { pages: text };
}
