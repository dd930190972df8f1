package clip

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopList holds the English function words: articles, pronouns,
// prepositions, conjunctions, auxiliary and modal verbs, and a few adverbs
// that go with them. Prose is full of them (two in five words of a news
// paragraph), menus, headlines, names and buttons have few; this is the
// stop-word density of jusText. Closed classes, so the list is short and
// written out here.
const stopList = `
	a i am an as at be by do he if in is it me my no of on or so to up us we
	all and any are but can did few for had has her him his how i'd i'm its
	may nor not off our out own she the too via was who why yet you also
	been both does done each even ever from have he'd he's here hers i'll
	i've into it's just many mine more most much must near only onto ours
	over past same some such than that them then they this till upon very
	we'd were what when whom will with your about above after again along
	among being below can't could doing don't every he'll isn't let's might
	never other ought shall she'd she's since still their there these those
	under until we'll we're we've where which while who's whose won't would
	you'd yours across aren't around before behind beside beyond didn't
	during either except hadn't hasn't having inside itself myself others
	she'll should that's theirs they'd though toward unless wasn't what's
	within you'll you're you've against already another because beneath
	besides between doesn't haven't herself himself neither outside there's
	they'll they're they've through towards weren't whereas whether whoever
	without although couldn't whatever wouldn't yourself ourselves shouldn't
	themselves throughout underneath yourselves`

// stopTable is stopList as an open-addressing hash table: cleaning looks up
// every word of every paragraph's first bytes, and this is several times
// faster than a map or a switch.
var stopTable = func() (t [stopSlots]string) {
	for _, w := range strings.Fields(stopList) {
		h := hashWord([]byte(w))
		for t[h] != "" {
			h = (h + 1) % stopSlots
		}
		t[h] = w
	}
	return t
}()

// stopShapes holds, for each length of stop word, the set of letters
// they start with (bit 0 for a): most other words fail it before hashing.
var stopShapes = func() (s [maxStopLen + 1]uint32) {
	for _, w := range strings.Fields(stopList) {
		s[len(w)] |= 1 << (w[0] - 'a')
	}
	return s
}()

// stopSlots is the size of stopTable, four times the words it holds.
const stopSlots = 1024

// hashWord returns FNV-1a of b, reduced to an index of stopTable.
func hashWord(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h % stopSlots
}

// isStop reports whether b, in lower case, is a word of stopList.
func isStop(b []byte) bool {
	if len(b) == 0 || len(b) > maxStopLen || b[0] < 'a' || b[0] > 'z' || stopShapes[len(b)]&(1<<(b[0]-'a')) == 0 {
		return false // no stop word of this length starts with this letter
	}
	for h := hashWord(b); stopTable[h] != ""; h = (h + 1) % stopSlots {
		if stopTable[h] == string(b) {
			return true
		}
	}
	return false
}

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
			if isStop(b) {
				st.stop++
			}
		}
	}
	return st
}

// trimPunct returns tok without the punctuation around it; "" when it has
// no letter or digit.
func trimPunct(tok string) string {
	if alnumByte[tok[0]] && alnumByte[tok[len(tok)-1]] {
		return tok // the common case: nothing to trim
	}
	return trimPunctEnds(tok) // out of line, so that the test above inlines
}

// alnumByte marks the bytes isAlnumByte holds.
var alnumByte = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnumByte(byte(c))
	}
	return t
}()

// trimPunctEnds is trimPunct past its first test.
func trimPunctEnds(tok string) string {
	// ASCII punctuation at either end ("said,", "(Reuters)"): stepped over
	// a byte at a time, the runes past ASCII left to the loop below
	s, e := 0, len(tok)
	for s < e && tok[s] < utf8.RuneSelf && !alnumByte[tok[s]] {
		s++
	}
	for e > s && tok[e-1] < utf8.RuneSelf && !alnumByte[tok[e-1]] {
		e--
	}
	if s < e && alnumByte[tok[s]] && alnumByte[tok[e-1]] {
		return tok[s:e]
	}
	return trimToAlnum(tok)
}

// trimToAlnum returns tok from its first letter or digit to its last,
// rune by rune ("" when it holds none): trimPunct's answer, which its
// ASCII steps reach sooner.
func trimToAlnum(tok string) string {
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
	for tok := range strings.FieldsSeq(s) {
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
		if ok && !isStop(b) {
			if string(b) == tok {
				f(tok) // already lower case: the text's own bytes, no copy
			} else {
				f(string(b))
			}
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
