import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { signatureBlock, type FrozenAgreementDocument } from '@luotsi/caregiving-domain';

const pageSize: [number, number] = [595.28, 841.89]; // A4 in points
const margin = 56;
const bodySize = 11;
const lineHeight = 15;

/** Splits a paragraph into lines that fit `width` in `font` at `size`, at spaces. */
function wrap(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const words = paragraph.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

/**
 * The frozen agreement as a PDF: the title, the version, the text exactly as signed (paragraph by
 * paragraph) and the carer's signature. Standard Helvetica (WinAnsi) covers Finnish and Swedish
 * letters; templates with other characters are refused before they are saved. The document's
 * dates are the signature's, so the bytes depend only on what was signed.
 */
export async function renderAgreementPdf(document: FrozenAgreementDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(document.title);
  pdf.setSubject(document.reference);
  pdf.setLanguage(document.language);
  pdf.setCreator('Luotsi');
  pdf.setProducer('Luotsi');
  pdf.setCreationDate(document.carerSignature.signedAt);
  pdf.setModificationDate(document.carerSignature.signedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = pageSize[0] - 2 * margin;

  let page = pdf.addPage(pageSize);
  let y = pageSize[1] - margin;
  const write = (text: string, font: PDFFont, size: number, gap = lineHeight) => {
    for (const line of wrap(text, font, size, width)) {
      if (y - gap < margin) {
        page = pdf.addPage(pageSize);
        y = pageSize[1] - margin;
      }
      y -= gap;
      page.drawText(line, { x: margin, y, size, font });
    }
  };

  write(document.title, bold, 16, 22);
  write(document.reference, regular, 9, 14);
  y -= 10;
  for (const paragraph of document.text.replace(/\r\n?/g, '\n').split('\n')) {
    if (paragraph.trim() === '') y -= lineHeight / 2;
    else write(paragraph.replace(/\t/g, '    '), regular, bodySize);
  }
  y -= lineHeight;
  const [heading, ...rest] = signatureBlock(document);
  write(heading ?? '', bold, bodySize);
  for (const line of rest) write(line, regular, bodySize);
  return pdf.save();
}
