import { EVIDENCE_TEXT, type EvidenceLevel } from '../glossary/evidence';

/** How sure science is about the claim beside it: a short word, explained in its tooltip. */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  const { label, explanation } = EVIDENCE_TEXT[level];
  return (
    <span class={`evidence evidence-${level}`} title={explanation} data-evidence={level}>
      {label}
    </span>
  );
}
