package extract_test

import "testing"

// TestLines16 holds made-up clippings whose lines read wrong before
// lines16, with neighbouring forms that guard them. Published on
// Wednesday 2026-03-04 (runProbes).
func TestLines16(t *testing.T) {
	runProbes(t, []probe{
		// a capitalised modal after a first name is a surname
		{"George Will urged readers to reject the plan.", []probeWant{{"George Will", "urged readers to reject the plan", "2026-03-04"}}},
		{"George Will said the plan was dead.", []probeWant{{"George Will", "the plan was dead", "2026-03-04"}}},
		{"Columnist George Will wrote that the plan was dead.", []probeWant{{"George Will", "the plan was dead", "2026-03-04"}}},
		{"Theresa May said the talks would go on.", []probeWant{{"Theresa May", "the talks would go on", "2026-03-04"}}},
		{"Will Doyle said the talks would go on.", []probeWant{{"Will Doyle", "the talks would go on", "2026-03-04"}}},
		{"Ann Lee and George Will said the plan was dead.", []probeWant{{"Ann Lee and George Will", "the plan was dead", "2026-03-04"}}},
		// "You" with its auxiliary run into it names no one
		{"You’ve been talking about how the economy is on the upswing.", []probeWant{}},
		{"Q: You’ve said the economy is on the upswing. Is it?", []probeWant{}},
		{"You've argued that the economy is on the upswing.", []probeWant{}},
		{"You’d said the economy was on the upswing.", []probeWant{}},
		// a sentence adverb between commas after a subject with its relative clause
		{"The judges who heard the case, for instance, said the problem was the law.", []probeWant{{"judges", "the problem was the law", "2026-03-04"}}},
		{"The judges who ruled that the states could not enforce the rules said the problem was the law.", []probeWant{{"judges", "the problem was the law", "2026-03-04"}}},
		{"The judges who ruled that the states could not enforce their laws, for instance, said the problem was the law.", []probeWant{{"judges", "the problem was the law", "2026-03-04"}}},
		{"Voters who backed the mayor, however, argue that the tax is fair.", []probeWant{{"Voters", "the tax is fair", "2026-03-04"}}},
		{"The judges, for instance, said the problem was the law.", []probeWant{{"judges", "the problem was the law", "2026-03-04"}}},
		{"The plan is dead, however, said Ann Lee.", []probeWant{{"Ann Lee", "The plan is dead, however", "2026-03-04"}}},
		{"Officials who asked not to be named, however, said the talks had stalled.", []probeWant{{"Officials", "the talks had stalled", "2026-03-04"}}},
		{"The senator who wrote the bill, however, insisted that it would pass.", []probeWant{{"senator", "it would pass", "2026-03-04"}}},
		{"Critics of the plan, in fact, say it will fail.", []probeWant{{"Critics", "it will fail", "2026-03-04"}}},
		// a circumstance between "and" and the verb of a second predicate
		{"The senator left the meeting and in a statement said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator left the meeting, and in a statement said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator left the meeting and on Twitter wrote that the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator left the meeting and at a news conference later said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator left the meeting but in an interview with reporters said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"Officials in Ohio and in Texas said the bill was dead.", []probeWant{{"Officials", "the bill was dead", "2026-03-04"}}},
		{"The senator stayed away, but at least a dozen members told reporters the bill was dead.", []probeWant{{"dozen members", "the bill was dead", "2026-03-04"}}},
		{"The senator in a statement said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		// a relative clause on the circumstance before the reported clause's "that"
		{"The mayor said in a statement that included no details that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
		{"The mayor said in an interview that aired on Sunday that she would run again.", []probeWant{{"mayor", "she would run again", "2026-03-04"}}},
		{"The mayor told reporters at a briefing that ran late that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
		{"The mayor said in a statement that officials had lied.", []probeWant{{"mayor", "officials had lied", "2026-03-04"}}},
		{"The mayor said in a statement that the plan, which cost millions, was over.", []probeWant{{"mayor", "the plan, which cost millions, was over", "2026-03-04"}}},
		{"The mayor said that was the end of it.", []probeWant{{"mayor", "that was the end of it", "2026-03-04"}}},
		// a date the subject's noun carries after "from" or "of"
		{"As a Pew study from 2011 noted, most voters want lower taxes.", []probeWant{{"Pew study", "most voters want lower taxes", "2026-03-04"}}},
		{"A Pew study from 2011 found that most voters want lower taxes.", []probeWant{{"Pew study", "most voters want lower taxes", "2026-03-04"}}},
		{"A Pew study from last year found that most voters want lower taxes.", []probeWant{{"Pew study", "most voters want lower taxes", "2025"}}},
		{"As a Pew study noted, most voters want lower taxes.", []probeWant{{"Pew study", "most voters want lower taxes", "2026-03-04"}}},
		// an inverted attribution between a short subject and its predicate
		{"Reed, said Tom Sunshine, doesn't want the deal.", []probeWant{{"Tom Sunshine", "Reed … doesn't want the deal", "2026-03-04"}}},
		{"Reed, said Tom Sunshine, who runs the firm, does not want the deal.", []probeWant{{"Tom Sunshine", "Reed … does not want the deal", "2026-03-04"}}},
		{"The plan, said Tom Sunshine, who runs the firm, would cost millions.", []probeWant{{"Tom Sunshine", "The plan … would cost millions", "2026-03-04"}}},
		{"And the plan, said Tom Sunshine, would cost millions.", []probeWant{{"Tom Sunshine", "the plan … would cost millions", "2026-03-04"}}},
		{"The contrast with the mayor, said Tom Sunshine, would be clear.", []probeWant{{"Tom Sunshine", "The contrast with the mayor … would be clear", "2026-03-04"}}},
		{"The plan is dead, said Tom Sunshine, who runs the firm.", []probeWant{{"Tom Sunshine", "The plan is dead", "2026-03-04"}}},
		// what was asked about, with a relative clause that says something
		{"A voter asked the senator about several women who said they were harassed by his aide.", []probeWant{{"several women", "they were harassed by his aide", "2026-03-04"}}},
		{"Reporters asked the mayor about residents who say the water is unsafe.", []probeWant{{"residents", "the water is unsafe", "2026-03-04"}}},
		{"Reporters asked the mayor about residents who have long said the water is unsafe.", []probeWant{{"residents", "the water is unsafe", ""}}},
		{"The senator met several women who said they were harassed by his aide.", []probeWant{{"several women", "they were harassed by his aide", "2026-03-04"}}},
		{"Dozens of women who said they were harassed signed the letter.", []probeWant{{"Dozens of women", "they were harassed", "2026-03-04"}}},
	})
}
