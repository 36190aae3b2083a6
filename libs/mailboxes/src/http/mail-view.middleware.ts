import { Injectable, NestMiddleware } from '@nestjs/common';
import { NotFoundException } from '@gru/errors';
import type { NextFunction, Request, Response } from 'express';
import { parseMail } from '../parsing/parse-mail';
import { sanitiseMailHtml } from '../parsing/sanitise-html';
import { MailStore } from '../store/mail-store.service';
import { MAIL_HTML_WITH_IMAGES_CSP, mailHtmlDocument } from './mail-html-policy';
import { MailViewTickets } from './mail-view-tickets.service';

const PATH = /\/requests\/([0-9a-f-]{36})\/emails\/([0-9a-f-]{36})\/html\/?$/i;

/**
 * `GET /requests/:id/emails/:mailId/html?remoteImages=true&ticket=…` without a bearer token: the
 * frame of the request page loading the document the ticket was issued for (the bearer call,
 * through the route's roles and request access checks, issued it). Answers HTML under the one
 * policy that lets remote images in; any other call goes on to the route.
 */
@Injectable()
export class MailViewMiddleware implements NestMiddleware {
  constructor(
    private readonly tickets: MailViewTickets,
    private readonly store: MailStore,
  ) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    const { ticket, remoteImages, fold } = request.query;
    const match = PATH.exec(request.path);
    if (
      request.method !== 'GET' ||
      typeof ticket !== 'string' ||
      remoteImages !== 'true' ||
      request.headers.authorization ||
      !match
    )
      return next();
    const [, requestId, mailId] = match;
    try {
      if (!(await this.tickets.redeem(ticket, { requestId, mailId })))
        throw new NotFoundException('mail-view', mailId);
      const message = await this.store.get(mailId);
      if (!message || message.requestId !== requestId || !message.rawKey)
        throw new NotFoundException('mail-message', mailId);
      const parsed = await parseMail(await this.store.readRaw(message.rawKey));
      const html = parsed.html ? sanitiseMailHtml(parsed.html, { remoteImages: true }) : '';
      response
        .status(200)
        .setHeader('Content-Security-Policy', MAIL_HTML_WITH_IMAGES_CSP)
        .setHeader('Cache-Control', 'no-store')
        .setHeader('Referrer-Policy', 'no-referrer')
        .type('html')
        .send(mailHtmlDocument(html, fold === 'true'));
    } catch (error) {
      next(error);
    }
  }
}
