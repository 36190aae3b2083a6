import PDFDocument from 'pdfkit';

export interface MonthlyReportContent {
  readonly title: string;
  readonly sections: readonly {
    readonly heading: string;
    readonly lines: readonly (readonly [label: string, value: string])[];
  }[];
}

/** Renders the monthly report as a PDF (the only file importing pdfkit). */
export function renderMonthlyReportPdf(content: MonthlyReportContent): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: content.title } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.font('Helvetica-Bold').fontSize(18).text(content.title);
  document.moveDown();
  for (const section of content.sections) {
    document.font('Helvetica-Bold').fontSize(13).text(section.heading);
    document.moveDown(0.3);
    document.font('Helvetica').fontSize(10);
    for (const [label, value] of section.lines) document.text(`${label} : ${value}`);
    document.moveDown();
  }
  document.end();
  return done;
}
