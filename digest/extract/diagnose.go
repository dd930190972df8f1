// How the learned models (model.go) do on annotated articles, for the
// training command's -report: where each boundary model's choice stands
// against the annotation, and how many right and wrong statements the
// statement model would drop at each threshold.

package extract

import (
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/whosaid/whosaid/digest"
)

// Tally counts, over the statements whose content overlaps an annotated
// one, how a boundary model's choice stands against the annotated
// boundary beside the rules' own.
type Tally struct {
	Both       int // the rules and the model are right
	RulesOnly  int // the rules are right, the model moved the boundary away
	ModelOnly  int // the model moved the boundary to the right place
	Neither    int // both are wrong, though a candidate is right
	OutOfReach int // no candidate is right
}

// Right returns how many boundaries the model sets right.
func (t Tally) Right() int { return t.Both + t.ModelOnly }

func (t Tally) String() string {
	n := t.Both + t.RulesOnly + t.ModelOnly + t.Neither + t.OutOfReach
	return fmt.Sprintf("model right %d of %d (%.3f; the rules %d): both right %d, the rules only %d, the model only %d, neither though in reach %d, out of reach %d",
		t.Right(), n, float64(t.Right())/float64(max(1, n)), t.Both+t.RulesOnly, t.Both, t.RulesOnly, t.ModelOnly, t.Neither, t.OutOfReach)
}

func (t *Tally) count(rule, model, gold int, cands []int) {
	switch {
	case rule == gold && model == gold:
		t.Both++
	case rule == gold:
		t.RulesOnly++
	case model == gold:
		t.ModelOnly++
	case slices.Contains(cands, gold):
		t.Neither++
	default:
		t.OutOfReach++
	}
}

// Diagnosis gathers how a model does on a set of articles.
type Diagnosis struct {
	End, Start Tally
	// Keep: every statement the statement model judged, its score and
	// whether it is an annotated attribution (as attrib-eval counts one)
	Keep []KeepScore
}

// KeepScore is one statement the statement model judged.
type KeepScore struct {
	Score     float32
	Annotated bool
}

// Diagnose adds to d how m's models do on ex. Each boundary model is
// scored alone, on the rules' statements (as it is trained), choosing
// among its candidates without the rules' overrides that the extractor
// applies afterwards (a request keeps its verb, "that" is skipped).
func (m *Model) Diagnose(ex Example, d *Diagnosis) {
	if m.m == nil {
		return
	}
	t := ex.Clip.Text
	ruled(ex, func(in *inst, g digest.Span) {
		d.End.count(trimEnd(t, in.rule), m.m.choose(mdEnd, in.ends, in.endFs, trimEnd(t, in.rule)), trimEnd(t, g), in.ends)
		d.Start.count(trimStart(t, in.rule), m.m.choose(mdStart, in.starts, in.startFs, trimStart(t, in.rule)), trimStart(t, g), in.starts)
	})
	judged(ex, m.m, func(fs []uint32, annotated bool) {
		d.Keep = append(d.Keep, KeepScore{m.m.score(mdKeep, fs), annotated})
	})
}

// choose returns the candidate position that model md scores highest,
// def (the rules' choice) on ties, as sentence.best does.
func (m *model) choose(md int, pos []int, fs [][]uint32, def int) int {
	best, bs := def, float32(0)
	have := false
	for c, p := range pos {
		if p == def {
			best, bs, have = p, m.score(md, fs[c]), true
			break
		}
	}
	for c, p := range pos {
		if s := m.score(md, fs[c]); !have || s > bs {
			best, bs, have = p, s, true
		}
	}
	return best
}

// WriteKeepCurve writes how many wrong and right statements of d the
// statement model drops below each threshold from lo to hi by step.
func (d *Diagnosis) WriteKeepCurve(w io.Writer, lo, hi, step float32) {
	ks := slices.Clone(d.Keep)
	sort.Slice(ks, func(i, j int) bool { return ks[i].Score < ks[j].Score })
	right := 0
	for _, k := range ks {
		if k.Annotated {
			right++
		}
	}
	fmt.Fprintf(w, "statements judged: %d (%d annotated, %d not)\n", len(ks), right, len(ks)-right)
	// the ranking alone, whatever the threshold: how well the scores
	// order the statements, and how many of the lowest-scored are wrong
	fmt.Fprintf(w, "  ranking AUC %.4f;", rankingAUC(ks))
	for _, n := range []int{100, 200, 300} {
		wrong := 0
		for _, k := range ks[:min(n, len(ks))] {
			if !k.Annotated {
				wrong++
			}
		}
		fmt.Fprintf(w, " lowest %d: %d not annotated;", n, wrong)
	}
	fmt.Fprintln(w)
	i, dr, dw := 0, 0, 0
	for th := lo; th <= hi+step/2; th += step {
		for i < len(ks) && ks[i].Score < th {
			if ks[i].Annotated {
				dr++
			} else {
				dw++
			}
			i++
		}
		fmt.Fprintf(w, "  below %+.1f: drops %d not annotated, %d annotated\n", th, dw, dr)
	}
}

// rankingAUC returns the share of pairs of an annotated and an unannotated
// statement of ks (sorted by score) that the annotated one wins, a tie
// counting half: 0.5 for scores that say nothing, 1 for a perfect order.
func rankingAUC(ks []KeepScore) float64 {
	var pairs float64
	below, right := 0, 0
	for i := 0; i < len(ks); {
		j, r, w := i, 0, 0
		for ; j < len(ks) && ks[j].Score == ks[i].Score; j++ {
			if ks[j].Annotated {
				r++
			} else {
				w++
			}
		}
		pairs += float64(r*below) + float64(r*w)/2
		below += w
		right += r
		i = j
	}
	if right == 0 || below == 0 {
		return 0.5
	}
	return pairs / float64(right*below)
}
