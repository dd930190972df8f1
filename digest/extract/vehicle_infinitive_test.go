package extract_test

import "testing"

// TestVehicleBeforeInfinitive: the saying's vehicle between a verb and its
// infinitive ("promised in a 2019 interview to build") is where and when
// the promise was made; the infinitive is what was promised, and the
// vehicle's date dates it. Publication is Monday 7 December 2026.
func TestVehicleBeforeInfinitive(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "a year's vehicle", pub: pub,
			text: "The mayor promised in a 2019 interview to build 100,000 homes.",
			want: []want{{content: "to build 100,000 homes", saidOn: "2019"}}},
		{name: "a vehicle and a weekday", pub: pub,
			text: "The mayor vowed in a speech on Friday to fight the ruling.",
			want: []want{{content: "to fight the ruling", saidOn: "2026-12-04"}}},
		{name: "a vehicle made public", pub: pub,
			text: "The mayor pledged in a statement released Friday to build new homes.",
			want: []want{{content: "to build new homes", saidOn: "2026-12-04"}}},
		// guards: "to" naming whom the text went to
		{name: "a letter to residents", pub: pub,
			text: "The mayor said in a letter to residents that taxes would rise.",
			want: []want{{content: "taxes would rise", saidOn: "2026-12-07"}}, none: []string{"to residents"}},
		{name: "a letter to staff on a day", pub: pub,
			text: "The mayor said in a letter to staff on Friday that taxes would rise.",
			want: []want{{content: "taxes would rise", saidOn: "2026-12-04"}}, none: []string{"to staff"}},
	})
}
