package clip

// The page decision: a clipping copied from a whole web page holds the
// article as one run of prose, and around it menus, teasers of other
// stories, galleries, comment threads and footers. Blocks are judged by what
// they are (shallow text features, as in jusText and boilerpipe), then the
// page by where its prose lies:
//
//   - a block is prose when it has enough words, enough function words and
//     ends like a sentence;
//   - prose blocks close together form runs; a run breaks at a long stretch
//     of non-prose, or at a line the page repeats (the "Reply", "Getty",
//     "3/50" or "More like this" that separate the items of a list), and
//     a new run starts under a heading over a list of other stories ("Most
//     read") or over readers' comments ("12 comments");
//   - the run with the most prose is the article's core; another run joins
//     the article when its words are the core's words (weighed by their
//     rarity in news), which teasers and gallery items about other stories
//     are not (a listed run only by its size, a run of comments never);
//   - outside the runs kept, what is not prose goes (menus, headlines of
//     other stories), except short sentences next to the article, however
//     many stand in a row.
//
// Clean article text is one run, and the decision leaves it as it is.

// Parameters of the page decision.
const (
	// proseWords is the fewest words a prose block has.
	proseWords = 8
	// maxGap is the most non-prose blocks a run carries across: a
	// subheading, a caption and its credit, an inline "Read more" link.
	maxGap = 4
	// separatorRepeats is how often a short line must recur in the page
	// to count as what separates the items of a list.
	separatorRepeats = 3
	// separatorWords is the most words such a line has.
	separatorWords = 6
	// minTopic is the share of a run's content words (weighed by rarity)
	// that the core must hold for the run to join the article. Measured
	// on the PolNeAR train articles (TestTopicSplit), against the
	// vocabulary of an article's first half: a paragraph of its second
	// half reaches it 0.80 of the time, one of another article 0.21; three
	// paragraphs 0.83 and 0.11. All 840 are US election news, so other
	// articles share more words than a page's teasers usually do.
	minTopic = 0.10
	// sizeShare: a run with at least 1/sizeShare of the core's words is
	// part of the article whatever its words: the entries of a live blog
	// or of a list article are alike in size, while the teasers and
	// gallery items beside an article are a fraction of it.
	sizeShare = 4
	// minPairs is how many times prose must follow prose in a run for its
	// size alone to count: an article's part, or a live blog's entry, has
	// paragraphs in a row, while a gallery or a list of teasers puts a
	// title or a credit between every two.
	minPairs = 2
	// standfirstWords is the fewest words of a standfirst: more than the
	// headlines of other stories that stand above an article.
	standfirstWords = 12
	// standfirstGapWords is the most words of a line between a
	// standfirst and the article (a byline, a date, "Close").
	standfirstGapWords = 4
)

// para is a paragraph of the page: units with no blank line between them.
// The page decision judges paragraphs, as jusText judges blocks, so that
// prose hard-wrapped into short lines is still prose.
type para struct {
	first, last int // its units
	words       int // words of its units not already furniture
	stop        int // of them, function words (estimated from a sample)
	prose       bool
	sentence    bool   // ends with sentence punctuation, or reports speech in the past (reportsSaying)
	colon       bool   // of which a colon (a label over what follows)
	sep         bool   // a short line the page repeats
	mark        string // when sep, its shape
	label       bool   // its first line heads a list of other stories ("Most read")
	comments    bool   // its first line heads readers' comments ("12 comments")
}

// run is a stretch of paragraphs holding prose close together.
type run struct {
	first, last int  // indexes of its first and last prose paragraphs
	words       int  // words of its prose paragraphs
	pairs       int  // prose paragraphs that follow a prose paragraph
	listed      bool // it starts under a heading over a list of other stories
	comments    int  // the last paragraph heading readers' comments before it; -1 for none
}

// pageDecision marks as furniture the units that lie outside the article
// region of a copied page; see the comment at the top of this file.
func pageDecision(units []unit, roles []int) {
	paras := paragraphsOf(units, roles)
	if !english(paras) {
		return // the features are English ones
	}
	runs := proseRuns(paras)
	if len(runs) == 0 {
		return // no prose: nothing to place an article by
	}
	core := coreRun(units, roles, paras, runs)
	keep := make([]bool, len(paras))
	mark := func(r run) {
		for i := r.first; i <= r.last; i++ {
			keep[i] = true
		}
	}
	mark(runs[core])
	if len(runs) > 1 {
		vocab := map[string]bool{}
		forProse(units, paras, runs[core], func(w string) { vocab[w] = true })
		// Readers' comments under the article talk of its subject and
		// can outweigh it: no run under their heading joins.
		comment := func(r run) bool { return r.first > runs[core].last && r.comments > runs[core].last }
		for k, r := range runs {
			if comment(r) {
				continue
			}
			// A list of other stories under its heading shares the
			// article's words as a site's stories share its subject.
			if k != core && (r.pairs >= minPairs && r.words*sizeShare >= runs[core].words || !r.listed && topicShare(units, paras, r, vocab) >= minTopic) {
				mark(r)
			}
		}
		siblings(paras, runs, core, func(r run) {
			if !comment(r) {
				mark(r)
			}
		})
	}
	standfirst(paras, runs[core].first, keep)
	// Short sentences right next to a kept run stay: a one-line quote or
	// remark ends an article as often as a paragraph does, a headline
	// written as a sentence starts it, and an article written in short
	// paragraphs of one sentence each is all such sentences.
	for i := range paras {
		if keep[i] {
			keepSentences(paras, keep, i, 1)
			keepSentences(paras, keep, i, -1)
		}
	}
	pageHeadline(units, roles, paras, keep, runs[core])
	for i, p := range paras {
		for u := p.first; u <= p.last; u++ {
			switch {
			case !keep[i] && roles[u] != roleHeadline:
				roles[u] = roleFurniture
			case roles[u] == roleContinued && (u == 0 || roles[u-1] == roleFurniture):
				roles[u] = roleBody // what it continued is gone
			}
		}
	}
}

// keepSentences keeps the paragraphs that are sentences too short for
// prose in a row from the kept paragraph i, going by step (1 down the
// page, -1 up it), up to the first that is no such sentence. However many
// the row holds, they are one stretch of text: an article written in
// paragraphs of one short sentence each, with one paragraph long enough
// for prose, is all of it such a row.
func keepSentences(paras []para, keep []bool, i, step int) {
	in := func(j int) bool { return j >= 0 && j < len(paras) && !keep[j] }
	for j := i + step; in(j); j += step {
		switch {
		case paras[j].sentenceLike():
			keep[j] = true
		case j != i+step && paras[j].subheading() && in(j+step) && paras[j+step].sentenceLike() && !paras[j+step].colon:
			// a subheading between two of the row's sentences
		default:
			return
		}
	}
}

// subheading reports a paragraph of one short line with no sentence
// punctuation: a subheading, when sentences stand on both sides of it.
func (p para) subheading() bool {
	return p.first == p.last && !p.sentence && !p.sep && !p.label && !p.comments && p.words <= standfirstGapWords+2
}

// standfirst keeps the article's standfirst: a paragraph above the core's
// first that reads as prose but for its final full stop (a line of summary
// under the headline, which pages print without one), with only short lines
// (byline, date, credit) between it and the core.
func standfirst(paras []para, first int, keep []bool) {
	for i, n := first-1, 0; i >= 0 && n <= 2*maxGap && !keep[i]; i, n = i-1, n+1 {
		p := paras[i]
		if p.sep {
			return
		}
		if p.words <= standfirstGapWords {
			continue
		}
		if !p.prose && !p.sentence && p.words >= standfirstWords && p.stop*10 >= p.words {
			keep[i] = true
		}
		return
	}
}

// sentenceLike reports a paragraph too short for prose that ends like a
// sentence. A line without its full stop is more often a headline, a
// menu entry or a teaser than an article's standfirst, unless it reports
// speech in the past, as headlines and teasers (in the present) do not.
func (p para) sentenceLike() bool {
	if p.prose || p.sep {
		return false
	}
	return p.sentence
}

// siblings marks the runs that are sections of the same article as the
// core: those reached from it across gaps holding a separator that also
// bounds the core. A live blog or an article in sections marks every
// section off the same way ("___", a time stamp); the lists beside an
// article (teasers, galleries, comments) have separators of their own,
// which do not touch the article.
func siblings(paras []para, runs []run, core int, mark func(run)) {
	marks := func(k int) map[string]bool { // the separators before run k
		m := map[string]bool{}
		if k <= 0 || k >= len(runs) {
			return m
		}
		for i := runs[k-1].last + 1; i < runs[k].first; i++ {
			if paras[i].sep {
				m[paras[i].mark] = true
			}
		}
		return m
	}
	// A section is bounded on both sides, or holds the separator itself:
	// a list that starts right after the article (teasers under it)
	// bounds it on one side only.
	bounds := marks(core + 1)
	before := marks(core)
	for m := range bounds {
		if !before[m] {
			delete(bounds, m)
		}
	}
	for i := runs[core].first; i <= runs[core].last; i++ {
		if paras[i].sep {
			bounds[paras[i].mark] = true
		}
	}
	if len(bounds) == 0 {
		return
	}
	shares := func(m map[string]bool) bool {
		for s := range m {
			if bounds[s] {
				return true
			}
		}
		return false
	}
	for k := core + 1; k < len(runs) && shares(marks(k)); k++ {
		mark(runs[k])
	}
	for k := core - 1; k >= 0 && shares(marks(k+1)); k-- {
		mark(runs[k])
	}
}

// english reports whether the text's paragraphs of some length have the
// share of English function words that English prose has (two in five;
// German or Italian prose has a tenth of that in the list).
func english(paras []para) bool {
	words, stop := 0, 0
	for _, p := range paras {
		if p.words >= proseWords {
			words += p.words
			stop += p.stop
		}
	}
	return stop*5 >= words
}

// coreRun returns the index of the article's core: the run with the most
// prose among those that use half the headline's words, or among all when
// none does (or there is no headline, as in most copied pages, where the
// first title-like line is the site's menu). On a page whose gallery or
// list of other stories holds more prose than the article, the headline
// tells which prose is the article's; but only among runs of a size to be
// the article (a sizeShare of the largest): when a menu line is taken for
// the headline, a footer or a copyright line that repeats its words is no
// article.
func coreRun(units []unit, roles []int, paras []para, runs []run) int {
	head := map[string]bool{}
	for i, u := range units {
		if roles[i] == roleHeadline {
			contentWords(u.s, func(w string) { head[w] = true })
			break
		}
	}
	best, bestHead := 0, -1
	for i, r := range runs {
		if r.words > runs[best].words {
			best = i
		}
		if len(head) == 0 || len(runs) == 1 {
			continue
		}
		if 2*headShare(units, paras, r, head) >= 1 && (bestHead < 0 || r.words > runs[bestHead].words) {
			bestHead = i
		}
	}
	if bestHead >= 0 && runs[bestHead].words*sizeShare >= runs[best].words {
		return bestHead
	}
	return best
}

// headShare returns the share of head's words, weighed by rarity, that the
// prose of r uses.
func headShare(units []unit, paras []para, r run, head map[string]bool) float64 {
	seen := map[string]bool{}
	var in, all float64
	forProse(units, paras, r, func(w string) {
		if head[w] && !seen[w] {
			seen[w] = true
			in += weight(w)
		}
	})
	for w := range head {
		all += weight(w)
	}
	return in / all
}

// proseRuns groups the prose units into runs, in order. A heading over a
// list of other stories (listLabel) with prose right under it, or under
// one title line, starts a run of its own: the teasers of the list, which
// read as prose. Headlines under such a heading are a list of links the
// article carries on after, and the run goes on across them.
func proseRuns(paras []para) []run {
	var runs []run
	gap, sep := 0, false
	under := -1    // non-prose paragraphs since a list heading; -1 for none
	comments := -1 // the last heading over readers' comments
	for i, f := range paras {
		if !f.prose {
			gap++
			sep = sep || f.sep
			if f.comments {
				comments = i
			}
			switch {
			case f.label:
				under = 0
			case under >= 0:
				under++
			}
			continue
		}
		listed := under >= 0 && under <= 1
		// A list of other stories ends where readers' comments begin.
		listEnds := len(runs) > 0 && runs[len(runs)-1].listed && comments > runs[len(runs)-1].last
		if n := len(runs); n > 0 && gap <= maxGap && (!sep || gap == 1) && !listed && !listEnds {
			runs[n-1].last = i
			if gap == 0 {
				runs[n-1].pairs++
			}
		} else {
			runs = append(runs, run{first: i, last: i, listed: listed, comments: comments})
		}
		runs[len(runs)-1].words += f.words
		gap, sep, under = 0, false, -1
	}
	return runs
}

// forProse calls f with each content word of r's prose paragraphs.
func forProse(units []unit, paras []para, r run, f func(w string)) {
	for i := r.first; i <= r.last; i++ {
		if !paras[i].prose {
			continue
		}
		for u := paras[i].first; u <= paras[i].last; u++ {
			contentWords(units[u].s, f)
		}
	}
}

// topicShare returns the share of the content words of r's prose, each
// counted once and weighed by its rarity in news, that vocab holds.
func topicShare(units []unit, paras []para, r run, vocab map[string]bool) float64 {
	seen := map[string]bool{}
	var in, all float64
	forProse(units, paras, r, func(w string) {
		if seen[w] {
			return
		}
		seen[w] = true
		wt := weight(w)
		all += wt
		if vocab[w] {
			in += wt
		}
	})
	if all == 0 {
		return 0
	}
	return in / all
}
