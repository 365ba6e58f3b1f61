import type { Content } from 'pdfmake/interfaces';
import { renderPdf } from '../../platform/pdf';
import type { SubjectExport } from './subject-export';
import { pdfLanguageOf, subjectPdfText } from './subject-pdf-text';

type Words = (typeof subjectPdfText)['sv'];
type ExportedReport = SubjectExport['reports'][number];

const when = (iso: string, language: 'sv' | 'en') =>
  new Date(iso).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: 'Europe/Stockholm' });

const line = (label: string, value: string | null | undefined): Content[] =>
  value ? [{ text: [{ text: `${label}: `, bold: true }, value] }] : [];

function reportBlock(report: ExportedReport, words: Words, language: 'sv' | 'en'): Content {
  const contact = [report.contact.name, report.contact.email, report.contact.phone]
    .filter(Boolean)
    .join(', ');
  const position = report.position ? `${report.position.lat}, ${report.position.lon}` : null;
  const timeline = report.timeline
    .filter((entry) => entry.publicText || entry.internalNote)
    .map((entry) => ({
      text: [
        `${when(entry.at, language)} (${words.statuses[entry.status] ?? entry.status}): `,
        entry.publicText ?? '',
        entry.internalNote ? ` — ${words.internalNote}: ${entry.internalNote}` : '',
      ],
    }));
  return {
    margin: [0, 10, 0, 0],
    stack: [
      { text: `${words.trackingCode} ${report.trackingCode}`, style: 'heading' },
      ...line(words.category, report.category),
      ...line(words.status, words.statuses[report.status] ?? report.status),
      ...line(words.receivedAt, when(report.receivedAt, language)),
      ...line(words.description, report.description),
      ...line(words.place, report.place),
      ...line(words.position, position),
      ...line(words.contact, contact),
      ...line(words.reply, report.reply),
      ...(timeline.length ? [{ text: words.timeline, bold: true }, { ul: timeline }] : []),
      ...(report.photos.length ? [{ text: words.photos(report.photos.length) }] : []),
    ],
  };
}

/** The export as a readable PDF, in the person's language where it is Swedish or English. */
export function subjectPdf(data: SubjectExport): Promise<Buffer> {
  const language = pdfLanguageOf(data.language);
  const words = subjectPdfText[language];
  const mails = data.mails.map((mail) => ({
    margin: [0, 4, 0, 0] as [number, number, number, number],
    stack: [
      { text: `${when(mail.at, language)} → ${mail.to}: ${mail.subject}`, bold: true },
      { text: mail.text },
    ],
  }));
  const invitations = data.surveyInvitations.map((i) => ({
    text: `${when(i.sentAt, language)}: ${i.survey}`,
  }));
  const section = (title: string, items: Content[]): Content[] => [
    { text: title, style: 'section' },
    ...(items.length ? items : [{ text: words.none }]),
  ];
  return renderPdf({
    info: { title: `${words.title} — ${data.reference}` },
    content: [
      { text: words.title, style: 'title' },
      { text: words.intro(data.organization), margin: [0, 0, 0, 6] },
      ...line(words.reference, data.reference),
      ...line(words.exportedAt, when(data.exportedAt, language)),
      ...section(
        words.reports,
        data.reports.map((report) => reportBlock(report, words, language)),
      ),
      ...section(words.mails, mails),
      ...section(words.invitations, invitations),
      ...(data.isStaffUser ? [{ text: words.staff, margin: [0, 12, 0, 0] } as Content] : []),
    ],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 14, bold: true, margin: [0, 16, 0, 4] },
      heading: { fontSize: 12, bold: true },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  });
}
