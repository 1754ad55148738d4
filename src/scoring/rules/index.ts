/** Dispatches each rule type to its scorer. */
import type { ScoredRule } from '../../scenario/model';
import { scoreAcknowledge } from './acknowledge';
import { scoreAlternateChannel } from './alternate-channel';
import { scoreClassify } from './classify';
import type { RuleContext, RuleOutcome } from './context';
import { scoreDetect } from './detect';
import { scoreEmissions } from './emissions';
import { scoreFalseReports } from './false-reports';
import { scoreMarks } from './marks';
import { scoreOperator } from './operator';
import { scoreProbes } from './probes';
import { scoreProtect } from './protect';
import { scoreReport } from './report';

export type { RuleContext, RuleOutcome } from './context';

/** Scores one objective's rule against the run. */
export function scoreRule(rule: ScoredRule, ctx: RuleContext): RuleOutcome {
  switch (rule.type) {
    case 'detect':
      return scoreDetect(rule, ctx);
    case 'classify':
      return scoreClassify(rule, ctx);
    case 'report':
      return scoreReport(rule, ctx);
    case 'protect':
      return scoreProtect(rule, ctx);
    case 'emissions':
      return scoreEmissions(rule, ctx);
    case 'alternateChannel':
      return scoreAlternateChannel(rule, ctx);
    case 'acknowledge':
      return scoreAcknowledge(rule, ctx);
    case 'probes':
      return scoreProbes(rule, ctx);
    case 'falseReports':
      return scoreFalseReports(rule, ctx);
    case 'operator':
      return scoreOperator(rule, ctx);
    case 'marks':
      return scoreMarks(rule, ctx);
  }
}
