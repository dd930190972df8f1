// Training the learned models (model.go) on annotated articles: the
// command `go run ./digest/extract/train` reads PolNeAR train and calls
// Train. Training is deterministic: articles in the order given, a fixed
// seed for the order of instances, averaged weights.

package extract

import (
	"fmt"
	"io"
	"math/rand"
	"slices"

	"github.com/whosaid/whosaid/digest"
)

// Example is one annotated article: its clipping and the attributions
// annotators found in it.
type Example struct {
	Name string
	Clip *digest.Clipping
	Gold []Attribution
}

// Attribution is one annotated attribution, as byte spans into the
// clipping's text (several spans when the annotators split a part).
type Attribution struct {
	Source, Content []digest.Span
	Cue             string // the cue's words
}

// TrainOptions sets how Train runs.
type TrainOptions struct {
	Epochs int       // passes over the instances of each model (default 8)
	Seed   int64     // shuffles the instances between passes
	Log    io.Writer // progress; nil: none
	// KeepMin is the score below which the statement model drops a
	// statement.
	KeepMin float64
	// KeepCommon is how many of the statement model's training statements
	// must hold a feature for the model to learn it (default 25; 1: every
	// feature).
	KeepCommon int
}

// defaultKeepCommon: a feature seen in fewer than 25 of the statement
// model's training statements (about 4,700; 3,750 in each fold of 5-fold
// CV) is not learned. With every feature, the model drops 2,000 wrong
// statements against 10 right on the folds it was trained on and 120
// against 80 on held-out folds: it learns single speakers and words. With
// the rare ones left out, 5-fold CV on train at threshold 0, seeds 1/7/13:
// about 10 wrong statements fewer and 15 speech attributions more than
// with every feature at the shipped -1 (20 and 30 lie on the same
// plateau; 10 changes nothing, 40 lowers precision, 50 ranks worse).
const defaultKeepCommon = 25

// Model is a trained set of weights for the extractor.
type Model struct{ m *model }

// Rules is the extractor without a learned model: the rules alone.
var Rules = &Model{}

// Statements extracts c's statements with the model.
func (m *Model) Statements(c *digest.Clipping) []digest.Statement {
	return statementsWith(c, m.m, nil, nil)
}

// MarshalBinary returns the weights as model.bin holds them.
func (m *Model) MarshalBinary() ([]byte, error) {
	if m.m == nil {
		return nil, fmt.Errorf("extract: the rules have no weights")
	}
	return m.m.encode(), nil
}

// Train learns the boundary models from the rules' statements on exs, then
// the statement model from the statements that the rules and the boundary
// models make together.
func Train(exs []Example, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", a...)
		}
	}
	m := newModel()
	// boundaries: learn from the rules' own boundaries
	var ends, starts []rankInst
	var endReach, startReach reach
	for _, ex := range exs {
		t := ex.Clip.Text
		ruled(ex, func(in *inst, g digest.Span) {
			ge, gs := trimEnd(t, g), trimStart(t, g)
			endReach.count(trimEnd(t, in.rule), ge, in.ends)
			startReach.count(trimStart(t, in.rule), gs, in.starts)
			if ri, ok := newRankInst(in.ends, in.endFs, ge); ok {
				ends = append(ends, ri)
			}
			if ri, ok := newRankInst(in.starts, in.startFs, gs); ok {
				starts = append(starts, ri)
			}
		})
	}
	logf("boundary instances: %d ends, %d starts", len(ends), len(starts))
	logf("ends as the annotations have them: %v", endReach)
	logf("starts as the annotations have them: %v", startReach)
	m.w[mdEnd] = bagged(opt.Seed, func(seed int64) []float32 { return trainRank(ends, opt.Epochs, seed) })
	m.w[mdStart] = bagged(opt.Seed+1, func(seed int64) []float32 { return trainRank(starts, opt.Epochs, seed) })
	// statements: what the rules and boundary models make, labelled by
	// whether it is an annotated attribution
	var keeps []binInst
	pos := 0
	for _, ex := range exs {
		judged(ex, m, func(fs []uint32, y bool) {
			if y {
				pos++
			}
			keeps = append(keeps, binInst{fs: fs, y: y})
		})
	}
	logf("statement instances: %d (%d annotated)", len(keeps), pos)
	if opt.KeepCommon <= 0 {
		opt.KeepCommon = defaultKeepCommon
	}
	keeps = commonFeatures(keeps, opt.KeepCommon)
	m.w[mdKeep] = bagged(opt.Seed+2, func(seed int64) []float32 { return trainBinary(keeps, opt.Epochs, seed) })
	m.keepMin = float32(opt.KeepMin)
	return &Model{m: m}, nil
}

// ruled calls visit with the boundary candidates of every statement the
// rules find in ex whose content overlaps an annotated one, and the
// annotated content part it overlaps most.
func ruled(ex Example, visit func(in *inst, gold digest.Span)) {
	col := &collector{bounds: true}
	statementsWith(ex.Clip, nil, col, nil)
	for i := range col.insts {
		if g, ok := bestFragment(ex.Gold, col.insts[i].rule); ok {
			visit(&col.insts[i], g)
		}
	}
}

// judged calls visit with the features of every statement of ex that the
// statement model judges, with the boundaries m's models set, and whether
// the statement is an annotated attribution.
func judged(ex Example, m *model, visit func(fs []uint32, annotated bool)) {
	col := &collector{keep: true}
	var rawOf []int
	sts := statementsWith(ex.Clip, m, col, &rawOf)
	byRaw := map[int]int{}
	for i, in := range col.insts {
		byRaw[in.raw] = i
	}
	for i, st := range sts {
		k, ok := byRaw[rawOf[i]]
		if !ok || col.insts[k].keepFs == nil {
			continue
		}
		visit(col.insts[k].keepFs, correct(ex.Gold, st))
	}
}

// reach counts how the rules' boundaries of the statements that overlap an
// annotated content stand against the annotation: the headroom of the
// boundary models, which choose among candidates around the rules' choice.
type reach struct {
	right     int // the rules' boundary is the annotated one
	candidate int // another candidate is
	beyond    int // no candidate is: the annotated boundary lies outside the room
}

func (r *reach) count(rule, gold int, cands []int) {
	switch {
	case rule == gold:
		r.right++
	case slices.Contains(cands, gold):
		r.candidate++
	default:
		r.beyond++
	}
}

func (r reach) String() string {
	return fmt.Sprintf("the rules' right %d, another candidate right %d, none %d", r.right, r.candidate, r.beyond)
}

// ExactSpan returns sp narrowed as exact matching of contents reads it:
// without the spaces, quote marks and punctuation at its ends, and without
// a leading "that".
func ExactSpan(t string, sp digest.Span) digest.Span {
	a, e := trimStart(t, sp), trimEnd(t, sp)
	if e < a {
		e = a
	}
	return digest.Span{a, e}
}

// bestFragment returns the annotated content part that overlaps c most.
func bestFragment(gold []Attribution, c digest.Span) (digest.Span, bool) {
	var best digest.Span
	bo := 0
	for _, g := range gold {
		for _, fr := range g.Content {
			if o := overlap(fr, c); o > bo {
				best, bo = fr, o
			}
		}
	}
	return best, bo > 0
}

func overlap(a, b digest.Span) int {
	return max(0, min(a[1], b[1])-max(a[0], b[0]))
}

// correct reports whether st is an annotated attribution as the measure
// counts it: at least half its content inside one attribution's content,
// and its speaker's mention overlapping that attribution's source (when it
// has one).
func correct(gold []Attribution, st digest.Statement) bool {
	cs, sp := st.ContentSpan, st.SpeakerSpan
	n := max(1, cs[1]-cs[0])
	for _, g := range gold {
		in := 0
		for _, fr := range g.Content {
			in += overlap(fr, cs)
		}
		if 2*in < n {
			continue
		}
		if len(g.Source) == 0 {
			return true
		}
		for _, s := range g.Source {
			if overlap(s, sp) > 0 {
				return true
			}
		}
	}
	return false
}

// rankInst is one choice among candidates, some of them right.
type rankInst struct {
	fs    [][]uint32
	right []bool
}

// newRankInst labels candidates at positions pos right where they equal
// want; false when none does.
func newRankInst(pos []int, fs [][]uint32, want int) (rankInst, bool) {
	ri := rankInst{fs: fs, right: make([]bool, len(pos))}
	any := false
	for i, p := range pos {
		if p == want {
			ri.right[i], any = true, true
		}
	}
	return ri, any
}

// trainRank trains a ranking perceptron: when the best-scored candidate is
// wrong, the best-scored right one gains and the wrong one loses.
func trainRank(insts []rankInst, epochs int, seed int64) []float32 {
	p := newPerceptron()
	passes(len(insts), epochs, seed, func(i int) {
		in := insts[i]
		bi, bs, ri, rs := -1, 0.0, -1, 0.0
		for c, fs := range in.fs {
			s := p.score(fs)
			if bi < 0 || s > bs {
				bi, bs = c, s
			}
			if in.right[c] && (ri < 0 || s > rs) {
				ri, rs = c, s
			}
		}
		if !in.right[bi] {
			p.update(in.fs[ri], 1)
			p.update(in.fs[bi], -1)
		}
		p.tick()
	})
	return p.averaged()
}

// bagShuffles is how many differently shuffled perceptrons each model
// averages. One perceptron's weights depend on the order it saw the
// instances in: a small change to the rules moved single boundaries on
// unseen text back and forth; the mean of several orders moves less.
// Twenty rather than five: with five, three training seeds left dev
// precision 0.899-0.902 and recall 0.794-0.798 apart; with twenty,
// 0.900-0.901 and 0.798-0.799, for about a second more of training.
// Sixty rather than twenty: between two training seeds, 5-fold CV on
// train still held 81 to 90 statements that one seed made and the other
// did not (of 11,485); with sixty 36 to 49 (a hundred: 33 to 43), for
// about four seconds more, and the same precision and recall.
const bagShuffles = 60

// bagged averages the weights that train learns under bagShuffles seeds
// from seed on (in a fixed order, so the sum is reproduced bit for bit).
func bagged(seed int64, train func(seed int64) []float32) []float32 {
	var sum []float32
	for i := int64(0); i < bagShuffles; i++ {
		w := train(seed + 1000*i)
		if sum == nil {
			sum = w
			continue
		}
		for k := range sum {
			sum[k] += w[k]
		}
	}
	for k := range sum {
		sum[k] /= bagShuffles
	}
	return sum
}

// passes calls visit with every index below n, epochs times, in an order
// shuffled anew each time by a generator seeded with seed.
func passes(n, epochs int, seed int64, visit func(int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			visit(i)
		}
	}
}

// binInst is one yes-or-no instance.
type binInst struct {
	fs []uint32
	y  bool
}

// trainBinary trains a perceptron that scores yes above zero.
func trainBinary(insts []binInst, epochs int, seed int64) []float32 {
	p := newPerceptron()
	passes(len(insts), epochs, seed, func(i int) {
		in := insts[i]
		s := p.score(in.fs)
		if in.y && s <= 0 {
			p.update(in.fs, 1)
		} else if !in.y && s >= 0 {
			p.update(in.fs, -1)
		}
		p.tick()
	})
	return p.averaged()
}

// commonFeatures returns insts with only the features (buckets of the
// weight table) that at least k of them hold, counted once an instance.
func commonFeatures(insts []binInst, k int) []binInst {
	if k <= 1 {
		return insts
	}
	held := make([]int, 1<<modelBits)
	last := make([]int, 1<<modelBits) // the instance that last counted a bucket, plus one
	for n, in := range insts {
		for _, f := range in.fs {
			if b := f & (1<<modelBits - 1); last[b] != n+1 {
				last[b] = n + 1
				held[b]++
			}
		}
	}
	out := make([]binInst, len(insts))
	for n, in := range insts {
		fs := make([]uint32, 0, len(in.fs))
		for _, f := range in.fs {
			if held[f&(1<<modelBits-1)] >= k {
				fs = append(fs, f)
			}
		}
		out[n] = binInst{fs: fs, y: in.y}
	}
	return out
}
