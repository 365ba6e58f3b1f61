import type { PrivacyTexts } from './sv';

const so: PrivacyTexts = {
  title: 'Qarsoodinimada – sida aan u maareyno xogtaada',
  intro:
    '{org} ayaa mas’uul ka ah xogta aad halkan ku bixiso: marka aad wax soo sheegto, aad ka jawaabto sahanka amniga, ama marka aan maareyno kiis. Boggan wuxuu sheegayaa waxa aan kaydino, sababta, muddada aan kaydino iyo xuquuqdaada.',
  introGeneral:
    'Shirkadda guryaha ee kaa codsatay inaad wax soo sheegto ama ka jawaabto ayaa mas’uul ka ah xogtaada. Magaceeda iyo xiriirkeeda waxaa ku qoran warqadda ama iimaylka aad heshay iyo bogga warbixinnada ee shirkadda.',
  controllerHeading: 'Mas’uulka xogta shakhsiga ah',
  orgNumber: 'Lambarka diiwaangelinta shirkadda',
  dpoHeading: 'Sarkaalka ilaalinta xogta',
  contactHeading: 'Su’aalaha ku saabsan xogtaada',
  email: 'Iimayl',
  phone: 'Telefoon',
  web: 'Websaydh',
  contactsMissing:
    'Shirkadda guryaha weli halkan kuma darin xiriirkeeda. Inta ka horraysa, la xiriir adeegga macaamiisha ee shirkadda.',
  purposesHeading: 'Waxa aan xogta u isticmaalno',
  purposeReports:
    'Warbixinnada: si aan u hagaajino waxa aad soo sheegto, kuugu jawaabno haddii aad rabto, una la socono amniga xaafadda. Waxaan kaydinnaa sharraxaadda, goobta, sawirrada iyo – oo keliya haddii aad bixiso – magacaaga, iimaylkaaga iyo lambarka telefoonkaaga.',
  purposeSurveys:
    'Sahanka amniga: si aan u cabbirno sida dadka deggan ay ammaan u dareemaan, xaafad kasta. Jawaabaha waxaa lagu kaydiyaa magac la’aan, waxaana la muujiyaa oo keliya iyagoo la isku daray, weligoodna looma muujiyo koox ka yar shan jawaabood. Koodhka ku jira warqadda ama iimaylka wuxuu u jiraa oo keliya in qoys kastaa mar keliya ka jawaabo.',
  purposeCases:
    'Kiisaska: marka warbixin ay ku saabsan tahay buuq, dembi la tuhunsan yahay ama arrin kale oo xasaasi ah, waxay noqon kartaa kiis. Markaas waxaa akhriya oo keliya dadka ka shaqeeya kiiska, akhris kastana waa la diiwaangeliyaa.',
  basisHeading: 'Sababta naloo oggol yahay inaan xogta maareyno (saldhigga sharciga)',
  basisPublic:
    'Warbixinnada iyo sahannada: {org} waa shirkad guryeed oo ay leedahay dowladda hoose (kommun). Shaqada amniga waa hawl loo qabto danta guud (qodobka 6.1 e ee Xeerka Guud ee Ilaalinta Xogta, GDPR).',
  basisLegitimate:
    'Warbixinnada iyo sahannada: danta sharciga ah ee shirkadda guryaha ay u leedahay in xaafaddu ammaan ahaato oo guryuhu xaalad wanaagsan ku jiraan (qodobka 6.1 f ee GDPR).',
  basisGeneral:
    'Warbixinnada iyo sahannada: shirkad guryeed oo ay leedahay dowladda hoose, shaqada amniga waa hawl loo qabto danta guud (qodobka 6.1 e ee GDPR); shirkadaha kale ee guryaha, waxay ku salaysan tahay danta sharciga ah ee shirkaddu u leedahay in xaafaddu ammaan ahaato (qodobka 6.1 f).',
  basisCases:
    'Kiisaska: si loo caddeeyo, loo dhaqan geliyo ama looga difaaco sheegasho sharci, tusaale ahaan kiis kiro (qodobbada 6.1 f iyo 9.2 f; xogta dembiyada qodobka 10 iyo sharciga ilaalinta xogta ee Iswiidhan).',
  basisNoConsent:
    'Xogta dembiyada weligeen uma maareyno anagoo oggolaansho saldhig ka dhiganayna. Xiriirkaaga waxaan kaydinnaa oo keliya haddii adigu bixiso, waxaadna tirtiri kartaa wakhti kasta bogga aad kala socoto warbixintaada.',
  recipientsHeading: 'Cidda helaysa xogta',
  recipientsStaff:
    'Shaqaalaha shirkadda guryaha ee ka shaqeeya warbixinta ama kiiska. Xiriirkaaga waxaa arka oo keliya qofka maareeya warbixinta.',
  recipientsPartners:
    'Booliska, degmada iyo la-hawlgalayaasha kale waxay helaan oo keliya tirooyin la isku daray xaafad kasta, weligoodna ma helaan magacyo, xiriir ama waxa aad qortay.',
  recipientsOpen311:
    'Adeegga furan ee Open311 wuxuu muujiyaa nooca warbixinta, xaaladdeeda, taariikhaha iyo goobta qiyaas ahaan (xaafadda). Waxa aad qortay, sawirradaada, goobta saxda ah iyo xiriirkaaga lama daabaco.',
  recipientsForward:
    'Haddii warbixintu ku saabsan tahay wax uu qof kale leeyahay, tusaale ahaan degmada, warbixinta ayaan iyaga u gudbinaynaa.',
  recipientsTransfers:
    'Nidaamka Trygg ayaa xogta u maareeya shirkadda guryaha. Wax xog ah looma gudbiyo wadamo ka baxsan EU/EEA.',
  retentionHeading: 'Muddada aan xogta kaydinno',
  retentionContact: 'Xiriirkaaga: {period} kadib marka warbixinta la xiro.',
  retentionReportText:
    'Sharraxaadda warbixinta: {period} kadib marka warbixinta la xiro. Intaas kadib waxaa hara oo keliya tirada.',
  retentionPhotos: 'Sawirrada: {period} kadib marka warbixinta la xiro.',
  retentionSurveyCodes:
    'Koodhadhka sahanka iyo casuumadaha: {period} kadib marka sahanka la xiro. Cinwaanka iimaylka ee casuumad loo diray waa la tirtiraa marka aad jawaabto, marka xasuusinta la diro, ama ugu dambayn {days} kadib.',
  retentionSurveyAnswers:
    'Jawaabaha sahanka: waxaa lagu kaydiyaa iyagoo aan lagula xiriirin adiga ama gurigaaga, si sanadaha loo isbarbardhigo.',
  retentionOutbox: 'Nuqullada iimaylada aan kuu soo dirnay: {period}.',
  retentionCases: 'Kiisaska: {period} kadib marka kiiska la xiro.',
  retentionAuditLog: 'Diiwaanka cidda akhrisay ama beddeshay xogta: {period}.',
  monthOne: '1 bil',
  months: '{n} bilood',
  days: '{n} maalmood',
  rightsHeading: 'Xuquuqdaada',
  rightsIntro: 'Waxaad xaq u leedahay:',
  rightAccess: 'inaad ogaato xogta aan kaa hayno oo aad hesho nuqul ka mid ah (helitaan)',
  rightRectification: 'in khaladaadka laguu saxo (sixid)',
  rightErasure:
    'in xogta la tirtiro marka aan loo baahnayn ama haddii aan naloo oggolayn inaan maareyno (tirtirid)',
  rightRestriction:
    'inaad naga codsato inaan xilligan xogta kaydinno oo keliya, tusaale ahaan inta aan hubinayno (xaddidid)',
  rightObjection:
    'inaad diiddo isticmaalkayaga xogta marka saldhiggu yahay danta guud ama dan sharci ah (diidmo)',
  rightsHow:
    'U qor cinwaanka ku qoran “Su’aalaha ku saabsan xogtaada” ama sarkaalka ilaalinta xogta. Jawaabaha sahanka ma bixin karno mana tirtiri karno, maxaa yeelay laguma xidhi karo adiga.',
  complaintHeading: 'Cabasho',
  complaint:
    'Haddii aad u malaynayso inaan xogtaada si khaldan u maareyno, waxaad cabasho u gudbin kartaa Hay’adda Ilaalinta Qarsoodinimada ee Iswiidhan (Integritetsskyddsmyndigheten, IMY), oo ah hay’adda kormeerka.',
  complaintLink: 'Integritetsskyddsmyndigheten – imy.se',
  back: 'Dib u noqo',
};
export default so;
