package digest

import (
	"fmt"
	"slices"
	"testing"
)

// TestComposeSecondLineAddsSomething: a story's second line is not the
// paraphrase of its first (or the quote its first paraphrases): the better
// of the two stays and the next distinct statement gets the slot.
func TestComposeSecondLineAddsSomething(t *testing.T) {
	story := func(es ...Entry) []Entry {
		for i := range es {
			es[i].ContentSpan = Span{100 * i, 100*i + 50}
		}
		return es
	}
	tests := []struct {
		name    string
		entries []Entry
		want    []int64 // the ids of the story's two lines
	}{
		{"the quote a paraphrase reports is kept, the next statement gets the slot", story(
			entry(1, 1, "Dmitry Peskov", "Kremlin spokesman", "finding a way out of a total freeze in bilateral contacts will take time", false, "2025-09-05", srcRT),
			entry(2, 1, "Dmitry Peskov", "Kremlin spokesman", "The process of finding a way out of such a total freeze will take time.", true, "2025-09-05", srcRT),
			entry(3, 1, "Dmitry Peskov", "Kremlin spokesman", "Too much damage has been dealt to the whole architecture of bilateral relations.", true, "2025-09-05", srcRT),
		), []int64{2, 3}},
		{"a quoted fragment yields to the fuller paraphrase", story(
			entry(1, 1, "Dmitry Peskov", "Kremlin spokesman", "efforts to restore relations between Russia and the United States are still in the initial stages, as diplomatic contacts resumed after Trump took office", false, "2025-03-11", srcAA),
			entry(2, 1, "Dmitry Peskov", "Kremlin spokesman", "relations between Russia and the United States in the initial stages", true, "2025-03-11", srcAA),
			entry(3, 1, "Dmitry Peskov", "Kremlin spokesman", "The key issue is whether the Ukrainian government truly seeks peace.", true, "2025-03-11", srcAA),
		), []int64{1, 3}},
		{"two speakers saying the same words are two lines", story(
			entry(1, 1, "Dmitry Peskov", "Kremlin spokesman", "finding a way out of a total freeze in bilateral contacts will take time", false, "2025-09-05", srcRT),
			entry(2, 8, "Sergei Lavrov", "Foreign Minister", "Finding a way out of the total freeze in contacts will take time.", true, "2025-09-05", srcRT),
			entry(3, 1, "Dmitry Peskov", "Kremlin spokesman", "Too much damage has been dealt to the whole architecture of bilateral relations.", true, "2025-09-05", srcRT),
		), []int64{1, 2}},
		{"a repeat with nothing else to say takes no second line", story(
			entry(1, 1, "Dmitry Peskov", "Kremlin spokesman", "The process of finding a way out of such a total freeze will take time.", true, "2025-09-05", srcRT),
			entry(2, 1, "Dmitry Peskov", "Kremlin spokesman", "finding a way out of a total freeze in bilateral contacts will take time", false, "2025-09-05", srcRT),
		), []int64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compose(tt.entries, ComposeOptions{Now: digestNow})
			var got []int64
			for _, e := range lines(d) {
				got = append(got, e.ID)
			}
			slices.Sort(got)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("lines %v, want %v", got, tt.want)
			}
			if d.More != len(tt.entries)-len(got) {
				t.Errorf("More %d, want %d: a repeat left out is still counted", d.More, len(tt.entries)-len(got))
			}
		})
	}
}

func TestSameClaim(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"said finding a way out of a “total freeze” in bilateral contacts will take time",
			"The process of finding a way out… of such a total freeze will take time.", true},
		{"So far, the process of normalizing relations with the U.S. is going nowhere fast.",
			"We’d like to see a bit more movement in the talks, since that’s what we’re interested in.", false},
		{"initial stages", "efforts are still in the initial stages", false}, // too few words to tell
		{"Russia and the United States will talk about Ukraine and trade.", // the story's names alone are no claim
			"Russia and the United States disagree on Ukraine.", false},
	}
	for _, tt := range tests {
		if got := sameClaim(claimWords(tt.a), claimWords(tt.b)); got != tt.want {
			t.Errorf("sameClaim(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
