import type { ErrorCode } from '../errors';
import type { Locale } from '../roles';

/** What the API says for each error code, in the user's language. */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  sv: {
    validation_failed: 'Några uppgifter är felaktiga. Rätta fälten som anges och försök igen.',
    not_authenticated: 'Du är inte inloggad.',
    two_factor_required: 'Ange koden från din autentiseringsapp.',
    forbidden: 'Du har inte behörighet att göra detta.',
    not_found: 'Det du söker finns inte.',
    conflict: 'Det finns redan något med samma värde.',
    csrf_failed: 'Sidan har blivit för gammal. Ladda om och försök igen.',
    rate_limited: 'För många försök. Vänta en stund och försök igen.',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    payload_too_large: 'Det du skickade är för stort.',
    unsupported_media_type: 'Filtypen stöds inte.',
    import_failed: 'Importen stoppades: inget sparades. Rätta raderna som anges och försök igen.',
    survey_code_used: 'Den här koden har redan använts. Tack för att du svarade!',
    survey_closed: 'Enkäten tar inte emot svar just nu. Tack för att du ville svara!',
    mail_unavailable:
      'Den här installationen kan inte skicka e-post, så ingen länk kan skickas. Be en administratör i din organisation om hjälp.',
    survey_link_replaced:
      'Den här länken används inte längre. Skanna QR-koden på det nya anslaget i trapphuset, eller använd koden i ditt brev. Tack för att du vill svara!',
    service_unavailable: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
    internal: 'Något gick fel hos oss. Försök igen om en stund.',
  },
  en: {
    validation_failed: 'Some details are wrong. Correct the fields named and try again.',
    not_authenticated: 'You are not logged in.',
    two_factor_required: 'Enter the code from your authenticator app.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'What you are looking for does not exist.',
    conflict: 'Something with the same value already exists.',
    csrf_failed: 'The page is out of date. Reload it and try again.',
    rate_limited: 'Too many attempts. Wait a moment and try again.',
    invalid_credentials: 'Wrong e-mail address or password.',
    payload_too_large: 'What you sent is too large.',
    unsupported_media_type: 'The file type is not supported.',
    import_failed: 'The import stopped and nothing was saved. Correct the rows named and try again.',
    survey_code_used: 'This code has already been used. Thank you for answering!',
    survey_closed: 'The survey is not taking answers right now. Thank you for wanting to answer!',
    mail_unavailable:
      'This installation cannot send e-mail, so no link can be sent. Ask an administrator of your organization for help.',
    survey_link_replaced:
      'This link is no longer in use. Scan the QR code on the new notice in your stairwell, or use the code in your letter. Thank you for wanting to answer!',
    service_unavailable: 'The service is temporarily unavailable. Try again in a moment.',
    internal: 'Something went wrong on our side. Try again in a moment.',
  },
};

const svDuration = (seconds: number) =>
  seconds < 120
    ? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`
    : `${Math.ceil(seconds / 60)} minuter`;
const enDuration = (seconds: number) =>
  seconds < 120 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `${Math.ceil(seconds / 60)} minutes`;

/** rate_limited when the server knows how long to wait (it also sends Retry-After). */
export const waitMessages: Record<Locale, (seconds: number) => string> = {
  sv: (seconds) => `För många försök. Försök igen om ${svDuration(seconds)}.`,
  en: (seconds) => `Too many attempts. Try again in ${enDuration(seconds)}.`,
};

/** Messages for single-field validation problems, keyed by a small set of kinds. */
export const fieldMessages: Record<Locale, Record<string, (p: Record<string, unknown>) => string>> = {
  sv: {
    required: () => 'måste anges',
    invalid_type: (p) => `har fel typ (väntade ${p.expected})`,
    too_small: (p) => `är för kort eller litet (minst ${p.minimum})`,
    too_big: (p) => `är för långt eller stort (högst ${p.maximum})`,
    invalid_format: (p) => `har fel format (${p.format})`,
    invalid_value: (p) => `måste vara ett av: ${p.values}`,
    unrecognized_keys: (p) => `okända fält: ${p.keys}`,
    unstorable: () => 'innehåller tecken som inte kan sparas',
    empty_body: () => 'är tom, men angavs som JSON',
    invalid_json: () => 'är inte giltig JSON',
    forbidden_key: (p) => `innehåller nyckeln ${p.key}, som inte är tillåten`,
    invalid: () => 'är ogiltigt',
  },
  en: {
    required: () => 'is required',
    invalid_type: (p) => `has the wrong type (expected ${p.expected})`,
    too_small: (p) => `is too short or small (at least ${p.minimum})`,
    too_big: (p) => `is too long or large (at most ${p.maximum})`,
    invalid_format: (p) => `has the wrong format (${p.format})`,
    invalid_value: (p) => `must be one of: ${p.values}`,
    unrecognized_keys: (p) => `unknown fields: ${p.keys}`,
    unstorable: () => 'contains characters that cannot be stored',
    empty_body: () => 'is empty but was sent as JSON',
    invalid_json: () => 'is not valid JSON',
    forbidden_key: (p) => `contains the key ${p.key}, which is not allowed`,
    invalid: () => 'is invalid',
  },
};
