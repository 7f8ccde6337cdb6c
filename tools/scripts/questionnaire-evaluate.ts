/**
 * questionnaire:evaluate — prints the result of a questionnaire for an answers file, as JSON, the
 * same way the BFF computes it. For content authors and tests.
 *
 *   npm run questionnaire:evaluate -- <questionnaire-id> <answers.json>
 *
 * The answers file is {"answers": {"<item id>": <value>, …}}. AUDIT-C's sex may be given as an
 * answer ("sex": "male" | "female") or next to the answers. Exit code 0 with the result on
 * stdout; 1 with a message on stderr for invalid answers, an unknown questionnaire or a bad file;
 * 2 for wrong usage.
 */
import { readFileSync } from 'node:fs';
import { evaluate, getQuestionnaire, questionnaireIds } from '@luotsi/questionnaires';

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const [id, file] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!id || !file) {
  fail(
    `Usage: npm run questionnaire:evaluate -- <questionnaire-id> <answers.json>\nQuestionnaires: ${questionnaireIds.join(', ')}`,
    2,
  );
}

let content: unknown;
try {
  content = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
if (typeof content !== 'object' || content === null || !('answers' in content)) {
  fail(`${file} must be a JSON object {"answers": {"<item id>": <value>, …}}`);
}

const { answers, ...rest } = content as { answers: unknown; [key: string]: unknown };
// A top-level "sex" is taken as the answer to AUDIT-C's sex item.
const merged =
  typeof answers === 'object' && answers !== null && !Array.isArray(answers) && 'sex' in rest
    ? { sex: rest['sex'], ...answers }
    : answers;

try {
  const result = evaluate(getQuestionnaire(id), merged);
  const { score, band, urgency, redFlags, advice, contact, endedEarly, questionnaireId, version } =
    result;
  process.stdout.write(
    `${JSON.stringify({ score, band, urgency, redFlags, advice, contact, endedEarly, questionnaire: questionnaireId, version }, null, 2)}\n`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
