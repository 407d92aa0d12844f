// What the app needs once a pack is opened, and not before: the quiz's set-up, scoring and
// recording, the question generator, and the screens that show them. These pull in the
// question model (zod's schemas, the HTML reader), a third of the code the home screen would
// otherwise parse at start-up, so the app loads this module when the reader first opens a pack,
// takes up a quiz or starts a review (`loadQuizPart`, in app.tsx); `play` loads it before the
// first screen.
export { generateQuestions } from "../core/generate/index.js";
export { applyAndRecord } from "../core/quiz/record.js";
export { hasAnswers } from "../core/quiz/results.js";
export { questionsAvailable, setUpQuiz } from "../core/quiz/setup.js";
export { leaveSummary, nextReviewText } from "./app-lines.js";
export { PackScreen } from "./screens/pack/pack-screen.js";
export { QuizScreen, quizScreenKey } from "./screens/question/quiz-screen.js";
export { ResultsScreen } from "./screens/results/results-screen.js";
