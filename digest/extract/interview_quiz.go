package extract

import "github.com/whosaid/whosaid/digest"

// A quiz printed as questions and answers ("Q. What is the capital of
// France?", "A. Paris.") alternates its labels as an interview does, and
// its intro may name a person ("Maria Lopez, the mayor, spoke to the
// Gazette before the library quiz"). Its answers are facts for the
// reader, not what that person said: no question is put to anyone, and an
// answer is a word or two. An interview puts its questions to the one
// interviewed ("Q: Will you sign it?"), and a short answer there is
// theirs, even to a question that does not say "you" ("Q: Does Ann
// Lee?", "A: No!").

// maxQuizAnswer is the most words a quiz's answer runs to ("Paris.",
// "William Shakespeare.").
const maxQuizAnswer = 2

// quizAnswer reports whether the answer that block b opens with its label
// is a quiz's: it runs, to the next label, to at most maxQuizAnswer words,
// and no question of the clipping says "you" or "your".
func (x *extractor) quizAnswer(b int) bool {
	words := -1 // the answer's label
	for k := b; k < len(x.labels) && (k == b || x.labels[k].label == "" && !x.labels[k].head); k++ {
		sp := x.labels[k].span
		if words += wordCount(x.t[sp[0]:sp[1]]); words > maxQuizAnswer {
			return false
		}
	}
	if x.quiz == 0 {
		x.quiz = 1
		for k := range x.labels {
			if x.quiz > 0 && (questionLabel(x.labels[k].label) || x.outletLabel(k)) && x.putToYou(x.labels[k].span) {
				x.quiz = -1
			}
		}
	}
	return x.quiz > 0
}

// putToYou reports whether the question in span sp says "you" or "your":
// it is put to the one who answers.
func (x *extractor) putToYou(sp digest.Span) bool {
	for _, w := range []string{"you", "your", "yours", "yourself", "yourselves"} {
		if containsFoldWords(x.t[sp[0]:sp[1]], w) {
			return true
		}
	}
	return false
}
