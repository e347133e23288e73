import { useMutation } from 'urql';
import { VersionedTextEditor, type SaveAttempt } from '../../components/VersionedTextEditor';
import { SaveMinutesMutation } from './meeting-documents';

interface Props {
  meetingId: string;
  /** The agenda item whose notes these are; null for the summary. */
  agendaItemId: string | null;
  label: string;
  /** The text and version as last fetched; they change when someone saves (the page refetches on live events). */
  text: string;
  version: number;
  rows?: number;
  onSaved?: () => void;
}

const MESSAGES = { save: 'minutes.save', conflictTitle: 'minutes.conflict.title', conflictExplain: 'minutes.conflict.explain' };

/**
 * One shared, versioned minutes draft (the summary or an item's notes). The page refetches on live events, so a save
 * made elsewhere while one types is shown below the text at once, to merge.
 */
export function MinutesDraftEditor({ meetingId, agendaItemId, label, text, version, rows = 6, onSaved }: Props) {
  const [, saveMinutes] = useMutation(SaveMinutesMutation);

  async function save(draft: string, baseVersion: number): Promise<SaveAttempt> {
    const result = await saveMinutes({ input: { meetingId, agendaItemId, text: draft, baseVersion } });
    // The api answers with the id only: a save that went through is the next version of what we sent.
    return { error: result.error, saved: result.data ? { text: draft, version: baseVersion + 1 } : null };
  }

  return <VersionedTextEditor label={label} current={{ text, version }} save={save} messages={MESSAGES} rows={rows} showNewerAtOnce onSaved={onSaved} />;
}
