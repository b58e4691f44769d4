import { memo } from 'react';
import { segment, type Mark } from './highlight';

type Props = { text: string; start: number; end: number; marks: readonly Mark[] | undefined; sig: string };

/** One paragraph: plain runs and highlighted mentions, each tagged with its offset into the source. */
export const Paragraph = memo(
  function Paragraph({ text, start, end, marks }: Props) {
    const pieces = marks?.length ? segment(start, end, marks) : [{ start, end, evidence: false, passage: false, mention: undefined }];
    return (
      <p dir="auto" data-start={start} data-end={end}>
        {pieces.map((s) => {
          const content = text.slice(s.start - start, s.end - start);
          const extra = `${s.evidence ? ' evidence' : ''}${s.passage ? ' passage' : ''}`;
          const m = s.mention;
          if (!m)
            return (
              <span key={s.start} data-off={s.start} className={extra.trim() || undefined}>
                {content}
              </span>
            );
          return (
            <mark
              key={s.start}
              data-off={s.start}
              data-entity={m.entityId}
              data-mention={m.id}
              className={`mention${m.suggested ? ' suggested' : ''}${m.selected ? ' selected' : ''}${extra}`}
              style={{ '--c': m.color } as React.CSSProperties}
              title={m.title}
            >
              {content}
            </mark>
          );
        })}
      </p>
    );
  },
  (a, b) => a.text === b.text && a.start === b.start && a.sig === b.sig,
);
