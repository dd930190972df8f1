package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestFrameAndTail checks that the words around an attribution standing
// aside inside a sentence are what was said (join_frame.go): one word
// to four before it when a reported clause follows ("Instead, Hale
// said, ...", "In particular, Lee wrote, ..."),
// the sentence's opening when a quotation that opens in lower case
// follows, and the rest of the sentence after it when that rest opens
// with a conjunction, "to" or a preposition of cause or time. A
// conjunction that links to the sentence before, a quotation that opens
// as a sentence of its own, a participle's clause, an appositive of the
// speaker and the phrase after "according to X," stay out. Made-up
// sentences, with the rules alone and with the shipped model.
func TestFrameAndTail(t *testing.T) {
	for _, tt := range []struct {
		text, content string
		parts         int
	}{
		{"Instead, Jane Hale told reporters, her plan would cut waste at the port.", "Instead … her plan would cut waste at the port", 2},
		{"Recently, Tom Reed said, he has realized that the council disagrees.", "Recently … he has realized that the council disagrees", 2},
		{"Otherwise, Ann Lee said, the farms may simply close one by one.", "Otherwise … the farms may simply close one by one", 2},
		{"Perhaps, Tom Reed said, the town has grown too fast.", "Perhaps … the town has grown too fast", 2},
		{"In particular, Ann Lee wrote, the council can challenge the mayor.", "In particular … the council can challenge the mayor", 2},
		{"Many days, former workers said, the owner would stay at the plant past midnight.", "Many days … the owner would stay at the plant past midnight", 2},
		{"In a statement, the company said, the plant will close in May.", "the plant will close in May", 1},
		{"But, Tom Reed added, he did not support the new bonds.", "he did not support the new bonds", 1},
		{"Still, Ann Lee said, the council must vote on the plan.", "the council must vote on the plan", 1},
		{"An economic downturn, Tom Reed said, “could be a good time to borrow.”", "An economic downturn … “could be a good time to borrow.”", 2},
		{"In other words, Ann Lee said, “the era of cheap money is over.”", "In other words … “the era of cheap money is over.”", 2},
		{"No new name, Ann Lee said, ''hides what the fund really is.''", "No new name … ''hides what the fund really is.''", 2},
		{"In an interview with the Herald, Tom Reed said, “I have had many offers.”", "I have had many offers.", 1},
		{"The effects are hard to predict, many economists say, because there is no precedent for such cuts.", "The effects are hard to predict … because there is no precedent for such cuts", 2},
		{"The emails covered many topics, the Herald said, including speeches and meetings.", "The emails covered many topics … including speeches and meetings", 2},
		{"The council built a new library, Ann Lee said, to make sure every child can read.", "The council built a new library … to make sure every child can read", 2},
		{"The talks would go on, Ann Lee said, but only with the unions that signed.", "The talks would go on … but only with the unions that signed", 2},
		{"The port will close in May, said Tom Reed, the mayor of the city.", "The port will close in May", 1},
		{"The port will close in May, Tom Reed said, adding that the workers would be paid.", "The port will close in May", 1},
		{"Reed leads in the north, according to recent polls, including one from the Herald.", "Reed leads in the north", 1},
		// rv24: an opening that tells of the saying's occasion is the writer's
		{"Asked about the vote, Ann Lee said, the council will wait until spring.", "the council will wait until spring", 1},
		{"Asked about the vote on the new budget last week, Tom Reed said, the council will wait until spring.", "the council will wait until spring", 1},
		{"When asked, Tom Reed said, the port will stay open all winter.", "the port will stay open all winter", 1},
		{"Speaking to reporters, Ann Lee said, the port will stay open all winter.", "the port will stay open all winter", 1},
		{"Reached by phone, Tom Reed said, “we are still talking to buyers.”", "we are still talking to buyers.", 1},
		// rv24: a connective alone is the writer's link; "For" and "So" before more words are no conjunction
		{"Meanwhile, Ann Lee said, the council will wait until spring.", "the council will wait until spring", 1},
		{"Separately, Tom Reed said, the port will stay open all winter.", "the port will stay open all winter", 1},
		{"However, Ann Lee said, the port will stay open all winter.", "the port will stay open all winter", 1},
		{"Also, Tom Reed said, the council will wait until spring.", "the council will wait until spring", 1},
		{"For years, Ann Lee said, the council ignored the port.", "For years … the council ignored the port", 2},
		{"So far, Tom Reed said, the council has spent $2 million on the port.", "So far … the council has spent $2 million on the port", 2},
		// rv24: a tail that tells of the saying (the speaker's act, the hearers' answer) is the writer's
		{"The port will stay open all winter, Ann Lee said, to cheers from the crowd.", "The port will stay open all winter", 1},
		{"The plant will close in May, Tom Reed said, to the dismay of the workers.", "The plant will close in May", 1},
		{"The plant will close in May, Ann Lee said, before walking out of the room.", "The plant will close in May", 1},
		{"The plant will close in May, Tom Reed said, while touring the site with reporters.", "The plant will close in May", 1},
		{"A gunman opened fire at the market, officials said, before being shot by police.", "A gunman opened fire at the market … before being shot by police", 2},
	} {
		text := "The council met on Monday.\n\n" + tt.text
		c := clipping(text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			i := slices.IndexFunc(got, func(s digest.Statement) bool { return s.Content == tt.content })
			if i < 0 {
				t.Errorf("%s: %q: no statement %q in %s", run, tt.text, tt.content, dump(got))
				return
			}
			if n := len(got[i].ContentSpans); n != tt.parts {
				t.Errorf("%s: %q: %d parts, want %d", run, tt.text, n, tt.parts)
			}
			for _, p := range got[i].ContentSpans {
				if strings.TrimSpace(text[p[0]:p[1]]) != text[p[0]:p[1]] || p[1] <= p[0] {
					t.Errorf("%s: %q: part %q has space at an edge or is empty", run, tt.text, text[p[0]:p[1]])
				}
			}
		})
	}
	// a participle's clause is no attribution standing aside: its
	// sentence's opening is the main clause's
	text := "The council met on Monday.\n\nMinutes later, she sent an email saying, “done with the vote.”"
	eachRun(clipping(text, "2026-12-01", false), func(run string, got []digest.Statement) {
		for _, s := range got {
			if strings.HasPrefix(s.Content, "Minutes later") {
				t.Errorf("%s: %q: the main clause's opening joined: %s", run, text, dump(got))
			}
		}
	})
}
