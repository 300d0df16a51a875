// The wire format the page reads: linter.models (Report, Diagnostic), linter.suggest_models
// (Suggestions) and linter.catalog (Catalog), as main.py hands them over in JSON. Checked by `tsc --noEmit` (make check).

export type Severity = "error" | "warning" | "info";
export type FieldName = "headline" | "summary";
export type Applicability = "safe" | "unsafe";

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  applicability: Applicability;
  edits: Edit[];
}

export interface Diagnostic {
  id: string;
  code: string;
  rule: string;
  severity: Severity;
  field: FieldName;
  start: number;
  end: number;
  utf16_start: number;
  utf16_end: number;
  line: number;
  column: number;
  message: string;
  suggestions: string[];
  fix: Fix | null;
  /** Points the score gains when the fix is applied (measured); null without a fix. */
  impact?: number | null;
}

export interface ScorePart {
  name: "title" | "focus" | "evidence" | "clarity";
  label: string;
  points: number;
  max: number;
  detail: string;
}

export type EvidenceStatus =
  | "counted" | "team" | "list" | "other-sense" | "negated" | "aspiration" | "learning"
  | "hedged" | "research" | "topic" | "others";

export interface EvidenceItem {
  family: string;
  label: string;
  text: string;
  field: FieldName;
  start: number;
  end: number;
  utf16_start: number;
  utf16_end: number;
  status: EvidenceStatus;
}

export interface Evidence {
  families: string[];
  forward_deployed: boolean;
  items: EvidenceItem[];
}

export interface Report {
  target: string;
  score: number;
  breakdown: ScorePart[];
  diagnostics: Diagnostic[];
  evidence?: Evidence | null;
}

export interface Profile {
  headline: string;
  summary: string;
  target: string | null;
}

export interface ApplyResult {
  profile: Profile;
  applied: number;
}

export interface PyError {
  error: string;
}

export interface Limits {
  headline: number;
  summary: number;
  fold: number;
}

export interface ScoreBand {
  name: string;
  label: string;
  min: number;
}

export interface Target {
  name: string;
  title: string;
  label: string;
  description: string;
  effect?: string | null;
  default: boolean;
}

export interface RuleDoc {
  code: string;
  name: string;
  kind: string;
  severity: Severity;
  fields: FieldName[];
  message: string;
  why: string;
  suggestion: string;
  fixable: Applicability | null;
  docs: string;
}

export interface Catalog {
  version: string;
  default_target: string;
  limits: Limits;
  score_bands: ScoreBand[];
  targets: Target[];
  rules: RuleDoc[];
}

/** linter.suggest_models: a span of the person's own words a suggestion comes from. */
export interface Source {
  text: string;
  field: FieldName;
  start: number;
  end: number;
  utf16_start: number;
  utf16_end: number;
}

export interface Suggestion {
  headline: string;
  score: number;
  sources: Source[];
}

export interface Suggestions {
  target: string;
  suggestions: Suggestion[];
}

/** What main.py puts on `window.headlineLinterPy`: JSON strings in and out. */
export interface PyApi {
  lint(headline: string, summary: string, target: string): string;
  apply(headline: string, summary: string, target: string, which: string): string;
  suggest(headline: string, summary: string, target: string): string;
  describe(): string;
}

/** Exposed as `window.__headlineLinter` only when the page is opened with `?test=1`. */
export interface TestHooks {
  lintTimes: number[];
  pyTimes: number[];
  /** lintTimes plus the next frame's style, layout and paint (not the wait for the frame) */
  paintTimes: number[];
  settled(): boolean;
  /** render the report shown from nothing (no node kept), to compare with the patched page */
  renderAfresh(): void;
}

declare global {
  interface Window {
    headlineLinterPy?: PyApi;
    __headlineLinter?: TestHooks;
  }
}
