/**
 * pdfkit 0.20 copies Title, Author, Subject and Keywords into the XMP metadata without escaping
 * them, so a title with "&" or "<" would make the XMP packet malformed XML. The Info dictionary is
 * written before the XMP (PDFDocument.end: info, fonts, outline, markings, then endMetadata), so
 * escaping the values just before endMetadata fixes the XMP and leaves the Info strings as they are.
 */
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface PdfkitMetadataDoc {
  info: Record<string, unknown>;
  endMetadata(): void;
}

export function escapeXmpInfo(doc: PdfkitMetadataDoc): void {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer']) {
      const v = doc.info[key];
      if (typeof v === 'string') doc.info[key] = escapeXml(v);
    }
    endMetadata();
  };
}
