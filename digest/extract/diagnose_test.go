package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
)

// TestTallyCount checks each kind of boundary choice the report counts.
func TestTallyCount(t *testing.T) {
	var tl Tally
	cands := []int{10, 20, 30}
	tl.count(20, 20, 20, cands) // both right
	tl.count(20, 30, 20, cands) // the model moved a right boundary away
	tl.count(20, 30, 30, cands) // the model found the right one
	tl.count(20, 20, 10, cands) // a candidate was right, neither chose it
	tl.count(20, 20, 15, cands) // no candidate was right
	want := Tally{Both: 1, RulesOnly: 1, ModelOnly: 1, Neither: 1, OutOfReach: 1}
	if tl != want {
		t.Errorf("got %+v, want %+v", tl, want)
	}
	if tl.Right() != 2 {
		t.Errorf("Right() = %d, want 2", tl.Right())
	}
}

// TestChoose checks that a boundary model's choice keeps the rules' on a
// tie and takes a higher score elsewhere.
func TestChoose(t *testing.T) {
	m := newModel()
	fs := [][]uint32{{1}, {2}, {3}}
	if got := m.choose(mdEnd, []int{5, 6, 7}, fs, 6); got != 6 {
		t.Errorf("all tied: got %d, want the rules' 6", got)
	}
	m.w[mdEnd][3] = 1
	if got := m.choose(mdEnd, []int{5, 6, 7}, fs, 6); got != 7 {
		t.Errorf("got %d, want the best-scored 7", got)
	}
}

// TestDiagnose runs the report on a made-up article: a model trained on
// it sets its content where the annotation does, and the statement model's
// curve counts every statement it judges.
func TestDiagnose(t *testing.T) {
	c, err := clip.Parse("made-up.txt", []byte("Senator's week\n\nThe senator said on Tuesday that the bill would pass easily through the chamber this week.\n\nShe added that the vote was close.\n"), clip.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := c.Text
	if len(Rules.Statements(c)) < 2 {
		t.Fatalf("the rules find %d statements in the example, want 2", len(Rules.Statements(c)))
	}
	span := func(s string) digest.Span {
		i := strings.Index(text, s)
		return digest.Span{i, i + len(s)}
	}
	ex := Example{Name: "made-up", Clip: c, Gold: []Attribution{
		{Source: []digest.Span{span("The senator")}, Content: []digest.Span{span("the bill would pass easily")}, Cue: "said"},
		{Source: []digest.Span{span("She")}, Content: []digest.Span{span("the vote was close")}, Cue: "added"},
	}}
	m, err := Train([]Example{ex}, TrainOptions{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var d Diagnosis
	m.Diagnose(ex, &d)
	n := d.End.Both + d.End.RulesOnly + d.End.ModelOnly + d.End.Neither + d.End.OutOfReach
	if n == 0 {
		t.Fatal("no boundary counted")
	}
	// the rules end the first content at the sentence's end; the model,
	// trained on this very article, where the annotation does
	if d.End.ModelOnly != 1 || d.End.Right() != 2 {
		t.Errorf("end model: %v", d.End)
	}
	if len(d.Keep) == 0 {
		t.Error("the statement model judged no statement")
	}
	var b bytes.Buffer
	d.WriteKeepCurve(&b, -1, 1, 1)
	if !strings.Contains(b.String(), "statements judged: ") || strings.Count(b.String(), "below") != 3 {
		t.Errorf("curve:\n%s", b.String())
	}
}

// TestRankingAUC checks the threshold-free measure of the statement
// model's scores that -report prints.
func TestRankingAUC(t *testing.T) {
	for _, c := range []struct {
		name string
		ks   []KeepScore
		want float64
	}{
		{"perfect", []KeepScore{{-2, false}, {-1, false}, {0, true}, {3, true}}, 1},
		{"reversed", []KeepScore{{-2, true}, {1, false}}, 0},
		{"one pair of two wrong", []KeepScore{{-2, false}, {-1, true}, {0, false}, {1, true}}, 0.75},
		{"tie", []KeepScore{{0, false}, {0, true}}, 0.5},
		{"one class", []KeepScore{{0, true}, {1, true}}, 0.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := rankingAUC(c.ks); got != c.want {
				t.Errorf("rankingAUC = %v, want %v", got, c.want)
			}
		})
	}
}
