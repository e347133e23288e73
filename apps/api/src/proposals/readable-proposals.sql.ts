/**
 * `canReadProposal` (libs/domain/src/proposals.ts) as SQL, for queries that must filter before they page (search).
 * `reader` names the parameters holding the reader's id, organisation and whether they are a forum member
 * (ADMIN, GOVERNMENT, CSO); all null/false for an anonymous visitor. A test holds it to canReadProposal, case by case.
 */
export function readableProposalSql(alias: string, reader: { id: string; organizationId: string; member: string }): string {
  return `(${publicProposalSql(alias)}
    OR ${alias}.proposer_id = ${reader.id}::uuid
    OR (${reader.member}::boolean AND ${reader.organizationId}::uuid IS NOT NULL
        AND (${alias}.organization_id = ${reader.organizationId}::uuid OR ${reader.organizationId}::uuid = ANY (${alias}.co_sponsor_organization_ids))))`;
}

/** The part of it that holds for everyone: the proposal reached the forum (a draft, or one withdrawn before submission, did not). */
export function publicProposalSql(alias: string): string {
  return `(${alias}.status <> 'DRAFT' AND (${alias}.status <> 'WITHDRAWN' OR ${alias}.submitted_at IS NOT NULL))`;
}
