import type { PrivacyTexts } from './sv';

const en: PrivacyTexts = {
  title: 'Privacy – how we handle your data',
  intro:
    '{org} is responsible for the data you give here: when you report something, answer the safety survey or when we handle a case. This page says what we keep, why, for how long and what your rights are.',
  introGeneral:
    'The housing company that asked you to report or answer is responsible for your data. Its name and contact details are in the letter or e-mail you received and on its report page.',
  controllerHeading: 'Controller',
  orgNumber: 'Company registration number',
  dpoHeading: 'Data protection officer',
  contactHeading: 'Questions about your data',
  email: 'E-mail',
  phone: 'Phone',
  web: 'Website',
  contactsMissing:
    'The housing company has not yet entered its contact details here. Until then, please contact its customer service.',
  purposesHeading: 'What we use the data for',
  purposeReports:
    'Reports: to fix what you report, answer you if you wish and follow safety in the area. We keep the description, the place, the photos and – only if you give them – your name, e-mail and phone number.',
  purposeSurveys:
    'The safety survey: to measure how safe residents feel, area by area. Answers are kept without names and shown only added up, never for a group with fewer than five answers. The code in the letter or e-mail exists only so that each household can answer once.',
  purposeCases:
    'Cases: when a report is about disturbance, a suspected crime or something else sensitive, it may become a case. Then only the people working on the case read it, and every read is logged.',
  basisHeading: 'Why we may process the data (legal basis)',
  basisPublic:
    'Reports and surveys: {org} is a municipal housing company. Safety work is a task carried out in the public interest (Article 6(1)(e) of the General Data Protection Regulation).',
  basisLegitimate:
    'Reports and surveys: the housing company’s legitimate interest in keeping the area safe and the buildings in good repair (Article 6(1)(f) of the General Data Protection Regulation).',
  basisGeneral:
    'Reports and surveys: for a municipal housing company, safety work is a task carried out in the public interest (Article 6(1)(e) of the General Data Protection Regulation); for other housing companies it rests on the company’s legitimate interest in keeping the area safe (Article 6(1)(f)).',
  basisCases:
    'Cases: to establish, exercise or defend legal claims, for example in a tenancy matter (Articles 6(1)(f) and 9(2)(f); for data about crimes Article 10 with the Swedish Data Protection Act).',
  basisNoConsent:
    'We never use consent as the basis for data about crimes. We keep contact details only if you give them yourself, and you can remove them at any time on the page where you follow your report.',
  recipientsHeading: 'Who receives the data',
  recipientsStaff:
    'The housing company’s staff who work on the report or case. Only the person handling the report sees your contact details.',
  recipientsPartners:
    'The police, the municipality and other partners receive only figures added up per area, never names, contact details or what you wrote.',
  recipientsOpen311:
    'The open Open311 interface shows a report’s category, status, dates and approximate place (the area). What you wrote, your photos, the exact place and your contact details are not published.',
  recipientsForward:
    'If the report is about something someone else owns, for example the municipality, we pass the report on to them.',
  recipientsTransfers:
    'The Trygg system handles the data on the housing company’s behalf. No data is transferred to countries outside the EU/EEA.',
  retentionHeading: 'How long we keep the data',
  retentionContact: 'Your contact details: {period} after the report is closed.',
  retentionReportText:
    'The description of a report: {period} after the report is closed. After that only the count remains.',
  retentionPhotos: 'Photos: {period} after the report is closed.',
  retentionSurveyCodes:
    'Survey codes and invitations: {period} after the survey closes. An e-mail address that received an invitation is removed when you answer, when the reminder is sent, or after {days} at the latest.',
  retentionSurveyAnswers:
    'Survey answers: kept without any link to you or your home, so that years can be compared.',
  retentionOutbox: 'Copies of e-mails we have sent you: {period}.',
  retentionCases: 'Cases: {period} after the case is closed.',
  retentionAuditLog: 'The log of who has read and changed data: {period}.',
  monthOne: '1 month',
  months: '{n} months',
  days: '{n} days',
  rightsHeading: 'Your rights',
  rightsIntro: 'You have the right to',
  rightAccess: 'know what data we hold about you and get a copy of it (access)',
  rightRectification: 'have mistakes corrected (rectification)',
  rightErasure: 'have data erased when it is no longer needed or if we may not process it (erasure)',
  rightRestriction: 'ask us to only keep the data for now, for example while we check it (restriction)',
  rightObjection:
    'object to our use of the data when the basis is public interest or legitimate interest (objection)',
  rightsHow:
    'Write to the address under “Questions about your data” or to the data protection officer. We cannot give out or erase survey answers, because they cannot be linked to you.',
  complaintHeading: 'Complaints',
  complaint:
    'If you think we handle your data wrongly, you can complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), the supervisory authority.',
  complaintLink: 'Integritetsskyddsmyndigheten – imy.se',
  back: 'Back',
};
export default en;
