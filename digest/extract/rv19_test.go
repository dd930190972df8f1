package extract_test

import "testing"

// TestRV19 holds made-up clippings that read wrong after lines16, found
// in review, with the neighbouring forms lines16 fixed. Published on
// Wednesday 2026-03-04 (runProbes).
func TestRV19(t *testing.T) {
	runProbes(t, []probe{
		// a subject of its own after the circumstance: it speaks, not the first clause's
		{"The senator resigned and in a statement her aide said the bill was dead.", []probeWant{{"aide", "the bill was dead", "2026-03-04"}}},
		{"The senator resigned and after the vote the governor said the bill was dead.", []probeWant{{"governor", "the bill was dead", "2026-03-04"}}},
		{"The senator resigned and on Tuesday officials said the bill was dead.", []probeWant{{"officials", "the bill was dead", "2026-03-03"}}},
		{"The senator resigned and in New Hampshire voters said the bill was dead.", []probeWant{{"New Hampshire voters", "the bill was dead", "2026-03-04"}}},
		{"The senator resigned and at the end of the day said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator resigned and with her husband said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		{"The senator resigned and on Fox News later said the bill was dead.", []probeWant{{"senator", "the bill was dead", "2026-03-04"}}},
		// a relative with "whose" after the inverted speaker: his, no clause of what was said
		{"The plan would fail, said a lawyer whose firm has handled such cases.", []probeWant{{"lawyer", "The plan would fail", "2026-03-04"}}},
		{"“The plan would fail,” said a lawyer whose clients were hurt.", []probeWant{{"lawyer", "The plan would fail", "2026-03-04"}}},
		{"The judges, for instance, said the problem was the law.", []probeWant{{"judges", "the problem was the law", "2026-03-04"}}},
		// a "that" after the circumstance that is no relative: the reported clause opens there
		{"The mayor said on Monday that was the reason that the plan failed.", []probeWant{{"mayor", "that was the reason that the plan failed", "2026-03-02"}}},
		{"The mayor said in an interview that was why she ran and that she would run again.", []probeWant{{"mayor", "that was why she ran and that she would run again", "2026-03-04"}}},
		{"The mayor said on Friday that need was so great that the city would act.", []probeWant{{"mayor", "need was so great that the city would act", "2026-02-27"}}},
		{"The chief said in a statement that reported crimes had fallen so far that the city was safe.", []probeWant{{"chief", "reported crimes had fallen so far that the city was safe", "2026-03-04"}}},
		{"The mayor said in a statement that was posted online that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
		{"The mayor said in a statement that has since been deleted that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
		{"The mayor wrote in a letter that wasn't made public that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
	})
}
