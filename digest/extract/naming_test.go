package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestNamedThing checks that "called" and the name after it close a noun
// phrase when nothing but the rest of the sentence follows the name: a
// thing and its name, no statement. Made-up sentences, the rules alone.
func TestNamedThing(t *testing.T) {
	noStatement(t, []string{
		"The plan grew.\n\nA radio host has set up a website called “Cape Breton Calls” that pitches the island to Americans.",
		"The plan grew.\n\nBoth senators oppose an inflation formula called the “chained CPI” that would cut payments.",
		"The plan grew.\n\nThey slammed the tax loophole called an “inversion,” in which a company moves abroad.",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return strings.EqualFold(s.Cue, "called")
	})
}

// TestCalledSomething checks that a speaker who calls someone something
// still says it: an object, then what it is called.
func TestCalledSomething(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{name: "a name, then what it is called", text: "The plan grew.\n\nThe group called Tom Reyes a liar.", speaker: "The group", content: "Tom Reyes a liar"},
		{name: "an object, then a quotation", text: "The plan grew.\n\nA local group called the plan “a disgrace” on Friday.", speaker: "A local group", content: "the plan “a disgrace”"},
	})
}
