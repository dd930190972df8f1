package clip

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are English function words: articles, pronouns, prepositions,
// conjunctions, auxiliary and modal verbs, and a few adverbs that go with
// them. Prose is full of them (two in five words of a news paragraph), menus,
// headlines, names and buttons have few; this is the stop-word density of
// jusText. Closed classes, so the list is short and written out here.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those
		i me my mine myself we us our ours ourselves you your yours yourself yourselves
		he him his himself she her hers herself it its itself they them their theirs themselves
		who whom whose which what whatever whoever
		and or but nor so yet if then than because although though while whereas unless whether
		as at by for from in into of on onto to with within without about above across after
		against along among around before behind below beneath beside besides between beyond
		during except inside near off out outside over past since through throughout till toward
		towards under underneath until up upon via
		am is are was were be been being have has had having do does did doing done
		will would shall should can could may might must ought
		not no nor never also too very just only even still already again ever
		there here where when why how all any both each either neither every few many more most
		much other others some such own same another
		it's i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll he's he'd he'll
		she's she'd she'll they're they've they'd they'll that's there's what's who's
		isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't
		shouldn't haven't hasn't hadn't let's`) {
		m[w] = true
	}
	return m
}()

// maxStopLen is the length of the longest stop word ("themselves").
const maxStopLen = 10

// wordStats are the shallow features of a block's words.
type wordStats struct {
	words int // tokens with a letter or digit
	stop  int // of them, function words
}

// statsOf counts the words of s and its function words in one pass without
// allocating.
func statsOf(s string) wordStats {
	var st wordStats
	var buf [maxStopLen]byte
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j == i {
			break
		}
		tok := trimPunct(s[i:j])
		i = j
		if tok == "" {
			continue
		}
		st.words++
		if len(tok) <= maxStopLen {
			b := lowerASCII(buf[:0], tok)
			if stopWords[string(b)] {
				st.stop++
			}
		}
	}
	return st
}

// trimPunct returns tok without the punctuation around it; "" when it has
// no letter or digit.
func trimPunct(tok string) string {
	if c, d := tok[0], tok[len(tok)-1]; isAlnumByte(c) && isAlnumByte(d) {
		return tok // the common case: nothing to trim
	}
	start, end := -1, 0
	for i, r := range tok {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			end = i + utf8.RuneLen(r)
		}
	}
	if start < 0 {
		return ""
	}
	return tok[start:end]
}

// lowerASCII appends s to b with ASCII letters in lower case and curly
// apostrophes made straight.
func lowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			c = '\''
			i += 2
		}
		b = append(b, c)
	}
	return b
}

// contentWords calls f with each word of s that can carry a topic: lower
// case, at least three letters, no digits, not a function word.
func contentWords(s string, f func(w string)) {
	var buf [32]byte
	for _, tok := range strings.Fields(s) {
		tok = trimPunct(tok)
		if len(tok) < 3 || len(tok) > len(buf) {
			continue
		}
		b := lowerASCII(buf[:0], tok)
		ok := true
		for _, c := range b {
			if c >= '0' && c <= '9' {
				ok = false
				break
			}
		}
		if ok && !stopWords[string(b)] {
			f(string(b))
		}
	}
}

// newsDF holds, for the words in at least five of the 840 PolNeAR train
// articles, how many articles each occurs in; regenerate it with
// `go test ./digest/clip -run TestNewsDF -update`.
//
//go:embed newsdf.txt
var newsDFText string

// newsDocs and newsDF are newsdf.txt parsed.
var newsDocs, newsDF = func() (float64, map[string]int) {
	df := map[string]int{}
	docs := 1.0
	for _, line := range strings.Split(newsDFText, "\n") {
		if n, ok := strings.CutPrefix(line, "# docs "); ok {
			if d, err := strconv.Atoi(n); err == nil {
				docs = float64(d)
			}
			continue
		}
		w, n, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if d, err := strconv.Atoi(n); err == nil {
			df[w] = d
		}
	}
	return docs, df
}()

// weight is how much sharing w says about two blocks sharing a topic: its
// inverse document frequency in news, where a word seen in fewer than five
// of the train articles counts as seen in two.
func weight(w string) float64 {
	d, ok := newsDF[w]
	if !ok {
		d = 2
	}
	return math.Log(newsDocs / float64(1+d))
}

// isAlnumByte reports an ASCII letter or digit.
func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
