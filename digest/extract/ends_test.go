package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestWritersEnd checks, in made-up sentences, that a reported clause ends
// where a clause of the writer's own goes on (ends.go), and goes on where
// what was said does.
func TestWritersEnd(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string
		has     string // the content holds this
		not     string // and not this ("": not checked)
	}{
		{
			name:    "a coordinated clause with a subject of its own",
			text:    "Protest groups say the new rules are meant to limit their visibility, and the city council has already defended them in court.",
			speaker: "Protest groups",
			has:     "the new rules are meant to limit their visibility",
			not:     "city council",
		},
		{
			name:    "a participle clause after a comma is the writer's gloss",
			text:    "Governor Tom Reyes has vowed to close the old landfill, angering the farmers who still use it.",
			speaker: "Tom Reyes",
			has:     "to close the old landfill",
			not:     "angering",
		},
		{
			name:    "a participle that works as a preposition stays",
			text:    "Mayor Ruth Kell said several towns had joined the plan, including two on the coast.",
			speaker: "Ruth Kell",
			has:     "including two on the coast",
		},
		{
			name:    "even though and a clause of its own",
			text:    "Tom Gray said the plant would stay open through the winter, even though the company has announced layoffs.",
			speaker: "Tom Gray",
			has:     "the plant would stay open through the winter",
			not:     "layoffs",
		},
		{
			name:    "the main clause after a relative clause that holds the cue",
			text:    "Senator Ann Lee, who also told reporters the tax would hurt farmers in her state, voted for it on Tuesday.",
			speaker: "Ann Lee",
			has:     "the tax would hurt farmers in her state",
			not:     "voted",
		},
		{
			name:    "the main clause after an opening subordinate clause that holds the cue",
			text:    "While the governor of the state said he opposes any new taxes, his budget quietly raises fees on drivers.",
			speaker: "governor",
			has:     "he opposes any new taxes",
			not:     "fees",
		},
		{
			name:    "a coordinated clause whose subject is a long name",
			text:    "Neighbors say the fence is meant to keep visitors out of the park, and the Friends of the Riverside Park Association of Dayton has already complained to the city.",
			speaker: "Neighbors",
			has:     "the fence is meant to keep visitors out of the park",
			not:     "complained",
		},
		{
			name:    "a dash and a coordinated clause",
			text:    "Supporters say the plan will lower rents for thousands of families — and the council is already holding talks on a narrower version.",
			speaker: "Supporters",
			has:     "the plan will lower rents for thousands of families",
			not:     "council",
		},
		{
			name:    "a dash and a clause with a subject of its own",
			text:    "Tenants say the landlord promised repairs months ago – they are still waiting for heat in the north building.",
			speaker: "Tenants",
			has:     "the landlord promised repairs months ago",
			not:     "waiting",
		},
		{
			name:    "a subordinate clause between the subject and its verb",
			text:    "Mayor Ann Lee, though she praised the budget and said the city could afford it, quietly voted against the plan on Monday.",
			speaker: "Ann Lee",
			has:     "the city could afford it",
			not:     "voted",
		},
		{
			name:    "a subordinate clause after and, then its main clause",
			text:    "The crowd cheered, and when Senator Tom Gray said the mill would reopen next spring, a worker in the front row shouted his thanks.",
			speaker: "Tom Gray",
			has:     "the mill would reopen next spring",
			not:     "shouted",
		},
		{
			name:    "a quotation ending in a comma closes the subordinate clause",
			text:    "But even as Tom Gray claimed on Monday that “the budget is balanced,” two of his own aides said the deficit had grown.",
			speaker: "Tom Gray",
			has:     "the budget is balanced",
			not:     "aides",
		},
		{
			name:    "a relative clause ending in a quotation, then the verb",
			text:    "Ann Lee, who estimates that the repairs cost the county “well over a million dollars,” described the storm as the worst in decades.",
			speaker: "Ann Lee",
			has:     "well over a million dollars",
			not:     "described",
		},
		{
			name:    "a clause of its own after a comma, without a conjunction",
			text:    "Ann Lee said most delegates back her plan, 12 have said they back Tom Gray and the rest have not decided.",
			speaker: "Ann Lee",
			has:     "most delegates back her plan",
			not:     "Tom Gray",
		},
		{
			name:    "a noun phrase with a clause that comments on what was said",
			text:    "Ann Lee said the plant would close in May, a decision the union has fought for a year.",
			speaker: "Ann Lee",
			has:     "the plant would close in May",
			not:     "union",
		},
		{
			name:    "a phrase opening what was said ends at its comma, and what was said goes on",
			text:    "Ann Lee said that by the end of the month, the plant would close for good.",
			speaker: "Ann Lee",
			has:     "the plant would close for good",
		},
		{
			name:    "but not: the contrast is part of what was said",
			text:    "Ann Lee said the fees should be cut for students, but not for the tourists who crowd the town each summer.",
			speaker: "Ann Lee",
			has:     "but not for the tourists who crowd the town each summer",
		},
		{
			name:    "after an object, and a verb of its own is the subject's next deed",
			text:    "On Tuesday Mayor Ann Lee promised new bus lanes for the east side and toured the neighborhoods hit hardest by the floods.",
			speaker: "Ann Lee",
			has:     "new bus lanes",
			not:     "toured",
		},
		{
			name:    "after an infinitive, and a past form with its object is the next deed",
			text:    "Senator Ann Lee has vowed to keep the clinic open and praised the court's ruling on Monday.",
			speaker: "Ann Lee",
			has:     "to keep the clinic open",
			not:     "praised",
		},
		{
			name:    "an infinitive's own verbs go on",
			text:    "Senator Ann Lee has vowed to cut the fees and lower the taxes on small shops.",
			speaker: "Ann Lee",
			has:     "lower the taxes on small shops",
		},
		{
			name:    "a relative clause inside the reported clause's subject",
			text:    "Neighbors say that Mayor Ann Lee, who took office in 2019, will sign the bill on Friday.",
			speaker: "Neighbors",
			has:     "will sign the bill on Friday",
		},
		{
			name:    "a phrase with a relative clause opening the sentence after and",
			text:    "And in a week in which Ann Lee said the city budget was balanced, even her closest allies questioned the figures.",
			speaker: "Ann Lee",
			has:     "the city budget was balanced",
			not:     "allies",
		},
		{
			name:    "and that: what was said goes on",
			text:    "Ann Lee said the plan was far too costly, and that the council would vote on it again in May.",
			speaker: "Ann Lee",
			has:     "the council would vote on it again in May",
		},
		// a quotation that closes the sentence and names no one of its
		// own goes on with the reported clause (quote_finish.go)
		{
			name:    "a participle clause that ends in a quotation",
			text:    "Tom Gray said the mayor had already been tested, climbing from far behind to win the spring vote by “a margin nobody expected.”",
			speaker: "Tom Gray",
			has:     "a margin nobody expected",
		},
		{
			name:    "but and a verb phrase that ends in a quotation",
			text:    "Ann Lee said she was once part of the old guard, but is now “the worst thing that ever happened to it.”",
			speaker: "Ann Lee",
			has:     "the worst thing that ever happened",
		},
		{
			name:    "a relative clause that ends in a quotation",
			text:    "Ann Lee said the town needs a new bridge, which would cost far less than “the endless repairs to the old one.”",
			speaker: "Ann Lee",
			has:     "the endless repairs",
		},
		{
			name:    "after according to X, the same (patterns.go accordingTo)",
			text:    "According to Ann Lee, the plan was once popular, but is now “a total waste of money.”",
			speaker: "Ann Lee",
			has:     "a total waste of money",
		},
		{
			name:    "a quotation with a verb of speech of its own is another's",
			text:    "Ann Lee said the bridge would be finished in May, and the council called that “a fantasy.”",
			speaker: "Ann Lee",
			has:     "the bridge would be finished in May",
			not:     "fantasy",
		},
		{
			name:    "the writer's main clause after an opening clause with the cue",
			text:    "While the governor said the budget was balanced, his own aides were “deeply worried.”",
			speaker: "governor",
			has:     "the budget was balanced",
			not:     "worried",
		},
		{
			name:    "and, an adverb and a verb of speech: the speaker's next statement (content.go contentEnd)",
			text:    "Jane Roe scolded the clerk at a hearing, calling him “a careless, careless man,” and then wrote that he was “Unfit!”",
			speaker: "Jane Roe",
			has:     "a careless, careless man",
			not:     "Unfit",
		},
		{
			name:    "a quotation that does not close the sentence",
			text:    "Tom Gray said the mayor had already been tested, climbing to a “dead heat” in the spring vote.",
			speaker: "Tom Gray",
			has:     "the mayor had already been tested",
			not:     "dead heat",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			got := extract.Statements(c)
			for _, s := range got {
				if s.Speaker == tt.speaker && strings.Contains(s.Content, tt.has) {
					if tt.not != "" && strings.Contains(s.Content, tt.not) {
						t.Errorf("content runs into the writer's clause: %q", s.Content)
					}
					return
				}
			}
			t.Errorf("missing %s: %q in %s", tt.speaker, tt.has, dump(got))
		})
	}
}

// TestNoStatement checks that a verb of speech used as a participle
// before its noun ("the announced absence", "271 pledged delegates") opens
// no statement, and that a quotation naming a work (a book, a show) is
// none.
func TestNoStatement(t *testing.T) {
	for _, tt := range []struct {
		text string
		bad  func(s digest.Statement) bool
	}{
		{"The absence of the nominee, coupled with the announced absence of the senator from the convention, means little.",
			func(s digest.Statement) bool { return s.Cue == "announced" }},
		{"Clinton leads Sanders by 271 pledged delegates after the June primaries in five states.",
			func(s digest.Statement) bool { return s.Cue == "pledged" }},
		{"Her family moved to Ohio in 1990, Ann Lee wrote in her memoir, “Long Road Home.” She was six.",
			func(s digest.Statement) bool { return strings.HasPrefix(s.Content, "Long Road Home") }},
		{"The mayor is not qualified, Tom Gray said Monday on WXYZ’s “Morning Talk.”",
			func(s digest.Statement) bool { return strings.HasPrefix(s.Content, "Morning Talk") }},
	} {
		c := clipping(tt.text, "2026-12-01", false)
		for _, s := range extract.Statements(c) {
			if tt.bad(s) {
				t.Errorf("%q: no statement wanted here: %s", tt.text, dump([]digest.Statement{s}))
			}
		}
	}
}

// TestColonTopic checks that a name before a colon and a phrase with no
// verb of its own is a topic, and a clause after it is what the name said.
func TestColonTopic(t *testing.T) {
	text := "Where the race stands on Monday for Ann Lee and Tom Gray.\n\nLee: A late surge in the north\n\nThe senator has gained in three polls.\n\nGray: I expect to win every county we visited."
	got := extract.Statements(clipping(text, "2026-12-01", false))
	for _, s := range got {
		if strings.HasPrefix(s.Content, "A late surge") {
			t.Errorf("a topic after a colon is no statement: %s", dump([]digest.Statement{s}))
		}
	}
	checkWanted(t, clipping(text, "2026-12-01", false), got, 0, []want{{speaker: "Tom Gray", content: "I expect to win every county"}})
}

// TestConnective checks that a connective opening a sentence whose
// attribution comes after it ("Still, ..., officials said") is the
// writer's link, not what was said, and so is a wire's dateline
// ("SPRINGVALE (AP) — ", "BRIGHTON, Mich., Dec. 11 (UPI) — "); a phrase of
// time or place stays, and so does a dash far into a sentence opened by
// an acronym, after a parenthesis too unless it holds a wire's name.
func TestConnective(t *testing.T) {
	for _, tt := range []struct{ text, content string }{
		{"The mill lost money for a third year. Still, the plant will stay open through the winter, company officials said.", "the plant will stay open through the winter"},
		{"Sales fell in the spring. What's more, the new store has drawn few customers since it opened, Ann Lee said.", "the new store has drawn few customers since it opened"},
		{"The vote is close. In Ohio, turnout was higher than in any primary since 2008, Ann Lee said.", "In Ohio, turnout was higher than in any primary since 2008"},
		{"SPRINGVALE (AP) — The county will close two of its schools next year, officials said on Monday.", "The county will close two of its schools next year"},
		{"LAKE TOWN — The mill will stay open through the winter, its owner said.", "The mill will stay open through the winter"},
		{"BRIGHTON, Mich., Dec. 11 (UPI) — Young voters are turning to the mayor, a new survey indicates.", "Young voters are turning to the mayor"},
		{"NATO officials met in Brussels on Tuesday to weigh the plan — its second draft, the chief said.", "NATO officials met in Brussels on Tuesday to weigh the plan — its second draft"},
		{"NATO officials met in Brussels on Tuesday (local time) — its second draft, the chief said.", "NATO officials met in Brussels on Tuesday (local time) — its second draft"},
	} {
		got := extract.Statements(clipping(tt.text, "2026-12-01", false))
		found := false
		for _, s := range got {
			if strings.HasSuffix(s.Content, tt.content[len(tt.content)-12:]) {
				found = true
				if s.Content != tt.content {
					t.Errorf("%q: content %q, want %q", tt.text, s.Content, tt.content)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement in %s", tt.text, dump(got))
		}
	}
}

// TestReportedClauseGoesOn checks, in made-up sentences, that a reported
// clause keeps what belongs to it past a comma or "and": a clause of
// reason, condition or time ("..., because ...", "..., if ...", "...,
// when ..."), and a second -ing form that pairs with one a preposition or
// "be" governs ("from raising taxes and cutting ..."). Each is read by the
// rules alone and with the shipped model.
func TestReportedClauseGoesOn(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string
		content string // the whole content
	}{
		{
			name:    "a clause of reason after a comma",
			text:    "Mayor Ann Lee said the bridge would stay closed, because the inspectors found cracks in two of its piers.",
			speaker: "Ann Lee",
			content: "the bridge would stay closed, because the inspectors found cracks in two of its piers",
		},
		{
			name:    "a condition after a comma",
			text:    "Tom Gray warned that the county would run out of money by June, if the state does not release its share.",
			speaker: "Tom Gray",
			content: "the county would run out of money by June, if the state does not release its share",
		},
		{
			name:    "a second -ing form paired with one after a preposition",
			text:    "Tom Gray accused the board of ignoring the parents and cutting the music program without a vote.",
			speaker: "Tom Gray",
			content: "the board of ignoring the parents and cutting the music program without a vote",
		},
	}
	for _, tt := range tests {
		for _, rules := range []bool{true, false} {
			t.Run(tt.name, func(t *testing.T) {
				c := clipping(tt.text, "2026-12-01", false)
				got := extract.Statements(c)
				if rules {
					got = extract.StatementsRules(c)
				}
				for _, s := range got {
					if s.Speaker == tt.speaker && strings.HasPrefix(tt.content, s.Content[:min(len(s.Content), 12)]) {
						if s.Content != tt.content {
							t.Errorf("rules alone %v: content %q, want %q", rules, s.Content, tt.content)
						}
						return
					}
				}
				t.Errorf("rules alone %v: missing %s in %s", rules, tt.speaker, dump(got))
			})
		}
	}
}
