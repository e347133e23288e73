import { Controller, Get, Inject, Param, ParseUUIDPipe, Query, Req, Res, UseFilters } from '@nestjs/common';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Action, can, MeetingStatus } from '@ogp-forum/domain';
import type { Request, Response } from 'express';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DomainErrorHttpFilter } from '../common/errors/domain-error-http.filter.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { UUID } from '../common/graphql/id-args.js';
import { Allow } from '../common/guards/allow.decorator.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import type { User } from '../users/user.entity.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { Meeting } from './meeting.entity.js';

/**
 * The forum's meetings as iCalendar files (DESIGN.md §6), in the forum's time zone with its VTIMEZONE, so calendar apps
 * show the right local time. The online link is in the file only for a forum member who asked with their token.
 */
@Controller('calendar')
@UseFilters(DomainErrorHttpFilter)
export class CalendarController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: CalendarFeedsService,
  ) {}

  /** All meetings, or one monthly series with `?series=<id>`. */
  @Allow(Action.READ_PUBLIC)
  @Get('meetings.ics')
  async all(@Req() req: Request, @Res() res: Response, @Query('series', new ParseUUIDPipe({ optional: true })) seriesId?: string): Promise<void> {
    const meetings = await this.db.getRepository(Meeting).find({ where: seriesId ? { seriesId } : {}, order: { startsAt: 'ASC' } });
    if (seriesId && !meetings.length) throw new NotFoundError('Meeting series', seriesId);
    this.send(req, res, meetings, seriesId ? `ogp-forum-series-${seriesId}.ics` : 'ogp-forum-meetings.ics');
  }

  @Allow(Action.READ_PUBLIC)
  @Get('meetings/:file')
  async one(@Req() req: Request, @Res() res: Response, @Param('file') file: string): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    const meeting = UUID.test(id) ? await this.db.getRepository(Meeting).findOneBy({ id }) : null;
    if (!meeting) throw new NotFoundError('Meeting', id);
    this.send(req, res, [meeting], `ogp-forum-meeting-${meeting.id}.ics`);
  }

  /**
   * A member's personal feed at its secret URL (made on the account page), for calendar apps that cannot sign in: every
   * meeting, with the online link when the member may see it. An unknown or revoked secret is 404.
   */
  @Allow(Action.READ_PUBLIC)
  @Get('feeds/:file')
  async personal(@Req() req: Request, @Res() res: Response, @Param('file') file: string): Promise<void> {
    const owner = file.endsWith('.ics') ? await this.feeds.ownerOf(file.slice(0, -'.ics'.length)) : null;
    if (!owner) throw new NotFoundError('Calendar feed', 'link');
    const meetings = await this.db.getRepository(Meeting).find({ order: { startsAt: 'ASC' } });
    this.send(req, res, meetings, 'ogp-forum-my-meetings.ics', { viewer: owner, personal: true });
  }

  private send(req: Request, res: Response, meetings: Meeting[], filename: string, { viewer = req.user ?? null, personal = false }: { viewer?: User | null; personal?: boolean } = {}): void {
    const zone = this.config.timeZone;
    const member = can(viewer, Action.READ_MEMBER_CONTENT);
    const calendar = ical({ name: 'OGP Forum', prodId: { company: 'ogp-forum', product: 'meetings', language: 'EN' }, timezone: { name: zone, generator: getVtimezoneComponent } });
    const base = this.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    for (const meeting of meetings) {
      const link = `${base}/meetings/${meeting.id}`;
      const online = member ? meeting.onlineUrl : null;
      calendar.createEvent({
        id: `${meeting.id}@ogp-forum`,
        start: DateTime.fromJSDate(meeting.startsAt, { zone }),
        end: DateTime.fromJSDate(meeting.endsAt, { zone }),
        timezone: zone,
        summary: meeting.status === MeetingStatus.CANCELLED ? `[Cancelled] ${meeting.title}` : meeting.title,
        description: [meeting.description, online ? `Online: ${online}` : null, link].filter(Boolean).join('\n\n'),
        location: [meeting.place, online].filter(Boolean).join(' / ') || null,
        url: online ?? link,
        status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        // Calendar apps replace their copy of an event when its sequence grows: moving or cancelling the meeting bumps it.
        sequence: meeting.scheduleVersion,
      });
    }
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
      .setHeader('Cache-Control', member || personal ? 'private, no-store' : 'public, max-age=300')
      .send(calendar.toString());
  }
}
