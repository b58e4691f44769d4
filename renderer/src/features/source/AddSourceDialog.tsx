import { useRef, useState } from 'react';
import type { SourceDraft } from '../../../../shared/api/contract';
import type { Reliability } from '../../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { addSources, draftToSource as toSource, importSourceFiles } from '../import/addDrafts';
import { ReliabilitySelect } from '../inspector/GradeSelects';

/** Paste a text (with its origin and grading) or pick files; each becomes a source of the case. */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [publisher, setPublisher] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [reliability, setReliability] = useState<Reliability | ''>('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const files = useRef<HTMLInputElement>(null);

  const submit = () => {
    if (!text.trim()) return setErrors(['Paste the text of the source, or choose files.']);
    const draft: SourceDraft = { title: title || text.trim().split('\n')[0]!.slice(0, 80), text, origin: { publisher, publishedAt: date, url }, warnings: [] };
    if (addSources([toSource(draft, reliability || undefined)])) onClose();
  };

  const pick = async (list: File[]) => {
    setBusy(true);
    const { added, problems } = await importSourceFiles(list, reliability || undefined);
    setBusy(false);
    setErrors(problems);
    if (added > 0 && problems.length === 0) onClose();
  };

  return (
    <Dialog
      open
      wide
      title="Add source"
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="btn" disabled={busy} onClick={() => files.current?.click()}>
            <Icon name="upload" /> {busy ? 'Reading files…' : 'Choose files…'}
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary">
            Add to case
          </button>
        </>
      }
    >
      <label className="field">
        <span>Title</span>
        <input className="input" aria-label="Source title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Headline or document name" />
      </label>
      <label className="field">
        <span>Text</span>
        <textarea className="textarea" aria-label="Source text to add" rows={12} dir="auto" value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the article or document text" />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Publisher</span>
          <input className="input" aria-label="Publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <label className="field">
          <span>Published</span>
          <input className="input" type="date" aria-label="Publication date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Reliability</span>
          <ReliabilitySelect label="Reliability" value={reliability || undefined} onChange={(r) => setReliability(r ?? '')} />
        </label>
      </div>
      <label className="field">
        <span>URL</span>
        <input className="input" aria-label="URL" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
      </label>
      {errors.map((e) => (
        <p key={e} className="error-text" role="alert">
          {e}
        </p>
      ))}
      <input
        ref={files}
        type="file"
        multiple
        hidden
        aria-label="Source files"
        accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx"
        onChange={(e) => {
          const list = [...(e.target.files ?? [])];
          e.target.value = '';
          if (list.length) void pick(list);
        }}
      />
    </Dialog>
  );
}
