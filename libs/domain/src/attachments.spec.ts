import { Role } from './enums.js';
import { AttachmentSubjectType, canDeleteAttachment, canUploadAttachment, cleanFileName, documentRefusal, documentTypeOf, MAX_FILE_NAME_LENGTH, type AttachmentTarget } from './attachments.js';
import { ProposalStatus } from './proposals.js';

const admin = { id: 'admin', role: Role.ADMIN, organizationId: 'secretariat' };
const mois = { id: 'mois-contact', role: Role.GOVERNMENT, organizationId: 'mois' };
const acrc = { id: 'acrc-contact', role: Role.GOVERNMENT, organizationId: 'acrc' };
const openNet = { id: 'open-net-member', role: Role.CSO, organizationId: 'open-net' };
const colleague = { id: 'open-net-colleague', role: Role.CSO, organizationId: 'open-net' };
const otherCso = { id: 'cfits-member', role: Role.CSO, organizationId: 'cfits' };
const citizen = { id: 'citizen', role: Role.CITIZEN, organizationId: null };

const plan: AttachmentTarget = { type: AttachmentSubjectType.PLAN };
const meeting: AttachmentTarget = { type: AttachmentSubjectType.MEETING };
const commitment: AttachmentTarget = { type: AttachmentSubjectType.COMMITMENT, commitment: { leadOrganizationId: 'mois', pointOfContactId: null } };
const proposal = (status: ProposalStatus, proposerId = 'open-net-member', organizationId: string | null = 'open-net'): AttachmentTarget => ({
  type: AttachmentSubjectType.PROPOSAL,
  proposal: { status, proposerId, organizationId },
});
const draft = proposal(ProposalStatus.DRAFT);

describe('who may attach a document', () => {
  it.each`
    who          | subject              | target                                   | allowed
    ${null}      | ${'plan'}            | ${plan}                                  | ${false}
    ${admin}     | ${'plan'}            | ${plan}                                  | ${true}
    ${mois}      | ${'plan'}            | ${plan}                                  | ${false}
    ${openNet}   | ${'plan'}            | ${plan}                                  | ${false}
    ${admin}     | ${'meeting'}         | ${meeting}                               | ${true}
    ${mois}      | ${'meeting'}         | ${meeting}                               | ${false}
    ${openNet}   | ${'meeting'}         | ${meeting}                               | ${false}
    ${admin}     | ${'commitment'}      | ${commitment}                            | ${true}
    ${mois}      | ${'commitment'}      | ${commitment}                            | ${true}
    ${acrc}      | ${'commitment'}      | ${commitment}                            | ${false}
    ${openNet}   | ${'commitment'}      | ${commitment}                            | ${false}
    ${null}      | ${'draft proposal'}  | ${draft}                                 | ${false}
    ${openNet}   | ${'draft proposal'}  | ${draft}                                 | ${true}
    ${colleague} | ${'draft proposal'}  | ${draft}                                 | ${true}
    ${otherCso}  | ${'draft proposal'}  | ${draft}                                 | ${false}
    ${admin}     | ${'draft proposal'}  | ${draft}                                 | ${false}
    ${mois}      | ${'draft proposal'}  | ${draft}                                 | ${false}
    ${openNet}   | ${'under review'}    | ${proposal(ProposalStatus.UNDER_REVIEW)} | ${true}
    ${openNet}   | ${'selected'}        | ${proposal(ProposalStatus.SELECTED)}     | ${false}
    ${openNet}   | ${'withdrawn'}       | ${proposal(ProposalStatus.WITHDRAWN)}    | ${false}
    ${citizen}   | ${'own proposal'}    | ${proposal(ProposalStatus.SUBMITTED, 'citizen', null)} | ${true}
    ${citizen}   | ${'others proposal'} | ${draft}                                 | ${false}
  `('$who.id on a $subject: $allowed', ({ who, target, allowed }) => {
    expect(canUploadAttachment(who, target)).toBe(allowed);
  });

  it.each`
    who          | uploadedById         | allowed
    ${openNet}   | ${'open-net-member'} | ${true}
    ${colleague} | ${'open-net-member'} | ${false}
    ${admin}     | ${'open-net-member'} | ${true}
    ${admin}     | ${null}              | ${true}
    ${null}      | ${'open-net-member'} | ${false}
  `('$who.id removes a document uploaded by $uploadedById: $allowed', ({ who, uploadedById, allowed }) => {
    expect(canDeleteAttachment(who, { uploadedById })).toBe(allowed);
  });
});

describe('what a document is', () => {
  it.each`
    detected             | name              | refused
    ${'application/pdf'} | ${'plan.pdf'}     | ${false}
    ${'application/pdf'} | ${'PLAN.PDF'}     | ${false}
    ${'image/jpeg'}      | ${'photo.jpg'}    | ${false}
    ${'image/jpeg'}      | ${'photo.jpeg'}   | ${false}
    ${null}              | ${'table.csv'}    | ${false}
    ${null}              | ${'page.pdf'}     | ${true}
    ${'application/x-msdownload'} | ${'setup.pdf'} | ${true}
    ${'image/png'}       | ${'chart.pdf'}    | ${true}
    ${'application/pdf'} | ${'plan'}         | ${true}
    ${'application/zip'} | ${'archive.docx'} | ${true}
  `('bytes found to be $detected named $name: refused $refused', ({ detected, name, refused }) => {
    expect(documentRefusal(detected, name) !== null).toBe(refused);
  });

  it('takes the content type from the bytes, not the name', () => {
    expect(documentTypeOf('application/pdf', 'x.pdf')?.contentType).toBe('application/pdf');
    expect(documentTypeOf(null, 'x.csv')?.contentType).toBe('text/csv');
    expect(documentTypeOf(null, 'x.pdf')).toBeNull();
  });
});

describe('cleanFileName', () => {
  it.each`
    raw                                   | clean
    ${'report.pdf'}                       | ${'report.pdf'}
    ${'../../etc/passwd.csv'}             | ${'passwd.csv'}
    ${'C:\\Users\\me\\평가 보고서.pdf'}   | ${'평가 보고서.pdf'}
    ${'a\u0000b\nc\r.pdf'}                | ${'abc.pdf'}
    ${'photo\u202egpj.exe'}               | ${'photogpj.exe'}
    ${'  .hidden.csv '}                   | ${'hidden.csv'}
    ${'/'}                                | ${'document'}
    ${''}                                 | ${'document'}
  `('$raw → $clean', ({ raw, clean }) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('cuts a long name before its extension', () => {
    const name = cleanFileName(`${'가'.repeat(500)}.xlsx`);
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});
