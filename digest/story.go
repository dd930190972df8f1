package digest

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// perStory is how many lines a story gets in a digest at most: its key
// statement and one more. A digest is shorter than the articles.
const perStory = 2

// Story is the clippings that carried one piece of news (clippings sharing
// a statement are one story) and the statements shown from them.
type Story struct {
	Headline  string    // the first clipping's headline, "" when none
	Sources   []Source  // one per clipping, the first stored first
	Published time.Time // the newest publication date among them; zero when unknown
	Entries   []Entry   // the lines shown, in text order
	Total     int       // the story's statements, its headline's aside
	lines     []line    // every statement, best first
	newest    int64     // the highest clipping id, to order stories published the same day
}

// line is one of a story's statements with what ranks it.
type line struct {
	e     *Entry  // into the story's sorted entries
	order int     // position in the story's text order
	score float64 // higher: more what the story is about
	vague bool    // a speaker described in common words ("officials")
	// lede: the first statement of its clipping, of ledeWords words or
	// more, on the headline's subject: it may lead its story however
	// vague its speaker.
	lede  bool
	alone bool // a short quote that means nothing alone ("It may well be")
	// fragment: a quote cut from inside a sentence ("dialogue channels do
	// exist"), ranked below the story's whole statements.
	fragment bool
	dup      bool // says what a line ranked above it says (see distinctLines)
}

// buildStories groups merged entries into stories, drops the statements a
// headline states (the headline shows them as the story's title), ranks the
// rest and orders the stories newest first.
func buildStories(entries []Entry, follows []int64) []Story {
	// Clippings sharing an entry are one story: union them.
	parent := map[string]string{}
	var find func(string) string
	find = func(k string) string {
		p, ok := parent[k]
		if !ok || p == k {
			parent[k] = k
			return k
		}
		r := find(p)
		parent[k] = r
		return r
	}
	keys := make([][]string, len(entries))
	for i, e := range entries {
		for _, s := range e.Sources {
			keys[i] = append(keys[i], sourceKey(s))
		}
		if len(keys[i]) == 0 {
			keys[i] = []string{"entry:" + strconv.FormatInt(e.ID, 10) + ":" + strconv.Itoa(i)}
		}
		root := find(keys[i][0])
		for _, k := range keys[i][1:] {
			if r := find(k); r != root {
				parent[r] = root
			}
		}
	}
	index := map[string]int{}
	var members [][]int // each story's entries, by index
	for i := range entries {
		root := find(keys[i][0])
		si, ok := index[root]
		if !ok {
			si = len(members)
			index[root] = si
			members = append(members, nil)
		}
		members[si] = append(members[si], i)
	}
	stories := make([]Story, len(members))
	for i, m := range members {
		es := make([]Entry, len(m))
		for j, k := range m {
			es[j] = entries[k]
		}
		stories[i] = newStory(es, follows)
	}
	slices.SortStableFunc(stories, func(a, b Story) int {
		return cmp.Or(-a.Published.Compare(b.Published), -cmp.Compare(a.newest, b.newest))
	})
	return stories
}

// sourceKey identifies a source's clipping.
func sourceKey(s Source) string {
	if s.ClippingID != 0 {
		return "c:" + strconv.FormatInt(s.ClippingID, 10)
	}
	return "p:" + s.Path + "\x00" + s.Outlet + "\x00" + s.URL + "\x00" + s.Headline
}

// newStory makes the story of entries: its sources and headline, and its
// statements ranked.
func newStory(entries []Entry, follows []int64) Story {
	var st Story
	seen := map[string]bool{}
	for _, e := range entries {
		for _, s := range e.Sources {
			if k := sourceKey(s); !seen[k] {
				seen[k] = true
				st.Sources = append(st.Sources, s)
			}
		}
	}
	slices.SortStableFunc(st.Sources, func(a, b Source) int { return cmp.Compare(a.ClippingID, b.ClippingID) })
	for _, s := range st.Sources {
		if st.Headline == "" {
			// "Evangelical Iowans flock to Cruz;": the subheading it ran
			// on into is not shown, nor is the mark before it.
			st.Headline = strings.TrimRight(FoldSpace(s.Headline), ",;: ")
		}
		if s.Published.After(st.Published) {
			st.Published = s.Published
		}
		st.newest = max(st.newest, s.ClippingID)
	}
	// Text order: by the clipping that carried the statement first, then by
	// where it stands in it.
	clipOrder := map[string]int{}
	for i, s := range st.Sources {
		clipOrder[sourceKey(s)] = i
	}
	pos := func(e Entry) (int, int) {
		if len(e.Sources) == 0 {
			return len(st.Sources), int(e.ID)
		}
		return clipOrder[sourceKey(e.Sources[0])], e.ContentSpan.Start()
	}
	// Sort small keys, not the entries themselves.
	type posKey struct{ clip, at, i int }
	keys := make([]posKey, len(entries))
	for i, e := range entries {
		c, p := pos(e)
		keys[i] = posKey{c, p, i}
	}
	slices.SortFunc(keys, func(a, b posKey) int {
		return cmp.Or(cmp.Compare(a.clip, b.clip), cmp.Compare(a.at, b.at), cmp.Compare(entries[a.i].ID, entries[b.i].ID), cmp.Compare(a.i, b.i))
	})
	sorted := make([]Entry, len(entries))
	clipOf := make([]int, len(entries))
	for i, k := range keys {
		sorted[i], clipOf[i] = entries[k.i], k.clip
	}
	entries = sorted
	st.lines = make([]line, 0, len(entries))

	// The headline's own statements are the title; their speakers and
	// words say what the story is about.
	var body []int // indices into entries
	var headSpeakers []string
	headKeys := map[string]string{} // headline -> its contentKey
	for i, e := range entries {
		if headlineStatement(e, headKeys) {
			headSpeakers = append(headSpeakers, e.Speaker)
			continue
		}
		body = append(body, i)
	}
	if st.Headline == "" && len(body) == 0 { // nothing to title the story with: show them
		for i := range entries {
			body = append(body, i)
		}
	}
	headWords := words(st.Headline)
	for _, sp := range headSpeakers { // "Kremlin Says ...": Kremlin is no topic word
		for w := range words(sp) {
			delete(headWords, w)
		}
	}
	titles := map[string]string{}
	for _, i := range body {
		if e := &entries[i]; e.SpeakerTitle != "" {
			titles[speakerKey(e)] = e.SpeakerTitle
		}
	}
	perClip := map[int]int{} // statements seen so far in each clipping
	for order, i := range body {
		e := &entries[i]
		c := clipOf[i]
		rank := perClip[c]
		perClip[c]++
		l := line{e: e, order: order, vague: !namedSpeaker(e.Speaker), alone: meansNothingAlone(e) && e.Question == "" || subjectlessClause(e), fragment: fragmentQuote(e)}
		l.score = 2 / float64(1+rank) // what the story leads with
		if len(headWords) > 0 {
			share := overlap(headWords, e.Content, e.Question)
			l.score += 3 * share
			// A lede of some length on the headline's subject states the
			// news, whoever speaks: "police said ... a 15-year-old girl was
			// pepper-sprayed", "a new poll found ...".
			l.lede = rank == 0 && share > 0 && countWords(e.Content, ledeWords) >= ledeWords
		}
		if headlineSpeaker(e, titles[speakerKey(e)], st.Headline, headSpeakers) {
			l.score += 1.5
		}
		if e.Direct && !pronounQuote(e) {
			l.score++
		}
		if titles[speakerKey(e)] != "" && !l.vague {
			l.score += 0.5
		}
		l.score += 0.5 * float64(min(len(e.Outlets())-1, 4))
		if e.SpeakerID != 0 && slices.Contains(follows, e.SpeakerID) {
			l.score += 3
		}
		st.lines = append(st.lines, l)
	}
	st.Total = len(st.lines)
	slices.SortStableFunc(st.lines, func(a, b line) int {
		return cmp.Or(cmpBool(a.alone, b.alone), cmpBool(a.vague && !a.lede, b.vague && !b.lede), cmpBool(a.fragment, b.fragment), -cmp.Compare(a.score, b.score), cmp.Compare(a.order, b.order))
	})
	st.lines = distinctLines(st.lines)
	return st
}

// fragmentQuote reports whether e is a direct quote cut from inside a
// sentence ("dialogue channels do exist", from "..., adding that “dialogue
// channels do exist”"): it opens with a lower-case letter. A story's key
// line is a whole statement where it has one.
func fragmentQuote(e *Entry) bool {
	if !e.Direct {
		return false
	}
	for _, r := range e.Content {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// pronounSubjects are the words a quote opens with when its subject is
// its speaker, the listener or something said before: "I hope not", "We'll
// see", "It was a sizable purchase".
var pronounSubjects = map[string]bool{
	"i": true, "we": true, "you": true, "it": true, "he": true, "she": true, "they": true,
	"this": true, "that": true, "these": true, "those": true, "my": true, "our": true,
	"everybody": true, "everyone": true, "nobody": true, "somebody": true, "someone": true,
}

// pronounQuote reports whether e is a short direct quote (fewer than eight
// words) whose subject is a pronoun: it says how the speaker feels or
// answers what the reader was not shown ("I hope not", "I want my dues
// back"), not what the story is about, so being a quote earns it nothing.
// A short quote naming its subject ("Donald Trump is a fraud", "There
// never was a stand-down order") keeps its weight.
func pronounQuote(e *Entry) bool {
	if !e.Direct {
		return false
	}
	const short = 8
	if countWords(e.Content, short) >= short {
		return false
	}
	w := strings.TrimLeftFunc(e.Content, func(r rune) bool { return !isWordRune(r) })
	if i := strings.IndexFunc(w, func(r rune) bool { return !isWordRune(r) }); i >= 0 {
		w = w[:i] // "We’ll": we
	}
	return pronounSubjects[strings.ToLower(w)]
}

// ledeWords is how long a lede must be to state the news.
const ledeWords = 10

// countWords counts the words of s (an apostrophe inside one: "we’ll"), up
// to most.
func countWords(s string, most int) int {
	n := 0
	in := false
	for _, r := range s {
		w := isWordRune(r) || (in && (r == '\'' || r == '’'))
		if w && !in {
			if n++; n >= most {
				return n
			}
		}
		in = w
	}
	return n
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// headlineStatement reports whether e is what one of its clippings'
// headlines says: its content, folded, is a run of the headline's words.
// keys caches the headlines' folded forms.
func headlineStatement(e Entry, keys map[string]string) bool {
	k := ""
	for _, s := range e.Sources {
		if s.Headline == "" {
			continue
		}
		h, ok := keys[s.Headline]
		if !ok {
			h = " " + contentKey(s.Headline) + " "
			keys[s.Headline] = h
		}
		if k == "" {
			if k = contentKey(e.Content); k == "" {
				return false
			}
		}
		if strings.Contains(h, " "+k+" ") {
			return true
		}
	}
	return false
}

// headlineSpeaker reports whether e's speaker is the one the headline
// names: the speaker of a headline statement, or a name the headline
// carries ("Peskov Says ..."). A spokesman of the Kremlin speaks for a
// "Kremlin says" headline.
func headlineSpeaker(e *Entry, title, headline string, headSpeakers []string) bool {
	names := strings.ToLower(e.Speaker + " " + title)
	for _, hs := range headSpeakers {
		if hs != "" && containsWord(names, strings.ToLower(hs)) {
			return true
		}
	}
	f := strings.Fields(e.Speaker)
	return len(f) > 0 && namedSpeaker(e.Speaker) && containsWord(strings.ToLower(headline), strings.ToLower(f[len(f)-1]))
}

// containsWord reports whether s holds w as whole words; a letter written
// in several bytes ("é") next to w is part of the word, as wordIndex reads it.
func containsWord(s, w string) bool { return wordIndex(s, w) >= 0 }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stopWords are words too common to say what a story is about.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an and or but of to in on at for with from by as is are was were be been
		has have had will would can could may might not no this that these those it its their his her they he she we
		our you your i us says said say after over about into than then there here what which who whom how when why
		all any some more most very just also still`) {
		stopWords[w] = true
	}
}

// eachWord calls f with the topic words of s: lower-cased, stop words
// left out, each cut to its first five letters so that "proposals" meets
// "proposed".
func eachWord(s string, f func(w string)) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, isWordRune)
		if i < 0 {
			return
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
		if j < 0 {
			j = len(s)
		}
		w := strings.ToLower(s[:j])
		s = s[j:]
		if stopWords[w] || len(w) < 2 {
			continue
		}
		n := 0
		for i := range w { // the first five letters, without a []rune
			if n == 5 {
				w = w[:i]
				break
			}
			n++
		}
		f(w)
	}
}

// words returns the topic words of s (see eachWord) as a set.
func words(s string) map[string]bool {
	out := map[string]bool{}
	eachWord(s, func(w string) { out[w] = true })
	return out
}

// overlap returns the share of head's words found in the texts.
func overlap(head map[string]bool, texts ...string) float64 {
	if len(head) == 0 {
		return 0
	}
	var found []string // few: a headline's words
	for _, t := range texts {
		eachWord(t, func(w string) {
			if head[w] && !slices.Contains(found, w) {
				found = append(found, w)
			}
		})
	}
	return float64(len(found)) / float64(len(head))
}

// anaphora are first words that point back at something said before: a
// short quote opening with one means nothing alone.
var anaphora = map[string]bool{
	"it": true, "this": true, "that": true, "these": true, "those": true, "they": true, "he": true, "she": true,
	"yes": true, "no": true, "so": true, "which": true, "maybe": true, "perhaps": true, "exactly": true,
	"absolutely": true, "sure": true, "indeed": true, "certainly": true, "of": true, "not": true,
}

// meansNothingAlone reports whether e is a short quote that leans on
// something the reader was not shown: a few words ("It may well be") that
// answer a question or point back at what came before.
func meansNothingAlone(e *Entry) bool {
	const most = 7 // only the first words matter
	var first string
	n := 0
	s := e.Content
	inWord := func(r rune) bool { return isWordRune(r) || r == '\'' || r == '’' }
	for len(s) > 0 && n < most {
		i := strings.IndexFunc(s, inWord)
		if i < 0 {
			break
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !inWord(r) })
		if j < 0 {
			j = len(s)
		}
		if n == 0 {
			first = strings.ToLower(s[:j])
		}
		n++
		s = s[j:]
	}
	return n <= 2 || (n <= 6 && anaphora[first])
}

// selectLines picks each story's lines: the best line of every story in
// story order, then a second line for each that says something the first
// does not, lines by speakers described in common words only once every
// named one had its turn, at most limit lines
// in all (every line when limit < 0). It returns the stories shown (a
// story whose only statement is its headline is shown by its title), how
// many statements were left out and how many stories lost every line.
func selectLines(stories []Story, limit int) ([]Story, int, int) {
	total := 0
	for _, s := range stories {
		total += len(s.lines)
	}
	take := make([]int, len(stories)) // lines taken from the top of each story's ranking
	kept := 0
	if limit < 0 {
		for i, s := range stories {
			take[i] = len(s.lines)
		}
		kept = total
	} else {
		pass := func(n int, ok func(line) bool) {
			for i, s := range stories {
				if kept >= limit {
					return
				}
				if take[i] == n-1 && n <= len(s.lines) && ok(s.lines[n-1]) {
					take[i]++
					kept++
				}
			}
		}
		pass(1, func(line) bool { return true })
		pass(2, func(l line) bool { return !l.vague && !l.alone && !l.dup })
		pass(2, func(l line) bool { return !l.alone && !l.dup })
	}
	var out []Story
	dropped := 0
	for i, s := range stories {
		if take[i] == 0 && len(s.lines) > 0 {
			dropped++
			continue
		}
		// The key line first, whatever the digest's size; the rest in
		// text order.
		ls := slices.Clone(s.lines[:take[i]])
		if len(ls) > 1 {
			slices.SortFunc(ls[1:], func(a, b line) int { return cmp.Compare(a.order, b.order) })
		}
		s.Entries = nil
		for _, l := range ls {
			s.Entries = append(s.Entries, *l.e)
		}
		out = append(out, s)
	}
	return out, total - kept, dropped
}

// namedSpeaker reports whether a speaker is named (a person or an
// organisation: some capital letter) rather than described in common words
// ("reports", "officials"), which a digest puts last.
func namedSpeaker(name string) bool {
	return strings.IndexFunc(name, unicode.IsUpper) >= 0
}

// Latest arranges entries as the newest stories first, each story's
// statements in the order its text gives them (the lede first), at most
// opts.MaxEntries lines: what /latest and `whosaid latest` show. Headlines
// are the stories' titles, as in a digest.
func Latest(entries []Entry, opts ComposeOptions) *Digest {
	d := Compose(nil, opts)
	d.Title = cmp.Or(opts.Title, "Latest")
	for _, e := range entries {
		d.LastID = max(d.LastID, e.ID)
	}
	stories := buildStories(mergeAll(entries), nil)
	limit := opts.MaxEntries
	if limit == 0 {
		limit = DefaultMaxEntries
	}
	shown := 0
	for _, s := range stories {
		ls := slices.Clone(s.lines)
		slices.SortFunc(ls, func(a, b line) int { return cmp.Compare(a.order, b.order) })
		room := len(ls)
		if limit >= 0 {
			room = min(room, limit-shown)
		}
		if room <= 0 && len(ls) > 0 {
			d.MoreStories++
			d.More += len(ls)
			continue
		}
		s.Entries = nil
		for _, l := range ls[:room] {
			s.Entries = append(s.Entries, *l.e)
		}
		shown += room
		d.More += len(ls) - room
		d.Stories = append(d.Stories, s)
	}
	return d
}
