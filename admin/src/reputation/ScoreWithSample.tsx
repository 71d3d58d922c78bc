import { Box, Tooltip, Typography } from '@mui/material';
import { formatScore } from './components';
import { LOW_CONFIDENCE_REPORTS, sampleCue, type ReputationSample } from './sample';

const lowConfidence = (text: string) => `Low confidence: ${text} (fewer than ${LOW_CONFIDENCE_REPORTS} reports)`;

/** What a score rests on, "from 1 report", with "low confidence" under LOW_CONFIDENCE_REPORTS reports; nothing without a score. */
export const SampleCue = ({ score, sample }: { score: number | null | undefined; sample: ReputationSample | null | undefined }) => {
  const cue = score === null || score === undefined ? null : sampleCue(sample);
  if (!cue) return null;
  return (
    <Tooltip title={cue.low ? lowConfidence(cue.text) : ''} disableHoverListener={!cue.low} disableFocusListener={!cue.low}>
      <Typography component="span" variant="caption" color={cue.low ? 'warning.dark' : 'text.secondary'} data-testid="sample-cue" data-low-confidence={cue.low}>
        {cue.text}
        {cue.low ? ' · low confidence' : ''}
      </Typography>
    </Tooltip>
  );
};

/**
 * A reputation score with what it rests on: "81.7 from 1 report". Under LOW_CONFIDENCE_REPORTS reports the score
 * is greyed and dotted-underlined and the cue says it is a weak signal, so nobody ranks examiners on one report.
 */
export const ScoreWithSample = ({ score, sample }: { score: number | null | undefined; sample: ReputationSample | null | undefined }) => {
  const cue = score === null || score === undefined ? null : sampleCue(sample);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.75, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      <Typography
        component="span"
        variant="body2"
        sx={cue?.low ? { color: 'text.secondary', textDecoration: 'underline dotted', textUnderlineOffset: '0.2em' } : undefined}
      >
        {formatScore(score)}
      </Typography>
      <SampleCue score={score} sample={sample} />
    </Box>
  );
};
