import Button from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { knowledge } from '../content/knowledge';

export interface PhrasingBlock {
  /** The situation's heading (a paragraph of bold text only), when the article has one. */
  readonly situation: string | null;
  readonly text: string;
}

/**
 * An approved phrasing cut into the sentences an agent says: every paragraph is one block, under the
 * situation heading before it (a paragraph that is all bold). The quotes around a sentence are not copied.
 */
export function phrasingBlocks(html: string): PhrasingBlock[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks: PhrasingBlock[] = [];
  let situation: string | null = null;
  for (const node of body.querySelectorAll('p, li')) {
    const text = node.textContent.trim();
    if (text === '') continue;
    const strong = node.querySelector('strong, b');
    if (node.tagName === 'P' && strong !== null && strong.textContent.trim() === text) {
      situation = text;
      continue;
    }
    blocks.push({ situation, text: text.replace(/^«\s*/, '').replace(/\s*»$/, '') });
  }
  return blocks;
}

interface PhrasingTextProps {
  readonly html: string;
  /** Called after a successful copy (to record the article's use). */
  readonly onCopied: (text: string) => void;
}

/** Approved phrasing, each sentence copied to the clipboard in one click. */
export function PhrasingText({ html, onCopied }: PhrasingTextProps) {
  const [notice, setNotice] = useState<{ ok: boolean; index: number } | null>(null);
  const blocks = phrasingBlocks(html);
  const copy = async (text: string, index: number) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ ok: true, index });
      onCopied(text);
    } catch {
      setNotice({ ok: false, index });
    }
  };
  return (
    <div>
      {blocks.map((block, index) => {
        const heading =
          block.situation !== (blocks[index - 1]?.situation ?? null) ? block.situation : null;
        return (
          <div key={index} className="fr-mb-2w">
            {heading !== null && <p className="fr-text--bold fr-mb-1v">{heading}</p>}
            <blockquote className="fr-mb-1v">
              <p className="fr-mb-1v">« {block.text} »</p>
            </blockquote>
            <Button
              size="small"
              priority="secondary"
              nativeButtonProps={{
                'aria-label': knowledge.article.copyLabel(excerpt(block.text)),
              }}
              onClick={() => void copy(block.text, index)}
            >
              {knowledge.article.copy}
            </Button>
            <span role="status" className="fr-ml-2w fr-text--sm">
              {notice?.index === index &&
                (notice.ok ? knowledge.article.copied : knowledge.article.copyFailed)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}
