import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, MoreThan, Repository } from 'typeorm';
import { checkPageSize, Connection, decodeCursor, toConnection } from '../common/graphql/connection.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { Commitment } from './commitment.entity.js';
import { CommitmentFilter } from './dto/commitment-filter.input.js';

@Injectable()
export class CommitmentsService {
  constructor(@InjectRepository(Commitment) private readonly commitments: Repository<Commitment>) {}

  async findById(id: string): Promise<Commitment> {
    const commitment = await this.commitments.findOneBy({ id });
    if (!commitment) throw new NotFoundError('Commitment', id);
    return commitment;
  }

  /** A page of a plan's commitments in code order ("1-a", "1-b", …); the cursor is the last code seen. */
  async list(planId: string, filter: CommitmentFilter = {}, first: number, after?: string | null): Promise<Connection<Commitment>> {
    checkPageSize(first);
    const where: FindOptionsWhere<Commitment> = { planId };
    if (filter.themeId) where.themeId = filter.themeId;
    if (filter.leadOrganizationId) where.leadOrganizationId = filter.leadOrganizationId;
    if (filter.completion) where.completion = filter.completion;

    const [rows, totalCount] = await Promise.all([
      this.commitments.find({
        where: after ? { ...where, code: MoreThan(decodeCursor(after)) } : where,
        order: { code: 'ASC' },
        take: first + 1,
      }),
      this.commitments.countBy(where),
    ]);
    return toConnection(rows, first, totalCount, (commitment) => commitment.code);
  }
}
