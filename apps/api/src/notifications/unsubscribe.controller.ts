import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { Action } from '@ogp-forum/domain';
import type { Response } from 'express';
import escapeHtml from 'escape-html';
import { Allow } from '../common/guards/allow.decorator.js';
import { NotificationMailService } from './notification-mail.service.js';

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
  `<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">${body}</body></html>`;

/**
 * The link in every notification e-mail's List-Unsubscribe header (RFC 8058). A mail client's one-click POST turns that
 * topic's e-mail off without signing in; a person opening the link gets a page with the button to do it (a GET never
 * changes anything: mail scanners open links).
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly mail: NotificationMailService) {}

  // Anyone holding the link: the signed token is the permission.
  @Allow(Action.READ_PUBLIC)
  @Get(':token')
  confirm(@Param('token') token: string, @Res() res: Response): void {
    if (!this.mail.readUnsubscribeToken(token)) {
      res.status(404).type('html').send(PAGE('Unknown link', '<h1>This link is not valid</h1><p>이 링크는 유효하지 않습니다.</p>'));
      return;
    }
    res.type('html').send(
      PAGE(
        'Unsubscribe',
        `<h1>Stop these e-mails? <span lang="ko">이 메일 수신을 중단할까요?</span></h1>` +
          `<p>You will still see these notifications in the forum. <span lang="ko">알림은 포럼 안에서 계속 볼 수 있습니다.</span></p>` +
          `<form method="post" action="/unsubscribe/${escapeHtml(encodeURIComponent(token))}"><button type="submit">Unsubscribe · 수신 중단</button></form>`,
      ),
    );
  }

  @Allow(Action.READ_PUBLIC)
  @Post(':token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    if (!(await this.mail.unsubscribe(token))) {
      res.status(404).type('html').send(PAGE('Unknown link', '<h1>This link is not valid</h1><p>이 링크는 유효하지 않습니다.</p>'));
      return;
    }
    res.type('html').send(PAGE('Unsubscribed', '<h1>Done: no more of these e-mails</h1><p lang="ko">완료: 더 이상 이 메일을 보내지 않습니다.</p><p>Change your notification settings on your account page any time. · 계정 페이지에서 언제든 알림 설정을 바꿀 수 있습니다.</p>'));
  }
}
