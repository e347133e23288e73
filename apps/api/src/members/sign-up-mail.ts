import { Locale } from '@ogp-forum/domain';
import type { Mail } from '../mail/mail.service.js';

/** Both languages, the reader's first, like the invitation (invitation-mail.ts). */
function bilingual(to: string, locale: Locale, subjects: { en: string; ko: string }, en: string[], ko: string[]): Mail {
  const [first, second] = locale === Locale.ko ? [ko, en] : [en, ko];
  return {
    to,
    subject: locale === Locale.ko ? `${subjects.ko} / ${subjects.en}` : `${subjects.en} / ${subjects.ko}`,
    text: `${first.join('\n')}\n\n----\n\n${second.join('\n')}\n`,
  };
}

/** The one-time link that confirms a citizen's address and creates their account. */
export function signUpMail(to: string, name: string, link: string, locale: Locale, expiresAt: Date): Mail {
  const until = expiresAt.toISOString().slice(0, 10);
  return bilingual(
    to,
    locale,
    { en: 'Confirm your e-mail address for the OGP Forum', ko: 'OGP 포럼 이메일 주소 확인' },
    [
      `Hello ${name},`,
      '',
      'Thank you for joining the OGP Forum. Open this link to confirm your e-mail address and start using your account',
      `(it works once, until ${until}):`,
      '',
      link,
      '',
      'If you did not sign up, ignore this e-mail: no account is created without this link.',
    ],
    [
      `${name}님, 안녕하세요.`,
      '',
      'OGP 포럼에 가입해 주셔서 감사합니다. 아래 링크를 열어 이메일 주소를 확인하면 계정을 사용할 수 있습니다',
      `(${until}까지 한 번만 사용할 수 있습니다):`,
      '',
      link,
      '',
      '가입한 적이 없다면 이 메일을 무시하세요. 이 링크 없이는 계정이 만들어지지 않습니다.',
    ],
  );
}

/** Sent instead of a link when the address already has an account, so the sign-up form's answer never tells. */
export function signUpTakenMail(to: string, name: string, signInLink: string, locale: Locale): Mail {
  return bilingual(
    to,
    locale,
    { en: 'Someone tried to sign up with your address', ko: '누군가 회원님의 주소로 가입하려 했습니다' },
    [
      `Hello ${name},`,
      '',
      'Someone (perhaps you) tried to create a new OGP Forum account with this e-mail address, which already has one.',
      'No new account was created. If it was you, sign in here:',
      '',
      signInLink,
      '',
      'If it was not you, you need not do anything.',
    ],
    [
      `${name}님, 안녕하세요.`,
      '',
      '누군가(회원님일 수도 있습니다) 이미 계정이 있는 이 이메일 주소로 OGP 포럼 계정을 새로 만들려고 했습니다.',
      '새 계정은 만들어지지 않았습니다. 회원님이었다면 여기에서 로그인하세요:',
      '',
      signInLink,
      '',
      '회원님이 아니었다면 아무것도 하지 않아도 됩니다.',
    ],
  );
}
