/** @jsxImportSource preact */
import type { PrivacyContactsView } from '../../../../common/contracts/privacy-notice';
import type { PrivacyTranslate } from './privacy-texts';

type Props = { contacts: PrivacyContactsView | null; pt: PrivacyTranslate };

/** The controller, its data-protection officer and where to ask; names and numbers as given. */
export function NoticeContacts({ contacts, pt }: Props) {
  if (!contacts) return <p class="notice">{pt('contactsMissing')}</p>;
  return (
    <div class="privacy-contacts">
      <section aria-labelledby="privacy-controller">
        <h2 id="privacy-controller">{pt('controllerHeading')}</h2>
        <p>
          <strong>{contacts.controllerName}</strong>
          <br />
          {pt('orgNumber')}: <span dir="ltr">{contacts.controllerOrgNumber}</span>
          <br />
          {contacts.controllerAddress}
        </p>
      </section>
      <section aria-labelledby="privacy-dpo">
        <h2 id="privacy-dpo">{pt('dpoHeading')}</h2>
        <Reach
          name={contacts.dpoName}
          email={contacts.dpoEmail}
          phone={contacts.dpoPhone}
          web={null}
          pt={pt}
        />
      </section>
      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{pt('contactHeading')}</h2>
        <Reach
          name={null}
          email={contacts.contactEmail}
          phone={contacts.contactPhone}
          web={contacts.contactWeb}
          pt={pt}
        />
      </section>
    </div>
  );
}

type ReachProps = {
  name: string | null;
  email: string;
  phone: string | null;
  web: string | null;
  pt: PrivacyTranslate;
};

/** Addresses and numbers read left to right even on a right-to-left page. */
function Reach({ name, email, phone, web, pt }: ReachProps) {
  return (
    <>
      {name && <p class="privacy-name">{name}</p>}
      <dl class="privacy-reach">
        <dt>{pt('email')}</dt>
        <dd>
          <a href={`mailto:${email}`} dir="ltr">
            {email}
          </a>
        </dd>
        {phone && (
          <>
            <dt>{pt('phone')}</dt>
            <dd>
              <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {phone}
              </a>
            </dd>
          </>
        )}
        {web && (
          <>
            <dt>{pt('web')}</dt>
            <dd>
              <a href={web} dir="ltr" rel="noopener">
                {web}
              </a>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
