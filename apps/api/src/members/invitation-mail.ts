import { Locale } from '@ogp-forum/domain';
import type { Mail } from '../mail/mail.service.js';

/** The invitation e-mail, in the invitee's language with the other one below it. */
export function invitationMail(to: string, name: string, link: string, locale: Locale, expiresAt: Date): Mail {
  const until = expiresAt.toISOString().slice(0, 10);
  const en = [
    `Hello ${name},`,
    '',
    'You have been invited to the OGP Forum, where government and civil society monitor the National Action Plan together.',
    `Set your password here (the link works once, until ${until}):`,
    '',
    link,
  ].join('\n');
  const ko = [
    `${name}님, 안녕하세요.`,
    '',
    '정부와 시민사회가 함께 국가실행계획을 점검하는 OGP 포럼에 초대되었습니다.',
    `아래 링크에서 비밀번호를 설정하세요 (${until}까지 한 번만 사용할 수 있습니다):`,
    '',
    link,
  ].join('\n');
  const [first, second] = locale === Locale.ko ? [ko, en] : [en, ko];
  return {
    to,
    subject: locale === Locale.ko ? 'OGP 포럼 초대 / Invitation to the OGP Forum' : 'Invitation to the OGP Forum / OGP 포럼 초대',
    text: `${first}\n\n----\n\n${second}\n`,
  };
}
